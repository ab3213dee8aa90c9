// SPDX-License-Identifier: GPL-3.0-or-later
// Guessing meeting codes is slowed down; delegates with the right code never are.
#include "server/HttpServer.h"
#include "server/Router.h"
#include "server/SiteSnapshot.h"
#include "server/SnapshotPublisher.h"
#include "server/WrongCodeLimiter.h"
#include "support/Curl.h"
#include "support/SampleSite.h"

#include <catch2/catch.hpp>

using namespace docket;
using namespace testsupport;
using namespace std::chrono_literals;

namespace {

struct FakeClock
{
    WrongCodeLimiter::Clock::time_point now{};
    std::function<WrongCodeLimiter::Clock::time_point()> function()
    {
        return [this] {
            return now;
        };
    }
};

HttpRequest get(const QByteArray &path, const QByteArray &client)
{
    HttpRequest request;
    request.method = "GET";
    request.path = path;
    request.clientAddress = client;
    return request;
}

} // namespace

TEST_CASE("The limiter allows a burst of misses, then one per refill period", "[limiter]")
{
    FakeClock clock;
    WrongCodeLimiter limiter({10, 6000ms, 4096}, clock.function());
    for (int i = 0; i < 10; ++i)
        CHECK(limiter.allowMiss("10.0.0.5"));
    CHECK_FALSE(limiter.allowMiss("10.0.0.5"));
    CHECK(limiter.retryAfterSeconds("10.0.0.5") == 6);
    CHECK(limiter.allowMiss("10.0.0.6")); // another phone is untouched

    clock.now += 3s;
    CHECK(limiter.retryAfterSeconds("10.0.0.5") == 3);
    CHECK_FALSE(limiter.allowMiss("10.0.0.5"));
    clock.now += 3s;
    CHECK(limiter.allowMiss("10.0.0.5"));
    CHECK_FALSE(limiter.allowMiss("10.0.0.5"));

    clock.now += 10min; // refills, but never above the burst
    for (int i = 0; i < 10; ++i)
        CHECK(limiter.allowMiss("10.0.0.5"));
    CHECK_FALSE(limiter.allowMiss("10.0.0.5"));
}

TEST_CASE("The limiter's memory is bounded", "[limiter]")
{
    FakeClock clock;
    WrongCodeLimiter limiter({3, 1000ms, 100}, clock.function());
    for (int i = 0; i < 1000; ++i)
        limiter.allowMiss("client-" + QByteArray::number(i));
    CHECK(limiter.trackedClients() <= 100);
    // A guesser being tracked right now is not forgotten by quieter clients arriving.
    for (int i = 0; i < 3; ++i)
        limiter.allowMiss("guesser");
    clock.now += 10s; // every other bucket is full again
    for (int i = 0; i < 200; ++i)
        limiter.allowMiss("new-" + QByteArray::number(i));
    CHECK(limiter.trackedClients() <= 100);
}

TEST_CASE("The Router answers 429 to a guesser and 200 to the right code", "[limiter][router]")
{
    SampleSite site;
    const auto snapshot = SiteSnapshot::build(site.lib.catalog(), site.lib.library().store());
    FakeClock clock;
    WrongCodeLimiter limiter({10, 6000ms, 4096}, clock.function());
    const QByteArray guesser = "192.168.1.77";

    for (int i = 0; i < 10; ++i) {
        const QByteArray guess = "/ABCDEF" + QByteArray::number(10 + i);
        CHECK(Router::handle(get(guess, guesser), *snapshot, &limiter).status == 404);
    }
    const HttpResponse blocked = Router::handle(get("/ZZZZZZZZ/1", guesser), *snapshot, &limiter);
    CHECK(blocked.status == 429);
    CHECK(blocked.header("Retry-After") == "6");
    // A draft or closed meeting's code is a miss like any other.
    CHECK(Router::handle(get('/' + site.closed.code.toLatin1(), guesser), *snapshot, &limiter)
              .status == 429);

    // The right code, from the same address, is served at once.
    CHECK(Router::handle(get('/' + site.open.code.toLatin1() + "/1", guesser), *snapshot, &limiter)
              .status == 200);
    // Paths that are not codes at all (favicon, scanners) are plain 404s, not counted.
    const QByteArray other = "192.168.1.78";
    for (int i = 0; i < 50; ++i)
        CHECK(Router::handle(get("/favicon.ico", other), *snapshot, &limiter).status == 404);
    CHECK(Router::handle(get("/ZZZZZZZZ", other), *snapshot, &limiter).status == 404);
}

TEST_CASE("The running server slows down wrong codes from one client", "[limiter][server]")
{
    SampleSite site;
    HttpServer server;
    ServerOptions options;
    options.bindAddress = QStringLiteral("127.0.0.1");
    options.port = 0;
    server.start(options);
    SnapshotPublisher publisher(site.lib.library(), server);
    const QString base = QStringLiteral("http://127.0.0.1:%1/").arg(server.port());

    QList<int> statuses;
    for (int i = 0; i < 12; ++i)
        statuses << curlFetch(base + QStringLiteral("WRONG%1").arg(100 + i)).status;
    CHECK(statuses.mid(0, 10) == QList<int>(10, 404));
    CHECK(statuses.mid(10) == QList<int>{429, 429});
    const HttpResult right = curlFetch(base + site.open.code + QStringLiteral("/1"));
    CHECK(right.status == 200);
    CHECK(right.body.contains(QStringLiteral("Báo cáo chính trị").toUtf8()));
}
