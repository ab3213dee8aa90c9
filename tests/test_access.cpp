// SPDX-License-Identifier: GPL-3.0-or-later
// Who opened what: downloads recorded from the real server, drained into the real catalog.
#include "hosting/AccessRecorder.h"
#include "hosting/SnapshotPublisher.h"
#include "server/HttpParsing.h"
#include "server/HttpServer.h"
#include "support/Curl.h"
#include "support/SampleSite.h"
#include "support/TempLibrary.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QThread>
#include <QUrl>

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace docket;
using namespace testsupport;

namespace {

struct Hosted : SampleSite
{
    HttpServer server;
    std::unique_ptr<SnapshotPublisher> publisher;
    std::unique_ptr<AccessRecorder> recorder;
    Document big;
    QByteArray bigContent;

    Hosted()
    {
        // Large enough that loopback socket buffers cannot swallow it whole.
        bigContent.resize(48 << 20);
        QRandomGenerator(7).fillRange(reinterpret_cast<quint32 *>(bigContent.data()),
                                      bigContent.size() / 4);
        const QString path = lib.sourcePath(QStringLiteral("Phụ lục lớn.bin"));
        writeFile(path, bigContent);
        big = lib.library().importDocument(item1.id, path).document;

        ServerOptions options;
        options.bindAddress = QStringLiteral("127.0.0.1");
        options.port = 0;
        server.start(options);
        publisher = std::make_unique<SnapshotPublisher>(lib.library(), server);
        recorder = std::make_unique<AccessRecorder>(lib.catalog(), server.accessLog());
    }

    QString url(const Document &doc) const
    {
        return QStringLiteral("http://127.0.0.1:%1/%2/1/%3/x")
            .arg(server.port())
            .arg(open.code)
            .arg(doc.id);
    }

    DocumentStats statsFor(const Document &doc)
    {
        recorder->recordNow();
        for (const DocumentStats &row : lib.catalog().documentStats(open.id))
            if (row.documentId == doc.id)
                return row;
        FAIL("no statistics row for the document");
        return {};
    }

    // Until the server has reported `requests` finished requests for the document.
    DocumentStats waitForRequests(const Document &doc, int requests)
    {
        const QDeadlineTimer deadline(10000);
        DocumentStats stats = statsFor(doc);
        while (stats.requests < requests && !deadline.hasExpired()) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            QThread::msleep(20);
            stats = statsFor(doc);
        }
        REQUIRE(stats.requests == requests);
        return stats;
    }
};

// Rows of a query on the catalog file, through SQLite itself, as a second reader would see it.
std::int64_t countRows(const QString &library, const char *sql)
{
    sqlite3 *db = nullptr;
    const QByteArray path = (library + QStringLiteral("/catalog.sqlite")).toUtf8();
    REQUIRE(sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt *statement = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(statement) == SQLITE_ROW);
    const std::int64_t value = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return value;
}

// One phone on one keep-alive connection: a request, its whole response, the next request.
class KeepAliveClient
{
public:
    explicit KeepAliveClient(quint16 port) : m_port(port) {}
    ~KeepAliveClient() { disconnect(); }

    // The status of one GET with these extra header lines; 0 when the connection failed.
    int get(const QByteArray &path, const QByteArray &headers)
    {
        if (m_fd < 0 && !connectNow())
            return 0;
        const QByteArray request =
            "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers + "\r\n";
        if (::send(m_fd, request.constData(), static_cast<size_t>(request.size()), MSG_NOSIGNAL) !=
            request.size()) {
            disconnect();
            return 0;
        }
        const qsizetype end = readUntil("\r\n\r\n");
        if (end < 0) {
            disconnect();
            return 0;
        }
        const QByteArray head = m_buffer.left(end);
        m_buffer.remove(0, end + 4);
        qsizetype length = 0;
        for (const QByteArray &line : head.split('\n'))
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        while (m_buffer.size() < length)
            if (!readMore()) {
                disconnect();
                return 0;
            }
        m_buffer.remove(0, length);
        if (head.toLower().contains("connection: close"))
            disconnect();
        return head.mid(9, 3).toInt();
    }

private:
    bool connectNow()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(m_port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        timeval timeout{5, 0};
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
        if (::connect(m_fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0) {
            disconnect();
            return false;
        }
        m_buffer.clear();
        return true;
    }
    void disconnect()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }
    bool readMore()
    {
        char chunk[16384];
        const ssize_t got = ::recv(m_fd, chunk, sizeof chunk, 0);
        if (got <= 0)
            return false;
        m_buffer.append(chunk, got);
        return true;
    }
    qsizetype readUntil(const char *marker)
    {
        for (;;) {
            const qsizetype at = m_buffer.indexOf(marker);
            if (at >= 0)
                return at;
            if (!readMore())
                return -1;
        }
    }

