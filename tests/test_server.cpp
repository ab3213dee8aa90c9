// SPDX-License-Identifier: GPL-3.0-or-later
#include "hosting/SnapshotPublisher.h"
#include "server/HttpParsing.h"
#include "server/HttpServer.h"
#include "server/SiteSnapshot.h"
#include "support/Curl.h"
#include "support/SampleSite.h"
#include "support/TestPdf.h"
#include "support/Wait.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QRegularExpression>
#include <QThread>

#include <catch2/catch.hpp>

using namespace docket;
using namespace testsupport;

namespace {

ServerOptions loopback(std::uint16_t port = 0)
{
    ServerOptions options;
    options.bindAddress = QStringLiteral("127.0.0.1");
    options.port = port;
    options.threads = 2;
    return options;
}

// A hosted library: the real server on 127.0.0.1, kept current by the real publisher.
struct Hosted : SampleSite
{
    HttpServer server;
    std::unique_ptr<SnapshotPublisher> publisher;

    Hosted()
    {
        server.start(loopback());
        publisher = std::make_unique<SnapshotPublisher>(lib.library(), server);
    }

    QString url(const QByteArray &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1").arg(server.port()) + QString::fromLatin1(path);
    }
    QByteArray documentPath(const Document &doc) const
    {
        return '/' + open.code.toLatin1() + "/1/" + QByteArray::number(doc.id) + '/' +
               http::encodePathSegment(doc.fileName);
    }
};

// Runs the event loop until `done` holds or the time is up.
QString filenameStar(const QByteArray &disposition)
{
    const QByteArray marker = "filename*=UTF-8''";
    const qsizetype at = disposition.indexOf(marker);
    REQUIRE(at >= 0);
    return QString::fromUtf8(QByteArray::fromPercentEncoding(disposition.mid(at + marker.size())));
}

} // namespace

TEST_CASE("The server listens on 127.0.0.1 on a free port", "[server]")
{
    Hosted hosted;
    CHECK(hosted.server.isRunning());
    CHECK(hosted.server.port() != 0);
    CHECK(hosted.server.bindAddress() == u"127.0.0.1");
    CHECK(hosted.publisher->publishedCount() >= 1);
    hosted.server.stop();
    CHECK_FALSE(hosted.server.isRunning());
}

TEST_CASE("A document downloads byte for byte with its Vietnamese name", "[server]")
{
    Hosted hosted;
    const HttpResult result = curlFetch(hosted.url(hosted.documentPath(hosted.pdf)));
    CHECK(result.status == 200);
    CHECK(result.body.size() == hosted.pdfContent.size());
    CHECK(sha256Hex(result.body) == hosted.pdf.sha256);
    CHECK(sha256Hex(result.body) == sha256Hex(hosted.pdfContent));
    CHECK(result.header("Content-Type") == "application/pdf");
    CHECK(result.header("Content-Length") == QByteArray::number(hosted.pdfContent.size()));
    CHECK(result.header("ETag") == '"' + hosted.pdf.sha256.toLatin1() + '"');
    CHECK(result.header("Accept-Ranges") == "bytes");
    const QByteArray disposition = result.header("Content-Disposition");
    CHECK(disposition.startsWith("inline; filename=\"Bao cao tong ket Doan 2026.pdf\""));
    CHECK(filenameStar(disposition) == SampleSite::pdfName());

    const HttpResult text = curlFetch(hosted.url(hosted.documentPath(hosted.text)));
    CHECK(text.status == 200);
    CHECK(text.body == hosted.textContent);
    CHECK(filenameStar(text.header("Content-Disposition")) == SampleSite::textName());
}

TEST_CASE("Pages come over the wire with their headers", "[server]")
{
    Hosted hosted;
    const QByteArray code = hosted.open.code.toLatin1();
    const HttpResult meeting = curlFetch(hosted.url('/' + code));
    CHECK(meeting.status == 200);
    CHECK(meeting.header("Content-Type") == "text/html; charset=utf-8");
    CHECK(QString::fromUtf8(meeting.body).contains(hosted.open.title));
    CHECK(meeting.header("Content-Length") == QByteArray::number(meeting.body.size()));

    // Uppercase or lowercase, as a QR code or a person types it: another spelling is
    // redirected to the one the QR code holds.
    const HttpResult moved = curlFetch(hosted.url('/' + code.toLower() + "/1"));
    CHECK(moved.status == 301);
    CHECK(moved.header("Location") == '/' + code + "/1");
    const HttpResult item =
        curlFetch(hosted.url('/' + code.toLower() + "/1"), {QStringLiteral("-L")});
    CHECK(item.status == 200);
    CHECK(QString::fromUtf8(item.body).contains(
        QString::fromLatin1(hosted.documentPath(hosted.pdf))));

    const HttpResult english =
        curlFetch(hosted.url('/' + code + "/1"),
                  {QStringLiteral("-H"), QStringLiteral("Cookie: docket_lang=en")});
    CHECK(english.header("Content-Language") == "en");
    CHECK(english.body != item.body);
}

