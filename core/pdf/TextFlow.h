// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QRectF>
#include <QString>

#include <optional>
#include <vector>

namespace docket {

// A page's text as a phone reads it best: not the page's lines, which an A4 width breaks where
// a 390-px screen would not, but its paragraphs, headings, list items and table rows, which the
// phone then wraps at its own width and font size (WCAG 1.4.4, 1.4.10). Pure: the render worker
// reads the words with Poppler (in reading order, columns one after the other, as pdftotext
// does) and hands their lines here; the serving process only ever sees the blocks, as JSON it
// checks, and writes the HTML itself (see html()).
namespace textflow {

inline constexpr QChar kCellSeparator = u'\t';

// One line as Poppler found it: its words, and the gaps between them.
struct Line
{
    // The words joined by single spaces, or by kCellSeparator where they stand far apart
    // (wider than the line is tall, three times over): a table's cells.
    QString text;
    QRectF box;           // points, from the page's top left
    double widestGap = 0; // points: the widest space between two of its words
};

struct Block
{
    enum class Kind
    {
        Heading,   // larger than the body text, or a short centred line in capitals
        Paragraph, // lines joined, hyphens at line ends undone
        ListItem,  // starts with a bullet or a number ("•", "-", "1.", "a)", "II.")
        Row        // a table's row: cells kept apart, never joined with its neighbours
    };
    Kind kind = Kind::Paragraph;
    int level = 2; // a heading's: 2 (much larger than the body) or 3
    QString text;  // a row's cells are separated by kCellSeparator
    bool operator==(const Block &) const = default;
};

// The blocks of a page whose lines come in reading order. `pageWidth`: points.
std::vector<Block> flow(const std::vector<Line> &lines, double pageWidth);

// Undoes the hyphen that split a word over two lines: "Thành-" + "phố" stays (a Vietnamese
// compound), "develop-" + "ment" becomes "development". Only a hyphen after a letter, before a
// lowercase letter, in a word of Latin letters without Vietnamese marks, is taken for a break.
QString joinLines(const QString &first, const QString &second);

// The worker's answer and its reading: [{"k":"h2"|"h3"|"p"|"li"|"tr","t":"..."}...]. nullopt
// for anything else (a worker that answers nonsense), and past kMaxBlocks or kMaxChars.
QByteArray toJson(const std::vector<Block> &blocks);
std::optional<std::vector<Block>> fromJson(const QByteArray &json);
constexpr int kMaxBlocks = 20000;
constexpr qsizetype kMaxChars = 2 * 1024 * 1024;
// Raised whenever what flow(), html() or outlineHtml() make changes: cached fragments made by
// an older version are then drawn again (see PageKey::text()).
constexpr int kFormatVersion = 2;

// The blocks as an HTML fragment, every character of the PDF's escaped: consecutive list items
// in one list, a row's cells as spans. Empty for a page without text.
QByteArray html(const std::vector<Block> &blocks);

// A document's own contents list (the PDF outline), as the worker reads it.
struct OutlineEntry
{
    QString title;
    int page = 0; // 1-based; 0 when the entry leads nowhere in this file
    int depth = 0;
    bool operator==(const OutlineEntry &) const = default;
};
QByteArray outlineToJson(const std::vector<OutlineEntry> &entries);
std::optional<std::vector<OutlineEntry>> outlineFromJson(const QByteArray &json);
constexpr int kMaxOutlineEntries = 5000;
constexpr int kMaxOutlineDepth = 4; // deeper entries are shown at this depth
// Nested lists of links to `at?n=PAGE` (relative: the contents page is a sibling of /at).
QByteArray outlineHtml(const std::vector<OutlineEntry> &entries);

} // namespace textflow
} // namespace docket
