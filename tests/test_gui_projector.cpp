// SPDX-License-Identifier: GPL-3.0-or-later
// The projector, the Wi-Fi form and printing, driven offscreen from the main window as the
// organiser drives them (menus, shortcuts, a clicker's keys); every code on a slide is read
// back with the real zbar decoder, every PDF with Poppler.
#include "AgendaTree.h"
#include "catalog/SettingKeys.h"
#include "Dialogs.h"
#include "HostingBar.h"
#include "MainWindow.h"
#include "MeetingPrint.h"
#include "pdf/Inspector.h"
#include "PrintSetupDialog.h"
#include "ProjectorController.h"
#include "ProjectorWindow.h"
#include "qr/DelegateUrl.h"
#include "qr/WifiPayload.h"
#include "ScreenChoice.h"
#include "support/GuiWindow.h"
#include "support/PdfPages.h"
#include "support/QrDecode.h"
#include "support/SampleSite.h"
#include "WifiDialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QStatusBar>
#include <QTreeWidgetItem>

#include <catch2/catch.hpp>

using namespace docket;
using namespace testsupport;
using Kind = ProjectorWindow::SlideKind;

namespace {

struct Window : GuiWindow
{
    ProjectorController &controller() { return *window.projector(); }
    ProjectorWindow &projector() { return *window.projector()->window(); }
    QString base() const { return window.hostingBar()->baseUrl(); }
    QString itemUrl(int number) const { return delegateurl::item(base(), site.open.code, number); }
    QString meetingUrl() const { return delegateurl::meeting(base(), site.open.code); }
    QString status() const { return window.projectorStatus()->text(); }

    // The projected row of the agenda, by its mark.
    QStringList markedRows() const
    {
        QStringList rows;
        const AgendaTree *tree = window.agenda();
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            if (tree->topLevelItem(i)->data(0, AgendaTree::kProjectedRole).toBool())
                rows << tree->topLevelItem(i)->text(0);
        return rows;
    }
};

// As a keyboard or a presentation clicker sends it to the focused projector.
void press(QWidget &target, Qt::Key key, const QString &text = {})
{
    QKeyEvent down(QEvent::KeyPress, key, Qt::NoModifier, text);
    QApplication::sendEvent(&target, &down);
    QKeyEvent up(QEvent::KeyRelease, key, Qt::NoModifier, text);
    QApplication::sendEvent(&target, &up);
}

QStringList decodedAt(const ProjectorWindow &projector, const QSize &size)
{
    QStringList codes = decodeQr(projector.renderSlide(size));
    codes.sort();
    return codes;
}

// Both projector shapes people meet: 16:9 and the old 4:3.
const QList<QSize> kScreens{QSize(1920, 1080), QSize(1024, 768)};

void checkCodes(const ProjectorWindow &projector, QStringList expected)
{
    expected.sort();
    for (const QSize &size : kScreens) {
        INFO("at " << size.width() << "x" << size.height());
        CHECK(decodedAt(projector, size) == expected);
    }
}

bool isBlack(const QImage &image)
{
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            if (image.pixel(x, y) != qRgb(0, 0, 0))
                return false;
    return true;
}

int pdfPages(const QString &path)
{
    return Inspector::inspect(path, QStringLiteral("export.pdf")).pageCount.value_or(-1);
}

QByteArray head(const QString &path, int bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.read(bytes);
}

} // namespace

TEST_CASE("The projector goes on another screen than the main window's", "[gui][projector]")
{
    const QStringList two{QStringLiteral("eDP-1"), QStringLiteral("HDMI-1")};
    // No choice yet: not the organiser's own screen.
    CHECK(chooseProjectorScreen(two, {}, QStringLiteral("eDP-1")) == 1);
    CHECK(chooseProjectorScreen(two, {}, QStringLiteral("HDMI-1")) == 0);
    // The remembered screen while it is connected, even the main window's.
    CHECK(chooseProjectorScreen(two, QStringLiteral("HDMI-1"), QStringLiteral("eDP-1")) == 1);
    CHECK(chooseProjectorScreen(two, QStringLiteral("eDP-1"), QStringLiteral("eDP-1")) == 0);
    // Remembered but unplugged: the default rule again.
    const QStringList three{QStringLiteral("eDP-1"), QStringLiteral("DP-2"),
                            QStringLiteral("HDMI-1")};
    CHECK(chooseProjectorScreen(three, QStringLiteral("DP-1"), QStringLiteral("eDP-1")) == 1);
    CHECK(chooseProjectorScreen(three, QStringLiteral("DP-1"), QStringLiteral("DP-2")) == 0);
    // One screen: the only one there is. None: nowhere.
    CHECK(chooseProjectorScreen({QStringLiteral("eDP-1")}, QStringLiteral("HDMI-1"),
                                QStringLiteral("eDP-1")) == 0);
    CHECK(chooseProjectorScreen({}, QStringLiteral("HDMI-1"), QStringLiteral("eDP-1")) == -1);
    // A main window whose screen has no name yet.
    CHECK(chooseProjectorScreen(two, {}, {}) == 0);
}

