// SPDX-License-Identifier: GPL-3.0-or-later
// A catalog that is checked and can be restored: counters kept across the schema change,
// SQLite's texts behind ours, damage found by verify, rotating backups, restore from the CLI,
// and a journal cut short that is told instead of silently losing the newest changes.
#include "catalog/Catalog.h"
#include "catalog/Sqlite.h"
#include "catalog/WalJournal.h"
#include "library/Backups.h"
#include "library/Library.h"
#include "library/Verify.h"
#include "support/Cli.h"
#include "support/SampleSite.h"
#include "support/TempLibrary.h"
#include "support/TestPdf.h"
#include "support/Tmpfs.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <csignal>

using namespace docket;
using namespace testsupport;

namespace {

const QString kCli = QStringLiteral(DOCKET_CLI_PATH);

// docket-cli --library LIBRARY ARGUMENTS..., in English, to completion.
CliRun cli(const QString &library, const QStringList &arguments)
{
    return runCli(kCli, library, arguments);
}

QString cliOk(const QString &library, const QStringList &arguments)
{
    return runCliOk(kCli, library, arguments).out;
}

// The root page of a table or index, read with SQLite's C API.
int rootPage(const QString &catalogPath, const char *name)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open_v2(QFile::encodeName(catalogPath).constData(), &db, SQLITE_OPEN_READONLY,
                            nullptr) == SQLITE_OK);
    sqlite3_stmt *statement = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "SELECT rootpage FROM sqlite_schema WHERE name = ?", -1,
                               &statement, nullptr) == SQLITE_OK);
    sqlite3_bind_text(statement, 1, name, -1, SQLITE_STATIC);
    REQUIRE(sqlite3_step(statement) == SQLITE_ROW);
    const int page = sqlite3_column_int(statement, 0);
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return page;
}

// Flips the last `count` bytes of a page: the cells of a b-tree page live at its end.
void flipEndOfPage(const QString &path, int page, int count, int pageSize = 4096)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    const qint64 at = qint64(page - 1) * pageSize + pageSize - count;
    REQUIRE(file.seek(at));
    QByteArray bytes = file.read(count);
    REQUIRE(bytes.size() == count);
    for (char &byte : bytes)
        byte = static_cast<char>(~byte);
    REQUIRE(file.seek(at));
    REQUIRE(file.write(bytes) == count);
}

NewDocument fakeDocument(char digit, std::int64_t size)
{
    NewDocument doc;
    doc.fileName = QStringLiteral("Tờ trình.pdf");
    doc.mimeType = QStringLiteral("application/pdf");
    doc.size = size;
    doc.sha256 = QString(64, QLatin1Char(digit));
    doc.pageCount = 1;
    return doc;
}

} // namespace

