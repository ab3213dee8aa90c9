// SPDX-License-Identifier: GPL-3.0-or-later
// The optional meeting PIN: entered once per phone, kept by an HttpOnly cookie, stored hashed.
#include "hosting/SnapshotPublisher.h"
#include "server/GuessLimiter.h"
#include "server/HttpParsing.h"
#include "server/HttpServer.h"
#include "server/Router.h"
#include "server/SiteSnapshot.h"
#include "support/Curl.h"
#include "support/SampleSite.h"
#include "util/Error.h"
#include "util/Pin.h"

#include <catch2/catch.hpp>

using namespace docket;
using namespace testsupport;

namespace {

struct PinSite : SampleSite
{
    std::shared_ptr<const SiteSnapshot> snapshot;
    GuessLimiter limiter;

    PinSite()
    {
        lib.catalog().setMeetingPin(open.id, QStringLiteral("2468"));
        rebuild();
    }
    void rebuild() { snapshot = SiteSnapshot::build(lib.catalog(), lib.library().store()); }
    QByteArray code() const { return open.code.toLatin1(); }

    HttpResponse get(const QByteArray &path, const QByteArray &cookie = {})
    {
        HttpRequest request;
        request.method = "GET";
        request.path = path;
        request.clientAddress = "10.0.0.9";
        if (!cookie.isEmpty())
            request.headers.emplace_back("Cookie", cookie);
        return Router::handle(request, *snapshot, &limiter);
    }
    // The PIN form posted, and the PIN checked as the server's PIN checker would.
    HttpResponse post(const QByteArray &body, const QByteArray &client = "10.0.0.9",
                      const QByteArray &cookie = {})
    {
        HttpRequest request;
        request.method = "POST";
        request.path = '/' + code() + "/unlock";
        request.body = body;
        request.clientAddress = client;
        if (!cookie.isEmpty())
            request.headers.emplace_back("Cookie", cookie);
        return Router::handleCheckingPin(request, *snapshot, &limiter);
    }
    QByteArray cookieFrom(const HttpResponse &response) const
    {
        const QByteArray setCookie = response.header("Set-Cookie");
        return setCookie.left(setCookie.indexOf(';'));
    }
};

} // namespace

TEST_CASE("PBKDF2-HMAC-SHA256 matches the published test vectors", "[pin]")
{
    // RFC 7914 section 11 / the widely published PBKDF2-HMAC-SHA256 vectors ("password", "salt").
    CHECK(pin::hash(QStringLiteral("password"), "salt", 1) ==
          "120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b");
    CHECK(pin::hash(QStringLiteral("password"), "salt", 4096) ==
          "c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a");
}

TEST_CASE("A PIN is 4 to 8 digits and only its salted hash is stored", "[pin]")
{
    for (const char *good : {"1234", "00000000", "2468"})
        CHECK(pin::isWellFormed(QString::fromLatin1(good)));
    for (const char *bad : {"", "123", "123456789", "12a4", " 1234", "１２３４"})
        CHECK_FALSE(pin::isWellFormed(QString::fromUtf8(bad)));

    SampleSite site;
    CHECK_THROWS_AS(site.lib.catalog().setMeetingPin(site.open.id, QStringLiteral("12")), Error);
    site.lib.catalog().setMeetingPin(site.open.id, QStringLiteral("2468"));
    const Meeting withPin = *site.lib.catalog().meeting(site.open.id);
    CHECK(withPin.hasPin());
    CHECK(withPin.pinHash.size() == 64);
    CHECK_FALSE(withPin.pinHash.contains("2468"));
    CHECK(withPin.pinSalt.size() == 32);
    CHECK(pin::matches(QStringLiteral("2468"), withPin.pinSalt, withPin.pinHash));
    CHECK_FALSE(pin::matches(QStringLiteral("2469"), withPin.pinSalt, withPin.pinHash));

    // The same PIN set again gets a new salt, so a new hash.
    site.lib.catalog().setMeetingPin(site.open.id, QStringLiteral("2468"));
    CHECK(site.lib.catalog().meeting(site.open.id)->pinHash != withPin.pinHash);
    site.lib.catalog().setMeetingPin(site.open.id, QString());
    CHECK_FALSE(site.lib.catalog().meeting(site.open.id)->hasPin());
}