TEST_CASE("Projected slides carry codes that scan at 1920x1080 and 1024x768", "[gui][projector]")
{
    Window w;
    // Before hosting: no code that would lead nowhere.
    w.controller().showAction()->trigger();
    REQUIRE(w.projector().isVisible());
    CHECK(w.projector().meetingId() == w.site.open.id);
    CHECK(w.projector().slideKind() == Kind::Welcome);
    CHECK(w.status() == QStringLiteral("Projector: welcome slide"));
    checkCodes(w.projector(), {});

    w.host();
    checkCodes(w.projector(), {w.meetingUrl()});

    // The meeting's own Wi-Fi, with every character the WIFI: format reserves and Vietnamese.
    WifiNetwork wifi;
    wifi.ssid = QStringLiteral(R"(Đoàn;A,B:"C"\ở)");
    wifi.password = QStringLiteral(R"(mật;khẩu,1:"2"\)");
    wifi.security = WifiSecurity::Wpa;
    REQUIRE(wifipayload::problem(wifi).isEmpty());
    dialogs::presetWifi(dialogs::WifiAnswer{false, wifi, false});
    w.window.wifiButton()->click();
    CHECK(w.site.lib.catalog().meetingWifi(w.site.open.id) == wifi);
    const QString join =
        QStringLiteral(R"(WIFI:T:WPA;S:Đoàn\;A\,B\:\"C\"\\ở;P:mật\;khẩu\,1\:\"2\"\\;;)");
    checkCodes(w.projector(), {w.meetingUrl(), join});
    for (const QSize &size : kScreens)
        CHECK(w.projector().renderSlide(size).save(QDir::current().filePath(
            QStringLiteral("projector-welcome-%1x%2.png").arg(size.width()).arg(size.height()))));

    press(w.projector(), Qt::Key_PageDown);
    REQUIRE(w.projector().slideKind() == Kind::Item);
    CHECK(w.projector().itemNumber() == 1);
    checkCodes(w.projector(), {w.itemUrl(1)});
    for (const QSize &size : kScreens)
        CHECK(w.projector().renderSlide(size).save(QDir::current().filePath(
            QStringLiteral("projector-item-%1x%2.png").arg(size.width()).arg(size.height()))));

    // What the window itself paints is the same slide.
    const QImage painted = w.projector().grab().toImage();
    CHECK(decodeQr(painted) == QStringList{w.itemUrl(1)});

    // Stopping the server takes the code off the wall.
    w.window.hostingBar()->stopHosting();
    checkCodes(w.projector(), {});
    CHECK(dialogs::takeRecordedErrors().isEmpty());
}