TEST_CASE("The schema change adds existing access rows up into counters", "[backups][catalog]")
{
    const TempFolder folder;
    const QString path = folder.filePath(QStringLiteral("catalog.sqlite"));
    Id versionId = 0;
    Id documentId = 0;
    Id meetingId = 0;
    {
        Catalog catalog(path);
        const Meeting meeting = catalog.createMeeting(QStringLiteral("Hội nghị"));
        meetingId = meeting.id;
        const AgendaItem item = catalog.addItem(meeting.id, QStringLiteral("Một"));
        const Document doc = catalog.addDocument(item.id, fakeDocument('a', 1000));
        documentId = doc.id;
        versionId = doc.versionId;
    }
    {
        // The catalog as schema 8 left it: one row per request.
        sql::Database db(path);
        db.exec(R"sql(
            DROP TABLE access_counter;
            CREATE TABLE access_event(
                id INTEGER PRIMARY KEY,
                version_id INTEGER NOT NULL REFERENCES document_version(id) ON DELETE CASCADE,
                at TEXT NOT NULL, range_start INTEGER NOT NULL, length INTEGER NOT NULL,
                complete INTEGER NOT NULL, device_key TEXT NOT NULL);
            CREATE INDEX access_by_version ON access_event(version_id);)sql");
        const QByteArray insert =
            "INSERT INTO access_event(version_id, at, range_start, length, complete, device_key) "
            "VALUES "
            "(" +
            QByteArray::number(versionId) +
            ", '2026-11-28T08:00:00.000Z', 0, 1000, 1, 'aa'),"
            "(" +
            QByteArray::number(versionId) +
            ", '2026-11-28T08:05:00.000Z', 0, 1000, 1, 'aa'),"
            "(" +
            QByteArray::number(versionId) +
            ", '2026-11-28T08:01:00.000Z', 0, 1, 1, 'aa'),"
            "(" +
            QByteArray::number(versionId) + ", '2026-11-28T09:00:00.000Z', 0, 1000, 0, 'bb')";
        db.exec(insert.constData());
        db.setUserVersion(8);
    }
    Catalog catalog(path);
    CHECK(catalog.schemaVersion() == Catalog::kSchemaVersion);
    const QList<DocumentStats> stats = catalog.documentStats(meetingId);
    REQUIRE(stats.size() == 1);
    CHECK(stats[0].documentId == documentId);
    CHECK(stats[0].devices == 2);
    CHECK(stats[0].requests == 4);
    CHECK(stats[0].completeDownloads == 2);
    CHECK(stats[0].bytesSent == 2001);
    CHECK(stats[0].firstSeen ==
          QDateTime::fromString(QStringLiteral("2026-11-28T08:00:00.000Z"), Qt::ISODateWithMs));
    CHECK(stats[0].lastSeen ==
          QDateTime::fromString(QStringLiteral("2026-11-28T09:00:00.000Z"), Qt::ISODateWithMs));
    sql::Database db(path);
    sql::Statement rows(db, "SELECT count(*) FROM access_counter");
    REQUIRE(rows.step());
    CHECK(rows.int64(0) == 2);
    sql::Statement old(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'access_event'");
    REQUIRE(old.step());
    CHECK(old.int64(0) == 0);

    // New requests add to the same counters.
    catalog.recordAccess(
        {AccessEvent{versionId, QDateTime::currentDateTimeUtc(), 0, 1000, true, "aa"}});
    CHECK(catalog.documentStats(meetingId)[0].requests == 5);
    CHECK(catalog.documentStats(meetingId)[0].completeDownloads == 3);
}

TEST_CASE("SQLite's own texts come after a sentence of ours", "[backups][catalog]")
{
    const TempFolder folder;
    const QString notADatabase = folder.filePath(QStringLiteral("catalog.sqlite"));
    writeFile(notADatabase, QByteArray(8192, 'x'));
    try {
        Catalog catalog(notADatabase);
        FAIL("a file that is no database was opened");
    } catch (const CatalogError &error) {
        CHECK(error.kind() == CatalogError::Kind::Damaged);
        CHECK(error.message().startsWith(QStringLiteral("Cannot open the catalog")));
        CHECK(error.message().contains(QStringLiteral("docket-cli restore")));
        CHECK(error.message().endsWith(QStringLiteral("(SQLite: file is not a database)")));
    }

    const QString good = folder.filePath(QStringLiteral("good.sqlite"));
    {
        Catalog catalog(good);
        catalog.createMeeting(QStringLiteral("Một"));
    }
    sql::Database readOnly(good, sql::OpenMode::Immutable);
    try {
        readOnly.exec("DELETE FROM meeting");
        FAIL("an immutable catalog was written");
    } catch (const CatalogError &error) {
        CHECK(error.kind() == CatalogError::Kind::ReadOnly);
        CHECK(error.message().startsWith(QStringLiteral("The library is read-only")));
        CHECK(error.message().contains(QStringLiteral("(SQLite: ")));
    }
    // Constraint texts too: no raw "UNIQUE constraint failed" on its own.
    sql::Database writable(good);
    try {
        writable.exec("INSERT INTO meeting(title, code, created_at) SELECT title, code, "
                      "created_at FROM meeting");
        FAIL("a duplicate code was accepted");
    } catch (const CatalogError &error) {
        CHECK(error.message().startsWith(QStringLiteral("The catalog refused a change")));
        CHECK(error.message().contains(QStringLiteral("(SQLite: UNIQUE constraint failed")));
    }
}

TEST_CASE("A corrupted catalog is found by verify and restored from a backup, the damaged one "
          "kept",
          "[backups][cli]")
{
    const TempFolder folder;
    const QString library = folder.filePath(QStringLiteral("library"));
    const QString code =
        QJsonDocument::fromJson(cliOk(library, {QStringLiteral("--json"), QStringLiteral("meeting"),
                                                QStringLiteral("create"), QStringLiteral("--title"),
                                                QStringLiteral("Hội nghị Ban Chấp hành")})
                                    .toUtf8())
            .object()
            .value(QStringLiteral("code"))
            .toString();
    REQUIRE(!code.isEmpty());
    for (const QString &title :
         {QStringLiteral("Báo cáo"), QStringLiteral("Thảo luận"), QStringLiteral("Biểu quyết")})
        cliOk(library, {QStringLiteral("item"), QStringLiteral("add"), code,
                        QStringLiteral("--title"), title});
    const QString pdf = folder.filePath(QStringLiteral("Nghị quyết.pdf"));
    writePdf(pdf, 2, QStringLiteral("Nghị quyết"));
    cliOk(library, {QStringLiteral("doc"), QStringLiteral("add"), code, QStringLiteral("1"), pdf});
    // Opening the meeting makes a backup (the CLI waits for it before it exits).
    cliOk(library, {QStringLiteral("meeting"), QStringLiteral("open"), code});
    const QJsonArray backups =
        QJsonDocument::fromJson(cliOk(library, {QStringLiteral("--json"), QStringLiteral("backup"),
                                                QStringLiteral("--list")})
                                    .toUtf8())
            .array();
    REQUIRE(!backups.isEmpty());
    CHECK(backups.at(0).toObject().value(QStringLiteral("reason")).toString() ==
          QStringLiteral("open"));
    CHECK(cli(library, {QStringLiteral("verify")}).exitCode == 0);

    // Bytes flipped in the index of the agenda: SQLite's integrity check sees it, a plain read
    // does not.
    const QString catalogFile = library + QStringLiteral("/catalog.sqlite");
    REQUIRE_FALSE(QFile::exists(catalogFile + QStringLiteral("-wal")));
    flipEndOfPage(catalogFile, rootPage(catalogFile, "sqlite_autoindex_agenda_item_1"), 40);
    const QByteArray damagedBytes = readFile(catalogFile);

    const CliRun verify = cli(library, {QStringLiteral("verify")});
    CHECK(verify.exitCode == 1);
    CHECK(verify.out.contains(QStringLiteral("The catalog is damaged")));
    CHECK(verify.out.contains(QStringLiteral("(SQLite: ")));
    CHECK(verify.err.count(u'\n') == 1);
    CHECK(verify.err.contains(QStringLiteral("docket-cli restore")));
    const QJsonObject json =
        QJsonDocument::fromJson(
            cli(library, {QStringLiteral("--json"), QStringLiteral("verify")}).out.toUtf8())
            .object();
    CHECK_FALSE(
        json.value(QStringLiteral("catalog")).toObject().value(QStringLiteral("ok")).toBool());

    // A damaged catalog makes no backup: the good ones stay the newest.
    const CliRun manual = cli(library, {QStringLiteral("backup")});
    CHECK(manual.exitCode == 1);
    CHECK(manual.err.contains(QStringLiteral("damaged")));

    const QString restored = cliOk(library, {QStringLiteral("restore")});
    CHECK(restored.contains(QStringLiteral("Restored the catalog from")));
    CHECK(restored.contains(QStringLiteral("1 meeting")));
    // The damaged catalog is kept, byte for byte.
    QStringList setAside = QDir(library + QStringLiteral("/backups"))
                               .entryList({QStringLiteral("catalog-set-aside-*.sqlite")});
    REQUIRE(setAside.size() == 1);
    CHECK(readFile(library + QStringLiteral("/backups/") + setAside.first()) == damagedBytes);
    CHECK(restored.contains(setAside.first()));

    // Everything is back and sound.
    CHECK(cli(library, {QStringLiteral("verify")}).exitCode == 0);
    const QString shown = cliOk(library, {QStringLiteral("meeting"), QStringLiteral("show"), code});
    CHECK(shown.contains(QStringLiteral("Biểu quyết")));
    CHECK(shown.contains(QStringLiteral("Nghị quyết.pdf")));
    CHECK(shown.contains(QStringLiteral(" · Open")));
}

TEST_CASE("restore checks the backup first and refuses while the catalog is open", "[backups]")
{
    SampleSite site;
    site.lib.library().waitForBackups();
    const QString folder = site.lib.folder();
    // Open in this process: refused, nothing moved.
    try {
        Backups::restore(folder);
        FAIL("restored under an open catalog");
    } catch (const Error &error) {
        CHECK(error.message().contains(QStringLiteral("in use")));
    }
    CHECK(QDir(folder + QStringLiteral("/backups"))
              .entryList({QStringLiteral("catalog-set-aside-*")})
              .isEmpty());

    // A file that is no catalog is refused before anything is touched.
    const QString junk = site.lib.sourcePath(QStringLiteral("junk.sqlite"));
    writeFile(junk, QByteArray(4096, '\0'));
    try {
        Backups::restore(folder, junk);
        FAIL("restored a file that is no catalog");
    } catch (const Error &error) {
        CHECK(error.message().contains(QStringLiteral("cannot be restored")));
    }
}

TEST_CASE("restore refuses while docket-cli serve has the catalog open", "[backups][cli]")
{
    const TempFolder folder;
    const QString library = folder.filePath(QStringLiteral("library"));
    cliOk(library, {QStringLiteral("meeting"), QStringLiteral("create"), QStringLiteral("--title"),
                    QStringLiteral("Họp")});
    cliOk(library, {QStringLiteral("backup")});
    QProcess serve;
    serve.start(kCli, {QStringLiteral("--library"), library, QStringLiteral("serve"),
                       QStringLiteral("--bind"), QStringLiteral("127.0.0.1"),
                       QStringLiteral("--port"), QStringLiteral("0")});
    REQUIRE(serve.waitForStarted(10000));
    REQUIRE(serve.waitForReadyRead(15000)); // its first line: the URL, so the catalog is open
    const CliRun refused = cli(library, {QStringLiteral("restore")});
    serve.kill();
    serve.waitForFinished(5000);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("in use")));
    CHECK(QDir(library + QStringLiteral("/backups"))
              .entryList({QStringLiteral("catalog-set-aside-*")})
              .isEmpty());
    // Once it is gone, the same restore goes through.
    CHECK(cliOk(library, {QStringLiteral("restore")}).contains(QStringLiteral("Restored")));
}

