// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/Sqlite.h"

#include "catalog/SearchIndex.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>

#include <utility>

namespace docket::sql {

namespace {

// Percent-encoded, so that a folder named "a?b#c%d" stays a path and never becomes parameters.
QByteArray uriFor(const QString &path, OpenMode mode)
{
    // An in-memory database (the wrappers' tests): SQLite's own name, not a file called that.
    if (path == u":memory:")
        return QByteArrayLiteral("file::memory:");
    QByteArray uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded();
    if (mode == OpenMode::ReadOnly)
        uri += "?mode=ro&readonly_shm=1";
    else if (mode == OpenMode::Immutable)
        uri += "?mode=ro&immutable=1";
    return uri;
}

} // namespace

QString archivedMeetingRefusal()
{
    return QCoreApplication::translate(
        "Catalog", "This meeting is archived, so it cannot be changed. Reopen it for editing "
                   "first (Meeting ▸ Reopen for editing, or docket-cli meeting reopen).");
}

CatalogError errorFor(int extendedCode, const QString &sqliteText, const QString &readOnlyReason)
{
    using Kind = CatalogError::Kind;
    Kind kind = Kind::Other;
    QString sentence;
    // Out of memory while doing I/O is a want of memory, not a failing disk.
    const int primaryCode = extendedCode == SQLITE_IOERR_NOMEM ? SQLITE_NOMEM : extendedCode & 0xff;
    switch (primaryCode) {
    case SQLITE_FULL:
        kind = Kind::DiskFull;
        sentence = QCoreApplication::translate(
            "Catalog", "The disk holding the catalog is full: the change was not made. Free some "
                       "space, then try again.");
        break;
    case SQLITE_READONLY:
        kind = Kind::ReadOnly;
        sentence =
            !readOnlyReason.isEmpty()
                ? readOnlyReason
                : QCoreApplication::translate(
                      "Catalog", "The library is read-only: meetings can be shown and served, not "
                                 "changed.");
        break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        kind = Kind::Damaged;
        sentence = QCoreApplication::translate(
            "Catalog", "The catalog is damaged. Restore the newest good backup with "
                       "`docket-cli restore` (or Library ▸ Restore from backup in the window); "
                       "the damaged catalog is kept aside.");
        break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        kind = Kind::Busy;
        sentence = QCoreApplication::translate(
            "Catalog", "The catalog is busy: another Docket program is writing to it. Try again "
                       "in a moment.");
        break;
    case SQLITE_IOERR:
        kind = Kind::Io;
        sentence = QCoreApplication::translate(
            "Catalog", "The catalog could not be read or written: its disk may be full, removed or "
                       "failing.");
        break;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH:
        kind = Kind::Io;
        sentence = QCoreApplication::translate(
            "Catalog", "The catalog cannot be opened: check that the library folder exists and "
                       "may be read.");
        break;
    case SQLITE_CONSTRAINT:
        // The schema's own refusal (CatalogSchema.cpp, version 11): said as the catalog says it.
        if (sqliteText.trimmed() == u"docket: archived meeting")
            return CatalogError(Kind::Archived, archivedMeetingRefusal(), extendedCode);
        sentence = QCoreApplication::translate(
            "Catalog", "The catalog refused a change that contradicts what it holds.");
        break;
    case SQLITE_NOMEM:
        sentence = QCoreApplication::translate("Catalog",
                                               "There is not enough memory to use the catalog.");
        break;
    default:
        sentence = QCoreApplication::translate("Catalog", "The catalog reported an error.");
        break;
    }
    const QString text = sqliteText.trimmed();
    return CatalogError(
        kind,
        text.isEmpty()
            ? sentence
            : QCoreApplication::translate("Catalog", "%1 (SQLite: %2)").arg(sentence, text),
        extendedCode);
}

Database::Database(const QString &path, OpenMode mode)
{
    const QByteArray uri = uriFor(path, mode);
    const int flags = (mode == OpenMode::ReadWrite ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
                                                   : SQLITE_OPEN_READONLY) |
                      SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI;
    const int rc = sqlite3_open_v2(uri.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const int code = m_db ? sqlite3_extended_errcode(m_db) : rc;
        const QString reason =
            m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close(m_db);
        m_db = nullptr;
        const CatalogError cause = errorFor(code, reason);
        throw CatalogError(cause.kind(),
                           QCoreApplication::translate("Catalog", "Cannot open the catalog %1. %2")
                               .arg(QDir::toNativeSeparators(path), cause.message()),
                           code);
    }
    sqlite3_extended_result_codes(m_db, 1);
    // Another docket process (the CLI beside the GUI) may hold the write lock briefly.
    sqlite3_busy_timeout(m_db, 5000);
    try {
        registerSearchIndex(m_db); // the search index cannot be read or written without it
    } catch (...) {
        sqlite3_close(m_db);
        m_db = nullptr;
        throw;
    }
}

Database::~Database()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

Database::Database(Database &&other) noexcept : m_db(std::exchange(other.m_db, nullptr)) {}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        if (m_db)
            sqlite3_close_v2(m_db);
        m_db = std::exchange(other.m_db, nullptr);
    }
    return *this;
}

