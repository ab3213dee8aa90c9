// SPDX-License-Identifier: GPL-3.0-or-later
// parseDelegatePath and decodePathSegment over any raw path, compared with a reference reading of
// the delegate URL written from the design alone: /CODE[/ITEM[/DOC[/NAME]]] or /CODE/unlock
// (where the PIN form is sent, any case), each segment
// strictly percent-decoded, no segment that could change the path's shape or holds a control
// byte, a code of 8
// Crockford characters, paths matched case-insensitively.
#include "FuzzCheck.h"
#include "server/CanonicalPath.h"
#include "server/HttpParsing.h"

#include <QList>

#include <cstdint>
#include <optional>

using namespace docketfuzz;
using docket::http::DelegatePath;

namespace {

QByteArray asciiCase(QByteArrayView text, bool upper)
{
    QByteArray out(text.data(), text.size());
    for (char &c : out) {
        if (upper && c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
        else if (!upper && c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

bool hasControl(const QByteArray &bytes)
{
    for (char c : bytes)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
            return true;
    return false;
}

// What the design allows in a segment once decoded: nothing that changes the path's shape, no
// control byte (NUL to DEL's C0 and DEL itself).
std::optional<QByteArray> referenceSegment(QByteArrayView raw, bool backslashAllowed)
{
    const auto decoded = percentDecode(raw);
    if (!decoded || decoded->contains('/') || hasControl(*decoded) ||
        (!backslashAllowed && decoded->contains('\\')) || *decoded == "." || *decoded == "..")
        return std::nullopt;
    return decoded;
}

// Digits only, at most 18 of them (core's documented limit), within [low, high].
std::optional<std::int64_t> referenceNumber(const QByteArray &text, std::int64_t low,
                                            std::int64_t high)
{
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    std::int64_t value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    if (value < low || value > high)
        return std::nullopt;
    return value;
}

std::optional<QString> referenceCode(const QByteArray &text)
{
    if (text.size() != 8)
        return std::nullopt;
    QString code;
    for (char c : text) {
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
        if (c == 'O')
            c = '0';
        else if (c == 'I' || c == 'L')
            c = '1';
        if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) || c == 'U')
            return std::nullopt;
        code.append(QLatin1Char(c));
    }
    return code;
}

std::optional<DelegatePath> referencePath(QByteArrayView raw)
{
    if (!raw.startsWith('/'))
        return std::nullopt;
    QList<QByteArrayView> segments;
    qsizetype start = 1;
    for (;;) {
        const qsizetype slash = raw.indexOf('/', start);
        segments.append(raw.sliced(start, (slash < 0 ? raw.size() : slash) - start));
        if (slash < 0)
            break;
        start = slash + 1;
    }
    if (segments.size() > 1 && segments.last().isEmpty())
        segments.removeLast();
    // Five segments only for /CODE/N/DOC/page/P, /CODE/N/DOC/thumb/P and /CODE/N/DOC/read/K.
    const bool image = segments.size() == 5 && (asciiCase(segments[3], false) == "page" ||
                                                asciiCase(segments[3], false) == "thumb");
    const bool readerPart = segments.size() == 5 && asciiCase(segments[3], false) == "read";
    if (segments.size() > 5 || (segments.size() == 5 && !image && !readerPart))
        return std::nullopt;
    QList<QByteArray> decoded;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const auto segment = referenceSegment(segments[i], i == 3 && !image && !readerPart);
        if (!segment || segment->isEmpty())
            return std::nullopt;
        decoded.append(*segment);
    }
    DelegatePath path;
    const auto code = referenceCode(decoded[0]);
    if (!code)
        return std::nullopt;
    path.code = *code;
    if (decoded.size() == 2 && asciiCase(decoded[1], false) == "unlock") {
        path.unlock = true;
        return path;
    }
    if (decoded.size() >= 2) {
        const auto item = referenceNumber(decoded[1], 1, 99999);
        if (!item)
            return std::nullopt;
        path.item = static_cast<int>(*item);
    }
    if (decoded.size() >= 3) {
        const auto doc = referenceNumber(decoded[2], 1, INT64_MAX);
        if (!doc)
            return std::nullopt;
        path.doc = *doc;
    }
    // "read" as written (any case), not as decoded: %72ead is a file called "read".
    if (decoded.size() == 4 && asciiCase(segments[3], false) == "read")
        path.view = DelegatePath::View::Reader;
    if (readerPart) {
        const auto part = referenceNumber(decoded[4], 1, 99999);
        if (!part)
            return std::nullopt;
        path.part = static_cast<int>(*part);
        path.view = DelegatePath::View::Reader;
    }
    if (image) {
        const auto page = referenceNumber(decoded[4], 1, 99999);
        if (!page)
            return std::nullopt;
        path.page = static_cast<int>(*page);
        path.view = asciiCase(segments[3], false) == "page" ? DelegatePath::View::PageImage
                                                            : DelegatePath::View::Thumbnail;
    }
    return path;
}

bool same(const std::optional<DelegatePath> &a, const std::optional<DelegatePath> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || (a->code == b->code && a->item == b->item && a->doc == b->doc &&
                  a->unlock == b->unlock && a->view == b->view && a->page == b->page &&
                  a->part == b->part);
}

QByteArray describe(const std::optional<DelegatePath> &path)
{
    if (!path)
        return "nothing";
    return path->code.toLatin1() + " item " + QByteArray::number(path->item) + " doc " +
           QByteArray::number(path->doc) + (path->unlock ? " unlock" : "") + " view " +
           QByteArray::number(static_cast<int>(path->view)) + " page " +
           QByteArray::number(path->page);
}

QByteArray encodeEveryByte(const QByteArray &bytes)
{
    QByteArray out;
    static constexpr char kHex[] = "0123456789ABCDEF";
    for (char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        out.append('%').append(kHex[byte >> 4]).append(kHex[byte & 15]);
    }
    return out;
}

void checkSegment(QByteArrayView raw)
{
    const auto decoded = docket::http::decodePathSegment(raw);
    const auto expected = referenceSegment(raw, false);
    FUZZ_CHECK(decoded == expected,
               "decodePathSegment \"" + escaped(raw) + "\" gave " +
                   (decoded ? QByteArray('"' + escaped(*decoded) + '"') : QByteArray("nothing")));
    if (!decoded)
        return;
    FUZZ_CHECK(decoded->size() <= raw.size(), escaped(*decoded));
    // Fully escaped, the same bytes come back.
    FUZZ_CHECK(docket::http::decodePathSegment(encodeEveryByte(*decoded)) == decoded,
               escaped(*decoded));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    setCurrentInput(data, size);
    const QByteArrayView raw(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    const auto parsed = docket::http::parseDelegatePath(raw);
    if (parsed) {
        FUZZ_CHECK(isCrockfordCode(parsed->code), "code " + parsed->code.toUtf8());
        FUZZ_CHECK(parsed->item >= 0 && parsed->item <= 99999, describe(parsed));
        FUZZ_CHECK(parsed->doc >= 0 && (parsed->doc == 0 || parsed->item > 0), describe(parsed));
        FUZZ_CHECK(!parsed->unlock || (parsed->item == 0 && parsed->doc == 0), describe(parsed));
        // The canonical spelling of the same place reads back the same.
        QByteArray canonical = '/' + parsed->code.toLatin1();
        if (parsed->unlock)
            canonical += "/unlock";
        if (parsed->item > 0)
            canonical += '/' + QByteArray::number(parsed->item);
        if (parsed->doc > 0)
            canonical += '/' + QByteArray::number(parsed->doc);
        switch (parsed->view) {
        case DelegatePath::View::Reader:
            canonical += "/read";
            if (parsed->part > 1)
                canonical += '/' + QByteArray::number(parsed->part);
            break;
        case DelegatePath::View::PageImage:
            canonical += "/page/" + QByteArray::number(parsed->page);
            break;
        case DelegatePath::View::Thumbnail:
            canonical += "/thumb/" + QByteArray::number(parsed->page);
            break;
        case DelegatePath::View::File:
            break;
        }
        FUZZ_CHECK(same(docket::http::parseDelegatePath(canonical), parsed), canonical);
        FUZZ_CHECK(docket::http::canonicalDelegatePath(raw).value_or(QByteArray()) == canonical ||
                       parsed->view == DelegatePath::View::File,
                   canonical);
    }

    const auto expected = referencePath(raw);
    FUZZ_CHECK(same(parsed, expected),
               "parseDelegatePath gave " + describe(parsed) + ", expected " + describe(expected));

    // Paths are matched case-insensitively: the QR code spells them in uppercase, a person
    // typing one may not.
    FUZZ_CHECK(same(docket::http::parseDelegatePath(asciiCase(raw, true)), parsed), "uppercased");
    FUZZ_CHECK(same(docket::http::parseDelegatePath(asciiCase(raw, false)), parsed), "lowercased");

    for (QByteArrayView segment : QByteArray(raw.data(), raw.size()).split('/'))
        checkSegment(segment);
    return 0;
}
