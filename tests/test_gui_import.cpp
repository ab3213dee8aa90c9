// SPDX-License-Identifier: GPL-3.0-or-later
// Imports from the window, offscreen (issue 6): files are stored and inspected on a worker
// thread while the window's event loop keeps turning (measured with a 10 ms timer), Cancel
// leaves the catalog as it was, a file already on the item is left out and reported, a folder
// dropped on the agenda becomes items in its own order, and "Verify stored files…" finds a
// stored file whose bytes were changed. Every question goes through the dialogs:: test seam.
#include "AgendaTree.h"
#include "Dialogs.h"
#include "library/Library.h"
#include "MainWindow.h"
#include "pdf/ChildProgram.h"
#include "pdf/IsolatedInspector.h"
#include "pdf/PageRenderer.h"
#include "support/GuiWindow.h"
#include "support/SampleSite.h"
#include "support/TestPdf.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QMenuBar>
#include <QMimeData>
#include <QPainter>
#include <QPdfWriter>
#include <QProgressDialog>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTimer>
#include <QUrl>

#include <catch2/catch.hpp>

using namespace docket;
using namespace testsupport;

namespace {

// The docket-cli of this build tree, so that PDFs are inspected in a child process as the
// application does it; empty (in-process inspection) if it is not built.
QString buildTreeCli()
{
    const QFileInfo cli(QCoreApplication::applicationDirPath() +
                        QStringLiteral("/../app/cli/docket-cli"));
    return cli.isExecutable() ? cli.canonicalFilePath() : QString();
}

// Inspects PDFs with that docket-cli. With `delay`, through a script that first sleeps that
// long, as a PDF of hundreds of pages keeps the child busy: an import that waited for the
// inspection on the window's thread would show it as a pause of the event loop.
class ChildInspector
{
public:
    explicit ChildInspector(const QString &delay = {})
    {
        const QString cli = buildTreeCli();
        QString program = cli;
        if (!cli.isEmpty() && !delay.isEmpty()) {
            program = m_folder.filePath(QStringLiteral("slow-docket-cli"));
            writeFile(
                program,
                QStringLiteral("#!/bin/sh\nsleep %1\nexec '%2' \"$@\"\n").arg(delay, cli).toUtf8());
            REQUIRE(QFile::setPermissions(program, QFile::ReadOwner | QFile::ExeOwner));
        }
        ChildProgram::set(ChildProgram::Use::Inspection, program);
    }
    ~ChildInspector() { ChildProgram::set(ChildProgram::Use::Inspection, {}); }
    ChildInspector(const ChildInspector &) = delete;
    ChildInspector &operator=(const ChildInspector &) = delete;

private:
    TempFolder m_folder;
};

// The longest the window's event loop went without turning: a 10 ms timer notes the longest
// time between two of its ticks (so 10 ms is a loop that never waits).
class GapMeter
{
public:
    GapMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { tick(); });
        m_clock.start();
        m_timer.start();
    }
    qint64 longestGap()
    {
        tick();
        return m_longest;
    }
    std::function<void()> onTick;

