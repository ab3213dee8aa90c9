// SPDX-License-Identifier: GPL-3.0-or-later
#include "qr/DelegateUrl.h"

#include "model/MeetingCode.h"

#include <QUrl>

namespace docket::delegateurl {

QString base(const QString &host, std::uint16_t port)
{
    const QString shownHost = host.contains(u':') ? u'[' + host + u']' : host;
    return (QStringLiteral("HTTP://") + shownHost + u':' + QString::number(port)).toUpper();
}

QString normalizeBase(const QString &text)
{
    QString trimmed = text.trimmed();
    if (!trimmed.contains(QStringLiteral("://")))
        trimmed.prepend(QStringLiteral("http://"));
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().compare(u"http", Qt::CaseInsensitive) != 0 ||
        url.host().isEmpty() || !url.userInfo().isEmpty() ||
        (url.path() != u"/" && !url.path().isEmpty()) || url.hasQuery() || url.hasFragment())
        return {};
    return base(url.host(), static_cast<std::uint16_t>(url.port(80)));
}

QString normalizePublicBase(const QString &text)
{
    QString trimmed = text.trimmed();
    if (!trimmed.contains(QStringLiteral("://")))
        trimmed.prepend(QStringLiteral("https://"));
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty() ||
        !url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return {};
    const int defaultPort = scheme == u"https" ? 443 : 80;
    const QString host = url.host().contains(u':') ? u'[' + url.host() + u']' : url.host();
    QString base = (scheme + QStringLiteral("://") + host).toUpper();
    if (url.port(defaultPort) != defaultPort)
        base += u':' + QString::number(url.port());
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(u'/'))
        path.chop(1);
    return base + path;
}

QString meeting(const QString &base, const QString &code)
{
    return base + u'/' + code.toUpper();
}

QString item(const QString &base, const QString &code, int number)
{
    return meeting(base, code) + u'/' + QString::number(number);
}

QString card(const QString &base, const QString &code, const QString &token)
{
    return meeting(base, code) + QStringLiteral("/C/") + token;
}

QString cardToken(const QString &scanned)
{
    QString text = scanned.trimmed();
    while (text.endsWith(u'/'))
        text.chop(1);
    const QStringList parts = text.split(u'/');
    if (parts.size() == 1)
        return meetingcode::normalize(text, meetingcode::kCardTokenLength);
    // SCHEME: "" HOST CODE C TOKEN
    const bool cardUrl = parts.size() == 6 && parts[0].endsWith(u':') && parts[1].isEmpty() &&
                         parts[4].compare(u"C", Qt::CaseInsensitive) == 0;
    if (!cardUrl)
        return {};
    return meetingcode::normalize(parts[5], meetingcode::kCardTokenLength);
}

} // namespace docket::delegateurl
