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
    // FTS5 ranks and cuts; when marks must be checked it hands over more candidates, bounded.
    const int candidates =
        query.needsExactCheck()
            ? std::min(kMaxSearchCandidates, std::max(limit, limit * kSearchCandidatesPerHit))
            : limit;
    // The sort holds every matching page's row: only short columns here, the page's text is
    // read for the hits alone (by rowid).
    const QString sql =
        QStringLiteral(
            "SELECT t.rowid, m.id, m.code, m.title, m.meeting_date, i.id, i.position, i.title, "
            "d.id, d.title, v.id, v.id = d.current_version_id, t.page, "
            "CASE WHEN v.mime_type = 'application/pdf' THEN v.blob_sha256 "
            "ELSE r.blob_sha256 END, "
            "EXISTS (SELECT 1 FROM ocr_page o WHERE o.version_id = v.id AND o.page = t.page) "
            "FROM page_text t "
            "JOIN document_version v ON v.id = t.version_id "
            "JOIN document d ON d.id = v.document_id "
            "JOIN agenda_item i ON i.id = d.item_id "
            "JOIN meeting m ON m.id = i.meeting_id "
            "LEFT JOIN rendition r ON r.version_id = v.id "
            "WHERE page_text MATCH ?1 AND d.trashed_at IS NULL "
            "AND (?2 = 0 OR substr(m.meeting_date, 1, 4) = printf('%04d', ?2)) "
            "AND (?3 = '' OR m.id IN (SELECT id FROM meeting WHERE ") +
        QLatin1String(catalogrows::kMeetingStateExpression) +
        QStringLiteral(" = ?3)) ORDER BY v.id = d.current_version_id DESC, rank LIMIT ?4");
    sql::Statement s(m_db, sql.toUtf8().constData());
    s.bind(1, query.ftsExpression())
        .bind(2, filter.year)
        .bind(3, filter.state ? meetingStateKey(*filter.state) : QStringLiteral(""))
        .bind(4, candidates);
    sql::Statement page(m_db, "SELECT original FROM page_text WHERE rowid = ?");

    QList<SearchHit> hits;
    while (hits.size() < limit && s.step()) {
        page.bind(1, s.int64(0));
        const QString original = page.step() ? page.text(0) : QString();
        page.reset();
        const QList<SearchQuery::Range> matches = query.matches(original);
        // Only FTS5's folded reading of the page holds all the words: not with the marks typed.
        if (matches.isEmpty() && query.needsExactCheck())
            continue;
        SearchHit hit;
        hit.meetingId = s.int64(1);
        hit.meetingCode = s.text(2);
        hit.meetingTitle = s.text(3);
        hit.meetingDate = QDate::fromString(s.text(4), Qt::ISODate);
        hit.itemId = s.int64(5);
        hit.itemNumber = s.int32(6);
        hit.itemTitle = s.text(7);
        hit.documentId = s.int64(8);
        hit.documentTitle = s.text(9);
        hit.versionId = s.int64(10);
        hit.currentVersion = s.int64(11) != 0;
        hit.page = s.int32(12);
        hit.pdfSha256 = s.text(13);
        hit.recognised = s.int64(14) != 0;
        hit.snippet = snippetFrom(original, matches, hit.snippetMarks);
        hits.append(hit);
    }
    return hits;
}

} // namespace docket