private:
    void tick()
    {
        const qint64 now = m_clock.elapsed();
        m_longest = std::max(m_longest, now - m_last);
        m_last = now;
        if (onTick)
            onTick();
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

// A real PDF of about `side`² bytes: five pages of Vietnamese text, and on the first a picture
// of noise, which no compression shrinks, standing for the scans and photos real documents
// carry. `seed` makes every file's bytes different.
void writeLargePdf(const QString &path, int seed, int side)
{
    QImage picture(side, side, QImage::Format_RGB32);
    QRandomGenerator random(static_cast<quint32>(seed));
    for (int y = 0; y < side; ++y) {
        auto *line = reinterpret_cast<quint32 *>(picture.scanLine(y));
        for (int x = 0; x < side; ++x)
            line[x] = random.generate() | 0xff000000u;
    }
    QPdfWriter writer(path);
    writer.setTitle(QStringLiteral("Tài liệu %1").arg(seed));
    writer.setResolution(72);
    QPainter painter;
    REQUIRE(painter.begin(&writer));
    for (int page = 1; page <= 5; ++page) {
        if (page > 1)
            REQUIRE(writer.newPage());
        painter.drawText(QPointF(40, 60),
                         QStringLiteral("Tài liệu %1, trang %2").arg(seed).arg(page));
        painter.drawText(QPointF(40, 90), vietnameseSample());
        if (page == 1)
            painter.drawImage(QRectF(40, 120, 400, 400), picture);
    }
    REQUIRE(painter.end());
}

struct Window : GuiWindow
{
    QProgressDialog *importDialog() const
    {
        return window.findChild<QProgressDialog *>(QStringLiteral("importProgress"));
    }
    QStringList fileNames(Id itemId)
    {
        QStringList names;
        for (const Document &doc : site.lib.catalog().documents(itemId))
            names << doc.fileName;
        return names;
    }
    QStringList itemTitles()
    {
        QStringList titles;
        for (const AgendaItem &item : site.lib.catalog().items(site.open.id))
            titles << QStringLiteral("%1. %2").arg(item.number).arg(item.title);
        return titles;
    }
    QTreeWidgetItem *itemRow(Id itemId) const
    {
        AgendaTree *tree = window.agenda();
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            if (tree->topLevelItem(i)->data(0, AgendaTree::kIdRole).toLongLong() == itemId)
                return tree->topLevelItem(i);
        return nullptr;
    }
    int partialFiles() const
    {
        return static_cast<int>(QDir(site.lib.folder() + QStringLiteral("/tmp"))
                                    .entryList({QStringLiteral("import-*.part")}, QDir::Files)
                                    .size());
    }
};

// A drag from the file manager onto `row`, as the window receives it: enter, move, drop.
void dropPaths(AgendaTree *tree, QTreeWidgetItem *row, const QStringList &paths)
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

} // namespace

TEST_CASE("Twenty PDFs are stored and inspected while the window's event loop runs", "[gui]")
{
    Window w;
    const ChildInspector child(QStringLiteral("0.15"));
    QStringList paths;
    std::int64_t bytes = 0;
    for (int i = 1; i <= 20; ++i) {
        const QString path = w.site.lib.sourcePath(QStringLiteral("Tài liệu %1.pdf").arg(i));
        writeLargePdf(path, i, 1000 + (i % 4) * 100);
        const qint64 size = QFileInfo(path).size();
        REQUIRE(size > 1000 * 1000);
        REQUIRE(size < 2000 * 1000);
        bytes += size;
        paths << path;
    }

    GapMeter meter;
    QString progressText;
    bool dialogShown = false;
    meter.onTick = [&] {
        if (QProgressDialog *dialog = w.importDialog()) {
            dialogShown = dialogShown || dialog->isVisible();
            progressText = dialog->labelText();
        }
    };
    QElapsedTimer clock;
    clock.start();
    w.window.importFiles(w.site.item2.id, paths);
    const qint64 took = clock.elapsed();
    const qint64 gap = meter.longestGap();
    WARN("20 PDFs, " << bytes / 1000 << " kB, imported in " << took
                     << " ms; longest event-loop gap " << gap << " ms; PDFs inspected "
                     << (ChildProgram::get(ChildProgram::Use::Inspection).isEmpty()
                             ? "in process"
                             : "by docket-cli, 150 ms each"));
    // Typically 15-25 ms here (the last part is the catalog's commit, with its fsync, and the
    // window's reload); a disk busy with another program's writes stretched that fsync to 60
    // ms once, hence the margin. Waiting for any inspection on this thread would show 150 ms.
    CHECK(gap < 100);

    CHECK(dialogs::takeRecordedErrors().isEmpty());
    CHECK(dialogs::takeRecordedInformation().isEmpty());
    QStringList expected;
    for (const QString &path : paths)
        expected << QFileInfo(path).fileName();
    CHECK(w.fileNames(w.site.item2.id) == expected);
    for (const Document &doc : w.site.lib.catalog().documents(w.site.item2.id)) {
        CHECK(doc.pageCount == 5);
        CHECK(doc.problem.isEmpty());
    }
    CHECK(w.message().startsWith(QStringLiteral("Added 20 document")));
    // The dialog showed what it was doing (it shows after 400 ms), and is gone.
    if (took > 1000)
        CHECK(dialogShown);
    INFO(progressText.toStdString());
    CHECK(progressText.contains(QStringLiteral(" of 20 files")));
    CHECK_FALSE(w.importDialog());
    // Found by search: the page texts reached the catalog.
    CHECK_FALSE(w.site.lib.catalog().search(QStringLiteral("Tài liệu 17")).isEmpty());
}

