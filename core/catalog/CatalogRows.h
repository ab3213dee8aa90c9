// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the Catalog*.cpp files share and nobody else needs: how times and empty texts are stored,
// and the column lists that the read* functions expect.

#include <QDateTime>
#include <QString>

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

inline constexpr const char *kMeetingColumns =
    "SELECT id, title, meeting_date, venue, code, state, language, created_at, pin_hash, pin_salt, "
    "revision FROM meeting ";
inline constexpr const char *kItemColumns =
    "SELECT id, meeting_id, position, title, presenter FROM agenda_item ";
inline constexpr const char *kDocumentColumns =
    "SELECT d.id, d.item_id, d.position, d.title, v.id, v.file_name, v.mime_type, v.size, "
    "v.page_count, v.blob_sha256, v.problem, v.added_at, v.page_sizes, "
    "(SELECT count(*) FROM document_version x WHERE x.document_id = d.id), d.trashed_at, "
    "r.blob_sha256, r.page_count, r.page_sizes "
    "FROM document d JOIN document_version v ON v.id = d.current_version_id "
    "LEFT JOIN rendition r ON r.version_id = v.id ";

} // namespace docket::catalogrows
