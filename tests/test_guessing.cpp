// SPDX-License-Identifier: GPL-3.0-or-later
// PIN guessing against the real server on loopback, from many source addresses (127.0.x.y):
// the meeting-wide limit, a hall behind one address, phones already in, the PIN check off the
// request threads, stopping while checks wait, and the PIN flow at any spelling of the code.
#include "catalog/Sqlite.h"
#include "server/GuessWarning.h"
#include "server/PinChecker.h"
#include "server/Router.h"
#include "server/SubmissionQueue.h"
#include "support/Curl.h"
#include "support/HostedSite.h"
#include "util/Pin.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QProcess>

#include <catch2/catch.hpp>

#include <algorithm>
#include <arpa/inet.h>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <future>
#include <map>
#include <mutex>
#include <netinet/in.h>
#include <stdexcept>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace docket;
using namespace testsupport;
using namespace std::chrono_literals;

namespace {

constexpr char kPin[] = "1234"; // the PIN the guesser found in 20 s

// One request on a fresh connection from a chosen source address, on raw sockets: curl would
// cost a process per request, and these tests send thousands.
struct Reply
{
    int status = 0; // 0: no answer (refused, reset, timed out)
    QByteArray head;
    QByteArray body;
    QByteArray header(QByteArrayView name) const
    {
        for (const QByteArray &line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.first(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return line.sliced(colon + 1).trimmed();
        }
        return {};
    }
};

Reply exchange(const QByteArray &source, std::uint16_t port, const QByteArray &request)
{
    Reply reply;
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    REQUIRE(fd >= 0);
    timeval timeout{10, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
    sockaddr_in local{};
    local.sin_family = AF_INET;
    REQUIRE(::inet_pton(AF_INET, source.constData(), &local.sin_addr) == 1);
    sockaddr_in remote{};
    remote.sin_family = AF_INET;
    remote.sin_port = htons(port);
    remote.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::bind(fd, reinterpret_cast<sockaddr *>(&local), sizeof local) != 0 ||
        ::connect(fd, reinterpret_cast<sockaddr *>(&remote), sizeof remote) != 0) {
        ::close(fd);
        return reply;
    }
    qsizetype sent = 0;
    while (sent < request.size()) {
        const ssize_t n = ::send(fd, request.constData() + sent,
                                 static_cast<size_t>(request.size() - sent), MSG_NOSIGNAL);
        if (n <= 0)
            break;
        sent += n;
    }
    QByteArray data;
    char buffer[16384];
    for (;;) { // Connection: close, so the answer ends with the connection (bounded by timeout)
        const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
        if (n <= 0)
            break;
        data.append(buffer, n);
    }
    ::close(fd);
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (!data.startsWith("HTTP/1.") || end < 0)
        return reply;
    reply.head = data.first(end);
    reply.body = data.sliced(end + 4);
    reply.status = data.mid(9, 3).toInt();
    return reply;
}

QByteArray pinPost(const QByteArray &code, const QByteArray &pin, const QByteArray &cookie = {})
{
    const QByteArray body = "pin=" + pin + "&next=%2F" + code + "%2F1";
    return "POST /" + code + "/unlock HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" +
           (cookie.isEmpty() ? QByteArray() : "Cookie: " + cookie + "\r\n") +
           "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QByteArray pageGet(const QByteArray &path, const QByteArray &cookie)
{
    return "GET " + path +
           " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nCookie: " + cookie + "\r\n\r\n";
}

// The sample library hosted, its open meeting behind kPin.
struct PinHall : HostedSite
{
    PinHall() : HostedSite(2)
    {
        lib.catalog().setMeetingPin(open.id, QString::fromLatin1(kPin));
        settle();
    }
    QByteArray code() const { return open.code.toLatin1(); }
    std::uint16_t port() const { return server.port(); }
    // The meeting cookie, entered from its own address like a phone would.
    QByteArray enter(const QByteArray &source)
    {
        const Reply in = exchange(source, port(), pinPost(code(), kPin));
        REQUIRE(in.status == 303);
        const QByteArray setCookie = in.header("Set-Cookie");
        REQUIRE(setCookie.startsWith(QByteArray("docket_" + code())));
        return setCookie.left(setCookie.indexOf(';'));
    }
};

double percentile(std::vector<double> values, double p)
{
    REQUIRE_FALSE(values.empty());
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1));
    return values[index];
}

// While `flooders` threads post wrong PINs from rotating addresses, a phone that is in reads
// the meeting page and its PDF; returns the page latencies (ms) and counts the flood's answers.
std::vector<double> readDuringFlood(PinHall &hall, int flooders, std::chrono::milliseconds length,
                                    std::map<int, int> &floodStatuses, int &pageErrors)
{
    const QByteArray cookie = hall.enter("127.0.9.9");
    std::atomic<bool> stop{false};
    std::mutex mutex;
    std::vector<std::thread> threads;
    for (int t = 0; t < flooders; ++t)
        threads.emplace_back([&, t] {
            for (int n = 0; !stop.load(); ++n) {
                const QByteArray source =
                    "127.1." + QByteArray::number(1 + t) + '.' + QByteArray::number(1 + n % 250);
                const Reply reply = exchange(source, hall.port(),
                                             pinPost(hall.code(), QByteArray::number(5000 + n)));
                const std::lock_guard lock(mutex);
                ++floodStatuses[reply.status];
            }
        });
    std::this_thread::sleep_for(200ms); // the flood is on
    std::vector<double> latencies;
    const QByteArray pages[] = {'/' + hall.code(), '/' + hall.code() + "/1"};
    QElapsedTimer total;
    total.start();
    for (int i = 0; total.elapsed() < length.count(); ++i) {
        QElapsedTimer one;
        one.start();
        const Reply page = exchange("127.0.9.9", hall.port(), pageGet(pages[i % 2], cookie));
        latencies.push_back(static_cast<double>(one.nsecsElapsed()) / 1e6);
        if (page.status != 200 || !page.body.contains("Báo cáo chính trị"))
            ++pageErrors;
        std::this_thread::sleep_for(10ms);
    }
    stop = true;
    for (std::thread &thread : threads)
        thread.join();
    return latencies;
}

} // namespace