TEST_CASE("A clicker's keys move through the agenda", "[gui][projector]")
{
    Window w;
    w.host();
    w.site.lib.catalog().addItem(w.site.open.id, QStringLiteral("Biểu quyết"));
    w.controller().showAction()->trigger();
    ProjectorWindow &p = w.projector();
    int changes = 0;
    QObject::connect(&p, &ProjectorWindow::slideChanged, &p, [&] { ++changes; });
    const auto at = [&](Kind kind, int number) {
        INFO("number " << p.itemNumber());
        CHECK(p.slideKind() == kind);
        CHECK(p.itemNumber() == number);
        if (kind == Kind::Item)
            CHECK(decodedAt(p, QSize(1024, 768)) == QStringList{w.itemUrl(number)});
        else if (kind == Kind::Welcome)
            CHECK(decodedAt(p, QSize(1024, 768)) == QStringList{w.meetingUrl()});
        else
            CHECK(isBlack(p.renderSlide(QSize(1024, 768))));
    };
    at(Kind::Welcome, 0);
    press(p, Qt::Key_PageDown);
    at(Kind::Item, 1);
    CHECK(changes == 1);
    CHECK(w.status() == QStringLiteral("Projector: 1. Báo cáo chính trị"));
    press(p, Qt::Key_Space, QStringLiteral(" "));
    at(Kind::Item, 2);
    press(p, Qt::Key_Right);
    at(Kind::Item, 3);
    press(p, Qt::Key_Down); // clamped at the last item
    at(Kind::Item, 3);
    press(p, Qt::Key_PageUp);
    at(Kind::Item, 2);
    press(p, Qt::Key_Left);
    press(p, Qt::Key_Up); // clamped at the first item: Home is the welcome slide
    at(Kind::Item, 1);
    press(p, Qt::Key_End);
    at(Kind::Item, 3);
    press(p, Qt::Key_Backspace);
    at(Kind::Item, 2);
    press(p, Qt::Key_Home);
    at(Kind::Welcome, 0);
    CHECK(w.status() == QStringLiteral("Projector: welcome slide"));

    press(p, Qt::Key_B, QStringLiteral("b"));
    at(Kind::Blank, 0);
    CHECK(w.status() == QStringLiteral("Projector: blank"));
    CHECK(w.controller().blankAction()->isChecked());
    press(p, Qt::Key_B, QStringLiteral("b"));
    at(Kind::Welcome, 0);
    press(p, Qt::Key_Period, QStringLiteral("."));
    at(Kind::Blank, 0);
    // Moving on from black shows the screen again, at the next slide.
    press(p, Qt::Key_PageDown);
    at(Kind::Item, 1);
    CHECK_FALSE(w.controller().blankAction()->isChecked());
    // The main window's Blank screen action does the same as B.
    w.controller().blankAction()->trigger();
    at(Kind::Blank, 1);
    w.controller().blankAction()->trigger();
    at(Kind::Item, 1);

    press(p, Qt::Key_Escape);
    CHECK_FALSE(p.isVisible());
    CHECK_FALSE(w.controller().showAction()->isChecked());
    CHECK(w.status() == QStringLiteral("Projector: off"));
    CHECK(w.markedRows().isEmpty());
    // F5 again: back where it was.
    w.controller().showAction()->trigger();
    CHECK(p.isVisible());
    at(Kind::Item, 1);
}

TEST_CASE("The main window shows what is projected, selecting alone changes nothing",
          "[gui][projector]")
{
    Window w;
    w.host();
    CHECK(w.status() == QStringLiteral("Projector: off"));
    w.window.selectItem(w.site.item2.id);
    w.controller().projectItemAction()->trigger();
    REQUIRE(w.projector().isVisible());
    CHECK(w.projector().slideKind() == Kind::Item);
    CHECK(w.projector().itemNumber() == 2);
    CHECK(decodedAt(w.projector(), QSize(1920, 1080)) == QStringList{w.itemUrl(2)});
    CHECK(w.status() == QStringLiteral("Projector: 2. Thảo luận"));
    CHECK(w.markedRows() == QStringList{QStringLiteral("2. Thảo luận")});
    // The row's own text is untouched: the mark is an icon.
    CHECK_FALSE(w.window.agenda()->topLevelItem(1)->icon(0).isNull());
    CHECK(w.window.agenda()->topLevelItem(0)->icon(0).isNull());
    QCoreApplication::processEvents(); // lays the status bar out for the longer text
    CHECK(w.window.grab().save(QDir::current().filePath(QStringLiteral("gui-projecting.png"))));

    // Browsing the agenda leaves the hall on item 2.
    w.window.selectItem(w.site.item1.id);
    QCoreApplication::processEvents();
    CHECK(w.projector().itemNumber() == 2);
    CHECK(w.status() == QStringLiteral("Projector: 2. Thảo luận"));

    // Ctrl+Return projects the selection; the clicker then moves the mark too.
    w.controller().projectItemAction()->trigger();
    CHECK(w.projector().itemNumber() == 1);
    CHECK(w.markedRows() == QStringList{QStringLiteral("1. Báo cáo chính trị")});
    press(w.projector(), Qt::Key_PageDown);
    CHECK(w.markedRows() == QStringList{QStringLiteral("2. Thảo luận")});
    CHECK(w.status() == QStringLiteral("Projector: 2. Thảo luận"));

    // Another meeting in the main window: its agenda shows no mark, the hall keeps item 2.
    w.window.selectMeeting(w.site.draft.id);
    QCoreApplication::processEvents();
    CHECK(w.markedRows().isEmpty());
    CHECK(w.projector().meetingId() == w.site.open.id);
    CHECK(w.status() == QStringLiteral("Projector: 2. Thảo luận"));
    // Until the organiser projects from it.
    w.controller().welcomeAction()->trigger();
    CHECK(w.projector().meetingId() == w.site.draft.id);
    CHECK(w.projector().slideKind() == Kind::Welcome);
    CHECK(w.status() == QStringLiteral("Projector: welcome slide"));
    CHECK(dialogs::takeRecordedErrors().isEmpty());
}

