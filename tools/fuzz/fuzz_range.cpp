// SPDX-License-Identifier: GPL-3.0-or-later
// parseRange over any Range header and any file size. Input: the size in decimal on the first
// line (other bytes there are ignored; it saturates at INT64_MAX), the header on the rest.
// Every Partial range must lie inside the file; a header written strictly to the RFC 9110
// grammar must be read exactly as the reference below reads it.
#include "FuzzCheck.h"
#include "server/HttpParsing.h"

#include <cstdint>
#include <limits>
#include <optional>

using namespace docketfuzz;
using docket::http::ByteRange;
using Kind = ByteRange::Kind;

namespace {

QByteArray describe(const ByteRange &range)
{
    switch (range.kind) {
    case Kind::Whole:
        return "Whole";
    case Kind::Partial:
        return "Partial " + QByteArray::number(range.start) + '+' +
               QByteArray::number(range.length);
    case Kind::Unsatisfiable:
        return "Unsatisfiable";
    }
    return "?";
}

std::optional<std::int64_t> digits(QByteArrayView text)
{
    // A first position beyond 18 digits makes core ignore the header, as a server may (RFC 9110
    // section 14.2): the reference has no opinion there.
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

bool allDigits(QByteArrayView text)
{
    for (char c : text)
        if (c < '0' || c > '9')
            return false;
    return true;
}

// RFC 9110 section 14.1.1 for a header of the form "bytes=" range-spec with no whitespace and
// one range only; nullopt where the reference does not judge.
std::optional<ByteRange> reference(QByteArrayView header, std::int64_t size)
{
    if (header.size() < 6 || header.first(6).compare("bytes=", Qt::CaseInsensitive) != 0)
        return std::nullopt;
    const QByteArrayView spec = header.sliced(6);
    const qsizetype dash = spec.indexOf('-');
    if (dash < 0 || spec.indexOf('-', dash + 1) >= 0)
        return std::nullopt;
    const QByteArrayView firstText = spec.first(dash);
    const QByteArrayView lastText = spec.sliced(dash + 1);
    if (!allDigits(firstText) || !allDigits(lastText))
        return std::nullopt;
    const ByteRange whole;
    const ByteRange unsatisfiable{Kind::Unsatisfiable, 0, 0};
    if (firstText.isEmpty() && lastText.isEmpty())
        return whole; // "bytes=-": not a range at all, ignored
    if (firstText.isEmpty()) {
        const auto suffix = digits(lastText);
        if (!suffix)
            return std::nullopt;
        if (*suffix == 0 || size == 0)
            return unsatisfiable;
        const std::int64_t length = std::min(*suffix, size);
        return ByteRange{Kind::Partial, size - length, length};
    }
    const auto first = digits(firstText);
    if (!first)
        return std::nullopt;
    std::int64_t last = std::numeric_limits<std::int64_t>::max();
    if (!lastText.isEmpty()) {
        // A last position of any length: past the end is clamped to the end.
        const auto parsed =
            lastText.size() > 18 ? std::optional<std::int64_t>(last) : digits(lastText);
        if (!parsed)
            return std::nullopt;
        if (*parsed < *first)
            return whole; // invalid: ignored, not unsatisfiable
        last = *parsed;
    }
    if (*first >= size)
        return unsatisfiable;
    last = std::min(last, size - 1);
    return ByteRange{Kind::Partial, *first, last - *first + 1};
}

bool same(const ByteRange &a, const ByteRange &b)
{
    if (a.kind != b.kind)
        return false;
    return a.kind != Kind::Partial || (a.start == b.start && a.length == b.length);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    setCurrentInput(data, size);
    const QByteArrayView input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const qsizetype newline = input.indexOf('\n');
    const QByteArrayView sizeText = newline < 0 ? input : input.first(newline);
    const QByteArrayView header = newline < 0 ? QByteArrayView() : input.sliced(newline + 1);
    std::int64_t fileSize = 0;
    for (char c : sizeText) {
        if (c < '0' || c > '9')
            continue;
        const std::int64_t max = std::numeric_limits<std::int64_t>::max();
        fileSize = fileSize > (max - (c - '0')) / 10 ? max : fileSize * 10 + (c - '0');
    }

    const ByteRange range = docket::http::parseRange(header, fileSize);
    const QByteArray context =
        "size " + QByteArray::number(fileSize) + ", Range \"" + escaped(header) + "\": ";
    if (range.kind == Kind::Partial) {
        FUZZ_CHECK(range.start >= 0 && range.length >= 1 && range.start < fileSize &&
                       range.length <= fileSize - range.start,
                   context + describe(range));
    }
    if (const auto expected = reference(header, fileSize))
        FUZZ_CHECK(same(range, *expected),
                   context + describe(range) + ", expected " + describe(*expected));
    // Whitespace around the value is not part of it (RFC 9110 section 5.5).
    const QByteArray padded = " \t" + QByteArray(header.data(), header.size()) + "\t ";
    FUZZ_CHECK(same(docket::http::parseRange(padded, fileSize), range), context + "padded");
    return 0;
}