TEST_CASE("2,000 guesses from 200 addresses meet 429 and never find the PIN", "[guessing]")
{
    PinHall hall;
    // A short test: 20 tries for the meeting, and none refill while it runs.
    GuessLimiter::Policy policy;
    policy.pinsPerMeeting = {20, std::chrono::hours(1), 1024};
    hall.server.guessLimiter().setPolicy(policy);

    std::mutex mutex;
    std::map<int, int> statuses;
    int withRetryAfter = 0;
    std::atomic<int> next{0};
    std::vector<std::thread> guessers;
    for (int t = 0; t < 8; ++t)
        guessers.emplace_back([&] {
            for (int i = next++; i < 2000; i = next++) {
                // Every PIN from 0000 to 1999, so 1234 among them, each from one of 200
                // addresses and without cookies.
                const QByteArray source = "127.0." + QByteArray::number(10 + i % 200 / 100) + '.' +
                                          QByteArray::number(1 + i % 100);
                const QByteArray guess = QByteArray::number(i).rightJustified(4, '0');
                const Reply reply = exchange(source, hall.port(), pinPost(hall.code(), guess));
                const std::lock_guard lock(mutex);
                ++statuses[reply.status];
                if (reply.status == 429 && reply.header("Retry-After").toInt() > 0)
                    ++withRetryAfter;
            }
        });
    for (std::thread &guesser : guessers)
        guesser.join();

    WARN("2,000 guesses from 200 addresses: " << statuses[403] << " checked and wrong, "
                                              << statuses[429] << " refused (429), "
                                              << statuses[303] << " found the PIN");
    CHECK(statuses[303] == 0);
    CHECK(statuses[403] == 20);
    CHECK(statuses[429] == 1980);
    CHECK(withRetryAfter == 1980);

    // The window and `serve` learn of it from the limiter's counters.
    const auto guessing = hall.server.guessLimiter().pinGuessing();
    REQUIRE(guessing.size() == 1);
    CHECK(guessing[0].failed() == 2000);
    CHECK(GuessWarning::text(guessing).contains(hall.open.code));
    CHECK(hall.server.guessLimiter().totals().wrongPins == 20);
}

