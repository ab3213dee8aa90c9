// SPDX-License-Identifier: GPL-3.0-or-later
// Undo and redo of agenda edits in the main window, and the meeting's trash, driven offscreen
// through the window's actions; modal questions are answered through the dialogs:: test seam.
#include "AgendaTree.h"
#include "catalog/Catalog.h"
#include "Dialogs.h"
#include "MainWindow.h"
#include "support/GuiWindow.h"
#include "support/SampleSite.h"
#include "TrashDialog.h"

#include <QAction>
#include <QCoreApplication>
#include <QListWidget>
#include <QPushButton>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace docket;
using namespace testsupport;

namespace {

struct Window : GuiWindow
{
    Catalog &catalog() { return site.lib.catalog(); }
    QList<Id> itemOrder()
    {
        QList<Id> ids;
        for (const AgendaItem &item : catalog().items(site.open.id))
            ids << item.id;
        return ids;
    }
};

} // namespace

TEST_CASE("Undo brings a removed document back from the trash, redo removes it again", "[gui]")
{
    Window w;
    w.window.agenda()->selectDocument(w.site.pdf.id);
    REQUIRE(w.window.agenda()->selectedDocumentId() == w.site.pdf.id);
    CHECK(!w.window.undoAction()->isEnabled());

    dialogs::presetConfirm(true);
    w.window.removeAction()->trigger();
    CHECK(!w.catalog().document(w.site.pdf.id));
    REQUIRE(w.catalog().trash(w.site.open.id).size() == 1);
    REQUIRE(w.window.undoAction()->isEnabled());
    CHECK(w.window.undoAction()->text() ==
          QStringLiteral("Undo Remove document “%1”").arg(w.site.pdf.title));
    CHECK(w.window.undoAction()->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Z)));
    CHECK(w.window.redoAction()->shortcuts().contains(
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));

    w.window.undoAction()->trigger();
    REQUIRE(w.catalog().document(w.site.pdf.id));
    CHECK(w.catalog().trash(w.site.open.id).isEmpty());
    CHECK(w.catalog().documents(w.site.item1.id).size() == 2);
    REQUIRE(w.window.redoAction()->isEnabled());
    CHECK(w.window.redoAction()->text() ==
          QStringLiteral("Redo Remove document “%1”").arg(w.site.pdf.title));

    w.window.redoAction()->trigger();
    CHECK(!w.catalog().document(w.site.pdf.id));
    CHECK(w.catalog().trash(w.site.open.id).size() == 1);
    w.window.undoAction()->trigger();
    CHECK(w.catalog().document(w.site.pdf.id));
    CHECK(dialogs::takeRecordedErrors().isEmpty());
}

TEST_CASE("Undo takes an added agenda item off again, redo adds it back", "[gui]")
{
    Window w;
    dialogs::presetItem(
        dialogs::ItemFields{QStringLiteral("Biểu quyết"), QStringLiteral("Chị Lê Thu Hà")});
    w.window.addItemAction()->trigger();
    REQUIRE(w.catalog().items(w.site.open.id).size() == 3);
    CHECK(w.window.undoAction()->text() == QStringLiteral("Undo Add agenda item “Biểu quyết”"));

    w.window.undoAction()->trigger();
    CHECK(w.catalog().items(w.site.open.id).size() == 2);
    w.window.redoAction()->trigger();
    const QList<AgendaItem> items = w.catalog().items(w.site.open.id);
    REQUIRE(items.size() == 3);
    CHECK(items[2].title == QStringLiteral("Biểu quyết"));

    // An edit made to the item follows it through a second undo and redo of the add.
    dialogs::presetItem(dialogs::ItemFields{QStringLiteral("Biểu quyết nghị quyết"), QString()});
    w.window.selectItem(items[2].id);
    w.window.editAction()->trigger();
    w.window.undoAction()->trigger();
    w.window.undoAction()->trigger();
    CHECK(w.catalog().items(w.site.open.id).size() == 2);
    w.window.redoAction()->trigger();
    w.window.redoAction()->trigger();
    REQUIRE(w.catalog().items(w.site.open.id).size() == 3);
    CHECK(w.catalog().items(w.site.open.id)[2].title == QStringLiteral("Biểu quyết nghị quyết"));
    CHECK(dialogs::takeRecordedErrors().isEmpty());
}

TEST_CASE("Undoing the add of an item that has documents fails with a message", "[gui]")
{
    Window w;
    dialogs::presetItem(dialogs::ItemFields{QStringLiteral("Phụ lục"), QString()});
    w.window.addItemAction()->trigger();
    const QList<AgendaItem> items = w.catalog().items(w.site.open.id);
    REQUIRE(items.size() == 3);
    NewDocument doc;
    doc.title = QStringLiteral("Ghi chú");
    doc.fileName = QStringLiteral("ghi-chu.txt");
    doc.mimeType = QStringLiteral("text/plain");
    doc.size = w.site.text.size;
    doc.sha256 = w.site.text.sha256;
    w.catalog().addDocument(items[2].id, doc);

    w.window.undoAction()->trigger();
    CHECK(w.catalog().items(w.site.open.id).size() == 3);
    CHECK(w.catalog().documents(items[2].id).size() == 1);
    CHECK(dialogs::takeRecordedErrors().size() == 1);
    // The failed command left the stack: nothing to redo that would add the item twice.
    CHECK(!w.window.redoAction()->isEnabled());
}

