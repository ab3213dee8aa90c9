// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing lost by a slip: a removed document goes to its meeting's trash and comes back; files
// nothing uses are removed only by an explicit clean-up; an import killed half-way leaves
// nothing half-done for the next start.
#include "library/Library.h"
#include "library/Verify.h"
#include "support/Curl.h"
#include "support/SampleSite.h"
#include "support/TempLibrary.h"
#include "support/TestPdf.h"
#include "util/Error.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QThread>

#include <catch2/catch.hpp>

#include <csignal>
#include <unistd.h>

using namespace docket;
using namespace testsupport;

namespace {

// Whether a child process of `parent` has `word` among its arguments (read from /proc).
bool hasChild(pid_t parent, const QByteArray &word)
{
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &pid : pids) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        // "pid (name) state ppid ...": the name may hold spaces, so split after its ')'.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() < 2 || fields.at(1).toInt() != parent)
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().split('\0').contains(word))
            return true;
    }
    return false;
}

void leadOwnProcessGroup()
{
    ::setsid();
}

int filesUnder(const QString &folder)
{
    int count = 0;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

// Blob files get their time from the import; a clean-up leaves files younger than a minute
// alone (an import may be between storing and recording), so age them for the test.
void ageBlobs(const QString &library)
{
    QDirIterator it(library + QStringLiteral("/blobs"), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        REQUIRE(file.open(QIODevice::ReadWrite));
        file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-3600),
                         QFileDevice::FileModificationTime);
        file.close();
        file.setPermissions(QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    }
}

} // namespace

TEST_CASE("A removed document waits in the trash and comes back", "[trash]")
{
    SampleSite site;
    Catalog &catalog = site.lib.catalog();
    catalog.removeDocument(site.pdf.id);
    CHECK_FALSE(catalog.document(site.pdf.id));
    CHECK(catalog.documents(site.item1.id).size() == 1);
    const QList<Document> trashed = catalog.trash(site.open.id);
    REQUIRE(trashed.size() == 1);
    CHECK(trashed[0].id == site.pdf.id);
    CHECK(trashed[0].trashedAt.isValid());
    CHECK(catalog.trash(site.draft.id).isEmpty());
    CHECK_THROWS_AS(catalog.removeDocument(site.pdf.id), Error); // already there

    catalog.restoreDocument(site.pdf.id);
    const auto back = catalog.document(site.pdf.id);
    REQUIRE(back);
    CHECK(back->sha256 == site.pdf.sha256);
    CHECK(catalog.documents(site.item1.id).size() == 2);
    CHECK(catalog.trash(site.open.id).isEmpty());
    CHECK_THROWS_AS(catalog.restoreDocument(site.pdf.id), Error);

    // Emptying removes for good; the file stays until a clean-up is asked for.
    catalog.removeDocument(site.pdf.id);
    CHECK(catalog.emptyTrash(site.open.id) == 1);
    CHECK(catalog.trash(site.open.id).isEmpty());
    CHECK_THROWS_AS(catalog.restoreDocument(site.pdf.id), Error);
    CHECK(QFile::exists(site.lib.library().store().pathFor(site.pdf.sha256)));
    CHECK(catalog.unreferencedBlobs() == QStringList{site.pdf.sha256});
}

TEST_CASE("A clean-up removes only stored files nothing uses, and only when asked", "[trash]")
{
    SampleSite site;
    Library &library = site.lib.library();
    // A file stored by an import that never got recorded (killed in between).
    const StoredBlob stray = library.store().importFile([&] {
        const QString path = site.lib.sourcePath(QStringLiteral("stray.bin"));
        writeFile(path, "never recorded");
        return path;
    }());
    site.lib.catalog().removeDocument(site.text.id); // in the trash: still used
    ageBlobs(site.lib.folder());

    const Library::CleanUp dry = library.cleanUp(true);
    CHECK(dry.files == 1);
    CHECK(QFile::exists(stray.path));
    const Library::CleanUp done = library.cleanUp();
    CHECK(done.files == 1);
    CHECK(done.bytes == 14);
    CHECK_FALSE(QFile::exists(stray.path));
    CHECK(QFile::exists(library.store().pathFor(site.text.sha256)));

    // Emptied from the trash: now it goes, catalog row and file.
    site.lib.catalog().emptyTrash(site.open.id);
    CHECK(library.cleanUp().files == 1);
    CHECK_FALSE(QFile::exists(library.store().pathFor(site.text.sha256)));
    CHECK(site.lib.catalog().unreferencedBlobs().isEmpty());
    // What is left is whole.
    const VerifyReport report = Verifier::verify(library);
    CHECK(report.problems.isEmpty());
    CHECK(report.checked == 2);
}

TEST_CASE("An import killed half-way is repaired on the next start, verify clean", "[trash]")
{
    TempFolder folder;
    const QString library = folder.filePath(QStringLiteral("library"));
    {
        Library lib(library);
        const Meeting meeting = lib.catalog().createMeeting(QStringLiteral("Họp"));
        lib.catalog().addItem(meeting.id, QStringLiteral("Một"));
    }
    // The import stages the file in tmp/ and then waits on its inspection child, which is made
    // to hang: whenever the kill lands, the import is half-way, with no timing luck involved.
    const QString pdf = folder.filePath(QStringLiteral("Báo cáo.pdf"));
    writePdf(pdf, 3, QStringLiteral("Báo cáo"));
    QProcess import;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DOCKET_INSPECT_FAULT"), QStringLiteral("hang"));
    import.setProcessEnvironment(environment);
    // Its own process group, so that the kill takes the inspection child along.
    import.setChildProcessModifier(leadOwnProcessGroup);
    import.start(QStringLiteral(DOCKET_CLI_PATH),
                 {QStringLiteral("--library"), library, QStringLiteral("doc"),
                  QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("1"), pdf});
    REQUIRE(import.waitForStarted(10000));
    const QString tmp = library + QStringLiteral("/tmp");
    const auto importPid = static_cast<pid_t>(import.processId());
    // Staged, and its inspection child running: the import waits on it now.
    for (int i = 0; i < 2000 && (filesUnder(tmp) == 0 || !hasChild(importPid, "inspect")); ++i)
        QThread::msleep(5);
    REQUIRE(filesUnder(tmp) == 1);
    REQUIRE(hasChild(importPid, "inspect"));
    ::kill(-importPid, SIGKILL);
    REQUIRE(import.waitForFinished(10000));
    CHECK(import.exitStatus() == QProcess::CrashExit);

    // The next start finds the debris and removes it; the catalog never saw the document.
    Library again(library);
    CHECK(filesUnder(tmp) == 0);
    CHECK(again.catalog().documents(again.catalog().items(1).at(0).id).isEmpty());
    const VerifyReport report = Verifier::verify(again);
    CHECK(report.problems.isEmpty());
    CHECK(again.cleanUp(true).files == 0); // nothing half-stored either (too young or none)
}
