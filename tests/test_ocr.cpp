// SPDX-License-Identifier: GPL-3.0-or-later
// Scanned documents get their text by OCR: a text PDF is written here, drawn into images by
// Poppler, and the images wrapped into an image-only PDF (a scan, with no text layer), or saved
// as a PNG (support/Scans). Imported into a real library, they are read by the real Tesseract in
// real docket-cli children, and search finds their words.
#include "library/Library.h"
#include "library/Ocr.h"
#include "pdf/ChildProgram.h"
#include "pdf/PageRecognition.h"
#include "support/Cli.h"
#include "support/Scans.h"
#include "support/TempLibrary.h"
#include "support/TestPdf.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace docket;
using namespace testsupport;

namespace {

// Enough for clean large print, and quick: about a second a page here.
constexpr int kTestDpi = 150;

QStringList firstPage()
{
    return {QStringLiteral("NGHỊ QUYẾT"), QStringLiteral("Kết nạp đảng viên mới"),
            QStringLiteral("Budget report"), QStringLiteral("Hội nghị tổng kết")};
}

QStringList secondPage()
{
    return {QStringLiteral("Biên bản kiểm phiếu"), QStringLiteral("Election minutes"),
            QStringLiteral("Thông qua dự toán")};
}

QStringList thirdPage()
{
    return {QStringLiteral("Danh sách đại biểu"), QStringLiteral("Delegates present")};
}

struct Scans
{
    TempLibrary lib;
    RecognitionChild child{QStringLiteral(DOCKET_CLI_PATH)};
    Meeting meeting;
    AgendaItem item;
    OcrLimits limits;

    Scans()
    {
        meeting = lib.catalog().createMeeting(QStringLiteral("Hội nghị Ban Chấp hành"));
        item = lib.catalog().addItem(meeting.id, QStringLiteral("Công văn đến"));
        limits.dpi = kTestDpi;
        limits.pageSeconds = 30;
    }

    Document importScan(const QString &name, const QList<QStringList> &pages,
                        const QString &stamp = {})
    {
        const QString path = lib.sourcePath(name);
        writeScannedPdf(path, scanPages(textPdf(pages), kTestDpi), kTestDpi, stamp);
        return lib.library().importDocument(item.id, path).document;
    }

    Document importPng(const QString &name, const QStringList &lines)
    {
        const QString path = lib.sourcePath(name);
        writeScannedPng(path, lines, kTestDpi);
        return lib.library().importDocument(item.id, path).document;
    }

    QList<SearchHit> search(const QString &query) { return lib.catalog().search(query, 50); }
};

QList<int> pagesOf(const QList<SearchHit> &hits, Id documentId)
{
    QList<int> pages;
    for (const SearchHit &hit : hits)
        if (hit.documentId == documentId)
            pages << hit.page;
    std::sort(pages.begin(), pages.end());
    return pages;
}

} // namespace

TEST_CASE("An image-only PDF gets its text by OCR and search finds its words", "[ocr]")
{
    Scans scans;
    const Document scanned = scans.importScan(QStringLiteral("Nghị quyết.pdf"),
                                              {firstPage(), secondPage()}, QStringLiteral("Số 12"));
    // A text PDF beside it is left alone: it has its text already.
    const QString textPath = scans.lib.sourcePath(QStringLiteral("Báo cáo.pdf"));
    writePdf(textPath, 2, QStringLiteral("Báo cáo"));
    const Document text = scans.lib.library().importDocument(scans.item.id, textPath).document;

    CHECK(scans.search(QStringLiteral("ket nap")).isEmpty());
    const OcrStatus before = scans.lib.catalog().ocrStatus(scans.meeting.id);
    CHECK(before.waitingDocuments == 1);
    CHECK(before.waitingPages == 2);

    const Ocr::RunReport report = Ocr::run(scans.lib.library(), scans.meeting.id, scans.limits);
    INFO(report.unavailable.toStdString() << report.failures.join(u'\n').toStdString());
    REQUIRE(report.unavailable.isEmpty());
    CHECK(report.documents == 1);
    CHECK(report.pagesTried == 2);
    CHECK(report.pagesRecognised == 2);
    CHECK(report.failures.isEmpty());

    // Without diacritics, with them, and English: each on its page, once (the stamp's few
    // letters of text layer were replaced by what recognition read, not kept beside it).
    CHECK(pagesOf(scans.search(QStringLiteral("ket nap dang vien")), scanned.id) == QList<int>{1});
    CHECK(pagesOf(scans.search(QStringLiteral("Biên bản kiểm phiếu")), scanned.id) ==
          QList<int>{2});
    CHECK(pagesOf(scans.search(QStringLiteral("budget report")), scanned.id) == QList<int>{1});
    CHECK(pagesOf(scans.search(QStringLiteral("election minutes")), scanned.id) == QList<int>{2});
    const QList<SearchHit> hits = scans.search(QStringLiteral("nghi quyet"));
    REQUIRE(pagesOf(hits, scanned.id) == QList<int>{1});
    CHECK(hits.first().snippet.contains(QStringLiteral("[NGHỊ] [QUYẾT]")));
    CHECK(scans.lib.catalog().recognisedPages(scanned.versionId) == QList<int>{1, 2});
    CHECK(scans.lib.catalog().recognisedPages(text.versionId).isEmpty());

    const OcrStatus after = scans.lib.catalog().ocrStatus(scans.meeting.id);
    CHECK(after.waitingDocuments == 0);
    CHECK(after.doneDocuments == 1);
    CHECK(after.recognisedPages == 2);
    // Done is done: a second run has nothing to read.
    CHECK(Ocr::run(scans.lib.library(), scans.meeting.id, scans.limits).documents == 0);
}

