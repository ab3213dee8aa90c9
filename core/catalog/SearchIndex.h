// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

struct sqlite3;

namespace docket::sql {

// The FTS5 tokenizer of the search index, named kSearchTokenizer, registered on `db`: every
// connection that writes page text or searches it needs it (sql::Database registers it on
// opening). It splits a page into the words SearchQuery sees and indexes each twice at one
// position: folded (case and marks removed, đ as d: what a word typed without marks is looked
// up by) and, when that differs, with its marks (NFC, case removed: what a word typed with
// marks is looked up by). So FTS5 itself finds "Doãn" without the thousands of pages that say
// "đoàn", phrases keep their positions, and bm25 counts each word once. A query's text is
// taken as SearchQuery::ftsExpression() writes it: each word already in the form it is looked
// up by.
inline constexpr const char *kSearchTokenizer = "docket";
// And its rank function, kSearchRank(page_search[, expression]): bm25 as FTS5's own, computed
// the same way but several times faster (SearchIndex.cpp says why); given the MATCH
// expression, it remembers how many pages hold each of its phrases until the index changes. ORDER
// BY it, not by `rank`, which FTS5 computes in a second pass over every matching page.
inline constexpr const char *kSearchRank = "docket_rank";
// Registers both. Throws CatalogError when FTS5 is missing or refuses them.
void registerSearchIndex(sqlite3 *db);

} // namespace docket::sql
