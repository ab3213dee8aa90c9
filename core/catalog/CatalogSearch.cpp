// SPDX-License-Identifier: GPL-3.0-or-later
// Search in the text of every page.
#include "catalog/Catalog.h"
#include "catalog/CatalogRows.h"
#include "catalog/SearchQuery.h"
#include "util/Error.h"

#include <algorithm>

namespace docket {

void catalogrows::indexPageTexts(sql::Database &db, Id versionId, const QStringList &pageTexts)
{
    // The triggers of page_text put it in the search index (page_search).
    sql::Statement text(db, "INSERT INTO page_text(original, version_id, page) VALUES (?, ?, ?)");
    for (qsizetype i = 0; i < pageTexts.size(); ++i) {
        if (pageTexts[i].trimmed().isEmpty())
            continue;
        text.bind(1, pageTexts[i]).bind(2, versionId).bind(3, static_cast<int>(i + 1)).run();
        text.reset();
    }
}

QList<SearchHit> Catalog::search(const QString &text, int limit, const SearchFilter &filter)
{
    const SearchQuery query = SearchQuery::parse(text);
    limit = std::max(1, limit);
    // FTS5 finds exactly the pages that match (SearchIndex.h) and ranks them by bm25 from its
    // index and the pages' lengths alone; the pages are then taken in that order, and only as many
    // as needed are read: a page's version says whether its document is in the trash, current, in a
    // meeting of the filter, and its text gives the snippet. Asking SQLite to join or filter before
    // ranking would read the row of every matching page: at 20,000 documents, tens of thousands for
    // a common word. Those passed over cost one look-up of their version each, cached per version.
    // In rounds of a growing LIMIT: SQLite keeps the best LIMIT in a heap, where sorting every
    // matching page costs three times the ranking (50 ms at 50,000 pages). Most searches end in
    // the first round; each next one ranks again and passes over the pages already seen.
    sql::Statement ranked(m_db, "SELECT rowid FROM page_search WHERE page_search MATCH ?1 "
                                "ORDER BY docket_rank(page_search, ?1), rowid LIMIT ?2 OFFSET ?3");
    const QString expression = query.ftsExpression();
    sql::Statement pageRow(m_db, "SELECT version_id, page, original FROM page_text WHERE id = ?");
    const QString whereSql =
        QStringLiteral(
            "SELECT m.id, m.code, m.title, m.meeting_date, i.id, i.position, i.title, d.id, "
            "d.title, CASE WHEN v.mime_type = 'application/pdf' THEN v.blob_sha256 "
            "ELSE r.blob_sha256 END, v.id = d.current_version_id, d.trashed_at IS NULL, "
            "(SELECT ") +
        QLatin1String(catalogrows::kMeetingStateExpression) +
        QStringLiteral(" FROM meeting WHERE id = m.id) "
                       "FROM document_version v "
                       "JOIN document d ON d.id = v.document_id "
                       "JOIN agenda_item i ON i.id = d.item_id "
                       "JOIN meeting m ON m.id = i.meeting_id "
                       "LEFT JOIN rendition r ON r.version_id = v.id "
                       "WHERE v.id = ?");
    sql::Statement where(m_db, whereSql.toUtf8().constData());
    sql::Statement recognised(m_db, "SELECT 1 FROM ocr_page WHERE version_id = ? AND page = ?");
    const QString wantedState = filter.state ? meetingStateKey(*filter.state) : QString();

    // Where each version is, and whether its pages are wanted (nullopt: not wanted).
    QHash<Id, std::optional<SearchHit>> versions;
    const auto versionOf = [&](Id versionId) -> const std::optional<SearchHit> & {
        const auto known = versions.constFind(versionId);
        if (known != versions.constEnd())
            return *known;
        std::optional<SearchHit> place;
        where.bind(1, versionId);
        if (where.step() && where.int64(11) != 0) { // its document not in the trash
            SearchHit hit;
            hit.meetingId = where.int64(0);
            hit.meetingCode = where.text(1);
            hit.meetingTitle = where.text(2);
            hit.meetingDate = QDate::fromString(where.text(3), Qt::ISODate);
            hit.itemId = where.int64(4);
            hit.itemNumber = where.int32(5);
            hit.itemTitle = where.text(6);
            hit.documentId = where.int64(7);
            hit.documentTitle = where.text(8);
            hit.pdfSha256 = where.text(9);
            hit.currentVersion = where.int64(10) != 0;
            hit.versionId = versionId;
            const bool yearWanted = filter.year == 0 || (hit.meetingDate.isValid() &&
                                                         hit.meetingDate.year() == filter.year);
            const bool stateWanted = wantedState.isEmpty() || where.text(12) == wantedState;
            if (yearWanted && stateWanted)
                place = hit;
        }
        where.reset();
        return *versions.insert(versionId, place);
    };

    // Current versions first, then earlier ones, each in rank order.
    QList<SearchHit> current;
    QList<SearchHit> earlier;
    const auto considerPage = [&](Id pageId) {
        pageRow.bind(1, pageId);
        if (pageRow.step()) { // no row: the index and the text disagree, not a page to show
            const std::optional<SearchHit> &place = versionOf(pageRow.int64(0));
            if (place && (place->currentVersion || earlier.size() < limit)) {
                const QString original = pageRow.text(2);
                SearchHit hit = *place;
                hit.page = pageRow.int32(1);
                recognised.bind(1, hit.versionId).bind(2, hit.page);
                hit.recognised = recognised.step();
                recognised.reset();
                hit.snippet =
                    SearchQuery::snippet(original, query.matches(original), hit.snippetMarks);
                (hit.currentVersion ? current : earlier).append(hit);
            }
        }
        pageRow.reset();
    };
    std::int64_t seen = 0;
    // A filter passes over pages of other meetings: a first round that most often holds enough.
    const bool filtered = filter.year != 0 || filter.state.has_value();
    std::int64_t round = std::max(200, limit * (filtered ? 12 : 4));
    for (bool more = true; more && current.size() < limit; round *= 8) {
        ranked.reset();
        ranked.bind(1, expression).bind(2, round).bind(3, seen);
        const std::int64_t roundStart = seen;
        while (current.size() < limit && ranked.step()) {
            ++seen;
            considerPage(ranked.int64(0));
        }
        more = seen - roundStart == round; // a full round: there may be more
    }
    current += earlier;
    if (current.size() > limit)
        current.resize(limit);
    return current;
}

QStringList Catalog::pageTexts(Id versionId)
{
    sql::Statement s(m_db,
                     "SELECT page, original FROM page_text WHERE version_id = ? ORDER BY page");
    s.bind(1, versionId);
    QStringList pages;
    while (s.step()) {
        const int page = s.int32(0);
        if (page < 1 || page > 100000)
            continue;
        while (pages.size() < page - 1)
            pages << QString();
        if (pages.size() == page - 1)
            pages << s.text(1);
    }
    return pages;
}

} // namespace docket