TEST_CASE("Behind one address, phones that make a few typos each still get in", "[guessing]")
{
    PinHall hall; // the shipped figures
    const QString base = hall.base() + u'/' + hall.open.code;
    // Six phones behind one NAT address (127.0.0.1), each with its own cookies, each getting
    // the PIN wrong three times: 18 misses from one address, more than the 12 that used to
    // lock the address out.
    for (int phone = 0; phone < 6; ++phone) {
        INFO("phone " << phone);
        const QString jar = hall.lib.sourcePath(QStringLiteral("phone%1.txt").arg(phone));
        const QStringList cookies{QStringLiteral("-c"), jar, QStringLiteral("-b"), jar};
        CHECK(curlFetch(base + QStringLiteral("/1"), cookies).status == 403); // the form
        for (int typo = 0; typo < 3; ++typo) {
            const HttpResult wrong = curlFetch(
                base + QStringLiteral("/unlock"),
                cookies + QStringList{QStringLiteral("--data"), QStringLiteral("pin=%1&next=/%2/1")
                                                                    .arg(7000 + phone * 10 + typo)
                                                                    .arg(hall.open.code)});
            CHECK(wrong.status == 403);
        }
        const HttpResult in =
            curlFetch(base + QStringLiteral("/unlock"),
                      cookies + QStringList{QStringLiteral("-L"), QStringLiteral("--data"),
                                            QStringLiteral("pin=%1&next=/%2/1")
                                                .arg(QString::fromLatin1(kPin), hall.open.code)});
        CHECK(in.status == 200);
        CHECK(in.body.contains(QStringLiteral("Báo cáo chính trị").toUtf8()));
    }
    // 18 typos by six phones are no "guessing".
    CHECK(GuessWarning::text(hall.server.guessLimiter().pinGuessing()).isEmpty());
}

TEST_CASE("During a PIN flood phones that are in read at full speed", "[guessing]")
{
    PinHall hall;
    std::map<int, int> flood;
    int pageErrors = 0;
    SECTION("the shipped limits: the flood is refused before any hash")
    {
        const auto latencies = readDuringFlood(hall, 16, 2000ms, flood, pageErrors);
        WARN("16-way PIN flood, shipped limits: page p50 "
             << percentile(latencies, 0.5) << " ms, p95 " << percentile(latencies, 0.95)
             << " ms, max " << percentile(latencies, 1.0) << " ms over " << latencies.size()
             << " requests; flood answers 403: " << flood[403] << ", 429: " << flood[429]
             << ", 503: " << flood[503]);
        CHECK(pageErrors == 0);
        CHECK(percentile(latencies, 0.95) < 100);
        CHECK(flood[429] > flood[403]);
        CHECK(flood[403] <= 40 + 1); // the meeting's burst (and a refill, at most)
        CHECK(flood[303] == 0);
    }
    SECTION("limits lifted: every guess is hashed, on the PIN checker's thread")
    {
        GuessLimiter::Policy unlimited;
        unlimited.pinsPerDevice = {1000000, 1ms, 8192};
        unlimited.pinsPerAddress = {1000000, 1ms, 8192};
        unlimited.pinsPerMeeting = {1000000, 1ms, 1024};
        hall.server.guessLimiter().setPolicy(unlimited);
        const auto latencies = readDuringFlood(hall, 16, 2000ms, flood, pageErrors);
        WARN("16-way PIN flood, no limits: page p50 "
             << percentile(latencies, 0.5) << " ms, p95 " << percentile(latencies, 0.95)
             << " ms, max " << percentile(latencies, 1.0) << " ms over " << latencies.size()
             << " requests; flood answers 403: " << flood[403] << ", 503: " << flood[503]);
        CHECK(pageErrors == 0);
        CHECK(percentile(latencies, 0.95) < 100);
        CHECK(flood[403] > 100); // hashed, and wrong
        CHECK(flood[0] == 0);
        CHECK(flood[303] == 0);
    }
}

