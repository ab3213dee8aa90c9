// SPDX-License-Identifier: GPL-3.0-or-later
// The header readers behind content negotiation, conditional requests and the PIN: pickLanguage
// (Accept-Language), etagMatches (If-None-Match), parseHttpDate and httpDate (If-Modified-Since,
// Last-Modified), ifRangeAllows (If-Range), cookieValue (Cookie) and formValue (the PIN form's
// body). Input: a header value, then optionally a newline and an entity tag to compare with. Each
// reader is held to properties that follow from RFC 9110 and, for values written strictly to its
// grammar, to a reference reading.
#include "FuzzCheck.h"
#include "server/HttpParsing.h"

#include <QDate>
#include <QDateTime>
#include <QList>

#include <cstdint>
#include <optional>

using namespace docketfuzz;
namespace http = docket::http;

namespace {

constexpr char kSnapshotTag[] =
    "\"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\"";
constexpr std::int64_t kLastModified = 1795852800; // Sat, 28 Nov 2026 08:00:00 GMT

bool isOws(char c)
{
    return c == ' ' || c == '\t';
}

QByteArrayView owsTrimmed(QByteArrayView text)
{
    while (!text.isEmpty() && isOws(text.front()))
        text = text.sliced(1);
    while (!text.isEmpty() && isOws(text.back()))
        text.chop(1);
    return text;
}

QByteArray asciiLower(QByteArrayView text)
{
    QByteArray out(text.data(), text.size());
    for (char &c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return out;
}

// RFC 9110 qvalue: "0" ["." 0*3DIGIT] / "1" ["." 0*3"0"], as a number of thousandths.
std::optional<int> strictQuality(QByteArrayView text)
{
    if (text.isEmpty() || (text[0] != '0' && text[0] != '1'))
        return std::nullopt;
    if (text.size() == 1)
        return text[0] == '1' ? 1000 : 0;
    if (text[1] != '.' || text.size() > 5)
        return std::nullopt;
    int thousandths = 0;
    for (qsizetype i = 2; i < 5; ++i) {
        const char c = i < text.size() ? text[i] : '0';
        if (c < '0' || c > '9')
            return std::nullopt;
        thousandths = thousandths * 10 + (c - '0');
    }
    if (text[0] == '1' && thousandths != 0)
        return std::nullopt;
    return text[0] == '1' ? 1000 : thousandths;
}

// Highest weight wins among vi and en, the first listed on a tie; nullopt when a weight is not
// written to the grammar (core reads those with toDouble, the reference does not judge).
std::optional<QString> referenceLanguage(QByteArrayView header, const QString &fallback)
{
    // Core trims every kind of whitespace, the grammar only SP and HTAB: no opinion on controls.
    for (char c : header)
        if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7f)
            return std::nullopt;
    QString best;
    int bestQuality = 0;
    for (QByteArrayView entry : QByteArray(header.data(), header.size()).split(',')) {
        const QList<QByteArray> parts = QByteArray(entry.data(), entry.size()).split(';');
        const QByteArray tag = asciiLower(owsTrimmed(parts.first()));
        const qsizetype dash = tag.indexOf('-');
        const QByteArray primary = dash < 0 ? tag : tag.first(dash);
        int quality = 1000;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArrayView param = owsTrimmed(parts[i]);
            if (param.size() < 2 || (param[0] != 'q' && param[0] != 'Q') || param[1] != '=')
                continue;
            const auto q = strictQuality(param.sliced(2));
            if (!q)
                return std::nullopt;
            quality = *q;
        }
        if ((primary == "vi" || primary == "en") && quality > bestQuality) {
            bestQuality = quality;
            best = QString::fromLatin1(primary);
        }
    }
    return best.isEmpty() ? fallback : best;
}

void checkLanguage(QByteArrayView value)
{
    const QString xx = QStringLiteral("xx");
    const QString chosen = http::pickLanguage(value, xx);
    FUZZ_CHECK(chosen == u"vi" || chosen == u"en" || chosen == xx, chosen.toUtf8());
    // The fallback only fills in; it never changes a choice.
    const QString other = http::pickLanguage(value, QStringLiteral("yy"));
    FUZZ_CHECK(chosen == xx ? other == u"yy" : other == chosen, chosen.toUtf8() + other.toUtf8());
    if (chosen != xx)
        FUZZ_CHECK(asciiLower(value).contains(chosen.toLatin1()), chosen.toUtf8());
    // Another language before or after changes nothing.
    const QByteArray text(value.data(), value.size());
    FUZZ_CHECK(http::pickLanguage(QByteArray("fr-FR," + text), xx) == chosen, "fr-FR before");
    FUZZ_CHECK(http::pickLanguage(QByteArray(text + ",de;q=1"), xx) == chosen, "de after");
    if (const auto expected = referenceLanguage(value, xx))
        FUZZ_CHECK(chosen == *expected,
                   "chose " + chosen.toUtf8() + ", expected " + expected->toUtf8());
}

