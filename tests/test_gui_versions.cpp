// SPDX-License-Identifier: GPL-3.0-or-later
// Documents change until the last minute, from the window: a new version goes behind the same
// document (through the Replace action, or a file dropped on the document's row), phones get it
// through the same link and QR code, and the Versions dialog serves an earlier version again or
// saves a copy of it without touching the library's stored file. Offscreen, through the real
// server with curl; every question is answered through the dialogs:: test seam.
#include "AgendaTree.h"
#include "Dialogs.h"
#include "HostingBar.h"
#include "library/Library.h"
#include "MainWindow.h"
#include "qr/DelegateUrl.h"
#include "QrPanel.h"
#include "support/Curl.h"
#include "support/GuiWindow.h"
#include "support/SampleSite.h"
#include "support/TestPdf.h"
#include "VersionsDialog.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMimeData>
#include <QPushButton>
#include <QStatusBar>
#include <QTreeWidget>
#include <QUrl>

#include <catch2/catch.hpp>

using namespace docket;
using namespace testsupport;

namespace {

struct Window : GuiWindow
{
    QString itemUrl() const
    {
        return delegateurl::item(window.hostingBar()->baseUrl(), site.open.code, 1);
    }
    // The address phones download the sample PDF from, whatever version it holds.
    QString pdfUrl() const { return itemUrl() + QStringLiteral("/%1/file.pdf").arg(site.pdf.id); }
    // Waits until the server hands out `bytes` for the sample PDF (publishing follows the
    // catalog on the next turns of the event loop).
    bool serves(const QByteArray &bytes)
    {
        return waitUntil([&] { return curlFetch(pdfUrl()).body == bytes; });
    }
    QTreeWidgetItem *pdfRow() const
    {
        QTreeWidgetItem *item = window.agenda()->topLevelItem(0);
        for (int i = 0; item && i < item->childCount(); ++i)
            if (item->child(i)->data(0, AgendaTree::kIdRole).toLongLong() == site.pdf.id)
                return item->child(i);
        return nullptr;
    }
    QString currentSha() { return site.lib.catalog().document(site.pdf.id)->sha256; }
};

// A drag from the file manager onto `row`, as the window receives it: enter, move, drop.
void dropFiles(AgendaTree *tree, QTreeWidgetItem *row, const QStringList &paths)
{
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls << QUrl::fromLocalFile(path);
    QMimeData mime;
    mime.setUrls(urls);
    tree->scrollToItem(row);
    const QPoint at = tree->visualItemRect(row).center();
    QWidget *viewport = tree->viewport();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    REQUIRE(enter.isAccepted());
    QDragMoveEvent move(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    REQUIRE(move.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
    REQUIRE(drop.isAccepted());
}

bool isReadOnly(const QString &path)
{
    return (QFileInfo(path).permissions() &
            (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther)) == 0;
}

} // namespace

TEST_CASE("Replace with new version keeps the document's link and QR code", "[gui]")
{
    Window w;
    w.host();
    const QString qrUrl = w.window.qrPanel()->url();
    REQUIRE(qrUrl == w.itemUrl());
    REQUIRE(curlFetch(w.pdfUrl()).body == w.site.pdfContent);

    // Only a document can be replaced.
    CHECK_FALSE(w.window.replaceAction()->isEnabled());
    CHECK_FALSE(w.window.versionsAction()->isEnabled());
    CHECK(w.window.replaceAction()->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_R));
    w.window.agenda()->selectDocument(w.site.pdf.id);
    REQUIRE(w.window.agenda()->selectedDocumentId() == w.site.pdf.id);
    CHECK(w.window.replaceAction()->isEnabled());
    CHECK(w.window.versionsAction()->isEnabled());
    // Reachable from the agenda's context menu too.
    CHECK(w.window.agenda()->actions().contains(w.window.replaceAction()));
    CHECK(w.window.agenda()->actions().contains(w.window.versionsAction()));

    const QString fixed = w.site.lib.sourcePath(QStringLiteral("Báo cáo (sửa).pdf"));
    const QByteArray fixedContent = pdfBytes(5, QStringLiteral("Bản sửa"));
    writeFile(fixed, fixedContent);
    dialogs::presetOpenFiles({fixed});
    w.window.replaceAction()->trigger();
    CHECK(dialogs::takeRecordedErrors().isEmpty());

    const QList<DocumentVersion> versions = w.site.lib.catalog().versions(w.site.pdf.id);
    REQUIRE(versions.size() == 2);
    CHECK(versions[0].current);
    CHECK(versions[0].fileName == QStringLiteral("Báo cáo (sửa).pdf"));
    CHECK(versions[1].sha256 == w.site.pdf.sha256);
    const QList<Document> docs = w.site.lib.catalog().documents(w.site.item1.id);
    REQUIRE(docs.size() == 2); // the same document, not a second one
    CHECK(docs[0].id == w.site.pdf.id);
    CHECK(docs[0].title == w.site.pdf.title);
    CHECK(docs[0].versionCount == 2);

    // The tree says which version phones get; the status bar says what happened.
    CHECK(w.window.agenda()->selectedDocumentId() == w.site.pdf.id);
    REQUIRE(w.pdfRow());
    const QString details = w.pdfRow()->text(1);
    INFO(details.toStdString());
    CHECK(details.startsWith(QStringLiteral("v2 · 5 page")));
    CHECK(details.contains(QStringLiteral("PDF")));
    CHECK(w.message().contains(w.site.pdf.title));
    CHECK(w.message().contains(QStringLiteral("Báo cáo (sửa).pdf")));

    // Same link, same QR code, new bytes.
    CHECK(w.serves(fixedContent));
    CHECK(w.window.qrPanel()->url() == qrUrl);

    // The file phones already get is refused, and nothing changes.
    dialogs::presetOpenFiles({fixed});
    w.window.replaceAction()->trigger();
    const QStringList errors = dialogs::takeRecordedErrors();
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().contains(QStringLiteral("Báo cáo (sửa).pdf")));
    CHECK(w.site.lib.catalog().versions(w.site.pdf.id).size() == 2);
    CHECK(w.currentSha() == versions[0].sha256);
    CHECK(curlFetch(w.pdfUrl()).body == fixedContent);

