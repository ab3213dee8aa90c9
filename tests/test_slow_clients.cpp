// SPDX-License-Identifier: GPL-3.0-or-later
// Slow clients from many addresses against the real server on 127.0.0.1: requests trickled in
// a line or a byte at a time are cut at the request deadline however they trickle; connections
// that wait are shed first when connections run short, so that a fresh phone still gets in;
// connections that are answering (a slow download) are never cut. Raw sockets bound to
// 127.0.x.y source addresses, so that each address is a phone to the per-address cap.
#include "hosting/SnapshotPublisher.h"
#include "server/HttpParsing.h"
#include "server/HttpServer.h"
#include "server/SiteSnapshot.h"
#include "support/Curl.h"
#include "support/RawClient.h"
#include "support/SampleSite.h"
#include "support/Wait.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QThread>

#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <netinet/in.h>
#include <optional>
#include <poll.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace docket;
using namespace testsupport;

namespace {

struct Hosted : SampleSite
{
    HttpServer server;
    std::unique_ptr<SnapshotPublisher> publisher;

    explicit Hosted(ServerOptions options)
    {
        options.bindAddress = QStringLiteral("127.0.0.1");
        options.port = 0;
        options.threads = 2;
        server.start(options);
        publisher = std::make_unique<SnapshotPublisher>(lib.library(), server);
    }
    QByteArray itemRequest() const
    {
        return "GET /" + open.code.toLatin1() + "/1 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    }
    QByteArray title() const { return QStringLiteral("Báo cáo chính trị").toUtf8(); }
};

QByteArray address(int third, int fourth)
{
    return "127.0." + QByteArray::number(third) + '.' + QByteArray::number(fourth);
}

// Connections that each trickle a request, a header line every `interval` and never the empty
// line that ends it, and reconnect at once whenever the server cuts them: a slowloris from
// several addresses, on a thread of its own until it is destroyed.
class TricklePool
{
public:
    TricklePool(std::uint16_t port, QByteArray requestLine, QList<QByteArray> addresses,
                int perAddress, int intervalMs)
        : m_port(port), m_requestLine(std::move(requestLine)), m_interval(intervalMs)
    {
        for (const QByteArray &source : addresses)
            for (int i = 0; i < perAddress; ++i)
                m_clients.push_back(Client{source, -1});
        m_thread = std::thread([this] { run(); });
    }
    ~TricklePool()
    {
        m_stop = true;
        m_thread.join();
        for (const Client &client : m_clients)
            if (client.fd >= 0)
                ::close(client.fd);
    }
    TricklePool(const TricklePool &) = delete;
    TricklePool &operator=(const TricklePool &) = delete;

    int connects() const { return m_connects.load(); }
    int cuts() const { return m_cuts.load(); }

private:
    struct Client
    {
        QByteArray source;
        int fd;
    };

    void connect(Client &client)
    {
        client.fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in source{};
        source.sin_family = AF_INET;
        ::inet_pton(AF_INET, client.source.constData(), &source.sin_addr);
        sockaddr_in server{};
        server.sin_family = AF_INET;
        server.sin_port = htons(m_port);
        server.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::bind(client.fd, reinterpret_cast<sockaddr *>(&source), sizeof source) != 0 ||
            ::connect(client.fd, reinterpret_cast<sockaddr *>(&server), sizeof server) != 0 ||
            ::send(client.fd, m_requestLine.constData(), static_cast<size_t>(m_requestLine.size()),
                   MSG_NOSIGNAL) < 0) {
            ::close(client.fd);
            client.fd = -1;
            return;
        }
        ++m_connects;
    }