TEST_CASE("Without the PIN a phone sees the form and nothing of the meeting", "[pin]")
{
    PinSite site;
    const QByteArray docPath = '/' + site.code() + "/1/" + QByteArray::number(site.pdf.id) + "/x";
    for (const QByteArray &path :
         QByteArrayList{'/' + site.code(), '/' + site.code() + "/1", docPath}) {
        INFO(path.toStdString());
        const HttpResponse response = site.get(path);
        CHECK(response.status == 403);
        CHECK_FALSE(response.file);
        const QString body = QString::fromUtf8(response.body);
        CHECK(body.contains(QStringLiteral("action=\"/%1/unlock\"").arg(site.open.code)));
        CHECK(body.contains(
            QStringLiteral("name=\"next\" value=\"%1\"").arg(QString::fromLatin1(path))));
        CHECK_FALSE(body.contains(QStringLiteral("Báo cáo chính trị"))); // no agenda
        CHECK_FALSE(body.contains(SampleSite::pdfName()));
        CHECK(response.header("Cache-Control") == "no-store");
    }
    // A meeting without a PIN is unaffected.
    site.lib.catalog().setMeetingPin(site.open.id, QString());
    site.rebuild();
    CHECK(site.get('/' + site.code() + "/1").status == 200);
}

TEST_CASE("The right PIN sets a cookie that opens the meeting", "[pin]")
{
    PinSite site;
    const QByteArray next = '/' + site.code() + "/1";

    const HttpResponse wrong = site.post("pin=1111&next=" + next);
    CHECK(wrong.status == 403);
    CHECK_FALSE(wrong.header("Set-Cookie").contains(QByteArray("docket_" + site.code())));
    CHECK(wrong.body.contains("class=\"err\""));

    const HttpResponse right = site.post("pin=2468&next=" + next);
    CHECK(right.status == 303);
    CHECK(right.header("Location") == next);
    const QByteArray setCookie = right.header("Set-Cookie");
    CHECK(setCookie.startsWith(QByteArray("docket_" + site.code() + '=')));
    CHECK(setCookie.contains(QByteArray("; Path=/" + site.code())));
    CHECK(setCookie.contains("; HttpOnly"));
    CHECK(setCookie.contains("; SameSite=Lax"));
    const QByteArray cookie = site.cookieFrom(right);

    const HttpResponse page = site.get(next, cookie);
    CHECK(page.status == 200);
    CHECK(page.body.contains(QStringLiteral("Báo cáo chính trị").toUtf8()));
    const HttpResponse document = site.get(
        '/' + site.code() + "/1/" + QByteArray::number(site.pdf.id) + "/x", "a=b; " + cookie);
    CHECK(document.status == 200);
    CHECK(document.file);

    // A forged or altered cookie does not.
    QByteArray forged = cookie;
    forged[forged.size() - 1] = forged.endsWith('0') ? '1' : '0';
    CHECK(site.get(next, forged).status == 403);
    CHECK(site.get(next, "docket_" + site.code() + "=").status == 403);

    // A new PIN logs every phone out.
    site.lib.catalog().setMeetingPin(site.open.id, QStringLiteral("1357"));
    site.rebuild();
    CHECK(site.get(next, cookie).status == 403);
}

