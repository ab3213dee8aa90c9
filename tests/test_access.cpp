// SPDX-License-Identifier: GPL-3.0-or-later
// Who opened what: downloads recorded from the real server, drained into the real catalog.
#include "server/AccessLog.h"
#include "server/HttpParsing.h"
#include "server/HttpServer.h"
#include "server/SnapshotPublisher.h"
#include "support/Curl.h"
#include "support/SampleSite.h"
#include "support/TempLibrary.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QRandomGenerator>
#include <QThread>

#include <catch2/catch.hpp>
#include <sqlite3.h>

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

} // namespace

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

TEST_CASE("Reading in the browser counts as opening; page images and revalidations do not",
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
    REQUIRE(sqlite3_prepare_v2(db, "SELECT device_key, complete, length FROM access_event", -1,
                               &statement, nullptr) == SQLITE_OK);
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
    sqlite3_finalize(statement);
    sqlite3_close(db);

    // Another library salts differently: the same phone gets another key.
    TempLibrary other;
    CHECK(other.catalog().deviceSalt() != hosted.lib.catalog().deviceSalt());
    CHECK(hosted.lib.catalog().deviceSalt() == hosted.lib.catalog().deviceSalt());
}

TEST_CASE("The access log drops beyond its bound instead of growing", "[access]")
{
    AccessLog log;
    for (qsizetype i = 0; i < AccessLog::kCapacity + 5; ++i)
        log.push(AccessEvent{1, {}, 0, 1, true, "k"});
    CHECK(log.dropped() == 5);
    CHECK(log.takeAll().size() == AccessLog::kCapacity);
    CHECK(log.takeAll().isEmpty());
}
