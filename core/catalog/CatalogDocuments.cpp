// SPDX-License-Identifier: GPL-3.0-or-later
// Documents, their versions and renditions.
#include "catalog/Catalog.h"
#include "catalog/CatalogRows.h"
#include "util/Error.h"

#include <algorithm>

namespace docket {

using namespace catalogrows;

namespace {

// Makes `versionId` the one delegates get and, when that changes what they get, notes the moment:
// their Last-Modified. Never back in time, even if the clock is.
// The same moment ends the period of the version that was current and starts the new one's
// (version_period), for the archive's "current from ... until ...".
// `now`: the new version's own add time when it is new, so it was current from its addition.
void setCurrentVersion(sql::Database &db, Id documentId, Id versionId,
                       const QString &now = nowText())
{
    sql::Statement was(db, "SELECT current_version_id, current_since FROM document WHERE id = ?");
    if (!was.bind(1, documentId).step())
        return;
    if (!was.isNull(0) && was.int64(0) == versionId)
        return;
    const QString since = std::max(now, was.text(1));
    sql::Statement current(db, "UPDATE document SET current_since = ?3, current_version_id = ?1 "
                               "WHERE id = ?2");
    current.bind(1, versionId).bind(2, documentId).bind(3, since).run();
    sql::Statement ended(db, "UPDATE version_period SET current_until = ?1 WHERE current_until IS "
                             "NULL AND version_id IN (SELECT id FROM document_version WHERE "
                             "document_id = ?2)");
    ended.bind(1, since).bind(2, documentId).run();
    sql::Statement started(db, "INSERT OR REPLACE INTO version_period(version_id, current_from, "
                               "current_until) VALUES (?, ?, NULL)");
    started.bind(1, versionId).bind(2, since).run();
}

} // namespace

QString pageSizesText(const QList<QSizeF> &sizes)
{
    QStringList parts;
    for (const QSizeF &size : sizes)
        parts << QString::number(size.width(), 'g', 6) + u'x' +
                     QString::number(size.height(), 'g', 6);
    return parts.join(u';');
}

QList<QSizeF> pageSizesFromText(const QString &text)
{
    QList<QSizeF> sizes;
    for (const QString &part : text.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype x = part.indexOf(u'x');
        bool okWidth = false;
        bool okHeight = false;
        const double width = part.left(x).toDouble(&okWidth);
        const double height = part.mid(x + 1).toDouble(&okHeight);
        sizes << (x > 0 && okWidth && okHeight && width > 0 && height > 0 ? QSizeF(width, height)
                                                                          : QSizeF());
    }
    return sizes;
}

Document Catalog::readDocument(const sql::Statement &s)
{
    Document d;
    d.id = s.int64(0);
    d.itemId = s.int64(1);
    d.position = s.int32(2);
    d.title = s.text(3);
    d.versionId = s.int64(4);
    d.fileName = s.text(5);
    d.mimeType = s.text(6);
    d.size = s.int64(7);
    if (const auto pages = s.optionalInt64(8))
        d.pageCount = static_cast<int>(*pages);
    d.pageSizes = pageSizesFromText(s.text(12));
    d.versionCount = s.int32(13);
    if (!s.isNull(14))
        d.trashedAt = readTime(s.text(14));
    if (!s.isNull(15)) {
        d.renditionSha256 = s.text(15);
        d.renditionPages = s.int32(16);
        d.renditionPageSizes = pageSizesFromText(s.text(17));
    }
    d.sha256 = s.text(9);
    d.problem = s.text(10);
    d.addedAt = readTime(s.text(11));
    d.currentSince = readTime(s.text(18));
    if (!d.currentSince.isValid() || d.currentSince < d.addedAt)
        d.currentSince = d.addedAt;
    return d;
}

Id Catalog::insertVersion(Id documentId, const NewDocument &doc, const QString &now)
{
    recordBlob(m_db, doc.sha256, doc.size, now);
    sql::Statement version(m_db, "INSERT INTO document_version(document_id, blob_sha256, "
                                 "file_name, mime_type, size, page_count, pdf_title, problem, "
                                 "added_at, page_sizes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    version.bind(1, documentId)
        .bind(2, doc.sha256)
        .bind(3, doc.fileName)
        .bind(4, doc.mimeType.isEmpty() ? QStringLiteral("application/octet-stream") : doc.mimeType)
        .bind(5, doc.size)
        .bind(6, doc.pageCount)
        .bind(7, orEmpty(doc.pdfTitle))
        .bind(8, orEmpty(doc.problem))
        .bind(9, now)
        .bind(10, orEmpty(pageSizesText(doc.pageSizes)))
        .run();
    const Id versionId = m_db.lastInsertId();
    indexPageTexts(m_db, versionId, doc.pageTexts);
    queueOcrOnAdding(m_db, versionId, doc);
    return versionId;
}

Document Catalog::replaceDocument(Id documentId, const NewDocument &doc)
{
    if (doc.sha256.size() != 64)
        throw Error(tr("Internal error: a document without a stored blob."));
    sql::Transaction tx(m_db);
    const auto existing = document(documentId);
    if (!existing)
        throw Error(tr("No such document."));
    if (existing->sha256 == doc.sha256)
        throw Error(tr("%1 is the same file as the current version of \"%2\".")
                        .arg(doc.fileName, existing->title));
    const QString now = nowText();
    const Id versionId = insertVersion(documentId, doc, now);
    setCurrentVersion(m_db, documentId, versionId, now);
    tx.commit();
    Q_EMIT changed();
    return *document(documentId);
}

namespace {
constexpr const char *kVersionColumns =
    "SELECT v.id, v.document_id, v.file_name, v.mime_type, v.size, v.page_count, v.blob_sha256, "
    "v.problem, v.added_at, v.id = d.current_version_id "
    "FROM document_version v JOIN document d ON d.id = v.document_id ";

DocumentVersion readVersion(const sql::Statement &s)
{
    DocumentVersion v;
    v.id = s.int64(0);
    v.documentId = s.int64(1);
    v.fileName = s.text(2);
    v.mimeType = s.text(3);
    v.size = s.int64(4);
    if (const auto pages = s.optionalInt64(5))
        v.pageCount = static_cast<int>(*pages);
    v.sha256 = s.text(6);
    v.problem = s.text(7);
    v.addedAt = readTime(s.text(8));
    v.current = s.int64(9) != 0;
    return v;
}

void readPeriods(sql::Database &db, DocumentVersion &version)
{
    sql::Statement s(db, "SELECT current_from, current_until FROM version_period "
                         "WHERE version_id = ? ORDER BY current_from");
    s.bind(1, version.id);
    while (s.step())
        version.periods.append(
            CurrentPeriod{readTime(s.text(0)), s.isNull(1) ? QDateTime() : readTime(s.text(1))});
}
} // namespace

QList<DocumentVersion> Catalog::versions(Id documentId)
{
    QList<DocumentVersion> out;
    sql::Statement s(m_db, QByteArray(QByteArray(kVersionColumns) +
                                      "WHERE v.document_id = ? ORDER BY v.id DESC"));
    s.bind(1, documentId);
    while (s.step())
        out.append(readVersion(s));
    for (DocumentVersion &v : out)
        readPeriods(m_db, v);
    return out;
}

std::optional<DocumentVersion> Catalog::version(Id versionId)
{
    sql::Statement s(m_db, QByteArray(QByteArray(kVersionColumns) + "WHERE v.id = ?"));
    if (!s.bind(1, versionId).step())
        return std::nullopt;
    DocumentVersion v = readVersion(s);
    readPeriods(m_db, v);
    return v;
}

void Catalog::makeVersionCurrent(Id documentId, Id versionId)
{
    sql::Transaction tx(m_db);
    const auto chosen = version(versionId);
    if (!chosen || chosen->documentId != documentId)
        throw Error(tr("That version does not belong to this document."));
    setCurrentVersion(m_db, documentId, versionId);
    tx.commit();
    Q_EMIT changed();
}

Document Catalog::addDocument(Id itemId, const NewDocument &doc)
{
    return addDocuments(itemId, {doc}).first();
}

QList<Document> Catalog::addDocuments(Id itemId, const QList<NewDocument> &docs)
{
    sql::Transaction tx(m_db);
    if (!item(itemId))
        throw Error(tr("No such agenda item."));
    QList<Id> ids;
    for (const NewDocument &doc : docs)
        ids.append(insertDocument(itemId, doc));
    tx.commit();
    Q_EMIT changed();
    QList<Document> added;
    for (Id id : ids)
        added.append(*document(id));
    return added;
}

Id Catalog::insertDocument(Id itemId, const NewDocument &doc)
{
    if (doc.sha256.size() != 64)
        throw Error(tr("Internal error: a document without a stored blob."));
    const QString title = doc.title.trimmed().isEmpty() ? doc.fileName : doc.title.trimmed();
    if (title.isEmpty())
        throw Error(tr("A document needs a title."));
    const QString now = nowText();
    sql::Statement document(m_db, "INSERT INTO document(item_id, position, title, created_at) "
                                  "VALUES (?1, (SELECT coalesce(max(position), 0) + 1 FROM "
                                  "document WHERE item_id = ?1), ?2, ?3)");
    document.bind(1, itemId).bind(2, title).bind(3, now).run();
    const Id documentId = m_db.lastInsertId();
    const Id versionId = insertVersion(documentId, doc, now);
    setCurrentVersion(m_db, documentId, versionId, now);
    return documentId;
}

QList<Document> Catalog::documents(Id itemId)
{
    QList<Document> out;
    sql::Statement s(m_db, QByteArray(QByteArray(kDocumentColumns) +
                                      "WHERE d.trashed_at IS NULL AND d.item_id = ? "
                                      "ORDER BY d.position, d.id"));
    s.bind(1, itemId);
    while (s.step())
        out.append(readDocument(s));
    return out;
}

QList<Document> Catalog::documentsWithContent(const QString &sha256)
{
    QList<Document> out;
    sql::Statement s(m_db,
                     QByteArray(QByteArray(kDocumentColumns) +
                                "WHERE d.trashed_at IS NULL AND v.blob_sha256 = ? ORDER BY d.id"));
    s.bind(1, sha256);
    while (s.step())
        out.append(readDocument(s));
    return out;
}

std::optional<Document> Catalog::document(Id documentId)
{
    sql::Statement s(
        m_db, QByteArray(QByteArray(kDocumentColumns) + "WHERE d.trashed_at IS NULL AND d.id = ?"));
    if (s.bind(1, documentId).step())
        return readDocument(s);
    return std::nullopt;
}

void Catalog::renameDocument(Id documentId, const QString &title)
{
    const QString trimmed = title.trimmed();
    if (trimmed.isEmpty())
        throw Error(tr("A document needs a title."));
    sql::Transaction tx(m_db);
    sql::Statement s(m_db, "UPDATE document SET title = ? WHERE id = ?");
    changeExactlyOne(m_db, s.bind(1, trimmed).bind(2, documentId), tr("No such document."));
    tx.commit();
    Q_EMIT changed();
}

void Catalog::setRendition(Id versionId, const NewDocument &pdf)
{
    if (pdf.sha256.size() != 64 || !pdf.pageCount || *pdf.pageCount <= 0)
        throw Error(tr("Internal error: a rendition needs a readable PDF."));
    sql::Transaction tx(m_db);
    if (!version(versionId))
        throw Error(tr("No such document."));
    const QString now = nowText();
    recordBlob(m_db, pdf.sha256, pdf.size, now);
    sql::Statement row(m_db, "INSERT OR REPLACE INTO rendition(version_id, blob_sha256, "
                             "page_count, page_sizes, made_at) VALUES (?, ?, ?, ?, ?)");
    row.bind(1, versionId)
        .bind(2, pdf.sha256)
        .bind(3, *pdf.pageCount)
        .bind(4, orEmpty(pageSizesText(pdf.pageSizes)))
        .bind(5, now)
        .run();
    sql::Statement previous(m_db, "DELETE FROM page_text WHERE version_id = ?");
    previous.bind(1, versionId).run();
    indexPageTexts(m_db, versionId, pdf.pageTexts);
    tx.commit();
    Q_EMIT changed();
}

} // namespace docket
