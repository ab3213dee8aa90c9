// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The main window over the sample library, offscreen, for the GUI tests (which link the
// window's library; the rest of tests/support does not, hence a header).
#include "Dialogs.h"
#include "HostingBar.h"
#include "MainWindow.h"
#include "support/SampleSite.h"
#include "support/Wait.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStatusBar>

#include <catch2/catch.hpp>

#include <exception>

namespace testsupport {

// Shown, with the open meeting and its first item selected; every modal question answered
// through the dialogs:: seam and every error recorded instead of shown. A question the test did
// not preset an answer for, or a preset answer no question used, fails the test.
struct GuiWindow
{
    SampleSite site;
    docket::MainWindow window{site.lib.library()};

    GuiWindow()
    {
        docket::dialogs::setRecordErrors(true);
        docket::dialogs::setPresetsOnly(true);
        docket::dialogs::takeUnansweredQuestions();
        docket::dialogs::takeUnusedPresets();
        docket::dialogs::takeRecordedErrors();
        docket::dialogs::takeRecordedInformation();
        window.resize(1200, 760);
        window.show();
        window.selectMeeting(site.open.id);
        window.selectItem(site.item1.id);
        QCoreApplication::processEvents();
        window.statusBar()->clearMessage();
    }
    ~GuiWindow()
    {
        const QStringList unanswered = docket::dialogs::takeUnansweredQuestions();
        const QStringList unused = docket::dialogs::takeUnusedPresets();
        if (std::uncaught_exceptions() == 0) { // a failed REQUIRE already said what went wrong
            INFO("questions asked without a preset answer: "
                 << unanswered.join(u", ").toStdString());
            CHECK(unanswered.isEmpty());
            INFO("preset answers no question used: " << unused.join(u", ").toStdString());
            CHECK(unused.isEmpty());
        }
        docket::dialogs::setPresetsOnly(false);
        docket::dialogs::setRecordErrors(false);
    }

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