TEST_CASE("Meetings opening and closing make backups, in a bounded rotation", "[backups]")
{
    TempLibrary lib;
    Catalog &catalog = lib.catalog();
    const Meeting meeting = catalog.createMeeting(QStringLiteral("Họp giao ban"));
    catalog.setMeetingState(meeting.id, MeetingState::Open);
    lib.library().waitForBackups();
    catalog.setMeetingState(meeting.id, MeetingState::Closed);
    lib.library().waitForBackups();
    CHECK(lib.library().lastBackupProblem().isEmpty());
    Backups backups = lib.library().backups();
    QList<BackupFile> all = backups.list();
    REQUIRE(all.size() == 2);
    CHECK(all[0].reason == QStringLiteral("close"));
    CHECK(all[1].reason == QStringLiteral("open"));
    CHECK(Catalog::checkFile(all[0].path).ok());
    CHECK(Catalog::checkFile(all[0].path).meetings == 1);
    // A backup is one file: no -wal beside it.
    CHECK_FALSE(QFile::exists(all[0].path + QStringLiteral("-wal")));
    CHECK_FALSE(backups.dailyDue());

    // Ten earlier days, one backup each, as a month of use leaves them.
    const QByteArray copy = readFile(all[0].path);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int day = 1; day <= 10; ++day)
        writeFile(backups.folder() + QStringLiteral("/catalog-%1-daily.sqlite")
                                         .arg(now.addDays(-day).toString(
                                             QStringLiteral("yyyyMMdd'T'HHmmss.zzz'Z'"))),
                  copy);
    for (int i = 0; i < 12; ++i)
        backups.make(QStringLiteral("manual"));
    all = backups.list();
    // The ten newest, then the newest of each of the seven days before them.
    REQUIRE(all.size() == Backups::kKeepNewest + Backups::kKeepDays);
    for (int i = 0; i < Backups::kKeepNewest; ++i)
        CHECK(all[i].reason == QStringLiteral("manual"));
    CHECK(all.last().madeAt.date() == now.addDays(-7).date());

    // And a newest backup that is damaged is passed over for the good one before it.
    flipEndOfPage(all[0].path, rootPage(all[0].path, "sqlite_autoindex_meeting_1"), 40);
    QStringList rejected;
    const auto good = backups.newestGood(&rejected);
    REQUIRE(good);
    CHECK(good->path == all[1].path);
    CHECK(rejected.size() == 1);
}

