// SPDX-License-Identifier: GPL-3.0-or-later
// Search in the text of every page.
#include "catalog/Catalog.h"
#include "catalog/CatalogRows.h"
#include "catalog/SearchQuery.h"
#include "util/Error.h"

#include <algorithm>

namespace docket {

QString Catalog::searchFold(QString text)
{
    text.replace(QChar(0x0111), u'd'); // đ
    text.replace(QChar(0x0110), u'D'); // Đ
    return text;
}

void catalogrows::indexPageTexts(sql::Database &db, Id versionId, const QStringList &pageTexts)
{
    sql::Statement text(db, "INSERT INTO page_text(body, original, version_id, page) "
                            "VALUES (?, ?, ?, ?)");
    for (qsizetype i = 0; i < pageTexts.size(); ++i) {
        if (pageTexts[i].trimmed().isEmpty())
            continue;
        text.bind(1, Catalog::searchFold(pageTexts[i]))
            .bind(2, pageTexts[i])
            .bind(3, versionId)
            .bind(4, static_cast<int>(i + 1))
            .run();
        text.reset();
    }
}

namespace {

// The original text with the matches between [ and ], cut to about `radius` characters either
// side of the first match, whole words at the edges; `marks` gets where the matched words are
// in it.
QString snippetFrom(const QString &original, const QList<SearchQuery::Range> &matches,
                    QList<std::pair<qsizetype, qsizetype>> &marks, qsizetype radius = 80)
{
    const qsizetype first = matches.isEmpty() ? 0 : matches.first().first;
    qsizetype start = std::max<qsizetype>(0, first - radius);
    if (start > 0)
        while (start < first && !original[start - 1].isSpace())
            ++start;
    qsizetype end = std::min<qsizetype>(original.size(), first + radius * 2);
    while (end < original.size() && !original[end].isSpace() && end - first < radius * 3)
        ++end;
    for (const SearchQuery::Range &match : matches)
        end = match.first < end ? std::max(end, std::min(match.second, original.size())) : end;

    QString cut;
    if (start > 0)
        cut += u'…';
    qsizetype at = start;
    // Leading white space of the cut is dropped, as trimmed() did.
    while (at < end && original[at].isSpace())
        ++at;
    for (const SearchQuery::Range &match : matches) {
        if (match.second <= at || match.first >= end)
            continue;
        cut += QStringView(original).mid(at, match.first - at);
        cut += u'[';
        marks.append({cut.size(), cut.size() + (match.second - match.first)});
        cut += QStringView(original).mid(match.first, match.second - match.first);
        cut += u']';
        at = match.second;
    }
    cut += QStringView(original).mid(at, end - at);
    while (cut.endsWith(u' ') || cut.endsWith(u'\n'))
        cut.chop(1);
    if (end < original.size())
        cut += u'…';
    return cut;
}

} // namespace

QList<SearchHit> Catalog::search(const QString &text, int limit, const SearchFilter &filter)
{
    const SearchQuery query = SearchQuery::parse(text);
    limit = std::max(1, limit);
    // FTS5 ranks every matching page by bm25 from its index alone; the pages are then taken in
    // that order, and only as many as needed are read: a page's version (which says whether its
    // document is in the trash, current, in a meeting of the filter) and its text (for the
    // marks typed and the snippet) are in its row, reading one costs a few kilobytes. Asking
    // SQLite to join or filter before ranking would read every matching page's row: at 20,000
    // documents, tens of thousands for a common word. Bounded: a query that FTS5 finds on many
    // pages of which few pass looks at this many in rank order, no more.
    // Marks typed are checked in the page's text: FTS5 may rank many pages of a look-alike
    // ("đoàn" for "Doãn") above the first page with them, so those look further.
    const int bound =
        query.needsExactCheck()
            ? kMaxSearchCandidates
            : std::min(kMaxSearchCandidates, std::max(limit, limit * kSearchCandidatesPerHit));
    // FTS5 sorts row ids by rank, then reads each row as it is stepped to: its text costs nothing
    // more once its version has been read, and is not decoded unless asked for.
    sql::Statement ranked(m_db, "SELECT rowid, version_id, page, original FROM page_text "
                                "WHERE page_text MATCH ? ORDER BY rank");
    ranked.bind(1, query.ftsExpression());
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
    for (int seen = 0; current.size() < limit && seen < bound && ranked.step(); ++seen) {
        const std::optional<SearchHit> &place = versionOf(ranked.int64(1));
        if (!place || (!place->currentVersion && earlier.size() >= limit))
            continue;
        const QString original = ranked.text(3);
        // Only FTS5's folded reading of the page holds all the words: not with the marks typed.
        if (query.needsExactCheck() && !query.mayMatch(original))
            continue;
        const QList<SearchQuery::Range> matches = query.matches(original);
        if (matches.isEmpty() && query.needsExactCheck())
            continue;
        SearchHit hit = *place;
        hit.page = ranked.int32(2);
        recognised.bind(1, hit.versionId).bind(2, hit.page);
        hit.recognised = recognised.step();
        recognised.reset();
        hit.snippet = snippetFrom(original, matches, hit.snippetMarks);
        (hit.currentVersion ? current : earlier).append(hit);
    }
    current += earlier;
    if (current.size() > limit)
        current.resize(limit);
    return current;
}

} // namespace docket
