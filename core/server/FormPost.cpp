// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/FormPost.h"

#include "server/HttpParsing.h"

#include <QList>

namespace docket::forms {

namespace {

using http::hexValue;

// One name or value, as the WHATWG URL standard reads it: '+' is a space, %XX a byte, a '%'
// that starts no escape stays as it is, and bytes that are not UTF-8 become U+FFFD. Never
// fails: what a field may hold is for its action to judge (the PIN form's `next` keeps only
// a path of the meeting, in printable ASCII).
QString decodeComponent(QByteArrayView text)
{
    QByteArray bytes;
    bytes.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const int high = c == '%' && i + 2 < text.size() ? hexValue(text[i + 1]) : -1;
        const int low = high >= 0 ? hexValue(text[i + 2]) : -1;
        if (c == '+') {
            bytes.append(' ');
        } else if (low >= 0) {
            bytes.append(static_cast<char>(high * 16 + low));
            i += 2;
        } else {
            bytes.append(c);
        }
    }
    return QString::fromUtf8(bytes);
}

// "host:port" lowercased, without the default port 80; empty when it cannot be one.
QByteArray normalisedAuthority(QByteArrayView authority)
{
    if (authority.isEmpty() || authority.contains('@') || authority.contains(' '))
        return {};
    QByteArray text = authority.toByteArray().toLower();
    if (text.endsWith(":80"))
        text.chop(3);
    return text;
}

// The authority of an http URL, of `whole` (an Origin: nothing after it) or of its beginning (a
// Referer: a path may follow); empty when it is not one.
QByteArray httpAuthority(QByteArrayView url, bool whole)
{
    constexpr QByteArrayView kScheme("http://");
    if (url.size() <= kScheme.size() ||
        url.first(kScheme.size()).compare(kScheme, Qt::CaseInsensitive) != 0)
        return {};
    const QByteArrayView rest = url.sliced(kScheme.size());
    qsizetype end = rest.size();
    for (qsizetype i = 0; i < rest.size(); ++i) {
        if (rest[i] == '/' || rest[i] == '?' || rest[i] == '#') {
            end = i;
            break;
        }
    }
    if (whole && end != rest.size())
        return {};
    return normalisedAuthority(rest.first(end));
}

} // namespace

std::optional<QString> Fields::value(QStringView name) const
{
    for (const auto &[key, value] : entries)
        if (key == name)
            return value;
    return std::nullopt;
}

std::optional<Fields> parseUrlEncoded(QByteArrayView body, qsizetype maxFields)
{
    Fields fields;
    qsizetype start = 0;
    while (start <= body.size()) {
        qsizetype end = body.indexOf('&', start);
        if (end < 0)
            end = body.size();
        const QByteArrayView pair = body.sliced(start, end - start);
        start = end + 1;
        if (pair.isEmpty())
            continue; // "a=1&&b=2", a trailing '&': nothing there
        if (static_cast<qsizetype>(fields.entries.size()) >= maxFields)
            return std::nullopt;
        const qsizetype equals = pair.indexOf('=');
        fields.entries.emplace_back(
            decodeComponent(equals < 0 ? pair : pair.first(equals)),
            decodeComponent(equals < 0 ? QByteArrayView() : pair.sliced(equals + 1)));
    }
    return fields;
}

BodyType bodyType(QByteArrayView contentType)
{
    if (contentType.isNull())
        return BodyType::Form;
    const QByteArray text = contentType.toByteArray().toLower();
    const QList<QByteArray> parts = text.split(';');
    if (parts.first().trimmed() != "application/x-www-form-urlencoded")
        return BodyType::WrongType;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray parameter = parts[i].trimmed();
        if (!parameter.startsWith("charset="))
            continue;
        QByteArray charset = parameter.sliced(8);
        if (charset.size() >= 2 && charset.startsWith('"') && charset.endsWith('"'))
            charset = charset.sliced(1, charset.size() - 2);
        if (charset != "utf-8" && charset != "utf8")
            return BodyType::WrongCharset;
    }
    return BodyType::Form;
}

Origin checkOrigin(QByteArrayView origin, QByteArrayView referer, QByteArrayView host)
{
    const QByteArray served = normalisedAuthority(host.trimmed());
    if (!origin.isNull()) {
        // "null" is what a sandboxed frame, a data: URL or a page that wants no referrer sends:
        // anyone can make a browser send it, so it proves nothing.
        const QByteArray from = httpAuthority(origin.trimmed(), true);
        return !served.isEmpty() && from == served ? Origin::Same : Origin::Foreign;
    }
    if (!referer.isNull()) {
        const QByteArray from = httpAuthority(referer.trimmed(), false);
        return !served.isEmpty() && from == served ? Origin::Same : Origin::Foreign;
    }
    return Origin::Unknown;
}

} // namespace docket::forms
