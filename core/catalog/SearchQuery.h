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
// FTS5 (unicode61, remove_diacritics) folds every mark away, so it finds the candidates and
// ranks them; matches() then keeps the pages where the words typed with marks have them.
class SearchQuery
{
    Q_DECLARE_TR_FUNCTIONS(SearchQuery)

public:
    struct Term
    {
        QStringList words;  // more than one for a phrase: caseFold() if marked, else fold()
        QList<bool> marked; // typed with marks: to be matched with exactly those
        bool phrase = false;
        bool prefix = false; // the last word matches as the start of a word
    };
    // A match in a text: [start, end) in UTF-16 units.
    using Range = std::pair<qsizetype, qsizetype>;

    // Throws docket::Error when the text holds no word.
    static SearchQuery parse(const QString &text);

    const QList<Term> &terms() const { return m_terms; }
    // The FTS5 MATCH expression: every term quoted (FTS5 syntax in the query is just words).
    QString ftsExpression() const;
    // Whether some word was typed with marks, so that FTS5's candidates need matches().
    bool needsExactCheck() const { return m_exact; }

    // A quick first look for matches(): false when some word typed with marks is surely not in
    // `text` (not even as part of a word, in any case), so most pages without it are passed
    // over without reading their words.
    bool mayMatch(const QString &text) const;
    // Where the terms occur in `text`, in order; empty unless every term occurs at least once.
    QList<Range> matches(const QString &text) const;
    // For the words of a page as a PDF gives them (each may carry punctuation): whether each
    // is part of a match. All false unless every term occurs on the page.
    QList<bool> matchingWords(const QStringList &pageWords) const;

    // Case and marks removed, đ as d: how search compares a word typed without marks.
    static QString fold(const QString &word);
    // Case removed, marks kept (NFC): how it compares a word typed with them.
    static QString caseFold(const QString &word);

private:
    struct Token
    {
        qsizetype start = 0;
        qsizetype end = 0;
        QString folded; // fold()
        QString cased;  // caseFold(), when some word was typed with marks
    };
    static QList<Token> tokenize(const QString &text, bool withCased);
    static bool wordMatches(const Term &term, qsizetype word, const Token &token);

    QList<Term> m_terms;
    bool m_exact = false;
    // Each word typed with marks, as substrings to look for: composed and decomposed.
    QList<std::pair<QString, QString>> m_markedForms;
};

} // namespace docket