TEST_CASE("Stopping the server answers the PIN checks that wait", "[guessing]")
{
    PinHall hall;
    GuessLimiter::Policy unlimited;
    unlimited.pinsPerAddress = {1000000, 1ms, 8192};
    unlimited.pinsPerMeeting = {1000000, 1ms, 1024};
    hall.server.guessLimiter().setPolicy(unlimited);
    std::atomic<bool> stop{false};
    std::atomic<int> answered{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 24; ++t)
        threads.emplace_back([&, t] {
            for (int n = 0; !stop.load(); ++n)
                if (exchange("127.2." + QByteArray::number(t) + '.' +
                                 QByteArray::number(1 + n % 200),
                             hall.port(), pinPost(hall.code(), "9999"))
                        .status != 0)
                    ++answered;
        });
    // Wait until checks are going on, then stop in the middle of them.
    QElapsedTimer waited;
    waited.start();
    while (answered.load() < 50 && waited.elapsed() < 10000)
        std::this_thread::sleep_for(5ms);
    REQUIRE(answered.load() >= 50);
    QElapsedTimer stopping;
    stopping.start();
    hall.server.stop();
    const qint64 stopMs = stopping.elapsed();
    QElapsedTimer joining;
    joining.start();
    stop = true;
    for (std::thread &thread : threads)
        thread.join();
    WARN("stop() with PIN checks in flight took " << stopMs << " ms");
    CHECK(stopMs < 2000);
    CHECK(joining.elapsed() < 3000); // no phone was left hanging on a suspended connection
    CHECK_FALSE(hall.server.isRunning());
}

TEST_CASE("The submission queue is bounded and answers every submission", "[guessing]")
{
    std::mutex mutex;
    std::condition_variable released;
    bool release = false;
    std::vector<int> done;
    std::vector<int> dropped;
    {
        SubmissionQueue<int> queue(
            2,
            [&](int &n) {
                std::unique_lock lock(mutex);
                released.wait(lock, [&] { return release; });
                done.push_back(n);
            },
            [&](int &n) {
                const std::lock_guard lock(mutex);
                dropped.push_back(n);
            });
        int one = 1, two = 2, three = 3, four = 4;
        CHECK(queue.trySubmit(one));
        // The worker takes 1 and blocks; 2 and 3 wait; 4 finds the queue full at once.
        QElapsedTimer taken;
        taken.start();
        while (queue.waiting() != 0 && taken.elapsed() < 5000)
            std::this_thread::sleep_for(1ms);
        CHECK(queue.trySubmit(two));
        CHECK(queue.trySubmit(three));
        CHECK_FALSE(queue.trySubmit(four));
        CHECK(four == 4); // a refused submission is left to the caller
        std::thread stopper([&] { queue.stop(); });
        // stop() takes the waiting ones out at once, then waits for the one in hand.
        QElapsedTimer stopping;
        stopping.start();
        while (queue.waiting() != 0 && stopping.elapsed() < 5000)
            std::this_thread::sleep_for(1ms);
        {
            const std::lock_guard lock(mutex);
            release = true;
        }
        released.notify_all();
        stopper.join();
        int five = 5;
        CHECK_FALSE(queue.trySubmit(five)); // stopped
    }
    CHECK(done == std::vector<int>{1});
    CHECK(dropped == std::vector<int>{2, 3});
}