TEST_CASE("A heavy PDF is flagged in the document list, still hosted, its failure known", "[gui]")
{
    Window w;
    const ChildInspector child;
    // A short drawing limit, for the first page the inspection draws too.
    w.site.lib.library().setRenderLimits(RenderLimits{1LL << 30, 1500});
    const QString heavy = w.site.lib.sourcePath(QStringLiteral("Bản đồ quy hoạch.pdf"));
    writeHeavyPdf(heavy, 1, 40, 1);
    const QString plain = w.site.lib.sourcePath(QStringLiteral("Phụ lục.pdf"));
    writePdf(plain, 2, QStringLiteral("Phụ lục"));
    w.window.importFiles(w.site.item2.id, {heavy, plain});
    CHECK(w.fileNames(w.site.item2.id) ==
          QStringList{QFileInfo(heavy).fileName(), QFileInfo(plain).fileName()});
    // Added, and said so: delegates may not see every page.
    const QStringList errors = dialogs::takeRecordedErrors();
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().contains(QFileInfo(heavy).fileName()));
    CHECK(errors.first().contains(QStringLiteral("first page took longer than")));
    CHECK_FALSE(errors.first().contains(QFileInfo(plain).fileName()));

    QTreeWidgetItem *row = w.itemRow(w.site.item2.id);
    REQUIRE(row);
    REQUIRE(row->childCount() == 2);
    CHECK(row->child(0)->text(1).endsWith(QStringLiteral(" · heavy PDF")));
    CHECK(row->child(0)->toolTip(0).contains(QStringLiteral("first page took longer than")));
    CHECK_FALSE(row->child(1)->text(1).contains(QStringLiteral("heavy")));

    const QList<Document> docs = w.site.lib.catalog().documents(w.site.item2.id);
    REQUIRE(docs.size() == 2);
    CHECK(docs[0].heavy());
    CHECK(docs[0].reading());
    CHECK(w.site.lib.library().pageFailures()->find(
        PageKey{docs[0].sha256, 1, PageRenderer::kPhoneWidth}));
    CHECK(w.site.lib.library().pageImages()->cache.find(
        PageKey{docs[1].sha256, 1, PageRenderer::kThumbnailWidth, true}));
}

