// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace docket::sql {

// Thin RAII owners of the SQLite C API. Every failure becomes a docket::Error carrying
// SQLite's own message, so a caller never has to check a return code.
class Database
{
public:
    Database() = default;
    explicit Database(const QString &path);
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
    [[noreturn]] void fail(const char *what) const;

private:
    sqlite3 *m_db = nullptr;
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

} // namespace docket::sql
