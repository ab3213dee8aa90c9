// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/HttpParsing.h"

#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace docket;
using Kind = http::ByteRange::Kind;

namespace {

const char *kindName(Kind kind)
{
    switch (kind) {
    case Kind::Whole:
        return "Whole";
    case Kind::Partial:
        return "Partial";
    case Kind::Unsatisfiable:
        return "Unsatisfiable";
    }
    return "?";
}

// The value of filename*=UTF-8''..., still percent-encoded.
QByteArray extendedValue(const QByteArray &disposition)
{
    const QByteArray marker = "filename*=UTF-8''";
    const qsizetype at = disposition.indexOf(marker);
    REQUIRE(at >= 0);
    return disposition.mid(at + marker.size());
}

QByteArray fallbackValue(const QByteArray &disposition)
{
    const QRegularExpression quoted(QStringLiteral("filename=\"([^\"]*)\""));
    const QRegularExpressionMatch match = quoted.match(QString::fromLatin1(disposition));
    REQUIRE(match.hasMatch());
    return match.captured(1).toLatin1();
}

} // namespace

TEST_CASE("parseRange resolves a single byte range against the size", "[http]")
{
    struct Row
    {
        const char *header;
        std::int64_t size;
        Kind kind;
        std::int64_t start;
        std::int64_t length;
    };
    const Row rows[] = {
        {"bytes=0-0", 10, Kind::Partial, 0, 1},
        {"bytes=0-9", 10, Kind::Partial, 0, 10},
        {"bytes=3-6", 10, Kind::Partial, 3, 4},
        {"bytes=0-99", 10, Kind::Partial, 0, 10}, // last beyond the end is clamped
        {"bytes=5-", 10, Kind::Partial, 5, 5},
        {"bytes=9-", 10, Kind::Partial, 9, 1},
        {"bytes=-5", 10, Kind::Partial, 5, 5},
        {"bytes=-1", 10, Kind::Partial, 9, 1},
        {"bytes=-10", 10, Kind::Partial, 0, 10},
        {"bytes=-20", 10, Kind::Partial, 0, 10}, // a suffix longer than the file: all of it
        {"BYTES=2-3", 10, Kind::Partial, 2, 2},
        {"bytes=-0", 10, Kind::Unsatisfiable, 0, 0},
        {"bytes=10-", 10, Kind::Unsatisfiable, 0, 0},
        {"bytes=10-20", 10, Kind::Unsatisfiable, 0, 0},
        {"bytes=100-200", 10, Kind::Unsatisfiable, 0, 0},
        {"bytes=5-4", 10, Kind::Whole, 0, 0}, // last < first: invalid, so ignored
        {"bytes=0-1,3-4", 10, Kind::Whole, 0, 0},
        {"bytes=0-1, 5-", 10, Kind::Whole, 0, 0},
        {"", 10, Kind::Whole, 0, 0},
        {"bytes", 10, Kind::Whole, 0, 0},
        {"bytes=", 10, Kind::Whole, 0, 0},
        {"bytes=-", 10, Kind::Whole, 0, 0},
        {"bytes=--5", 10, Kind::Whole, 0, 0},
        {"bytes=+1-2", 10, Kind::Whole, 0, 0},
        {"bytes=a-b", 10, Kind::Whole, 0, 0},
        {"bytes=1-b", 10, Kind::Whole, 0, 0},
        {"bytes 0-1", 10, Kind::Whole, 0, 0},
        {"items=0-1", 10, Kind::Whole, 0, 0},
        {"garbage", 10, Kind::Whole, 0, 0},
        {"bytes=0-0", 0, Kind::Unsatisfiable, 0, 0},
        {"bytes=0-", 0, Kind::Unsatisfiable, 0, 0},
        {"bytes=-5", 0, Kind::Unsatisfiable, 0, 0},
        {"", 0, Kind::Whole, 0, 0},
        {"bytes=1000000-1999999", 5000000000, Kind::Partial, 1000000, 1000000},
        {"bytes=-1", 5000000000, Kind::Partial, 4999999999, 1},
    };
    for (const Row &row : rows) {
        INFO("Range: \"" << row.header << "\" size " << row.size);
        const http::ByteRange range = http::parseRange(row.header, row.size);
        CHECK(kindName(range.kind) == std::string(kindName(row.kind)));
        if (row.kind == Kind::Partial) {
            CHECK(range.start == row.start);
            CHECK(range.length == row.length);
            CHECK(range.start + range.length <= row.size);
        }
    }
}

