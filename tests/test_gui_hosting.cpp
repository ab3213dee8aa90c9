// SPDX-License-Identifier: GPL-3.0-or-later
// The window and the other server of its library: while docket-cli serves it, the hosting bar
// says so and where, and the QR panel, the projector and paper use that address; the window
// does not start a second server. A catalog restored from a backup is hosted again where it
// was.
#include "AgendaTree.h"
#include "Dialogs.h"
#include "HostingBar.h"
#include "library/Library.h"
#include "MainWindow.h"
#include "ProjectorController.h"
#include "ProjectorWindow.h"
#include "qr/DelegateUrl.h"
#include "QrPanel.h"
#include "support/Curl.h"
#include "support/GuiWindow.h"
#include "support/ServeChild.h"
#include "support/TempLibrary.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QProcess>
#include <QStatusBar>

#include <catch2/catch.hpp>

#include <csignal>

using namespace docket;
using namespace testsupport;

namespace {
const QString kCli = QStringLiteral(DOCKET_CLI_PATH);
} // namespace

TEST_CASE("The window shows docket-cli serving its library, and where, instead of "
          "\"not hosting\"",
          "[gui][hosting]")
{
    GuiWindow w;
    HostingBar &bar = *w.window.hostingBar();
    CHECK(bar.statusText().startsWith(QStringLiteral("Not hosting")));
    CHECK(bar.servingBaseUrl().isEmpty());
    CHECK(w.window.projector()->window()->baseUrl().isEmpty());

    ServeChild serve(kCli, w.site.lib.folder());
    const QString announced = serve.readBaseUrl();
    REQUIRE(waitUntil([&] { return !bar.servingBaseUrl().isEmpty(); }, 10000));
    CHECK(bar.servingBaseUrl() == announced);
    CHECK_FALSE(bar.isHosting());
    CHECK(bar.statusText() ==
          QStringLiteral("Served by docket-cli at %1: delegates reach open meetings there.")
              .arg(announced));
    // What the window shows and projects is the address that server answers on.
    const QString itemUrl = delegateurl::item(announced, w.site.open.code, 1);
    CHECK(w.window.qrPanel()->url() == itemUrl);
    CHECK(w.window.projector()->window()->baseUrl() == announced);
    CHECK(curlFetch(itemUrl).status == 200);

    // Starting here too is refused, with where delegates already go.
    w.window.hostingBar()->setAddress(QStringLiteral("127.0.0.1"));
    w.window.hostingBar()->setPort(0);
    CHECK_FALSE(bar.startHosting());
    const QStringList errors = dialogs::takeRecordedErrors();
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().contains(QStringLiteral("docket-cli")));
    CHECK(errors.first().contains(announced));

    // docket-cli stops: the window says it is not hosting, and projects nothing.
    ::kill(static_cast<pid_t>(serve.process().processId()), SIGTERM);
    REQUIRE(serve.process().waitForFinished(10000));
    REQUIRE(waitUntil([&] { return bar.servingBaseUrl().isEmpty(); }, 10000));
    CHECK(bar.statusText().startsWith(QStringLiteral("Not hosting")));
    CHECK(w.window.projector()->window()->baseUrl().isEmpty());
    // With the port box at "any free port", no code leads to port 0.
    CHECK(w.window.qrPanel()->url().isEmpty());
}

TEST_CASE("Restoring a backup in the window hosts the restored catalog again, at the same "
          "address",
          "[gui][hosting][backups]")
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
    window->hostingBar()->setAddress(QStringLiteral("127.0.0.1"));
    window->hostingBar()->setPort(0);
    REQUIRE(window->hostingBar()->startHosting());
    const QString base = window->hostingBar()->baseUrl();
    const QString meetingUrl = delegateurl::meeting(base, meeting.code);
    CHECK(curlFetch(meetingUrl).body.contains(QStringLiteral("Sau bản sao lưu").toUtf8()));

    dialogs::presetConfirm(true); // yes, restore
    window->restoreAction()->trigger();
    REQUIRE(window->restoreRequested());
    const auto resume = window->hostingToResume();
    REQUIRE(resume);
    CHECK(resume->address == QStringLiteral("127.0.0.1"));
    CHECK(QString::number(resume->port) == base.section(u':', -1));

    // What main() does: the window and the library go, the backup comes back, a new window
    // opens on it and hosts where the last one did.
    window.reset();
    library.reset();
    REQUIRE(MainWindow::restoreNewestBackup(nullptr, libraryFolder));
    library = std::make_unique<Library>(libraryFolder);
    window = std::make_unique<MainWindow>(*library);
    window->show();
    REQUIRE(window->resumeHosting(*resume));
    CHECK(window->hostingBar()->isHosting());
    CHECK(window->hostingBar()->baseUrl() == base); // the phones' address did not change
    CHECK(window->statusBar()->currentMessage().startsWith(QStringLiteral("Hosting resumed")));
    const HttpResult page = curlFetch(meetingUrl);
    CHECK(page.status == 200);
    CHECK(page.body.contains(QStringLiteral("Báo cáo chính trị").toUtf8()));
    CHECK_FALSE(page.body.contains(QStringLiteral("Sau bản sao lưu").toUtf8()));
    CHECK(dialogs::takeRecordedErrors().isEmpty());
    window.reset();
    library.reset();
    dialogs::setRecordErrors(false);
}

