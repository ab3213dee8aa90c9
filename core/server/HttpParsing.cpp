// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/HttpParsing.h"

#include "model/MeetingCode.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QTime>
#include <QUrl>

#include <algorithm>
#include <utility>

namespace docket::http {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

namespace {

// Digits only, no sign, no spaces; at most 18 of them so the value fits in 63 bits.
std::optional<std::int64_t> parseDigits(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    std::int64_t value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

// C0 controls (NUL included) and DEL.
bool isControl(char c)
{
    return static_cast<unsigned char>(c) < 0x20 || c == 0x7f;
}

bool isAttrChar(char c)
{
    // RFC 8187 attr-char: ALPHA / DIGIT / "!" / "#" / "$" / "&" / "+" / "-" / "." / "^" / "_" /
    // "`" / "|" / "~"
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$&+-.^_`|~").contains(c);
}

} // namespace

namespace {
std::optional<QByteArray> decodeSegment(QByteArrayView segment, bool allowBackslash)
{
    QByteArray out;
    out.reserve(segment.size());
    for (qsizetype i = 0; i < segment.size(); ++i) {
        char c = segment[i];
        if (c == '%') {
            if (i + 2 >= segment.size())
                return std::nullopt;
            const int high = hexValue(segment[i + 1]);
            const int low = hexValue(segment[i + 2]);
            if (high < 0 || low < 0)
                return std::nullopt;
            c = static_cast<char>(high * 16 + low);
            i += 2;
        }
        if (c == '/' || isControl(c) || (c == '\\' && !allowBackslash))
            return std::nullopt;
        out.append(c);
    }
    if (out == "." || out == "..")
        return std::nullopt;
    return out;
}
} // namespace

namespace {
// The fourth segment's words that are a view of the document, not its file name.
constexpr std::pair<const char *, DelegatePath::View> kDocumentViews[] = {
    {"read", DelegatePath::View::Reader},
    {"contents", DelegatePath::View::Contents},
    {"at", DelegatePath::View::GoTo},
    {"search", DelegatePath::View::Search}};
} // namespace

std::optional<QByteArray> decodePathSegment(QByteArrayView segment)
{
    return decodeSegment(segment, false);
}

std::optional<DelegatePath> parseDelegatePath(QByteArrayView rawPath)
{
    if (!rawPath.startsWith('/'))
        return std::nullopt;
    QList<QByteArrayView> segments;
    qsizetype start = 1;
    while (start <= rawPath.size()) {
        qsizetype slash = rawPath.indexOf('/', start);
        if (slash < 0)
            slash = rawPath.size();
        segments.append(rawPath.sliced(start, slash - start));
        start = slash + 1;
    }
    if (segments.size() > 1 && segments.last().isEmpty())
        segments.removeLast(); // one trailing slash is harmless
    if (segments.isEmpty() || segments.size() > 5)
        return std::nullopt;
    // Five segments only for page images, /CODE/N/DOC/page/P or /CODE/N/DOC/thumb/P, a page's
    // text, /CODE/N/DOC/text/P, and the later parts of a long document's reader,
    // /CODE/N/DOC/read/K.
    const bool imagePath =
        segments.size() == 5 && (segments[3].compare("page", Qt::CaseInsensitive) == 0 ||
                                 segments[3].compare("thumb", Qt::CaseInsensitive) == 0 ||
                                 segments[3].compare("w720", Qt::CaseInsensitive) == 0 ||
                                 segments[3].compare("text", Qt::CaseInsensitive) == 0);
    const bool readerPart =
        segments.size() == 5 && segments[3].compare("read", Qt::CaseInsensitive) == 0;
    if (segments.size() == 5 && !imagePath && !readerPart)
        return std::nullopt;

    QList<QByteArray> decoded;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        // The fourth segment is the file name, there for browsers that name a download after
        // the URL, and never used; a backslash is a legal character of a Linux file name.
        const auto part = decodeSegment(segments[i], i == 3 && !imagePath && !readerPart);
        if (!part || part->isEmpty())
            return std::nullopt;
        decoded.append(*part);
    }

    DelegatePath path;
    path.code = meetingcode::normalize(QString::fromLatin1(decoded[0]));
    if (path.code.isEmpty())
        return std::nullopt;
    if (decoded.size() == 2 && decoded[1].compare("unlock", Qt::CaseInsensitive) == 0) {
        path.unlock = true;
        return path;
    }
    if (decoded.size() == 2) {
        using Extra = DelegatePath::Extra;
        for (const auto &[name, extra] :
             {std::pair{"events", Extra::Events}, std::pair{"now", Extra::Now},
              std::pair{"follow", Extra::Follow}, std::pair{"follow.js", Extra::FollowScript},
              std::pair{"answer", Extra::Answer}, std::pair{"thanks", Extra::Thanks},
              std::pair{"zip", Extra::Zip}})
            if (decoded[1].compare(name, Qt::CaseInsensitive) == 0) {
                path.extra = extra;
                return path;
            }
    }
    if (decoded.size() == 3 && decoded[1].compare("c", Qt::CaseInsensitive) == 0) {
        path.card =
            meetingcode::normalize(QString::fromLatin1(decoded[2]), meetingcode::kCardTokenLength);
        if (path.card.isEmpty())
            return std::nullopt;
        return path;
    }
    if (decoded.size() >= 2) {
        const auto item = parseDigits(decoded[1]);
        if (!item || *item < 1 || *item > 99999)
            return std::nullopt;
        path.item = static_cast<int>(*item);
    }
    if (decoded.size() == 3 && decoded[2].compare("zip", Qt::CaseInsensitive) == 0) {
        path.extra = DelegatePath::Extra::Zip;
        return path;
    }
    if (decoded.size() >= 3) {
        const auto doc = parseDigits(decoded[2]);
        if (!doc || *doc < 1)
            return std::nullopt;
        path.doc = *doc;
    }
    // The raw segment, not the decoded one: "%72ead" is a file named "read".
    if (decoded.size() == 4)
        for (const auto &[name, view] : kDocumentViews)
            if (segments[3].compare(name, Qt::CaseInsensitive) == 0)
                path.view = view;
    if (readerPart) {
        const auto part = parseDigits(decoded[4]);
        if (!part || *part < 1 || *part > 99999)
            return std::nullopt;
        path.part = static_cast<int>(*part);
        path.view = DelegatePath::View::Reader;
    }
    if (imagePath) {
        // An image's page may end in ".webp": the same page as WebP, for the browsers that the
        // reader's <picture> tells take it (never for a page's text).
        QByteArrayView pageSegment = decoded[4];
        if (pageSegment.endsWith(".webp") || pageSegment.endsWith(".WEBP")) {
            if (segments[3].compare("text", Qt::CaseInsensitive) == 0)
                return std::nullopt;
            pageSegment.chop(5);
            path.webp = true;
        }
        const auto page = parseDigits(pageSegment);
        if (!page || *page < 1 || *page > 99999)
            return std::nullopt;
        path.page = static_cast<int>(*page);
        if (segments[3].compare("w720", Qt::CaseInsensitive) == 0) {
            path.view = DelegatePath::View::PageImage;
            path.width = 720;
            return path;
        }
        path.view =
            segments[3].compare("page", Qt::CaseInsensitive) == 0   ? DelegatePath::View::PageImage
            : segments[3].compare("text", Qt::CaseInsensitive) == 0 ? DelegatePath::View::Text
                                                                    : DelegatePath::View::Thumbnail;
    }
    return path;
}

QByteArray documentNameSegment(const QString &fileName)
{
    QString name = fileName;
    for (QChar &c : name)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = u'_';
    QByteArray segment = encodePathSegment(name);
    const bool reserved =
        std::any_of(std::begin(kDocumentViews), std::end(kDocumentViews), [&](const auto &view) {
            return segment.compare(view.first, Qt::CaseInsensitive) == 0;
        });
    if (reserved)
        segment =
            '%' + QByteArray::number(static_cast<uchar>(segment[0]), 16).toUpper() + segment.mid(1);
    return segment;
}

std::optional<Refusal> targetRefusal(QByteArrayView target, qsizetype maxLength)
{
    if (std::any_of(target.begin(), target.end(), [](char c) { return isControl(c) || c == ' '; }))
        return Refusal{400, "Control character in the path"};
    if (target.size() > maxLength)
        return Refusal{414, "URI Too Long"};
    return std::nullopt;
}

namespace {
QList<QByteArray> listElements(const QList<QByteArray> &fields)
{
    // RFC 9110 section 5.6.1: a list may be split across fields and may hold empty elements.
    QList<QByteArray> elements;
    for (const QByteArray &field : fields)
        for (const QByteArray &element : field.split(','))
            if (const QByteArray trimmed = element.trimmed(); !trimmed.isEmpty())
                elements.append(trimmed.toLower());
    return elements;
}
} // namespace

std::optional<Refusal> framingRefusal(const QList<QByteArray> &contentLengths,
                                      const QList<QByteArray> &transferEncodings, bool takesBody)
{
    std::optional<std::int64_t> length;
    for (const QByteArray &field : contentLengths) {
        const auto value = parseDigits(field.trimmed());
        if (!value)
            return Refusal{400, "Bad Content-Length"};
        if (length && *length != *value)
            return Refusal{400, "Conflicting Content-Length"};
        length = value;
    }
    if (!transferEncodings.isEmpty()) {
        if (!contentLengths.isEmpty())
            return Refusal{400, "Content-Length with Transfer-Encoding"};
        const QList<QByteArray> codings = listElements(transferEncodings);
        // Without chunked last, where the body ends cannot be known (RFC 9112 section 6.3).
        if (codings.isEmpty() || codings.last() != "chunked" || codings.count("chunked") > 1)
            return Refusal{400, "Bad Transfer-Encoding"};
        if (codings.size() > 1)
            return Refusal{501, "Transfer-Encoding not implemented"};
        if (!takesBody)
            return Refusal{400, "No request body is taken here"};
        return Refusal{411, "Length Required"};
    }
    return std::nullopt;
}

QByteArray cookieValue(QByteArrayView cookieHeader, QByteArrayView name)
{
    for (const QByteArray &pair : cookieHeader.toByteArray().split(';')) {
        const qsizetype equals = pair.indexOf('=');
        if (equals > 0 && pair.first(equals).trimmed() == name)
            return pair.sliced(equals + 1).trimmed();
    }
    return {};
}

std::optional<QByteArray> formValue(QByteArrayView body, QByteArrayView name)
{
    for (const QByteArray &pair : body.toByteArray().split('&')) {
        const qsizetype equals = pair.indexOf('=');
        const QByteArray key = equals < 0 ? pair : pair.first(equals);
        if (key != name)
            continue;
        QByteArray value = equals < 0 ? QByteArray() : pair.sliced(equals + 1);
        value.replace('+', ' ');
        return QByteArray::fromPercentEncoding(value);
    }
    return std::nullopt;
}

ByteRange parseRange(QByteArrayView header, std::int64_t size)
{
    const ByteRange whole;
    const QByteArrayView text = header.trimmed();
    if (text.isEmpty())
        return whole;
    const qsizetype equals = text.indexOf('=');
    if (equals < 0 || text.first(equals).trimmed().compare("bytes", Qt::CaseInsensitive) != 0)
        return whole;
    const QByteArrayView spec = text.sliced(equals + 1).trimmed();
    // Several ranges: a server may answer with the whole representation (RFC 9110 14.2).
    if (spec.contains(','))
        return whole;
    const qsizetype dash = spec.indexOf('-');
    if (dash < 0)
        return whole;
    const QByteArrayView firstText = spec.first(dash).trimmed();
    const QByteArrayView lastText = spec.sliced(dash + 1).trimmed();

    ByteRange range;
    if (firstText.isEmpty()) {
        const auto suffix = parseDigits(lastText);
        if (!suffix)
            return whole;
        if (*suffix == 0 || size == 0)
            return {ByteRange::Kind::Unsatisfiable, 0, 0};
        range.start = std::max<std::int64_t>(0, size - *suffix);
        range.length = size - range.start;
    } else {
        const auto first = parseDigits(firstText);
        if (!first)
            return whole;
        std::int64_t last = size - 1;
        if (!lastText.isEmpty()) {
            // A last position too long for 63 bits is still past the end: clamp it.
            const bool allDigits = std::all_of(lastText.begin(), lastText.end(),
                                               [](char c) { return c >= '0' && c <= '9'; });
            const auto parsed = lastText.size() > 18 && allDigits
                                    ? std::optional<std::int64_t>(INT64_MAX)
                                    : parseDigits(lastText);
            if (!parsed || *parsed < *first)
                return whole; // invalid syntax: ignored, not unsatisfiable
            last = std::min(*parsed, size - 1);
        }
        if (*first >= size)
            return {ByteRange::Kind::Unsatisfiable, 0, 0};
        range.start = *first;
        range.length = last - *first + 1;
    }
    range.kind = ByteRange::Kind::Partial;
    return range;
}

QString pickLanguage(QByteArrayView acceptLanguage, const QString &fallback)
{
    QString best;
    double bestQuality = 0.0;
    for (const QByteArray &entry : acceptLanguage.toByteArray().split(',')) {
        const QList<QByteArray> parts = entry.split(';');
        const QByteArray tag = parts.first().trimmed().toLower();
        const QByteArray primary = tag.left(tag.indexOf('-') < 0 ? tag.size() : tag.indexOf('-'));
        double quality = 1.0;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray param = parts[i].trimmed();
            if (param.startsWith("q=") || param.startsWith("Q=")) {
                bool ok = false;
                quality = param.sliced(2).toDouble(&ok);
                if (!ok || quality < 0.0 || quality > 1.0)
                    quality = 0.0;
            }
        }
        if (primary != "vi" && primary != "en")
            continue;
        // Strictly greater: on a tie the language listed first wins.
        if (quality > bestQuality) {
            bestQuality = quality;
            best = QString::fromLatin1(primary);
        }
    }
    return best.isEmpty() ? fallback : best;
}

QString chooseLanguage(QByteArrayView chosen, const QString &own, QByteArrayView acceptLanguage)
{
    if (chosen == "vi" || chosen == "en")
        return QString::fromLatin1(chosen);
    if (own == u"vi" || own == u"en")
        return own;
    return pickLanguage(acceptLanguage, QStringLiteral("vi"));
}

bool etagMatches(QByteArrayView ifNoneMatch, QByteArrayView etag)
{
    auto opaque = [](QByteArrayView tag) {
        tag = tag.trimmed();
        return tag.startsWith("W/") ? tag.sliced(2) : tag;
    };
    const QByteArrayView wanted = opaque(etag);
    for (const QByteArray &candidate : ifNoneMatch.toByteArray().split(',')) {
        const QByteArrayView tag = opaque(candidate);
        if (tag == "*" || (!tag.isEmpty() && tag == wanted))
            return true;
    }
    return false;
}

QByteArray contentDisposition(const QString &fileName, bool attachment)
{
    // ASCII stand-in for old clients: Vietnamese letters lose their marks ("Báo cáo" ->
    // "Bao cao"), anything else outside printable ASCII becomes '_'.
    QByteArray fallback;
    for (QChar c : fileName.normalized(QString::NormalizationForm_D)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        const char16_t u = c.unicode();
        if (u == u'đ')
            fallback.append('d');
        else if (u == u'Đ')
            fallback.append('D');
        else if (u >= 0x20 && u < 0x7f && u != u'"' && u != u'\\' && u != u'%')
            fallback.append(static_cast<char>(u));
        else
            fallback.append('_');
    }
    if (fallback.trimmed().isEmpty())
        fallback = "download";

    QByteArray encoded;
    for (char c : fileName.toUtf8()) {
        if (isAttrChar(c)) {
            encoded.append(c);
        } else {
            static constexpr char kHex[] = "0123456789ABCDEF";
            const auto byte = static_cast<unsigned char>(c);
            encoded.append('%').append(kHex[byte >> 4]).append(kHex[byte & 15]);
        }
    }
    return QByteArray(attachment ? "attachment" : "inline") + "; filename=\"" + fallback +
           "\"; filename*=UTF-8''" + encoded;
}

bool showsInline(const QString &mimeType)
{
    static const QStringList kInline{
        QStringLiteral("application/pdf"), QStringLiteral("image/png"),
        QStringLiteral("image/jpeg"),      QStringLiteral("image/gif"),
        QStringLiteral("image/webp"),      QStringLiteral("text/plain"),
    };
    return kInline.contains(mimeType.section(u';', 0, 0).trimmed().toLower());
}

QByteArray servedContentType(const QString &mimeType)
{
    // Types a browser renders or runs as a page of our origin: never under their own name.
    static const QStringList kActive{
        QStringLiteral("text/html"),
        QStringLiteral("application/xhtml+xml"),
        QStringLiteral("image/svg+xml"),
        QStringLiteral("text/xml"),
        QStringLiteral("application/xml"),
        QStringLiteral("text/javascript"),
        QStringLiteral("application/javascript"),
        QStringLiteral("text/css"),
    };
    const QString base = mimeType.section(u';', 0, 0).trimmed().toLower();
    const bool printable =
        !mimeType.isEmpty() && std::all_of(mimeType.cbegin(), mimeType.cend(), [](QChar c) {
            return c.unicode() >= 0x20 && c.unicode() < 0x7f;
        });
    if (!printable || kActive.contains(base) || base.endsWith(u"+xml"))
        return "application/octet-stream";
    return mimeType.toLatin1();
}

QByteArray encodePathSegment(const QString &text)
{
    return QUrl::toPercentEncoding(text);
}

QByteArray httpDate(std::int64_t secondsSinceEpoch)
{
    const QDateTime time = QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, Qt::UTC);
    return QLocale::c().toString(time, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'").toLatin1();
}

} // namespace docket::http

namespace docket::http {

namespace {

int monthNumber(QByteArrayView name)
{
    static constexpr const char *kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (int i = 0; i < 12; ++i)
        if (name == kMonths[i])
            return i + 1;
    return 0;
}

std::optional<int> number(QByteArrayView digits, qsizetype minLength, qsizetype maxLength)
{
    if (digits.size() < minLength || digits.size() > maxLength)
        return std::nullopt;
    const auto value = parseDigits(digits);
    if (!value)
        return std::nullopt;
    return static_cast<int>(*value);
}

std::optional<std::int64_t> toEpoch(int year, int month, int day, QByteArrayView clock)
{
    // hh:mm:ss
    if (clock.size() != 8 || clock[2] != ':' || clock[5] != ':')
        return std::nullopt;
    const auto hour = number(clock.sliced(0, 2), 2, 2);
    const auto minute = number(clock.sliced(3, 2), 2, 2);
    const auto second = number(clock.sliced(6, 2), 2, 2);
    if (!hour || !minute || !second || *hour > 23 || *minute > 59 || *second > 60)
        return std::nullopt;
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    const QDateTime time(date, QTime(*hour, *minute, std::min(*second, 59)), Qt::UTC);
    return time.toSecsSinceEpoch();
}

QList<QByteArrayView> words(QByteArrayView text)
{
    QList<QByteArrayView> out;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool space = i == text.size() || text[i] == ' ';
        if (space && start >= 0) {
            out.append(text.sliced(start, i - start));
            start = -1;
        } else if (!space && start < 0) {
            start = i;
        }
    }
    return out;
}

} // namespace

std::optional<std::int64_t> parseHttpDate(QByteArrayView text)
{
    const QList<QByteArrayView> parts = words(text.trimmed());
    if (parts.size() == 6 && parts[0].endsWith(',') && parts[5] == "GMT") {
        // IMF-fixdate: Sun, 06 Nov 1994 08:49:37 GMT
        const auto day = number(parts[1], 2, 2);
        const int month = monthNumber(parts[2]);
        const auto year = number(parts[3], 4, 4);
        if (!day || !month || !year)
            return std::nullopt;
        return toEpoch(*year, month, *day, parts[4]);
    }
    if (parts.size() == 4 && parts[0].endsWith(',') && parts[3] == "GMT") {
        // RFC 850: Sunday, 06-Nov-94 08:49:37 GMT
        const QByteArrayView date = parts[1];
        if (date.size() != 9 || date[2] != '-' || date[6] != '-')
            return std::nullopt;
        const auto day = number(date.sliced(0, 2), 2, 2);
        const int month = monthNumber(date.sliced(3, 3));
        const auto shortYear = number(date.sliced(7, 2), 2, 2);
        if (!day || !month || !shortYear)
            return std::nullopt;
        // RFC 9110 section 5.6.7: a two-digit year more than 50 years ahead is in the past.
        const int thisYear = QDate::currentDate().year();
        const int year = 2000 + *shortYear > thisYear + 50 ? 1900 + *shortYear : 2000 + *shortYear;
        return toEpoch(year, month, *day, parts[2]);
    }
    if (parts.size() == 5) {
        // asctime: Sun Nov  6 08:49:37 1994
        const int month = monthNumber(parts[1]);
        const auto day = number(parts[2], 1, 2);
        const auto year = number(parts[4], 4, 4);
        if (!month || !day || !year)
            return std::nullopt;
        return toEpoch(*year, month, *day, parts[3]);
    }
    return std::nullopt;
}

bool ifRangeAllows(QByteArrayView ifRange, QByteArrayView etag, std::int64_t lastModified)
{
    const QByteArrayView validator = ifRange.trimmed();
    if (validator.startsWith('"'))
        return validator == etag; // strong comparison: a weak tag never matches
    if (validator.startsWith("W/"))
        return false;
    const auto date = parseHttpDate(validator);
    return date && *date == lastModified;
}

} // namespace docket::http
