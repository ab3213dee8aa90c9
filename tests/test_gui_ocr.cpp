// SPDX-License-Identifier: GPL-3.0-or-later
// Scanned documents in the window, offscreen (issue 12, item 7): a scan added from the window
// gets its text in the background while the window's event loop keeps turning (measured with a
// 10 ms timer), with progress in the status bar, Pause and Stop; without Tesseract the status
// bar says that OCR is unavailable. Real Tesseract, real docket-cli children.
#include "library/Library.h"
#include "library/Ocr.h"
#include "MainWindow.h"
#include "OcrJob.h"
#include "support/GuiWindow.h"
#include "support/Scans.h"

#include <QAction>
#include <QElapsedTimer>
#include <QLabel>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>

#include <catch2/catch.hpp>

using namespace docket;
using namespace testsupport;

namespace {

constexpr int kTestDpi = 150;

struct OcrWindow
{
    RecognitionChild child{QStringLiteral(DOCKET_CLI_PATH)};
    GuiWindow w;
    OcrJob &ocr = *w.window.ocrJob();

    OcrWindow()
    {
        OcrLimits limits;
        limits.dpi = kTestDpi;
        limits.pageSeconds = 30;
        ocr.setLimits(limits);
    }

    Document addScan(const QString &name, const QStringList &lines)
    {
        const QString path = w.site.lib.sourcePath(name);
        writeScannedPng(path, lines, kTestDpi);
        w.window.importFiles(w.site.item2.id, {path});
        for (const Document &doc : w.site.lib.catalog().documents(w.site.item2.id))
            if (doc.fileName == name)
                return doc;
        FAIL("the scan was not added");
        return {};
    }

    QList<int> recognised(const Document &doc)
    {
        return w.site.lib.catalog().recognisedPages(doc.versionId);
    }
};

} // namespace

TEST_CASE("A scan added in the window gets its text in the background", "[gui][ocr]")
{
    OcrWindow o;
    // The longest the event loop went without turning while OCR ran.
    QElapsedTimer sinceTick;
    qint64 longestGap = 0;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, [&] {
        if (o.ocr.isRunning())
            longestGap = std::max(longestGap, sinceTick.elapsed());
        sinceTick.restart();
    });
    sinceTick.start();
    tick.start(10);

    const Document scan =
        o.addScan(QStringLiteral("Công văn 15.png"),
                  {QStringLiteral("Kết nạp đảng viên mới"), QStringLiteral("Budget report")});
    QStringList shown;
    REQUIRE(waitUntil(
        [&] {
            if (const QString text = o.ocr.statusText(); !text.isEmpty() && !shown.contains(text))
                shown << text;
            return !o.recognised(scan).isEmpty();
        },
        40000));
    INFO(shown.join(u" | ").toStdString());
    REQUIRE(!shown.isEmpty());
    // "page(s)": the English plural comes from translations/docket_en.ts, not loaded here.
    CHECK(shown.first().startsWith(QStringLiteral("Recognising text: 0 of 1 page")));
    const auto *status = o.w.window.statusBar()->findChild<QWidget *>(QStringLiteral("ocrStatus"));
    REQUIRE(status);
    REQUIRE(waitUntil([&] { return !o.ocr.isRunning(); }, 10000));
    CHECK(o.ocr.statusText().isEmpty());
    CHECK(!status->isVisible());
    CHECK(longestGap < 500);
    const QList<SearchHit> hits = o.w.site.lib.catalog().search(QStringLiteral("ket nap"));
    REQUIRE(hits.size() == 1);
    CHECK(hits.first().documentId == scan.id);
}

TEST_CASE("Recognition in the window pauses and stops", "[gui][ocr]")
{
    OcrWindow o;
    // Its one page never finishes: the run holds until it is stopped.
    const ScopedEnv hang("DOCKET_OCR_FAULT", "hang-page:1");
    const Document scan =
        o.addScan(QStringLiteral("Biên bản.png"), {QStringLiteral("Biên bản kiểm phiếu")});
    REQUIRE(waitUntil([&] { return o.ocr.isRunning(); }, 10000));
    o.ocr.pause();
    CHECK(o.ocr.statusText().startsWith(QStringLiteral("Text recognition paused: 0 of 1 page")));
    auto *pause = o.w.window.statusBar()->findChild<QToolButton *>(QStringLiteral("ocrPause"));
    REQUIRE(pause);
    CHECK(pause->text() == QStringLiteral("Resume"));
    pause->click();
    CHECK(o.ocr.statusText().startsWith(QStringLiteral("Recognising text: 0 of 1 page")));

    o.w.window.statusBar()->findChild<QToolButton *>(QStringLiteral("ocrStop"))->click();
    REQUIRE(waitUntil([&] { return !o.ocr.isRunning(); }, 5000));
    CHECK(o.ocr.statusText().isEmpty());
    // Nothing recorded: it waits, for Library ▸ Recognise text of scans.
    CHECK(o.recognised(scan).isEmpty());
    CHECK(o.w.site.lib.catalog().ocrStatus().waitingDocuments == 1);
    CHECK(o.ocr.resumeAction()->isEnabled());
}

TEST_CASE("Without Tesseract the window says OCR is unavailable", "[gui][ocr]")
{
    const ScopedEnv missing("DOCKET_TESSERACT", "/nonexistent/tesseract");
    OcrWindow o;
    const Document scan =
        o.addScan(QStringLiteral("Danh sách.png"), {QStringLiteral("Danh sách đại biểu")});
    REQUIRE(waitUntil([&] { return o.ocr.statusText() == Ocr::unavailableMessage(); }, 10000));
    const auto *status = o.w.window.statusBar()->findChild<QWidget *>(QStringLiteral("ocrStatus"));
    REQUIRE(status);
    CHECK(status->isVisible());
    CHECK(status->findChild<QLabel *>()->text() ==
          QStringLiteral("OCR is unavailable: install tesseract-ocr and tesseract-ocr-vie"));
    CHECK(o.w.site.lib.catalog().ocrStatus().waitingDocuments == 1);
    // Everything else works: the scan was added, the text documents are found.
    CHECK(scan.id > 0);
    CHECK(!o.w.site.lib.catalog().search(QStringLiteral("doan")).isEmpty());
}
