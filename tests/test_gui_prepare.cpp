// SPDX-License-Identifier: GPL-3.0-or-later
// "Prepare for the hall" from the main window, offscreen: the page images are drawn on the
// render pool's threads while the window's event loop keeps running, land in the library's
// page cache, are not drawn twice, and Cancel (or closing the window) stops a run cleanly.
#include "Dialogs.h"
#include "HallPreparation.h"
#include "library/Library.h"
#include "MainWindow.h"
#include "server/DelegatePages.h"
#include "support/GuiWindow.h"
#include "support/SampleSite.h"

#include <QAction>
#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace docket;
using namespace testsupport;

namespace {

constexpr int kPrepareTimeout = 20000;

struct Window : GuiWindow
{
    QProgressDialog *dialog() const
    {
        return window.findChild<QProgressDialog *>(QStringLiteral("hallPreparation"));
    }
    // Triggers the action and waits for the status bar to report the end of the run.
    QString prepare()
    {
        window.statusBar()->clearMessage();
        window.prepareAction()->trigger();
        REQUIRE(waitUntil([&] { return !message().isEmpty(); }, kPrepareTimeout));
        return message();
    }
};

// "7 page images ready for the hall." (the plural comes from translations/docket_en.ts, which
// the tests do not load: only the number and the words around it are checked).
void checkAllReady(const QString &report, int count)
{
    INFO(report.toStdString());
    CHECK(report.startsWith(QString::number(count) + QStringLiteral(" page image")));
    CHECK(report.endsWith(QStringLiteral(" ready for the hall.")));
}

// The width of every image in the library's page cache, sorted.
QList<int> cachedWidths(const Library &library)
{
    QList<int> widths;
    QDirIterator it(library.folder() + QStringLiteral("/cache/pages"), QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QImage image(it.next());
        widths << (image.isNull() ? -1 : image.width());
    }
    std::sort(widths.begin(), widths.end());
    return widths;
}

} // namespace

TEST_CASE("Prepare for the hall draws every page image once, without blocking the window", "[gui]")
{
    Window w;
    QAction *prepare = w.window.prepareAction();
    REQUIRE(prepare);
    CHECK(prepare->isEnabled());
    Library &library = w.site.lib.library();
    REQUIRE(cachedWidths(library).isEmpty());

    // The window's own timers must keep firing while the pages are drawn.
    int ticksWhilePreparing = 0;
    QTimer ticker;
    ticker.setInterval(20);
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] {
        if (w.window.hallPreparation()->isRunning())
            ++ticksWhilePreparing;
    });
    ticker.start();

    prepare->trigger();
    // trigger() returned with the run still going: the work is on the pool's threads.
    CHECK(w.window.hallPreparation()->isRunning());
    CHECK(w.message().isEmpty());
    QProgressDialog *dialog = w.dialog();
    REQUIRE(dialog);
    CHECK(dialog->windowModality() == Qt::WindowModal);
    CHECK(dialog->maximum() == 7);
    CHECK(dialog->labelText() == QStringLiteral("Preparing page images: 0 of 7"));
    // Running: the action cannot start a second run.
    CHECK_FALSE(prepare->isEnabled());
    prepare->trigger();

    REQUIRE(waitUntil([&] { return !w.message().isEmpty(); }, kPrepareTimeout));
    ticker.stop();
    checkAllReady(w.message(), 7);
    CHECK(ticksWhilePreparing >= 3);
    CHECK_FALSE(w.window.hallPreparation()->isRunning());
    CHECK_FALSE(w.dialog());
    CHECK(prepare->isEnabled());
    CHECK(dialogs::takeRecordedErrors().isEmpty());

    // The thumbnail for the item page, and the 3 pages at the srcset's two widths.
    CHECK(cachedWidths(library) ==
          QList<int>{delegatepages::kThumbnailWidth, 720, 720, 720, delegatepages::kReaderWidth,
                     delegatepages::kReaderWidth, delegatepages::kReaderWidth});
    const std::shared_ptr<PageImages> images = library.pageImages();
    CHECK(images->cache.count() == 7);
    CHECK(images->pool.rendersStarted() == 7);

    // Again: every image comes from the cache, none is drawn twice.
    checkAllReady(w.prepare(), 7);
    CHECK(images->pool.rendersStarted() == 7);
    CHECK(images->cache.count() == 7);
    CHECK(dialogs::takeRecordedErrors().isEmpty());
}