TEST_CASE("The projector follows agenda edits and survives its item's removal", "[gui][projector]")
{
    Window w;
    w.host();
    const AgendaItem third = w.site.lib.catalog().addItem(w.site.open.id, QStringLiteral("Bầu cử"));
    w.window.selectItem(w.site.item2.id);
    w.controller().projectItemAction()->trigger();
    REQUIRE(w.projector().itemNumber() == 2);

    // Renamed: the slide and the status follow.
    w.site.lib.catalog().updateItem(w.site.item2.id, QStringLiteral("Thảo luận tổ"), {});
    CHECK(w.status() == QStringLiteral("Projector: 2. Thảo luận tổ"));
    // Moved: still the same item, now with its new number (and the code for it).
    w.site.lib.catalog().moveItem(w.site.item2.id, 3);
    CHECK(w.projector().itemId() == w.site.item2.id);
    CHECK(w.projector().itemNumber() == 3);
    CHECK(decodedAt(w.projector(), QSize(1024, 768)) == QStringList{w.itemUrl(3)});
    CHECK(w.status() == QStringLiteral("Projector: 3. Thảo luận tổ"));
    CHECK(w.markedRows() == QStringList{QStringLiteral("3. Thảo luận tổ")});

    // Removed while on the wall: its neighbour (the new last item) instead.
    w.site.lib.catalog().removeItem(w.site.item2.id);
    CHECK(w.projector().slideKind() == Kind::Item);
    CHECK(w.projector().itemId() == third.id);
    CHECK(w.projector().itemNumber() == 2);
    CHECK(decodedAt(w.projector(), QSize(1024, 768)) == QStringList{w.itemUrl(2)});
    CHECK(w.status() == QStringLiteral("Projector: 2. Bầu cử"));

    // Removed from the middle: the item that took its number.
    press(w.projector(), Qt::Key_Home);
    press(w.projector(), Qt::Key_PageDown);
    REQUIRE(w.projector().itemId() == w.site.item1.id);
    w.window.selectItem(w.site.item1.id);
    dialogs::presetConfirm(true);
    w.window.removeAction()->trigger(); // through the window, as the organiser does it
    CHECK(w.projector().itemId() == third.id);
    CHECK(w.projector().itemNumber() == 1);
    CHECK(w.status() == QStringLiteral("Projector: 1. Bầu cử"));

    // The last one gone: the welcome slide. Added again: the clicker reaches it.
    w.site.lib.catalog().removeItem(third.id);
    CHECK(w.projector().slideKind() == Kind::Welcome);
    CHECK(decodedAt(w.projector(), QSize(1024, 768)) == QStringList{w.meetingUrl()});
    press(w.projector(), Qt::Key_PageDown);
    CHECK(w.projector().slideKind() == Kind::Welcome);
    w.site.lib.catalog().addItem(w.site.open.id, QStringLiteral("Bế mạc"));
    press(w.projector(), Qt::Key_PageDown);
    CHECK(w.status() == QStringLiteral("Projector: 1. Bế mạc"));

    // The meeting itself deleted: black, never a crash.
    w.site.lib.catalog().removeMeeting(w.site.open.id);
    CHECK(w.projector().slideKind() == Kind::Blank);
    CHECK(isBlack(w.projector().renderSlide(QSize(640, 480))));
    press(w.projector(), Qt::Key_PageDown);
    press(w.projector(), Qt::Key_End);
    CHECK(w.projector().slideKind() == Kind::Blank);
    CHECK(w.status() == QStringLiteral("Projector: blank"));
    CHECK(dialogs::takeRecordedErrors().isEmpty());
}

