// SPDX-License-Identifier: GPL-3.0-or-later
// The road for delegate input: the Router's form actions (the PIN form first), the gates every
// POST passes (spelling, same origin, body type and size, fields), table-tested without a
// socket, then over the wire against the real server on 127.0.0.1 (curl and a raw socket).
#include "server/DeviceKeys.h"
#include "server/FormPost.h"
#include "server/GuessLimiter.h"
#include "server/HttpServer.h"
#include "server/Router.h"
#include "server/SiteSnapshot.h"
#include "server/SubmissionInbox.h"
#include "support/Curl.h"
#include "support/HostedSite.h"
#include "support/RawClient.h"
#include "support/SampleSite.h"

#include <QSet>

#include <catch2/catch.hpp>

#include <thread>

using namespace docket;
using namespace testsupport;

namespace {

using Headers = std::vector<std::pair<QByteArray, QByteArray>>;

struct PinSite : SampleSite
{
    std::shared_ptr<const SiteSnapshot> snapshot;
    GuessLimiter limiter;

    PinSite()
    {
        lib.catalog().setMeetingPin(open.id, QStringLiteral("2468"));
        snapshot = SiteSnapshot::build(lib.catalog(), lib.library().store());
    }
    QByteArray code() const { return open.code.toLatin1(); }

    HttpResponse post(const QByteArray &body, const Headers &headers, const QByteArray &path = {})
    {
        HttpRequest request;
        request.method = "POST";
        request.path = path.isEmpty() ? '/' + code() + "/unlock" : path;
        request.body = body;
        request.clientAddress = "10.0.0.9";
        request.headers = headers;
        return Router::handleCheckingPin(request, *snapshot, &limiter);
    }
};

} // namespace

TEST_CASE("Form bodies are read as a browser sends them, strictly", "[forms]")
{
    const auto fields =
        forms::parseUrlEncoded("pin=2468&next=%2FK7%2F1&submit=V%C3%A0o+h%E1%BB%8Dp");
    REQUIRE(fields);
    CHECK(fields->value(u"pin") == u"2468");
    CHECK(fields->value(u"next") == u"/K7/1");
    CHECK(fields->value(u"submit") == QStringLiteral("Vào họp"));
    CHECK_FALSE(fields->value(u"missing"));
    // The first of a repeated field; empty pairs are nothing; a name alone has an empty value.
    const auto repeated = forms::parseUrlEncoded("a=1&&a=2&b&");
    REQUIRE(repeated);
    CHECK(repeated->value(u"a") == u"1");
    CHECK(repeated->value(u"b") == u"");
    CHECK(repeated->entries.size() == 3);
    CHECK(forms::parseUrlEncoded("")->entries.empty());
    // A textarea's line breaks are text.
    CHECK(forms::parseUrlEncoded("note=a%0D%0Ab")->value(u"note") == u"a\r\nb");

    // As the WHATWG URL standard reads them: nothing fails, each action judges its fields.
    CHECK(forms::parseUrlEncoded("pin=%zz")->value(u"pin") == u"%zz");
    CHECK(forms::parseUrlEncoded("pin=%4")->value(u"pin") == u"%4");
    CHECK(forms::parseUrlEncoded("pin=12%")->value(u"pin") == u"12%");
    CHECK(forms::parseUrlEncoded("pin=%FF")->value(u"pin") == QString(QChar(0xFFFD)));
    CHECK(forms::parseUrlEncoded("a=x%0D%0Ay")->value(u"a") == u"x\r\ny");
    QByteArray many;
    for (int i = 0; i < forms::kMaxFields; ++i)
        many += "f=" + QByteArray::number(i) + '&';
    CHECK(forms::parseUrlEncoded(many));
    CHECK_FALSE(forms::parseUrlEncoded(QByteArray(many + "one=more")));
}

