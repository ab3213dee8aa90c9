// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <optional>

// What every target shares: an invariant check that survives NDEBUG and says which input broke
// it, the names of checks a run may skip, and small reference implementations written
// independently of core so that a target compares two ways of reading the same text.
namespace docketfuzz {

// The input under test, printed with any failure (printable ASCII kept, the rest escaped).
void setCurrentInput(const std::uint8_t *data, std::size_t size);

[[noreturn]] void fail(const char *condition, const char *file, int line, const QByteArray &note);

// A check that can be switched off names itself; DOCKET_FUZZ_SKIP=name1,name2 switches it off,
// so that a known and reported finding does not stop the search for the next one.
bool enabled(const char *checkName);

// The text as a C string for messages, bytes outside printable ASCII as \xNN.
QByteArray escaped(QByteArrayView bytes);

// RFC 3986 percent-decoding: '%' then exactly two hex digits; nullopt on anything else.
std::optional<QByteArray> percentDecode(QByteArrayView text);

// An HTTP-date in any of the three forms RFC 9110 section 5.6.7 makes a recipient accept, each
// with its exact spacing; seconds since the epoch. The weekday is not checked against the date.
// Names are case-sensitive as the RFC says, or not at all, for a lenient reading.
enum class CaseSensitive
{
    No,
    Yes
};
std::optional<std::int64_t> referenceHttpDate(QByteArrayView text,
                                              CaseSensitive names = CaseSensitive::No);

// The Crockford base32 alphabet that meeting codes are drawn from.
bool isCrockfordCode(const QString &code);

} // namespace docketfuzz

// Always on, whatever the build type: a violated invariant aborts so that libFuzzer keeps the
// input. NOTE is any QByteArray worth printing next to the condition.
#define FUZZ_CHECK(condition, note)                                                                \
    do {                                                                                           \
        if (!(condition))                                                                          \
            ::docketfuzz::fail(#condition, __FILE__, __LINE__, (note));                            \
    } while (false)