    // Cancelling the file dialog does nothing.
    dialogs::presetOpenFiles({});
    w.window.replaceAction()->trigger();
    CHECK(w.site.lib.catalog().versions(w.site.pdf.id).size() == 2);
    CHECK(dialogs::takeRecordedErrors().isEmpty());
}

TEST_CASE("A file dropped on a document offers to replace it, on an item adds it", "[gui]")
{
    Window w;
    w.host();
    AgendaTree *tree = w.window.agenda();
    const QString fixed = w.site.lib.sourcePath(QStringLiteral("Báo cáo (bản cuối).pdf"));
    const QByteArray fixedContent = pdfBytes(4, QStringLiteral("Bản cuối"));
    writeFile(fixed, fixedContent);

    // "Cancel": the document keeps its file.
    dialogs::presetConfirm(false);
    REQUIRE(w.pdfRow());
    dropFiles(tree, w.pdfRow(), {fixed});
    // The question comes once the drop has returned, as for an import.
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    CHECK(w.site.lib.catalog().versions(w.site.pdf.id).size() == 1);
    CHECK(w.currentSha() == w.site.pdf.sha256);
    CHECK(w.site.lib.catalog().documents(w.site.item1.id).size() == 2);

    // "Yes": a new version behind the same link.
    dialogs::presetConfirm(true);
    REQUIRE(w.pdfRow());
    dropFiles(tree, w.pdfRow(), {fixed});
    REQUIRE(waitUntil([&] { return w.site.lib.catalog().versions(w.site.pdf.id).size() == 2; }));
    CHECK(w.site.lib.catalog().documents(w.site.item1.id).size() == 2);
    CHECK(w.site.lib.catalog().document(w.site.pdf.id)->fileName ==
          QStringLiteral("Báo cáo (bản cuối).pdf"));
    CHECK(w.serves(fixedContent));
    REQUIRE(w.pdfRow());
    CHECK(w.pdfRow()->text(1).startsWith(QStringLiteral("v2 · 4 page")));

    // Onto an item row, a file is added to the item as before.
    const QString annex = w.site.lib.sourcePath(QStringLiteral("Phụ lục.pdf"));
    writePdf(annex, 1, QStringLiteral("Phụ lục"));
    dropFiles(tree, tree->topLevelItem(1), {annex});
    REQUIRE(waitUntil([&] { return w.site.lib.catalog().documents(w.site.item2.id).size() == 1; }));

    // Several files onto a document join its item: a document has one file at a time.
    const QString second = w.site.lib.sourcePath(QStringLiteral("Phụ lục 2.pdf"));
    writePdf(second, 2, QStringLiteral("Phụ lục 2"));
    REQUIRE(w.pdfRow());
    dropFiles(tree, w.pdfRow(), {annex, second});
    REQUIRE(waitUntil([&] { return w.site.lib.catalog().documents(w.site.item1.id).size() == 4; }));
    CHECK(w.site.lib.catalog().versions(w.site.pdf.id).size() == 2);
    CHECK(dialogs::takeRecordedErrors().isEmpty());
}