TEST_CASE("parseDelegatePath accepts the delegate URL forms", "[http]")
{
    struct Row
    {
        const char *path;
        const char *code;
        int item;
        std::int64_t doc;
    };
    const Row rows[] = {
        {"/K7Q2M9AB", "K7Q2M9AB", 0, 0},
        {"/K7Q2M9AB/", "K7Q2M9AB", 0, 0},
        {"/k7q2m9ab", "K7Q2M9AB", 0, 0},
        {"/K7Q2M9AO", "K7Q2M9A0", 0, 0}, // Crockford look-alikes
        {"/k7q2m9al", "K7Q2M9A1", 0, 0},
        {"/k7q2m9ai/2", "K7Q2M9A1", 2, 0},
        {"/%4B7Q2M9AB", "K7Q2M9AB", 0, 0}, // an escaped letter is still the letter
        {"/K7Q2M9AB/3", "K7Q2M9AB", 3, 0},
        {"/K7Q2M9AB/3/", "K7Q2M9AB", 3, 0},
        {"/K7Q2M9AB/99999", "K7Q2M9AB", 99999, 0},
        {"/K7Q2M9AB/3/42", "K7Q2M9AB", 3, 42},
        {"/K7Q2M9AB/3/42/", "K7Q2M9AB", 3, 42},
        {"/K7Q2M9AB/3/42/report.pdf", "K7Q2M9AB", 3, 42},
        {"/K7Q2M9AB/3/42/B%C3%A1o%20c%C3%A1o.pdf", "K7Q2M9AB", 3, 42},
        {"/K7Q2M9AB/3/42/...", "K7Q2M9AB", 3, 42},
        // A backslash is a legal Linux file-name character, so only the name segment takes it.
        {"/K7Q2M9AB/3/42/a%5Cb.pdf", "K7Q2M9AB", 3, 42},
    };
    for (const Row &row : rows) {
        INFO("path " << row.path);
        const auto parsed = http::parseDelegatePath(row.path);
        REQUIRE(parsed);
        CHECK(parsed->code == QString::fromLatin1(row.code));
        CHECK(parsed->item == row.item);
        CHECK(parsed->doc == row.doc);
    }
}

TEST_CASE("parseDelegatePath refuses everything else", "[http]")
{
    const char *const rows[] = {
        "",
        "/",
        "//",
        "K7Q2M9AB",
        "/K7Q2M9A",   // too short
        "/K7Q2M9ABC", // too long
        "/K7Q2M9AU",  // U is not Crockford
        "/K7Q2-9AB",
        "/K7Q2M9AB//",
        "/K7Q2M9AB//3",
        "/K7Q2M9AB/3//",
        "/K7Q2M9AB/0", // items count from 1
        "/K7Q2M9AB/-1",
        "/K7Q2M9AB/+1",
        "/K7Q2M9AB/1a",
        "/K7Q2M9AB/abc",
        "/K7Q2M9AB/100000",
        "/K7Q2M9AB/99999999999999999999",
        "/K7Q2M9AB/3/0", // documents count from 1
        "/K7Q2M9AB/3/x",
        "/K7Q2M9AB/3/4.5",
        "/K7Q2M9AB/3/42/name.pdf/extra", // too many segments
        "/K7Q2M9AB/3/42/a/b",
        "/..",
        "/.",
        "/%2e%2e",
        "/%2E%2E/etc/passwd",
        "/K7Q2M9AB/..",
        "/K7Q2M9AB/3/42/..",
        "/K7Q2M9AB/3/42/.",
        "/K7Q2M9AB/3/42/%2e%2e",
        "/K7Q2M9AB/3/42/%2E",
        "/K7Q2M9AB/3/42/a%2Fb",
        "/K7Q2M9AB/3/42/a%2fb",
        "/K7Q2M9AB/3/42/a%00b",
        "/K7Q2M9AB/3/42/%G1",
        "/K7Q2M9AB/3/42/%1G",
        "/K7Q2M9AB/3/42/%4",
        "/K7Q2M9AB/3/42/name%",
        "/K7Q2M9AB%2F3",
        "/K7Q2M9AB%00",
    };
    for (const char *path : rows) {
        INFO("path \"" << path << '"');
        CHECK_FALSE(http::parseDelegatePath(path).has_value());
    }
}