TEST_CASE("Ranges conditional requests HEAD and other methods over the wire", "[server]")
{
    Hosted hosted;
    const QString url = hosted.url(hosted.documentPath(hosted.pdf));
    const QByteArray size = QByteArray::number(hosted.pdfContent.size());

    const HttpResult range =
        curlFetch(url, {QStringLiteral("-H"), QStringLiteral("Range: bytes=10-109")});
    CHECK(range.status == 206);
    CHECK(range.header("Content-Range") == "bytes 10-109/" + size);
    CHECK(range.header("Content-Length") == "100");
    CHECK(range.body == hosted.pdfContent.mid(10, 100));

    const HttpResult resumed = curlFetch(url, {QStringLiteral("-r"), QStringLiteral("1000-")});
    CHECK(resumed.status == 206);
    CHECK(resumed.body == hosted.pdfContent.mid(1000));

    const HttpResult unsatisfiable =
        curlFetch(url, {QStringLiteral("-H"),
                        QStringLiteral("Range: bytes=") + QString::fromLatin1(size) + u'-'});
    CHECK(unsatisfiable.status == 416);
    CHECK(unsatisfiable.header("Content-Range") == "bytes */" + size);

    const HttpResult notModified =
        curlFetch(url, {QStringLiteral("-H"),
                        QStringLiteral("If-None-Match: \"%1\"").arg(hosted.pdf.sha256)});
    CHECK(notModified.status == 304);
    CHECK(notModified.body.isEmpty());

    const HttpResult head = curlFetch(url, {QStringLiteral("-I")});
    CHECK(head.status == 200);
    CHECK(head.header("Content-Length") == size);
    CHECK(head.header("Content-Type") == "application/pdf");

    for (const char *method : {"POST", "PUT", "DELETE", "OPTIONS"}) {
        INFO(method);
        const HttpResult other =
            curlFetch(url, {QStringLiteral("-X"), QString::fromLatin1(method)});
        CHECK(other.status == 405);
        CHECK(other.header("Allow") == "GET, HEAD");
    }
    // A body on GET means nothing and is dropped.
    const HttpResult getWithBody =
        curlFetch(url, {QStringLiteral("-X"), QStringLiteral("GET"), QStringLiteral("--data"),
                        QStringLiteral("x=1")});
    CHECK(getWithBody.status == 200);
    CHECK(getWithBody.body == hosted.pdfContent);
}

TEST_CASE("Keep-alive reuses one connection for several requests", "[server]")
{
    Hosted hosted;
    const QByteArray code = hosted.open.code.toLatin1();
    const ProcessResult run =
        runCurl({QStringLiteral("-s"), QStringLiteral("-v"), QStringLiteral("-o"),
                 QStringLiteral("/dev/null"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
                 QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-w"),
                 QStringLiteral("%{http_code} "), hosted.url('/' + code),
                 hosted.url('/' + code + "/1"), hosted.url(hosted.documentPath(hosted.pdf))});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out == "200 200 200 ");
    CHECK(run.err.count("Re-using existing connection") == 2);
    CHECK(run.err.count("Connected to 127.0.0.1") == 1);
}

TEST_CASE("Opened meetings appear and closed ones disappear without a restart", "[server]")
{
    Hosted hosted;
    Catalog &catalog = hosted.lib.catalog();
    Meeting late = catalog.createMeeting(QStringLiteral("Họp bổ sung"));
    catalog.addItem(late.id, QStringLiteral("Việc phát sinh"));
    const QString url = hosted.url('/' + late.code.toLatin1() + "/1");
    const QByteArray unknown = curlFetch(hosted.url("/ZZZZZZZZ/1")).body;

    REQUIRE(waitUntil([&] { return hosted.server.site()->meetings.size() == 1; }, 3000));
    const HttpResult draft = curlFetch(url);
    CHECK(draft.status == 404);
    CHECK(draft.body == unknown);

    int published = hosted.publisher->publishedCount();
    catalog.setMeetingState(late.id, MeetingState::Open);
    REQUIRE(waitUntil([&] { return hosted.publisher->publishedCount() > published; }, 3000));
    const HttpResult opened = curlFetch(url);
    CHECK(opened.status == 200);
    CHECK(QString::fromUtf8(opened.body).contains(u"Việc phát sinh"));

    published = hosted.publisher->publishedCount();
    catalog.setMeetingState(late.id, MeetingState::Closed);
    REQUIRE(waitUntil([&] { return hosted.publisher->publishedCount() > published; }, 3000));
    const HttpResult closed = curlFetch(url);
    CHECK(closed.status == 404);
    CHECK(closed.body == unknown);
    // The first meeting never went away.
    CHECK(curlFetch(hosted.url('/' + hosted.open.code.toLatin1())).status == 200);
}

