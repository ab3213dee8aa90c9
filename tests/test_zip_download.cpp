// SPDX-License-Identifier: GPL-3.0-or-later
// "Download all" over the wire: the real server on 127.0.0.1 streams an item's and a meeting's
// documents as one ZIP; curl takes it, libzip and Python read it back.
#include "catalog/Catalog.h"
#include "support/Curl.h"
#include "support/HostedSite.h"
#include "support/TempLibrary.h"

#include <QDir>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <map>
#include <zip.h>

using namespace docket;
using namespace testsupport;

namespace {

// Each entry of a ZIP, by its name, with its bytes; REQUIREs that libzip reads it whole.
std::map<QString, QByteArray> entriesOf(const QByteArray &archive, const QString &folder)
{
    const QString path = folder + QStringLiteral("/download.zip");
    writeFile(path, archive);
    int error = 0;
    zip_t *zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &error);
    REQUIRE(zip);
    std::map<QString, QByteArray> entries;
    const zip_int64_t count = zip_get_num_entries(zip, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        REQUIRE(zip_stat_index(zip, static_cast<zip_uint64_t>(i), 0, &stat) == 0);
        zip_file_t *file = zip_fopen_index(zip, static_cast<zip_uint64_t>(i), 0);
        REQUIRE(file);
        QByteArray bytes(static_cast<qsizetype>(stat.size), Qt::Uninitialized);
        REQUIRE(zip_fread(file, bytes.data(), stat.size) == static_cast<zip_int64_t>(stat.size));
        zip_fclose(file);
        entries.emplace(QString::fromUtf8(stat.name), bytes);
    }
    zip_close(zip);
    return entries;
}

} // namespace

TEST_CASE("An item's documents come home as one ZIP with their Vietnamese names", "[zip][server]")
{
    HostedSite site(2);
    QTemporaryDir scratch;
    const QString base = site.base() + u'/' + site.open.code;

    // The item page offers it, with how many documents it holds.
    const HttpResult item = curlFetch(base + QStringLiteral("/1"));
    REQUIRE(item.status == 200);
    CHECK(item.body.contains(QByteArray("<a class=\"btn alt\" download href=\"/" +
                                        site.open.code.toLatin1() +
                                        "/1/zip\">Tải tất cả (ZIP)</a>")));

    const HttpResult first = curlFetch(base + QStringLiteral("/1/zip"));
    REQUIRE(first.status == 200);
    CHECK(first.header("Content-Type") == "application/zip");
    CHECK(first.header("Content-Disposition") ==
          "attachment; filename=\"01 Bao cao chinh tri.zip\"; "
          "filename*=UTF-8''01%20B%C3%A1o%20c%C3%A1o%20ch%C3%ADnh%20tr%E1%BB%8B.zip");
    CHECK(first.header("Content-Length") == QByteArray::number(first.body.size()));
    // Not resumable yet: the CRCs are learnt as the files pass.
    CHECK(first.header("Accept-Ranges") == "none");
    const auto entries = entriesOf(first.body, scratch.path());
    REQUIRE(entries.size() == 2);
    CHECK(entries.at(SampleSite::pdfName()) == site.pdfContent);
    CHECK(entries.at(SampleSite::textName()) == site.textContent);
    // Stored, with the UTF-8 flag, as Python's zipfile sees it.
    const ProcessResult python =
        runProcess(QStringLiteral("python3"),
                   {QStringLiteral("-c"),
                    QStringLiteral("import sys, zipfile\n"
                                   "for i in zipfile.ZipFile(sys.argv[1]).infolist():\n"
                                   "    print(i.filename, i.flag_bits & 0x800, i.compress_type)"),
                    scratch.filePath(QStringLiteral("download.zip"))});
    REQUIRE(python.exitCode == 0);
    CHECK(QString::fromUtf8(python.out) == SampleSite::pdfName() + QStringLiteral(" 2048 0\n") +
                                               SampleSite::textName() +
                                               QStringLiteral(" 2048 0\n"));

    // The second phone gets the same bytes, and may resume: a range is the archive's bytes.
    const HttpResult second = curlFetch(base + QStringLiteral("/1/zip"));
    CHECK(second.body == first.body);
    CHECK(second.header("Accept-Ranges") == "bytes");
    CHECK(second.header("ETag") == first.header("ETag"));
    const HttpResult part =
        curlFetch(base + QStringLiteral("/1/zip"),
                  {QStringLiteral("-H"), QStringLiteral("Range: bytes=100-1099")});
    CHECK(part.status == 206);
    CHECK(part.body == first.body.mid(100, 1000));
    CHECK(part.header("Content-Range") ==
          "bytes 100-1099/" + QByteArray::number(first.body.size()));
    const HttpResult tail =
        curlFetch(base + QStringLiteral("/1/zip"),
                  {QStringLiteral("-H"), QStringLiteral("Range: bytes=500-"), QStringLiteral("-H"),
                   QStringLiteral("If-Range: ") + QString::fromLatin1(first.header("ETag"))});
    CHECK(tail.status == 206);
    CHECK(first.body.left(500) + tail.body == first.body);
    // Another version's range never splices into this one: the whole archive instead.
    const HttpResult other =
        curlFetch(base + QStringLiteral("/1/zip"),
                  {QStringLiteral("-H"), QStringLiteral("Range: bytes=500-"), QStringLiteral("-H"),
                   QStringLiteral("If-Range: \"zip-0\"")});
    CHECK(other.status == 200);
    CHECK(other.body == first.body);
    CHECK(curlFetch(base + QStringLiteral("/1/zip"),
                    {QStringLiteral("-H"),
                     QStringLiteral("If-None-Match: ") + QString::fromLatin1(first.header("ETag"))})
              .status == 304);
    // HEAD: the length, no body.
    const HttpResult head = curlFetch(base + QStringLiteral("/1/zip"), {QStringLiteral("-I")});
    CHECK(head.status == 200);
    CHECK(head.header("Content-Length") == QByteArray::number(first.body.size()));
    // An item without documents has nothing to download.
    CHECK(curlFetch(base + QStringLiteral("/2/zip")).status == 404);
    CHECK(curlFetch(base + QStringLiteral("/9/zip")).status == 404);
}

