// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/Sqlite.h"

#include "util/Error.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <utility>

namespace docket::sql {

Database::Database(const QString &path)
{
    const QByteArray utf8 = path.toUtf8();
    const int rc = sqlite3_open_v2(utf8.constData(), &m_db,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE |
                                       SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI,
                                   nullptr);
    if (rc != SQLITE_OK) {
        const QString reason =
            m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close(m_db);
        m_db = nullptr;
        throw Error(QCoreApplication::translate("Catalog", "Cannot open the catalog %1: %2")
                        .arg(path, reason));
    }
    sqlite3_extended_result_codes(m_db, 1);
    // Another docket process (the CLI beside the GUI) may hold the write lock briefly.
    sqlite3_busy_timeout(m_db, 5000);
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

void Database::fail(const char *what) const
{
    const QString reason = QString::fromUtf8(sqlite3_errmsg(m_db));
    throw Error(QCoreApplication::translate("Catalog", "Catalog error (%1): %2")
                    .arg(QString::fromUtf8(what), reason));
}

void Database::exec(const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        const QString reason = QString::fromUtf8(message ? message : "?");
        sqlite3_free(message);
        throw Error(QCoreApplication::translate("Catalog", "Catalog error: %1").arg(reason));
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

Statement::Statement(Database &db, const char *sql) : m_db(db)
{
    if (sqlite3_prepare_v2(db.handle(), sql, -1, &m_stmt, nullptr) != SQLITE_OK)
        db.fail(sql);
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, std::int64_t value)
{
    if (sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK)
        m_db.fail("bind");
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    if (sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()),
                          SQLITE_TRANSIENT) != SQLITE_OK)
        m_db.fail("bind");
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &value)
{
    if (sqlite3_bind_blob(m_stmt, index, value.constData(), static_cast<int>(value.size()),
                          SQLITE_TRANSIENT) != SQLITE_OK)
        m_db.fail("bind");
    return *this;
}

Statement &Statement::bindNull(int index)
{
    if (sqlite3_bind_null(m_stmt, index) != SQLITE_OK)
        m_db.fail("bind");
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    m_db.fail(sqlite3_sql(m_stmt));
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
