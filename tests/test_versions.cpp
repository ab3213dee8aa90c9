// SPDX-License-Identifier: GPL-3.0-or-later
// Documents change until the last minute: a new version goes behind the same document, so the
// item's printed QR code and the document's link keep working and now serve the new bytes;
// earlier versions are kept and can be served again. Through the real server with curl.
#include "catalog/Sqlite.h"
#include "hosting/SnapshotPublisher.h"
#include "library/Library.h"
#include "server/HttpParsing.h"
#include "server/HttpServer.h"
#include "support/Curl.h"
#include "support/HostedSite.h"
#include "support/SampleSite.h"
#include "support/TestPdf.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

#include <catch2/catch.hpp>

using namespace docket;
using namespace testsupport;

namespace {

struct Hosted : HostedSite
{
    QString url(const QString &path) const { return base() + u'/' + open.code + path; }
};

} // namespace

TEST_CASE("A replaced document keeps its identity and its earlier versions", "[versions]")
{
    SampleSite site;
    Library &library = site.lib.library();
    const QString v2 = site.lib.sourcePath(QStringLiteral("Báo cáo tổng kết (sửa lần 2).pdf"));
    writePdf(v2, 5, QStringLiteral("Bản sửa"));
    const Document replaced = library.replaceDocument(site.pdf.id, v2).document;
    CHECK(replaced.id == site.pdf.id);
    CHECK(replaced.title == site.pdf.title); // the document's name stays; its file is new
    CHECK(replaced.fileName == QStringLiteral("Báo cáo tổng kết (sửa lần 2).pdf"));
    CHECK(replaced.pageCount == 5);
    CHECK(replaced.versionCount == 2);
    CHECK(replaced.sha256 != site.pdf.sha256);
    CHECK(site.lib.catalog().documents(site.item1.id).size() == 2); // no second document

    const QList<DocumentVersion> versions = site.lib.catalog().versions(site.pdf.id);
    REQUIRE(versions.size() == 2);
    CHECK(versions[0].current);
    CHECK(versions[0].sha256 == replaced.sha256);
    CHECK_FALSE(versions[1].current);
    CHECK(versions[1].sha256 == site.pdf.sha256);
    CHECK(versions[1].fileName == SampleSite::pdfName());
    CHECK(versions[1].pageCount == 3);

    // The same bytes again: refused, nothing added.
    CHECK_THROWS_AS(library.replaceDocument(site.pdf.id, v2), Error);
    CHECK(site.lib.catalog().versions(site.pdf.id).size() == 2);

    // Back to the first version, and forward again.
    site.lib.catalog().makeVersionCurrent(site.pdf.id, versions[1].id);
    CHECK(site.lib.catalog().document(site.pdf.id)->sha256 == site.pdf.sha256);
    CHECK(site.lib.catalog().document(site.pdf.id)->pageCount == 3);
    site.lib.catalog().makeVersionCurrent(site.pdf.id, versions[0].id);
    CHECK(site.lib.catalog().document(site.pdf.id)->sha256 == replaced.sha256);

    // Another document's version is not this one's to choose.
    CHECK_THROWS_AS(site.lib.catalog().makeVersionCurrent(site.text.id, versions[1].id), Error);
    CHECK_THROWS_AS(library.replaceDocument(999999, v2), Error);
    CHECK_THROWS_AS(
        library.replaceDocument(site.pdf.id, site.lib.sourcePath(QStringLiteral("none"))), Error);
}

TEST_CASE("The old link serves the new version, never a mix of both", "[versions][server]")
{
    Hosted hosted;
    const QString docUrl = hosted.url(QStringLiteral("/1/%1/file.pdf").arg(hosted.pdf.id));
    const HttpResult first = curlFetch(docUrl);
    REQUIRE(first.status == 200);
    REQUIRE(first.body == hosted.pdfContent);
    const QByteArray oldTag = first.header("ETag");

    const QString v2 = hosted.lib.sourcePath(QStringLiteral("v2.pdf"));
    const QByteArray v2Content = pdfBytes(4, QStringLiteral("Bản sửa"));
    writeFile(v2, v2Content);
    hosted.lib.library().replaceDocument(hosted.pdf.id, v2);
    hosted.settle();

    const HttpResult second = curlFetch(docUrl);
    CHECK(second.status == 200);
    CHECK(second.body == v2Content);
    CHECK(second.header("ETag") != oldTag);
    // A phone revalidating its old copy gets the new one, not a 304.
    const HttpResult revalidated =
        curlFetch(docUrl, {QStringLiteral("-H"),
                           QStringLiteral("If-None-Match: ") + QString::fromLatin1(oldTag)});
    CHECK(revalidated.status == 200);
    CHECK(revalidated.body == v2Content);
    // A download resumed from the old version gets the whole new file, not a splice.
    const HttpResult resumed =
        curlFetch(docUrl, {QStringLiteral("-r"), QStringLiteral("100-"), QStringLiteral("-H"),
                           QStringLiteral("If-Range: ") + QString::fromLatin1(oldTag)});
    CHECK(resumed.status == 200);
    CHECK(resumed.body == v2Content);

    // The item page says so; the reader and its images follow the new version.
    const HttpResult item =
        curlFetch(hosted.url(QStringLiteral("/1")),
                  {QStringLiteral("-H"), QStringLiteral("Cookie: docket_lang=en")});
    CHECK(item.body.contains("updated "));
    CHECK(item.body.contains("4 pages"));
    const HttpResult image =
        curlFetch(hosted.url(QStringLiteral("/1/%1/page/4").arg(hosted.pdf.id)));
    CHECK(image.status == 200);
    const QByteArray newTag =
        '"' + hosted.lib.catalog().document(hosted.pdf.id)->sha256.left(32).toLatin1();
    CHECK(image.header("ETag").startsWith(newTag));

    // Back to the first version: the old bytes and tag again, page 4 gone.
    const QList<DocumentVersion> versions = hosted.lib.catalog().versions(hosted.pdf.id);
    hosted.lib.catalog().makeVersionCurrent(hosted.pdf.id, versions.last().id);
    hosted.settle();
    const HttpResult reverted = curlFetch(docUrl);
    CHECK(reverted.body == hosted.pdfContent);
    CHECK(reverted.header("ETag") == oldTag);
    CHECK(curlFetch(hosted.url(QStringLiteral("/1/%1/page/4").arg(hosted.pdf.id))).status == 404);
}