TEST_CASE("A form's body type is the urlencoded form in UTF-8", "[forms]")
{
    using forms::BodyType;
    const std::pair<const char *, BodyType> table[] = {
        {"application/x-www-form-urlencoded", BodyType::Form},
        {"Application/X-WWW-Form-URLEncoded; charset=UTF-8", BodyType::Form},
        {"application/x-www-form-urlencoded;charset=\"utf-8\"", BodyType::Form},
        {"application/x-www-form-urlencoded ; foo=bar", BodyType::Form},
        {"application/x-www-form-urlencoded; charset=windows-1258", BodyType::WrongCharset},
        {"application/x-www-form-urlencoded; charset=iso-8859-1", BodyType::WrongCharset},
        {"multipart/form-data; boundary=x", BodyType::WrongType},
        {"text/plain", BodyType::WrongType},
        {"application/json", BodyType::WrongType},
        {"", BodyType::WrongType},
    };
    for (const auto &[type, expected] : table) {
        INFO(type);
        CHECK(forms::bodyType(QByteArray(type)) == expected);
    }
    CHECK(forms::bodyType(QByteArray()) == BodyType::Form); // no header at all
}

TEST_CASE("A POST is ours when its Origin, else its Referer, names the host it came to", "[forms]")
{
    using forms::Origin;
    struct Row
    {
        const char *origin;  // nullptr: not sent
        const char *referer; // nullptr: not sent
        const char *host;
        Origin expected;
    };
    const Row rows[] = {
        {"http://192.168.1.5:8080", nullptr, "192.168.1.5:8080", Origin::Same},
        {"http://Docket.Local:8080", nullptr, "docket.local:8080", Origin::Same},
        {"http://192.168.1.5", nullptr, "192.168.1.5:80", Origin::Same},
        {"http://192.168.1.5:80", nullptr, "192.168.1.5", Origin::Same},
        {"http://[fe80::1]:8080", nullptr, "[fe80::1]:8080", Origin::Same},
        {nullptr, "http://192.168.1.5:8080/K7Q2M9AB/1", "192.168.1.5:8080", Origin::Same},
        {nullptr, "http://192.168.1.5:8080", "192.168.1.5:8080", Origin::Same},
        {nullptr, "http://192.168.1.5:8080?x", "192.168.1.5:8080", Origin::Same},
        {nullptr, nullptr, "192.168.1.5:8080", Origin::Unknown},
        // Another site, another port, another scheme, another interface.
        {"http://evil.example", nullptr, "192.168.1.5:8080", Origin::Foreign},
        {"http://192.168.1.5:8081", nullptr, "192.168.1.5:8080", Origin::Foreign},
        {"https://192.168.1.5:8080", nullptr, "192.168.1.5:8080", Origin::Foreign},
        {"http://10.0.0.1:8080", nullptr, "192.168.1.5:8080", Origin::Foreign},
        // "null" is what a sandboxed frame or a data: URL sends: anyone can have it sent.
        {"null", nullptr, "192.168.1.5:8080", Origin::Foreign},
        {"null", "http://192.168.1.5:8080/K7Q2M9AB", "192.168.1.5:8080", Origin::Foreign},
        // The Origin decides when it is there, whatever the Referer says.
        {"http://evil.example", "http://192.168.1.5:8080/", "192.168.1.5:8080", Origin::Foreign},
        {"http://192.168.1.5:8080/path", nullptr, "192.168.1.5:8080", Origin::Foreign},
        {"", nullptr, "192.168.1.5:8080", Origin::Foreign},
        {nullptr, "http://evil.example/http://192.168.1.5:8080/", "192.168.1.5:8080",
         Origin::Foreign},
        {nullptr, "http://192.168.1.5:8080@evil.example/", "192.168.1.5:8080", Origin::Foreign},
        {nullptr, "http://evil.example@192.168.1.5:8080/", "192.168.1.5:8080", Origin::Foreign},
        {nullptr, "/K7Q2M9AB", "192.168.1.5:8080", Origin::Foreign},
        {nullptr, "", "192.168.1.5:8080", Origin::Foreign},
        // Without a Host we cannot tell: an HTTP/1.0 request with an Origin is refused.
        {"http://192.168.1.5:8080", nullptr, "", Origin::Foreign},
    };
    for (const Row &row : rows) {
        INFO((row.origin ? row.origin : "-")
             << " | " << (row.referer ? row.referer : "-") << " | " << row.host);
        CHECK(forms::checkOrigin(row.origin ? QByteArray(row.origin) : QByteArray(),
                                 row.referer ? QByteArray(row.referer) : QByteArray(),
                                 QByteArray(row.host)) == row.expected);
    }
}