TEST_CASE("An unplugged projector screen turns the projector off until it is back",
          "[gui][projector]")
{
    Window w;
    QScreen *screen = QGuiApplication::primaryScreen();
    REQUIRE(screen);
    w.controller().showAction()->trigger();
    REQUIRE(w.projector().isVisible());
    CHECK(w.projector().isFullScreen());
    CHECK(w.projector().screen() == screen);
    CHECK(w.controller().chosenScreenName() == screen->name());

    // The offscreen platform has a single screen: its signals are replayed.
    w.controller().handleScreenRemoved(screen);
    CHECK_FALSE(w.projector().isVisible());
    CHECK(w.controller().isProjecting());
    CHECK(w.controller().showAction()->isChecked());
    CHECK(w.status() == QStringLiteral("Projector: off until its screen is back"));
    CHECK(w.window.statusBar()->currentMessage().contains(QStringLiteral("disconnected")));

    w.controller().handleScreenAdded(screen);
    CHECK(w.projector().isVisible());
    CHECK(w.projector().isFullScreen());
    CHECK(w.status() == QStringLiteral("Projector: welcome slide"));

    // Another screen's coming and going leaves a hidden projector hidden.
    press(w.projector(), Qt::Key_Escape);
    w.controller().handleScreenRemoved(screen);
    w.controller().handleScreenAdded(screen);
    CHECK_FALSE(w.projector().isVisible());
    CHECK(w.status() == QStringLiteral("Projector: off"));

    // The Screen submenu lists each screen as "NAME — WIDTHxHEIGHT", the chosen one checked.
    QStringList listed;
    for (const QAction *action : w.window.findChildren<QAction *>())
        if (action->isCheckable() && action->actionGroup() && action->isChecked())
            listed << action->text();
    const QString name = screen->name().isEmpty() ? QStringLiteral("Screen 1") : screen->name();
    CHECK(listed == QStringList{QStringLiteral("%1 — %2x%3")
                                    .arg(name)
                                    .arg(screen->size().width())
                                    .arg(screen->size().height())});

    // The choice is kept by name, for the next session.
    w.controller().chooseScreen(screen->name() + QStringLiteral("-elsewhere"));
    CHECK(w.site.lib.catalog().setting(settingkeys::projectorScreen()) ==
          screen->name() + QStringLiteral("-elsewhere"));
    // Not connected: the projector still goes on the screen there is.
    CHECK(w.controller().chosenScreenName() == screen->name());
    w.controller().chooseScreen(screen->name());
    CHECK(w.site.lib.catalog().setting(settingkeys::projectorScreen()) == screen->name());
}

TEST_CASE("The Wi-Fi form stores a meeting network and a venue default", "[gui][wifi]")
{
    Window w;
    Catalog &catalog = w.site.lib.catalog();
    WifiNetwork venue;
    venue.ssid = QStringLiteral("Hội trường A");
    venue.password = QStringLiteral("khách-2026");
    WifiNetwork own;
    own.ssid = QStringLiteral("BCH Đoàn");
    own.password = QStringLiteral("họp-kín-01");
    own.hidden = true;

    // Saved as the venue default (the meeting follows it).
    dialogs::presetWifi(dialogs::WifiAnswer{true, venue, true});
    w.window.wifiButton()->click();
    CHECK(catalog.venueWifi() == venue);
    CHECK(catalog.meetingWifi(w.site.open.id).isEmpty());
    CHECK(catalog.effectiveWifi(w.site.open.id) == venue);
    CHECK(catalog.effectiveWifi(w.site.draft.id) == venue);

    // The meeting's own network wins over the venue's for this meeting only.
    dialogs::presetWifi(dialogs::WifiAnswer{false, own, false});
    w.window.wifiButton()->click();
    CHECK(catalog.meetingWifi(w.site.open.id) == own);
    CHECK(catalog.effectiveWifi(w.site.open.id) == own);
    CHECK(catalog.effectiveWifi(w.site.draft.id) == venue);

    // Cancelled: nothing changes. A network phones would refuse: a message, nothing stored.
    dialogs::presetWifi(std::nullopt);
    w.window.wifiButton()->click();
    CHECK(catalog.meetingWifi(w.site.open.id) == own);
    WifiNetwork wrong = own;
    wrong.password = QStringLiteral("short");
    dialogs::presetWifi(dialogs::WifiAnswer{false, wrong, false});
    w.window.wifiButton()->click();
    CHECK(catalog.meetingWifi(w.site.open.id) == own);
    const QStringList errors = dialogs::takeRecordedErrors();
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().contains(QStringLiteral("8")));

    // Back to the venue default.
    dialogs::presetWifi(dialogs::WifiAnswer{true, {}, false});
    w.window.wifiButton()->click();
    CHECK(catalog.meetingWifi(w.site.open.id).isEmpty());
    CHECK(catalog.effectiveWifi(w.site.open.id) == venue);
}

