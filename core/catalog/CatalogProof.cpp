// SPDX-License-Identifier: GPL-3.0-or-later
// Where given bytes are held: the catalog's half of a proof of a file.
#include "catalog/Catalog.h"
#include "catalog/CatalogRows.h"

namespace docket {

using namespace catalogrows;

QList<ContentUse> Catalog::contentUses(const QString &sha256)
{
    const QString wanted = sha256.toLower();
    QList<ContentUse> out;
    // Read as one moment: a proof must not mix a count from before a change with rows after it.
    sql::ReadTransaction tx(m_db);
    sql::Statement s(m_db, R"sql(
        SELECT v.id, 0 AS rendition FROM document_version v WHERE v.blob_sha256 = ?1
        UNION ALL
        SELECT r.version_id, 1 FROM rendition r WHERE r.blob_sha256 = ?1
        ORDER BY 1, 2)sql");
    s.bind(1, wanted);
    QList<std::pair<Id, bool>> found;
    while (s.step())
        found.append({s.int64(0), s.int64(1) != 0});
    for (const auto &[versionId, rendition] : found) {
        sql::Statement row(m_db, R"sql(
            SELECT i.meeting_id, i.position, i.title, d.id, d.title, d.trashed_at IS NOT NULL,
                   v.file_name, v.added_at, v.id = d.current_version_id,
                   (SELECT count(*) FROM document_version x
                    WHERE x.document_id = d.id AND x.id <= v.id),
                   (SELECT count(*) FROM document_version x WHERE x.document_id = d.id),
                   count(DISTINCT c.device_key), coalesce(sum(c.requests), 0),
                   coalesce(sum(c.complete_downloads), 0), min(c.first_seen), max(c.last_seen)
            FROM document_version v
            JOIN document d ON d.id = v.document_id
            JOIN agenda_item i ON i.id = d.item_id
            LEFT JOIN access_counter c ON c.version_id = v.id
            WHERE v.id = ?
            GROUP BY v.id)sql");
        if (!row.bind(1, versionId).step())
            continue;
        ContentUse use;
        use.rendition = rendition;
        const auto owner = meeting(row.int64(0));
        if (!owner)
            continue;
        use.meeting = *owner;
        use.itemNumber = row.int32(1);
        use.itemTitle = row.text(2);
        use.documentId = row.int64(3);
        use.documentTitle = row.text(4);
        use.documentTrashed = row.int64(5) != 0;
        use.versionId = versionId;
        use.fileName = row.text(6);
        use.addedAt = readTime(row.text(7));
        use.currentNow = row.int64(8) != 0;
        use.versionNumber = row.int32(9);
        use.versionCount = row.int32(10);
        use.devices = row.int32(11);
        use.requests = row.int32(12);
        use.completeDownloads = row.int32(13);
        if (!row.isNull(14)) {
            use.firstSeen = readTime(row.text(14));
            use.lastSeen = readTime(row.text(15));
        }
        if (const auto v = version(versionId))
            use.periods = v->periods;
        out.append(use);
    }
    std::stable_sort(out.begin(), out.end(), [](const ContentUse &a, const ContentUse &b) {
        return a.meeting.id < b.meeting.id;
    });
    return out;
}

} // namespace docket
