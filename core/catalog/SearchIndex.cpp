// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/SearchIndex.h"

#include "catalog/SearchQuery.h"
#include "catalog/Sqlite.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace docket::sql {

namespace {

// The tokenizer keeps no state: every instance is this one.
char g_instance = 0;

int createTokenizer(void *, const char **, int, Fts5Tokenizer **out)
{
    *out = reinterpret_cast<Fts5Tokenizer *>(&g_instance);
    return SQLITE_OK;
}

void deleteTokenizer(Fts5Tokenizer *) {}

// UTF-8 length of a UTF-16 unit, so that each word's byte offsets can be told to FTS5 (it uses
// them only for its highlight() and snippet(), which Docket does not call, but they must lie
// within the text). A surrogate pair is four bytes: two for each half.
int utf8Length(char16_t unit)
{
    if (unit < 0x80)
        return 1;
    if (unit < 0x800 || QChar::isSurrogate(unit))
        return 2;
    return 3;
}

int tokenize(Fts5Tokenizer *, void *context, int flags, const char *text, int size,
             int (*token)(void *, int, const char *, int, int, int))
{
    if (size <= 0)
        return SQLITE_OK;
    const QString page = QString::fromUtf8(text, size);
    // A query is SearchQuery's: its words already folded or, typed with marks, case-folded.
    const bool query = (flags & FTS5_TOKENIZE_QUERY) != 0;
    qsizetype unit = 0;
    int byte = 0;
    const auto byteAt = [&](qsizetype to) {
        for (; unit < to; ++unit)
            byte += utf8Length(page[unit].unicode());
        return std::min(byte, size); // text that was not UTF-8 comes back longer
    };
    for (const SearchQuery::Token &word : SearchQuery::tokenize(page, true)) {
        if (word.folded.isEmpty()) // marks alone: no word for search either
            continue;
        const int start = byteAt(word.start);
        const int end = byteAt(word.end);
        const QByteArray first = (query ? word.cased : word.folded).toUtf8();
        int rc = token(context, 0, first.constData(), static_cast<int>(first.size()), start, end);
        if (rc == SQLITE_OK && !query && word.cased != word.folded) {
            const QByteArray marked = word.cased.toUtf8();
            rc = token(context, FTS5_TOKEN_COLOCATED, marked.constData(),
                       static_cast<int>(marked.size()), start, end);
        }
        if (rc != SQLITE_OK)
            return rc;
    }
    return SQLITE_OK;
}

fts5_tokenizer g_tokenizer{createTokenizer, deleteTokenizer, tokenize};

// The number of tokens of each page (FTS5's docsize), for the rank function, held in memory:
// FTS5 looks it up row by row, one SQL statement each, which at a common word (50,000 pages)
// costs four times all the rest of the ranking. Read again whenever the index changed since,
// which the index's structure record (rowid 10 of its _data table, rewritten by every change
// that reaches the file, from any connection) tells.
class PageLengths
{
public:
    explicit PageLengths(sqlite3 *db) : m_db(db) {}

    // False when the lengths cannot be read: the rank function asks FTS5 instead.
    bool refresh()
    {
        const QByteArray now = structure();
        if (m_valid && now == m_structure)
            return true;
        m_valid = false;
        m_lengths.clear();
        m_pagesWith.clear();
        sqlite3_stmt *rows = nullptr;
        if (sqlite3_prepare_v2(m_db, "SELECT id, sz FROM page_search_docsize", -1, &rows,
                               nullptr) != SQLITE_OK) {
            sqlite3_finalize(rows);
            return false;
        }
        while (sqlite3_step(rows) == SQLITE_ROW) {
            const sqlite3_int64 id = sqlite3_column_int64(rows, 0);
            if (id < 0 || id > kMaxRowid)
                continue; // not kept: asked of FTS5
            const auto *bytes = static_cast<const unsigned char *>(sqlite3_column_blob(rows, 1));
            const int size = sqlite3_column_bytes(rows, 1);
            // A varint: seven bits a byte, the high bit saying more follow.
            std::uint32_t length = 0;
            for (int i = 0; i < size && i < 5; ++i) {
                length = (length << 7) | (bytes[i] & 0x7f);
                if ((bytes[i] & 0x80) == 0)
                    break;
            }
            if (static_cast<size_t>(id) >= m_lengths.size())
                m_lengths.resize(static_cast<size_t>(id) + 1, kUnknown);
            m_lengths[static_cast<size_t>(id)] = length;
        }
        sqlite3_finalize(rows);
        m_structure = now;
        m_valid = true;
        return true;
    }
    // kUnknown when not known.
    std::uint32_t length(sqlite3_int64 rowid) const
    {
        return rowid >= 0 && static_cast<size_t>(rowid) < m_lengths.size()
                   ? m_lengths[static_cast<size_t>(rowid)]
                   : kUnknown;
    }
    static constexpr std::uint32_t kUnknown = 0xffffffff;