    void run()
    {
        for (Client &client : m_clients)
            if (!m_stop)
                connect(client);
        QElapsedTimer sinceLine;
        sinceLine.start();
        int line = 0;
        while (!m_stop) {
            std::vector<pollfd> polled;
            for (const Client &client : m_clients)
                polled.push_back(pollfd{client.fd, POLLIN, 0});
            ::poll(polled.data(), polled.size(), 20);
            for (std::size_t i = 0; i < polled.size() && !m_stop; ++i) {
                Client &client = m_clients[i];
                if (client.fd < 0) {
                    connect(client);
                    continue;
                }
                if (!(polled[i].revents & (POLLIN | POLLHUP | POLLERR)))
                    continue;
                char buffer[4096];
                if (::recv(client.fd, buffer, sizeof buffer, MSG_DONTWAIT) <= 0) {
                    ::close(client.fd);
                    ++m_cuts;
                    connect(client);
                }
            }
            if (sinceLine.elapsed() >= m_interval) {
                sinceLine.restart();
                const QByteArray header = "X-Trickle-" + QByteArray::number(line++) + ": a\r\n";
                for (const Client &client : m_clients)
                    if (client.fd >= 0)
                        ::send(client.fd, header.constData(), static_cast<size_t>(header.size()),
                               MSG_NOSIGNAL | MSG_DONTWAIT);
            }
        }
    }

    const std::uint16_t m_port;
    const QByteArray m_requestLine;
    const int m_interval;
    std::vector<Client> m_clients;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_connects{0};
    std::atomic<int> m_cuts{0};
    std::thread m_thread;
};

// Connections opened all at once, far more than the server's limit and its listen queue
// together, each trickling a request (a header line every `intervalMs`, never the empty line)
// and opening again `reconnectMs` after the server cuts it: what an asyncio slowloris does. One
// thread, non-blocking sockets, so that the burst really is simultaneous: a connect the full
// listen queue drops waits for the kernel's next SYN while the others go on.
class BurstPool
{
public:
    BurstPool(std::uint16_t port, QByteArray begin, const QList<QByteArray> &addresses,
              int perAddress, int intervalMs, int reconnectMs)
        : m_port(port), m_begin(std::move(begin)), m_interval(intervalMs), m_reconnect(reconnectMs)
    {
        for (const QByteArray &source : addresses)
            for (int i = 0; i < perAddress; ++i)
                m_clients.push_back(Client{source});
        m_epoll = ::epoll_create1(EPOLL_CLOEXEC);
        m_thread = std::thread([this] { run(); });
    }
    ~BurstPool()
    {
        m_stop = true;
        m_thread.join();
        for (const Client &client : m_clients)
            if (client.fd >= 0)
                ::close(client.fd);
        ::close(m_epoll);
    }
    BurstPool(const BurstPool &) = delete;
    BurstPool &operator=(const BurstPool &) = delete;

    int established() const { return m_established.load(); } // now
    int connects() const { return m_connects.load(); }       // since the start
    int cuts() const { return m_cuts.load(); }

private:
    struct Client
    {
        QByteArray source;
        int fd = -1;
        bool established = false;
        qint64 openAt = 0; // when to open (again)
    };

    void open(Client &client, std::uint64_t index)
    {
        client.fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        sockaddr_in source{};
        source.sin_family = AF_INET;
        ::inet_pton(AF_INET, client.source.constData(), &source.sin_addr);
        sockaddr_in server{};
        server.sin_family = AF_INET;
        server.sin_port = htons(m_port);
        server.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        epoll_event event{};
        event.events = EPOLLOUT | EPOLLIN | EPOLLRDHUP;
        event.data.u64 = index;
        if (::bind(client.fd, reinterpret_cast<sockaddr *>(&source), sizeof source) != 0 ||
            (::connect(client.fd, reinterpret_cast<sockaddr *>(&server), sizeof server) != 0 &&
             errno != EINPROGRESS) ||
            ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, client.fd, &event) != 0) {
            ::close(client.fd);
            client.fd = -1;
            client.openAt = m_clock.elapsed() + m_reconnect;
        }
    }

    void drop(Client &client)
    {
        ::close(client.fd); // leaves the epoll set with it
        client.fd = -1;
        if (client.established) {
            --m_established;
            ++m_cuts;
        }
        client.established = false;
        client.openAt = m_clock.elapsed() + m_reconnect;
    }

