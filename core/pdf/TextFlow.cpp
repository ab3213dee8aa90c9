// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf/TextFlow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace docket::textflow {

namespace {

bool isHyphen(QChar c)
{
    return c == u'-' || c == QChar(0x2010) || c == QChar(0x00AD);
}

// A word of plain Latin letters: where a line-end hyphen may be a break. Vietnamese syllables
// carry marks and are never split across lines; a hyphen next to them is part of the text.
bool plainLatin(QStringView word)
{
    return !word.isEmpty() && std::all_of(word.begin(), word.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
    });
}

QStringView lastWord(QStringView text)
{
    const qsizetype space = text.lastIndexOf(u' ');
    return space < 0 ? text : text.sliced(space + 1);
}

QStringView firstWord(QStringView text)
{
    qsizetype end = 0;
    while (end < text.size() && text[end].isLetter())
        ++end;
    return text.first(end);
}

bool startsList(const QString &text)
{
    // Bullets, dashes, "1." "1)" "(1)" "a)" "đ)" "IV." followed by a space.
    static const QRegularExpression marker(QStringLiteral(
        "^(?:[•·▪●◦‣○■□►✓–—*+-]\\s|\\(?[0-9]{1,3}[.)]\\s|\\(?[a-zđ][.)]\\s|[IVXLC]{1,6}[.)]\\s)"));
    return marker.match(text).hasMatch();
}

bool inCapitals(const QString &text)
{
    int letters = 0;
    for (const QChar c : text) {
        if (!c.isLetter())
            continue;
        if (c.isLower())
            return false;
        ++letters;
    }
    return letters >= 3;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    const auto middle = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    return *middle;
}

const char *kindName(const Block &block)
{
    switch (block.kind) {
    case Block::Kind::Heading:
        return block.level <= 2 ? "h2" : "h3";
    case Block::Kind::Paragraph:
        return "p";
    case Block::Kind::ListItem:
        return "li";
    case Block::Kind::Row:
        return "tr";
    }
    return "p";
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

QString joinLines(const QString &first, const QString &second)
{
    if (first.isEmpty())
        return second;
    if (second.isEmpty())
        return first;
    const QChar last = first.back();
    if (!isHyphen(last))
        return first + u' ' + second;
    const QStringView before = lastWord(QStringView(first).chopped(1));
    const QStringView after = firstWord(second);
    // A soft hyphen is only ever a break; a real one only between two halves of a plain word.
    const bool softBreak = last == QChar(0x00AD) && !before.isEmpty() && !after.isEmpty();
    const bool wordBreak = plainLatin(before) && plainLatin(after) && after.front().isLower();
    if (softBreak || wordBreak)
        return first.chopped(1) + second;
    return first + second; // "COVID-" "19": the hyphen is the text's
}

std::vector<Block> flow(const std::vector<Line> &input, double pageWidth)
{
    std::vector<Line> lines;
    for (const Line &line : input)
        if (!line.text.trimmed().isEmpty() && line.box.height() > 0)
            lines.push_back(line);
    if (lines.empty())
        return {};

    // The body text's size: the height most characters are drawn at.
    std::vector<double> heights;
    for (const Line &line : lines)
        for (qsizetype i = 0; i < std::min<qsizetype>(line.text.size(), 200); i += 10)
            heights.push_back(line.box.height());
    const double body = std::max(1.0, median(heights));
    double textLeft = lines.front().box.left();
    double textRight = lines.front().box.right();
    for (const Line &line : lines) {
        textLeft = std::min(textLeft, line.box.left());
        textRight = std::max(textRight, line.box.right());
    }
    const double textWidth = std::max(1.0, textRight - textLeft);

    std::vector<Block> blocks;
    const Line *previous = nullptr;
    double blockLeft = 0;
    double blockRight = 0;
    for (const Line &line : lines) {
        const QString text = line.text.simplified();
        const double height = line.box.height();
        const bool row = line.widestGap > 2.5 * body && line.text.contains(kCellSeparator);
        const bool marker = startsList(text);
        const bool larger = height > 1.2 * body;
        const double centre = line.box.center().x();
        const bool centred = std::abs(centre - pageWidth / 2) < 0.06 * pageWidth &&
                             line.box.width() < 0.7 * textWidth;
        const bool heading = text.size() <= 200 && (larger || (centred && inCapitals(text)));

        bool starts =
            !previous || blocks.empty() || row || marker || blocks.back().kind == Block::Kind::Row;
        if (!starts) {
            const Block &open = blocks.back();
            const bool openHeading = open.kind == Block::Kind::Heading;
            const double gap = line.box.top() - previous->box.bottom();
            // A column's end: the next line is back up the page.
            const bool wentUp = gap < -body;
            const bool spaced = gap > 0.9 * std::max(body, previous->box.height());
            const bool sizeChanged =
                std::abs(height - previous->box.height()) > 0.15 * previous->box.height();
            // A paragraph's last line stops short of the column's right edge.
            const bool previousShort =
                previous->box.right() < blockRight - std::max(3 * body, 0.12 * textWidth);
            // A first line indented: the next paragraph.
            const bool indented =
                open.kind == Block::Kind::Paragraph && line.box.left() > blockLeft + 1.5 * body;
            starts = heading != openHeading || wentUp || spaced || (openHeading && sizeChanged) ||
                     (!openHeading && previousShort) || indented;
        }
        if (starts) {
            Block block;
            block.kind = row       ? Block::Kind::Row
                         : heading ? Block::Kind::Heading
                         : marker  ? Block::Kind::ListItem
                                   : Block::Kind::Paragraph;
            block.level = height > 1.5 * body ? 2 : 3;
            // A row keeps its cells: the line's wide gaps, which the worker wrote as tabs.
            block.text = row ? line.text.trimmed()
                                   .split(kCellSeparator, Qt::SkipEmptyParts)
                                   .replaceInStrings(QRegularExpression(QStringLiteral("\\s+")),
                                                     QStringLiteral(" "))
                                   .join(kCellSeparator)
                             : text;
            blocks.push_back(block);
            blockLeft = line.box.left();
            blockRight = line.box.right();
        } else {
            blocks.back().text = joinLines(blocks.back().text, text);
            blockLeft = std::min(blockLeft, line.box.left());
            blockRight = std::max(blockRight, line.box.right());
        }
        previous = &line;
    }
    return blocks;
}

QByteArray toJson(const std::vector<Block> &blocks)
{
    QJsonArray array;
    for (const Block &block : blocks)
        array.append(QJsonObject{{QStringLiteral("k"), QString::fromLatin1(kindName(block))},
                                 {QStringLiteral("t"), block.text}});
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

std::optional<std::vector<Block>> fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return std::nullopt;
    const QJsonArray array = document.array();
    if (array.size() > kMaxBlocks)
        return std::nullopt;
    std::vector<Block> blocks;
    qsizetype chars = 0;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        const QString kind = object.value(QStringLiteral("k")).toString();
        Block block;
        block.text = object.value(QStringLiteral("t")).toString();
        chars += block.text.size();
        if (kind == u"h2" || kind == u"h3") {
            block.kind = Block::Kind::Heading;
            block.level = kind == u"h2" ? 2 : 3;
        } else if (kind == u"p") {
            block.kind = Block::Kind::Paragraph;
        } else if (kind == u"li") {
            block.kind = Block::Kind::ListItem;
        } else if (kind == u"tr") {
            block.kind = Block::Kind::Row;
        } else {
            return std::nullopt;
        }
        if (chars > kMaxChars)
            return std::nullopt;
        blocks.push_back(std::move(block));
    }
    return blocks;
}