TEST_CASE("decodePathSegment decodes and refuses shape-changing bytes", "[http]")
{
    using Decoded = std::optional<QByteArray>;
    CHECK(http::decodePathSegment("abc") == Decoded("abc"));
    CHECK(http::decodePathSegment("%41%62") == Decoded("Ab"));
    CHECK(http::decodePathSegment("B%C3%A1o") == Decoded(QStringLiteral("Báo").toUtf8()));
    CHECK(http::decodePathSegment("a%20b") == Decoded("a b"));
    CHECK(http::decodePathSegment("...") == Decoded("..."));
    CHECK(http::decodePathSegment("") == Decoded(""));
    CHECK_FALSE(http::decodePathSegment("."));
    CHECK_FALSE(http::decodePathSegment(".."));
    CHECK_FALSE(http::decodePathSegment("%2e"));
    CHECK_FALSE(http::decodePathSegment(".%2E"));
    CHECK_FALSE(http::decodePathSegment("a%2Fb"));
    CHECK_FALSE(http::decodePathSegment("a\\b"));
    CHECK_FALSE(http::decodePathSegment("a%5cb"));
    CHECK_FALSE(http::decodePathSegment("a%00"));
    CHECK_FALSE(http::decodePathSegment("%"));
    CHECK_FALSE(http::decodePathSegment("%4"));
    CHECK_FALSE(http::decodePathSegment("%G1"));
    CHECK_FALSE(http::decodePathSegment("%%41"));
    // Control bytes name nothing: none gets past, escaped or not.
    for (int byte = 0; byte < 0x20; ++byte) {
        INFO("byte " << byte);
        const QByteArray escaped = "a%" + QByteArray::number(byte, 16).rightJustified(2, '0');
        CHECK_FALSE(http::decodePathSegment(escaped));
        CHECK_FALSE(http::decodePathSegment(QByteArray(QByteArray("a") + char(byte))));
    }
    CHECK_FALSE(http::decodePathSegment("%7F"));
    CHECK_FALSE(http::decodePathSegment("a\x7f"));
    CHECK(http::decodePathSegment("%80%FF") == Decoded("\x80\xff"));
}

TEST_CASE("documentNameSegment writes control characters as '_'", "[http]")
{
    CHECK(http::documentNameSegment(QStringLiteral("a\tb\x01"
                                                   "c\x7f.pdf")) == "a_b_c_.pdf");
    CHECK(http::documentNameSegment(QStringLiteral("Tờ\ntrình.pdf")) ==
          "T%E1%BB%9D_tr%C3%ACnh.pdf");
    CHECK(http::documentNameSegment(QStringLiteral("read\x01")) == "read_");
    for (const QString &name :
         {QStringLiteral("\x01"), QStringLiteral("x\x1fy"), QStringLiteral("\x7f")}) {
        INFO(name.toStdString());
        const auto path =
            http::parseDelegatePath(QByteArray("/K7Q2M9AB/1/2/" + http::documentNameSegment(name)));
        REQUIRE(path);
        CHECK(path->doc == 2);
    }
}