TEST_CASE("A journal cut short is told, kept, and does not warn again", "[backups][catalog]")
{
    const TempFolder folder;
    const QString original = folder.filePath(QStringLiteral("original"));
    const QString copied = folder.filePath(QStringLiteral("copied"));
    REQUIRE(QDir().mkpath(copied));
    Id meetingId = 0;
    {
        Library library(original);
        meetingId = library.catalog().createMeeting(QStringLiteral("Hội nghị")).id;
    }
    const QString catalogFile = original + QStringLiteral("/catalog.sqlite");
    // Twelve items committed while another program holds the catalog open, still in its -wal;
    // the library is copied meanwhile, as a backup tool or a USB copy would.
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(catalogFile).constData(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "PRAGMA wal_autocheckpoint = 0", nullptr, nullptr, nullptr) ==
            SQLITE_OK);
    for (int i = 1; i <= 12; ++i) {
        const QByteArray sql = "INSERT INTO agenda_item(meeting_id, position, title) VALUES (" +
                               QByteArray::number(meetingId) + ", " + QByteArray::number(i) +
                               ", 'Mục " + QByteArray::number(i) + "')";
        REQUIRE(sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK);
    }
    REQUIRE(QFile::copy(catalogFile, copied + QStringLiteral("/catalog.sqlite")));
    const QString wal = copied + QStringLiteral("/catalog.sqlite-wal");
    REQUIRE(QFile::copy(catalogFile + QStringLiteral("-wal"), wal));
    sqlite3_close(db);

    const QString whole = folder.filePath(QStringLiteral("whole"));
    REQUIRE(QDir().mkpath(whole));
    REQUIRE(QFile::copy(copied + QStringLiteral("/catalog.sqlite"),
                        whole + QStringLiteral("/catalog.sqlite")));
    REQUIRE(QFile::copy(wal, whole + QStringLiteral("/catalog.sqlite-wal")));
    CHECK_FALSE(wal::scan(wal).damaged);
    CHECK(wal::scan(wal).commits == 12);
    {
        // The whole journal: all twelve, no warning.
        Library library(whole);
        CHECK(library.catalog().openWarnings().isEmpty());
        CHECK(library.catalog().items(meetingId).size() == 12);
    }

    // Half of the journal gone.
    QFile journal(wal);
    const qint64 size = journal.size();
    REQUIRE(journal.resize(size / 2));
    const wal::Scan scan = wal::scan(wal);
    CHECK(scan.damaged);
    CHECK(scan.commits < 12);
    {
        Library library(copied);
        const QStringList warnings = library.catalog().openWarnings();
        REQUIRE(warnings.size() == 1);
        CHECK(warnings.first().contains(QStringLiteral("journal")));
        CHECK(warnings.first().contains(QStringLiteral("lost")));
        const auto items = library.catalog().items(meetingId);
        CHECK(items.size() == scan.commits); // what SQLite could replay, and no more
        const QStringList kept = QDir(copied + QStringLiteral("/backups"))
                                     .entryList({QStringLiteral("catalog-journal-*.sqlite-wal")});
        REQUIRE(kept.size() == 1);
        CHECK(QFileInfo(copied + QStringLiteral("/backups/") + kept.first()).size() == size / 2);
    }
    {
        Library library(copied);
        CHECK(library.catalog().openWarnings().isEmpty());
    }
}

