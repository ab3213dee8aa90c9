// SPDX-License-Identifier: GPL-3.0-or-later
#include "publish/StaticLinks.h"

#include "server/DelegatePages.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace docket::staticlinks {

namespace {

// Only the escapes server/DelegatePages writes in attribute values.
QString unescaped(QString value)
{
    value.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    value.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    value.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    value.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    value.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return value;
}

QString escaped(QString value)
{
    value.replace(u'&', QStringLiteral("&amp;"));
    value.replace(u'"', QStringLiteral("&quot;"));
    return value;
}

const QRegularExpression &attributePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("\\s(href|src|srcset|action)=\"([^\"]*)\""));
    return pattern;
}

// "a.webp 720w, b.webp 1080w" -> {{"a.webp", " 720w"}, {"b.webp", " 1080w"}}
QList<std::pair<QString, QString>> srcsetCandidates(const QString &value)
{
    QList<std::pair<QString, QString>> candidates;
    for (const QString &entry : value.split(u',', Qt::SkipEmptyParts)) {
        const QString trimmed = entry.trimmed();
        const qsizetype space = trimmed.indexOf(u' ');
        candidates.append(space < 0 ? std::pair{trimmed, QString()}
                                    : std::pair{trimmed.left(space), trimmed.mid(space)});
    }
    return candidates;
}

// The live server's own addresses that a copy has no answer for.
bool liveOnly(const QByteArray &path)
{
    for (const char *end :
         {"/events", "/follow", "/follow.js", "/now", "/unlock", "/search", "/at"})
        if (path.endsWith(end))
            return true;
    return false;
}

} // namespace

std::optional<LiveTarget> resolve(const QByteArray &pagePath, const QString &href)
{
    static const QString host = QStringLiteral("docket.invalid");
    const QUrl base = QUrl::fromEncoded("http://docket.invalid" + pagePath, QUrl::StrictMode);
    const QUrl link = QUrl::fromEncoded(unescaped(href).toUtf8(), QUrl::TolerantMode);
    if (!base.isValid() || !link.isValid())
        return std::nullopt;
    const QUrl url = base.resolved(link);
    if (url.scheme() != u"http" || url.host() != host)
        return std::nullopt;
    LiveTarget target{url.path(QUrl::FullyEncoded).toLatin1(),
                      url.fragment(QUrl::FullyEncoded).toLatin1()};
    if (url.hasQuery()) {
        // "at?n=P&view=text|pages": where the live server sends it (Router's goToPage).
        if (!target.path.endsWith("/at"))
            return std::nullopt;
        const QUrlQuery query(url);
        bool ok = false;
        const int page = query.queryItemValue(QStringLiteral("n")).toInt(&ok);
        if (!ok || page < 1)
            return std::nullopt;
        const QByteArray document = target.path.chopped(3);
        if (query.queryItemValue(QStringLiteral("view")) == u"text") {
            target.path = document + "/text/" + QByteArray::number(page);
            target.fragment.clear();
        } else {
            const int part = (page - 1) / delegatepages::kReaderPagesPerPart + 1;
            target.path =
                document + "/read" + (part > 1 ? '/' + QByteArray::number(part) : QByteArray());
            target.fragment = 'p' + QByteArray::number(page);
        }
        return target;
    }
    if (liveOnly(target.path))
        return std::nullopt;
    return target;
}

QString withoutLiveParts(const QString &html)
{
    const QString start = QString::fromLatin1(delegatepages::kLiveStart);
    const QString end = QString::fromLatin1(delegatepages::kLiveEnd);
    QString out;
    out.reserve(html.size());
    qsizetype from = 0;
    for (;;) {
        const qsizetype open = html.indexOf(start, from);
        const qsizetype close = open < 0 ? -1 : html.indexOf(end, open + start.size());
        if (open < 0 || close < 0) {
            out += QStringView(html).mid(from);
            break;
        }
        out += QStringView(html).mid(from, open - from);
        from = close + end.size();
    }
    // What the copy says instead: out of its comment.
    const QString copyStart = QString::fromLatin1(delegatepages::kCopyStart);
    const QString copyEnd = QString::fromLatin1(delegatepages::kCopyEnd);
    for (qsizetype at = out.indexOf(copyStart); at >= 0; at = out.indexOf(copyStart, at)) {
        const qsizetype close = out.indexOf(copyEnd, at + copyStart.size());
        if (close < 0)
            break;
        out.remove(close, copyEnd.size());
        out.remove(at, copyStart.size());
    }
    return out;
}

QString relative(const QString &fromFolder, const QString &targetFile, const QByteArray &fragment)
{
    const QStringList from = fromFolder.split(u'/', Qt::SkipEmptyParts);
    const QStringList target = targetFile.split(u'/');
    qsizetype shared = 0;
    while (shared < from.size() && shared < target.size() - 1 && from[shared] == target[shared])
        ++shared;
    QString link;
    for (qsizetype up = shared; up < from.size(); ++up)
        link += QStringLiteral("../");
    link += target.mid(shared).join(u'/');
    if (link.isEmpty())
        link = QStringLiteral("./");
    if (!fragment.isEmpty())
        link += u'#' + QString::fromLatin1(fragment);
    return link;
}

QString rewriteLinks(const QString &html, const LinkMap &map)
{
    QString out;
    out.reserve(html.size());
    qsizetype from = 0;
    auto it = attributePattern().globalMatch(html);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(html).mid(from, match.capturedStart() - from);
        from = match.capturedEnd();
        const QString name = match.captured(1);
        const QString value = match.captured(2);
        if (name == u"srcset") {
            QStringList kept;
            for (const auto &[url, descriptor] : srcsetCandidates(value))
                if (const std::optional<QString> mapped = map(unescaped(url)))
                    kept << escaped(*mapped) + descriptor;
            if (!kept.isEmpty())
                out += u' ' + name + QStringLiteral("=\"") + kept.join(QStringLiteral(", ")) + u'"';
            continue;
        }
        if (const std::optional<QString> mapped = map(unescaped(value)))
            out += u' ' + name + QStringLiteral("=\"") + escaped(*mapped) + u'"';
    }
    out += QStringView(html).mid(from);
    return out;
}

QStringList links(const QString &html)
{
    QStringList found;
    auto it = attributePattern().globalMatch(html);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (match.captured(1) == u"srcset")
            for (const auto &candidate : srcsetCandidates(match.captured(2)))
                found << unescaped(candidate.first);
        else
            found << unescaped(match.captured(2));
    }
    return found;
}

} // namespace docket::staticlinks