TEST_CASE("targetRefusal: control bytes and spaces are 400, an overlong target 414", "[http]")
{
    struct Row
    {
        QByteArray target;
        int status; // 0: accepted
    };
    const Row rows[] = {
        {"/K7Q2M9AB/1", 0},
        {"/K7Q2M9AB/1?zarsrc=30&utm_source=zalo", 0},
        {"/K7Q2M9AB/1/2/B%C3%A1o%20c%C3%A1o.pdf", 0},
        {"/K7Q2M9AB/1/2/\xc3\xa1", 0}, // raw UTF-8: not ours to refuse, the Router 404s it
        {"/a?q=%00", 0},               // escaped: text
        {"*", 0},
        {QByteArray("/K7Q2M9AB\0/1", 12), 400},
        {QByteArray("/K7Q2M9AB/1\0", 12), 400},
        {QByteArray(1, '\0'), 400},
        {"/K7Q2M9AB/1\x01", 400},
        {"/K7Q2M9AB/1\t", 400},
        {"/K7Q2M9AB/1\r", 400},
        {"/K7Q2M9AB/1\n", 400},
        {"/K7Q2M9AB/1\x1b[2J", 400},
        {"/K7Q2M9AB/1\x7f", 400},
        {"/K7Q2M9AB /1", 400},
        {"/a?q=\x01", 400},
        {'/' + QByteArray(99, 'a'), 0},
        {'/' + QByteArray(100, 'a'), 414},
        {'/' + QByteArray(100, 'a') + '\0', 400}, // the defect before the length
    };
    for (const Row &row : rows) {
        INFO("target \"" << row.target.toPercentEncoding("/?&=%*").toStdString() << '"');
        const auto refusal = http::targetRefusal(row.target, 100);
        CHECK((refusal ? refusal->status : 0) == row.status);
        if (refusal)
            CHECK_FALSE(refusal->reason.isEmpty());
    }
}

TEST_CASE("framingRefusal follows RFC 9112 section 6", "[http]")
{
    using Fields = QList<QByteArray>;
    struct Row
    {
        const char *what;
        Fields lengths;
        Fields codings;
        bool takesBody;
        int status; // 0: accepted
    };
    const Row rows[] = {
        {"nothing", {}, {}, false, 0},
        {"a length", {"12"}, {}, false, 0},
        {"a length, PIN form", {"12"}, {}, true, 0},
        {"a long PIN form (its reader keeps 2 KB)", {"100000"}, {}, true, 0},
        {"a zero length", {"0"}, {}, false, 0},
        {"the same length twice", {"12", "12"}, {}, false, 0},
        {"the same length, written two ways", {"12", "012"}, {}, true, 0},
        {"a length with spaces around", {" 12 "}, {}, false, 0},
        {"two lengths", {"12", "13"}, {}, false, 400},
        {"two lengths, PIN form", {"12", "13"}, {}, true, 400},
        {"a length that is no number", {"12", "x"}, {}, false, 400},
        {"a negative length", {"-1"}, {}, false, 400},
        {"a list in a length", {"12, 12"}, {}, false, 400},
        {"a length beyond 18 digits", {"1234567890123456789"}, {}, false, 400},
        {"an empty length", {""}, {}, false, 400},
        {"length and chunked", {"12"}, {"chunked"}, false, 400},
        {"length and chunked, PIN form", {"12"}, {"chunked"}, true, 400},
        {"chunked on GET", {}, {"chunked"}, false, 400},
        {"chunked, any case", {}, {"ChUnKeD"}, true, 411},
        {"chunked, PIN form", {}, {"chunked"}, true, 411},
        {"chunked with empty list elements", {}, {", chunked ,"}, true, 411},
        {"gzip", {}, {"gzip"}, true, 400},
        {"chunked then gzip", {}, {"chunked, gzip"}, true, 400},
        {"chunked twice in one field", {}, {"chunked, chunked"}, true, 400},
        {"chunked twice in two fields", {}, {"chunked", "chunked"}, true, 400},
        {"an empty coding", {}, {""}, true, 400},
        {"gzip then chunked", {}, {"gzip, chunked"}, true, 501},
        {"gzip then chunked, two fields", {}, {"gzip", "chunked"}, true, 501},
        {"a coding with a parameter", {}, {"chunked;x=1"}, true, 400},
    };
    for (const Row &row : rows) {
        INFO(row.what);
        const auto refusal = http::framingRefusal(row.lengths, row.codings, row.takesBody);
        CHECK((refusal ? refusal->status : 0) == row.status);
    }
}

