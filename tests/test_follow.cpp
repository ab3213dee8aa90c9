// SPDX-License-Identifier: GPL-3.0-or-later
// Following the meeting: the item being discussed is part of the catalog (set by the projector
// or `meeting current`), the agenda marks it, a phone that opts in gets the follow script and
// its events, one that does not gets no script and is never moved; the events reach a real
// client (curl) on the real server, from this process and from `docket-cli` beside `serve`,
// and their connections stay within their own budget.
#include "catalog/Catalog.h"
#include "server/Router.h"
#include "server/SiteSnapshot.h"
#include "support/Cli.h"
#include "support/Curl.h"
#include "support/HostedSite.h"
#include "support/ServeChild.h"
#include "support/Wait.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QThread>

#include <catch2/catch.hpp>

using namespace docket;
using namespace testsupport;

namespace {

const QString kCli = QStringLiteral(DOCKET_CLI_PATH);

using Headers = std::vector<std::pair<QByteArray, QByteArray>>;

HttpResponse ask(const SiteSnapshot &site, const QByteArray &method, const QByteArray &path,
                 const Headers &headers = {}, const QByteArray &body = {})
{
    HttpRequest request;
    request.method = method;
    request.path = path;
    request.headers = headers;
    request.body = body;
    return Router::handle(request, site);
}

QByteArray followCookie(const Meeting &meeting)
{
    return "docket_follow_" + meeting.code.toLatin1() + "=1";
}

// `curl -N` on an event stream, its output read as it comes.
class EventClient
{
public:
    explicit EventClient(const QString &url, int seconds = 20)
    {
        m_curl.start(QStringLiteral("curl"), {QStringLiteral("-sN"), QStringLiteral("--max-time"),
                                              QString::number(seconds), url});
        REQUIRE(m_curl.waitForStarted(5000));
    }
    ~EventClient()
    {
        m_curl.kill();
        m_curl.waitForFinished(5000);
    }
    // Everything received so far, after waiting (bounded) until it holds `text`.
    QByteArray waitFor(const QByteArray &text, int milliseconds = 5000)
    {
        QElapsedTimer timer;
        timer.start();
        while (!m_received.contains(text) && timer.elapsed() < milliseconds) {
            m_curl.waitForReadyRead(50);
            m_received += m_curl.readAllStandardOutput();
            QCoreApplication::processEvents();
            if (m_curl.state() == QProcess::NotRunning)
                break;
        }
        m_received += m_curl.readAllStandardOutput();
        return m_received;
    }
    QProcess &process() { return m_curl; }

private:
    QProcess m_curl;
    QByteArray m_received;
};

} // namespace

TEST_CASE("The item being discussed is kept in the catalog", "[follow]")
{
    SampleSite site;
    Catalog &catalog = site.lib.catalog();
    CHECK_FALSE(catalog.currentItem(site.open.id));
    const std::int64_t before = catalog.meeting(site.open.id)->revision;
    catalog.setCurrentItem(site.open.id, 2);
    REQUIRE(catalog.currentItem(site.open.id));
    CHECK(catalog.currentItem(site.open.id)->id == site.item2.id);
    const std::int64_t moved = catalog.meeting(site.open.id)->revision;
    CHECK(moved > before); // what phones are served changes with it
    catalog.setCurrentItem(site.open.id, 2);
    CHECK(catalog.meeting(site.open.id)->revision == moved); // the same again is no change
    CHECK_THROWS_WITH(catalog.setCurrentItem(site.open.id, 9), Catch::Contains("has no item 9"));
    catalog.setCurrentItem(site.open.id, std::nullopt);
    CHECK_FALSE(catalog.currentItem(site.open.id));
    // An item removed from the agenda is not discussed any more.
    catalog.setCurrentItem(site.open.id, 2);
    catalog.removeItem(site.item2.id);
    CHECK_FALSE(catalog.currentItem(site.open.id));
}

