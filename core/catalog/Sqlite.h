// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace docket {

// A failure of the catalog, told as a sentence of ours (SQLite's own text at most in brackets
// after it), with what kind it is so that callers can offer the way out: free space, restore a
// backup, try again.
class CatalogError : public Error
{
public:
    enum class Kind
    {
        DiskFull,
        ReadOnly,
        Damaged, // SQLITE_CORRUPT, SQLITE_NOTADB: `docket-cli restore` is the way back
        Busy,
        Io,
        Archived, // an edit of an archived meeting, refused by the schema's triggers
        Other
    };
    CatalogError(Kind kind, const QString &message, int sqliteCode = 0)
        : Error(message), m_kind(kind), m_sqliteCode(sqliteCode)
    {}
    Kind kind() const { return m_kind; }
    int sqliteCode() const { return m_sqliteCode; } // extended result code, 0 if none

private:
    Kind m_kind;
    int m_sqliteCode;
};

namespace sql {

// What the user is told for an SQLite result code: a translated sentence, then SQLite's text
// in brackets when there is one. `readOnlyReason` replaces the sentence for SQLITE_READONLY.
CatalogError errorFor(int extendedCode, const QString &sqliteText,
                      const QString &readOnlyReason = {});
// What an edit of an archived meeting is told (the schema refuses it, whoever asks).
QString archivedMeetingRefusal();

// How a catalog file is opened. ReadOnly works on a read-only folder or a full disk as long as
// the -wal and -shm files exist (it never writes the -shm: readonly_shm=1); Immutable needs
// neither, but sees nothing of a -wal file, so it is only for a catalog without one.
enum class OpenMode
{
    ReadWrite, // created when missing
    ReadOnly,
    Immutable
};

// Thin RAII owners of the SQLite C API. Every failure becomes a CatalogError, so a caller never
// has to check a return code.
class Database
{
public:
    Database() = default;
    explicit Database(const QString &path, OpenMode mode = OpenMode::ReadWrite);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;

    sqlite3 *handle() const { return m_db; }
    void exec(const char *sql);
    std::int64_t lastInsertId() const;
    int changes() const;
    int userVersion();
    void setUserVersion(int version);
    // Changes whenever another connection commits; used to notice edits by other processes.
    std::int64_t dataVersion();
    // True when SQLite will refuse every write (a read-only file, folder or open mode).
    bool isReadOnly() const;
    // The sentence a refused write gets instead of the generic one.
    void setReadOnlyReason(const QString &reason) { m_readOnlyReason = reason; }
    [[noreturn]] void fail() const;

    // Writes a consistent copy of the whole database to `target` (which must not exist) with
    // SQLite's online backup API, as one read transaction: writers carry on meanwhile. The copy
    // uses a rollback journal, so it is one self-contained file.
    void backupTo(const QString &target);
    // PRAGMA integrity_check (or quick_check) and foreign_key_check: SQLite's own lines, empty
    // when the database is sound.
    QStringList integrityProblems(bool quick = false);
    struct ForeignKeyProblem
    {
        QString table;
        std::int64_t rowId = 0;
        QString parent;
    };
    QList<ForeignKeyProblem> foreignKeyProblems();

private:
    sqlite3 *m_db = nullptr;
    QString m_readOnlyReason;
};

class Statement
{
public:
    Statement(Database &db, const char *sql);
    Statement(Database &db, const QByteArray &sql) : Statement(db, sql.constData()) {}
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, std::int64_t value);
    Statement &bind(int index, int value) { return bind(index, std::int64_t{value}); }
    Statement &bind(int index, const QString &value); // a null QString binds NULL
    Statement &bind(int index, const QByteArray &value);
    Statement &bindNull(int index);
    template <typename T> Statement &bind(int index, const std::optional<T> &value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }

    // Advances to the next row; false when done.
    bool step();
    // Runs a statement that returns no rows.
    void run();
    void reset();

    bool isNull(int column) const;
    std::int64_t int64(int column) const;
    int int32(int column) const { return static_cast<int>(int64(column)); }
    QString text(int column) const; // NULL reads as a null QString
    std::optional<std::int64_t> optionalInt64(int column) const;

private:
    Database &m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

// Rolls back unless commit() was reached: an exception anywhere inside leaves no trace.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Database &m_db;
    bool m_done = false;
};

// A deferred transaction for reading several tables as of one moment, while other processes
// keep writing: SQLite (WAL) gives it a stable snapshot until it ends.
class ReadTransaction
{
public:
    explicit ReadTransaction(Database &db);
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

private:
    Database &m_db;
};

} // namespace sql
} // namespace docket