TEST_CASE("Form actions are a table: the PIN form's path in any spelling, bounded", "[forms]")
{
    const FormAction *pin = formActionFor("/K1NG0P1N/unlock");
    REQUIRE(pin);
    CHECK(pin->name == "unlock");
    CHECK(pin->maxBody == 2048);
    for (const char *spelling : {"/k1ng0p1n/UNLOCK", "/KINGOPLN/Unlock/", "/K1NG0P1N/%75nlock"})
        CHECK(formActionFor(spelling) == pin);
    for (const char *none :
         {"/K1NG0P1N", "/K1NG0P1N/1", "/K1NG0P1N/1/unlock", "/unlock", "/K1NG0P1N/unlock/unlock",
          "/K1NG0P1N/checkin", "/K1NG0P1N//unlock", "/K1NG0P1N/unlock/x", "/K1NG0P1/unlock"}) {
        INFO(none);
        CHECK_FALSE(formActionFor(none));
    }
    CHECK(Router::maxBody("POST", "/K1NG0P1N/unlock") == 2048);
    CHECK(Router::maxBody("GET", "/K1NG0P1N/unlock") == 0);
    CHECK(Router::maxBody("PUT", "/K1NG0P1N/unlock") == 0);
    CHECK(Router::maxBody("POST", "/K1NG0P1N/1") == 0);
    CHECK(Router::acceptsBody("POST", "/k1ng0p1n/unlock"));
    CHECK_FALSE(Router::acceptsBody("POST", "/K1NG0P1N"));
}

TEST_CASE("Every POST passes the same gates before the PIN is looked at", "[forms][pin]")
{
    PinSite site;
    const Headers ours{{"Host", "192.168.1.5:8080"}, {"Origin", "http://192.168.1.5:8080"}};

    // From our own page: the PIN form works as ever.
    const HttpResponse in = site.post("pin=2468&next=%2F" + site.code() + "%2F1", ours);
    CHECK(in.status == 303);
    CHECK(in.header("Location") == '/' + site.code() + "/1");
    // Neither Origin nor Referer (an old phone): it goes on too (see Router.cpp).
    CHECK(site.post("pin=2468", {{"Host", "192.168.1.5:8080"}}).status == 303);
    // A Referer of our own without an Origin.
    CHECK(site.post("pin=2468", {{"Host", "192.168.1.5:8080"},
                                 {"Referer", "http://192.168.1.5:8080/" + site.code()}})
              .status == 303);

    // From another site's page: a clear page, in the phone's language, back to the meeting,
    // and nothing checked or counted.
    for (const Headers &foreign :
         {Headers{{"Host", "192.168.1.5:8080"}, {"Origin", "http://evil.example"}},
          Headers{{"Host", "192.168.1.5:8080"}, {"Origin", "null"}},
          Headers{{"Host", "192.168.1.5:8080"}, {"Referer", "http://evil.example/x"}}}) {
        const HttpResponse refused = site.post("pin=1111", foreign);
        CHECK(refused.status == 403);
        CHECK_FALSE(refused.pinCheck);
        CHECK(refused.header("Content-Type") == "text/html; charset=utf-8");
        CHECK(refused.header("Set-Cookie").isNull());
        const QString page = QString::fromUtf8(refused.body);
        CHECK(page.contains(QStringLiteral("Biểu mẫu không được chấp nhận")));
        CHECK(page.contains(QStringLiteral("href=\"/%1\"").arg(site.open.code)));
    }
    Headers english = {{"Host", "192.168.1.5:8080"},
                       {"Origin", "http://evil.example"},
                       {"Cookie", "docket_lang=en"}};
    CHECK(site.post("pin=1111", english).body.contains("The form was not accepted"));
    // A wrong code from another site is answered alike, and not counted as a guess.
    const HttpResponse elsewhere = site.post(
        "pin=1111", {{"Host", "h"}, {"Origin", "http://evil.example"}}, "/ZZZZZZZZ/unlock");
    CHECK(elsewhere.status == 403);
    CHECK(site.limiter.totals().wrongPins == 0);
    CHECK(site.limiter.totals().wrongCodes == 0);

    // The body: its type, its size, its fields.
    Headers multipart = ours;
    multipart.emplace_back("Content-Type", "multipart/form-data; boundary=x");
    CHECK(site.post("pin=1111", multipart).status == 415);
    Headers latin = ours;
    latin.emplace_back("Content-Type", "application/x-www-form-urlencoded; charset=iso-8859-1");
    CHECK(site.post("pin=1111", latin).status == 415);
    Headers form = ours;
    form.emplace_back("Content-Type", "application/x-www-form-urlencoded");
    CHECK(site.post("pin=2468&next=" + QByteArray(2048, 'a'), form).status == 413);
    QByteArray tooMany = "pin=1111";
    for (int i = 0; i < forms::kMaxFields; ++i)
        tooMany += "&f=1";
    CHECK(site.post(tooMany, form).status == 400);
    CHECK(site.post("pin=%zz", form).status == 403);  // no PIN at all: the form again, unhashed
    CHECK(site.post("pin=1111", form).status == 403); // wrong PIN: the form again
    CHECK(site.limiter.totals().wrongPins == 1);      // the only one that was checked
}

