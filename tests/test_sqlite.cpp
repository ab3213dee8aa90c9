// SPDX-License-Identifier: GPL-3.0-or-later
// The RAII wrappers of the SQLite C API (catalog/Sqlite.h), against a real SQLite: an in-memory
// database for what one connection can show, a WAL file for what needs a second connection.
#include "catalog/Sqlite.h"
#include "support/TempLibrary.h"

#include <QDir>

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <stdexcept>

using namespace docket;
using testsupport::TempFolder;

namespace {

const QString kMemory = QStringLiteral(":memory:");

std::int64_t countRows(sql::Database &db, const char *table = "note")
{
    sql::Statement s(db, QByteArray("SELECT count(*) FROM ") + table);
    REQUIRE(s.step());
    return s.int64(0);
}

void makeNotes(sql::Database &db)
{
    db.exec("CREATE TABLE note(id INTEGER PRIMARY KEY, body TEXT NOT NULL UNIQUE)");
}

void addNote(sql::Database &db, const QString &body)
{
    sql::Statement(db, "INSERT INTO note(body) VALUES (?)").bind(1, body).run();
}

} // namespace

TEST_CASE(":memory: is a database of its own, not a file of that name", "[sqlite]")
{
    const TempFolder folder;
    const QString before = QDir::currentPath();
    REQUIRE(QDir::setCurrent(folder.path()));
    {
        sql::Database db(kMemory);
        makeNotes(db);
        addNote(db, QStringLiteral("một"));
        CHECK(countRows(db) == 1);
    }
    CHECK(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    // Every connection to :memory: has a database of its own.
    sql::Database other(kMemory);
    CHECK_THROWS_AS(countRows(other), CatalogError);
    REQUIRE(QDir::setCurrent(before));
}

TEST_CASE("Bad SQL is a clear error with SQLite's words in brackets", "[sqlite]")
{
    sql::Database db(kMemory);
    makeNotes(db);
    try {
        sql::Statement(db, "SELEC body FROM note");
        FAIL("a statement with a typo was prepared");
    } catch (const CatalogError &error) {
        CHECK(error.kind() == CatalogError::Kind::Other);
        CHECK((error.sqliteCode() & 0xff) == SQLITE_ERROR);
        CHECK(error.message().startsWith(QStringLiteral("The catalog reported an error.")));
        CHECK(error.message().contains(QStringLiteral("(SQLite: near \"SELEC\": syntax error)")));
    }
    try {
        db.exec("INSERT INTO missing VALUES (1)");
        FAIL("exec ran a statement on a table that does not exist");
    } catch (const CatalogError &error) {
        CHECK(error.message().contains(QStringLiteral("no such table: missing")));
    }
    // The connection is still usable afterwards.
    addNote(db, QStringLiteral("still fine"));
    CHECK(countRows(db) == 1);
}

TEST_CASE("A bind outside the statement's parameters fails instead of binding nothing", "[sqlite]")
{
    sql::Database db(kMemory);
    makeNotes(db);
    sql::Statement insert(db, "INSERT INTO note(body) VALUES (?)");
    try {
        insert.bind(2, QStringLiteral("nowhere"));
        FAIL("parameter 2 of a statement with one was bound");
    } catch (const CatalogError &error) {
        CHECK(error.sqliteCode() == SQLITE_RANGE);
        CHECK(error.message().contains(QStringLiteral("out of range")));
    }
    CHECK_THROWS_AS(insert.bind(0, std::int64_t{1}), CatalogError);
    CHECK_THROWS_AS(insert.bindNull(7), CatalogError);
    CHECK_THROWS_AS(insert.bind(3, QByteArray("x")), CatalogError);
    // A NOT NULL column refuses the unbound (NULL) parameter, as a constraint, in our words.
    try {
        insert.run();
        FAIL("NULL went into a NOT NULL column");
    } catch (const CatalogError &error) {
        CHECK((error.sqliteCode() & 0xff) == SQLITE_CONSTRAINT);
        CHECK(error.message().startsWith(
            QStringLiteral("The catalog refused a change that contradicts what it holds.")));
    }
    insert.reset();
    insert.bind(1, QStringLiteral("bound")).run();
    CHECK(countRows(db) == 1);
}

TEST_CASE("Texts, nulls, numbers and blobs come back as they went in", "[sqlite]")
{
    sql::Database db(kMemory);
    db.exec("CREATE TABLE value(t TEXT, i INTEGER, b BLOB)");
    sql::Statement(db, "INSERT INTO value VALUES (?, ?, ?)")
        .bind(1, QStringLiteral("Hội nghị Đoàn"))
        .bind(2, std::int64_t{1} << 40)
        .bind(3, QByteArray("\0\1\2", 3))
        .run();
    sql::Statement(db, "INSERT INTO value VALUES (?, ?, ?)")
        .bind(1, QString())
        .bind(2, std::optional<std::int64_t>())
        .bindNull(3)
        .run();
    sql::Statement s(db, "SELECT t, i, length(b) FROM value ORDER BY rowid");
    REQUIRE(s.step());
    CHECK(s.text(0) == QStringLiteral("Hội nghị Đoàn"));
    CHECK(s.int64(1) == std::int64_t{1} << 40);
    CHECK(s.int64(2) == 3);
    REQUIRE(s.step());
    CHECK(s.text(0).isNull());
    CHECK(s.isNull(1));
    CHECK_FALSE(s.optionalInt64(1).has_value());
    CHECK_FALSE(s.step());
    CHECK(db.lastInsertId() == 2);
}

TEST_CASE("An exception inside a transaction rolls everything in it back", "[sqlite]")
{
    sql::Database db(kMemory);
    makeNotes(db);
    addNote(db, QStringLiteral("before"));
    const auto failHalfway = [&db] {
        sql::Transaction tx(db);
        addNote(db, QStringLiteral("first of two"));
        sql::Statement(db, "UPDATE note SET body = 'changed' WHERE body = 'before'").run();
        throw std::runtime_error("the import failed halfway");
    };
    CHECK_THROWS_AS(failHalfway(), std::runtime_error);
    CHECK(countRows(db) == 1);
    sql::Statement s(db, "SELECT body FROM note");
    REQUIRE(s.step());
    CHECK(s.text(0) == QStringLiteral("before"));

    // A failing statement inside is rolled back as a whole too, and the next transaction starts.
    const auto duplicate = [&db] {
        sql::Transaction tx(db);
        addNote(db, QStringLiteral("new"));
        addNote(db, QStringLiteral("before")); // UNIQUE
        tx.commit();
    };
    CHECK_THROWS_AS(duplicate(), CatalogError);
    CHECK(countRows(db) == 1);
    {
        sql::Transaction tx(db);
        addNote(db, QStringLiteral("committed"));
        tx.commit();
    }
    CHECK(countRows(db) == 2);
}

TEST_CASE("A read transaction sees one moment while another connection commits", "[sqlite]")
{
    // Two connections need a file: every connection to :memory: has its own database.
    const TempFolder folder;
    const QString path = folder.filePath(QStringLiteral("notes.sqlite"));
    sql::Database writer(path);
    writer.exec("PRAGMA journal_mode = WAL");
    makeNotes(writer);
    addNote(writer, QStringLiteral("one"));
    sql::Database reader(path);
    const std::int64_t versionBefore = reader.dataVersion();
    {
        sql::ReadTransaction tx(reader);
        CHECK(countRows(reader) == 1);
        {
            sql::Transaction write(writer);
            addNote(writer, QStringLiteral("two"));
            addNote(writer, QStringLiteral("three"));
            write.commit();
        }
        CHECK(countRows(writer) == 3);
        CHECK(countRows(reader) == 1); // still the moment the transaction began
        sql::Statement s(reader, "SELECT body FROM note");
        REQUIRE(s.step());
        CHECK(s.text(0) == QStringLiteral("one"));
        CHECK_FALSE(s.step());
    }
    CHECK(countRows(reader) == 3);
    CHECK(reader.dataVersion() != versionBefore);
}

TEST_CASE("A write refused by a read-only connection says read-only, with our reason", "[sqlite]")
{
    const TempFolder folder;
    const QString path = folder.filePath(QStringLiteral("notes.sqlite"));
    {
        sql::Database db(path);
        makeNotes(db);
    }
    sql::Database db(path, sql::OpenMode::Immutable);
    CHECK(db.isReadOnly());
    db.setReadOnlyReason(QStringLiteral("The medium is write-protected."));
    try {
        addNote(db, QStringLiteral("refused"));
        FAIL("a read-only connection wrote");
    } catch (const CatalogError &error) {
        CHECK(error.kind() == CatalogError::Kind::ReadOnly);
        CHECK(error.message().startsWith(QStringLiteral("The medium is write-protected.")));
    }
}

TEST_CASE("Result codes map to the kind of failure precisely", "[sqlite]")
{
    using Kind = CatalogError::Kind;
    CHECK(sql::errorFor(SQLITE_FULL, {}).kind() == Kind::DiskFull);
    // An I/O failure is not a full disk: the medium may be removed or failing.
    for (const int code : {SQLITE_IOERR, SQLITE_IOERR_READ, SQLITE_IOERR_WRITE, SQLITE_IOERR_FSYNC,
                           SQLITE_IOERR_SHMSIZE, SQLITE_IOERR_SHORT_READ}) {
        INFO("code " << code);
        CHECK(sql::errorFor(code, {}).kind() == Kind::Io);
    }
    CHECK(sql::errorFor(SQLITE_IOERR_NOMEM, {}).kind() == Kind::Other);
    CHECK(sql::errorFor(SQLITE_IOERR_NOMEM, {}).message().contains(QStringLiteral("memory")));
    CHECK(sql::errorFor(SQLITE_BUSY, {}).kind() == Kind::Busy);
    CHECK(sql::errorFor(SQLITE_BUSY_SNAPSHOT, {}).kind() == Kind::Busy);
    CHECK(sql::errorFor(SQLITE_LOCKED, {}).kind() == Kind::Busy);
    CHECK(sql::errorFor(SQLITE_READONLY_DBMOVED, {}).kind() == Kind::ReadOnly);
    CHECK(sql::errorFor(SQLITE_CORRUPT_INDEX, {}).kind() == Kind::Damaged);
    CHECK(sql::errorFor(SQLITE_NOTADB, {}).kind() == Kind::Damaged);
    CHECK(sql::errorFor(SQLITE_CANTOPEN, {}).kind() == Kind::Io);
    CHECK(sql::errorFor(SQLITE_CONSTRAINT_UNIQUE, {}).kind() == Kind::Other);
    CHECK(sql::errorFor(SQLITE_IOERR_WRITE, {}).sqliteCode() == SQLITE_IOERR_WRITE);
}