TEST_CASE("The Versions dialog serves an earlier version again and saves copies", "[gui]")
{
    Window w;
    w.host();
    Library &library = w.site.lib.library();
    const QString fixed = w.site.lib.sourcePath(QStringLiteral("Báo cáo (sửa).pdf"));
    const QByteArray fixedContent = pdfBytes(5, QStringLiteral("Bản sửa"));
    writeFile(fixed, fixedContent);
    library.replaceDocument(w.site.pdf.id, fixed);
    REQUIRE(w.serves(fixedContent));
    QCoreApplication::processEvents();
    w.window.agenda()->selectDocument(w.site.pdf.id);

    const QString oldBlob = library.store().pathFor(w.site.pdf.sha256);
    REQUIRE(QFileInfo(oldBlob).isFile());
    REQUIRE(isReadOnly(oldBlob));
    const TempFolder out;
    const QString copyPath = out.filePath(SampleSite::pdfName());

    bool driven = false;
    dialogs::presetVersions([&](VersionsDialog &dialog) {
        driven = true;
        REQUIRE(dialog.list()->topLevelItemCount() == 2);
        REQUIRE(dialog.versions().size() == 2);
        CHECK(dialog.windowTitle().contains(w.site.pdf.title));
        // Newest first and selected; it is what phones get, so it cannot be served "again".
        REQUIRE(dialog.selectedVersion());
        CHECK(dialog.selectedVersion()->current);
        CHECK(dialog.list()->topLevelItem(0)->text(1) == QStringLiteral("Báo cáo (sửa).pdf"));
        CHECK(dialog.list()->topLevelItem(0)->text(2) == QStringLiteral("5"));
        CHECK_FALSE(dialog.list()->topLevelItem(0)->text(4).isEmpty()); // marked as served
        CHECK(dialog.list()->topLevelItem(1)->text(1) == SampleSite::pdfName());
        CHECK(dialog.list()->topLevelItem(1)->text(2) == QStringLiteral("3"));
        CHECK(dialog.list()->topLevelItem(1)->text(4).isEmpty());
        CHECK_FALSE(dialog.serveButton()->isEnabled());
        CHECK(dialog.saveButton()->isEnabled());
        CHECK_FALSE(dialog.serveSelected());

        // The first version, served again through the button.
        dialog.selectVersion(1);
        CHECK(dialog.serveButton()->isEnabled());
        dialog.serveButton()->click();
        CHECK(w.currentSha() == w.site.pdf.sha256);
        // The list follows: the same row, now the served one.
        REQUIRE(dialog.selectedVersion());
        CHECK(dialog.selectedVersion()->current);
        CHECK(dialog.selectedVersion()->sha256 == w.site.pdf.sha256);
        CHECK_FALSE(dialog.list()->topLevelItem(1)->text(4).isEmpty());
        CHECK(dialog.list()->topLevelItem(0)->text(4).isEmpty());
        CHECK_FALSE(dialog.serveButton()->isEnabled());

        // A copy of that version, named after its file by default.
        dialogs::presetSaveFile(copyPath);
        CHECK(dialog.saveSelectedCopy());
        // Cancelled: nothing happens.
        dialogs::presetSaveFile(QString());
        CHECK_FALSE(dialog.saveSelectedCopy());
        // Never onto the library's own stored file.
        dialogs::presetSaveFile(oldBlob);
        CHECK_FALSE(dialog.saveSelectedCopy());
        const QStringList errors = dialogs::takeRecordedErrors();
        REQUIRE(errors.size() == 1);
        CHECK(errors.first().contains(QDir::toNativeSeparators(oldBlob)));

        // A file the user agreed (in the file dialog) to replace gets the version's bytes.
        dialog.selectVersion(0);
        CHECK(dialog.serveButton()->isEnabled());
        dialogs::presetSaveFile(copyPath);
        CHECK(dialog.saveSelectedCopy());
        CHECK(readFile(copyPath) == fixedContent);
        dialog.selectVersion(1);
        dialogs::presetSaveFile(copyPath);
        CHECK(dialog.saveSelectedCopy());
    });
    w.window.versionsAction()->trigger();
    REQUIRE(driven);

    CHECK(readFile(copyPath) == w.site.pdfContent);
    CHECK_FALSE(isReadOnly(copyPath)); // the user's copy is theirs to edit
    // The library's file is untouched: same bytes, still read-only.
    CHECK(isReadOnly(oldBlob));
    CHECK(sha256Hex(readFile(oldBlob)) == w.site.pdf.sha256);
    CHECK(readFile(oldBlob) == w.site.pdfContent);
    CHECK(w.message().contains(QDir::toNativeSeparators(copyPath)));

    // Phones get the first version again, through the same link.
    CHECK(w.serves(w.site.pdfContent));
    REQUIRE(w.pdfRow());
    CHECK(w.pdfRow()->text(1).startsWith(QStringLiteral("v1 of 2 · 3 page")));
    CHECK(dialogs::takeRecordedErrors().isEmpty());
    CHECK(w.site.lib.catalog().versions(w.site.pdf.id).size() == 2);
}

TEST_CASE("The Versions dialog as people see it", "[gui]")
{
    Window w;
    const QString fixed = w.site.lib.sourcePath(QStringLiteral("Báo cáo (sửa).pdf"));
    writePdf(fixed, 5, QStringLiteral("Bản sửa"));
    w.site.lib.library().replaceDocument(w.site.pdf.id, fixed);
    VersionsDialog dialog(w.site.lib.library(), w.site.pdf.id, &w.window);
    dialog.show();
    QCoreApplication::processEvents();
    CHECK(dialog.list()->topLevelItemCount() == 2);
    // A screenshot for people to look at, next to the test binary.
    CHECK(dialog.grab().save(QDir::current().filePath(QStringLiteral("gui-versions.png"))));
    // Removing the document meanwhile (from docket-cli, say) empties the list.
    w.site.lib.catalog().removeDocument(w.site.pdf.id);
    CHECK(dialog.list()->topLevelItemCount() == 0);
    CHECK_FALSE(dialog.serveButton()->isEnabled());
    CHECK_FALSE(dialog.saveButton()->isEnabled());
    CHECK(dialogs::takeRecordedErrors().isEmpty());
}
