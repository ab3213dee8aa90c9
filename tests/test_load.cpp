// SPDX-License-Identifier: GPL-3.0-or-later
// The server under hostile or unlucky clients: slow ones, too many at once. Plain sockets to
// 127.0.0.1, so that each test controls exactly what a client sends and when.
#include "hosting/SnapshotPublisher.h"
#include "server/HttpServer.h"
#include "support/Curl.h"
#include "support/RawClient.h"
#include "support/SampleSite.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

using namespace docket;
using namespace testsupport;

namespace {

class Socket
{
public:
    explicit Socket(std::uint16_t port)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        REQUIRE(m_fd >= 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        m_connected = ::connect(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0;
    }
    ~Socket()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Socket(const Socket &) = delete;
    Socket &operator=(const Socket &) = delete;

    bool connected() const { return m_connected; }
    bool send(const QByteArray &bytes)
    {
        return ::send(m_fd, bytes.constData(), static_cast<size_t>(bytes.size()), MSG_NOSIGNAL) ==
               bytes.size();
    }
    // Reads what arrives within the time; stops at end of stream. `closed` tells whether the
    // server ended the connection.
    QByteArray read(int milliseconds, bool *closed = nullptr)
    {
        QByteArray data;
        QElapsedTimer timer;
        timer.start();
        bool ended = false;
        while (timer.elapsed() < milliseconds) {
            pollfd p{m_fd, POLLIN, 0};
            const int left = milliseconds - static_cast<int>(timer.elapsed());
            if (::poll(&p, 1, std::max(1, left)) <= 0)
                continue;
            char buffer[65536];
            const ssize_t got = ::recv(m_fd, buffer, sizeof buffer, 0);
            if (got <= 0) {
                ended = true;
                break;
            }
            data.append(buffer, got);
            if (data.contains("\r\n\r\n") && !data.startsWith("HTTP/1.1 200"))
                break; // a short answer is complete once its headers are
            if (data.contains("</html>"))
                break;
        }
        if (closed)
            *closed = ended;
        return data;
    }

private:
    int m_fd = -1;
    bool m_connected = false;
};

struct Hosted : SampleSite
{
    HttpServer server;
    std::unique_ptr<SnapshotPublisher> publisher;

    explicit Hosted(const ServerOptions &custom)
    {
        ServerOptions options = custom;
        options.bindAddress = QStringLiteral("127.0.0.1");
        options.port = 0;
        server.start(options);
        publisher = std::make_unique<SnapshotPublisher>(lib.library(), server);
    }
    QByteArray itemRequest() const
    {
        return "GET /" + open.code.toLatin1() + "/1 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    }
    QString itemUrl() const
    {
        return QStringLiteral("http://127.0.0.1:%1/%2/1").arg(server.port()).arg(open.code);
    }
};

} // namespace

TEST_CASE("Slow clients holding connections do not starve the others", "[load]")
{
    ServerOptions options;
    options.perClientConnectionLimit = 2000; // every client here is 127.0.0.1
    options.idleTimeoutSeconds = 2;
    Hosted hosted(options);

    // 300 clients that send half a request line and then nothing (slowloris).
    std::vector<std::unique_ptr<Socket>> slow;
    for (int i = 0; i < 300; ++i) {
        slow.push_back(std::make_unique<Socket>(hosted.server.port()));
        REQUIRE(slow.back()->connected());
        REQUIRE(slow.back()->send("GET /" + hosted.open.code.toLatin1() + "/1 HTTP/1.1\r\nHo"));
    }

    // A delegate still gets the page at once, several times over.
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        const HttpResult page = curlFetch(hosted.itemUrl());
        CHECK(page.status == 200);
        CHECK(timer.elapsed() < 1000);
    }

