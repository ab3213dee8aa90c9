// SPDX-License-Identifier: GPL-3.0-or-later
// The archive bundle's side of the catalog: a meeting read whole for an export, and a meeting
// from a bundle recorded as an archived one.
#include "catalog/Catalog.h"
#include "catalog/CatalogRows.h"
#include "model/MeetingCode.h"
#include "util/Error.h"

#include <QHash>

#include <algorithm>

namespace docket {

using namespace catalogrows;

namespace {

QString textOrEmpty(const sql::Statement &s, int column)
{
    return s.isNull(column) ? QStringLiteral("") : s.text(column);
}

// NULL for "no time", as the catalog stores it.
QString orNull(const QString &text)
{
    return text.isEmpty() ? QString() : text;
}

// The device keys of a bundle's phones in this library: marked as imported, and told apart
// from another bundle's "d0001" by the meeting's code.
QString importedDeviceKey(const QString &code, const QString &device)
{
    return QStringLiteral("archive:%1:%2").arg(code, device);
}

} // namespace

ArchivedMeeting Catalog::archivedMeeting(Id meetingId)
{
    sql::ReadTransaction tx(m_db);
    ArchivedMeeting out;
    {
        sql::Statement s(m_db, QByteArray("SELECT title, meeting_date, venue, code, language, ") +
                                   kMeetingStateExpression +
                                   ", created_at, opened_at, closed_at, archived_at "
                                   "FROM meeting WHERE id = ?");
        if (!s.bind(1, meetingId).step())
            throw Error(tr("No such meeting."));
        out.title = s.text(0);
        out.date = textOrEmpty(s, 1);
        out.venue = textOrEmpty(s, 2);
        out.code = s.text(3);
        out.language = s.text(4);
        out.state = s.text(5);
        out.createdAt = textOrEmpty(s, 6);
        out.openedAt = textOrEmpty(s, 7);
        out.closedAt = textOrEmpty(s, 8);
        out.archivedAt = textOrEmpty(s, 9);
    }
    {
        // Importing is this library's step, not the meeting's: a bundle of an imported meeting
        // says what the original said.
        sql::Statement s(m_db, "SELECT at, what, note FROM meeting_event WHERE meeting_id = ? "
                               "AND what <> 'imported' ORDER BY at, id");
        s.bind(1, meetingId);
        while (s.step())
            out.events.append({s.text(0), s.text(1), textOrEmpty(s, 2)});
    }
    // Phones numbered by when they were first seen in this meeting (then by key, for ties).
    QHash<QString, QString> deviceNames;
    {
        sql::Statement s(m_db, R"sql(
            SELECT c.device_key, min(c.first_seen) AS first FROM access_counter c
            JOIN document_version v ON v.id = c.version_id
            JOIN document d ON d.id = v.document_id
            JOIN agenda_item i ON i.id = d.item_id
            WHERE i.meeting_id = ? AND d.trashed_at IS NULL
            GROUP BY c.device_key ORDER BY first, c.device_key)sql");
        s.bind(1, meetingId);
        while (s.step())
            deviceNames.insert(s.text(0),
                               QStringLiteral("d%1").arg(static_cast<int>(deviceNames.size()) + 1,
                                                         4, 10, QLatin1Char('0')));
    }
    sql::Statement items(m_db, "SELECT id, position, title, presenter FROM agenda_item "
                               "WHERE meeting_id = ? ORDER BY position");
    sql::Statement documents(m_db, "SELECT id, position, title, created_at, current_since, "
                                   "current_version_id FROM document WHERE item_id = ? AND "
                                   "trashed_at IS NULL ORDER BY position, id");
    sql::Statement versions(m_db, "SELECT id, file_name, mime_type, size, page_count, page_sizes, "
                                  "pdf_title, problem, added_at, blob_sha256 FROM "
                                  "document_version WHERE document_id = ? ORDER BY id");
    sql::Statement periods(m_db, "SELECT current_from, current_until FROM version_period "
                                 "WHERE version_id = ? ORDER BY current_from");
    sql::Statement rendition(m_db, "SELECT r.blob_sha256, b.size, r.page_count, r.page_sizes, "
                                   "r.made_at FROM rendition r JOIN blob b ON b.sha256 = "
                                   "r.blob_sha256 WHERE r.version_id = ?");
    sql::Statement access(m_db, "SELECT device_key, first_seen, last_seen, requests, "
                                "complete_downloads, bytes_sent FROM access_counter "
                                "WHERE version_id = ?");
    items.bind(1, meetingId);
    while (items.step()) {
        ArchivedMeeting::Item item;
        item.number = items.int32(1);
        item.title = items.text(2);
        item.presenter = textOrEmpty(items, 3);
        documents.reset();
        documents.bind(1, items.int64(0));
        while (documents.step()) {
            ArchivedMeeting::Document document;
            document.position = documents.int32(1);
            document.title = documents.text(2);
            document.createdAt = textOrEmpty(documents, 3);
            document.currentSince = textOrEmpty(documents, 4);
            const Id currentId = documents.isNull(5) ? 0 : documents.int64(5);
            versions.reset();
            versions.bind(1, documents.int64(0));
            while (versions.step()) {
                const Id versionId = versions.int64(0);
                ArchivedMeeting::Version version;
                version.fileName = versions.text(1);
                version.mimeType = versions.text(2);
                version.size = versions.int64(3);
                if (const auto pages = versions.optionalInt64(4))
                    version.pageCount = static_cast<int>(*pages);
                version.pageSizes = textOrEmpty(versions, 5);
                version.pdfTitle = textOrEmpty(versions, 6);
                version.problem = textOrEmpty(versions, 7);
                version.addedAt = versions.text(8);
                version.sha256 = versions.text(9);
                version.current = versionId == currentId;
                periods.reset();
                periods.bind(1, versionId);
                while (periods.step())
                    version.periods.append({periods.text(0), textOrEmpty(periods, 1)});
                rendition.reset();
                rendition.bind(1, versionId);
                if (rendition.step())
                    version.rendition = ArchivedMeeting::Rendition{
                        rendition.text(0),         rendition.int64(1), rendition.int32(2),
                        textOrEmpty(rendition, 3), rendition.text(4),  {}};
                access.reset();
                access.bind(1, versionId);
                while (access.step())
                    version.access.append({deviceNames.value(access.text(0)), access.text(1),
                                           access.text(2), access.int64(3), access.int64(4),
                                           access.int64(5)});
                std::sort(version.access.begin(), version.access.end(),
                          [](const auto &a, const auto &b) { return a.device < b.device; });
                document.versions.append(version);
            }
            item.documents.append(document);
        }
        out.items.append(item);
    }
    return out;
}

Meeting Catalog::importArchivedMeeting(const ArchivedMeeting &archived, const QString &note)
{
    const QString title = archived.title.trimmed();
    if (title.isEmpty())
        throw Error(tr("A meeting needs a title."));
    const QString now = nowText();
    sql::Transaction tx(m_db);

    // The bundle's code when this library has no meeting with it: printed QR codes and links
    // keep naming the same meeting.
    QString code = meetingcode::normalize(archived.code);
    const auto taken = [this](const QString &candidate) {
        return codeTaken(m_db, candidate);
    };
    if (code.size() != meetingcode::kLength || taken(code)) {
        code.clear();
        for (int attempt = 0; attempt < 16 && code.isEmpty(); ++attempt) {
            const QString candidate = meetingcode::generate();
            if (!taken(candidate))
                code = candidate;
        }
        if (code.isEmpty())
            throw Error(tr("Could not find a free meeting code."));
    }

    // Recorded as a closed meeting first, archived (read-only) last: the catalog refuses every
    // addition to an archived meeting.
    sql::Statement meeting(m_db, "INSERT INTO meeting(title, meeting_date, venue, code, state, "
                                 "language, created_at, opened_at, closed_at) "
                                 "VALUES (?, ?, ?, ?, 'closed', ?, ?, ?, ?)");
    const QDate date = QDate::fromString(archived.date, Qt::ISODate);
    meeting.bind(1, title)
        .bind(2, date.isValid() ? date.toString(Qt::ISODate) : QString())
        .bind(3, orEmpty(archived.venue))
        .bind(4, code)
        .bind(5, archived.language.isEmpty() ? QStringLiteral("vi") : archived.language)
        .bind(6, archived.createdAt.isEmpty() ? now : archived.createdAt)
        .bind(7, orNull(archived.openedAt))
        .bind(8, archived.closedAt.isEmpty() ? now : archived.closedAt)
        .run();
    const Id meetingId = m_db.lastInsertId();

    sql::Statement event(m_db, "INSERT INTO meeting_event(meeting_id, at, what, note) "
                               "VALUES (?, ?, ?, ?)");
    static const QStringList kEvents = {QStringLiteral("opened"), QStringLiteral("closed"),
                                        QStringLiteral("draft"), QStringLiteral("archived"),
                                        QStringLiteral("reopened")};
    for (const ArchivedMeeting::Event &e : archived.events) {
        if (!kEvents.contains(e.what) || e.at.isEmpty())
            continue; // a step this version does not know: not worth refusing the meeting for
        event.reset();
        event.bind(1, meetingId).bind(2, e.at).bind(3, e.what).bind(4, orEmpty(e.note)).run();
    }
    event.reset();
    event.bind(1, meetingId)
        .bind(2, now)
        .bind(3, QStringLiteral("imported"))
        .bind(4, orEmpty(note))
        .run();

    sql::Statement item(m_db, "INSERT INTO agenda_item(meeting_id, position, title, presenter) "
                              "VALUES (?, ?, ?, ?)");
    sql::Statement document(m_db, "INSERT INTO document(item_id, position, title, created_at, "
                                  "current_since) VALUES (?, ?, ?, ?, ?)");
    sql::Statement version(m_db, "INSERT INTO document_version(document_id, blob_sha256, "
                                 "file_name, mime_type, size, page_count, page_sizes, pdf_title, "
                                 "problem, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    sql::Statement period(m_db, "INSERT OR REPLACE INTO version_period(version_id, current_from, "
                                "current_until) VALUES (?, ?, ?)");
    sql::Statement rendition(m_db, "INSERT INTO rendition(version_id, blob_sha256, page_count, "
                                   "page_sizes, made_at) VALUES (?, ?, ?, ?, ?)");
    sql::Statement counter(m_db, "INSERT OR REPLACE INTO access_counter(version_id, device_key, "
                                 "first_seen, last_seen, requests, complete_downloads, "
                                 "bytes_sent) VALUES (?, ?, ?, ?, ?, ?, ?)");
    sql::Statement current(m_db, "UPDATE document SET current_version_id = ? WHERE id = ?");
    int number = 0;
    for (const ArchivedMeeting::Item &i : archived.items) {
        if (i.title.trimmed().isEmpty())
            throw Error(tr("An agenda item of the bundle has no title."));
        item.reset();
        // Numbered as listed: the agenda stays dense whatever the numbers said.
        item.bind(1, meetingId)
            .bind(2, ++number)
            .bind(3, i.title)
            .bind(4, orEmpty(i.presenter))
            .run();
        const Id itemId = m_db.lastInsertId();
        for (const ArchivedMeeting::Document &d : i.documents) {
            if (d.title.trimmed().isEmpty() || d.versions.isEmpty())
                throw Error(tr("A document of the bundle has no title or no file."));
            document.reset();
            document.bind(1, itemId)
                .bind(2, d.position)
                .bind(3, d.title)
                .bind(4, d.createdAt.isEmpty() ? now : d.createdAt)
                .bind(5, orEmpty(d.currentSince))
                .run();
            const Id documentId = m_db.lastInsertId();
            Id currentId = 0;
            Id lastId = 0;
            for (const ArchivedMeeting::Version &v : d.versions) {
                recordBlob(m_db, v.sha256, v.size, now);
                version.reset();
                version.bind(1, documentId)
                    .bind(2, v.sha256)
                    .bind(3, orEmpty(v.fileName))
                    .bind(4, orEmpty(v.mimeType))
                    .bind(5, v.size)
                    .bind(6, v.pageCount ? std::optional<std::int64_t>(*v.pageCount)
                                         : std::optional<std::int64_t>())
                    .bind(7, orEmpty(v.pageSizes))
                    .bind(8, orEmpty(v.pdfTitle))
                    .bind(9, orEmpty(v.problem))
                    .bind(10, v.addedAt.isEmpty() ? now : v.addedAt)
                    .run();
                const Id versionId = m_db.lastInsertId();
                if (v.current)
                    currentId = versionId;
                lastId = versionId;
                indexPageTexts(m_db, versionId, v.pageTexts);
                for (const ArchivedMeeting::Period &p : v.periods) {
                    period.reset();
                    period.bind(1, versionId).bind(2, p.from).bind(3, orNull(p.until)).run();
                }
                if (v.rendition) {
                    recordBlob(m_db, v.rendition->sha256, v.rendition->size, now);
                    rendition.reset();
                    rendition.bind(1, versionId)
                        .bind(2, v.rendition->sha256)
                        .bind(3, v.rendition->pageCount)
                        .bind(4, orEmpty(v.rendition->pageSizes))
                        .bind(5, v.rendition->madeAt.isEmpty() ? now : v.rendition->madeAt)
                        .run();
                    // Search finds an office file by its rendition's words, as setRendition does.
                    indexPageTexts(m_db, versionId, v.rendition->pageTexts);
                }
                for (const ArchivedMeeting::Access &a : v.access) {
                    counter.reset();
                    counter.bind(1, versionId)
                        .bind(2, importedDeviceKey(code, a.device))
                        .bind(3, a.firstSeen)
                        .bind(4, a.lastSeen)
                        .bind(5, a.requests)
                        .bind(6, a.completeDownloads)
                        .bind(7, a.bytesSent)
                        .run();
                }
            }
            current.reset();
            current.bind(1, currentId ? currentId : lastId).bind(2, documentId).run();
        }
    }
    sql::Statement archive(m_db, "UPDATE meeting SET archived_at = ? WHERE id = ?");
    archive.bind(1, archived.archivedAt.isEmpty() ? now : archived.archivedAt)
        .bind(2, meetingId)
        .run();
    tx.commit();
    Q_EMIT changed();
    return *this->meeting(meetingId);
}

} // namespace docket
