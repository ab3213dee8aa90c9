// SPDX-License-Identifier: GPL-3.0-or-later
// The one import pipeline (issue 11), used by the window and docket-cli alike: the duplicate
// rule, the report per file, progress and stop, the slow part on another thread, and a
// clean-up that runs while an import stores the same bytes (race 3). A real library folder
// (SQLite, blobs/), real PDFs, real inspection children.
#include "library/ImportPipeline.h"
#include "library/Library.h"
#include "pdf/ChildProgram.h"
#include "pdf/IsolatedInspector.h"
#include "pdf/PageRenderer.h"
#include "support/TempLibrary.h"
#include "support/TestPdf.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

using namespace docket;
using namespace testsupport;

namespace {

// PDFs inspected in a child, as the programs do it.
struct ChildInspector
{
    ChildInspector()
    {
        ChildProgram::set(ChildProgram::Use::Inspection, QStringLiteral(DOCKET_CLI_PATH));
    }
    ~ChildInspector() { ChildProgram::set(ChildProgram::Use::Inspection, {}); }
};

int blobFiles(const QString &library)
{
    int count = 0;
    QDirIterator it(library + QStringLiteral("/blobs"), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

struct Site
{
    TempLibrary lib;
    Meeting meeting;
    AgendaItem one;
    AgendaItem two;
    QString report; // a PDF
    QByteArray reportBytes;

    Site()
    {
        meeting = lib.catalog().createMeeting(QStringLiteral("Đại hội"));
        one = lib.catalog().addItem(meeting.id, QStringLiteral("Khai mạc"));
        two = lib.catalog().addItem(meeting.id, QStringLiteral("Báo cáo"));
        report = lib.sourcePath(QStringLiteral("Báo cáo chính trị.pdf"));
        writePdf(report, 2, QStringLiteral("Báo cáo"));
        reportBytes = readFile(report);
    }
    QString copyOfReport(const QString &name)
    {
        const QString path = lib.sourcePath(name);
        writeFile(path, reportBytes);
        return path;
    }
};

} // namespace

TEST_CASE("A file already on its item is reported with the document it duplicates and "
          "nothing recorded but elsewhere it is added",
          "[import]")
{
    const ChildInspector child;
    Site site;
    Library &library = site.lib.library();
    const ImportReport first =
        library.importFiles(site.meeting.id, {{site.one.id, {}, {site.report}}});
    REQUIRE(first.files.size() == 1);
    const ImportedFile &added = first.files.first();
    CHECK(added.added());
    CHECK(added.document.title == u"Báo cáo chính trị");
    CHECK(added.document.pageCount == 2);
    CHECK(added.item.id == site.one.id);
    CHECK_FALSE(added.contentAlreadyStored);
    CHECK_FALSE(added.elsewhere);
    CHECK_FALSE(added.heavy());
    CHECK(added.problem().isEmpty());

    // The same bytes under another name, on the same item: left out, which document said.
    const auto blobsBefore = site.lib.catalog().blobs();
    const int filesBefore = blobFiles(site.lib.folder());
    const QString copy = site.copyOfReport(QStringLiteral("Bản sao.pdf"));
    const ImportReport again = library.importFiles(site.meeting.id, {{site.one.id, {}, {copy}}});
    REQUIRE(again.files.size() == 1);
    const ImportedFile &duplicate = again.files.first();
    CHECK(duplicate.outcome == ImportedFile::Outcome::Duplicate);
    CHECK(duplicate.document.id == added.document.id);
    CHECK(duplicate.item.number == site.one.number);
    CHECK(duplicate.fileName == u"Bản sao.pdf");
    CHECK(again.added().isEmpty());
    CHECK(again.duplicates() == 1);
    CHECK(ImportPipeline::alreadyOnItem(duplicate) ==
          QStringLiteral("“Bản sao.pdf” is already on item 1 as “Báo cáo chính trị”."));
    CHECK(site.lib.catalog().documents(site.one.id).size() == 1);
    CHECK(site.lib.catalog().blobs() == blobsBefore);
    CHECK(blobFiles(site.lib.folder()) == filesBefore);
    // The one-item call says so too: nothing added, and importDocument refuses.
    CHECK(library.importDocuments(site.one.id, {copy}).isEmpty());
    CHECK_THROWS_AS(library.importDocument(site.one.id, copy), Error);

    // On another item: added, stored once, said to be elsewhere too.
    const ImportReport other = library.importFiles(site.meeting.id, {{site.two.id, {}, {copy}}});
    REQUIRE(other.files.size() == 1);
    CHECK(other.files.first().added());
    CHECK(other.files.first().contentAlreadyStored);
    CHECK(other.files.first().elsewhere);
    CHECK(other.files.first().document.sha256 == added.document.sha256);
    CHECK(other.files.first().document.id != added.document.id);
    CHECK(blobFiles(site.lib.folder()) == filesBefore);
}

TEST_CASE("The same bytes twice in one import go in once and a folder makes its items", "[import]")
{
    const ChildInspector child;
    Site site;
    const QString copy = site.copyOfReport(QStringLiteral("Bản sao.pdf"));
    const QString annex = site.lib.sourcePath(QStringLiteral("Phụ lục.txt"));
    writeFile(annex, QStringLiteral("Phụ lục\n").toUtf8());
    const ImportReport report = site.lib.library().importFiles(
        site.meeting.id, {{std::nullopt, QStringLiteral("Tham luận"), {site.report, copy}},
                          {std::nullopt, QStringLiteral("Phụ lục"), {annex, site.report}}});
    REQUIRE(report.newItems.size() == 2);
    CHECK(report.newItems[0].title == u"Tham luận");
    CHECK(report.newItems[0].number == 3);
    REQUIRE(report.files.size() == 4);
    CHECK(report.files[0].added());
    CHECK(report.files[0].item.id == report.newItems[0].id);
    CHECK(report.files[1].outcome == ImportedFile::Outcome::Duplicate);
    CHECK(report.files[1].document.id == report.files[0].document.id);
    CHECK(report.files[1].item.id == report.newItems[0].id);
    CHECK(report.files[2].added());
    CHECK(report.files[2].document.mimeType.startsWith(u"text/plain"));
    // Another item of the same import: added, and said to be elsewhere.
    CHECK(report.files[3].added());
    CHECK(report.files[3].elsewhere);
    CHECK(report.files[3].item.id == report.newItems[1].id);
    CHECK(site.lib.catalog().documents(report.newItems[0].id).size() == 1);
    CHECK(site.lib.catalog().documents(report.newItems[1].id).size() == 2);
}

TEST_CASE("The slow part runs on another thread with progress and a stop stores and records "
          "nothing",
          "[import]")
{
    const ChildInspector child;
    Site site;
    const QString annex = site.lib.sourcePath(QStringLiteral("Phụ lục.pdf"));
    writePdf(annex, 1, QStringLiteral("Phụ lục"));
    const std::int64_t bytes = QFileInfo(site.report).size() + QFileInfo(annex).size();
    const int filesBefore = blobFiles(site.lib.folder());

    {
        // Stopped once the first file is copied: nothing in blobs/, nothing in the catalog.
        ImportPipeline pipeline = ImportPipeline::adding(site.lib.library(), site.meeting.id,
                                                         {{site.one.id, {}, {site.report, annex}}});
        bool ready = true;
        std::thread worker([&] {
            ready = pipeline.prepare([](const ImportProgress &now) { return now.filesDone < 1; });
        });
        worker.join();
        CHECK_FALSE(ready);
        CHECK(blobFiles(site.lib.folder()) == filesBefore);
        CHECK(site.lib.catalog().documents(site.one.id).isEmpty());
        CHECK(QDir(site.lib.folder() + QStringLiteral("/tmp"))
                  .entryList({QStringLiteral("import-*")}, QDir::Files)
                  .isEmpty());
    }

    // Left alone, on a worker as the window does it, recorded on this (the catalog's) thread.
    ImportPipeline pipeline = ImportPipeline::adding(site.lib.library(), site.meeting.id,
                                                     {{site.one.id, {}, {site.report, annex}}});
    ImportProgress last;
    int calls = 0;
    bool ready = false;
    std::thread worker([&] {
        ready = pipeline.prepare([&](const ImportProgress &now) {
            last = now;
            ++calls;
            return true;
        });
    });
    worker.join();
    REQUIRE(ready);
    CHECK(calls >= 3);
    CHECK(last.files == 2);
    CHECK(last.filesDone == 2);
    CHECK(last.bytes == bytes);
    CHECK(last.bytesDone == bytes);
    CHECK(site.lib.catalog().documents(site.one.id).isEmpty()); // not yet recorded
    const ImportReport report = pipeline.record();
    REQUIRE(report.added().size() == 2);
    CHECK(report.added()[1].title == u"Phụ lục");
    CHECK(site.lib.catalog().documents(site.one.id).size() == 2);
    // The thumbnails the inspection drew are in the page cache already.
    for (const Document &doc : report.added())
        CHECK(site.lib.library().pageImages()->cache.find(
            PageKey{doc.sha256, 1, PageRenderer::kThumbnailWidth, true}));
}

TEST_CASE("A PDF whose first page breaks the render limits is flagged heavy in the report",
          "[import]")
{
    const ChildInspector child;
    Site site;
    // A memory limit far below what any drawing needs: the first page fails the same way
    // whatever else the machine is doing (a time limit would depend on the load: a starved
    // child is not blamed).
    site.lib.library().setRenderLimits(RenderLimits{16LL << 20, 60000});
    const ImportReport report =
        site.lib.library().importFiles(site.meeting.id, {{site.one.id, {}, {site.report}}});
    REQUIRE(report.files.size() == 1);
    const ImportedFile &file = report.files.first();
    CHECK(file.added());
    CHECK(file.heavy());
    CHECK(file.document.pageCount == 2); // read, and still read page by page
    CHECK(file.problem().contains(QStringLiteral("first page")));
}

// Race 3 of issue 11: a clean-up lists a blob nothing uses, an import stores the same bytes
// and records them, the clean-up removes the file: a version whose file is gone. Here the
// import runs (another Library: as another process would) exactly between the listing and
// the removal. Before the fix it completed there; now it waits for the clean-up, then stores
// the bytes again.
TEST_CASE("A clean-up never removes a blob that an import stores meanwhile", "[import][trash]")
{
    Site site;
    Library &library = site.lib.library();
    const Document doc = library.importDocument(site.one.id, site.report).document;
    library.catalog().removeDocument(doc.id);
    library.catalog().emptyTrash(site.meeting.id);
    REQUIRE(library.catalog().unreferencedBlobs() == QStringList{doc.sha256});
    const QString blobPath = library.store().pathFor(doc.sha256);
    REQUIRE(QFileInfo(blobPath).isFile());

    std::mutex mutex;
    std::condition_variable changed;
    bool importDone = false;
    bool importWaiting = false;
    QString importError;
    bool sawIt = false;
    std::thread importer;
    const Library::CleanUp done = library.cleanUp(false, [&] {
        importer = std::thread([&] {
            try {
                Library other(site.lib.folder());
                const auto item = other.catalog().item(site.two.id);
                other.importFiles(item->meetingId, {{site.two.id, {}, {site.report}}}, {},
                                  [&](const ImportProgress &now) {
                                      if (now.waitingForCleanUp) {
                                          const std::lock_guard lock(mutex);
                                          importWaiting = true;
                                          changed.notify_all();
                                      }
                                      return true;
                                  });
            } catch (const Error &error) {
                importError = error.message();
            }
            const std::lock_guard lock(mutex);
            importDone = true;
            changed.notify_all();
        });
        // The import either gets through (the race) or waits for this clean-up (the fix).
        std::unique_lock lock(mutex);
        sawIt = changed.wait_for(lock, std::chrono::seconds(30),
                                 [&] { return importDone || importWaiting; });
    });
    importer.join();
    REQUIRE(sawIt);
    INFO(importError.toStdString());
    CHECK(importError.isEmpty());
    CHECK(done.files == 1);
    const QList<Document> onTwo = library.catalog().documents(site.two.id);
    REQUIRE(onTwo.size() == 1);
    CHECK(onTwo.first().sha256 == doc.sha256);
    // The version's file is there, with its bytes.
    CHECK(QFileInfo(blobPath).isFile());
    CHECK(readFile(blobPath) == site.reportBytes);
    CHECK(library.catalog().unreferencedBlobs().isEmpty());
}
