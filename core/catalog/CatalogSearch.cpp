// SPDX-License-Identifier: GPL-3.0-or-later
// Search in the text of every page.
#include "catalog/Catalog.h"
#include "catalog/CatalogRows.h"
#include "util/Error.h"

#include <QRegularExpression>

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

constexpr QChar kMatchStart(0x0001);
constexpr QChar kMatchEnd(0x0002);

// The highlighted folded text, back in the original's letters (same length, char for char),
// cut to about `radius` characters either side of the first match.
QString snippetFrom(const QString &highlighted, const QString &original, int radius = 80)
{
    QString text;
    text.reserve(highlighted.size());
    qsizetype at = 0;
    for (const QChar c : highlighted) {
        if (c == kMatchStart)
            text += u'[';
        else if (c == kMatchEnd)
            text += u']';
        else
            text += at < original.size() ? original[at++] : c;
    }
    const qsizetype first = text.indexOf(u'[');
    const qsizetype from = std::max<qsizetype>(0, first - radius);
    qsizetype to = std::min<qsizetype>(text.size(), std::max<qsizetype>(first, 0) + radius * 2);
    // Whole words at the edges.
    qsizetype start = from;
    if (start > 0)
        while (start < first && !text[start - 1].isSpace())
            ++start;
    while (to < text.size() && !text[to].isSpace() && to - first < radius * 3)
        ++to;
    QString cut = text.mid(start, to - start).trimmed();
    if (start > 0)
        cut.prepend(u'…');
    if (to < text.size())
        cut.append(u'…');
    return cut;
}

} // namespace

QList<SearchHit> Catalog::search(const QString &query, int limit)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    const QStringList words = searchFold(query).split(separators, Qt::SkipEmptyParts);
    if (words.isEmpty())
        throw Error(tr("Nothing to search for: give at least one word."));
    QStringList terms;
    for (const QString &word : words)
        terms << u'"' + word + u'"';
    terms.last() += u'*'; // the last word as typed so far
    const QString match = terms.join(u' ');

    QList<SearchHit> hits;
    sql::Statement s(m_db,
                     "SELECT m.code, m.title, m.meeting_date, i.position, i.title, d.id, d.title, "
                     "v.id, v.id = d.current_version_id, t.page, "
                     "highlight(page_text, 0, char(1), char(2)), t.original "
                     "FROM page_text t "
                     "JOIN document_version v ON v.id = t.version_id "
                     "JOIN document d ON d.id = v.document_id "
                     "JOIN agenda_item i ON i.id = d.item_id "
                     "JOIN meeting m ON m.id = i.meeting_id "
                     "WHERE page_text MATCH ? AND d.trashed_at IS NULL "
                     "ORDER BY v.id = d.current_version_id DESC, rank LIMIT ?");
    s.bind(1, match).bind(2, std::max(1, limit));
    while (s.step()) {
        SearchHit hit;
        hit.meetingCode = s.text(0);
        hit.meetingTitle = s.text(1);
        hit.meetingDate = QDate::fromString(s.text(2), Qt::ISODate);
        hit.itemNumber = s.int32(3);
        hit.itemTitle = s.text(4);
        hit.documentId = s.int64(5);
        hit.documentTitle = s.text(6);
        hit.versionId = s.int64(7);
        hit.currentVersion = s.int64(8) != 0;
        hit.page = s.int32(9);
        hit.snippet = snippetFrom(s.text(10), s.text(11));
        hits.append(hit);
    }
    return hits;
}

} // namespace docket