TEST_CASE("Work that throws answers its submission and the queue goes on", "[guessing]")
{
    // pin::hash throws std::runtime_error when OpenSSL fails: escaping the checker's thread it
    // would end the program (std::terminate) in the middle of a meeting.
    std::mutex mutex;
    std::vector<int> done;
    std::vector<int> dropped;
    {
        SubmissionQueue<int> queue(
            8,
            [&](int &n) {
                if (n == 2)
                    throw std::runtime_error("OpenSSL cannot compute PBKDF2");
                if (n == 3)
                    throw 42; // not even an exception
                const std::lock_guard lock(mutex);
                done.push_back(n);
            },
            [&](int &n) {
                const std::lock_guard lock(mutex);
                dropped.push_back(n);
            });
        for (int n = 1; n <= 4; ++n) {
            int submitted = n;
            CHECK(queue.trySubmit(submitted));
        }
        QElapsedTimer waited;
        waited.start();
        for (;;) {
            {
                const std::lock_guard lock(mutex);
                if (done.size() + dropped.size() == 4 || waited.elapsed() > 5000)
                    break;
            }
            std::this_thread::sleep_for(1ms);
        }
        CHECK(queue.failures() == 2);
    }
    CHECK(done == std::vector<int>{1, 4});
    CHECK(dropped == std::vector<int>{2, 3});

    // The PIN checker answers such a check "not checked" (503, its try given back) and checks
    // the next one.
    PinChecker checker(4, [](const PinCheckJob &job) {
        if (job.pin == u"0000")
            throw std::runtime_error("OpenSSL cannot compute PBKDF2");
        return Router::checkPin(job);
    });
    auto failing = std::make_shared<PinCheckJob>();
    failing->pin = QStringLiteral("0000");
    auto right = std::make_shared<PinCheckJob>();
    right->pin = QStringLiteral("2468");
    right->salt = pin::newSalt();
    right->expectedHash = pin::hash(right->pin, right->salt);
    std::promise<PinVerdict> first;
    std::promise<PinVerdict> second;
    REQUIRE(checker.trySubmit(failing, [&](PinVerdict v) { first.set_value(v); }));
    REQUIRE(checker.trySubmit(right, [&](PinVerdict v) { second.set_value(v); }));
    auto firstVerdict = first.get_future();
    auto secondVerdict = second.get_future();
    REQUIRE(firstVerdict.wait_for(5s) == std::future_status::ready);
    REQUIRE(secondVerdict.wait_for(5s) == std::future_status::ready);
    CHECK(firstVerdict.get() == PinVerdict::NotChecked);
    CHECK(secondVerdict.get() == PinVerdict::Right);
    CHECK(checker.failures() == 1);
}

TEST_CASE("A lowercase or look-alike address leads through the PIN to the agenda", "[guessing]")
{
    // A code with 0 and 1 in it, so that its look-alikes O, I and L can be typed.
    const QString code = QStringLiteral("K1NG0P1N");
    SampleSite site;
    site.lib.catalog().setMeetingPin(site.open.id, QString::fromLatin1(kPin));
    {
        sql::Database db(site.lib.folder() + QStringLiteral("/catalog.sqlite"));
        sql::Statement(db, "UPDATE meeting SET code = ? WHERE id = ?")
            .bind(1, code)
            .bind(2, site.open.id)
            .run();
    }
    site.lib.reopen();
    HttpServer server;
    server.start(loopbackOptions(2));
    SnapshotPublisher publisher(site.lib.library(), server);
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(server.port());
    const QString jar = site.lib.sourcePath(QStringLiteral("jar.txt"));
    const QStringList browser{QStringLiteral("-c"), jar,
                              QStringLiteral("-b"), jar,
                              QStringLiteral("-L"), QStringLiteral("--max-redirs"),
                              QStringLiteral("4")};

    for (const QString &typed :
         {QStringLiteral("kingopln"), QStringLiteral("KlNGOPIN"), QStringLiteral("k1ng0p1n")}) {
        INFO(typed.toStdString());
        // The form, at the canonical address (curl followed the 301).
        const HttpResult form = curlFetch(base + u'/' + typed + QStringLiteral("/1"), browser);
        CHECK(form.status == 403);
        CHECK(form.body.contains(QByteArray("action=\"/" + code.toLatin1() + "/unlock\"")));
        CHECK(form.body.contains(QByteArray("name=\"next\" value=\"/" + code.toLatin1() + "/1\"")));
    }
    // A form posted to a look-alike address (an old page, a hand-typed link): 308 keeps the
    // POST, the PIN opens the meeting, and the cookie is for the path every link uses.
    const HttpResult in = curlFetch(
        base + QStringLiteral("/kiNGopln/UNLOCK"),
        browser +
            QStringList{QStringLiteral("--data"),
                        QStringLiteral("pin=%1&next=/kingopln/1").arg(QString::fromLatin1(kPin))});
    CHECK(in.status == 200);
    CHECK(in.body.contains(QStringLiteral("Báo cáo chính trị").toUtf8()));
    CHECK(readFile(jar).contains(QByteArray("\t/" + code.toLatin1() + "\t")));
    // From now on every spelling reaches the agenda, with one redirect and no loop.
    for (const QString &typed : {QStringLiteral("KINGOPLN"), QStringLiteral("k1ng0p1n/")}) {
        INFO(typed.toStdString());
        const HttpResult again = curlFetch(base + u'/' + typed, browser);
        CHECK(again.status == 200);
        CHECK(QString::fromUtf8(again.body).contains(site.open.title));
    }
    // A wrong code in any spelling is sent to its one spelling, and there it is the same 404
    // as a closed meeting's: the redirect follows from the text, not from the meetings.
    const HttpResult wrong = curlFetch(base + QStringLiteral("/zzzzzzzz"), browser);
    const HttpResult closed = curlFetch(base + u'/' + site.closed.code.toLower(), browser);
    CHECK(wrong.status == 404);
    CHECK(closed.status == 404);
    CHECK(wrong.body == closed.body);
    const HttpResult wrongMoved = curlFetch(base + QStringLiteral("/zzzzzzzz"));
    const HttpResult closedMoved = curlFetch(base + u'/' + site.closed.code.toLower());
    CHECK(wrongMoved.status == 301);
    CHECK(closedMoved.status == 301);
    CHECK(wrongMoved.body == closedMoved.body);
}