    quint16 m_port;
    int m_fd = -1;
    QByteArray m_buffer;
};

} // namespace

TEST_CASE("A range flood from one phone leaves one counter, with every request counted", "[access]")
{
    Hosted hosted;
    const QByteArray path = QUrl(hosted.url(hosted.pdf)).path().toUtf8();
    KeepAliveClient phone(hosted.server.port());
    int answered = 0;
    int failed = 0;
    QElapsedTimer clock;
    clock.start();
    // A few seconds of one phone asking for one byte, as fast as the server answers.
    while (clock.elapsed() < 3000 && failed < 50) {
        const int status = phone.get(path, "Range: bytes=0-0\r\nUser-Agent: flood-phone\r\n");
        if (status == 206)
            ++answered;
        else
            ++failed;
        if (answered % 500 == 0)
            QCoreApplication::processEvents(); // the recorder drains once a second meanwhile
    }
    INFO("answered " << answered << ", failed " << failed);
    REQUIRE(failed == 0);
    REQUIRE(answered > 1000);

    // And one other phone that downloads the whole file once.
    REQUIRE(curlFetch(hosted.url(hosted.pdf), {QStringLiteral("-A"), QStringLiteral("reader")})
                .status == 200);
    const DocumentStats stats = hosted.waitForRequests(hosted.pdf, answered + 1);
    CHECK(stats.devices == 2);
    CHECK(stats.completeDownloads == 1);
    CHECK(stats.bytesSent == answered + hosted.pdfContent.size());
    // Rows: phones x versions, not requests.
    CHECK(countRows(hosted.lib.folder(), "SELECT count(*) FROM access_counter") == 2);
    CHECK(countRows(hosted.lib.folder(), "SELECT max(requests) FROM access_counter") == answered);
    CHECK(hosted.server.accessLog().dropped() == 0);
}

TEST_CASE("A complete download and an abandoned one are recorded as such", "[access]")
{
    Hosted hosted;
    const QString file = hosted.lib.sourcePath(QStringLiteral("downloaded"));

    const ProcessResult whole =
        runCurl({QStringLiteral("-s"), QStringLiteral("-A"), QStringLiteral("phone-A"),
                 QStringLiteral("-o"), file, hosted.url(hosted.big)});
    REQUIRE(whole.exitCode == 0);
    REQUIRE(readFile(file) == hosted.bigContent);
    DocumentStats stats = hosted.waitForRequests(hosted.big, 1);
    CHECK(stats.devices == 1);
    CHECK(stats.completeDownloads == 1);
    CHECK(stats.bytesSent == hosted.bigContent.size());

    // A phone that walks away: curl reading 1 MB/s gives up after a second.
    const ProcessResult abandoned =
        runCurl({QStringLiteral("-s"), QStringLiteral("-A"), QStringLiteral("phone-B"),
                 QStringLiteral("--limit-rate"), QStringLiteral("1M"), QStringLiteral("--max-time"),
                 QStringLiteral("1"), QStringLiteral("-o"), file, hosted.url(hosted.big)});
    CHECK(abandoned.exitCode == 28); // curl's "operation timed out"
    stats = hosted.waitForRequests(hosted.big, 2);
    CHECK(stats.devices == 2);
    CHECK(stats.completeDownloads == 1); // the abandoned one is not complete
    CHECK(stats.bytesSent == hosted.bigContent.size());

    // The server is fine afterwards: the next download is whole.
    REQUIRE(runCurl({QStringLiteral("-s"), QStringLiteral("-A"), QStringLiteral("phone-A"),
                     QStringLiteral("-o"), file, hosted.url(hosted.big)})
                .exitCode == 0);
    CHECK(readFile(file) == hosted.bigContent);
    stats = hosted.waitForRequests(hosted.big, 3);
    CHECK(stats.devices == 2); // phone-A again
    CHECK(stats.completeDownloads == 2);
}

TEST_CASE("Ranges are recorded, HEAD and 304 are not", "[access]")
{
    Hosted hosted;
    const QString url = hosted.url(hosted.pdf);
    REQUIRE(curlFetch(url, {QStringLiteral("-r"), QStringLiteral("0-99")}).status == 206);
    DocumentStats stats = hosted.waitForRequests(hosted.pdf, 1);
    CHECK(stats.completeDownloads == 0); // a piece, not the file
    CHECK(stats.bytesSent == 100);

    REQUIRE(curlFetch(url, {QStringLiteral("-I")}).status == 200);
    const HttpResult full = curlFetch(url);
    REQUIRE(full.status == 200);
    REQUIRE(curlFetch(url, {QStringLiteral("-H"), QStringLiteral("If-None-Match: ") +
                                                      QString::fromLatin1(full.header("ETag"))})
                .status == 304);
    stats = hosted.waitForRequests(hosted.pdf, 2); // the range and the full GET only
    QThread::msleep(200);
    CHECK(hosted.statsFor(hosted.pdf).requests == 2);
    CHECK(stats.completeDownloads == 1);
}