    void run()
    {
        m_clock.start();
        for (std::size_t i = 0; i < m_clients.size(); ++i)
            open(m_clients[i], i);
        qint64 lastLine = 0;
        int line = 0;
        std::vector<epoll_event> events(256);
        while (!m_stop) {
            const int n = ::epoll_wait(m_epoll, events.data(), static_cast<int>(events.size()), 10);
            for (int e = 0; e < n; ++e) {
                Client &client = m_clients[events[e].data.u64];
                if (client.fd < 0)
                    continue;
                if (!client.established) {
                    int error = 0;
                    socklen_t length = sizeof error;
                    ::getsockopt(client.fd, SOL_SOCKET, SO_ERROR, &error, &length);
                    if (error != 0 || !(events[e].events & EPOLLOUT)) {
                        drop(client);
                        continue;
                    }
                    client.established = true;
                    ++m_established;
                    ++m_connects;
                    epoll_event readOnly{};
                    readOnly.events = EPOLLIN | EPOLLRDHUP;
                    readOnly.data.u64 = events[e].data.u64;
                    ::epoll_ctl(m_epoll, EPOLL_CTL_MOD, client.fd, &readOnly);
                    if (::send(client.fd, m_begin.constData(), static_cast<size_t>(m_begin.size()),
                               MSG_NOSIGNAL) < 0) {
                        drop(client);
                        continue;
                    }
                }
                if (events[e].events & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR)) {
                    char buffer[4096];
                    ssize_t got = 0;
                    while ((got = ::recv(client.fd, buffer, sizeof buffer, 0)) > 0) {
                    }
                    if (got == 0 || (errno != EAGAIN && errno != EWOULDBLOCK))
                        drop(client);
                }
            }
            const qint64 now = m_clock.elapsed();
            for (std::size_t i = 0; i < m_clients.size(); ++i)
                if (m_clients[i].fd < 0 && m_clients[i].openAt <= now)
                    open(m_clients[i], i);
            if (now - lastLine >= m_interval) {
                lastLine = now;
                const QByteArray header = "X-Trickle-" + QByteArray::number(line++) + ": a\r\n";
                for (const Client &client : m_clients)
                    if (client.established)
                        ::send(client.fd, header.constData(), static_cast<size_t>(header.size()),
                               MSG_NOSIGNAL);
            }
        }
    }

    const std::uint16_t m_port;
    const QByteArray m_begin;
    const int m_interval;
    const int m_reconnect;
    std::vector<Client> m_clients;
    int m_epoll = -1;
    QElapsedTimer m_clock;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_established{0};
    std::atomic<int> m_connects{0};
    std::atomic<int> m_cuts{0};
    std::thread m_thread;
};

// While it lives, stderr is a pipe of one page that nobody reads: a terminal paused with
// Ctrl+S, a supervisor that stopped reading, `serve` started by a script that only reads its
// first line. Whatever writes there blocks once the page is full. Then the pipe is drained
// and stderr is the test's again; the pipe's reading end stays open for good, so that a write
// still on its way to it ends without a SIGPIPE.
class StuckStderr
{
public:
    StuckStderr()
    {
        int ends[2];
        REQUIRE(::pipe2(ends, O_CLOEXEC) == 0);
        ::fcntl(ends[1], F_SETPIPE_SZ, 4096);
        m_read = ends[0];
        std::fflush(stderr);
        m_saved = ::dup(STDERR_FILENO);
        ::dup2(ends[1], STDERR_FILENO);
        ::close(ends[1]);
    }
    ~StuckStderr()
    {
        ::dup2(m_saved, STDERR_FILENO);
        ::close(m_saved);
        ::fcntl(m_read, F_SETFL, O_NONBLOCK);
        char buffer[4096];
        for (int quiet = 0; quiet < 20;) // until a write blocked on it had 100 ms to finish
            if (::read(m_read, buffer, sizeof buffer) <= 0) {
                ++quiet;
                QThread::msleep(5);
            }
    }
    StuckStderr(const StuckStderr &) = delete;
    StuckStderr &operator=(const StuckStderr &) = delete;

private:
    int m_read = -1;
    int m_saved = -1;
};

// A fresh phone: a connection of its own from its own address, one request, the page.
struct Fetch
{
    int status = 0;
    qint64 milliseconds = 0;
    bool hasTitle = false;
};
Fetch freshFetch(const Hosted &hosted, const QByteArray &source, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    RawClient phone(hosted.server.port(), source.constData(), 0, timeoutMs);
    Fetch fetch;
    if (!phone.connected() || !phone.send(hosted.itemRequest())) {
        fetch.milliseconds = timer.elapsed();
        return fetch;
    }
    const RawResponse response = phone.readResponse(timeoutMs);
    fetch.status = response.status;
    fetch.milliseconds = timer.elapsed();
    fetch.hasTitle = response.body.contains(hosted.title());
    return fetch;
}

} // namespace