// entity-tag = [ "W/" ] DQUOTE *etagc DQUOTE, etagc = %x21 / %x23-7E / obs-text
bool isEntityTag(QByteArrayView tag, bool weakAllowed)
{
    if (weakAllowed && tag.startsWith("W/"))
        tag = tag.sliced(2);
    if (tag.size() < 2 || tag.front() != '"' || tag.back() != '"')
        return false;
    for (char c : tag.sliced(1, tag.size() - 2)) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x21 || byte == 0x22 || byte == 0x7f)
            return false;
    }
    return true;
}

QByteArrayView opaque(QByteArrayView tag)
{
    return tag.startsWith("W/") ? tag.sliced(2) : tag;
}

void checkEntityTags(QByteArrayView value, QByteArrayView tag)
{
    const bool matches = http::etagMatches(value, tag);
    const QByteArray text(value.data(), value.size());
    const QByteArray context = "If-None-Match \"" + escaped(value) + "\" vs " + escaped(tag);
    if (matches)
        FUZZ_CHECK(text.contains('*') || text.contains(opaque(tag)), context);
    // A list that also names the tag, strong or weak, matches: weak comparison (13.1.2).
    FUZZ_CHECK(http::etagMatches(QByteArray(text + ", " + tag.toByteArray()), tag), context);
    FUZZ_CHECK(http::etagMatches(QByteArray("W/" + opaque(tag).toByteArray() + " ," + text), tag),
               context);
    FUZZ_CHECK(http::etagMatches(" * ", tag), context);
    // Whether a list is "*" or entity tags, for one written to the grammar the answer is
    // exactly "one of them has the same opaque tag".
    if (owsTrimmed(value) == "*")
        FUZZ_CHECK(matches, context);
    bool strict = true;
    bool expected = false;
    for (QByteArrayView element : text.split(',')) {
        element = owsTrimmed(element);
        if (element.isEmpty())
            continue; // the #rule allows empty list elements
        if (!isEntityTag(element, true)) {
            strict = false;
            break;
        }
        expected = expected || opaque(element) == opaque(tag);
    }
    if (strict)
        FUZZ_CHECK(matches == expected, context);
}

std::int64_t epochOf(int year)
{
    return QDateTime(QDate(year, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
}

void checkDates(QByteArrayView value, QByteArrayView tag)
{
    const auto parsed = http::parseHttpDate(value);
    if (const auto expected = referenceHttpDate(value, CaseSensitive::Yes))
        FUZZ_CHECK(parsed == expected, "parseHttpDate \"" + escaped(value) + "\" gave " +
                                           (parsed ? QByteArray::number(*parsed) : "nothing") +
                                           ", expected " + QByteArray::number(*expected));
    if (parsed) {
        static const std::int64_t first = epochOf(1), last = epochOf(10000) - 1;
        FUZZ_CHECK(*parsed >= first && *parsed <= last, QByteArray::number(*parsed));
        // What Last-Modified would say for that moment reads back the same, both ways.
        static const std::int64_t fourDigits = epochOf(1000);
        if (*parsed >= fourDigits) {
            const QByteArray written = http::httpDate(*parsed);
            FUZZ_CHECK(written.size() == 29 && http::parseHttpDate(written) == parsed &&
                           referenceHttpDate(written, CaseSensitive::Yes) == parsed,
                       written);
        }
    }

    // If-Range: the current strong tag or exactly the current date; never a weak tag.
    const bool allows = http::ifRangeAllows(value, tag, kLastModified);
    const QByteArrayView validator = value.trimmed();
    const QByteArray context = "If-Range \"" + escaped(value) + "\" vs " + escaped(tag);
    if (validator.startsWith('"'))
        FUZZ_CHECK(allows == (validator == tag), context);
    else if (validator.startsWith("W/"))
        FUZZ_CHECK(!allows, context);
    else if (allows)
        FUZZ_CHECK(parsed == kLastModified || http::parseHttpDate(validator) == kLastModified,
                   context);
    if (referenceHttpDate(validator, CaseSensitive::Yes) == kLastModified)
        FUZZ_CHECK(allows, context);
}

bool isCookieOctet(char c)
{
    const auto byte = static_cast<unsigned char>(c);
    return byte == 0x21 || (byte >= 0x23 && byte <= 0x2b) || (byte >= 0x2d && byte <= 0x3a) ||
           (byte >= 0x3c && byte <= 0x5b) || (byte >= 0x5d && byte <= 0x7e);
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              QByteArrayView("!#$%&'*+-.^_`|~").contains(c)))
            return false;
    return true;
}