TEST_CASE("verify reports the catalog's checks with the stored files", "[backups]")
{
    SampleSite site;
    site.lib.library().waitForBackups();
    VerifyReport report = Verifier::verify(site.lib.library());
    CHECK(report.ok());
    CHECK(report.checked == 3);
    // A version pointing at a blob row that is gone: foreign_key_check finds it.
    {
        sql::Database db(site.lib.folder() + QStringLiteral("/catalog.sqlite"));
        db.exec("PRAGMA foreign_keys = OFF");
        db.exec("DELETE FROM blob WHERE sha256 IN (SELECT blob_sha256 FROM document_version "
                "LIMIT 1)");
    }
    report = Verifier::verify(site.lib.library());
    REQUIRE(report.catalogDamaged());
    CHECK(report.catalogProblems.first().contains(QStringLiteral("refers to a row of blob")));
}

TEST_CASE("A flipped byte in a document's type is found, though SQLite's structure is sound",
          "[backups][catalog]")
{
    const TempFolder folder;
    const QString path = folder.filePath(QStringLiteral("catalog.sqlite"));
    {
        Catalog catalog(path);
        const Meeting meeting = catalog.createMeeting(QStringLiteral("Hội nghị"));
        const AgendaItem item = catalog.addItem(meeting.id, QStringLiteral("Một"));
        catalog.addDocument(item.id, fakeDocument('b', 4096));
    }
    CHECK(Catalog::checkFile(path).ok());
    // What the issue saw: the PDF then went out as "application/%df".
    QByteArray bytes = readFile(path);
    const qsizetype at = bytes.indexOf("application/pdf");
    REQUIRE(at >= 0);
    bytes[at + 12] = '%';
    writeFile(path, bytes);
    {
        sql::Database db(path);
        CHECK(db.integrityProblems().isEmpty()); // no checksums: SQLite cannot see it
    }
    const CatalogCheck check = Catalog::checkFile(path);
    REQUIRE(check.problems.size() == 1);
    CHECK(check.problems.first().contains(QStringLiteral("application/%df")));
}

