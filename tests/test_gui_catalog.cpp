// SPDX-License-Identifier: GPL-3.0-or-later
// The window and the catalog's troubles: Library ▸ Verify finds a damaged catalog and offers
// the newest good backup, which main() then restores; the notice line says when the library is
// read-only or its disk nearly full.
#include "catalog/Sqlite.h"
#include "Dialogs.h"
#include "library/Backups.h"
#include "library/Library.h"
#include "MainWindow.h"
#include "support/GuiWindow.h"
#include "support/TempLibrary.h"
#include "support/Tmpfs.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenuBar>

#include <catch2/catch.hpp>

using namespace docket;
using namespace testsupport;

namespace {

// Flips the last bytes of the root page of an index: SQLite's integrity check sees it.
void damageIndex(const QString &catalogPath, const char *index)
{
    int page = 0;
    {
        sql::Database db(catalogPath);
        // Everything into the database file, so that every new reader reads the damage.
        sql::Statement(db, "PRAGMA wal_checkpoint(TRUNCATE)").run();
        sql::Statement s(db, "SELECT rootpage FROM sqlite_schema WHERE name = ?");
        REQUIRE(s.bind(1, QString::fromLatin1(index)).step());
        page = s.int32(0);
    }
    QFile file(catalogPath);
    REQUIRE(file.open(QIODevice::ReadWrite));
    const qint64 at = qint64(page) * 4096 - 40;
    REQUIRE(file.seek(at));
    QByteArray bytes = file.read(40);
    for (char &byte : bytes)
        byte = static_cast<char>(~byte);
    REQUIRE(file.seek(at));
    REQUIRE(file.write(bytes) == 40);
}

bool inMenus(QMainWindow &window, QAction *action)
{
    for (QAction *menu : window.menuBar()->actions())
        if (menu->menu() && menu->menu()->actions().contains(action))
            return true;
    return false;
}

} // namespace

TEST_CASE("Verify finds a damaged catalog and the window restores the newest good backup", "[gui]")
{
    dialogs::setRecordErrors(true);
    dialogs::takeRecordedErrors();
    dialogs::takeRecordedInformation();
    const TempFolder folder;
    const QString libraryFolder = folder.filePath(QStringLiteral("library"));
    auto library = std::make_unique<Library>(libraryFolder);
    const Meeting meeting = library->catalog().createMeeting(QStringLiteral("Hội nghị"));
    library->catalog().addItem(meeting.id, QStringLiteral("Báo cáo chính trị"));
    library->catalog().setMeetingState(meeting.id, MeetingState::Open); // a backup
    library->waitForBackups();
    library->catalog().addItem(meeting.id, QStringLiteral("Sau bản sao lưu"));

    auto window = std::make_unique<MainWindow>(*library);
    window->show();
    CHECK(inMenus(*window, window->restoreAction()));
    CHECK_FALSE(window->libraryNotice()->text().contains(QStringLiteral("read-only")));

    damageIndex(libraryFolder + QStringLiteral("/catalog.sqlite"),
                "sqlite_autoindex_agenda_item_1");
    dialogs::presetConfirm(true); // yes, restore
    window->verifyAction()->trigger();
    CHECK(window->restoreRequested());
    CHECK(dialogs::takeRecordedErrors().isEmpty());

    // What main() does next: the window and the library go, the backup comes back.
    window.reset();
    library.reset();
    REQUIRE(MainWindow::restoreNewestBackup(nullptr, libraryFolder));
    const QStringList information = dialogs::takeRecordedInformation();
    REQUIRE(information.size() == 1);
    CHECK(information.first().startsWith(QStringLiteral("The catalog was restored")));
    CHECK(QDir(libraryFolder + QStringLiteral("/backups"))
              .entryList({QStringLiteral("catalog-set-aside-*.sqlite")})
              .size() == 1);

    library = std::make_unique<Library>(libraryFolder);
    const QList<AgendaItem> items = library->catalog().items(meeting.id);
    REQUIRE(items.size() == 1); // as it was when the meeting opened
    CHECK(items.first().title == QStringLiteral("Báo cáo chính trị"));
    CHECK(library->catalog().check().ok());
    dialogs::setRecordErrors(false);
}

TEST_CASE("The window says when the library is read-only or its disk nearly full", "[gui][disk]")
{
    runOnTmpfs("inner: the window on a small disk", 24);
}

TEST_CASE("inner: the window on a small disk", "[.inner]")
{
    dialogs::setRecordErrors(true);
    const QString mount = tmpfsMountPoint();
    const QString libraryFolder = mount + QStringLiteral("/library");
    {
        Library library(libraryFolder);
        library.catalog().createMeeting(QStringLiteral("Hội nghị"));
        MainWindow window(library);
        window.show();
        // 24 MB is far below what an import or a day of counts may need.
        REQUIRE(window.libraryNotice()->isVisible());
        CHECK(window.libraryNotice()->text().contains(QStringLiteral("nearly full")));
        CHECK(window.libraryNotice()->text().contains(mount));
    }
    remountReadOnly(mount);
    Library library(libraryFolder);
    REQUIRE(library.isReadOnly());
    MainWindow window(library);
    window.show();
    REQUIRE(window.libraryNotice()->isVisible());
    CHECK(window.libraryNotice()->text() ==
          QStringLiteral("The library is read-only: meetings can be shown and served, not "
                         "changed."));
    // A change is refused with the same sentence.
    dialogs::presetNewMeeting(
        MeetingFields{QStringLiteral("Thêm một cuộc họp"), {}, {}, QStringLiteral("vi")});
    window.newMeetingAction()->trigger();
    const QStringList errors = dialogs::takeRecordedErrors();
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().startsWith(QStringLiteral("The library is read-only")));
    dialogs::setRecordErrors(false);
}