TEST_CASE("A request trickled in is cut at the deadline however it trickles", "[slow]")
{
    ServerOptions options;
    options.requestDeadlineSeconds = 2;
    Hosted hosted(options);
    const QByteArray requestLine = "GET /" + hosted.open.code.toLatin1() + "/1 HTTP/1.1\r\n";

    // Twelve phones from twelve addresses: eight send a line of their request every 300 ms,
    // four a single byte of it; every byte would restart libmicrohttpd's idle timeout (15 s).
    const QByteArray begun = requestLine + "Host: 127.0.0.1\r\nUser-Agent: slow\r\n";
    const auto piece = [&](bool byByte, int round) -> QByteArray {
        if (byByte)
            return round < begun.size() ? begun.mid(round, 1) : QByteArray("a");
        const QList<QByteArray> lines = begun.split('\n');
        if (round < 3)
            return lines[round] + '\n';
        return "X-More-" + QByteArray::number(round) + ": a\r\n";
    };
    struct Slow
    {
        std::unique_ptr<RawClient> client;
        bool byByte = false;
        qint64 cutAt = -1;
    };
    std::vector<Slow> slow;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 12; ++i) {
        Slow s;
        s.client = std::make_unique<RawClient>(hosted.server.port(), address(3, i + 1).constData());
        s.byByte = i >= 8;
        REQUIRE(s.client->connected());
        slow.push_back(std::move(s));
    }
    int rounds = 0;
    QElapsedTimer sinceSend;
    while (timer.elapsed() < 5000) {
        if (rounds == 0 || sinceSend.elapsed() >= 300) {
            sinceSend.start();
            for (Slow &s : slow)
                if (s.cutAt < 0)
                    s.client->send(piece(s.byByte, rounds));
            ++rounds;
        }
        bool allCut = true;
        for (Slow &s : slow) {
            if (s.cutAt < 0 && s.client->closedByServer())
                s.cutAt = timer.elapsed();
            allCut = allCut && s.cutAt >= 0;
        }
        if (allCut)
            break;
        QThread::msleep(5);
    }
    for (std::size_t i = 0; i < slow.size(); ++i) {
        INFO("phone " << i << " cut at " << slow[i].cutAt << " ms");
        CHECK(slow[i].cutAt >= 1900); // not before the deadline (2 s from the connection)
        CHECK(slow[i].cutAt <= 2600); // and not later: trickling did not push it back
    }
    CHECK(rounds >= 7); // they were still trickling when they were cut
    CHECK(hosted.server.connections().overdue >= 12);
    CHECK(waitUntil([&] { return hosted.server.connections().open == 0; }, 2000));
    // The server goes on.
    const Fetch after = freshFetch(hosted, address(3, 100), 3000);
    CHECK(after.status == 200);
    CHECK(after.hasTitle);
}

TEST_CASE("A phone keeping its connection between requests is served within the deadline", "[slow]")
{
    ServerOptions options;
    options.requestDeadlineSeconds = 2;
    Hosted hosted(options);
    RawClient phone(hosted.server.port(), "127.0.5.1");
    REQUIRE(phone.connected());
    // Each answer starts the deadline again: three requests over 2.8 s on one connection.
    for (const int pauseMs : {0, 1400, 1400}) {
        INFO("after " << pauseMs << " ms");
        QThread::msleep(static_cast<unsigned long>(pauseMs));
        REQUIRE_FALSE(phone.closedByServer());
        REQUIRE(phone.send(hosted.itemRequest()));
        const RawResponse page = phone.readResponse(3000);
        CHECK(page.status == 200);
        CHECK(page.body.contains(hosted.title()));
    }
    CHECK(hosted.server.connections().open == 1);
    // Left idle, it is closed at the deadline.
    QElapsedTimer timer;
    timer.start();
    REQUIRE(phone.waitClosed(4000));
    CHECK(timer.elapsed() >= 1800);
    CHECK(timer.elapsed() <= 2600);
}

