// SPDX-License-Identifier: GPL-3.0-or-later
// Meeting ▸ Archive…: the save dialog's answer becomes a bundle that verifies.
#include "archive/BundleImport.h"
#include "pdf/ChildProgram.h"
#include "support/GuiWindow.h"
#include "support/TempLibrary.h"

#include <QDir>
#include <QStatusBar>

#include <catch2/catch.hpp>

using namespace docket;
using namespace testsupport;

TEST_CASE("Meeting Archive writes the bundle chosen in the save dialog", "[gui][archive]")
{
    ChildProgram::set(ChildProgram::Use::Archive, QStringLiteral(DOCKET_CLI_PATH));
    GuiWindow w;
    TempFolder out;
    REQUIRE(w.window.archiveBundleAction()->isEnabled());

    // No file chosen: nothing written, nothing said.
    dialogs::presetSaveFile(QString());
    w.window.archiveBundleAction()->trigger();
    CHECK(QDir(out.path()).isEmpty());
    CHECK(dialogs::takeRecordedErrors().isEmpty());

    // The suffix is added when the name has none.
    dialogs::presetSaveFile(out.filePath(QStringLiteral("meeting")));
    w.window.archiveBundleAction()->trigger();
    CHECK(dialogs::takeRecordedErrors().isEmpty());
    const QString zip = out.filePath(QStringLiteral("meeting.zip"));
    REQUIRE(QFileInfo(zip).isFile());
    CHECK(w.window.statusBar()->currentMessage().contains(QStringLiteral("meeting.zip")));
    const BundleCheck check = BundleImport::verify(zip);
    INFO(check.describe().join(u'\n').toStdString());
    CHECK(check.ok());
    CHECK(check.files >= 4);
    CHECK(QDir(out.path()).entryList(QDir::Files) == QStringList{QStringLiteral("meeting.zip")});
}