TEST_CASE("docket-cli serve warns on stderr while someone guesses, a line now and then",
          "[guessing][cli]")
{
    SampleSite site;
    site.lib.catalog().setMeetingPin(site.open.id, QString::fromLatin1(kPin));
    QProcess serve;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    serve.setProcessEnvironment(env);
    serve.start(QStringLiteral(DOCKET_CLI_PATH),
                {QStringLiteral("--library"), site.lib.folder(), QStringLiteral("serve"),
                 QStringLiteral("--bind"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                 QStringLiteral("0")});
    REQUIRE(serve.waitForStarted(10000));
    const QDeadlineTimer started(10000);
    while (!serve.canReadLine() && !started.hasExpired())
        serve.waitForReadyRead(100);
    const QString url = QString::fromUtf8(serve.readLine()).trimmed();
    REQUIRE(url.startsWith(u"HTTP://127.0.0.1:"));
    const auto port = static_cast<std::uint16_t>(url.section(u':', -1).toUInt());
    const QByteArray code = site.open.code.toLatin1();

    // 40 wrong PINs from one address that drops its cookies: the address's 30 tries go, then
    // 429s, which honest typing never meets.
    std::map<int, int> statuses;
    for (int i = 0; i < 40; ++i)
        ++statuses[exchange("127.0.7.7", port, pinPost(code, QByteArray::number(8000 + i))).status];
    CHECK(statuses[403] == 30);
    CHECK(statuses[429] == 10);

    QByteArray stderrText;
    const QDeadlineTimer warned(10000);
    while (!stderrText.contains("guessing") && !warned.hasExpired()) {
        serve.waitForReadyRead(100);
        stderrText += serve.readAllStandardError();
    }
    INFO(stderrText.toStdString());
    CHECK(stderrText.contains(QByteArray("Someone is guessing the PIN of meeting " + code)));
    CHECK(stderrText.contains("40 wrong or refused PINs in the last 10 minutes"));
    // More guesses within the minute: no second line.
    for (int i = 0; i < 20; ++i)
        exchange("127.0.7.8", port, pinPost(code, QByteArray::number(8100 + i)));
    const QDeadlineTimer quiet(4500);
    while (!quiet.hasExpired()) {
        serve.waitForReadyRead(100);
        stderrText += serve.readAllStandardError();
    }
    CHECK(stderrText.count("Someone is guessing") == 1);
    serve.terminate();
    CHECK(serve.waitForFinished(10000));
}
