// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/SearchQuery.h"

#include "util/Error.h"

#include <algorithm>
#include <array>
#include <memory>

namespace docket {

namespace {

// What makes a word, as FTS5's unicode61 sees it: letters and digits, and the marks that a
// decomposed text puts after its letters. Surrogates are taken as letters (outside the BMP
// they mostly are).
bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c.isSurrogate();
}

// One letter of a composed (NFC) text folded: case and marks removed, đ as d. Kept in a
// table for the whole BMP, made once: folding every word of every candidate page one
// normalization at a time would cost more than the search itself.
const std::array<char16_t, 0x10000> &foldTable()
{
    static const auto table = [] {
        auto folded = std::make_unique<std::array<char16_t, 0x10000>>();
        for (char32_t u = 0; u < 0x10000; ++u) {
            const QChar c(static_cast<char16_t>(u));
            char16_t into = c.toCaseFolded().unicode();
            if (!c.isSurrogate()) {
                const QString decomposed =
                    QString(QChar(into)).normalized(QString::NormalizationForm_D);
                if (!decomposed.isEmpty() && !decomposed[0].isMark())
                    into = decomposed[0].unicode();
            }
            if (into == 0x0111) // đ: a letter of its own that unicode61 keeps; d for search
                into = u'd';
            (*folded)[u] = into;
        }
        return folded;
    }();
    return *table;
}

} // namespace

QString SearchQuery::caseFold(const QString &word)
{
    bool composed = true;
    for (const QChar c : word)
        composed = composed && !c.isMark();
    if (!composed)
        return word.normalized(QString::NormalizationForm_C)
            .toCaseFolded()
            .normalized(QString::NormalizationForm_C);
    return word.toCaseFolded();
}

QString SearchQuery::fold(const QString &word)
{
    const auto &table = foldTable();
    QString folded;
    folded.reserve(word.size());
    for (const QChar c : word)
        if (!c.isMark()) // a decomposed text's marks
            folded += QChar(table[c.unicode()]);
    return folded;
}

QList<SearchQuery::Token> SearchQuery::tokenize(const QString &text, bool withCased)
{
    const auto &table = foldTable();
    QList<Token> tokens;
    qsizetype i = 0;
    const qsizetype size = text.size();
    while (i < size) {
        while (i < size && !isWordChar(text[i]))
            ++i;
        const qsizetype start = i;
        Token token;
        while (i < size && isWordChar(text[i])) {
            if (!text[i].isMark())
                token.folded += QChar(table[text[i].unicode()]);
            ++i;
        }
        if (i > start) {
            token.start = start;
            token.end = i;
            if (withCased)
                token.cased = caseFold(text.mid(start, i - start));
            tokens.append(std::move(token));
        }
    }
    return tokens;
}

SearchQuery SearchQuery::parse(const QString &text)
{
    SearchQuery query;
    QString segment;
    bool quoted = false;
    bool lastFromOpenEnd = false; // the last term came from the text after the last quote
    const auto flush = [&](bool phrase, bool atEnd) {
        QStringList words;
        for (const Token &token : tokenize(segment, true))
            if (!token.folded.isEmpty())
                words << token.cased;
        segment.clear();
        if (words.isEmpty())
            return;
        if (phrase) {
            query.m_terms.append({words, {}, {}, words.size() > 1, false});
        } else {
            for (const QString &word : words)
                query.m_terms.append({{word}, {}, {}, false, false});
        }
        lastFromOpenEnd = atEnd;
    };
    for (const QChar c : text) {
        if (c == u'"') {
            flush(quoted, false);
            quoted = !quoted;
        } else {
            segment += c;
        }
    }
    flush(quoted, true);
    if (query.m_terms.isEmpty())
        throw Error(tr("Nothing to search for: give at least one word."));
    // The last word as typed so far, unless a closing quote said the phrase is complete.
    if (lastFromOpenEnd)
        query.m_terms.last().prefix = true;
    for (Term &term : query.m_terms)
        for (QString &word : term.words) {
            const bool marked = fold(word) != word;
            term.marked << marked;
            term.folded << fold(word);
            if (!marked)
                word = fold(word); // as the page's folded words will be compared with it
        }
    return query;
}

QString SearchQuery::ftsExpression() const
{
    QStringList parts;
    for (const Term &term : m_terms) {
        // Only letters, digits and marks: nothing FTS5 would read as syntax. Folded when typed
        // without marks, case-folded when typed with them (parse()): as the index has them.
        parts << u'"' + term.words.join(u' ') + u'"' +
                     (term.prefix ? QStringLiteral("*") : QString());
    }
    return parts.join(u' ');
}

bool SearchQuery::wordMatches(const Term &term, qsizetype word, const QString &text,
                              const Token &token)
{
    const bool prefix = term.prefix && word == term.words.size() - 1;
    const QString &folded = term.folded[word];
    if (!(prefix ? token.folded.startsWith(folded) : token.folded == folded))
        return false;
    if (!term.marked[word])
        return true;
    // Its marks, looked at only for a word that folds alike: most words of a page do not.
    const QString cased = caseFold(text.mid(token.start, token.end - token.start));
    const QString &wanted = term.words[word];
    return prefix ? cased.startsWith(wanted) : cased == wanted;
}

QList<SearchQuery::Range> SearchQuery::matches(const QString &text) const
{
    const QList<Token> tokens = tokenize(text, false);
    QList<Range> ranges;
    for (const Term &term : m_terms) {
        const qsizetype length = term.words.size();
        bool found = false;
        for (qsizetype at = 0; at + length <= tokens.size(); ++at) {
            bool all = true;
            for (qsizetype k = 0; k < length && all; ++k)
                all = wordMatches(term, k, text, tokens[at + k]);
            if (all) {
                found = true;
                ranges.append({tokens[at].start, tokens[at + length - 1].end});
            }
        }
        if (!found)
            return {};
    }
    std::sort(ranges.begin(), ranges.end());
    QList<Range> merged;
    for (const Range &range : std::as_const(ranges)) {
        if (!merged.isEmpty() && range.first <= merged.last().second)
            merged.last().second = std::max(merged.last().second, range.second);
        else
            merged.append(range);
    }
    return merged;
}

QList<bool> SearchQuery::matchingWords(const QStringList &pageWords) const
{
    QString joined;
    QList<qsizetype> starts;
    for (const QString &word : pageWords) {
        starts << joined.size();
        joined += word;
        joined += u' ';
    }
    QList<bool> matching(pageWords.size(), false);
    for (const Range &range : matches(joined)) {
        // The words the range touches: from the last one starting at or before its start.
        auto at = std::upper_bound(starts.begin(), starts.end(), range.first) - starts.begin() - 1;
        for (; at >= 0 && at < starts.size() && starts[at] < range.second; ++at)
            matching[at] = true;
    }
    return matching;
}

QString SearchQuery::snippet(const QString &original, const QList<Range> &matches,
                             QList<std::pair<qsizetype, qsizetype>> &marks, qsizetype radius)
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

} // namespace docket