TEST_CASE("encodePathSegment round-trips through decodePathSegment", "[http]")
{
    CHECK(http::encodePathSegment(QStringLiteral("Báo cáo.pdf")) == "B%C3%A1o%20c%C3%A1o.pdf");
    const QStringList names{
        QStringLiteral("Báo cáo tổng kết Đoàn 2026.pdf"),
        QStringLiteral("report.pdf"),
        QStringLiteral("100% done #1 (final) & more?.pdf"),
        QStringLiteral("a+b=c;d,e'f\"g.pdf"),
        QStringLiteral("会议纪要.docx"),
    };
    for (const QString &name : names) {
        INFO(name.toStdString());
        const QByteArray encoded = http::encodePathSegment(name);
        CHECK_FALSE(encoded.contains('/'));
        CHECK_FALSE(encoded.contains(' '));
        for (const char c : encoded)
            CHECK(static_cast<unsigned char>(c) < 0x80);
        const auto decoded = http::decodePathSegment(encoded);
        REQUIRE(decoded);
        CHECK(QString::fromUtf8(*decoded) == name);
    }
}

TEST_CASE("pickLanguage follows Accept-Language", "[http]")
{
    struct Row
    {
        const char *header;
        const char *fallback;
        const char *expected;
    };
    const Row rows[] = {
        {"vi", "en", "vi"},
        {"en", "vi", "en"},
        {"en-US", "vi", "en"},
        {"EN-gb", "vi", "en"},
        {"vi-VN", "en", "vi"},
        {"vi-VN,vi;q=0.9,en-US;q=0.8,en;q=0.7", "en", "vi"},
        {"en-US,en;q=0.9,vi;q=0.8", "vi", "en"},
        {"fr-FR,fr;q=0.9,en;q=0.5", "vi", "en"},
        {"en;q=0.2,vi;q=0.8", "en", "vi"},
        {"en;q=0.2, vi;q=0.8", "en", "vi"},
        {" vi ; q=0.7 , en ; q=0.6", "en", "vi"},
        {"en;q=0.5,vi;q=0.5", "vi", "en"}, // a tie keeps the listed order
        {"vi;q=0.5,en;q=0.5", "en", "vi"},
        {"vi,en", "en", "vi"},
        {"en,vi", "vi", "en"},
        {"vi;q=0,en", "vi", "en"}, // q=0 means "not this one"
        {"vi;q=0", "en", "en"},
        {"en;q=abc,vi;q=0.1", "en", "vi"},
        {"fr", "vi", "vi"},
        {"fr", "en", "en"},
        {"zh-Hant-TW,ja;q=0.9", "vi", "vi"},
        {"*", "vi", "vi"},
        {"*", "en", "en"},
        {"", "vi", "vi"},
        {"", "en", "en"},
        {",,;", "vi", "vi"},
    };
    for (const Row &row : rows) {
        INFO("Accept-Language: \"" << row.header << "\" fallback " << row.fallback);
        CHECK(http::pickLanguage(row.header, QString::fromLatin1(row.fallback)) ==
              QString::fromLatin1(row.expected));
    }
}