TEST_CASE("Changes committed by another process are published by polling", "[server]")
{
    Hosted hosted;
    const QString url = hosted.url('/' + hosted.draft.code.toLatin1());
    CHECK(curlFetch(url).status == 404);
    {
        // Another process (docket-cli) with its own connection to the same catalog.
        Catalog other(hosted.lib.folder() + QStringLiteral("/catalog.sqlite"));
        other.setMeetingState(hosted.draft.id, MeetingState::Open);
    }
    REQUIRE(waitUntil([&] { return hosted.server.site()->meeting(hosted.draft.code) != nullptr; },
                      3000));
    const HttpResult opened = curlFetch(url);
    CHECK(opened.status == 200);
    CHECK(QString::fromUtf8(opened.body).contains(u"Bản nháp"));
}

TEST_CASE("A document whose blob vanished fails alone", "[server]")
{
    Hosted hosted;
    const QString blob = hosted.lib.library().store().pathFor(hosted.text.sha256);
    REQUIRE(QFile::remove(blob));
    const HttpResult missing = curlFetch(hosted.url(hosted.documentPath(hosted.text)));
    CHECK(missing.status == 503);
    CHECK(missing.header("Retry-After") == "5");
    const HttpResult fine = curlFetch(hosted.url(hosted.documentPath(hosted.pdf)));
    CHECK(fine.status == 200);
    CHECK(fine.body == hosted.pdfContent);
}

TEST_CASE("Empty and large documents come out intact, also in parallel", "[server]")
{
    Hosted hosted;
    const QString emptyPath = hosted.lib.sourcePath(QStringLiteral("trống.txt"));
    writeFile(emptyPath, {});
    QByteArray big(8 * 1024 * 1024 + 7, Qt::Uninitialized);
    for (qsizetype i = 0; i < big.size(); ++i)
        big[i] = static_cast<char>((i * 2654435761u) >> 13);
    const QString bigPath = hosted.lib.sourcePath(QStringLiteral("Tài liệu lớn.pdf"));
    writeFile(bigPath, big);
    const QList<ImportedDocument> added =
        hosted.lib.library().importDocuments(hosted.item1.id, {emptyPath, bigPath});
    const Document &empty = added[0].document;
    const Document &large = added[1].document;
    REQUIRE(waitUntil(
        [&] {
            return hosted.server.site()->meeting(hosted.open.code)->items[0].documents.size() == 4;
        },
        3000));

    const HttpResult nothing = curlFetch(hosted.url(hosted.documentPath(empty)));
    CHECK(nothing.status == 200);
    CHECK(nothing.header("Content-Length") == "0");
    CHECK(nothing.body.isEmpty());
    const HttpResult nothingRange =
        curlFetch(hosted.url(hosted.documentPath(empty)),
                  {QStringLiteral("-H"), QStringLiteral("Range: bytes=0-")});
    CHECK(nothingRange.status == 416);
    CHECK(nothingRange.header("Content-Range") == "bytes */0");

    const HttpResult whole = curlFetch(hosted.url(hosted.documentPath(large)));
    CHECK(whole.status == 200);
    CHECK(whole.body.size() == big.size());
    CHECK(sha256Hex(whole.body) == sha256Hex(big));
    const HttpResult middle = curlFetch(hosted.url(hosted.documentPath(large)),
                                        {QStringLiteral("-r"), QStringLiteral("3000000-5999999")});
    CHECK(middle.status == 206);
    CHECK(middle.body == big.mid(3000000, 3000000));

    // Ten phones at once.
    const TempFolder downloads;
    QStringList arguments{QStringLiteral("-s"), QStringLiteral("-S"), QStringLiteral("--parallel"),
                          QStringLiteral("--parallel-max"), QStringLiteral("10")};
    for (int i = 0; i < 10; ++i)
        arguments << QStringLiteral("-o") << downloads.filePath(QString::number(i))
                  << hosted.url(hosted.documentPath(large));
    const ProcessResult run = runCurl(arguments);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    for (int i = 0; i < 10; ++i)
        CHECK(sha256Hex(readFile(downloads.filePath(QString::number(i)))) == large.sha256);
}

