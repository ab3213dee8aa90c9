// SPDX-License-Identifier: GPL-3.0-or-later
// Meeting ▸ Publish to the web: the copy made by a docket-cli child while the window goes on,
// kept in step, with the PIN said plainly.
#include "catalog/Catalog.h"
#include "library/Library.h"
#include "MeetingPrint.h"
#include "PrintSetupDialog.h"
#include "ProjectorController.h"
#include "ProjectorWindow.h"
#include "publish/PublishPlan.h"
#include "PublishDialog.h"
#include "support/GuiWindow.h"
#include "support/PdfPages.h"
#include "support/QrDecode.h"
#include "support/TempLibrary.h"
#include "support/TestPdf.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <catch2/catch.hpp>

using namespace docket;
using namespace testsupport;

TEST_CASE("Publishing from the window: a folder, the public address, progress, kept in step",
          "[gui][publish]")
{
    GuiWindow w;
    TempFolder web;
    const QString root = web.filePath(QStringLiteral("www"));
    PublishDialog *dialog = w.window.publishDialog();
    REQUIRE(dialog);
    CHECK(dialog->meetingId() == w.site.open.id);
    CHECK(dialog->pinNotice()->isHidden()); // no PIN on this meeting
    dialog->show();

    // Folder… answered by the seam; the public address checked before anything starts.
    dialogs::presetOpenFiles({root});
    for (QPushButton *button : dialog->findChildren<QPushButton *>())
        if (button->text() == QStringLiteral("&Folder…"))
            button->click();
    CHECK(dialog->destinationBox()->text() == root);
    dialog->publicUrlBox()->setText(QStringLiteral("ftp://not-a-site"));
    CHECK_FALSE(dialog->publish());
    CHECK(dialog->statusLabel()->text().contains(QStringLiteral("is not a web address")));

    dialog->publicUrlBox()->setText(QStringLiteral("https://hoinghi.doanphuong.vn/"));
    dialog->keepInStepBox()->setChecked(true);
    REQUIRE(dialog->publish());
    CHECK(w.site.lib.catalog().publicUrl(w.site.open.id) == u"HTTPS://HOINGHI.DOANPHUONG.VN");
    CHECK_FALSE(dialog->publishButton()->isEnabled());
    CHECK(dialog->stopButton()->isEnabled());
    // The window answers while the child works.
    REQUIRE(waitUntil([&] { return dialog->publishedCount() == 1; }, 60000));
    INFO(dialog->statusLabel()->text().toStdString());
    CHECK(dialog->statusLabel()->text().contains(QStringLiteral("Kept in step")));
    const QString code = w.site.open.code;
    CHECK(QFile::exists(root + u'/' + code + QStringLiteral("/index.html")));
    CHECK(QFile::exists(root + u'/' + PublishManifest::manifestPath(code)));
    CHECK(w.site.lib.catalog().setting(QStringLiteral("meeting.publish_to.") + code) == root);

    // Closed, it keeps the copy in step: a new item made in the window is there soon after.
    dialog->hide();
    w.site.lib.catalog().addItem(w.site.open.id, QStringLiteral("Bế mạc đại hội"));
    REQUIRE(waitUntil([&] { return dialog->publishedCount() == 2; }, 60000));
    CHECK(readFile(root + u'/' + code + QStringLiteral("/index.html"))
              .contains(QStringLiteral("Bế mạc đại hội").toUtf8()));
    CHECK(w.window.publishDialog() == dialog); // the same one, still at work

    dialog->stop();
    REQUIRE(waitUntil([&] { return !dialog->isPublishing(); }, 10000));
    CHECK(dialog->publishButton()->isEnabled());
}

TEST_CASE("The publish dialog says a PIN cannot protect the copy", "[gui][publish]")
{
    GuiWindow w;
    w.site.lib.catalog().setMeetingPin(w.site.open.id, QStringLiteral("2468"));
    PublishDialog dialog(w.site.lib.library(), w.site.open.id);
    CHECK_FALSE(dialog.pinNotice()->isHidden());
    CHECK(dialog.pinNotice()->text().contains(QStringLiteral("cannot protect")));
}

TEST_CASE("Print setup offers the published copy's address for the codes", "[gui][publish]")
{
    GuiWindow w;
    Catalog &catalog = w.site.lib.catalog();
    const QString lan = QStringLiteral("HTTP://192.168.1.10:8080");
    {
        // Not published: nothing to choose.
        const PrintSetupDialog dialog(PrintSetupDialog::Purpose::ExportPdf,
                                      Printing::load(catalog, w.site.open.id, lan), {});
        CHECK(dialog.addressBox()->count() == 1);
        CHECK(dialog.addressBox()->isHidden());
    }
    catalog.setPublicUrl(w.site.open.id, QStringLiteral("https://hoinghi.doanphuong.vn"));
    PrintSetupDialog dialog(PrintSetupDialog::Purpose::ExportPdf,
                            Printing::load(catalog, w.site.open.id, lan),
                            PrintSetup{PrintLayout::Cards, QPageSize::A4, {}, {}});
    dialog.show();
    REQUIRE(dialog.addressBox()->count() == 2);
    CHECK_FALSE(dialog.setup().publicAddress);
    dialog.addressBox()->setCurrentIndex(1);
    CHECK(dialog.setup().publicAddress);
    CHECK(dialog.addressBox()->currentText().contains(
        QStringLiteral("HTTPS://HOINGHI.DOANPHUONG.VN")));

    // Exported so: every card's code leads to the published copy.
    TempFolder out;
    const QString path = out.filePath(QStringLiteral("cards.pdf"));
    PrintSetup choice{PrintLayout::Cards, QPageSize::A4, {4, false, false}, {}};
    choice.publicAddress = true;
    dialogs::presetPrintChoice(choice);
    dialogs::presetSaveFile(path);
    MeetingPrint::exportPdf(&w.window, catalog, w.site.open.id, lan);
    CHECK(dialogs::takeRecordedErrors().isEmpty());
    const QList<PdfPage> pages = readPdfPages(path, 150);
    REQUIRE_FALSE(pages.isEmpty());
    const QStringList codes = decodeQr(pages.first().image);
    REQUIRE_FALSE(codes.isEmpty());
    for (const QString &code : codes)
        CHECK(code.startsWith(QStringLiteral("HTTPS://HOINGHI.DOANPHUONG.VN/") + w.site.open.code));
}

TEST_CASE("The projector's codes can lead to the published copy", "[gui][publish]")
{
    GuiWindow w;
    ProjectorController &projector = *w.window.projector();
    const QString hall = QStringLiteral("HTTP://192.168.1.10:8080");
    projector.setBaseUrl(hall);
    projector.welcomeAction()->trigger();
    ProjectorWindow &screen = *projector.window();
    CHECK(screen.baseUrl() == hall);
    // Asked for, but the meeting is not published yet: still the hall's.
    projector.publicCodesAction()->setChecked(true);
    CHECK(screen.baseUrl() == hall);
    // Published: the copy's, at once; unchecked: the hall's again.
    w.site.lib.catalog().setPublicUrl(w.site.open.id, QStringLiteral("https://doanphuong.vn"));
    CHECK(screen.baseUrl() == u"HTTPS://DOANPHUONG.VN");
    projector.publicCodesAction()->setChecked(false);
    CHECK(screen.baseUrl() == hall);
    projector.setProjecting(false);
}