namespace {

// Twelve agenda items committed while `db` holds the catalog open without checkpointing: they
// are in its -wal only.
void addItemsToJournal(sqlite3 *db, Id meetingId, int count)
{
    REQUIRE(sqlite3_exec(db, "PRAGMA wal_autocheckpoint = 0", nullptr, nullptr, nullptr) ==
            SQLITE_OK);
    for (int i = 1; i <= count; ++i) {
        const QByteArray sql = "INSERT INTO agenda_item(meeting_id, position, title) VALUES (" +
                               QByteArray::number(meetingId) + ", " + QByteArray::number(i) +
                               ", 'Mục " + QByteArray::number(i) + "')";
        REQUIRE(sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK);
    }
}

} // namespace

TEST_CASE("restore takes a backup's -wal along, through SQLite, and checks the copy", "[backups]")
{
    const TempFolder folder;
    const QString library = folder.filePath(QStringLiteral("library"));
    const QString elsewhere = folder.filePath(QStringLiteral("usb"));
    REQUIRE(QDir().mkpath(elsewhere));
    Id meetingId = 0;
    {
        Library lib(library);
        meetingId = lib.catalog().createMeeting(QStringLiteral("Hội nghị")).id;
    }
    // A copy made by hand while a program had the catalog open: the file and its -wal, which
    // holds the twelve newest items.
    const QString catalogFile = library + QStringLiteral("/catalog.sqlite");
    const QString copy = elsewhere + QStringLiteral("/catalog-copy.sqlite");
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(catalogFile).constData(), &db) == SQLITE_OK);
    addItemsToJournal(db, meetingId, 12);
    REQUIRE(QFile::copy(catalogFile, copy));
    REQUIRE(QFile::copy(catalogFile + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
    sqlite3_close(db);
    // The library's catalog meanwhile lost them (say, a restore of an older backup).
    {
        Library lib(library);
        for (const AgendaItem &item : lib.catalog().items(meetingId))
            lib.catalog().removeItem(item.id);
        REQUIRE(lib.catalog().items(meetingId).isEmpty());
    }

    const Backups::Restored restored = Backups::restore(library, copy);
    CHECK(restored.meetings == 1);
    CHECK_FALSE(QFile::exists(catalogFile + QStringLiteral(".restoring")));
    Library lib(library);
    CHECK(lib.catalog().items(meetingId).size() == 12);
    CHECK(lib.catalog().check().ok());
}

TEST_CASE("Backups are kept within a byte budget, the newest always", "[backups]")
{
    TempLibrary lib;
    Catalog &catalog = lib.catalog();
    const Meeting meeting = catalog.createMeeting(QStringLiteral("Họp giao ban"));
    lib.library().waitForBackups();
    const std::int64_t one = Backups(lib.folder()).make(QStringLiteral("manual")).size;
    REQUIRE(one > 0);
    // Room for three and a half of them.
    Backups budgeted(lib.folder(), one * 7 / 2);
    for (int i = 0; i < 6; ++i)
        budgeted.make(QStringLiteral("manual"));
    QList<BackupFile> all = budgeted.list();
    CHECK(all.size() == 3);
    std::int64_t total = 0;
    for (const BackupFile &backup : all)
        total += backup.size;
    CHECK(total <= one * 7 / 2);
    // The catalog grows past the budget: the newest backup stays, alone.
    for (int i = 0; i < 300; ++i)
        catalog.addItem(meeting.id, QString(400, u'x') + QString::number(i));
    Backups tight(lib.folder(), one);
    const BackupFile newest = tight.make(QStringLiteral("manual"));
    all = tight.list();
    REQUIRE(all.size() == 1);
    CHECK(all.first().path == newest.path);
    CHECK(newest.size > one);
}

TEST_CASE("A backup is refused when the disk lacks room for it, clearly", "[backups][disk]")
{
    runOnTmpfs("inner: a backup on a nearly full disk", 16);
}

TEST_CASE("inner: a backup on a nearly full disk", "[.inner]")
{
    const QString mount = tmpfsMountPoint();
    const QString library = mount + QStringLiteral("/library");
    {
        Library lib(library);
        const Meeting meeting = lib.catalog().createMeeting(QStringLiteral("Hội nghị"));
        for (int i = 0; i < 400; ++i)
            lib.catalog().addItem(meeting.id, QString(1000, u'm') + QString::number(i));
        lib.waitForBackups();
    }
    Backups backups(library);
    const QList<BackupFile> before = backups.list();
    const std::int64_t catalogSize = QFileInfo(library + QStringLiteral("/catalog.sqlite")).size();
    REQUIRE(catalogSize > 300 * 1000);
    // Room for one copy, but not for the margin a backup asks: refused before a byte is written.
    const QString ballast = mount + QStringLiteral("/ballast");
    fillDisk(ballast);
    REQUIRE(QFile::resize(ballast, QFileInfo(ballast).size() - 2 * catalogSize));
    try {
        backups.make(QStringLiteral("manual"));
        FAIL("a backup was made on a disk without room for it");
    } catch (const Error &error) {
        INFO(error.message().toStdString());
        CHECK(error.message().contains(QStringLiteral("Not enough free space on %1").arg(mount)));
        CHECK(error.message().contains(QStringLiteral("is free")));
    }
    CHECK(backups.list().size() == before.size());
    CHECK(QDir(backups.folder()).entryList({QStringLiteral("*.part")}).isEmpty());
    // With room again, it goes through.
    QFile::remove(ballast);
    backups.make(QStringLiteral("manual"));
    CHECK(backups.list().size() == before.size() + 1);
}

TEST_CASE("inner: a writer killed mid-transaction", "[.inner]")
{
    // Five items committed, then a transaction big enough to spill pages into the -wal before
    // it commits, and the process killed in the middle of it, as a crash or the OOM killer
    // would: its -wal and -shm stay behind.
    const QByteArray path = qgetenv("DOCKET_TEST_WRITER_DB");
    const QByteArray meeting = qgetenv("DOCKET_TEST_WRITER_MEETING");
    REQUIRE(!path.isEmpty());
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(path.constData(), &db) == SQLITE_OK);
    addItemsToJournal(db, meeting.toLongLong(), 5);
    REQUIRE(sqlite3_exec(db, "PRAGMA cache_size = 4; BEGIN", nullptr, nullptr, nullptr) ==
            SQLITE_OK);
    for (int i = 100; i < 400; ++i) {
        const QByteArray sql = "INSERT INTO agenda_item(meeting_id, position, title) VALUES (" +
                               meeting + ", " + QByteArray::number(i) + ", '" +
                               QByteArray(900, 'k') + "')";
        REQUIRE(sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK);
    }
    ::raise(SIGKILL);
}

