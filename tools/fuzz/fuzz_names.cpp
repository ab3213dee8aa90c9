// SPDX-License-Identifier: GPL-3.0-or-later
// File names on the wire: contentDisposition (RFC 6266 / 8187) and encodePathSegment, with the
// round trips the server relies on. Input: one flags byte (bit 0: attachment, bit 1: read the
// rest as UTF-16, which reaches lone surrogates; otherwise as UTF-8), then the file name.
#include "FuzzCheck.h"
#include "server/HttpParsing.h"

#include <QString>

#include <cstdint>
#include <optional>

using namespace docketfuzz;
namespace http = docket::http;

namespace {

bool isAttrChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           QByteArrayView("!#$&+-.^_`|~").contains(c);
}

bool isUnreserved(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '.' || c == '_' || c == '~';
}

bool isHexUpper(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F');
}

// Only characters from `allowed` and %XX escapes with uppercase hex.
template <typename Allowed> bool onlyEscapesAnd(QByteArrayView text, Allowed allowed)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '%') {
            if (i + 2 >= text.size() || !isHexUpper(text[i + 1]) || !isHexUpper(text[i + 2]))
                return false;
            i += 2;
        } else if (!allowed(text[i])) {
            return false;
        }
    }
    return true;
}

void checkDisposition(const QString &name, bool attachment)
{
    const QByteArray value = http::contentDisposition(name, attachment);
    const QByteArray context = "Content-Disposition: " + escaped(value);
    // A header value: printable ASCII only, so no CR/LF to split the response and no raw byte
    // that a client would read in some other charset.
    for (char c : value)
        FUZZ_CHECK(c >= 0x20 && c < 0x7f, context);

    const QByteArray prefix = attachment ? "attachment; filename=\"" : "inline; filename=\"";
    FUZZ_CHECK(value.startsWith(prefix), context);
    const QByteArray separator = "\"; filename*=UTF-8''";
    const qsizetype end = value.indexOf('"', prefix.size());
    FUZZ_CHECK(end >= 0 && value.sliced(end).startsWith(separator), context);
    const QByteArray fallback = value.sliced(prefix.size(), end - prefix.size());
    const QByteArray extended = value.sliced(end + separator.size());

    // The quoted name needs no escaping and is never blank.
    FUZZ_CHECK(!fallback.trimmed().isEmpty(), context);
    for (char c : fallback)
        FUZZ_CHECK(c != '"' && c != '\\' && c != '%', context);
    bool plainAscii = !name.trimmed().isEmpty();
    for (QChar c : name)
        plainAscii = plainAscii && c.unicode() >= 0x20 && c.unicode() < 0x7f && c != u'"' &&
                     c != u'\\' && c != u'%';
    if (plainAscii)
        FUZZ_CHECK(fallback == name.toLatin1(), context);

    // filename* carries the exact name.
    FUZZ_CHECK(onlyEscapesAnd(extended, isAttrChar), context);
    FUZZ_CHECK(percentDecode(extended) == name.toUtf8(), context);
}

void checkPathSegment(const QString &name)
{
    const QByteArray encoded = http::encodePathSegment(name);
    const QByteArray bytes = name.toUtf8();
    const QByteArray context = "encodePathSegment: " + escaped(encoded);
    FUZZ_CHECK(onlyEscapesAnd(encoded, isUnreserved), context);
    FUZZ_CHECK(percentDecode(encoded) == bytes, context);

    // What decodePathSegment must refuse: anything that changes a path's shape, and control
    // bytes.
    bool control = false;
    for (char c : bytes)
        control = control || static_cast<unsigned char>(c) < 0x20 || c == 0x7f;
    const bool shapeChanging = bytes.contains('/') || bytes == "." || bytes == "..";
    const auto decoded = http::decodePathSegment(encoded);
    if (shapeChanging || control || bytes.contains('\\'))
        FUZZ_CHECK(!decoded, context);
    else
        FUZZ_CHECK(decoded == bytes, context);

    // The document URL the snapshot builds, /CODE/N/DOC/name (documentNameSegment), leads back
    // to the document for every name a Linux file can have (and the empty one, a trailing
    // slash): a control character is written as '_', so only '/' and the dot names do not.
    const QByteArray segment = http::documentNameSegment(name);
    FUZZ_CHECK(onlyEscapesAnd(segment, isUnreserved), "documentNameSegment: " + escaped(segment));
    const QByteArray url = "/K7Q2M9AB/3/42/" + segment;
    const auto path = http::parseDelegatePath(url);
    if (shapeChanging) {
        FUZZ_CHECK(!path, url);
    } else {
        FUZZ_CHECK(path && path->code == u"K7Q2M9AB" && path->item == 3 && path->doc == 42, url);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    setCurrentInput(data, size);
    if (size == 0)
        return 0;
    const std::uint8_t flags = data[0];
    const char *text = reinterpret_cast<const char *>(data + 1);
    const auto length = static_cast<qsizetype>(size - 1);
    QString name;
    if (flags & 2) {
        name.resize(length / 2);
        for (qsizetype i = 0; i < name.size(); ++i)
            name[i] = QChar(static_cast<char16_t>(static_cast<std::uint8_t>(text[2 * i]) |
                                                  static_cast<std::uint8_t>(text[2 * i + 1]) << 8));
    } else {
        name = QString::fromUtf8(text, length);
    }
    checkDisposition(name, flags & 1);
    checkPathSegment(name);
    return 0;
}