void Database::fail() const
{
    throw errorFor(sqlite3_extended_errcode(m_db), QString::fromUtf8(sqlite3_errmsg(m_db)),
                   m_readOnlyReason);
}

void Database::exec(const char *sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString reason = QString::fromUtf8(message ? message : "");
        sqlite3_free(message);
        throw errorFor(sqlite3_extended_errcode(m_db), reason, m_readOnlyReason);
    }
}

std::int64_t Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

int Database::userVersion()
{
    Statement s(*this, "PRAGMA user_version");
    s.step();
    return s.int32(0);
}

void Database::setUserVersion(int version)
{
    // PRAGMA cannot take a bound parameter.
    exec(QByteArray("PRAGMA user_version = " + QByteArray::number(version)).constData());
}

std::int64_t Database::dataVersion()
{
    Statement s(*this, "PRAGMA data_version");
    s.step();
    return s.int64(0);
}

bool Database::isReadOnly() const
{
    return sqlite3_db_readonly(m_db, "main") == 1;
}

void Database::backupTo(const QString &target)
{
    sqlite3 *copy = nullptr;
    const QByteArray name = QFile::encodeName(target);
    if (sqlite3_open_v2(name.constData(), &copy,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                        nullptr) != SQLITE_OK) {
        const CatalogError error =
            errorFor(copy ? sqlite3_extended_errcode(copy) : SQLITE_CANTOPEN,
                     copy ? QString::fromUtf8(sqlite3_errmsg(copy)) : QString());
        sqlite3_close(copy);
        throw error;
    }
    sqlite3_backup *backup = sqlite3_backup_init(copy, "main", m_db, "main");
    int rc = backup ? SQLITE_OK : sqlite3_extended_errcode(copy);
    QString reason = backup ? QString() : QString::fromUtf8(sqlite3_errmsg(copy));
    if (backup) {
        // All pages in one step: one read transaction, hence one consistent moment.
        rc = sqlite3_backup_step(backup, -1);
        if (rc == SQLITE_DONE)
            rc = SQLITE_OK;
        const int finished = sqlite3_backup_finish(backup);
        if (rc == SQLITE_OK && finished != SQLITE_OK)
            rc = finished;
        if (rc != SQLITE_OK)
            reason = QString::fromUtf8(sqlite3_errmsg(copy));
    }
    // One file, no -wal beside it: a backup must be copyable and openable on its own.
    if (rc == SQLITE_OK) {
        char *message = nullptr;
        rc = sqlite3_exec(copy, "PRAGMA journal_mode = DELETE", nullptr, nullptr, &message);
        if (rc != SQLITE_OK)
            reason = QString::fromUtf8(message ? message : "");
        sqlite3_free(message);
    }
    sqlite3_close(copy);
    if (rc != SQLITE_OK)
        throw errorFor(rc, reason);
}

QStringList Database::integrityProblems(bool quick)
{
    QStringList problems;
    Statement s(*this, quick ? "PRAGMA quick_check(100)" : "PRAGMA integrity_check(100)");
    while (s.step()) {
        const QString line = s.text(0);
        if (line != u"ok")
            problems << line;
    }
    return problems;
}

QList<Database::ForeignKeyProblem> Database::foreignKeyProblems()
{
    QList<ForeignKeyProblem> problems;
    Statement s(*this, "PRAGMA foreign_key_check");
    while (s.step() && problems.size() < 100)
        problems.append({s.text(0), s.int64(1), s.text(2)});
    return problems;
}

Statement::Statement(Database &db, const char *sql) : m_db(db)
{
    if (sqlite3_prepare_v2(db.handle(), sql, -1, &m_stmt, nullptr) != SQLITE_OK)
        db.fail();
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, std::int64_t value)
{
    if (sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK)
        m_db.fail();
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    if (sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()),
                          SQLITE_TRANSIENT) != SQLITE_OK)
        m_db.fail();
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &value)
{
    if (sqlite3_bind_blob(m_stmt, index, value.constData(), static_cast<int>(value.size()),
                          SQLITE_TRANSIENT) != SQLITE_OK)
        m_db.fail();
    return *this;
}

Statement &Statement::bindNull(int index)
{
    if (sqlite3_bind_null(m_stmt, index) != SQLITE_OK)
        m_db.fail();
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    m_db.fail();
}

void Statement::run()
{
    while (step()) {
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::int64_t Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString Statement::text(int column) const
{
    if (isNull(column))
        return {};
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

std::optional<std::int64_t> Statement::optionalInt64(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return int64(column);
}

Transaction::Transaction(Database &db) : m_db(db)
{
    m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            m_db.exec("ROLLBACK");
        } catch (...) {
            // Nothing sensible to do in a destructor; SQLite rolls back on close anyway.
        }
    }
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_done = true;
}

ReadTransaction::ReadTransaction(Database &db) : m_db(db)
{
    m_db.exec("BEGIN DEFERRED");
}

ReadTransaction::~ReadTransaction()
{
    try {
        m_db.exec("COMMIT");
    } catch (...) {
        // A read-only transaction has nothing to lose; closing the connection ends it anyway.
    }
}

} // namespace docket::sql