    // How many pages hold a phrase (as the query wrote it), for its idf: FTS5 counts them by
    // reading all of its pages, which for a common word costs as much as ranking them, and
    // typing asks again for the same words at every key. Kept until the index changes.
    std::optional<sqlite3_int64> pagesWith(const QByteArray &phrase) const
    {
        const auto known = m_pagesWith.constFind(phrase);
        return known == m_pagesWith.cend() ? std::nullopt : std::optional(*known);
    }
    void setPagesWith(const QByteArray &phrase, sqlite3_int64 pages)
    {
        if (m_pagesWith.size() > 10000)
            m_pagesWith.clear();
        m_pagesWith.insert(phrase, pages);
    }

private:
    static constexpr sqlite3_int64 kMaxRowid = 64 * 1024 * 1024; // 256 MB of lengths at most

    QByteArray structure() const
    {
        QByteArray block;
        sqlite3_stmt *read = nullptr;
        if (sqlite3_prepare_v2(m_db, "SELECT block FROM page_search_data WHERE id = 10", -1, &read,
                               nullptr) == SQLITE_OK &&
            sqlite3_step(read) == SQLITE_ROW)
            block = QByteArray(static_cast<const char *>(sqlite3_column_blob(read, 0)),
                               sqlite3_column_bytes(read, 0));
        sqlite3_finalize(read);
        return block;
    }

