// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <QString>

#include <cstdint>

namespace docket {

// A word of a PDF page as Poppler reads it, with where it is drawn.
struct PageWord
{
    QString text;
    QRectF box; // in fractions of the page's width and height, from its top left corner
};

// Where the words of a page are, for the window to mark what a search matched on the page it
// shows. Poppler parses the user's file to find them, so that happens in a child (`docket-cli
// page-words FILE PAGE`, the render workers' program) under limits, never in the window.
class PageWords
{
    Q_DECLARE_TR_FUNCTIONS(PageWords)

public:
    struct Limits
    {
        int milliseconds = 10000;
        std::int64_t memoryBytes = 1LL << 30;
    };
    // In a child of ChildProgram::get(ChildProgram::Use::Rendering); blocks until it answers
    // (make it on the thread that waits: see ChildProcess). Throws docket::Error, translated,
    // when there is no such program, the page cannot be read or the child reached a limit.
    static QList<PageWord> isolated(const QString &pdfPath, int page, const Limits &limits);
    static QList<PageWord> isolated(const QString &pdfPath, int page)
    {
        return isolated(pdfPath, page, Limits{});
    }

    // In this process: only the child calls it. `page` is 1-based. Throws docket::Error.
    static QList<PageWord> read(const QString &pdfPath, int page);
    // The child's side: the words as one JSON object on stdout; exit status 1 with the reason
    // on stderr when the page cannot be read.
    static int runChild(const QString &pdfPath, int page);
};

} // namespace docket