TEST_CASE("The Wi-Fi form checks the network as it is typed", "[gui][wifi]")
{
    WifiNetwork venue;
    venue.ssid = QStringLiteral("Hội trường A");
    venue.password = QStringLiteral("khách-2026");
    QList<WifiNetwork> saved;
    WifiDialog dialog(WifiNetwork{}, venue, [&](const WifiNetwork &network) {
        saved << network;
        return true;
    });
    auto *ownChoice = dialog.findChild<QRadioButton *>(QStringLiteral("wifiOwnChoice"));
    auto *venueChoice = dialog.findChild<QRadioButton *>(QStringLiteral("wifiVenueChoice"));
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("wifiName"));
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("wifiPassword"));
    auto *saveVenue = dialog.findChild<QPushButton *>(QStringLiteral("wifiSaveVenue"));
    REQUIRE((ownChoice && venueChoice && name && password && saveVenue));
    QPushButton *ok = nullptr;
    for (QPushButton *button : dialog.findChildren<QPushButton *>())
        if (button != saveVenue && button->text().contains(QStringLiteral("OK")))
            ok = button;
    REQUIRE(ok);

    // No network of its own: the venue's, named, read-only.
    CHECK(dialog.usesVenueDefault());
    CHECK(venueChoice->text().contains(QStringLiteral("Hội trường A")));
    CHECK_FALSE(name->isEnabled());
    CHECK(ok->isEnabled());

    ownChoice->setChecked(true);
    CHECK(name->isEnabled());
    name->setText(QStringLiteral("BCH Đoàn"));
    password->setText(QStringLiteral("1234567"));
    CHECK_FALSE(dialog.problem().isEmpty());
    CHECK_FALSE(ok->isEnabled());
    CHECK_FALSE(saveVenue->isEnabled());
    password->setText(QStringLiteral("12345678"));
    CHECK(dialog.problem().isEmpty());
    CHECK(ok->isEnabled());
    name->setText(QString());
    CHECK_FALSE(ok->isEnabled());
    name->setText(QStringLiteral("BCH Đoàn"));

    saveVenue->click();
    REQUIRE(saved.size() == 1);
    CHECK(saved.first().ssid == QStringLiteral("BCH Đoàn"));
    CHECK(saved.first().password == QStringLiteral("12345678"));
    CHECK(dialog.savedVenueDefault());
    CHECK(dialog.usesVenueDefault());
    CHECK(venueChoice->text().contains(QStringLiteral("BCH Đoàn")));
    CHECK(dialog.formNetwork() == saved.first());
}