TEST_CASE("chooseLanguage: the phone's choice, the meeting's, Accept-Language, Vietnamese",
          "[http]")
{
    struct Row
    {
        const char *chosen;
        const char *own;
        const char *acceptLanguage;
        const char *expected;
    };
    const Row rows[] = {
        {"", "vi", "en-US,en;q=0.9", "vi"}, // the meeting's language beats the phone's setting
        {"", "en", "vi", "en"},
        {"en", "vi", "vi", "en"}, // the switch beats both
        {"vi", "en", "en", "vi"},
        {"", "", "en", "en"}, // a page of no meeting follows Accept-Language
        {"", "", "", "vi"},
        {"fr", "", "fr,en;q=0.5", "en"}, // nonsense chosen or owned is ignored
        {"EN", "de", "", "vi"},
    };
    for (const Row &row : rows) {
        INFO(row.chosen << " / " << row.own << " / " << row.acceptLanguage);
        CHECK(http::chooseLanguage(row.chosen, QString::fromLatin1(row.own), row.acceptLanguage) ==
              QString::fromLatin1(row.expected));
    }
}

TEST_CASE("etagMatches compares entity tags weakly", "[http]")
{
    struct Row
    {
        const char *ifNoneMatch;
        const char *etag;
        bool matches;
    };
    const Row rows[] = {
        {"\"abc\"", "\"abc\"", true},
        {" \"abc\" ", "\"abc\"", true},
        {"\"x\", \"abc\"", "\"abc\"", true},
        {"\"x\",\"abc\",\"y\"", "\"abc\"", true},
        {"W/\"abc\"", "\"abc\"", true},
        {"\"abc\"", "W/\"abc\"", true},
        {"*", "\"abc\"", true},
        {"\"abd\"", "\"abc\"", false},
        {"\"ab\"", "\"abc\"", false},
        {"abc", "\"abc\"", false},
        {"\"ABC\"", "\"abc\"", false},
        {"", "\"abc\"", false},
        {",", "\"abc\"", false},
    };
    for (const Row &row : rows) {
        INFO("If-None-Match: " << row.ifNoneMatch << " ETag: " << row.etag);
        CHECK(http::etagMatches(row.ifNoneMatch, row.etag) == row.matches);
    }
}

TEST_CASE("contentDisposition keeps Vietnamese file names exact", "[http]")
{
    const QString name = QStringLiteral("Báo cáo tổng kết Đoàn 2026.pdf");
    const QByteArray header = http::contentDisposition(name);
    CHECK(header == "inline; filename=\"Bao cao tong ket Doan 2026.pdf\"; "
                    "filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20t%E1%BB%95ng%20k%E1%BA%BFt%20%C4%90o%C3"
                    "%A0n%202026.pdf");
    CHECK(fallbackValue(header) == "Bao cao tong ket Doan 2026.pdf");
    CHECK(QString::fromUtf8(QByteArray::fromPercentEncoding(extendedValue(header))) == name);
    CHECK(http::contentDisposition(name, true).startsWith("attachment; filename=\""));
}

TEST_CASE("contentDisposition is safe ASCII for any file name", "[http]")
{
    const QRegularExpression attrChars(
        QStringLiteral("^([A-Za-z0-9!#$&+\\-.^_`|~]|%[0-9A-F]{2})*$"));
    struct Row
    {
        QString name;
        QByteArray fallback;
    };
    const Row rows[] = {
        {QStringLiteral("report.pdf"), "report.pdf"},
        {QStringLiteral("Nghị quyết số 01/NQ-ĐTN.pdf"), "Nghi quyet so 01/NQ-DTN.pdf"},
        {QStringLiteral("đ Đ ư Ư ơ Ơ.txt"), "d D u U o O.txt"},
        {QStringLiteral("a\"b\\c.pdf"), "a_b_c.pdf"},
        {QStringLiteral("100%.pdf"), "100_.pdf"},
        {QStringLiteral("line\r\nSet-Cookie: x=1.pdf"), "line__Set-Cookie: x=1.pdf"},
        {QStringLiteral("tab\there.pdf"), "tab_here.pdf"},
        {QStringLiteral("会议.pdf"), "__.pdf"},
        {QStringLiteral("会议"), "__"},
        {QString(), "download"},
        {QStringLiteral("   "), "download"},
    };
    for (const Row &row : rows) {
        INFO(row.name.toStdString());
        const QByteArray header = http::contentDisposition(row.name);
        for (const char c : header) {
            CHECK(static_cast<unsigned char>(c) >= 0x20);
            CHECK(static_cast<unsigned char>(c) < 0x7f);
        }
        CHECK(fallbackValue(header) == row.fallback);
        const QByteArray extended = extendedValue(header);
        CHECK(attrChars.match(QString::fromLatin1(extended)).hasMatch());
        CHECK(QString::fromUtf8(QByteArray::fromPercentEncoding(extended)) == row.name);
    }
}