TEST_CASE("The PIN form's page sends its origin with the POST, cookies are Lax and HttpOnly",
          "[forms][pin]")
{
    PinSite site;
    HttpRequest request;
    request.method = "GET";
    request.path = '/' + site.code();
    const HttpResponse form = Router::handle(request, *site.snapshot, &site.limiter);
    REQUIRE(form.status == 403);
    // With no-referrer, browsers send "Origin: null" with the form, which the check refuses.
    CHECK(form.header("Referrer-Policy") == "same-origin");
    const QByteArray device = form.header("Set-Cookie");
    CHECK(device.startsWith("docket_device="));
    CHECK(device.contains("; HttpOnly"));
    CHECK(device.contains("; SameSite=Lax"));
    const HttpResponse in = site.post("pin=2468", {});
    const QByteArray meeting = in.header("Set-Cookie");
    CHECK(meeting.contains("; HttpOnly"));
    CHECK(meeting.contains("; SameSite=Lax"));
    // Other pages keep sending no referrer at all.
    request.path = "/ZZZZZZZZ";
    CHECK(Router::handle(request, *site.snapshot).header("Referrer-Policy") == "no-referrer");
}

TEST_CASE("A submission inbox is bounded and hands over its submissions in batches", "[forms]")
{
    struct CheckIn
    {
        QString meeting;
        int seat = 0;
    };
    SubmissionInbox<CheckIn> inbox(3);
    CHECK(inbox.push({QStringLiteral("K7"), 1}));
    CHECK(inbox.push({QStringLiteral("K7"), 2}));
    CHECK(inbox.push({QStringLiteral("K7"), 3}));
    CHECK_FALSE(inbox.push({QStringLiteral("K7"), 4})); // full: answered "busy", not queued
    CHECK(inbox.dropped() == 1);
    CHECK(inbox.waiting() == 3);
    const std::vector<CheckIn> batch = inbox.takeAll();
    REQUIRE(batch.size() == 3);
    CHECK(batch[0].seat == 1);
    CHECK(batch[2].seat == 3);
    CHECK(inbox.takeAll().empty());
    CHECK(inbox.push({QStringLiteral("K7"), 5})); // room again

    // From many threads at once: every push is either taken or counted as dropped.
    SubmissionInbox<int> shared(1000);
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&shared] {
            for (int i = 0; i < 400; ++i)
                shared.push(i);
        });
    std::size_t taken = 0;
    for (std::thread &thread : threads)
        thread.join();
    taken += shared.takeAll().size();
    CHECK(taken + shared.dropped() == 1600);
    CHECK(taken == 1000);
}