TEST_CASE("After the PIN, only a path of the same meeting is a destination", "[pin]")
{
    PinSite site;
    for (const QByteArray &next :
         QByteArrayList{"//evil.example/", "http://evil.example/", "/ZZZZZZZZ/1",
                        '/' + site.code() + "/unlock", QByteArray()}) {
        INFO(next.toStdString());
        const HttpResponse response = site.post("pin=2468&next=" + next);
        CHECK(response.status == 303);
        CHECK(response.header("Location") == '/' + site.code());
    }
    // Percent-encoded and '+' fields are decoded as a browser sends them.
    const HttpResponse encoded =
        site.post("next=%2F" + site.code() + "%2F2&pin=2468&submit=V%C3%A0o+h%E1%BB%8Dp");
    CHECK(encoded.header("Location") == '/' + site.code() + "/2");
}

TEST_CASE("Guessing the PIN from one address without cookies meets 429", "[pin][limiter]")
{
    PinSite site; // the shipped figures: 30 tries an address, 40 a meeting
    for (int i = 0; i < 30; ++i)
        REQUIRE(site.post("pin=" + QByteArray::number(1000 + i)).status == 403);
    const HttpResponse blocked = site.post("pin=1030");
    CHECK(blocked.status == 429);
    CHECK(blocked.header("Retry-After").toInt() > 0);
    CHECK(blocked.header("Content-Type") == "text/html; charset=utf-8");
    CHECK(QString::fromUtf8(blocked.body).contains(u"Vui lòng chờ một phút")); // in Vietnamese
    CHECK(blocked.body.contains(
        QByteArray("action=\"/" + site.code() + "/unlock\""))); // the form again
    // While blocked, even the right PIN waits: the hash is not computed at all.
    CHECK(site.post("pin=2468").status == 429);
    // Another address is not affected.
    CHECK(site.post("pin=2468", "10.0.0.10").status == 303);
    // Nor is a PIN that cannot be right: it costs no try and no hash.
    CHECK(site.post("pin=12", "10.0.0.11").status == 403);
}

TEST_CASE("The PIN form sets a device cookie that keeps one phone's misses its own",
          "[pin][limiter]")
{
    PinSite site;
    const HttpResponse form = site.get('/' + site.code());
    CHECK(form.status == 403);
    const QByteArray setCookie = form.header("Set-Cookie");
    CHECK(setCookie.startsWith("docket_device="));
    CHECK(setCookie.contains("; Path=/;"));
    CHECK(setCookie.contains("; HttpOnly"));
    const QByteArray device = site.cookieFrom(form);
    CHECK(device.size() == QByteArray("docket_device=").size() + 32);
    // Sent back, it is not set again; each phone gets its own.
    CHECK(site.get('/' + site.code(), device).header("Set-Cookie").isNull());
    CHECK(site.cookieFrom(site.get('/' + site.code())) != device);

    // This phone's five misses stop it, and only it: its neighbour behind the same address
    // gets in.
    for (int i = 0; i < 5; ++i)
        REQUIRE(site.post("pin=" + QByteArray::number(3000 + i), "10.0.0.9", device).status == 403);
    CHECK(site.post("pin=2468", "10.0.0.9", device).status == 429);
    CHECK(site.post("pin=2468", "10.0.0.9", "docket_device=0123456789abcdef0123456789abcdef")
              .status == 303);
}

TEST_CASE("A phone that entered the PIN is never affected by guessing", "[pin][limiter]")
{
    PinSite site;
    const QByteArray next = '/' + site.code() + "/1";
    const QByteArray cookie = site.cookieFrom(site.post("pin=2468&next=" + next));
    REQUIRE_FALSE(cookie.isEmpty());
    // The meeting's whole budget is spent by guessers from many addresses.
    int refused = 0;
    for (int i = 0; i < 200; ++i)
        if (site.post("pin=" + QByteArray::number(5000 + i), "10.1.0." + QByteArray::number(i))
                .status == 429)
            ++refused;
    CHECK(refused == 160);
    CHECK(site.post("pin=2468", "10.2.0.1").status == 429); // a new phone has to wait...
    CHECK(site.get(next, cookie).status == 200);            // ...one that is in does not
    const HttpResponse again = site.post("pin=0000&next=" + next, "10.0.0.9", cookie);
    CHECK(again.status == 303); // the form sent again: straight on, nothing checked
    CHECK(again.header("Location") == next);
}