TEST_CASE("A busy port is refused with a message naming it", "[server]")
{
    HttpServer first;
    first.start(loopback());
    const std::uint16_t port = first.port();
    REQUIRE(port != 0);
    HttpServer second;
    try {
        second.start(loopback(port));
        FAIL("a second server started on a busy port");
    } catch (const Error &error) {
        INFO(error.message().toStdString());
        CHECK(error.message().contains(QString::number(port)));
        // The suggested port is one that is free right now: taking it works.
        const QRegularExpressionMatch suggestion =
            QRegularExpression(QStringLiteral("such as (\\d+)")).match(error.message());
        REQUIRE(suggestion.hasMatch());
        const auto suggested = static_cast<std::uint16_t>(suggestion.captured(1).toUInt());
        CHECK(suggested != port);
        HttpServer third;
        REQUIRE_NOTHROW(third.start(loopback(suggested)));
        CHECK(third.port() == suggested);
    }
    CHECK_FALSE(second.isRunning());
    CHECK(first.isRunning());

    // Once the first one stops, the port can be taken again.
    first.stop();
    REQUIRE_NOTHROW(second.start(loopback(port)));
    CHECK(second.port() == port);
    CHECK(curlFetch(QStringLiteral("http://127.0.0.1:%1/ZZZZZZZZ").arg(port)).status == 404);
}

TEST_CASE("Bad bind addresses are refused", "[server]")
{
    HttpServer server;
    ServerOptions options = loopback();
    options.bindAddress = QStringLiteral("not-an-address");
    CHECK_THROWS_AS(server.start(options), Error);
    options.bindAddress = QStringLiteral("192.0.2.1"); // TEST-NET-1: never on this machine
    try {
        server.start(options);
        FAIL("bound to an address this machine does not have");
    } catch (const Error &error) {
        CHECK(error.message().contains(u"192.0.2.1"));
    }
    CHECK_FALSE(server.isRunning());
}

TEST_CASE("A stopped server refuses connections", "[server]")
{
    HttpServer server;
    server.start(loopback());
    const std::uint16_t port = server.port();
    server.stop();
    const ProcessResult run =
        runCurl({QStringLiteral("-s"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
                 QStringLiteral("http://127.0.0.1:%1/").arg(port)});
    CHECK(run.exitCode == 7); // curl: failed to connect
}

// HttpServer's handler answers a non-GET request on the call that delivers its body; by then
// libmicrohttpd no longer accepts a response (MHD_queue_response returns MHD_NO), the handler
// returns MHD_NO and the connection is dropped without any answer ("Empty reply from server",
// curl exit 52) instead of the 405 that the same request without a body gets.
TEST_CASE("A POST with a body gets 405", "[server]")
{
    Hosted hosted;
    const QString url = hosted.url('/' + hosted.open.code.toLatin1());
    const ProcessResult run =
        runCurl({QStringLiteral("-s"), QStringLiteral("-S"), QStringLiteral("-o"),
                 QStringLiteral("/dev/null"), QStringLiteral("-w"), QStringLiteral("%{http_code} "),
                 QStringLiteral("--data"), QStringLiteral("q1=5&q2=4"), url});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out == "405 ");
}

TEST_CASE("IPv6 works, on its own and alongside IPv4", "[server]")
{
    SampleSite site;
    HttpServer server;
    ServerOptions options;
    options.port = 0;
    SECTION("::1 only")
    {
        options.bindAddress = QStringLiteral("::1");
        server.start(options);
        SnapshotPublisher publisher(site.lib.library(), server);
        const HttpResult page = curlFetch(
            QStringLiteral("http://[::1]:%1/%2/1").arg(server.port()).arg(site.open.code));
        CHECK(page.status == 200);
        CHECK(page.body.contains(QStringLiteral("Báo cáo chính trị").toUtf8()));
    }
    SECTION(":: answers on ::1 and on 127.0.0.1")
    {
        options.bindAddress = QStringLiteral("::");
        server.start(options);
        SnapshotPublisher publisher(site.lib.library(), server);
        for (const QString &host : {QStringLiteral("[::1]"), QStringLiteral("127.0.0.1")})
            CHECK(curlFetch(QStringLiteral("http://%1:%2/%3/1")
                                .arg(host)
                                .arg(server.port())
                                .arg(site.open.code))
                      .status == 200);
    }
}