TEST_CASE("The PIN form over the wire: same origin, foreign origin, body bounds", "[forms][server]")
{
    HostedSite hosted(2);
    hosted.lib.catalog().setMeetingPin(hosted.open.id, QStringLiteral("2468"));
    hosted.publisher->publishNow();
    const QString base = hosted.base();
    const QString unlock = base + u'/' + hosted.open.code + QStringLiteral("/unlock");
    const QString authority = QStringLiteral("127.0.0.1:%1").arg(hosted.server.port());
    const QStringList pin{QStringLiteral("--data-urlencode"), QStringLiteral("pin=2468")};

    // As a current browser posts it from our page: Origin is our address.
    const HttpResult ours =
        curlFetch(unlock, pin + QStringList{QStringLiteral("-H"),
                                            QStringLiteral("Origin: http://") + authority});
    CHECK(ours.status == 303);
    CHECK(ours.header("Set-Cookie").contains("SameSite=Lax"));
    // As a page of another site would have the phone post it.
    const HttpResult foreign = curlFetch(
        unlock,
        pin + QStringList{QStringLiteral("-H"), QStringLiteral("Origin: http://evil.example"),
                          QStringLiteral("-H"), QStringLiteral("Cookie: docket_lang=vi")});
    CHECK(foreign.status == 403);
    CHECK(foreign.header("Set-Cookie").isNull());
    CHECK(
        QString::fromUtf8(foreign.body).contains(QStringLiteral("Biểu mẫu không được chấp nhận")));
    // The address the phone used is what counts, not the one the server was told about: the
    // same server reached as "localhost" accepts its own origin there.
    const HttpResult byName = curlFetch(
        unlock,
        pin + QStringList{QStringLiteral("-H"),
                          QStringLiteral("Host: localhost:%1").arg(hosted.server.port()),
                          QStringLiteral("-H"),
                          QStringLiteral("Origin: http://localhost:%1").arg(hosted.server.port())});
    CHECK(byName.status == 303);
    // Another type of body.
    const HttpResult json =
        curlFetch(unlock, {QStringLiteral("-H"), QStringLiteral("Content-Type: application/json"),
                           QStringLiteral("--data"), QStringLiteral("{\"pin\":\"2468\"}")});
    CHECK(json.status == 415);

    // A body longer than the action takes is refused by its Content-Length, before a byte of
    // it is read: the 413 comes back although the client never sends the body.
    RawClient client(hosted.server.port());
    REQUIRE(client.connected());
    const QByteArray request = "POST /" + hosted.open.code.toLatin1() +
                               "/unlock HTTP/1.1\r\nHost: " + authority.toLatin1() +
                               "\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                               "Content-Length: 100000\r\n\r\npin=2468";
    REQUIRE(client.send(request));
    const RawResponse tooLarge = client.readResponse(5000);
    CHECK(tooLarge.status == 413);
    CHECK(tooLarge.body.startsWith("413 "));
    CHECK(client.waitClosed(5000));
    // Nothing of all this was counted as a wrong PIN.
    CHECK(hosted.server.guessLimiter().totals().wrongPins == 0);
}

TEST_CASE("Device keys name an IPv6 phone by its /64 and count few browsers per address",
          "[forms][access]")
{
    DeviceKeys keys;
    const QByteArray salt = "salt";
    // Privacy addresses inside one /64 with one browser: one phone.
    const QByteArray first = keys.keyFor(salt, 7, "2001:db8:1:2::10", "Phone/1");
    CHECK(keys.keyFor(salt, 7, "2001:db8:1:2:aaaa:bbbb:cccc:dddd", "Phone/1") == first);
    CHECK(keys.keyFor(salt, 7, "2001:db8:1:3::10", "Phone/1") != first); // another network
    // IPv4 keys are the salted hash of the address and the browser, as before.
    CHECK(keys.keyFor(salt, 7, "10.0.0.9", "Phone/1") ==
          DeviceKeys::hash(salt, "10.0.0.9", "Phone/1"));
    // Inventing User-Agents makes at most kPerAddress phones, plus one for all the rest.
    QSet<QByteArray> seen;
    for (int i = 0; i < 500; ++i)
        seen.insert(
            keys.keyFor(salt, 8, "10.0.0.50", QByteArray("Agent/" + QByteArray::number(i))));
    CHECK(seen.size() == DeviceKeys::kPerAddress + 1);
    // Per version: the same browsers count again for another document.
    CHECK(keys.keyFor(salt, 9, "10.0.0.50", "Agent/400") ==
          DeviceKeys::hash(salt, "10.0.0.50", "Agent/400"));
}
