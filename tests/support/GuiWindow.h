// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The main window over the sample library, offscreen, for the GUI tests (which link the
// window's library; the rest of tests/support does not, hence a header).
#include "Dialogs.h"
#include "HostingBar.h"
#include "MainWindow.h"
#include "support/SampleSite.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStatusBar>

#include <catch2/catch.hpp>

namespace testsupport {

// Lets queued work (snapshot publishing, catalog signals, worker threads) run until `done`
// or the deadline.
template <typename Predicate> bool waitUntil(Predicate done, int milliseconds = 5000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > milliseconds)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    return true;
}

// Shown, with the open meeting and its first item selected; every modal question answered
// through the dialogs:: seam and every error recorded instead of shown.
struct GuiWindow
{
    SampleSite site;
    docket::MainWindow window{site.lib.library()};

    GuiWindow()
    {
        docket::dialogs::setRecordErrors(true);
        docket::dialogs::takeRecordedErrors();
        docket::dialogs::takeRecordedInformation();
        window.resize(1200, 760);
        window.show();
        window.selectMeeting(site.open.id);
        window.selectItem(site.item1.id);
        QCoreApplication::processEvents();
        window.statusBar()->clearMessage();
    }
    ~GuiWindow() { docket::dialogs::setRecordErrors(false); }

    // Hosting on 127.0.0.1 at a free port.
    void host()
    {
        window.hostingBar()->setAddress(QStringLiteral("127.0.0.1"));
        window.hostingBar()->setPort(0);
        REQUIRE(window.hostingBar()->startHosting());
        REQUIRE(window.hostingBar()->isHosting());
    }
    QString message() const { return window.statusBar()->currentMessage(); }
};

} // namespace testsupport