TEST_CASE("Reading in the browser counts as opening, page images and revalidations do not",
          "[access]")
{
    Hosted hosted;
    const QString reader = QStringLiteral("http://127.0.0.1:%1/%2/1/%3/read")
                               .arg(hosted.server.port())
                               .arg(hosted.open.code)
                               .arg(hosted.pdf.id);
    const HttpResult page = curlFetch(reader, {QStringLiteral("-A"), QStringLiteral("phone-R")});
    REQUIRE(page.status == 200);
    REQUIRE(curlFetch(QString(reader).replace(QStringLiteral("/read"), QStringLiteral("/page/1")))
                .status == 200);
    REQUIRE(curlFetch(reader, {QStringLiteral("-H"), QStringLiteral("If-None-Match: ") +
                                                         QString::fromLatin1(page.header("ETag"))})
                .status == 304);
    DocumentStats stats = hosted.waitForRequests(hosted.pdf, 1);
    QThread::msleep(200);
    stats = hosted.statsFor(hosted.pdf);
    CHECK(stats.requests == 1);
    CHECK(stats.devices == 1);
    CHECK(stats.completeDownloads == 0); // read, not downloaded
    CHECK(stats.bytesSent == 0);
}

TEST_CASE("Taking an item home as one ZIP counts each of its documents as downloaded", "[access]")
{
    Hosted hosted;
    const QString zip = QStringLiteral("http://127.0.0.1:%1/%2/1/zip")
                            .arg(hosted.server.port())
                            .arg(hosted.open.code);
    const HttpResult whole = curlFetch(zip, {QStringLiteral("-A"), QStringLiteral("phone-Z")});
    REQUIRE(whole.status == 200);
    REQUIRE(whole.body.size() > hosted.bigContent.size());
    for (const auto &[doc, size] : {std::pair{&hosted.pdf, hosted.pdfContent.size()},
                                    std::pair{&hosted.big, hosted.bigContent.size()}}) {
        const DocumentStats stats = hosted.waitForRequests(*doc, 1);
        CHECK(stats.devices == 1);
        CHECK(stats.completeDownloads == 1);
        CHECK(stats.bytesSent == size);
    }
    // A resumed piece of it (the CRCs are known now): the same phone opened them again, and
    // downloaded nothing more; a HEAD is no opening.
    const HttpResult piece = curlFetch(zip, {QStringLiteral("-A"), QStringLiteral("phone-Z"),
                                             QStringLiteral("-r"), QStringLiteral("100-1099")});
    REQUIRE(piece.status == 206);
    REQUIRE(curlFetch(zip, {QStringLiteral("-I")}).status == 200);
    DocumentStats stats = hosted.waitForRequests(hosted.pdf, 2);
    QThread::msleep(200);
    stats = hosted.statsFor(hosted.pdf);
    CHECK(stats.requests == 2);
    CHECK(stats.devices == 1);
    CHECK(stats.completeDownloads == 1);
    CHECK(stats.bytesSent == hosted.pdfContent.size());
}