TEST_CASE("A slow download is never cut by the deadline", "[slow]")
{
    ServerOptions options;
    options.requestDeadlineSeconds = 1;
    Hosted hosted(options);
    QByteArray big(8 * 1024 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < big.size(); ++i)
        big[i] = static_cast<char>((i * 2654435761u) >> 13);
    const QString bigPath = hosted.lib.sourcePath(QStringLiteral("Bản đồ lớn.pdf"));
    writeFile(bigPath, big);
    const Document large = hosted.lib.library().importDocument(hosted.item2.id, bigPath).document;
    const QByteArray path = '/' + hosted.open.code.toLatin1() + "/2/" +
                            QByteArray::number(large.id) + '/' +
                            http::encodePathSegment(large.fileName);
    REQUIRE(waitUntil(
        [&] {
            const SnapshotMeeting *meeting = hosted.server.site()->meeting(hosted.open.code);
            return meeting && meeting->items.size() >= 2 && !meeting->items[1].documents.empty();
        },
        5000));

    // A phone on bad Wi-Fi: small buffers, 32 KB every 20 ms, about 5 s for the whole file.
    RawClient phone(hosted.server.port(), "127.0.5.2", 8192);
    REQUIRE(phone.connected());
    REQUIRE(phone.send(QByteArray("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")));
    QElapsedTimer timer;
    timer.start();
    QByteArray received;
    const auto complete = [&] {
        const qsizetype end = received.indexOf("\r\n\r\n");
        return end > 0 && received.size() - (end + 4) >= big.size();
    };
    // Half a second past the deadline the server is still writing: it cannot hand the phone
    // more than its send buffer (at most 4 MB, net.ipv4.tcp_wmem) ahead of what was read.
    std::optional<ConnectionWatch::Counts> pastDeadline;
    while (!complete() && timer.elapsed() < 20000) {
        if (!pastDeadline && timer.elapsed() >= 1500)
            pastDeadline = hosted.server.connections();
        const QByteArray chunk = phone.readSome(200, 32 * 1024);
        if (chunk.isEmpty() && phone.closedByServer())
            break;
        received += chunk;
        QThread::msleep(20);
    }
    INFO("took " << timer.elapsed() << " ms");
    CHECK(timer.elapsed() > 2000); // well past the deadline
    const qsizetype bodyAt = received.indexOf("\r\n\r\n") + 4;
    REQUIRE(bodyAt > 4);
    CHECK(received.startsWith("HTTP/1.1 200"));
    CHECK(received.size() - bodyAt == big.size());
    CHECK(sha256Hex(received.mid(bodyAt)) == large.sha256);
    REQUIRE(pastDeadline);
    CHECK(pastDeadline->answering == 1);
    CHECK(pastDeadline->overdue == 0);
    // Once the last bytes are handed to the kernel, it waits for a next request like any other
    // connection and is closed at the deadline, after the bytes still on their way.
    CHECK(phone.waitClosed(4000));
}