TEST_CASE("httpDate writes RFC 9110 dates", "[http]")
{
    CHECK(http::httpDate(0) == "Thu, 01 Jan 1970 00:00:00 GMT");
    CHECK(http::httpDate(1700000000) == "Tue, 14 Nov 2023 22:13:20 GMT");
    CHECK(http::httpDate(951782400) == "Tue, 29 Feb 2000 00:00:00 GMT");
}

TEST_CASE("parseHttpDate reads the three HTTP date forms", "[http]")
{
    // 784111777 is Sun, 06 Nov 1994 08:49:37 GMT, the RFC's own example.
    struct Row
    {
        const char *text;
        std::optional<std::int64_t> seconds;
    };
    const Row rows[] = {
        {"Sun, 06 Nov 1994 08:49:37 GMT", 784111777},
        {"Sunday, 06-Nov-94 08:49:37 GMT", 784111777},
        {"Sun Nov  6 08:49:37 1994", 784111777},
        {"  Sun, 06 Nov 1994 08:49:37 GMT  ", 784111777},
        {"Thu, 01 Jan 1970 00:00:00 GMT", 0},
        {"Sat, 28 Nov 2026 11:13:02 GMT", 1795864382},
        {"Sun, 06 Nov 1994 08:49:37 UTC", std::nullopt},
        {"Sun, 31 Feb 1994 08:49:37 GMT", std::nullopt},
        {"Sun, 06 Xyz 1994 08:49:37 GMT", std::nullopt},
        {"Sun, 06 Nov 1994 24:00:00 GMT", std::nullopt},
        {"Sun, 06 Nov 1994 08:49 GMT", std::nullopt},
        {"Sun, 6 Nov 1994 08:49:37 GMT", std::nullopt},
        {"1994-11-06T08:49:37Z", std::nullopt},
        {"", std::nullopt},
        {"garbage", std::nullopt},
    };
    for (const Row &row : rows) {
        INFO(row.text);
        CHECK(http::parseHttpDate(row.text) == row.seconds);
    }
    for (const std::int64_t seconds : {0LL, 784111777LL, 1795864382LL, 4102444799LL})
        CHECK(http::parseHttpDate(http::httpDate(seconds)) == seconds);
}

TEST_CASE("ifRangeAllows compares strongly", "[http]")
{
    const QByteArray etag = "\"abc\"";
    const std::int64_t modified = 784111777;
    CHECK(http::ifRangeAllows("\"abc\"", etag, modified));
    CHECK(http::ifRangeAllows(" \"abc\" ", etag, modified));
    CHECK_FALSE(http::ifRangeAllows("W/\"abc\"", etag, modified));
    CHECK_FALSE(http::ifRangeAllows("\"abd\"", etag, modified));
    CHECK(http::ifRangeAllows("Sun, 06 Nov 1994 08:49:37 GMT", etag, modified));
    CHECK_FALSE(http::ifRangeAllows("Sun, 06 Nov 1994 08:49:38 GMT", etag, modified));
    CHECK_FALSE(http::ifRangeAllows("", etag, modified));
    CHECK_FALSE(http::ifRangeAllows("nonsense", etag, modified));
}