TEST_CASE("The meeting's ZIP has a folder per item, and a replaced document its new bytes",
          "[zip][server]")
{
    HostedSite site(2);
    QTemporaryDir scratch;
    const QString base = site.base() + u'/' + site.open.code;
    // A second document of the same name under another item, and one that differs in case.
    const QString again = site.lib.sourcePath(QStringLiteral("Thảo luận/Ghi chú.txt"));
    REQUIRE(QDir().mkpath(QFileInfo(again).path()));
    writeFile(again, "Ý kiến thảo luận.\n");
    site.lib.library().importDocument(site.item2.id, again);
    site.settle();

    CHECK(curlFetch(base).body.contains(
        QByteArray("href=\"/" + site.open.code.toLatin1() + "/zip\">Tải tất cả (ZIP)</a>")));
    const HttpResult meeting = curlFetch(base + QStringLiteral("/zip"));
    REQUIRE(meeting.status == 200);
    CHECK(meeting.header("Content-Disposition")
              .contains("filename*=UTF-8''2026-11-28%20H%E1%BB%99i%20ngh%E1%BB%8B%20t%E1%BB%95ng%"
                        "20k%E1%BA%BFt"));
    const auto entries = entriesOf(meeting.body, scratch.path());
    REQUIRE(entries.size() == 3);
    CHECK(entries.at(QStringLiteral("01 Báo cáo chính trị/") + SampleSite::pdfName()) ==
          site.pdfContent);
    CHECK(entries.at(QStringLiteral("01 Báo cáo chính trị/Ghi chú.txt")) == site.textContent);
    CHECK(entries.at(QStringLiteral("02 Thảo luận/Ghi chú.txt")) == "Ý kiến thảo luận.\n");
    const ProcessResult unzip =
        runProcess(QStringLiteral("unzip"),
                   {QStringLiteral("-t"), scratch.filePath(QStringLiteral("download.zip"))});
    CHECK(unzip.exitCode == 0);

    // A new version of the text: the next ZIP holds it, under a new tag.
    const QString newer = site.lib.sourcePath(QStringLiteral("Ghi chú mới.txt"));
    writeFile(newer, "Ghi chú đã sửa.\n");
    site.lib.library().replaceDocument(site.text.id, newer);
    site.settle();
    const HttpResult replaced = curlFetch(base + QStringLiteral("/zip"));
    REQUIRE(replaced.status == 200);
    CHECK(replaced.header("ETag") != meeting.header("ETag"));
    CHECK(entriesOf(replaced.body, scratch.path())
              .at(QStringLiteral("01 Báo cáo chính trị/Ghi chú mới.txt")) == "Ghi chú đã sửa.\n");
}

TEST_CASE("A meeting's PIN guards its ZIP", "[zip][server]")
{
    HostedSite site(2);
    site.lib.catalog().setMeetingPin(site.open.id, QStringLiteral("2468"));
    site.settle();
    const HttpResult locked =
        curlFetch(site.base() + u'/' + site.open.code + QStringLiteral("/zip"));
    CHECK(locked.status == 403);
    CHECK(locked.header("Content-Type") == "text/html; charset=utf-8");
    CHECK_FALSE(locked.body.startsWith("PK"));
}