// Two ways the same defence shows, both measured here (2026-12-02, with CWDEBUG traces in the
// watch): libmicrohttpd either is still writing when the send deadline comes (the watch cuts
// it: a slow read), or it has handed all 16 MB to the kernel within a second (sendfile on
// loopback queues page references, not copies) and calls the request complete; the connection
// then waits for its next request, and the request deadline cuts it (overdue). The old test
// asked for the first only and failed about one run in three on the second. Either way the
// descriptor is back within the deadline, which is what a hall needs.
TEST_CASE("A client reading a byte a second is cut at its send deadline", "[slow]")
{
    // A slow read: each byte the client takes restarts libmicrohttpd's idle timeout, and an
    // answering connection was never cut, so such a client held its descriptor for as long as
    // the file lasted (16 MB at a byte a second: half a year).
    ServerOptions options;
    options.sendGraceSeconds = 2;
    options.minSendRate = 4 * 1024 * 1024; // 16 MB: a deadline 6 s after the answer started
    options.requestDeadlineSeconds = 5;    // the other way out (see above), about as soon
    Hosted hosted(options);
    QByteArray big(16 * 1024 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < big.size(); ++i)
        big[i] = static_cast<char>((i * 2654435761u) >> 13);
    const QString bigPath = hosted.lib.sourcePath(QStringLiteral("Bản đồ rất lớn.pdf"));
    writeFile(bigPath, big);
    const Document large = hosted.lib.library().importDocument(hosted.item2.id, bigPath).document;
    const QByteArray path = '/' + hosted.open.code.toLatin1() + "/2/" +
                            QByteArray::number(large.id) + '/' +
                            http::encodePathSegment(large.fileName);
    REQUIRE(waitUntil(
        [&] {
            const SnapshotMeeting *meeting = hosted.server.site()->meeting(hosted.open.code);
            return meeting && meeting->items.size() >= 2 && !meeting->items[1].documents.empty();
        },
        5000));

    RawClient slow(hosted.server.port(), "127.0.6.2", 4096);
    REQUIRE(slow.connected());
    REQUIRE(slow.send(QByteArray("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")));
    QElapsedTimer timer;
    timer.start();
    qint64 cutAt = -1;
    while (timer.elapsed() < 20000) {
        slow.readSome(50, 1);
        if (slow.closedByServer()) {
            cutAt = timer.elapsed();
            break;
        }
        QThread::msleep(950);
    }
    INFO("cut at " << cutAt << " ms");
    CHECK(cutAt >= 4500); // not before its deadline
    // And soon after it: the watch looks once a second and the client notices at its next read
    // (up to a second later); 9.6 s was seen with the suite running beside it, and above 12 s
    // once with npm and a build beside it too. Without the deadline the connection would last
    // for as long as the file (16 MB at a byte a second).
    CHECK(cutAt <= 15000);
    const auto cuts = hosted.server.connections();
    INFO("slow reads " << cuts.slowReads << ", overdue " << cuts.overdue);
    CHECK(cuts.slowReads + cuts.overdue == 1);
    const std::uint64_t slowReadsBefore = cuts.slowReads;
    // A phone that reads at any real speed gets the whole file meanwhile and after.
    const HttpResult whole =
        curlFetch(QStringLiteral("http://127.0.0.1:%1").arg(hosted.server.port()) +
                  QString::fromLatin1(path));
    CHECK(whole.status == 200);
    CHECK(whole.body.size() == big.size());
    CHECK(hosted.server.connections().slowReads == slowReadsBefore);
}

TEST_CASE("Trickling connections from many addresses do not keep a fresh phone out", "[slow]")
{
    ServerOptions options;
    options.connectionLimit = 200;
    options.perClientConnectionLimit = 20; // each trickling address stays under it
    options.requestDeadlineSeconds = 60;   // only making room is at work here
    options.idleTimeoutSeconds = 60;
    Hosted hosted(options);

    QList<QByteArray> addresses;
    for (int i = 1; i <= 12; ++i)
        addresses.append(address(4, i));
    // 12 x 18 = 216: more than the limit, so some always wait in the kernel's queue to get in.
    TricklePool trickle(hosted.server.port(),
                        "GET /" + hosted.open.code.toLatin1() + "/1 HTTP/1.1\r\nHost: x\r\n",
                        addresses, 18, 300);
    REQUIRE(waitUntil([&] { return trickle.connects() >= 216; }, 10000));
    QThread::msleep(1000); // trickling at full strength, reconnecting as fast as it is cut
    INFO("open " << hosted.server.connections().open << ", shed "
                 << hosted.server.connections().shed << ", trickle connects " << trickle.connects()
                 << " cuts " << trickle.cuts());
    CHECK(hosted.server.connections().open >= 150);

    for (int i = 1; i <= 5; ++i) {
        const Fetch fetch = freshFetch(hosted, address(9, i), 3000);
        INFO("fresh phone " << i << ": " << fetch.status << " in " << fetch.milliseconds << " ms");
        CHECK(fetch.status == 200);
        CHECK(fetch.hasTitle);
        CHECK(fetch.milliseconds < 1000);
        QThread::msleep(100);
    }
    CHECK(hosted.server.connections().shed > 0);
    CHECK(hosted.server.connections().overdue == 0);
}