TEST_CASE("Undo restores an edited item's title and presenter", "[gui]")
{
    Window w;
    const AgendaItem before = *w.catalog().item(w.site.item1.id);
    dialogs::presetItem(dialogs::ItemFields{QStringLiteral("Báo cáo"), QStringLiteral("Anh Nam")});
    w.window.editAction()->trigger();
    CHECK(w.catalog().item(w.site.item1.id)->title == QStringLiteral("Báo cáo"));

    w.window.undoAction()->trigger();
    CHECK(w.catalog().item(w.site.item1.id)->title == before.title);
    CHECK(w.catalog().item(w.site.item1.id)->presenter == before.presenter);
    w.window.redoAction()->trigger();
    CHECK(w.catalog().item(w.site.item1.id)->presenter == QStringLiteral("Anh Nam"));
    CHECK(dialogs::takeRecordedErrors().isEmpty());
}

TEST_CASE("Undo moves an item back to its place", "[gui]")
{
    Window w;
    const QList<Id> before = w.itemOrder();
    // The meeting is open to delegates: renumbering asks first.
    dialogs::presetConfirm(true);
    w.window.moveDownAction()->trigger();
    CHECK(w.itemOrder() == QList<Id>{w.site.item2.id, w.site.item1.id});

    w.window.undoAction()->trigger();
    CHECK(w.itemOrder() == before);
    w.window.redoAction()->trigger();
    CHECK(w.itemOrder() == QList<Id>{w.site.item2.id, w.site.item1.id});
    CHECK(dialogs::takeRecordedErrors().isEmpty());
}

TEST_CASE("Undo restores a renamed document's title", "[gui]")
{
    Window w;
    w.window.agenda()->selectDocument(w.site.text.id);
    dialogs::presetText(QStringLiteral("Ghi chú cuộc họp"));
    w.window.editAction()->trigger();
    CHECK(w.catalog().document(w.site.text.id)->title == QStringLiteral("Ghi chú cuộc họp"));

    w.window.undoAction()->trigger();
    CHECK(w.catalog().document(w.site.text.id)->title == w.site.text.title);
    w.window.redoAction()->trigger();
    CHECK(w.catalog().document(w.site.text.id)->title == QStringLiteral("Ghi chú cuộc họp"));
    CHECK(dialogs::takeRecordedErrors().isEmpty());
}

TEST_CASE("Removing an item or selecting another meeting empties the undo stack", "[gui]")
{
    Window w;
    w.window.agenda()->selectDocument(w.site.pdf.id);
    dialogs::presetConfirm(true);
    w.window.removeAction()->trigger();
    REQUIRE(w.window.undoStack()->count() == 1);
    w.window.selectMeeting(w.site.draft.id);
    QCoreApplication::processEvents();
    CHECK(w.window.undoStack()->count() == 0);

    w.window.selectMeeting(w.site.open.id);
    w.window.selectItem(w.site.item2.id);
    dialogs::presetItem(dialogs::ItemFields{QStringLiteral("Thảo luận tổ"), QString()});
    w.window.editAction()->trigger();
    REQUIRE(w.window.undoStack()->count() == 1);
    dialogs::presetConfirm(true);
    w.window.removeAction()->trigger();
    CHECK(!w.catalog().item(w.site.item2.id));
    CHECK(w.window.undoStack()->count() == 0);
    CHECK(!w.window.undoAction()->isEnabled());
}

TEST_CASE("The trash dialog restores a removed document", "[gui]")
{
    Window w;
    w.window.agenda()->selectDocument(w.site.pdf.id);
    dialogs::presetConfirm(true);
    w.window.removeAction()->trigger();
    REQUIRE(!w.catalog().document(w.site.pdf.id));

    bool shown = false;
    dialogs::presetTrash([&](TrashDialog &dialog) {
        shown = true;
        REQUIRE(dialog.list()->count() == 1);
        CHECK(dialog.list()->item(0)->text().contains(w.site.pdf.title));
        dialog.selectRow(0);
        REQUIRE(dialog.restoreButton()->isEnabled());
        dialog.restoreButton()->click();
        CHECK(dialog.list()->count() == 0);
        CHECK(!dialog.restoreButton()->isEnabled());
    });
    REQUIRE(w.window.trashAction()->isEnabled());
    w.window.trashAction()->trigger();
    CHECK(shown);
    CHECK(w.catalog().document(w.site.pdf.id));
    CHECK(w.catalog().trash(w.site.open.id).isEmpty());

    // Undoing the removal now finds the document back already: no error.
    w.window.undoAction()->trigger();
    CHECK(w.catalog().document(w.site.pdf.id));
    CHECK(dialogs::takeRecordedErrors().isEmpty());
}