TEST_CASE("Print setup shows the pages beside the choices, as they will come out", "[gui][print]")
{
    Window w;
    Catalog &catalog = w.site.lib.catalog();
    const Meeting meeting =
        catalog.createMeeting(QStringLiteral("Đại hội Đoàn phường"), QDate(2026, 12, 5));
    for (int n = 1; n <= 9; ++n)
        catalog.addItem(meeting.id, QStringLiteral("Nội dung số %1").arg(n));
    const PrintSource source =
        Printing::load(catalog, meeting.id, QStringLiteral("HTTP://127.0.0.1:8080"));

    PrintSetupDialog dialog(PrintSetupDialog::Purpose::ExportPdf, source,
                            PrintSetup{PrintLayout::Sheet, QPageSize::A4, {}, {}}, &w.window);
    dialog.show();
    QCoreApplication::processEvents();
    const auto choose = [&](PrintLayout layout) {
        dialog.layoutBox()->setCurrentIndex(dialog.layoutBox()->findData(static_cast<int>(layout)));
        QCoreApplication::processEvents();
    };
    CHECK(dialog.previewPages() == 2); // nine items on an agenda sheet: two pages
    // Only what the chosen layout offers is on show.
    CHECK(dialog.officialHeaderBox()->isVisible());
    CHECK_FALSE(dialog.cardsPerPageBox()->isVisible());
    choose(PrintLayout::Cards);
    CHECK(dialog.cardsPerPageBox()->isVisible());
    CHECK_FALSE(dialog.officialHeaderBox()->isVisible());
    CHECK(dialog.previewPages() == 9);
    for (const auto &[perPage, pages] : {std::pair{2, 5}, std::pair{4, 3}, std::pair{8, 2}}) {
        dialog.cardsPerPageBox()->setCurrentIndex(dialog.cardsPerPageBox()->findData(perPage));
        QCoreApplication::processEvents();
        CHECK(dialog.previewPages() == pages);
    }
    choose(PrintLayout::TentCards);
    CHECK(dialog.previewPages() == 9);
    // Badges of a meeting without a roster: the reason beside the preview, no way to go on.
    choose(PrintLayout::Badges);
    CHECK(dialog.previewPages() == 0);
    CHECK(dialog.problem().contains(QStringLiteral("roster")));
    choose(PrintLayout::Cards);
    CHECK(dialog.problem().isEmpty());
    const PrintSetup chosen = dialog.setup();
    CHECK(chosen.layout == PrintLayout::Cards);
    CHECK(chosen.options.cardsPerPage == 8);

    // An edited letterhead is kept for the library once the sheet is exported with it.
    TempFolder out;
    w.window.selectMeeting(meeting.id);
    w.host();
    const QString path = out.filePath(QStringLiteral("sheet.pdf"));
    dialogs::presetConfirm(true);
    dialogs::presetPrintChoice(dialogs::PrintChoice{
        PrintLayout::Sheet,
        QPageSize::A4,
        {1, true, true},
        {QStringLiteral("BCH ĐOÀN PHƯỜNG BẾN NGHÉ"), QStringLiteral("TP. Hồ Chí Minh")}});
    dialogs::presetSaveFile(path);
    w.window.exportPdfAction()->trigger();
    CHECK(dialogs::takeRecordedErrors().isEmpty());
    CHECK(catalog.letterhead().organisation == QStringLiteral("BCH ĐOÀN PHƯỜNG BẾN NGHÉ"));
    const QString text = readPdfPages(path, 72).first().text;
    CHECK(text.contains(QStringLiteral("05 tháng 12 năm 2026")));
    // Cards four to a page from the window: three pages for nine items.
    const QString cards = out.filePath(QStringLiteral("cards.pdf"));
    dialogs::presetConfirm(true);
    dialogs::presetPrintChoice(
        dialogs::PrintChoice{PrintLayout::Cards, QPageSize::A4, {4, false, false}, {}});
    dialogs::presetSaveFile(cards);
    w.window.exportPdfAction()->trigger();
    CHECK(pdfPages(cards) == 3);
}