TEST_CASE("Only a phone that opted in gets the follow script", "[follow][router]")
{
    SampleSite site;
    Catalog &catalog = site.lib.catalog();
    catalog.setCurrentItem(site.open.id, 2);
    const auto snapshot = SiteSnapshot::build(catalog, site.lib.library().store());
    const QByteArray code = site.open.code.toLatin1();

    // Anyone: the agenda marks the item, offers to follow, and has no script at all.
    const HttpResponse agenda = ask(*snapshot, "GET", '/' + code);
    REQUIRE(agenda.status == 200);
    const QString page = QString::fromUtf8(agenda.body);
    CHECK(page.contains(QStringLiteral("aria-current=\"step\" href=\"/") + site.open.code +
                        QStringLiteral("/2\"")));
    CHECK(page.contains(QStringLiteral("Đang thảo luận")));
    CHECK(
        page.contains(QStringLiteral("action=\"/") + site.open.code + QStringLiteral("/follow\"")));
    CHECK_FALSE(page.contains(QStringLiteral("<script")));
    CHECK_FALSE(agenda.header("Content-Security-Policy").contains("script-src"));
    CHECK(agenda.header("Vary").contains("Cookie"));
    // Item 1 is not being discussed: no mark on its page.
    const HttpResponse one = ask(*snapshot, "GET", '/' + code + "/1");
    CHECK_FALSE(QString::fromUtf8(one.body).contains(QStringLiteral("Đang thảo luận")));
    CHECK(QString::fromUtf8(ask(*snapshot, "GET", '/' + code + "/2").body)
              .contains(QStringLiteral("Đang thảo luận")));

    // Opting in: a form of the meeting's own page, answered with the cookie and the way to
    // the item being discussed.
    const Headers form{{"Content-Type", "application/x-www-form-urlencoded"},
                       {"Origin", "http://127.0.0.1:8080"},
                       {"Host", "127.0.0.1:8080"}};
    const HttpResponse start =
        ask(*snapshot, "POST", '/' + code + "/follow", form, "follow=1&back=%2F" + code + "%2F1");
    REQUIRE(start.status == 303);
    CHECK(start.header("Location") == '/' + code + "/2");
    CHECK(start.header("Set-Cookie")
              .startsWith(QByteArray(followCookie(site.open) + "; Path=/" + code)));
    // From another site's page: refused, no cookie.
    Headers foreign = form;
    foreign[1].second = "http://evil.example";
    const HttpResponse refused =
        ask(*snapshot, "POST", '/' + code + "/follow", foreign, "follow=1&back=%2F" + code);
    CHECK(refused.status == 403);
    CHECK(refused.header("Set-Cookie").isEmpty());

    // Following: the same page with the script, its own events, a link that needs no script,
    // and the way out; the policy lets that one script and its events through.
    const Headers following{{"Cookie", followCookie(site.open)}};
    const HttpResponse item1 = ask(*snapshot, "GET", '/' + code + "/1", following);
    REQUIRE(item1.status == 200);
    const QString followed = QString::fromUtf8(item1.body);
    CHECK(followed.contains(QStringLiteral("<script src=\"/") + site.open.code +
                            QStringLiteral("/follow.js\" data-events=\"/") + site.open.code +
                            QStringLiteral("/events\" data-item=\"1\" data-current=\"2\"")));
    CHECK(
        followed.contains(QStringLiteral("href=\"/") + site.open.code + QStringLiteral("/now\"")));
    CHECK(followed.contains(QStringLiteral("name=\"follow\" value=\"0\"")));
    CHECK(item1.header("Content-Security-Policy").contains("script-src 'self'"));
    CHECK(item1.header("Content-Security-Policy").contains("connect-src 'self'"));
    CHECK(item1.header("ETag") != one.header("ETag"));
    // The reader of a document too: a long report read while following moves on as well.
    const HttpResponse reader =
        ask(*snapshot, "GET", '/' + code + "/1/" + QByteArray::number(site.pdf.id) + "/read",
            following);
    REQUIRE(reader.status == 200);
    CHECK(reader.body.contains("/follow.js"));
    CHECK_FALSE(
        ask(*snapshot, "GET", '/' + code + "/1/" + QByteArray::number(site.pdf.id) + "/read")
            .body.contains("<script"));

    // The script itself, the no-script way to the current item, and the stream's headers.
    const HttpResponse script = ask(*snapshot, "GET", '/' + code + "/follow.js");
    CHECK(script.status == 200);
    CHECK(script.header("Content-Type").startsWith("text/javascript"));
    CHECK(script.body.contains("new EventSource"));
    const HttpResponse now = ask(*snapshot, "GET", '/' + code + "/now");
    CHECK(now.status == 303);
    CHECK(now.header("Location") == '/' + code + "/2");
    const HttpResponse events = ask(*snapshot, "GET", '/' + code + "/events");
    CHECK(events.status == 200);
    CHECK(events.header("Content-Type").startsWith("text/event-stream"));
    CHECK(events.eventStream == site.open.code);
    CHECK(ask(*snapshot, "HEAD", '/' + code + "/events").eventStream.isEmpty());
    // Any spelling goes to the one spelling; a draft meeting's events do not exist.
    CHECK(ask(*snapshot, "GET", '/' + code.toLower() + "/EVENTS").status == 301);
    CHECK(ask(*snapshot, "GET", '/' + site.draft.code.toLatin1() + "/events").status == 404);

    // Stopping: the cookie goes, back where the phone was.
    const HttpResponse stop =
        ask(*snapshot, "POST", '/' + code + "/follow", form, "follow=0&back=%2F" + code + "%2F1");
    REQUIRE(stop.status == 303);
    CHECK(stop.header("Location") == '/' + code + "/1");
    CHECK(stop.header("Set-Cookie").contains("Max-Age=0"));
}