TEST_CASE("Cancel in the middle of an import leaves the catalog as it was", "[gui]")
{
    Window w;
    const QString first = w.site.lib.sourcePath(QStringLiteral("Phụ lục 1.pdf"));
    writePdf(first, 2, QStringLiteral("Phụ lục 1"));
    // 50 MB that takes a while to copy and hash: Cancel lands during it.
    const QString big = w.site.lib.sourcePath(QStringLiteral("Bản ghi hội nghị.mp4"));
    {
        QByteArray chunk(1 << 20, Qt::Uninitialized);
        QFile file(big);
        REQUIRE(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < 50; ++i) {
            QRandomGenerator(static_cast<quint32>(i))
                .fillRange(reinterpret_cast<quint32 *>(chunk.data()), chunk.size() / 4);
            REQUIRE(file.write(chunk) == chunk.size());
        }
    }
    const QString last = w.site.lib.sourcePath(QStringLiteral("Phụ lục 2.pdf"));
    writePdf(last, 1, QStringLiteral("Phụ lục 2"));
    const QList<Document> before = w.site.lib.catalog().documents(w.site.item1.id);
    const auto blobsBefore = w.site.lib.catalog().blobs();

    // Pressed as soon as the dialog says the first file is done (on a fast disk the big one may
    // be done too by the time the dialog is next refreshed: Cancel still throws it all away).
    static const QRegularExpression firstDone(QStringLiteral("[1-3] of 3 files"));
    bool pressed = false;
    int valueWhenPressed = -1;
    QElapsedTimer sincePressed;
    QTimer canceller;
    canceller.setInterval(5);
    QObject::connect(&canceller, &QTimer::timeout, &canceller, [&] {
        QProgressDialog *dialog = w.importDialog();
        if (pressed || !dialog || !dialog->labelText().contains(firstDone))
            return;
        auto *cancel = dialog->findChild<QPushButton *>();
        REQUIRE(cancel);
        valueWhenPressed = dialog->value();
        pressed = true;
        sincePressed.start();
        cancel->click();
    });
    canceller.start();
    w.window.importFiles(w.site.item1.id, {first, big, last});
    canceller.stop();
    REQUIRE(pressed);
    const qint64 stopTook = sincePressed.elapsed();
    WARN("Cancel pressed at " << valueWhenPressed / 10.0 << "% of the bytes; the import returned "
                              << stopTook << " ms later");
    CHECK(stopTook < 2000);

    const QList<Document> after = w.site.lib.catalog().documents(w.site.item1.id);
    REQUIRE(after.size() == before.size());
    for (qsizetype i = 0; i < after.size(); ++i)
        CHECK(after[i].id == before[i].id);
    CHECK(w.site.lib.catalog().blobs() == blobsBefore);
    CHECK(w.message() == QStringLiteral("Import cancelled: nothing was added."));
    CHECK(dialogs::takeRecordedErrors().isEmpty());
    CHECK_FALSE(w.importDialog());
    CHECK(w.partialFiles() == 0); // the half-copied file went with the cancelled copy

    // The window works as before: the same files import when left alone.
    w.window.importFiles(w.site.item1.id, {first, last});
    CHECK(w.site.lib.catalog().documents(w.site.item1.id).size() == before.size() + 2);
}

TEST_CASE("A file already on the item is left out and reported, elsewhere it is added", "[gui]")
{
    Window w;
    // The sample PDF's bytes under another name, and a new file.
    const QString copy = w.site.lib.sourcePath(QStringLiteral("Bản sao báo cáo.pdf"));
    writeFile(copy, w.site.pdfContent);
    const QString annex = w.site.lib.sourcePath(QStringLiteral("Phụ lục.pdf"));
    writePdf(annex, 1, QStringLiteral("Phụ lục"));

    w.window.importFiles(w.site.item1.id, {copy, annex});
    CHECK(w.fileNames(w.site.item1.id) == QStringList{SampleSite::pdfName(), SampleSite::textName(),
                                                      QStringLiteral("Phụ lục.pdf")});
    QStringList information = dialogs::takeRecordedInformation();
    REQUIRE(information.size() == 1);
    INFO(information.first().toStdString());
    CHECK(information.first().contains(QStringLiteral("“Bản sao báo cáo.pdf” is already on this "
                                                      "item as “%1”.")
                                           .arg(w.site.pdf.title)));
    CHECK(w.message().startsWith(QStringLiteral("Added 1 document")));
    CHECK(dialogs::takeRecordedErrors().isEmpty());

    // On another item the same bytes are added, and the status bar says they were already in
    // the library. The same file twice in one drop is added once.
    const QString again = w.site.lib.sourcePath(QStringLiteral("Bản sao 2.pdf"));
    writeFile(again, w.site.pdfContent);
    w.window.importFiles(w.site.item2.id, {copy, again});
    CHECK(w.fileNames(w.site.item2.id) == QStringList{QStringLiteral("Bản sao báo cáo.pdf")});
    information = dialogs::takeRecordedInformation();
    REQUIRE(information.size() == 1);
    CHECK(information.first().contains(
        QStringLiteral("“Bản sao 2.pdf” is already on this item as “Bản sao báo cáo”.")));
    INFO(w.message().toStdString());
    CHECK(w.message().contains(QStringLiteral("Already elsewhere in the library")));
    CHECK(w.message().contains(QStringLiteral("Bản sao báo cáo.pdf")));

    // Everything already there: nothing added, one message.
    w.window.importFiles(w.site.item2.id, {copy});
    CHECK(w.fileNames(w.site.item2.id).size() == 1);
    CHECK(dialogs::takeRecordedInformation().size() == 1);
    CHECK(dialogs::takeRecordedErrors().isEmpty());
}