QByteArray html(const std::vector<Block> &blocks)
{
    QString out;
    bool inList = false;
    for (const Block &block : blocks) {
        const bool item = block.kind == Block::Kind::ListItem;
        if (item != inList)
            out += item ? QStringLiteral("<ul>") : QStringLiteral("</ul>");
        inList = item;
        switch (block.kind) {
        case Block::Kind::Heading: {
            const QString tag = block.level <= 2 ? QStringLiteral("h2") : QStringLiteral("h3");
            out += u'<' + tag + u'>' + esc(block.text) + QStringLiteral("</") + tag + u'>';
            break;
        }
        case Block::Kind::Paragraph:
            out += QStringLiteral("<p>") + esc(block.text) + QStringLiteral("</p>");
            break;
        case Block::Kind::ListItem:
            out += QStringLiteral("<li>") + esc(block.text) + QStringLiteral("</li>");
            break;
        case Block::Kind::Row: {
            QStringList cells;
            for (const QString &cell : block.text.split(kCellSeparator))
                cells << QStringLiteral("<span>") + esc(cell) + QStringLiteral("</span>");
            out += QStringLiteral("<p class=\"tr\">") + cells.join(u' ') + QStringLiteral("</p>");
            break;
        }
        }
    }
    if (inList)
        out += QStringLiteral("</ul>");
    return out.toUtf8();
}

QByteArray outlineToJson(const std::vector<OutlineEntry> &entries)
{
    QJsonArray array;
    for (const OutlineEntry &entry : entries)
        array.append(QJsonObject{{QStringLiteral("t"), entry.title},
                                 {QStringLiteral("p"), entry.page},
                                 {QStringLiteral("d"), entry.depth}});
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

std::optional<std::vector<OutlineEntry>> outlineFromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray() ||
        document.array().size() > kMaxOutlineEntries)
        return std::nullopt;
    std::vector<OutlineEntry> entries;
    for (const QJsonValue &value : document.array()) {
        const QJsonObject object = value.toObject();
        OutlineEntry entry;
        entry.title = object.value(QStringLiteral("t")).toString().simplified().left(500);
        entry.page = std::max(0, object.value(QStringLiteral("p")).toInt());
        entry.depth = std::clamp(object.value(QStringLiteral("d")).toInt(), 0, kMaxOutlineDepth);
        if (!entry.title.isEmpty())
            entries.push_back(std::move(entry));
    }
    return entries;
}

QByteArray outlineHtml(const std::vector<OutlineEntry> &entries)
{
    if (entries.empty())
        return {};
    QString out = QStringLiteral("<ol>");
    int depth = 0;
    bool open = false; // an <li> of the current depth is open
    for (const OutlineEntry &entry : entries) {
        // One level deeper at most at a time, so that every list sits inside an item.
        const int target = std::min(entry.depth, depth + (open ? 1 : 0));
        while (depth < target) {
            out += QStringLiteral("<ol>");
            ++depth;
            open = false;
        }
        while (depth > target) {
            out += QStringLiteral("</li></ol>");
            --depth;
        }
        if (open)
            out += QStringLiteral("</li>");
        out += QStringLiteral("<li>");
        if (entry.page > 0)
            out += QStringLiteral("<a href=\"at?n=") + QString::number(entry.page) +
                   QStringLiteral("\">") + esc(entry.title) +
                   QStringLiteral("</a> <span class=\"meta\">") + QString::number(entry.page) +
                   QStringLiteral("</span>");
        else
            out += esc(entry.title);
        open = true;
    }
    while (depth > 0) {
        out += QStringLiteral("</li></ol>");
        --depth;
    }
    out += QStringLiteral("</li></ol>");
    return out.toUtf8();
}

} // namespace docket::textflow