TEST_CASE("A PNG document gets its text by OCR", "[ocr]")
{
    Scans scans;
    const Document png = scans.importPng(QStringLiteral("Công văn 15.png"), thirdPage());
    CHECK(png.mimeType == u"image/png");
    CHECK(scans.lib.catalog().ocrStatus(scans.meeting.id).waitingPages == 1);
    const Ocr::RunReport report = Ocr::run(scans.lib.library(), scans.meeting.id, scans.limits);
    REQUIRE(report.unavailable.isEmpty());
    CHECK(report.pagesRecognised == 1);
    CHECK(pagesOf(scans.search(QStringLiteral("danh sach dai bieu")), png.id) == QList<int>{1});
    CHECK(pagesOf(scans.search(QStringLiteral("delegates")), png.id) == QList<int>{1});
    CHECK(scans.lib.catalog().recognisedPages(png.versionId) == QList<int>{1});
}

TEST_CASE("Without Tesseract OCR is unavailable and everything else works", "[ocr]")
{
    Scans scans;
    const Document png = scans.importPng(QStringLiteral("Công văn.png"), thirdPage());
    const QString textPath = scans.lib.sourcePath(QStringLiteral("Báo cáo.pdf"));
    writePdf(textPath, 1, QStringLiteral("Báo cáo"));
    scans.lib.library().importDocument(scans.item.id, textPath);
    {
        const ScopedEnv missing("DOCKET_TESSERACT", "/nonexistent/tesseract");
        const QString reason = Ocr::unavailableReason();
        CHECK(reason.startsWith(
            QStringLiteral("OCR is unavailable: install tesseract-ocr and tesseract-ocr-vie")));
        const Ocr::RunReport report = Ocr::run(scans.lib.library(), scans.meeting.id, scans.limits);
        CHECK(report.unavailable == reason);
        CHECK(report.documents == 0);
    }
    {
        // Tesseract without Vietnamese: a language it has no data for stands in.
        const QString problem = PageRecognition::tesseractProblem(PageRecognition::findTesseract(),
                                                                  QStringLiteral("vie+xyz"));
        CHECK(problem.contains(QStringLiteral("xyz")));
    }
    // The scan still waits, to be read once Tesseract is there; the rest is as ever.
    CHECK(scans.lib.catalog().ocrStatus(scans.meeting.id).waitingDocuments == 1);
    CHECK(scans.search(QStringLiteral("Đoàn")).size() == 1);

    // The command line, with nothing on its PATH: its own message and exit status.
    TempFolder emptyPath;
    QProcessEnvironment env = cliEnvironment();
    env.insert(QStringLiteral("PATH"), emptyPath.path());
    env.remove(QStringLiteral("DOCKET_TESSERACT"));
    const CliRun run = runCli(QStringLiteral(DOCKET_CLI_PATH), scans.lib.folder(),
                              {QStringLiteral("ocr"), scans.meeting.code}, env);
    CHECK(run.exitCode == 3);
    CHECK(run.err.contains(
        QStringLiteral("OCR is unavailable: install tesseract-ocr and tesseract-ocr-vie")));
    CHECK(run.out.contains(QStringLiteral("1 document waits for text recognition.")));
    CHECK(scans.lib.catalog().recognisedPages(png.versionId).isEmpty());
    // And search, from the same command line without Tesseract, works.
    const CliRun search = runCliOk(QStringLiteral(DOCKET_CLI_PATH), scans.lib.folder(),
                                   {QStringLiteral("search"), QStringLiteral("doan")}, env);
    CHECK(search.out.contains(QStringLiteral("Báo cáo")));
}

