// SPDX-License-Identifier: GPL-3.0-or-later
// A meeting's trash, and the stored files nothing uses any more.
#include "catalog/Catalog.h"
#include "catalog/CatalogRows.h"
#include "util/Error.h"

namespace docket {

using namespace catalogrows;

void Catalog::removeDocument(Id documentId)
{
    sql::Transaction tx(m_db);
    sql::Statement s(m_db,
                     "UPDATE document SET trashed_at = ? WHERE id = ? AND trashed_at IS NULL");
    changeExactlyOne(m_db, s.bind(1, nowText()).bind(2, documentId), tr("No such document."));
    tx.commit();
    Q_EMIT changed();
}

QList<Document> Catalog::trash(Id meetingId)
{
    QList<Document> out;
    sql::Statement s(m_db, QByteArray(QByteArray(kDocumentColumns) +
                                      "WHERE d.trashed_at IS NOT NULL AND d.item_id IN "
                                      "(SELECT id FROM agenda_item WHERE meeting_id = ?) "
                                      "ORDER BY d.trashed_at DESC, d.id DESC"));
    s.bind(1, meetingId);
    while (s.step())
        out.append(readDocument(s));
    return out;
}

void Catalog::restoreDocument(Id documentId)
{
    sql::Transaction tx(m_db);
    sql::Statement s(m_db, "UPDATE document SET trashed_at = NULL, position = (SELECT "
                           "coalesce(max(position), 0) + 1 FROM document x WHERE x.item_id = "
                           "document.item_id) WHERE id = ? AND trashed_at IS NOT NULL");
    changeExactlyOne(m_db, s.bind(1, documentId), tr("That document is not in the trash."));
    tx.commit();
    Q_EMIT changed();
}

int Catalog::emptyTrash(Id meetingId)
{
    sql::Transaction tx(m_db);
    sql::Statement s(m_db, "DELETE FROM document WHERE trashed_at IS NOT NULL AND item_id IN "
                           "(SELECT id FROM agenda_item WHERE meeting_id = ?)");
    s.bind(1, meetingId).run();
    const int removed = m_db.changes();
    tx.commit();
    if (removed > 0)
        Q_EMIT changed();
    return removed;
}

QStringList Catalog::unreferencedBlobs()
{
    QStringList out;
    sql::Statement s(m_db, "SELECT sha256 FROM blob WHERE NOT EXISTS (SELECT 1 FROM "
                           "document_version v WHERE v.blob_sha256 = blob.sha256) AND NOT EXISTS "
                           "(SELECT 1 FROM rendition r WHERE r.blob_sha256 = blob.sha256) "
                           "ORDER BY sha256");
    while (s.step())
        out << s.text(0);
    return out;
}

void Catalog::forgetBlob(const QString &sha256)
{
    sql::Statement s(m_db, "DELETE FROM blob WHERE sha256 = ? AND NOT EXISTS (SELECT 1 FROM "
                           "document_version v WHERE v.blob_sha256 = blob.sha256) AND NOT EXISTS "
                           "(SELECT 1 FROM rendition r WHERE r.blob_sha256 = blob.sha256)");
    s.bind(1, sha256).run();
}

QList<std::pair<QString, std::int64_t>> Catalog::blobs()
{
    QList<std::pair<QString, std::int64_t>> out;
    sql::Statement s(m_db, "SELECT sha256, size FROM blob ORDER BY sha256");
    while (s.step())
        out.append({s.text(0), s.int64(1)});
    return out;
}

QStringList Catalog::blobUsers(const QString &sha256)
{
    QStringList users;
    sql::Statement s(m_db, "SELECT m.code, i.position, d.title, v.id = d.current_version_id "
                           "FROM document_version v JOIN document d ON d.id = v.document_id "
                           "JOIN agenda_item i ON i.id = d.item_id "
                           "JOIN meeting m ON m.id = i.meeting_id "
                           "WHERE v.blob_sha256 = ? ORDER BY m.code, i.position");
    s.bind(1, sha256);
    while (s.step())
        users << (s.int64(3) != 0 ? tr("%1 item %2: %3 (current version)")
                                  : tr("%1 item %2: %3 (earlier version)"))
                     .arg(s.text(0))
                     .arg(s.int64(1))
                     .arg(s.text(2));
    return users;
}

} // namespace docket