TEST_CASE("A journal left by a killed writer is not taken for damage, a cut one still is",
          "[backups][catalog]")
{
    const TempFolder folder;
    const QString library = folder.filePath(QStringLiteral("library"));
    Id meetingId = 0;
    {
        Library lib(library);
        meetingId = lib.catalog().createMeeting(QStringLiteral("Hội nghị")).id;
    }
    const QString catalogFile = library + QStringLiteral("/catalog.sqlite");
    const QString wal = catalogFile + QStringLiteral("-wal");
    QProcess writer;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DOCKET_TEST_WRITER_DB"), catalogFile);
    env.insert(QStringLiteral("DOCKET_TEST_WRITER_MEETING"), QString::number(meetingId));
    writer.setProcessEnvironment(env);
    writer.setProcessChannelMode(QProcess::MergedChannels);
    writer.start(QCoreApplication::applicationFilePath(),
                 {QStringLiteral("inner: a writer killed mid-transaction")});
    REQUIRE(writer.waitForFinished(60000));
    INFO(writer.readAll().toStdString());
    REQUIRE(writer.exitStatus() == QProcess::CrashExit);
    REQUIRE(QFile::exists(wal));
    REQUIRE(QFile::exists(catalogFile + QStringLiteral("-shm")));
    wal::Scan scan = wal::scan(wal);
    INFO("journal: " << scan.size << " bytes, " << scan.validFrames << " good frames, "
                     << scan.commits << " commits");
    CHECK_FALSE(scan.damaged);
    CHECK(scan.commits == 5);
    CHECK(scan.validFrames > scan.commits); // the uncommitted transaction's spilled pages

    // Killed between the two writes of one frame (SQLite writes a frame's header, then its
    // page): the journal ends with a frame cut in two. That is the crash this check used to
    // take for damage.
    {
        QFile journal(wal);
        REQUIRE(journal.open(QIODevice::ReadWrite));
        const qint64 frameSize = 24 + scan.pageSize;
        const qint64 frames = (journal.size() - 32) / frameSize;
        REQUIRE(journal.seek(32 + (frames - 1) * frameSize));
        const QByteArray lastHeader = journal.read(24);
        REQUIRE(journal.seek(32 + frames * frameSize));
        REQUIRE(journal.write(lastHeader) == 24);
    }
    scan = wal::scan(wal);
    CHECK_FALSE(scan.damaged);
    CHECK(scan.interruptedWrite);
    CHECK(scan.commits == 5);

    // The same journal cut through its committed transactions, with the index that knows them:
    // damage, as before.
    const QString cut = folder.filePath(QStringLiteral("cut"));
    REQUIRE(QDir().mkpath(cut));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        REQUIRE(
            QFile::copy(catalogFile + suffix, cut + QStringLiteral("/catalog.sqlite") + suffix));
    {
        QFile journal(cut + QStringLiteral("/catalog.sqlite-wal"));
        REQUIRE(journal.resize(32 + 2 * (24 + scan.pageSize) + 100));
    }
    const wal::Scan cutScan = wal::scan(cut + QStringLiteral("/catalog.sqlite-wal"));
    CHECK(cutScan.damaged);
    CHECK_FALSE(cutScan.interruptedWrite);

    // Opened after the crash: no warning, the five committed items, none of the others.
    Library lib(library);
    CHECK(lib.catalog().openWarnings().isEmpty());
    CHECK(lib.catalog().items(meetingId).size() == 5);
    Library damaged(cut);
    CHECK(damaged.catalog().openWarnings().size() == 1);
}

