// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/Library.h"
#include "library/Verify.h"
#include "store/BlobStore.h"
#include "support/SampleSite.h"
#include "support/TempLibrary.h"
#include "util/Error.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace docket;
using testsupport::readFile;
using testsupport::TempFolder;
using testsupport::writeFile;
using namespace Qt::StringLiterals;

namespace {

struct Store
{
    TempFolder folder;
    QString blobs = folder.filePath(QStringLiteral("library/blobs"));
    QString tmp = folder.filePath(QStringLiteral("library/tmp"));
    BlobStore store{blobs, tmp};

    QString source(const QString &name, const QByteArray &bytes) const
    {
        const QString path = folder.filePath(QStringLiteral("sources/") + name);
        writeFile(path, bytes);
        return path;
    }
};

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    for (char &c : bytes)
        c = static_cast<char>(generator.bounded(256));
    return bytes;
}

QStringList filesUnder(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    return files;
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

TEST_CASE("importFile stores the bytes under their SHA-256", "[store]")
{
    Store s;
    // More than one copy chunk (1 MiB), and not a multiple of it.
    const QByteArray bytes = randomBytes(2 * 1024 * 1024 + 12345, 7);
    const QString source = s.source(QStringLiteral("Báo cáo tổng kết.pdf"), bytes);

    std::int64_t lastProgress = 0;
    int calls = 0;
    const StoredBlob blob = s.store.importFile(source, [&](std::int64_t done) {
        CHECK(done > lastProgress);
        lastProgress = done;
        ++calls;
        return true;
    });
    CHECK(blob.sha256 == sha256(bytes));
    CHECK(blob.size == bytes.size());
    CHECK_FALSE(blob.alreadyStored);
    CHECK(calls >= 3);
    CHECK(lastProgress == bytes.size());
    CHECK(blob.path == s.blobs + u'/' + blob.sha256.left(2) + u'/' + blob.sha256);
    CHECK(s.store.pathFor(blob.sha256) == blob.path);
    CHECK(s.store.contains(blob.sha256));
    CHECK(readFile(blob.path) == bytes);
    CHECK(BlobStore::sha256OfFile(blob.path) == blob.sha256);
    CHECK(BlobStore::sha256OfFile(source) == blob.sha256);
    CHECK(filesUnder(s.tmp).isEmpty());
}

TEST_CASE("An empty file is a blob too", "[store]")
{
    Store s;
    const StoredBlob blob = s.store.importFile(s.source(QStringLiteral("empty.txt"), {}));
    CHECK(blob.sha256 == u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(blob.size == 0);
    CHECK(QFileInfo(blob.path).isFile());
    CHECK(QFileInfo(blob.path).size() == 0);
}

TEST_CASE("The same content is stored once", "[store]")
{
    Store s;
    const QByteArray bytes = randomBytes(300000, 11);
    const StoredBlob first = s.store.importFile(s.source(QStringLiteral("a.pdf"), bytes));
    const StoredBlob second = s.store.importFile(s.source(QStringLiteral("copy of a.pdf"), bytes));
    CHECK_FALSE(first.alreadyStored);
    CHECK(second.alreadyStored);
    CHECK(second.sha256 == first.sha256);
    CHECK(second.path == first.path);
    CHECK(second.size == first.size);
    CHECK(filesUnder(s.blobs) == QStringList{first.path});
    CHECK(filesUnder(s.tmp).isEmpty());

    const StoredBlob other = s.store.importFile(s.source(QStringLiteral("b.pdf"), bytes + 'x'));
    CHECK_FALSE(other.alreadyStored);
    CHECK(other.sha256 != first.sha256);
    CHECK(filesUnder(s.blobs).size() == 2);
}

TEST_CASE("Import only reads the user's file", "[store]")
{
    Store s;
    const QByteArray bytes = randomBytes(150000, 3);
    const QString source = s.source(QStringLiteral("Tờ trình.docx"), bytes);
    // An old time stamp, so that any write would show.
    {
        QFile file(source);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.setFileTime(QDateTime(QDate(2020, 5, 17), QTime(8, 30)),
                                 QFileDevice::FileModificationTime));
    }
    const QFileInfo before(source);
    const QDateTime modified = before.lastModified();
    const QFileDevice::Permissions permissions = before.permissions();

    const StoredBlob blob = s.store.importFile(source);
    const QFileInfo after(source);
    CHECK(readFile(source) == bytes);
    CHECK(after.lastModified() == modified);
    CHECK(after.permissions() == permissions);
    CHECK(after.size() == bytes.size());
    CHECK(blob.path != source);
}

TEST_CASE("A stored blob is read-only", "[store]")
{
    Store s;
    const StoredBlob blob = s.store.importFile(s.source(QStringLiteral("x"), "stored bytes"));
    const QFileDevice::Permissions permissions = QFileInfo(blob.path).permissions();
    CHECK(permissions.testFlag(QFileDevice::ReadOwner));
    CHECK_FALSE(permissions.testFlag(QFileDevice::WriteOwner));
    CHECK_FALSE(permissions.testFlag(QFileDevice::WriteGroup));
    CHECK_FALSE(permissions.testFlag(QFileDevice::WriteOther));
}

TEST_CASE("A cancelled import leaves nothing behind", "[store]")
{
    Store s;
    const QByteArray bytes = randomBytes(3 * 1024 * 1024, 5);
    const QString source = s.source(QStringLiteral("big.pdf"), bytes);
    int calls = 0;
    try {
        s.store.importFile(source, [&](std::int64_t) { return ++calls < 2; });
        FAIL("the import was not cancelled");
    } catch (const Error &error) {
        CHECK_FALSE(error.message().isEmpty());
    }
    CHECK(calls == 2);
    CHECK(filesUnder(s.tmp).isEmpty());
    CHECK(filesUnder(s.blobs).isEmpty());
    CHECK_FALSE(s.store.contains(sha256(bytes)));
    CHECK(readFile(source) == bytes);

    // The same file imports fine afterwards.
    const StoredBlob blob = s.store.importFile(source);
    CHECK_FALSE(blob.alreadyStored);
    CHECK(blob.sha256 == sha256(bytes));
}

TEST_CASE("removeStaleTemporaries removes what a crashed import left", "[store]")
{
    Store s;
    writeFile(s.tmp + QStringLiteral("/import-Ab12Cd.part"), "half a file");
    writeFile(s.tmp + QStringLiteral("/import-zzzzzz.part"), QByteArray());
    writeFile(s.tmp + QStringLiteral("/notes.txt"), "not ours");
    CHECK(s.store.removeStaleTemporaries() == 2);
    CHECK(QDir(s.tmp).entryList(QDir::Files) == QStringList{u"notes.txt"_s});
    CHECK(s.store.removeStaleTemporaries() == 0);
}

TEST_CASE("removeStaleTemporaries keeps a temporary that a live import holds", "[store]")
{
    Store s;
    const QString live = s.tmp + QStringLiteral("/import-live01.part");
    writeFile(live, "being written by another docket process");
    writeFile(s.tmp + QStringLiteral("/import-dead01.part"), "left by a crash");
    // What a running import in another process holds: an exclusive flock on its file.
    const int fd = ::open(QFile::encodeName(live).constData(), O_RDONLY | O_CLOEXEC);
    REQUIRE(fd >= 0);
    REQUIRE(::flock(fd, LOCK_EX) == 0);
    CHECK(s.store.removeStaleTemporaries() == 1);
    CHECK(QDir(s.tmp).entryList(QDir::Files) == QStringList{u"import-live01.part"_s});
    ::close(fd); // the import ended (or crashed): now it is stale
    CHECK(s.store.removeStaleTemporaries() == 1);
    CHECK(QDir(s.tmp).entryList(QDir::Files).isEmpty());
}

TEST_CASE("Opening a library clears stale temporaries", "[store]")
{
    testsupport::TempLibrary lib;
    const QString stale = lib.folder() + QStringLiteral("/tmp/import-123456.part");
    writeFile(stale, "left by a crash");
    lib.reopen();
    CHECK_FALSE(QFileInfo::exists(stale));
}

TEST_CASE("pathFor accepts only a lowercase hex SHA-256", "[store]")
{
    Store s;
    const QString valid =
        QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
    CHECK(s.store.pathFor(valid) == s.blobs + QStringLiteral("/01/") + valid);
    CHECK(s.store.pathFor(QString()).isEmpty());
    CHECK(s.store.pathFor(valid.left(63)).isEmpty());
    CHECK(s.store.pathFor(valid + u'0').isEmpty());
    CHECK(s.store.pathFor(valid.toUpper()).isEmpty());
    QString withSlash = valid;
    withSlash[10] = u'/';
    CHECK(s.store.pathFor(withSlash).isEmpty());
    QString dots = valid;
    dots.replace(0, 6, QStringLiteral("../../"));
    CHECK(s.store.pathFor(dots).isEmpty());
    QString nonHex = valid;
    nonHex[63] = u'g';
    CHECK(s.store.pathFor(nonHex).isEmpty());
    CHECK_FALSE(s.store.contains(nonHex));
    CHECK_FALSE(s.store.contains(valid)); // well formed, but not stored
}

TEST_CASE("Importing a folder or a missing file throws", "[store]")
{
    Store s;
    const QString folder = s.folder.filePath(QStringLiteral("sources/a folder.pdf"));
    REQUIRE(QDir().mkpath(folder));
    CHECK_THROWS_AS(s.store.importFile(folder), Error);
    const QString missing = s.folder.filePath(QStringLiteral("sources/missing.pdf"));
    try {
        s.store.importFile(missing);
        FAIL("a missing file was imported");
    } catch (const Error &error) {
        CHECK(error.message().contains(u"missing.pdf"));
    }
    CHECK(filesUnder(s.blobs).isEmpty());
    CHECK(filesUnder(s.tmp).isEmpty());
}

// DESIGN has docket-cli running beside the GUI on the same library, and Library's constructor
// removes every import-*.part it finds in tmp/. An import in progress must survive that. (On
// Linux QTemporaryFile opens with O_TMPFILE and only gets a name just before the rename, which
// is what keeps this safe on file systems that support O_TMPFILE.)
TEST_CASE("Opening the library elsewhere does not break an import in progress", "[store]")
{
    testsupport::TempLibrary lib;
    const Meeting m = lib.catalog().createMeeting(QStringLiteral("Concurrent"));
    const AgendaItem item = lib.catalog().addItem(m.id, QStringLiteral("Item"));
    const QByteArray bytes = randomBytes(3 * 1024 * 1024, 9);
    const QString source = lib.sourcePath(QStringLiteral("big.pdf"));
    writeFile(source, bytes);

    std::unique_ptr<Library> otherProcess;
    ImportedDocument imported;
    try {
        imported = lib.library().importDocument(item.id, source, {}, [&](std::int64_t) {
            if (!otherProcess) // say `docket-cli meeting list`, run while the GUI imports
                otherProcess = std::make_unique<Library>(lib.folder());
            return true;
        });
    } catch (const Error &error) {
        FAIL("the import failed: " << error.message().toStdString());
    }
    CHECK(imported.document.sha256 == sha256(bytes));
    CHECK(lib.library().store().contains(sha256(bytes)));
}

TEST_CASE("verify re-hashes every stored file and names the documents of a bad one", "[store]")
{
    testsupport::SampleSite site;
    Library &library = site.lib.library();
    const VerifyReport clean = Verifier::verify(library);
    CHECK(clean.checked == 3); // the PDF, the text file and the closed meeting's PDF
    CHECK(clean.problems.isEmpty());
    CHECK(clean.bytes == site.pdfContent.size() + site.textContent.size() + site.closedPdf.size);

    // One file altered on disk (read-only, but not against root or a failing disk), one gone.
    const QString pdfPath = library.store().pathFor(site.pdf.sha256);
    QFile::setPermissions(pdfPath, QFile::ReadOwner | QFile::WriteOwner);
    {
        QFile file(pdfPath);
        REQUIRE(file.open(QIODevice::ReadWrite));
        file.seek(10);
        file.write("X");
    }
    REQUIRE(QFile::remove(library.store().pathFor(site.text.sha256)));

    int calls = 0;
    const VerifyReport bad = Verifier::verify(library, [&](std::int64_t done, std::int64_t total) {
        ++calls;
        CHECK(done <= total);
        return true;
    });
    CHECK(calls >= 1);
    REQUIRE(bad.problems.size() == 2);
    for (const BlobProblem &problem : bad.problems) {
        if (problem.sha256 == site.pdf.sha256) {
            CHECK(problem.kind == BlobProblem::Kind::Altered);
            REQUIRE(problem.usedBy.size() == 1);
            CHECK(problem.usedBy[0].contains(site.open.code));
            CHECK(problem.usedBy[0].contains(site.pdf.title));
        } else {
            CHECK(problem.sha256 == site.text.sha256);
            CHECK(problem.kind == BlobProblem::Kind::Missing);
        }
        CHECK_FALSE(Verifier::describe(problem).isEmpty());
    }
    // Stopping midway says so.
    CHECK(Verifier::verify(library, [](std::int64_t, std::int64_t) { return false; }).cancelled);
}
