// SPDX-License-Identifier: GPL-3.0-or-later
// The secretary in the window: a finished meeting is marked archived in two clicks and is then
// read-only (its edits are off, the catalog refuses them anyway); reopening asks why and is
// recorded. The meeting list says every state in words and with its own icon. Library ▸ Check a
// file proves whether a file is one that was shown.
#include "catalog/Catalog.h"
#include "ProofDialog.h"
#include "support/GuiWindow.h"

#include <QAction>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QSet>
#include <QTextBrowser>

#include <catch2/catch.hpp>

using namespace docket;
using namespace testsupport;

TEST_CASE("The window archives a meeting read-only and reopens it on purpose", "[gui][life]")
{
    GuiWindow gui;
    MainWindow &window = gui.window;
    Catalog &catalog = gui.site.lib.catalog();
    REQUIRE(window.addItemAction()->isEnabled());
    REQUIRE_FALSE(window.reopenAction()->isEnabled());

    // Every state in words, each with an icon of its own.
    QStringList subtitles;
    QSet<QByteArray> icons;
    for (int i = 0; i < window.meetingList()->count(); ++i) {
        subtitles << window.meetingList()->item(i)->text().section(u'\n', 1);
        const QImage image = window.meetingList()->item(i)->icon().pixmap(16).toImage();
        icons.insert(
            QByteArray(reinterpret_cast<const char *>(image.constBits()), image.sizeInBytes()));
    }
    CHECK(icons.size() == 3); // open, draft, closed: three different pictures
    CHECK(subtitles.join(u'|').contains(meetingStateLabel(MeetingState::Open)));
    CHECK(subtitles.join(u'|').contains(meetingStateLabel(MeetingState::Draft)));
    CHECK(subtitles.join(u'|').contains(meetingStateLabel(MeetingState::Closed)));

    dialogs::presetConfirm(true);
    window.markArchivedAction()->trigger();
    const Meeting archived = *catalog.meeting(gui.site.open.id);
    CHECK(archived.isArchived());
    for (QAction *edit : {window.addItemAction(), window.addDocumentsAction(), window.editAction(),
                          window.removeAction(), window.replaceAction(),
                          window.openToDelegatesAction(), window.markArchivedAction()})
        CHECK_FALSE(edit->isEnabled());
    CHECK(window.printAction()->isEnabled()); // reading it still works
    CHECK(window.reopenAction()->isEnabled());
    CHECK(window.titleField()->isReadOnly());
    bool listed = false;
    for (int i = 0; i < window.meetingList()->count(); ++i)
        listed |= window.meetingList()->item(i)->text().startsWith(archived.title + u'\n') &&
                  window.meetingList()->item(i)->text().endsWith(
                      meetingStateLabel(MeetingState::Archived));
    CHECK(listed);

    // A reason is asked; cancelling it leaves the meeting archived.
    dialogs::presetText(std::nullopt);
    window.reopenAction()->trigger();
    CHECK(catalog.meeting(archived.id)->isArchived());
    dialogs::presetText(QStringLiteral("Thêm biên bản"));
    window.reopenAction()->trigger();
    CHECK_FALSE(catalog.meeting(archived.id)->isArchived());
    CHECK(window.addItemAction()->isEnabled());
    CHECK_FALSE(window.titleField()->isReadOnly());
    CHECK(catalog.meetingEvents(archived.id).last().note == u"Thêm biên bản");
    CHECK(dialogs::takeRecordedErrors().isEmpty());
}

TEST_CASE("Library Check a file tells a stored version from a changed copy", "[gui][proof]")
{
    GuiWindow gui;
    const QString shown = gui.site.lib.sourcePath(QStringLiteral("đã trình chiếu.pdf"));
    writeFile(shown, gui.site.pdfContent);
    QByteArray changed = gui.site.pdfContent;
    changed.append('\n');
    const QString other = gui.site.lib.sourcePath(QStringLiteral("bản khác.pdf"));
    writeFile(other, changed);
    dialogs::presetProof([&](ProofDialog &dialog) {
        REQUIRE(dialog.check(shown));
        REQUIRE(dialog.report());
        CHECK(dialog.report()->known());
        CHECK(dialog.result()->toPlainText().contains(gui.site.open.title));
        CHECK(dialog.result()->toPlainText().contains(gui.site.pdf.title));
        REQUIRE(dialog.check(other));
        CHECK_FALSE(dialog.report()->known());
    });
    gui.window.checkFileAction()->trigger();
    CHECK(dialogs::takeRecordedErrors().isEmpty());
}