TEST_CASE("A PIN meeting opened at another spelling is redirected before the form", "[pin][router]")
{
    PinSite site;
    const QByteArray lower = site.code().toLower();
    const HttpResponse page = site.get('/' + lower + "/1");
    CHECK(page.status == 301);
    CHECK(page.header("Location") == '/' + site.code() + "/1");
    CHECK(page.header("Set-Cookie").isNull());

    HttpRequest post;
    post.method = "POST";
    post.path = '/' + lower + "/UNLOCK";
    post.body = "pin=2468&next=/" + lower + "/1";
    post.clientAddress = "10.0.0.9";
    const HttpResponse moved = Router::handle(post, *site.snapshot, &site.limiter);
    CHECK(moved.status == 308); // the browser posts the same body again
    CHECK(moved.header("Location") == '/' + site.code() + "/unlock");
    CHECK_FALSE(moved.pinCheck);
    CHECK(site.limiter.totals().wrongPins == 0);
    // And a `next` in another spelling comes back in the canonical one, where the cookie is.
    const HttpResponse in = site.post("pin=2468&next=/" + lower + "/01/");
    CHECK(in.status == 303);
    CHECK(in.header("Location") == '/' + site.code() + "/1");
    CHECK(in.header("Set-Cookie").contains(QByteArray("; Path=/" + site.code() + ';')));
}

TEST_CASE("A phone enters the PIN through the real server and downloads", "[pin][server]")
{
    SampleSite site;
    site.lib.catalog().setMeetingPin(site.open.id, QStringLiteral("2468"));
    HttpServer server;
    ServerOptions options;
    options.bindAddress = QStringLiteral("127.0.0.1");
    options.port = 0;
    server.start(options);
    SnapshotPublisher publisher(site.lib.library(), server);
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(server.port());
    const QString itemUrl = base + u'/' + site.open.code + QStringLiteral("/1");
    const QString jar = site.lib.sourcePath(QStringLiteral("cookies.txt"));

    CHECK(curlFetch(itemUrl).status == 403);
    // The form, posted as a browser posts it; curl follows the 303 with the cookie.
    const HttpResult unlocked = curlFetch(
        base + u'/' + site.open.code + QStringLiteral("/unlock"),
        {QStringLiteral("-c"), jar, QStringLiteral("-b"), jar, QStringLiteral("-L"),
         QStringLiteral("--data-urlencode"), QStringLiteral("pin=2468"),
         QStringLiteral("--data-urlencode"), QStringLiteral("next=/%1/1").arg(site.open.code)});
    CHECK(unlocked.status == 200);
    CHECK(unlocked.body.contains(QStringLiteral("Báo cáo chính trị").toUtf8()));

    const QString file = site.lib.sourcePath(QStringLiteral("downloaded.pdf"));
    const ProcessResult download =
        runCurl({QStringLiteral("-s"), QStringLiteral("-b"), jar, QStringLiteral("-o"), file,
                 QStringLiteral("-w"), QStringLiteral("%{http_code}"),
                 base + QStringLiteral("/%1/1/%2/x").arg(site.open.code).arg(site.pdf.id)});
    CHECK(download.out == "200");
    CHECK(readFile(file) == site.pdfContent);

    // A form body larger than the bound is never buffered whole: refused by its length
    // before a byte of it is read (413; before issue 11 it was cut and the PIN read).
    const HttpResult huge = curlFetch(
        base + u'/' + site.open.code + QStringLiteral("/unlock"),
        {QStringLiteral("--data"), QStringLiteral("pin=2468&next=") + QString(100000, u'a')});
    CHECK(huge.status == 413);
    CHECK(huge.header("Set-Cookie").isNull());
}