TEST_CASE("Export PDF and Print write every layout", "[gui][print]")
{
    Window w;
    TempFolder out;

    // Before any server ever ran there is no address to print: the port box says 0 ("any free
    // port"), and a sheet with HTTP://...:0 codes would lead nowhere.
    w.window.hostingBar()->setAddress(QStringLiteral("127.0.0.1"));
    w.window.hostingBar()->setPort(0);
    // (The address is checked before anything is asked.)
    w.window.exportPdfAction()->trigger();
    CHECK(QDir(out.path()).isEmpty());
    CHECK(dialogs::takeRecordedErrors().size() == 1);

    // Hosting once announces an address; it stays good for paper after hosting stops.
    w.host();
    const QString announced = w.window.hostingBar()->baseUrl();
    w.window.hostingBar()->stopHosting();

    // That address is loopback: phones could not open it, so paper gets it only when the
    // organiser confirms (a rehearsal at the desk); declining writes nothing and says nothing.
    // (The question comes first: no layout or file is asked for when it is declined.)
    dialogs::presetConfirm(false);
    w.window.exportPdfAction()->trigger();
    dialogs::presetConfirm(false);
    w.window.printAction()->trigger();
    CHECK(QDir(out.path()).isEmpty());
    CHECK(dialogs::takeRecordedErrors().isEmpty());

    struct Case
    {
        PrintLayout layout;
        QPageSize::PageSizeId paper;
        int pages;
    };
    for (const Case &c : {Case{PrintLayout::Sheet, QPageSize::A4, 1},
                          Case{PrintLayout::Cards, QPageSize::Letter, 2},
                          Case{PrintLayout::Poster, QPageSize::A4, 1}}) {
        const QString path = out.filePath(printLayoutKey(c.layout) + QStringLiteral(".pdf"));
        dialogs::presetConfirm(true);
        dialogs::presetPrintChoice(dialogs::PrintChoice{c.layout, c.paper, {}, {}});
        dialogs::presetSaveFile(path);
        w.window.exportPdfAction()->trigger();
        INFO(printLayoutKey(c.layout).toStdString());
        REQUIRE(QFile::exists(path));
        CHECK(head(path, 5) == "%PDF-");
        CHECK(pdfPages(path) == c.pages);
        CHECK(w.window.statusBar()->currentMessage().contains(QString::number(c.pages)));
        const QStringList codes = decodeQr(readPdfPages(path, 150).first().image);
        REQUIRE_FALSE(codes.isEmpty());
        for (const QString &code : codes)
            CHECK(code.startsWith(announced + u'/' + w.site.open.code));
    }

    // Print… goes through the preview; the seam prints it to a PDF.
    const QString printed = out.filePath(QStringLiteral("printed.pdf"));
    dialogs::presetConfirm(true);
    dialogs::presetPrintChoice(dialogs::PrintChoice{PrintLayout::Cards, QPageSize::A4, {}, {}});
    dialogs::presetPrintPreview(printed);
    w.window.printAction()->trigger();
    CHECK(head(printed, 5) == "%PDF-");
    CHECK(pdfPages(printed) == 2);
    CHECK(dialogs::takeRecordedErrors().isEmpty());

    // Cards of a meeting without items: a message, no file, no crash.
    const Meeting empty = w.site.lib.catalog().createMeeting(QStringLiteral("Trống"));
    w.window.selectMeeting(empty.id);
    const QString none = out.filePath(QStringLiteral("none.pdf"));
    dialogs::presetConfirm(true);
    dialogs::presetPrintChoice(dialogs::PrintChoice{PrintLayout::Cards, QPageSize::A4, {}, {}});
    dialogs::presetSaveFile(none);
    w.window.exportPdfAction()->trigger();
    CHECK_FALSE(QFile::exists(none));
    CHECK(dialogs::takeRecordedErrors().size() == 1);
    dialogs::presetConfirm(true);
    dialogs::presetPrintChoice(dialogs::PrintChoice{PrintLayout::Cards, QPageSize::A4, {}, {}});
    dialogs::presetPrintPreview(none);
    w.window.printAction()->trigger();
    CHECK(dialogs::takeRecordedErrors().size() == 1);

    // Cancelled at either question: nothing written, nothing said.
    dialogs::presetConfirm(true);
    dialogs::presetPrintChoice(std::nullopt);
    w.window.exportPdfAction()->trigger();
    dialogs::presetConfirm(true);
    dialogs::presetPrintChoice(dialogs::PrintChoice{PrintLayout::Sheet, QPageSize::A4, {}, {}});
    dialogs::presetSaveFile(QString());
    w.window.exportPdfAction()->trigger();
    CHECK(dialogs::takeRecordedErrors().isEmpty());

    CHECK(MeetingPrint::suggestedFileName(QStringLiteral("Hội nghị 1/2: \"BCH\""),
                                          PrintLayout::Sheet) ==
          QStringLiteral("Hội nghị 1_2_ _BCH_ - sheet.pdf"));
}
