// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace docket {

// What people type into search, the one reading of it for the window and the CLI:
// - words, all of which must be on the page (in any order);
// - "quoted phrases", whose words must follow one another;
// - the last word (or a phrase's, while its quote is still open) as a prefix: as typed so far;
// - case never matters; a word typed without marks matches with or without them ("ket nap"
//   finds "kết nạp"), a word typed with marks matches exactly those marks ("kết nạp" does not
//   find "kết nấp" or "két náp"). Đ counts as a marked letter (typed "dong" finds "đông").
// The search index (SearchIndex.h) holds each word of a page folded and with its marks, so FTS5
// finds and ranks exactly the pages that match; matches() tells where, for the snippet.
class SearchQuery
{
    Q_DECLARE_TR_FUNCTIONS(SearchQuery)

public:
    struct Term
    {
        QStringList words;  // more than one for a phrase: caseFold() if marked, else fold()
        QList<bool> marked; // typed with marks: to be matched with exactly those
        QStringList folded; // fold() of each word
        bool phrase = false;
        bool prefix = false; // the last word matches as the start of a word
    };
    // A match in a text: [start, end) in UTF-16 units.
    using Range = std::pair<qsizetype, qsizetype>;

    // Throws docket::Error when the text holds no word.
    static SearchQuery parse(const QString &text);

    const QList<Term> &terms() const { return m_terms; }
    // The FTS5 MATCH expression for the search index: every term quoted (FTS5 syntax in the
    // query is just words), each word in the form the index looks it up by.
    QString ftsExpression() const;

    // Where the terms occur in `text`, in order; empty unless every term occurs at least once.
    QList<Range> matches(const QString &text) const;
    // For the words of a page as a PDF gives them (each may carry punctuation): whether each
    // is part of a match. All false unless every term occurs on the page.
    QList<bool> matchingWords(const QStringList &pageWords) const;

    // The original text with the matches between [ and ], cut to about `radius` characters
    // either side of the first match, whole words at the edges; `marks` gets where the matched
    // words are in it (each between the brackets).
    static QString snippet(const QString &original, const QList<Range> &matches,
                           QList<std::pair<qsizetype, qsizetype>> &marks, qsizetype radius = 80);

    // Case and marks removed, đ as d: how search compares a word typed without marks.
    static QString fold(const QString &word);
    // Case removed, marks kept (NFC): how it compares a word typed with them.
    static QString caseFold(const QString &word);

    // A word of a text: letters, digits and the marks after them, as the index and matches()
    // both split it.
    struct Token
    {
        qsizetype start = 0;
        qsizetype end = 0;
        QString folded; // fold()
        QString cased;  // caseFold(), when asked for
    };
    static QList<Token> tokenize(const QString &text, bool withCased);

private:
    static bool wordMatches(const Term &term, qsizetype word, const QString &text,
                            const Token &token);

    QList<Term> m_terms;
};

} // namespace docket