TEST_CASE("Choosing an earlier version again moves Last-Modified forward, never back",
          "[versions][server]")
{
    Hosted hosted;
    const QString docUrl = hosted.url(QStringLiteral("/1/%1/file.pdf").arg(hosted.pdf.id));
    const QString v2 = hosted.lib.sourcePath(QStringLiteral("v2.pdf"));
    const QByteArray v2Content = pdfBytes(4, QStringLiteral("Bản sửa"));
    writeFile(v2, v2Content);
    hosted.lib.library().replaceDocument(hosted.pdf.id, v2);
    const QList<DocumentVersion> versions = hosted.lib.catalog().versions(hosted.pdf.id);
    REQUIRE(versions.size() == 2);

    // Version 1 added two hours ago, version 2 one hour ago (HTTP dates count whole seconds, so
    // the test cannot rely on the moments it makes them in).
    const QDateTime now =
        QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    const auto text = [](const QDateTime &at) {
        return at.toString(Qt::ISODateWithMs);
    };
    {
        sql::Database other(hosted.lib.catalog().path());
        sql::Statement added(other, "UPDATE document_version SET added_at = ? WHERE id = ?");
        added.bind(1, text(now.addSecs(-7200))).bind(2, versions[1].id).run();
        added.reset();
        added.bind(1, text(now.addSecs(-3600))).bind(2, versions[0].id).run();
        sql::Statement since(other, "UPDATE document SET current_since = ? WHERE id = ?");
        since.bind(1, text(now.addSecs(-3600))).bind(2, hosted.pdf.id).run();
    }
    hosted.lib.catalog().renameDocument(hosted.pdf.id, QStringLiteral("Báo cáo (sửa)"));
    hosted.settle();
    const HttpResult second = curlFetch(docUrl);
    REQUIRE(second.status == 200);
    REQUIRE(second.body == v2Content);
    const QByteArray secondDate = second.header("Last-Modified");
    CHECK(secondDate == http::httpDate(now.addSecs(-3600).toSecsSinceEpoch()));

    // Back to version 1: what delegates get changed now, so Last-Modified is now.
    hosted.lib.catalog().makeVersionCurrent(hosted.pdf.id, versions[1].id);
    hosted.settle();
    const HttpResult first = curlFetch(docUrl);
    REQUIRE(first.status == 200);
    CHECK(first.body == hosted.pdfContent);
    const auto firstSeconds = http::parseHttpDate(first.header("Last-Modified"));
    REQUIRE(firstSeconds);
    CHECK(*firstSeconds > now.addSecs(-3600).toSecsSinceEpoch());
    CHECK(*firstSeconds >= now.toSecsSinceEpoch());

    // A phone holding version 2 asks only "changed since?": it gets version 1's bytes, not 304.
    const HttpResult revalidated =
        curlFetch(docUrl, {QStringLiteral("-H"), QStringLiteral("If-Modified-Since: ") +
                                                     QString::fromLatin1(secondDate)});
    CHECK(revalidated.status == 200);
    CHECK(revalidated.body == hosted.pdfContent);
    // And one already holding version 1 from now on may keep it.
    const HttpResult unchanged = curlFetch(
        docUrl, {QStringLiteral("-H"), QStringLiteral("If-Modified-Since: ") +
                                           QString::fromLatin1(first.header("Last-Modified"))});
    CHECK(unchanged.status == 304);
    // Choosing the current version again changes nothing, so the date stays.
    hosted.lib.catalog().makeVersionCurrent(hosted.pdf.id, versions[1].id);
    CHECK(hosted.lib.catalog().document(hosted.pdf.id)->currentSince.toSecsSinceEpoch() ==
          *firstSeconds);
}