    sqlite3 *m_db;
    QByteArray m_structure;
    bool m_valid = false;
    std::vector<std::uint32_t> m_lengths;
    QHash<QByteArray, sqlite3_int64> m_pagesWith;
};

// The phrases of a MATCH expression as SearchQuery::ftsExpression() writes it: each quoted,
// a prefix's star after its quote; FTS5 numbers them in this order.
QList<QByteArray> phrasesOf(const QByteArray &expression)
{
    QList<QByteArray> phrases;
    qsizetype at = 0;
    while ((at = expression.indexOf('"', at)) >= 0) {
        const qsizetype end = expression.indexOf('"', at + 1);
        if (end < 0)
            return {};
        const bool prefix = end + 1 < expression.size() && expression[end + 1] == '*';
        phrases << expression.mid(at, end - at + 1 + (prefix ? 1 : 0));
        at = end + 1;
    }
    return phrases;
}

// What the rank function works out once per query, as FTS5's bm25 does: the average page
// length and each phrase's inverse document frequency.
struct QueryFigures
{
    double averageLength = 1;
    std::vector<double> idf;
    bool lengthsKnown = false;
};

int countRow(const Fts5ExtensionApi *, Fts5Context *, void *count)
{
    ++*static_cast<sqlite3_int64 *>(count);
    return SQLITE_OK;
}

// bm25 as FTS5 computes it (k1 = 1.2, b = 0.75, one column, an idf of at most 1e-6 for a phrase
// on more than half the pages), negative so that the best sorts first; the same figures, with
// the page lengths from PageLengths.
// Its argument, when given, is the MATCH expression (to know the phrases by their text).
void rank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *result, int count,
          sqlite3_value **arguments)
{
    constexpr double k1 = 1.2;
    constexpr double b = 0.75;
    auto *lengths = static_cast<PageLengths *>(api->xUserData(fts));
    auto *figures = static_cast<QueryFigures *>(api->xGetAuxdata(fts, 0));
    if (figures == nullptr) {
        auto made = std::make_unique<QueryFigures>();
        sqlite3_int64 rows = 0;
        sqlite3_int64 tokens = 0;
        int rc = api->xRowCount(fts, &rows);
        if (rc == SQLITE_OK)
            rc = api->xColumnTotalSize(fts, -1, &tokens);
        made->averageLength = rows > 0 ? static_cast<double>(tokens) / double(rows) : 1;
        made->lengthsKnown = lengths->refresh();
        QList<QByteArray> phrases;
        if (count >= 1 && made->lengthsKnown)
            phrases = phrasesOf(
                QByteArray(reinterpret_cast<const char *>(sqlite3_value_text(arguments[0])),
                           sqlite3_value_bytes(arguments[0])));
        if (phrases.size() != api->xPhraseCount(fts))
            phrases.clear();
        for (int phrase = 0; rc == SQLITE_OK && phrase < api->xPhraseCount(fts); ++phrase) {
            std::optional<sqlite3_int64> known;
            if (!phrases.isEmpty())
                known = lengths->pagesWith(phrases[phrase]);
            sqlite3_int64 having = known.value_or(0);
            if (!known) {
                rc = api->xQueryPhrase(fts, phrase, &having, countRow);
                if (rc == SQLITE_OK && !phrases.isEmpty())
                    lengths->setPagesWith(phrases[phrase], having);
            }
            const double idf =
                std::log((double(rows) - double(having) + 0.5) / (double(having) + 0.5));
            made->idf.push_back(idf <= 0 ? 1e-6 : idf);
        }
        if (rc != SQLITE_OK) {
            sqlite3_result_error_code(result, rc);
            return;
        }
        figures = made.get();
        rc = api->xSetAuxdata(fts, made.release(),
                              [](void *data) { delete static_cast<QueryFigures *>(data); });
        if (rc != SQLITE_OK) {
            sqlite3_result_error_code(result, rc);
            return;
        }
    }
    std::uint32_t length =
        figures->lengthsKnown ? lengths->length(api->xRowid(fts)) : PageLengths::kUnknown;
    if (length == PageLengths::kUnknown) {
        int size = 0;
        if (const int rc = api->xColumnSize(fts, -1, &size); rc != SQLITE_OK) {
            sqlite3_result_error_code(result, rc);
            return;
        }
        length = static_cast<std::uint32_t>(std::max(0, size));
    }
    const double norm = k1 * (1 - b + b * double(length) / figures->averageLength);
    double score = 0;
    for (size_t phrase = 0; phrase < figures->idf.size(); ++phrase) {
        Fts5PhraseIter it;
        int column = 0;
        int offset = 0;
        int seen = 0;
        api->xPhraseFirst(fts, static_cast<int>(phrase), &it, &column, &offset);
        for (; column >= 0; api->xPhraseNext(fts, &it, &column, &offset))
            ++seen;
        score += figures->idf[phrase] * (seen * (k1 + 1)) / (seen + norm);
    }
    sqlite3_result_double(result, -score);
}

[[noreturn]] void refuse(sqlite3 *db)
{
    throw CatalogError(
        CatalogError::Kind::Other,
        QCoreApplication::translate("Catalog", "This SQLite has no full-text search (FTS5): %1")
            .arg(QString::fromUtf8(sqlite3_errmsg(db))));
}

} // namespace

void registerSearchIndex(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK)
        refuse(db);
    sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    if (api == nullptr || api->iVersion < 2 ||
        api->xCreateTokenizer(api, kSearchTokenizer, nullptr, &g_tokenizer, nullptr) != SQLITE_OK)
        refuse(db);
    // Per connection: its lengths follow what it sees.
    auto lengths = std::make_unique<PageLengths>(db);
    if (api->xCreateFunction(api, kSearchRank, lengths.get(), rank, [](void *data) {
            delete static_cast<PageLengths *>(data);
        }) != SQLITE_OK)
        refuse(db);
    static_cast<void>(lengths.release()); // the connection owns it now
}

} // namespace docket::sql