// libmicrohttpd 0.9.75 often does not notice that a client which sent part of a request has
// ended its side of the stream (20 of 20 connections when this test runs alone): the connection
// stays open on the server until a timeout, 15 s of silence without the deadline.
TEST_CASE("A client that sent part of a request and left is closed by the deadline", "[slow]")
{
    ServerOptions options;
    options.requestDeadlineSeconds = 2;
    Hosted hosted(options);
    QElapsedTimer timer;
    timer.start();
    std::vector<std::unique_ptr<RawClient>> gone;
    for (int i = 0; i < 20; ++i) {
        gone.push_back(
            std::make_unique<RawClient>(hosted.server.port(), address(6, i + 1).constData()));
        REQUIRE(gone.back()->connected());
        REQUIRE(gone.back()->send(
            QByteArray("GET /" + hosted.open.code.toLatin1() + "/1 HTTP/1.1\r\nHost: x\r\n")));
        ::shutdown(gone.back()->socket(), SHUT_WR); // the end of its stream, request unfinished
    }
    for (std::size_t i = 0; i < gone.size(); ++i) {
        INFO("client " << i << " at " << timer.elapsed() << " ms");
        CHECK(gone[i]->waitClosed(std::max(0, 2600 - static_cast<int>(timer.elapsed()))));
    }
    CHECK(waitUntil([&] { return hosted.server.connections().open == 0; }, 1000));
    CHECK(hosted.server.connections().waiting == 0);
    CHECK(hosted.server.connections().answering == 0);
}

// The hall's lock-out (issue 10): 4,000 trickling connections opened at once, cut by the watch
// and back 250 ms later, with `serve`'s stderr a pipe nobody read. libmicrohttpd has a line to
// say about every connection it closes; once the pipe was full, both of its threads stopped in
// write(2) for good, 0 % CPU, the listen queue full, and no phone got in. Here scaled down: a
// limit of 300 on 2 threads, a listen queue of 64, 500 connections at once from 25 addresses.
TEST_CASE("A burst of reconnecting trickles with a stuck stderr does not lock the hall out",
          "[slow]")
{
    ServerOptions options;
    options.connectionLimit = 300;
    options.listenBacklog = 64;
    options.perClientConnectionLimit = 32; // each address stays under it
    options.requestDeadlineSeconds = 2;
    Hosted hosted(options);
    rlimit files{};
    ::getrlimit(RLIMIT_NOFILE, &files); // raised to the hard limit by the server
    if (files.rlim_cur < 1200) {
        WARN("needs 1,200 open files for 500 clients and 300 connections; the limit is "
             << files.rlim_cur);
        return;
    }
    StuckStderr stuck;

    QList<QByteArray> addresses;
    for (int i = 1; i <= 25; ++i)
        addresses.append(address(7, i));
    std::optional<BurstPool> burst;
    burst.emplace(hosted.server.port(),
                  "GET /" + hosted.open.code.toLatin1() + "/1 HTTP/1.1\r\nHost: x\r\n", addresses,
                  20, 500, 100);
    REQUIRE(waitUntil([&] { return burst->connects() >= 300; }, 10000)); // the limit is reached
    QThread::msleep(1500); // trickling at full strength, reconnecting as fast as it is cut
    const ConnectionWatch::Counts during = hosted.server.connections();
    INFO("open " << during.open << ", cut not closed yet " << during.cut << ", shed " << during.shed
                 << ", overdue " << during.overdue << "; trickles established "
                 << burst->established() << ", connects " << burst->connects() << ", cuts "
                 << burst->cuts());
    CHECK(during.open >= 200);
    // The watch has cut, and libmicrohttpd logged, far more than a pipe of one page holds.
    CHECK(during.shed >= 400);
    for (int i = 1; i <= 5; ++i) {
        const Fetch fetch = freshFetch(hosted, address(9, 100 + i), 3000);
        INFO("fresh phone " << i << ": " << fetch.status << " in " << fetch.milliseconds << " ms");
        CHECK(fetch.status == 200);
        CHECK(fetch.hasTitle);
        CHECK(fetch.milliseconds < 3000);
    }
    // What the watch cut, libmicrohttpd closed: the connections it counts are real ones.
    const ConnectionWatch::Counts later = hosted.server.connections();
    CHECK(later.cut < 100);
    const int cutsSeen = burst->cuts();
    burst.reset();
    CHECK(cutsSeen > 400);
    // Once the trickles are gone, so are their connections, by the deadline at the latest.
    CHECK(waitUntil([&] { return hosted.server.connections().open == 0; }, 4000));
}