TEST_CASE("A folder dropped on the agenda becomes items in its order, with their files", "[gui]")
{
    Window w;
    const TempFolder temp;
    const QString root = temp.filePath(QStringLiteral("Hội nghị BCH lần thứ 5"));
    auto pdf = [&](const QString &relative) {
        const QString path = root + u'/' + relative;
        REQUIRE(QDir().mkpath(QFileInfo(path).absolutePath()));
        writePdf(path, 1, QFileInfo(path).completeBaseName(), relative);
    };
    pdf(QStringLiteral("Chương trình.pdf"));
    pdf(QStringLiteral("10. Bế mạc/Diễn văn bế mạc.pdf"));
    pdf(QStringLiteral("2. Thảo luận/Tham luận 10.pdf"));
    pdf(QStringLiteral("2. Thảo luận/Tham luận 2.pdf"));
    pdf(QStringLiteral("01. Báo cáo chính trị/Báo cáo.pdf"));
    pdf(QStringLiteral("01. Báo cáo chính trị/.~lock.Báo cáo.pdf"));
    pdf(QStringLiteral("Phụ lục/Danh sách đại biểu.pdf"));

    // Cancel in the question: nothing happens.
    dialogs::presetFolderImport(dialogs::FolderImportChoice::Cancel);
    dropPaths(w.window.agenda(), w.itemRow(w.site.item2.id), {root});
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    CHECK(w.site.lib.catalog().items(w.site.open.id).size() == 2);

    // Cancel during the import: no item is left behind.
    dialogs::presetFolderImport(dialogs::FolderImportChoice::OneItemPerSubfolder);
    bool pressed = false;
    QTimer canceller;
    canceller.setInterval(1);
    QObject::connect(&canceller, &QTimer::timeout, &canceller, [&] {
        if (QProgressDialog *dialog = w.importDialog(); dialog && !pressed) {
            pressed = true;
            dialog->findChild<QPushButton *>()->click();
        }
    });
    canceller.start();
    dropPaths(w.window.agenda(), w.itemRow(w.site.item2.id), {root});
    REQUIRE(waitUntil([&] { return w.message().startsWith(QStringLiteral("Import cancelled")); }));
    canceller.stop();
    CHECK(pressed);
    CHECK(w.site.lib.catalog().items(w.site.open.id).size() == 2);

    // One item per sub-folder, after the existing ones, in the folders' numbered order.
    dialogs::presetFolderImport(dialogs::FolderImportChoice::OneItemPerSubfolder);
    GapMeter meter;
    dropPaths(w.window.agenda(), w.itemRow(w.site.item2.id), {root});
    REQUIRE(waitUntil([&] { return w.site.lib.catalog().items(w.site.open.id).size() == 7; }));
    WARN("Folder import: longest event-loop gap " << meter.longestGap() << " ms");
    CHECK(w.itemTitles() ==
          QStringList{QStringLiteral("1. Báo cáo chính trị"), QStringLiteral("2. Thảo luận"),
                      QStringLiteral("3. Hội nghị BCH lần thứ 5"),
                      QStringLiteral("4. Báo cáo chính trị"), QStringLiteral("5. Thảo luận"),
                      QStringLiteral("6. Bế mạc"), QStringLiteral("7. Phụ lục")});
    const QList<AgendaItem> items = w.site.lib.catalog().items(w.site.open.id);
    CHECK(w.fileNames(items[2].id) == QStringList{QStringLiteral("Chương trình.pdf")});
    CHECK(w.fileNames(items[3].id) == QStringList{QStringLiteral("Báo cáo.pdf")});
    CHECK(w.fileNames(items[4].id) ==
          QStringList{QStringLiteral("Tham luận 2.pdf"), QStringLiteral("Tham luận 10.pdf")});
    CHECK(w.fileNames(items[5].id) == QStringList{QStringLiteral("Diễn văn bế mạc.pdf")});
    CHECK(w.fileNames(items[6].id) == QStringList{QStringLiteral("Danh sách đại biểu.pdf")});
    CHECK(w.fileNames(w.site.item2.id).isEmpty());
    CHECK(w.window.agenda()->selectedItemId() == items[2].id);
    INFO(w.message().toStdString());
    CHECK(w.message().startsWith(QStringLiteral("Made 5 agenda item")));
    CHECK(dialogs::takeRecordedErrors().isEmpty());
    CHECK(dialogs::takeRecordedInformation().isEmpty());

    // All into the item it was dropped on: the same files, in the same order.
    dialogs::presetFolderImport(dialogs::FolderImportChoice::AllIntoSelectedItem);
    dropPaths(w.window.agenda(), w.itemRow(w.site.item2.id), {root});
    REQUIRE(waitUntil([&] { return !w.fileNames(w.site.item2.id).isEmpty(); }));
    CHECK(w.fileNames(w.site.item2.id) ==
          QStringList{QStringLiteral("Chương trình.pdf"), QStringLiteral("Báo cáo.pdf"),
                      QStringLiteral("Tham luận 2.pdf"), QStringLiteral("Tham luận 10.pdf"),
                      QStringLiteral("Diễn văn bế mạc.pdf"),
                      QStringLiteral("Danh sách đại biểu.pdf")});
    CHECK(w.site.lib.catalog().items(w.site.open.id).size() == 7);
    // They were in the library already, under the new items: said, not refused.
    CHECK(w.message().contains(QStringLiteral("Already elsewhere in the library")));
    CHECK(dialogs::takeRecordedErrors().isEmpty());
}