TEST_CASE("Cancel right after starting stops the run and closes its dialog", "[gui]")
{
    Window w;
    w.window.prepareAction()->trigger();
    QPointer<QProgressDialog> dialog = w.dialog();
    REQUIRE(dialog);
    auto *cancel = dialog->findChild<QPushButton *>();
    REQUIRE(cancel);
    cancel->click();

    REQUIRE(waitUntil([&] { return !w.message().isEmpty(); }, kPrepareTimeout));
    INFO(w.message().toStdString());
    CHECK(w.message().startsWith(QStringLiteral("Preparing for the hall stopped: ")));
    CHECK(dialog.isNull());
    CHECK_FALSE(w.window.hallPreparation()->isRunning());
    CHECK(w.window.prepareAction()->isEnabled());
    // Only the pages already handed to the workers were drawn.
    CHECK(w.site.lib.library().pageImages()->pool.rendersStarted() < 7);
    CHECK(dialogs::takeRecordedErrors().isEmpty());

    // A run after a cancelled one draws the rest.
    checkAllReady(w.prepare(), 7);
    CHECK(w.site.lib.library().pageImages()->cache.count() == 7);
}

TEST_CASE("Closing the window while preparing waits for the pages being drawn", "[gui]")
{
    SampleSite site;
    {
        MainWindow window(site.lib.library());
        window.show();
        window.selectMeeting(site.open.id);
        QCoreApplication::processEvents();
        window.prepareAction()->trigger();
        REQUIRE(window.hallPreparation()->isRunning());
    }
    // The workers are quiet and the cache holds whole images only.
    const std::shared_ptr<PageImages> images = site.lib.library().pageImages();
    const int started = images->pool.rendersStarted();
    QCoreApplication::processEvents();
    CHECK(images->pool.rendersStarted() == started);
    CHECK(started < 7);
    for (const int width : cachedWidths(site.lib.library()))
        CHECK(width > 0);
}

TEST_CASE("Pages that cannot be drawn are reported, the others are still prepared", "[gui]")
{
    Window w;
    // The stored copy of the PDF is damaged behind the catalog's back.
    const QString blob = w.site.lib.library().store().pathFor(w.site.pdf.sha256);
    QFile::setPermissions(blob, QFile::ReadOwner | QFile::WriteOwner);
    QFile file(blob);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("%PDF-1.4 not really");
    file.close();

    const QString report = w.prepare();
    INFO(report.toStdString());
    CHECK(report.startsWith(QStringLiteral("0 page image")));
    CHECK(report.contains(QStringLiteral(" ready for the hall (7 could not be drawn: ")));
    const QStringList errors = dialogs::takeRecordedErrors();
    REQUIRE(errors.size() == 1);
    INFO(errors.first().toStdString());
    CHECK(errors.first().startsWith(QStringLiteral("7 page image")));
    CHECK(errors.first().contains(QStringLiteral(" could not be drawn: ")));
    CHECK(w.site.lib.library().pageImages()->cache.count() == 0);
}

TEST_CASE("A meeting without PDFs has nothing to prepare", "[gui]")
{
    Window w;
    w.window.selectMeeting(w.site.draft.id);
    QCoreApplication::processEvents();
    REQUIRE(w.window.prepareAction()->isEnabled());
    CHECK(w.prepare() == QStringLiteral("This meeting has no PDF pages to prepare."));
    CHECK_FALSE(w.dialog());
    CHECK(dialogs::takeRecordedErrors().isEmpty());
}