    // The idle timeout (2 s) then frees every slow connection: waited for, up to 10 s.
    std::vector<bool> ended(slow.size(), false);
    int closed = 0;
    QElapsedTimer waited;
    waited.start();
    while (closed < 300 && waited.elapsed() < 10000) {
        for (std::size_t i = 0; i < slow.size(); ++i) {
            if (ended[i])
                continue;
            bool end = false;
            slow[i]->read(1, &end);
            if (end) {
                ended[i] = true;
                ++closed;
            }
        }
    }
    CHECK(closed == 300);
    CHECK(waited.elapsed() < 6000);
}

// At its connection limit libmicrohttpd stops accepting and a newcomer waits in the kernel's
// queue for as long as the others stay. Connections that are only waiting for a request are cut
// to make room, the longest waiting first (see ConnectionWatch).
TEST_CASE("Past the connection limit, waiting connections make room for a newcomer", "[load]")
{
    ServerOptions options;
    options.connectionLimit = 20;
    options.perClientConnectionLimit = 2000;
    options.idleTimeoutSeconds = 10;
    Hosted hosted(options);

    std::vector<std::unique_ptr<Socket>> held;
    for (int i = 0; i < 20; ++i) {
        held.push_back(std::make_unique<Socket>(hosted.server.port()));
        REQUIRE(held.back()->connected());
        QThread::msleep(2); // distinct ages
    }
    // The 19th is above 18 of 20: the oldest waiting ones are cut down to 17 (one, or more if
    // the 20th came before the watchdog woke).
    QElapsedTimer waited;
    waited.start();
    while (hosted.server.connections().shed < 2 && waited.elapsed() < 3000)
        QThread::msleep(5);
    CHECK(hosted.server.connections().shed >= 2);

    // The 21st is served at once.
    QElapsedTimer timer;
    timer.start();
    const HttpResult page = curlFetch(hosted.itemUrl());
    CHECK(page.status == 200);
    CHECK(timer.elapsed() < 1000);

    // The longest waiting went, oldest first; all the others are served as usual.
    QThread::msleep(100);
    const auto shed = static_cast<size_t>(hosted.server.connections().shed);
    CHECK(shed <= 4);
    for (size_t i = 0; i < held.size(); ++i) {
        INFO("connection " << i << " of 20, " << shed << " shed");
        bool closed = false;
        if (i < shed) {
            held[i]->read(1000, &closed);
            CHECK(closed);
            continue;
        }
        REQUIRE(held[i]->send(hosted.itemRequest()));
        const QByteArray answer = held[i]->read(3000);
        CHECK(answer.startsWith("HTTP/1.1 200 OK"));
        CHECK(answer.contains(QStringLiteral("Báo cáo chính trị").toUtf8()));
    }
}

// When nothing can be cut to make room (every connection is sending a response), a newcomer is
// told at once to come back, instead of waiting in the kernel's queue for a slot.
TEST_CASE("When every connection is answering, a newcomer is told to come back", "[load]")
{
    ServerOptions options;
    options.connectionLimit = 20; // 18 answering saturate it
    options.perClientConnectionLimit = 2000;
    Hosted hosted(options);
    QByteArray big(8 * 1024 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < big.size(); ++i)
        big[i] = static_cast<char>((i * 2654435761u) >> 13);
    const QString bigPath = hosted.lib.sourcePath(QStringLiteral("Bản đồ lớn.pdf"));
    writeFile(bigPath, big);
    const Document large = hosted.lib.library().importDocument(hosted.item2.id, bigPath).document;
    const QByteArray download = "GET /" + hosted.open.code.toLatin1() + "/2/" +
                                QByteArray::number(large.id) +
                                " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    QElapsedTimer waited;
    waited.start();
    while (curlFetch(QStringLiteral("http://127.0.0.1:%1/%2/2/%3")
                         .arg(hosted.server.port())
                         .arg(hosted.open.code)
                         .arg(large.id),
                     {QStringLiteral("-I")})
                   .status != 200 &&
           waited.elapsed() < 5000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(20);
    }

    // 18 phones that asked for 8 MB and read nothing: their answers stay on their way.
    std::vector<std::unique_ptr<RawClient>> downloads;
    for (int i = 0; i < 18; ++i) {
        downloads.push_back(std::make_unique<RawClient>(hosted.server.port(), "127.0.0.1", 4096));
        REQUIRE(downloads.back()->connected());
        REQUIRE(downloads.back()->send(download));
    }
    waited.restart();
    while (hosted.server.connections().answering < 18 && waited.elapsed() < 5000)
        QThread::msleep(5);
    REQUIRE(hosted.server.connections().answering == 18);

    QElapsedTimer timer;
    timer.start();
    RawClient newcomer(hosted.server.port());
    REQUIRE(newcomer.connected());
    REQUIRE(newcomer.send(hosted.itemRequest()));
    const RawResponse busy = newcomer.readResponse(3000);
    CHECK(busy.status == 503);
    CHECK(timer.elapsed() < 1000);
    CHECK(busy.header("Retry-After") == "2");
    CHECK(busy.header("X-Content-Type-Options") == "nosniff");
    CHECK(busy.header("Cache-Control") == "no-store");
    CHECK(newcomer.waitClosed(2000));
    CHECK(hosted.server.connections().shed == 0); // nothing was cut for it

    // One download ends: the next newcomer is served.
    downloads.pop_back();
    waited.restart();
    while (hosted.server.connections().answering >= 18 && waited.elapsed() < 5000)
        QThread::msleep(5);
    const HttpResult page = curlFetch(hosted.itemUrl());
    CHECK(page.status == 200);
}

TEST_CASE("One address cannot take every connection", "[load]")
{
    ServerOptions options;
    options.perClientConnectionLimit = 8;
    Hosted hosted(options);
    std::vector<std::unique_ptr<Socket>> held;
    for (int i = 0; i < 8; ++i) {
        held.push_back(std::make_unique<Socket>(hosted.server.port()));
        REQUIRE(held.back()->connected());
    }
    QThread::msleep(200);
    Socket ninth(hosted.server.port());
    bool closed = false;
    if (ninth.connected()) {
        ninth.send(hosted.itemRequest());
        CHECK(ninth.read(2000, &closed).isEmpty());
        CHECK(closed); // refused by closing, not left hanging
    }
    REQUIRE(held.front()->send(hosted.itemRequest()));
    CHECK(held.front()->read(3000).startsWith("HTTP/1.1 200 OK"));
}

TEST_CASE("Oversized request headers get an error, not memory", "[load]")
{
    Hosted hosted(ServerOptions{});
    Socket socket(hosted.server.port());
    REQUIRE(socket.connected());
    QByteArray request = "GET /" + hosted.open.code.toLatin1() + "/1 HTTP/1.1\r\nHost: x\r\n";
    for (int i = 0; i < 200; ++i)
        request += "X-Padding-" + QByteArray::number(i) + ": " + QByteArray(400, 'a') + "\r\n";
    request += "\r\n";
    socket.send(request);
    const QByteArray answer = socket.read(3000);
    CHECK(answer.startsWith("HTTP/1.1 431")); // Request Header Fields Too Large
    // And the server goes on.
    CHECK(curlFetch(hosted.itemUrl()).status == 200);
}