TEST_CASE("Verify stored files finds a stored file whose bytes changed", "[gui]")
{
    Window w;
    QAction *verify = w.window.verifyAction();
    REQUIRE(verify);
    bool inMenu = false;
    for (QAction *menu : w.window.menuBar()->actions())
        inMenu = inMenu || (menu->menu() && menu->menu()->actions().contains(verify));
    CHECK(inMenu);

    const int stored = static_cast<int>(w.site.lib.catalog().blobs().size());
    REQUIRE(stored == 3);
    verify->trigger();
    QStringList information = dialogs::takeRecordedInformation();
    REQUIRE(information.size() == 1);
    // "file(s)": the English plural comes from translations/docket_en.ts, not loaded here.
    CHECK(information.first().startsWith(QStringLiteral("All 3 stored file")));
    CHECK(information.first().endsWith(QStringLiteral(" are intact.")));
    CHECK(dialogs::takeRecordedErrors().isEmpty());

    // A byte of the sample PDF's stored file changes behind Docket's back.
    const QString blob = w.site.lib.library().store().pathFor(w.site.pdf.sha256);
    REQUIRE(QFile::setPermissions(blob, QFile::ReadOwner | QFile::WriteOwner));
    {
        QFile file(blob);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.seek(100));
        const char old = file.read(1).at(0);
        REQUIRE(file.seek(100));
        REQUIRE(file.write(QByteArray(1, static_cast<char>(old ^ 0x20))) == 1);
    }
    verify->trigger();
    const QStringList errors = dialogs::takeRecordedErrors();
    REQUIRE(errors.size() == 1);
    INFO(errors.first().toStdString());
    CHECK(errors.first().contains(w.site.pdf.sha256));
    CHECK(errors.first().contains(QStringLiteral("has changed")));
    CHECK(errors.first().contains(w.site.pdf.title));
    CHECK(errors.first().count(QStringLiteral("The stored file")) == 1);
    CHECK(dialogs::takeRecordedInformation().isEmpty());
}
