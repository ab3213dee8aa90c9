// SPDX-License-Identifier: GPL-3.0-or-later
#include "FuzzCheck.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTime>

#include <cstdio>
#include <cstdlib>

namespace docketfuzz {

namespace {

const std::uint8_t *g_input = nullptr;
std::size_t g_inputSize = 0;

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

std::optional<int> number(QByteArrayView text, qsizetype digits)
{
    if (text.size() != digits)
        return std::nullopt;
    int value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

Qt::CaseSensitivity sensitivity(CaseSensitive names)
{
    return names == CaseSensitive::Yes ? Qt::CaseSensitive : Qt::CaseInsensitive;
}

std::optional<int> month(QByteArrayView name, CaseSensitive names)
{
    static const char *const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (int i = 0; i < 12; ++i)
        if (name.compare(QByteArrayView(kMonths[i]), sensitivity(names)) == 0)
            return i + 1;
    return std::nullopt;
}

bool isDayName(QByteArrayView name, bool longForm, CaseSensitive names)
{
    static const char *const kShort[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char *const kLong[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                        "Friday", "Saturday", "Sunday"};
    for (const char *candidate : longForm ? kLong : kShort)
        if (name.compare(QByteArrayView(candidate), sensitivity(names)) == 0)
            return true;
    return false;
}

// "HH:MM:SS"
std::optional<QTime> timeOfDay(QByteArrayView text)
{
    if (text.size() != 8 || text[2] != ':' || text[5] != ':')
        return std::nullopt;
    const auto h = number(text.sliced(0, 2), 2);
    const auto m = number(text.sliced(3, 2), 2);
    const auto s = number(text.sliced(6, 2), 2);
    if (!h || !m || !s)
        return std::nullopt;
    // A leap second is still a date a lenient server may accept: read it as :59.
    const QTime time(*h, *m, *s == 60 ? 59 : *s);
    return time.isValid() ? std::optional<QTime>(time) : std::nullopt;
}

std::optional<std::int64_t> at(int year, std::optional<int> mon, std::optional<int> day,
                               std::optional<QTime> time)
{
    if (!mon || !day || !time)
        return std::nullopt;
    const QDate date(year, *mon, *day);
    if (!date.isValid())
        return std::nullopt;
    return QDateTime(date, *time, Qt::UTC).toSecsSinceEpoch();
}

} // namespace

void setCurrentInput(const std::uint8_t *data, std::size_t size)
{
    g_input = data;
    g_inputSize = size;
}

void fail(const char *condition, const char *file, int line, const QByteArray &note)
{
    std::fprintf(stderr, "\n==== docket fuzz invariant violated at %s:%d\n     %s\n", file, line,
                 condition);
    if (!note.isEmpty())
        std::fprintf(stderr, "     %s\n", note.constData());
    if (g_input) {
        const QByteArray input(reinterpret_cast<const char *>(g_input),
                               static_cast<qsizetype>(g_inputSize));
        std::fprintf(stderr, "     input (%zu bytes): \"%s\"\n     hex: %s\n", g_inputSize,
                     escaped(input).constData(), input.toHex().constData());
    }
    std::fflush(stderr);
    std::abort();
}

bool enabled(const char *checkName)
{
    static const QList<QByteArray> skipped = qgetenv("DOCKET_FUZZ_SKIP").split(',');
    return !skipped.contains(QByteArray(checkName));
}

QByteArray escaped(QByteArrayView bytes)
{
    QByteArray out;
    out.reserve(bytes.size());
    for (char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x20 && byte < 0x7f && c != '\\' && c != '"') {
            out.append(c);
        } else {
            static constexpr char kHex[] = "0123456789abcdef";
            out.append("\\x").append(kHex[byte >> 4]).append(kHex[byte & 15]);
        }
    }
    return out;
}

std::optional<QByteArray> percentDecode(QByteArrayView text)
{
    QByteArray out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != '%') {
            out.append(text[i]);
            continue;
        }
        if (i + 2 >= text.size())
            return std::nullopt;
        const int high = hexDigit(text[i + 1]);
        const int low = hexDigit(text[i + 2]);
        if (high < 0 || low < 0)
            return std::nullopt;
        out.append(static_cast<char>(high * 16 + low));
        i += 2;
    }
    return out;
}

std::optional<std::int64_t> referenceHttpDate(QByteArrayView text, CaseSensitive names)
{
    // IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT"
    if (text.size() == 29 && text[3] == ',' && text[4] == ' ' && text[7] == ' ' &&
        text[11] == ' ' && text[16] == ' ' && text.sliced(25) == " GMT" &&
        isDayName(text.first(3), false, names)) {
        const auto year = number(text.sliced(12, 4), 4);
        if (!year)
            return std::nullopt;
        return at(*year, month(text.sliced(8, 3), names), number(text.sliced(5, 2), 2),
                  timeOfDay(text.sliced(17, 8)));
    }
    // RFC 850: "Sunday, 06-Nov-94 08:49:37 GMT"
    if (const qsizetype comma = text.indexOf(',');
        comma > 0 && text.size() == comma + 24 && isDayName(text.first(comma), true, names)) {
        const QByteArrayView rest = text.sliced(comma);
        if (rest[1] != ' ' || rest[4] != '-' || rest[8] != '-' || rest[11] != ' ' ||
            rest.sliced(20) != " GMT")
            return std::nullopt;
        const auto year = number(rest.sliced(9, 2), 2);
        if (!year)
            return std::nullopt;
        // Two digits more than 50 years ahead of this year mean the past century (RFC 9110).
        const int thisYear = QDate::currentDate().year();
        const int full = 2000 + *year > thisYear + 50 ? 1900 + *year : 2000 + *year;
        return at(full, month(rest.sliced(5, 3), names), number(rest.sliced(2, 2), 2),
                  timeOfDay(rest.sliced(12, 8)));
    }
    // asctime: "Sun Nov  6 08:49:37 1994"
    if (text.size() == 24 && text[3] == ' ' && text[7] == ' ' && text[10] == ' ' &&
        text[19] == ' ' && isDayName(text.first(3), false, names)) {
        const QByteArrayView dayText = text.sliced(8, 2);
        const auto day = dayText[0] == ' ' ? number(dayText.sliced(1), 1) : number(dayText, 2);
        const auto year = number(text.sliced(20, 4), 4);
        if (!year)
            return std::nullopt;
        return at(*year, month(text.sliced(4, 3), names), day, timeOfDay(text.sliced(11, 8)));
    }
    return std::nullopt;
}

bool isCrockfordCode(const QString &code)
{
    if (code.size() != 8)
        return false;
    for (QChar c : code)
        if (c.unicode() > 0x7f ||
            !QByteArrayView("0123456789ABCDEFGHJKMNPQRSTVWXYZ").contains(c.toLatin1()))
            return false;
    return true;
}

} // namespace docketfuzz