TEST_CASE("An item added with docket-cli reaches the window and the phones through the one "
          "watch",
          "[gui][hosting]")
{
    GuiWindow w;
    w.host();
    const QString meetingUrl =
        delegateurl::meeting(w.window.hostingBar()->baseUrl(), w.site.open.code);
    const int items = w.window.agenda()->topLevelItemCount();

    QProcess cli;
    cli.setProcessEnvironment(cliEnvironment());
    cli.start(kCli, {QStringLiteral("--library"), w.site.lib.folder(), QStringLiteral("item"),
                     QStringLiteral("add"), w.site.open.code, QStringLiteral("--title"),
                     QStringLiteral("Biểu quyết từ dòng lệnh")});
    REQUIRE(cli.waitForFinished(30000));
    REQUIRE(cli.exitCode() == 0);
    REQUIRE(waitUntil([&] { return w.window.agenda()->topLevelItemCount() == items + 1; }));
    CHECK(w.window.agenda()->topLevelItem(items)->text(0).contains(
        QStringLiteral("Biểu quyết từ dòng lệnh")));
    REQUIRE(waitUntil([&] {
        return curlFetch(meetingUrl)
            .body.contains(QStringLiteral("Biểu quyết từ dòng lệnh").toUtf8());
    }));
}

TEST_CASE("Quitting while hosting asks first, with the phones connected, and No keeps serving",
          "[gui][hosting]")
{
    GuiWindow w;
    HostingBar &bar = *w.window.hostingBar();
    // File ▸ Quit, Ctrl+Q on a desktop (the offscreen platform binds no key to Quit).
    QAction *quit = nullptr;
    for (QAction *action : w.window.findChildren<QAction *>())
        if (action->text() == QStringLiteral("&Quit"))
            quit = action;
    REQUIRE(quit);
    dialogs::takeAskedConfirmations();

    bar.setAddress(QStringLiteral("127.0.0.1"));
    bar.setPort(0);
    REQUIRE(bar.startHosting());
    const QString meetingUrl = delegateurl::meeting(bar.baseUrl(), w.site.open.code);
    REQUIRE(curlFetch(meetingUrl).status == 200); // one phone
    REQUIRE(waitUntil([&] { return bar.phonesConnected() == 1; }, 5000));
    REQUIRE(waitUntil([&] { return bar.statusText().contains(QStringLiteral("1 phone")); }, 5000));
    // The status bar says it too, where the organiser's eye rests.
    QLabel *phones = w.window.phonesStatus();
    REQUIRE(waitUntil([&] { return phones->text().startsWith(QStringLiteral("1 phone")); }, 5000));
    CHECK_FALSE(phones->isHidden());

    // Ctrl+Q, and "Cancel": the window stays, and so do the phones.
    dialogs::presetConfirm(false);
    quit->trigger();
    QCoreApplication::processEvents();
    CHECK(w.window.isVisible());
    CHECK(bar.isHosting());
    CHECK(curlFetch(meetingUrl).status == 200);
    QStringList asked = dialogs::takeAskedConfirmations();
    REQUIRE(asked.size() == 1);
    INFO(asked.first().toStdString());
    CHECK(asked.first().startsWith(QStringLiteral("Stop hosting and quit\n")));
    CHECK(asked.first().contains(QStringLiteral("1 phone(s) are connected")));
    CHECK(asked.first().contains(QStringLiteral("Quitting stops hosting")));

    // "Yes": it closes.
    dialogs::presetConfirm(true);
    quit->trigger();
    QCoreApplication::processEvents();
    CHECK_FALSE(w.window.isVisible());
    CHECK(dialogs::takeAskedConfirmations().size() == 1);

    // Not hosting: nothing to ask.
    bar.stopHosting();
    CHECK(phones->isHidden());
    w.window.show();
    w.window.close();
    CHECK_FALSE(w.window.isVisible());
    CHECK(dialogs::takeAskedConfirmations().isEmpty());
}