TEST_CASE("A page that times out is recorded as failed and the other pages are read", "[ocr]")
{
    Scans scans;
    const Document scanned =
        scans.importScan(QStringLiteral("Ba trang.pdf"), {firstPage(), secondPage(), thirdPage()});
    scans.limits.pageSeconds = 8;
    {
        const ScopedEnv hang("DOCKET_OCR_FAULT", "hang-page:2");
        const Ocr::RunReport report = Ocr::run(scans.lib.library(), scans.meeting.id, scans.limits);
        REQUIRE(report.unavailable.isEmpty());
        CHECK(report.pagesTried == 3);
        CHECK(report.pagesRecognised == 2);
        REQUIRE(report.failures.size() == 1);
        CHECK(report.failures.first().contains(QStringLiteral("Page 2")));
        // "second(s)" in this process: the English plurals are docket_en.ts's, not loaded here.
        CHECK(report.failures.first().contains(QStringLiteral("longer than 8 second")));
    }
    const OcrStatus status = scans.lib.catalog().ocrStatus(scans.meeting.id);
    CHECK(status.failedDocuments == 1);
    REQUIRE(status.failures.size() == 1);
    CHECK(status.failures.first().contains(QStringLiteral("“Ba trang”: Page 2")));
    CHECK(scans.lib.catalog().recognisedPages(scanned.versionId) == QList<int>{1, 3});
    CHECK(pagesOf(scans.search(QStringLiteral("delegates present")), scanned.id) == QList<int>{3});

    // Once the cause is gone, a retry reads it all; the pages read before are not doubled.
    CHECK(scans.lib.catalog().retryOcr(scans.meeting.id) == 1);
    const Ocr::RunReport again = Ocr::run(scans.lib.library(), scans.meeting.id, scans.limits);
    CHECK(again.failures.isEmpty());
    CHECK(scans.lib.catalog().recognisedPages(scanned.versionId) == QList<int>{1, 2, 3});
    CHECK(pagesOf(scans.search(QStringLiteral("election minutes")), scanned.id) == QList<int>{2});
    CHECK(pagesOf(scans.search(QStringLiteral("delegates present")), scanned.id) == QList<int>{3});
}

TEST_CASE("A page that needs too much memory or crashes the reader is recorded as failed", "[ocr]")
{
    Scans scans;
    const Document scanned =
        scans.importScan(QStringLiteral("Hai trang.pdf"), {firstPage(), secondPage()});
    scans.limits.memoryBytes = 1LL << 30;
    {
        const ScopedEnv memory("DOCKET_OCR_FAULT", "memory-page:1");
        const Ocr::RunReport report = Ocr::run(scans.lib.library(), scans.meeting.id, scans.limits);
        REQUIRE(report.failures.size() == 1);
        CHECK(report.failures.first().contains(
            QStringLiteral("Page 1: reading it needed more than")));
        CHECK(report.pagesRecognised == 1);
    }
    CHECK(scans.lib.catalog().recognisedPages(scanned.versionId) == QList<int>{2});
    CHECK(scans.lib.catalog().retryOcr(scans.meeting.id) == 1);
    {
        const ScopedEnv crash("DOCKET_OCR_FAULT", "crash-page:1");
        const Ocr::RunReport report = Ocr::run(scans.lib.library(), scans.meeting.id, scans.limits);
        REQUIRE(report.failures.size() == 1);
        CHECK(report.failures.first().contains(QStringLiteral("Page 1: the reader stopped")));
        CHECK(report.pagesTried == 1); // page 2 was read before
    }
    CHECK(scans.lib.catalog().ocrStatus(scans.meeting.id).failedDocuments == 1);
}

