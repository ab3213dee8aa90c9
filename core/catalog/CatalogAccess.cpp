// SPDX-License-Identifier: GPL-3.0-or-later
// Access counters: what phones fetched, added up per phone and version.
#include "catalog/Catalog.h"
#include "catalog/CatalogRows.h"
#include "util/Error.h"

namespace docket {

using namespace catalogrows;

void Catalog::recordAccess(const QList<AccessEvent> &events)
{
    AccessTally tally;
    for (const AccessEvent &event : events)
        tally.add(event);
    recordAccess(tally.counts());
}

void Catalog::recordAccess(const QList<AccessCount> &counts)
{
    if (counts.isEmpty())
        return;
    // Counts arrive every second while phones read: an fsync each time buys little, as a power
    // cut loses at most the last second of counts (the data stays consistent), never an edit.
    m_db.exec("PRAGMA synchronous = NORMAL");
    struct Restore
    {
        sql::Database &db;
        ~Restore()
        {
            try {
                db.exec("PRAGMA synchronous = FULL");
            } catch (const Error &) {
                // A connection that cannot set a PRAGMA cannot commit either.
            }
        }
    } restore{m_db};
    sql::Transaction tx(m_db);
    // A version removed meanwhile has nothing left to count: skip it. A complete response from
    // byte 0 is a download when it covered the version's whole size.
    sql::Statement upsert(m_db, R"sql(
        INSERT INTO access_counter(version_id, device_key, first_seen, last_seen, requests,
                                   complete_downloads, bytes_sent)
        SELECT ?1, ?2, ?3, ?4, ?5, CASE WHEN ?6 >= 0 AND ?6 = v.size THEN ?5 ELSE 0 END, ?7
        FROM document_version v WHERE v.id = ?1
        ON CONFLICT (version_id, device_key) DO UPDATE SET
            first_seen = min(first_seen, excluded.first_seen),
            last_seen = max(last_seen, excluded.last_seen),
            requests = requests + excluded.requests,
            complete_downloads = complete_downloads + excluded.complete_downloads,
            bytes_sent = bytes_sent + excluded.bytes_sent)sql");
    const QString now = nowText();
    const auto timeText = [&now](const QDateTime &at) {
        return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : now;
    };
    for (const AccessCount &count : counts) {
        upsert.reset();
        upsert.bind(1, count.versionId)
            .bind(2, QString::fromLatin1(count.deviceKey))
            .bind(3, timeText(count.firstSeen))
            .bind(4, timeText(count.lastSeen))
            .bind(5, count.requests)
            .bind(6, count.fromStartLength)
            .bind(7, count.bytesSent)
            .run();
    }
    tx.commit();
    Q_EMIT accessRecorded();
}

QList<DocumentStats> Catalog::documentStats(Id meetingId)
{
    // A download counts when one request carried the whole file to its end; a PDF viewer that
    // fetches pieces shows up as devices and requests, not as downloads.
    sql::Statement s(m_db, R"sql(
        SELECT d.id, i.position, d.title, v.file_name,
               count(DISTINCT c.device_key),
               coalesce(sum(c.requests), 0),
               coalesce(sum(c.complete_downloads), 0),
               coalesce(sum(c.bytes_sent), 0),
               min(c.first_seen), max(c.last_seen)
        FROM document d
        JOIN agenda_item i ON i.id = d.item_id
        JOIN document_version v ON v.id = d.current_version_id
        LEFT JOIN document_version ev ON ev.document_id = d.id
        LEFT JOIN access_counter c ON c.version_id = ev.id
        WHERE i.meeting_id = ? AND d.trashed_at IS NULL
        GROUP BY d.id
        ORDER BY i.position, d.position, d.id)sql");
    s.bind(1, meetingId);
    QList<DocumentStats> out;
    while (s.step()) {
        DocumentStats stats;
        stats.documentId = s.int64(0);
        stats.itemNumber = s.int32(1);
        stats.title = s.text(2);
        stats.fileName = s.text(3);
        stats.devices = s.int32(4);
        stats.requests = s.int32(5);
        stats.completeDownloads = s.int32(6);
        stats.bytesSent = s.int64(7);
        if (!s.isNull(8)) {
            stats.firstSeen = readTime(s.text(8));
            stats.lastSeen = readTime(s.text(9));
        }
        out.append(stats);
    }
    return out;
}

} // namespace docket