TEST_CASE("No address is stored: device keys are salted hashes", "[access]")
{
    Hosted hosted;
    REQUIRE(curlFetch(hosted.url(hosted.pdf), {QStringLiteral("-A"), QStringLiteral("phone-A")})
                .status == 200);
    hosted.waitForRequests(hosted.pdf, 1);

    sqlite3 *db = nullptr;
    const QByteArray path = (hosted.lib.folder() + QStringLiteral("/catalog.sqlite")).toUtf8();
    REQUIRE(sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt *statement = nullptr;
    REQUIRE(sqlite3_prepare_v2(db,
                               "SELECT device_key, complete_downloads, bytes_sent, requests, "
                               "first_seen <= last_seen FROM access_counter",
                               -1, &statement, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(statement) == SQLITE_ROW);
    const QByteArray key(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    // The salted hash of address and browser, nothing else.
    const QByteArray expected =
        QCryptographicHash::hash(
            QByteArray(hosted.lib.catalog().deviceSalt() + "\n127.0.0.1\nphone-A"),
            QCryptographicHash::Sha256)
            .toHex()
            .left(32);
    CHECK(key == expected);
    CHECK(sqlite3_column_int(statement, 1) == 1);
    CHECK(sqlite3_column_int64(statement, 2) == hosted.pdfContent.size());
    CHECK(sqlite3_column_int(statement, 3) == 1);
    CHECK(sqlite3_column_int(statement, 4) == 1);
    CHECK(sqlite3_step(statement) == SQLITE_DONE); // one phone, one version: one row
    sqlite3_finalize(statement);
    sqlite3_close(db);

    // Another library salts differently: the same phone gets another key.
    TempLibrary other;
    CHECK(other.catalog().deviceSalt() != hosted.lib.catalog().deviceSalt());
    CHECK(hosted.lib.catalog().deviceSalt() == hosted.lib.catalog().deviceSalt());
}

TEST_CASE("The catalog's bytes hold neither the phone's address nor its browser", "[access]")
{
    Hosted hosted;
    // A source address and a browser name found nowhere else in the library.
    const QString address = QStringLiteral("127.0.0.77");
    const QString browser = QStringLiteral("Phone-Browser-5f3a9c");
    REQUIRE(curlFetch(hosted.url(hosted.pdf),
                      {QStringLiteral("--interface"), address, QStringLiteral("-A"), browser})
                .status == 200);
    const DocumentStats stats = hosted.waitForRequests(hosted.pdf, 1);
    REQUIRE(stats.devices == 1); // the visit did reach the catalog

    const QString catalogPath = hosted.lib.folder() + QStringLiteral("/catalog.sqlite");
    QByteArray bytes;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-journal")}) {
        QFile file(catalogPath + suffix);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    REQUIRE(bytes.size() > 4096);
    for (const QString &secret : {address, browser}) {
        INFO(secret.toStdString());
        CHECK_FALSE(bytes.contains(secret.toUtf8()));
        CHECK_FALSE(bytes.contains(secret.toUtf8().toLower()));
        CHECK_FALSE(bytes.contains(QByteArray(reinterpret_cast<const char *>(secret.utf16()),
                                              secret.size() * 2))); // UTF-16, as SQLite may
    }
    // The search can fail: the bytes do hold what the library was given.
    CHECK(bytes.contains(hosted.open.code.toUtf8()));
}

TEST_CASE("The access log adds repeats up and drops beyond its bound instead of growing",
          "[access]")
{
    AccessLog log;
    // The same phone and version, again and again: one entry.
    for (int i = 0; i < 1000; ++i)
        log.push(AccessEvent{1, QDateTime::currentDateTimeUtc(), 0, 1, true, "same"});
    AccessTally taken = log.takeAll();
    REQUIRE(taken.size() == 1);
    CHECK(taken.requests() == 1000);
    CHECK(taken.counts().first().bytesSent == 1000);
    CHECK(taken.counts().first().fromStartLength == 1);

    // Distinct phones past the bound are dropped, and counted.
    for (qsizetype i = 0; i < AccessLog::kCapacity + 5; ++i)
        log.push(AccessEvent{1, {}, 0, 1, true, QByteArray::number(i)});
    CHECK(log.dropped() == 5);
    CHECK(log.takeAll().size() == AccessLog::kCapacity);
    CHECK(log.takeAll().isEmpty());
}

TEST_CASE("Access counts keep first and last seen, bytes and whole downloads", "[access]")
{
    AccessTally tally;
    const QDateTime start = QDateTime::currentDateTimeUtc();
    tally.add(AccessEvent{7, start.addSecs(5), 0, 100, true, "a"});  // whole if size is 100
    tally.add(AccessEvent{7, start, 0, 100, true, "a"});             // earlier, same entry
    tally.add(AccessEvent{7, start.addSecs(9), 50, 50, true, "a"});  // a piece
    tally.add(AccessEvent{7, start.addSecs(2), 0, 100, false, "a"}); // walked away
    tally.add(AccessEvent{8, start, 0, 100, true, "a"});             // another version
    CHECK(tally.size() == 3);
    CHECK(tally.requests() == 5);
    for (const AccessCount &count : tally.counts()) {
        if (count.versionId == 7 && count.fromStartLength == 100) {
            CHECK(count.requests == 2);
            CHECK(count.bytesSent == 200);
            CHECK(count.firstSeen == start);
            CHECK(count.lastSeen == start.addSecs(5));
        } else if (count.versionId == 7) {
            CHECK(count.fromStartLength == -1);
            CHECK(count.requests == 2);
            CHECK(count.bytesSent == 50); // the abandoned one carried none for sure
            CHECK(count.lastSeen == start.addSecs(9));
        } else {
            CHECK(count.versionId == 8);
        }
    }
}