TEST_CASE("Stopped recognition continues after a restart and reaches archived meetings", "[ocr]")
{
    Scans scans;
    const Document first = scans.importPng(QStringLiteral("Một.png"), firstPage());
    const Document second = scans.importPng(QStringLiteral("Hai.png"), secondPage());
    // Stopped as the second document starts: the first one is recorded, the second waits.
    QStringList seen;
    const Ocr::RunReport stopped = Ocr::run(scans.lib.library(), scans.meeting.id, scans.limits,
                                            [&](const OcrProgress &progress) {
                                                if (!seen.contains(progress.documentTitle))
                                                    seen << progress.documentTitle;
                                                return seen.size() < 2;
                                            });
    CHECK(stopped.stopped);
    CHECK(stopped.documents == 1);
    CHECK(scans.lib.catalog().ocrStatus(scans.meeting.id).waitingDocuments == 1);

    // A new process, the meeting archived meanwhile: recognised text is derived, it still goes
    // in, and only what was waiting is read.
    scans.lib.catalog().archiveMeeting(scans.meeting.id);
    scans.lib.reopen();
    const Ocr::RunReport rest = Ocr::run(scans.lib.library(), scans.meeting.id, scans.limits);
    CHECK(rest.documents == 1);
    CHECK(rest.pagesTried == 1);
    CHECK(scans.lib.catalog().recognisedPages(first.versionId) == QList<int>{1});
    CHECK(scans.lib.catalog().recognisedPages(second.versionId) == QList<int>{1});
    CHECK(pagesOf(scans.search(QStringLiteral("ket nap")), first.id) == QList<int>{1});
    CHECK(pagesOf(scans.search(QStringLiteral("kiem phieu")), second.id) == QList<int>{1});
}

TEST_CASE("docket-cli ocr reads a meeting's scans headless", "[ocr]")
{
    Scans scans;
    const Document png = scans.importPng(QStringLiteral("Công văn.png"), thirdPage());
    const CliRun run =
        runCliOk(QStringLiteral(DOCKET_CLI_PATH), scans.lib.folder(),
                 {QStringLiteral("--json"), QStringLiteral("ocr"), scans.meeting.code,
                  QStringLiteral("--dpi"), QString::number(kTestDpi)});
    CHECK(run.err.contains(QStringLiteral("Recognising text: page 1 of 1 (“Công văn”, page 1)")));
    const QJsonObject summary = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(summary.value(QStringLiteral("available")).toBool());
    CHECK(summary.value(QStringLiteral("pagesRecognised")).toInt() == 1);
    CHECK(summary.value(QStringLiteral("waitingDocuments")).toInt() == 0);
    CHECK(pagesOf(scans.search(QStringLiteral("danh sach")), png.id) == QList<int>{1});
    // Nothing left: said, exit 0.
    const CliRun again = runCliOk(QStringLiteral(DOCKET_CLI_PATH), scans.lib.folder(),
                                  {QStringLiteral("ocr"), scans.meeting.code});
    CHECK(again.out.contains(QStringLiteral("No scanned page waits")));
}

TEST_CASE("Versions recorded without a recognition job are found by their text", "[ocr]")
{
    Scans scans;
    const Document scanned =
        scans.importScan(QStringLiteral("Quét.pdf"), {firstPage(), secondPage()});
    const QString textPath = scans.lib.sourcePath(QStringLiteral("Báo cáo.pdf"));
    writePdf(textPath, 3, QStringLiteral("Báo cáo"));
    scans.lib.library().importDocument(scans.item.id, textPath);
    const Document png = scans.importPng(QStringLiteral("Ảnh.png"), thirdPage());
    // As a catalog from before recognition (or one another program filled) has them.
    {
        sqlite3 *db = nullptr;
        const QByteArray path =
            QFile::encodeName(scans.lib.folder() + QStringLiteral("/catalog.sqlite"));
        REQUIRE(sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READWRITE, nullptr) ==
                SQLITE_OK);
        REQUIRE(sqlite3_busy_timeout(db, 5000) == SQLITE_OK);
        CHECK(sqlite3_exec(db, "DELETE FROM ocr_job", nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(db);
    }
    CHECK(scans.lib.catalog().waitingOcr(scans.meeting.id).isEmpty());
    CHECK(scans.lib.catalog().queueOcr(scans.meeting.id) == 2);
    const QList<OcrWork> waiting = scans.lib.catalog().waitingOcr(scans.meeting.id);
    REQUIRE(waiting.size() == 2);
    // The newest first; the text PDF has its text, and is looked at only once.
    CHECK(waiting[0].versionId == png.versionId);
    CHECK(waiting[0].pages == 1);
    CHECK(waiting[1].versionId == scanned.versionId);
    CHECK(waiting[1].pages == 2);
    CHECK(waiting[1].pageCount == 2);
    CHECK(scans.lib.catalog().queueOcr(scans.meeting.id) == 0);
}