TEST_CASE("A following phone's stream moves with the meeting", "[follow][server]")
{
    HostedSite site;
    Catalog &catalog = site.lib.catalog();
    site.settle();
    const QString events = site.base() + u'/' + site.open.code + QStringLiteral("/events");
    EventClient phone(events);
    // At once: how soon to reconnect, and that nothing is being discussed yet.
    QByteArray received = phone.waitFor("data: 0 /" + site.open.code.toLatin1() + "\n\n");
    REQUIRE(received.startsWith("retry: 3000\n\n"));
    REQUIRE(received.contains(
        QByteArray("event: item\ndata: 0 /" + site.open.code.toLatin1() + "\n\n")));
    CHECK(site.server.eventStreams() == 1);

    QElapsedTimer moved;
    moved.start();
    catalog.setCurrentItem(site.open.id, 2);
    site.settle();
    const QByteArray move = "event: item\ndata: 2 /" + site.open.code.toLatin1() + "/2\n\n";
    received = phone.waitFor(move);
    REQUIRE(received.contains(move));
    CHECK(moved.elapsed() < 2000);
    // The stream holds its connection, and a page is answered meanwhile as always.
    HttpResult page = curlFetch(site.base() + u'/' + site.open.code);
    CHECK(page.status == 200);
    CHECK(site.server.connections().streaming == 1);
    // A republished snapshot without a move sends nothing new.
    catalog.updateItem(site.item1.id, QStringLiteral("Khai mạc"), {});
    site.settle();
    QThread::msleep(300);
    CHECK(phone.waitFor("never", 300).count("event: item") == 2);

    // Closing the meeting ends the stream (the browser asks again and is told 404).
    catalog.setMeetingState(site.open.id, MeetingState::Closed);
    site.settle();
    // Waited for with this thread's events running: the publisher lives on them.
    REQUIRE(waitUntil([&] { return phone.process().state() == QProcess::NotRunning; }, 5000));
    CHECK(site.server.eventStreams() == 0);
}

TEST_CASE("Event streams keep to their own budget", "[follow][server]")
{
    SampleSite sample;
    HttpServer server;
    ServerOptions options = loopbackOptions();
    options.eventStreamLimit = 2;
    options.eventHeartbeatSeconds = 1;
    server.start(options);
    server.publish(SiteSnapshot::build(sample.lib.catalog(), sample.lib.library().store()));
    const QString events = QStringLiteral("http://127.0.0.1:%1/").arg(server.port()) +
                           sample.open.code + QStringLiteral("/events");
    const QByteArray first = "data: 0 /" + sample.open.code.toLatin1() + "\n\n";
    EventClient a(events);
    EventClient b(events);
    REQUIRE(a.waitFor(first).contains(first));
    REQUIRE(b.waitFor(first).contains(first));
    // The third is told the current item and to come back in half a minute; its connection
    // is free again at once.
    EventClient c(events);
    REQUIRE(c.process().waitForFinished(5000));
    const QByteArray told = c.waitFor(first);
    CHECK(told.startsWith("retry: 30000\n\n"));
    CHECK(told.contains(first));
    CHECK(server.eventStreams() == 2);
    // A quiet stream says it is still there, which is how a phone gone away is noticed.
    CHECK(a.waitFor(":\n\n", 3000).contains(":\n\n"));
    // Documents are never starved: a page answers beside the full budget.
    HttpResult page =
        curlFetch(QStringLiteral("http://127.0.0.1:%1/").arg(server.port()) + sample.open.code);
    CHECK(page.status == 200);
    // A phone that leaves frees its place.
    a.process().kill();
    a.process().waitForFinished(5000);
    CHECK(waitUntil([&] { return server.eventStreams() == 1; }, 5000));
    server.stop(); // with a stream still suspended: it must stop promptly
    CHECK(b.process().waitForFinished(5000));
}

TEST_CASE("meeting current moves the phones that follow a served library", "[follow][cli]")
{
    SampleSite site;
    const QString library = site.lib.folder();
    ServeChild serve(kCli, library);
    const QString base = serve.readBaseUrl();
    const QString code = site.open.code;
    EventClient phone(base + u'/' + code + QStringLiteral("/events"));
    const QByteArray first = "data: 0 /" + code.toLatin1();
    REQUIRE(phone.waitFor(first).contains(first));

    QElapsedTimer timer;
    timer.start();
    const CliRun set =
        runCliOk(kCli, library,
                 {QStringLiteral("meeting"), QStringLiteral("current"), code, QStringLiteral("2")});
    CHECK(set.out.contains(QStringLiteral("item 2")));
    const QByteArray move = "event: item\ndata: 2 /" + code.toLatin1() + "/2\n\n";
    CHECK(phone.waitFor(move).contains(move));
    CHECK(timer.elapsed() < 3000); // the CLI's start, the catalog's 100 ms poll, the stream

    // The no-script link agrees, and --clear clears it.
    HttpResult now = curlFetch(base + u'/' + code + QStringLiteral("/now"));
    CHECK(now.status == 303);
    CHECK(now.header("Location") == '/' + code.toLatin1() + "/2");
    const CliRun cleared = runCliOk(kCli, library,
                                    {QStringLiteral("--json"), QStringLiteral("meeting"),
                                     QStringLiteral("current"), code, QStringLiteral("--clear")});
    CHECK(QJsonDocument::fromJson(cleared.out.toUtf8())
              .object()
              .value(QStringLiteral("current"))
              .isNull());
    CHECK(runCli(kCli, library,
                 {QStringLiteral("meeting"), QStringLiteral("current"), code, QStringLiteral("9")})
              .exitCode != 0);
}
