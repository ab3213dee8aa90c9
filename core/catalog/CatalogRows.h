// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the Catalog*.cpp files share and nobody else needs: how times and empty texts are stored,
// and the column lists that the read* functions expect.

#include "catalog/Sqlite.h"
#include "model/Model.h"
#include "util/Error.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace docket {
struct NewDocument;
}

namespace docket::catalogrows {

// SQLite stores an empty text for "no value"; a null QString would bind NULL.
inline QString orEmpty(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

inline QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

inline QDateTime readTime(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

// Runs an UPDATE or DELETE meant for exactly one row. Touching none means the row asked for is
// not there (or not in the state the statement wants), which `notFound` tells the user.
inline void changeExactlyOne(sql::Database &db, sql::Statement &statement, const QString &notFound)
{
    statement.run();
    if (db.changes() != 1)
        throw Error(notFound);
}

// The row of stored bytes that versions and renditions point at, unless it is there already.
inline void recordBlob(sql::Database &db, const QString &sha256, std::int64_t size,
                       const QString &now)
{
    sql::Statement blob(db, "INSERT OR IGNORE INTO blob(sha256, size, stored_at) VALUES (?, ?, ?)");
    blob.bind(1, sha256).bind(2, size).bind(3, now).run();
}

// Puts the text of each page of a version into search, as search folds it; pages without a word
// are left out. Page numbers are 1-based. (CatalogSearch.cpp)
void indexPageTexts(sql::Database &db, Id versionId, const QStringList &pageTexts);
// Gives a version being added its recognition job when it is a PDF or an image, waiting when
// some page lacks a text layer (CatalogOcr.cpp).
void queueOcrOnAdding(sql::Database &db, Id versionId, const NewDocument &doc);

// Meetings and surveys share one space of delegate codes: /CODE is one or the other.
inline bool codeTaken(sql::Database &db, const QString &code)
{
    sql::Statement s(db, "SELECT 1 FROM meeting WHERE code = ?1 UNION ALL "
                         "SELECT 1 FROM survey WHERE code = ?1");
    return s.bind(1, code).step();
}

// The state as people know it: an archived meeting is stored as closed with archived_at set.
inline constexpr const char *kMeetingStateExpression =
    "(CASE WHEN archived_at IS NOT NULL THEN 'archived' ELSE state END)";
inline constexpr const char *kMeetingColumns =
    "SELECT id, title, meeting_date, venue, code, "
    "(CASE WHEN archived_at IS NOT NULL THEN 'archived' ELSE state END), language, created_at, "
    "pin_hash, pin_salt, revision, opened_at, closed_at, archived_at, current_item_id FROM "
    "meeting ";
inline constexpr const char *kItemColumns =
    "SELECT id, meeting_id, position, title, presenter FROM agenda_item ";
inline constexpr const char *kDocumentColumns =
    "SELECT d.id, d.item_id, d.position, d.title, v.id, v.file_name, v.mime_type, v.size, "
    "v.page_count, v.blob_sha256, v.problem, v.added_at, v.page_sizes, "
    "(SELECT count(*) FROM document_version x WHERE x.document_id = d.id), d.trashed_at, "
    "r.blob_sha256, r.page_count, r.page_sizes, d.current_since "
    "FROM document d JOIN document_version v ON v.id = d.current_version_id "
    "LEFT JOIN rendition r ON r.version_id = v.id ";

} // namespace docket::catalogrows