TEST_CASE("A damaged journal's copy counts only when every byte reached the disk",
          "[backups][disk]")
{
    runOnTmpfs("inner: a journal copied to a full disk", 8);
}

TEST_CASE("inner: a journal copied to a full disk", "[.inner]")
{
    const QString mount = tmpfsMountPoint();
    const QString wal = mount + QStringLiteral("/catalog.sqlite-wal");
    QByteArray journal;
    for (int i = 0; i < 20000; ++i)
        journal += QByteArray::number(i * 7919) + ' ';
    writeFile(wal, journal);
    const QString copy = mount + QStringLiteral("/backups/catalog-journal.sqlite-wal");
    REQUIRE(QDir().mkpath(mount + QStringLiteral("/backups")));
    const QString ballast = mount + QStringLiteral("/ballast");
    fillDisk(ballast);
    // Room for part of it only.
    REQUIRE(QFile::resize(ballast, QFileInfo(ballast).size() - journal.size() / 2));
    CHECK_FALSE(wal::keepCopy(wal, copy));
    CHECK_FALSE(QFile::exists(copy));
    CHECK(QDir(mount + QStringLiteral("/backups")).isEmpty());
    CHECK(readFile(wal) == journal); // the only copy stays as it was
    QFile::remove(ballast);
    CHECK(wal::keepCopy(wal, copy));
    CHECK(readFile(copy) == journal);
}
