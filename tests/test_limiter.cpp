// SPDX-License-Identifier: GPL-3.0-or-later
// Guessing meeting codes and PINs is slowed down; delegates with the right code, and phones
// that entered the PIN, never are.
#include "hosting/SnapshotPublisher.h"
#include "server/GuessLimiter.h"
#include "server/GuessWarning.h"
#include "server/HttpServer.h"
#include "server/Router.h"
#include "server/SiteSnapshot.h"
#include "support/Curl.h"
#include "support/SampleSite.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace docket;
using namespace testsupport;
using namespace std::chrono_literals;

namespace {

struct FakeClock
{
    GuessLimiter::Clock::time_point now{};
    std::function<GuessLimiter::Clock::time_point()> function()
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

GuessLimiter::Policy codePolicy(int burst, std::chrono::milliseconds refill,
                                qsizetype capacity = 4096)
{
    GuessLimiter::Policy policy;
    policy.wrongCodesPerAddress = {burst, refill, capacity};
    return policy;
}

GuessLimiter::PinAttempt attempt(const QByteArray &address, const QByteArray &device = {},
                                 const QString &meeting = QStringLiteral("K1NG0P1N"))
{
    return {meeting, address, device};
}

} // namespace

TEST_CASE("clientKey counts IPv4 per address and IPv6 per /64", "[limiter]")
{
    const std::pair<const char *, const char *> table[] = {
        {"192.168.1.40", "192.168.1.40"},
        {"127.0.5.9", "127.0.5.9"},
        // IPv4 through a socket listening on "::": still one key per IPv4 address.
        {"::ffff:192.168.1.40", "192.168.1.40"},
        {"::ffff:127.0.5.9", "127.0.5.9"},
        {"2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64"},
        {"2001:db8:1:2::1", "2001:db8:1:2::/64"},
        {"2001:0db8:0001:0002:0000:0000:0000:0009", "2001:db8:1:2::/64"},
        {"2001:db8:1:3::1", "2001:db8:1:3::/64"},
        {"fe80::1c2b:3aff:fe4d:5e6f", "fe80::/64"},
        {"::1", "::/64"},
        {"", ""},
        {"not an address", "not an address"},
    };
    for (const auto &[address, key] : table) {
        INFO(address);
        CHECK(clientKey(address) == key);
    }
}

TEST_CASE("The limiter allows a burst of wrong codes, then one per refill period", "[limiter]")
{
    FakeClock clock;
    GuessLimiter limiter(codePolicy(10, 6000ms), clock.function());
    for (int i = 0; i < 10; ++i)
        CHECK(limiter.countWrongCode("10.0.0.5") == 0);
    CHECK(limiter.countWrongCode("10.0.0.5") == 6); // refused, Retry-After 6
    CHECK(limiter.countWrongCode("10.0.0.6") == 0); // another phone is untouched

    clock.now += 3s;
    CHECK(limiter.countWrongCode("10.0.0.5") == 3);
    clock.now += 3s;
    CHECK(limiter.countWrongCode("10.0.0.5") == 0);
    CHECK(limiter.countWrongCode("10.0.0.5") > 0);

    clock.now += 10min; // refills, but never above the burst
    for (int i = 0; i < 10; ++i)
        CHECK(limiter.countWrongCode("10.0.0.5") == 0);
    CHECK(limiter.countWrongCode("10.0.0.5") > 0);
    CHECK(limiter.totals().wrongCodes == 22);
    CHECK(limiter.totals().refusedCodes == 4);
}

TEST_CASE("New addresses inside one IPv6 /64 share its bucket", "[limiter]")
{
    FakeClock clock;
    GuessLimiter limiter(codePolicy(10, 6000ms), clock.function());
    // A guesser taking a new privacy address for every guess, as any phone can.
    int refused = 0;
    for (int i = 0; i < 1000; ++i)
        if (limiter.countWrongCode(QByteArray("2001:db8:1:2:" + QByteArray::number(i, 16) +
                                              ":77:88:" + QByteArray::number(i * 7, 16))) > 0)
            ++refused;
    CHECK(refused == 990);
    // The next /64 is someone else; IPv4-mapped addresses are IPv4 phones, each on its own.
    CHECK(limiter.countWrongCode("2001:db8:1:3::5") == 0);
    for (int i = 0; i < 10; ++i)
        CHECK(limiter.countWrongCode("::ffff:10.0.0.7") == 0);
    CHECK(limiter.countWrongCode("10.0.0.7") > 0); // the same phone, spelt as IPv4
    CHECK(limiter.countWrongCode("::ffff:10.0.0.8") == 0);
}

TEST_CASE("A flood of new keys never resets a bucket that is limiting", "[limiter]")
{
    const auto now = TokenBuckets::Clock::time_point{} + 1h;
    TokenBuckets buckets({3, 1000ms, 100});
    for (int i = 0; i < 3; ++i)
        CHECK(buckets.take("guesser", now));
    CHECK_FALSE(buckets.take("guesser", now));
    // 10,000 other keys, each missing once: the table stays bounded and the guesser stays
    // limited, however the flood is timed.
    for (int i = 0; i < 10000; ++i) {
        buckets.take("flood-" + QByteArray::number(i), now + std::chrono::milliseconds(i / 50));
        REQUIRE(buckets.size() <= 100);
    }
    const auto later = now + 200ms;
    CHECK_FALSE(buckets.allows("guesser", later));
    CHECK(buckets.retryAfterSeconds("guesser", later) == 1);
    CHECK(buckets.limitingEvictions() == 0);

    // Full buckets go first: after their refill nothing of the flood is remembered, and a
    // partly spent bucket outlives the fullest ones.
    CHECK(buckets.take("careful", later));
    CHECK(buckets.take("careful", later));
    for (int i = 0; i < 300; ++i)
        buckets.take("late-" + QByteArray::number(i), later + 10s);
    CHECK(buckets.size() <= 100);
    // "careful" refilled to full by then and may go; what matters is that nothing limiting
    // was dropped while anything else could be.
    CHECK(buckets.limitingEvictions() == 0);
}

TEST_CASE("Only when every bucket is limiting does the soonest to recover go", "[limiter]")
{
    const auto now = TokenBuckets::Clock::time_point{} + 1h;
    TokenBuckets buckets({2, 60000ms, 10});
    for (int i = 0; i < 10; ++i) {
        const QByteArray key = "g" + QByteArray::number(i);
        // Each spends its tries 1 s later than the previous: g0 recovers first.
        buckets.take(key, now + std::chrono::seconds(i));
        buckets.take(key, now + std::chrono::seconds(i));
    }
    const auto later = now + 20s;
    CHECK(buckets.size() == 10);
    CHECK(buckets.take("newcomer", later));
    CHECK(buckets.size() == 10);
    CHECK(buckets.limitingEvictions() == 1);
    CHECK(buckets.allows("g0", later)); // forgotten: the one nearest its next try
    for (int i = 1; i < 10; ++i)
        CHECK_FALSE(buckets.allows("g" + QByteArray::number(i), later));
}

TEST_CASE("The Router answers 429 to a code guesser and 200 to the right code", "[limiter][router]")
{
    SampleSite site;
    const auto snapshot = SiteSnapshot::build(site.lib.catalog(), site.lib.library().store());
    FakeClock clock;
    GuessLimiter limiter(codePolicy(10, 6000ms), clock.function());
    const QByteArray guesser = "192.168.1.77";

    for (int i = 0; i < 10; ++i) {
        const QByteArray guess = "/ABCDEF" + QByteArray::number(20 + i);
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
    // Another spelling of a code is redirected before it is counted: nothing to learn there.
    for (int i = 0; i < 50; ++i)
        CHECK(Router::handle(get("/zzzzzzzz", other), *snapshot, &limiter).status == 301);
    CHECK(Router::handle(get("/ZZZZZZZZ", other), *snapshot, &limiter).status == 404);
}

TEST_CASE("Wrong PINs are limited per meeting across every address", "[limiter][pin]")
{
    FakeClock clock;
    GuessLimiter::Policy policy;
    policy.pinsPerMeeting = {40, 30000ms, 1024};
    GuessLimiter limiter(policy, clock.function());
    // 2,000 guesses from 200 addresses, none keeping a cookie.
    int allowed = 0;
    for (int i = 0; i < 2000; ++i) {
        const auto one = attempt("10.0.0." + QByteArray::number(1 + i % 200));
        if (limiter.beginPinAttempt(one) == 0) {
            ++allowed;
            limiter.endPinAttempt(one, GuessLimiter::PinOutcome::Wrong);
        }
    }
    CHECK(allowed == 40);
    CHECK(limiter.beginPinAttempt(attempt("10.9.9.9")) == 30); // Retry-After
    // Another meeting's budget is its own.
    CHECK(limiter.beginPinAttempt(attempt("10.9.9.9", {}, QStringLiteral("M4X7TZ2Q"))) == 0);
    clock.now += 30s;
    CHECK(limiter.beginPinAttempt(attempt("10.9.9.9")) == 0);
    CHECK(limiter.beginPinAttempt(attempt("10.9.9.10")) > 0);
}

TEST_CASE("A guesser draining the 4-digit budget does not slow a meeting with a longer PIN",
          "[limiter][pin]")
{
    FakeClock clock;
    GuessLimiter limiter(GuessLimiter::Policy{}, clock.function()); // the shipped figures
    // 4-digit guesses from 200 addresses empty the 4-digit budget (40 at once)...
    int allowed = 0;
    for (int i = 0; i < 2000; ++i) {
        const auto one = attempt("10.0.0." + QByteArray::number(1 + i % 200));
        if (limiter.beginPinAttempt(one) == 0) {
            ++allowed;
            limiter.endPinAttempt(one, GuessLimiter::PinOutcome::Wrong);
        }
    }
    CHECK(allowed == 40);
    // ...while 500 new phones entering the meeting's 8-digit PIN, each on its own address, all
    // have it checked (and it is right, so it costs nothing).
    for (int phone = 0; phone < 500; ++phone) {
        auto right = attempt("10.1." + QByteArray::number(phone / 250) + '.' +
                             QByteArray::number(phone % 250));
        right.digits = 8;
        REQUIRE(limiter.beginPinAttempt(right) == 0);
        limiter.endPinAttempt(right, GuessLimiter::PinOutcome::Right);
    }
    // The time to guess is the same for every length: ten times the space, ten times the budget.
    for (int digits = 4; digits <= 8; ++digits) {
        const auto scaled = GuessLimiter::pinsPerMeetingFor(GuessLimiter::Policy{}, digits);
        const double space = std::pow(10.0, digits);
        const double hoursForHalf = (space / 2 - scaled.burst) *
                                    std::chrono::duration<double>(scaled.refill).count() / 3600;
        INFO(digits << " digits: burst " << scaled.burst << ", one per " << scaled.refill.count()
                    << " ms, half the space in " << hoursForHalf << " h");
        CHECK(hoursForHalf > 24);
    }
}

TEST_CASE("A right PIN, or one never checked, costs no try", "[limiter][pin]")
{
    FakeClock clock;
    GuessLimiter::Policy policy;
    policy.pinsPerDevice = {2, 60000ms, 100};
    policy.pinsPerAddress = {2, 60000ms, 100};
    policy.pinsPerMeeting = {2, 60000ms, 100};
    GuessLimiter limiter(policy, clock.function());
    for (int i = 0; i < 100; ++i) {
        const auto right = attempt("10.0.0.1", "aaaa");
        REQUIRE(limiter.beginPinAttempt(right) == 0);
        limiter.endPinAttempt(right, i % 2 ? GuessLimiter::PinOutcome::Right
                                           : GuessLimiter::PinOutcome::NotChecked);
    }
    CHECK(limiter.totals().wrongPins == 0);
    CHECK(limiter.pinGuessing().empty());
    // While checks are in flight their tries are held: no more than the budget at once.
    CHECK(limiter.beginPinAttempt(attempt("10.0.0.1", "aaaa")) == 0);
    CHECK(limiter.beginPinAttempt(attempt("10.0.0.1", "aaaa")) == 0);
    CHECK(limiter.beginPinAttempt(attempt("10.0.0.1", "aaaa")) > 0);
}

TEST_CASE("Behind one address, each device's typos are its own", "[limiter][pin]")
{
    FakeClock clock;
    GuessLimiter limiter(GuessLimiter::Policy{}, clock.function()); // the shipped figures
    const QByteArray hall = "203.0.113.9"; // a venue's NAT: every phone has this address
    // One phone keeps getting it wrong: stopped after its own 5 tries...
    int allowed = 0;
    for (int i = 0; i < 20; ++i) {
        const auto wrong = attempt(hall, "stubborn");
        if (limiter.beginPinAttempt(wrong) == 0) {
            ++allowed;
            limiter.endPinAttempt(wrong, GuessLimiter::PinOutcome::Wrong);
        }
    }
    CHECK(allowed == 5);
    // ...while 20 other phones behind the same address each make a typo and then get in.
    for (int phone = 0; phone < 20; ++phone) {
        const QByteArray device = "phone" + QByteArray::number(phone);
        const auto typo = attempt(hall, device);
        REQUIRE(limiter.beginPinAttempt(typo) == 0);
        limiter.endPinAttempt(typo, GuessLimiter::PinOutcome::Wrong);
        const auto right = attempt(hall, device);
        REQUIRE(limiter.beginPinAttempt(right) == 0);
        limiter.endPinAttempt(right, GuessLimiter::PinOutcome::Right);
    }
    // Typos (25 in a few minutes, one phone stopped on its own budget) are no "guessing".
    REQUIRE(limiter.pinGuessing().size() == 1);
    CHECK(limiter.pinGuessing()[0].wrong == 25);
    CHECK(limiter.pinGuessing()[0].widelyRefused == 0);
    CHECK(GuessWarning::text(limiter.pinGuessing()).isEmpty());
}

TEST_CASE("A hall's honest typos are given back when each phone gets the PIN right",
          "[limiter][pin]")
{
    // Before issue 11 about 70 phones, each with one or two typos, spent the meeting's whole
    // budget (40 + 2 a minute) and every phone after them waited.
    FakeClock clock;
    GuessLimiter limiter(GuessLimiter::Policy{}, clock.function()); // the shipped figures
    int inAtOnce = 0;
    for (int phone = 0; phone < 300; ++phone) {
        const QByteArray address =
            "10.3." + QByteArray::number(phone / 200) + '.' + QByteArray::number(phone % 200);
        const QByteArray device = "phone" + QByteArray::number(phone);
        for (int typo = 0; typo < 1 + phone % 2; ++typo) {
            const auto wrong = attempt(address, device);
            REQUIRE(limiter.beginPinAttempt(wrong) == 0);
            limiter.endPinAttempt(wrong, GuessLimiter::PinOutcome::Wrong);
        }
        const auto right = attempt(address, device);
        if (limiter.beginPinAttempt(right) == 0) {
            limiter.endPinAttempt(right, GuessLimiter::PinOutcome::Right);
            ++inAtOnce;
        }
    }
    CHECK(inAtOnce == 300);
    CHECK(limiter.trackedDebts() == 0); // every debt was settled

    // Without a device cookie (a guesser drops it) nothing is remembered, nothing given back.
    GuessLimiter strict(GuessLimiter::Policy{}, clock.function());
    for (int i = 0; i < 40; ++i) {
        const auto wrong = attempt("10.4.0." + QByteArray::number(i));
        REQUIRE(strict.beginPinAttempt(wrong) == 0);
        strict.endPinAttempt(wrong, GuessLimiter::PinOutcome::Wrong);
    }
    CHECK(strict.trackedDebts() == 0);
    CHECK(strict.beginPinAttempt(attempt("10.4.1.1", "latecomer")) > 0); // the budget is spent
}

TEST_CASE("A phone gets in while a guesser is throttled from another address", "[limiter][pin]")
{
    FakeClock clock;
    GuessLimiter limiter(GuessLimiter::Policy{}, clock.function());
    const QByteArray guesser = "198.51.100.7";
    int guesses = 0;
    int refused = 0;
    int phonesIn = 0;
    // A minute of guessing, a guess a second, while a phone arrives every two seconds from the
    // hall (its own address and device), makes a typo and then enters the PIN.
    for (int second = 0; second < 60; ++second) {
        clock.now += 1s;
        const auto guess = attempt(guesser);
        if (limiter.beginPinAttempt(guess) == 0) {
            limiter.endPinAttempt(guess, GuessLimiter::PinOutcome::Wrong);
            ++guesses;
        } else {
            ++refused;
        }
        if (second % 2 == 0) {
            const QByteArray phone = "10.5.0." + QByteArray::number(second);
            const QByteArray device = "hall" + QByteArray::number(second);
            const auto typo = attempt(phone, device);
            if (limiter.beginPinAttempt(typo) == 0)
                limiter.endPinAttempt(typo, GuessLimiter::PinOutcome::Wrong);
            const auto right = attempt(phone, device);
            if (limiter.beginPinAttempt(right) == 0) {
                limiter.endPinAttempt(right, GuessLimiter::PinOutcome::Right);
                ++phonesIn;
            }
        }
    }
    INFO("guesses " << guesses << ", refused " << refused);
    CHECK(refused > 0);       // the guesser is being throttled...
    CHECK(guesses <= 30 + 3); // ...by its address's budget: 30, then one per 20 s
    CHECK(phonesIn == 30);    // and every phone of the hall got in meanwhile
}

TEST_CASE("With the shipped figures half of a 4-digit PIN takes more than a day", "[limiter][pin]")
{
    // The fastest guesser there is: a new address and no cookie for every guess, trying again
    // every second, all day.
    FakeClock clock;
    GuessLimiter limiter(GuessLimiter::Policy{}, clock.function());
    int guesses = 0;
    int inEightHours = 0;
    for (int second = 0; second < 24 * 3600; ++second) {
        clock.now += 1s;
        for (;;) {
            const auto one = attempt("10." + QByteArray::number(guesses / 65536 % 256) + '.' +
                                     QByteArray::number(guesses / 256 % 256) + '.' +
                                     QByteArray::number(guesses % 256));
            if (limiter.beginPinAttempt(one) != 0)
                break;
            limiter.endPinAttempt(one, GuessLimiter::PinOutcome::Wrong);
            ++guesses;
        }
        if (second == 8 * 3600 - 1)
            inEightHours = guesses;
    }
    INFO("guesses in 8 h: " << inEightHours << ", in 24 h: " << guesses);
    CHECK(guesses < 5000);      // under half of 10,000 in a day: 40 + 2 a minute
    CHECK(inEightHours < 1100); // about 10% of the space over a long meeting day
}

TEST_CASE("The warning counts the last ten minutes and names the meeting", "[limiter][pin]")
{
    FakeClock clock;
    GuessLimiter::Policy policy;
    policy.pinsPerMeeting = {10, 30000ms, 1024};
    GuessLimiter limiter(policy, clock.function());
    for (int i = 0; i < 240; ++i) {
        const auto one = attempt("10.0.1." + QByteArray::number(i % 200));
        if (limiter.beginPinAttempt(one) == 0)
            limiter.endPinAttempt(one, GuessLimiter::PinOutcome::Wrong);
    }
    const auto guessing = limiter.pinGuessing();
    REQUIRE(guessing.size() == 1);
    CHECK(guessing[0].meeting == u"K1NG0P1N");
    CHECK(guessing[0].wrong == 10);
    CHECK(guessing[0].refused == 230);
    CHECK(guessing[0].widelyRefused == 230);
    const QString text = GuessWarning::text(guessing);
    CHECK(text.contains(u"K1NG0P1N"));
    CHECK(text.contains(u"240"));
    CHECK(text.contains(u"not affected"));

    GuessWarningThrottle throttle(1min);
    const auto start = GuessWarningThrottle::Clock::time_point{} + 1h;
    CHECK(throttle.poll(guessing, start) == text);
    CHECK_FALSE(throttle.poll(guessing, start + 5s));
    CHECK_FALSE(throttle.poll(guessing, start + 59s));
    CHECK(throttle.poll(guessing, start + 61s) == text);

    clock.now += 9min;
    CHECK(limiter.pinGuessing().size() == 1);
    clock.now += 2min; // all of it is older than ten minutes now
    CHECK(limiter.pinGuessing().empty());
    CHECK(GuessWarning::text(limiter.pinGuessing()).isEmpty());
    const auto stopped = throttle.poll(limiter.pinGuessing(), start + 70s);
    REQUIRE(stopped);
    CHECK(stopped->contains(u"stopped"));
    CHECK_FALSE(throttle.poll(limiter.pinGuessing(), start + 80s));
}

TEST_CASE("Every table of the limiter stays within its bound", "[limiter]")
{
    FakeClock clock;
    GuessLimiter::Policy policy;
    policy.wrongCodesPerAddress = {3, 1000ms, 50};
    policy.pinsPerDevice = {3, 1000ms, 50};
    policy.pinsPerAddress = {3, 1000ms, 50};
    policy.pinsPerMeeting = {1000000, 1000ms, 50};
    GuessLimiter limiter(policy, clock.function());
    for (int i = 0; i < 5000; ++i) {
        const QByteArray address =
            "10.1." + QByteArray::number(i / 250) + '.' + QByteArray::number(i % 250);
        limiter.countWrongCode(address);
        const auto one = attempt(address, "dev" + QByteArray::number(i),
                                 QStringLiteral("MEET%1").arg(i % 80, 4, 10, QLatin1Char('0')));
        if (limiter.beginPinAttempt(one) == 0)
            limiter.endPinAttempt(one, GuessLimiter::PinOutcome::Wrong);
    }
    CHECK(limiter.trackedKeys() <= 5 * 50);
    CHECK(limiter.trackedDebts() <= 50); // the wrong tries kept for a refund, too
}

TEST_CASE("The running server slows down wrong codes from one client", "[limiter][server]")
{
    SampleSite site;
    HttpServer server;
    ServerOptions options;
    options.bindAddress = QStringLiteral("127.0.0.1");
    options.port = 0;
    server.start(options);
    server.guessLimiter().setPolicy(codePolicy(10, 6000ms));
    SnapshotPublisher publisher(site.lib.library(), server);
    const QString base = QStringLiteral("http://127.0.0.1:%1/").arg(server.port());

    QList<int> statuses;
    for (int i = 0; i < 12; ++i)
        statuses << curlFetch(base + QStringLiteral("WRXNG%1").arg(200 + i)).status;
    CHECK(statuses.mid(0, 10) == QList<int>(10, 404));
    CHECK(statuses.mid(10) == QList<int>{429, 429});
    const HttpResult right = curlFetch(base + site.open.code + QStringLiteral("/1"));
    CHECK(right.status == 200);
    CHECK(right.body.contains(QStringLiteral("Báo cáo chính trị").toUtf8()));
}

TEST_CASE("On ::1 the server counts wrong codes too", "[limiter][server]")
{
    SampleSite site;
    HttpServer server;
    ServerOptions options;
    options.bindAddress = QStringLiteral("::1");
    options.port = 0;
    server.start(options);
    server.guessLimiter().setPolicy(codePolicy(5, 60000ms));
    SnapshotPublisher publisher(site.lib.library(), server);
    const QString base = QStringLiteral("http://[::1]:%1/").arg(server.port());
    QList<int> statuses;
    for (int i = 0; i < 7; ++i)
        statuses << curlFetch(base + QStringLiteral("WRXNG%1").arg(300 + i)).status;
    CHECK(statuses == QList<int>{404, 404, 404, 404, 404, 429, 429});
    CHECK(curlFetch(base + site.open.code).status == 200);
}

TEST_CASE("Listening on ::, IPv4 phones are counted each on its own", "[limiter][server]")
{
    SampleSite site;
    HttpServer server;
    ServerOptions options;
    options.bindAddress = QStringLiteral("::");
    options.port = 0;
    server.start(options);
    server.guessLimiter().setPolicy(codePolicy(3, 60000ms));
    SnapshotPublisher publisher(site.lib.library(), server);
    const QString base = QStringLiteral("http://127.0.0.1:%1/").arg(server.port());
    const auto from = [&](const char *source, int guess) {
        return curlFetch(base + QStringLiteral("WRXNG%1").arg(guess),
                         {QStringLiteral("--interface"), QString::fromLatin1(source)})
            .status;
    };
    for (int i = 0; i < 3; ++i)
        CHECK(from("127.0.3.1", 400 + i) == 404);
    CHECK(from("127.0.3.1", 410) == 429);
    // Another IPv4 address is another phone, not the same "::ffff:0:0/64".
    CHECK(from("127.0.3.2", 411) == 404);
    CHECK(server.guessLimiter().totals().refusedCodes == 1);
}