// RFC 6265 section 4.2.1: cookie-pair *( "; " cookie-pair ); nullopt when the header is not
// written to it. The value of the first pair of that name, if any.
struct CookieLookup
{
    bool present = false;
    QByteArray value;
};
std::optional<CookieLookup> referenceCookie(QByteArrayView header, QByteArrayView name)
{
    CookieLookup found;
    qsizetype start = 0;
    while (start <= header.size()) {
        qsizetype end = header.indexOf("; ", start);
        if (end < 0)
            end = header.size();
        const QByteArrayView pair = header.sliced(start, end - start);
        const qsizetype equals = pair.indexOf('=');
        if (equals < 0 || !isToken(pair.first(equals)))
            return std::nullopt;
        const QByteArrayView value = pair.sliced(equals + 1);
        const QByteArrayView bare = value.size() >= 2 && value.front() == '"' && value.back() == '"'
                                        ? value.sliced(1, value.size() - 2)
                                        : value;
        for (char c : bare)
            if (!isCookieOctet(c))
                return std::nullopt;
        if (!found.present && pair.first(equals) == name)
            found = {true, value.toByteArray()};
        start = end + 2;
    }
    return found;
}

void checkCookies(QByteArrayView value)
{
    const QByteArray name = "docket_P1NMEET0";
    const QByteArray header(value.data(), value.size());
    const QByteArray context = "Cookie \"" + escaped(value) + '"';
    const QByteArray found = http::cookieValue(value, name);
    if (!found.isNull()) {
        FUZZ_CHECK(header.contains(name) && header.contains(found), context);
        FUZZ_CHECK(!found.contains(';') && found == found.trimmed(), context);
    }
    // The first cookie of that name counts; one added after changes nothing, or is found.
    const QByteArray after = http::cookieValue(QByteArray(header + "; " + name + "=token"), name);
    FUZZ_CHECK(after == (found.isNull() ? QByteArray("token") : found), context);
    if (const auto expected = referenceCookie(value, name))
        FUZZ_CHECK(found.isNull() != expected->present && found == expected->value,
                   context + " gave \"" + escaped(found) + "\", expected \"" +
                       escaped(expected->value) + '"');
}

// application/x-www-form-urlencoded as browsers write it: '+' for a space, %XX for the rest.
// nullopt when a '%' is not followed by two hex digits (core then decodes leniently).
std::optional<QByteArray> formDecode(QByteArrayView text)
{
    QByteArray plus(text.data(), text.size());
    plus.replace('+', ' ');
    return percentDecode(plus);
}

void checkForm(QByteArrayView value)
{
    const QByteArray body(value.data(), value.size());
    const QByteArray context = "form \"" + escaped(value) + '"';
    const auto next = http::formValue(body, "next");
    // The first field of that name, decoded.
    std::optional<std::optional<QByteArray>> expected = std::optional<QByteArray>();
    for (const QByteArray &field : body.split('&')) {
        const qsizetype equals = field.indexOf('=');
        if ((equals < 0 ? field : field.first(equals)) != "next")
            continue;
        expected =
            formDecode(equals < 0 ? QByteArrayView() : QByteArrayView(field).sliced(equals + 1));
        if (!*expected)
            expected.reset(); // no opinion on a malformed escape
        break;
    }
    if (expected)
        FUZZ_CHECK(next == *expected, context);
    // Whatever bytes a browser encodes come back exactly.
    QByteArray encoded;
    static constexpr char kHex[] = "0123456789ABCDEF";
    for (char c : body) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == ' ')
            encoded.append('+');
        else
            encoded.append('%').append(kHex[byte >> 4]).append(kHex[byte & 15]);
    }
    FUZZ_CHECK(http::formValue(QByteArray("pin=1234&next=" + encoded + "&next=x"), "next") == body,
               context);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FUZZ_CHECK(http::ifRangeAllows(http::httpDate(kLastModified), kSnapshotTag, kLastModified),
               http::httpDate(kLastModified));
    FUZZ_CHECK(http::ifRangeAllows(kSnapshotTag, kSnapshotTag, kLastModified), kSnapshotTag);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    setCurrentInput(data, size);
    const QByteArrayView input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const qsizetype newline = input.indexOf('\n');
    const QByteArrayView value = newline < 0 ? input : input.first(newline);
    QByteArrayView tag = kSnapshotTag;
    // A comma is a legal etagc, but core splits lists on every comma (never a problem for its
    // own tags, which are hex): such a tag is not used.
    if (newline >= 0 && isEntityTag(input.sliced(newline + 1), false) &&
        !input.sliced(newline + 1).contains(','))
        tag = input.sliced(newline + 1);

    checkLanguage(value);
    checkEntityTags(value, tag);
    checkDates(value, tag);
    checkCookies(value);
    checkForm(value);
    return 0;
}
