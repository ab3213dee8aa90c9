// SPDX-License-Identifier: GPL-3.0-or-later
// The pages of the pack that Docket draws itself: cover, agenda, and the footer stamps.
#include "archive/PackPlan.h"
#include "print/PrintLayouts.h"
#include "print/Slides.h"
#include "util/AudienceText.h"

#include <QFontMetricsF>
#include <QJsonArray>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>

#include <algorithm>

namespace docket::pack {

namespace {

constexpr int kResolution = 600; // device units per inch of the drawn pages

const char *const kContext = "ConferencePack";

} // namespace

QJsonObject Plan::toJson() const
{
    QJsonArray itemsJson;
    for (const Item &item : items) {
        QJsonArray documentsJson;
        for (const Document &document : item.documents)
            documentsJson.append(QJsonObject{{QStringLiteral("title"), document.title},
                                             {QStringLiteral("path"), document.path},
                                             {QStringLiteral("omitted"), document.omitted},
                                             {QStringLiteral("detail"), document.detail}});
        itemsJson.append(QJsonObject{{QStringLiteral("number"), item.number},
                                     {QStringLiteral("title"), item.title},
                                     {QStringLiteral("presenter"), item.presenter},
                                     {QStringLiteral("documents"), documentsJson}});
    }
    return {{QStringLiteral("language"), language},
            {QStringLiteral("title"), title},
            {QStringLiteral("date"), date.isValid() ? date.toString(Qt::ISODate) : QString()},
            {QStringLiteral("venue"), venue},
            {QStringLiteral("items"), itemsJson}};
}

Plan Plan::fromJson(const QJsonObject &object)
{
    Plan plan;
    plan.language = object.value(QStringLiteral("language")).toString();
    plan.title = object.value(QStringLiteral("title")).toString();
    plan.date = QDate::fromString(object.value(QStringLiteral("date")).toString(), Qt::ISODate);
    plan.venue = object.value(QStringLiteral("venue")).toString();
    for (const QJsonValue &itemValue : object.value(QStringLiteral("items")).toArray()) {
        const QJsonObject itemJson = itemValue.toObject();
        Item item;
        item.number = itemJson.value(QStringLiteral("number")).toInt();
        item.title = itemJson.value(QStringLiteral("title")).toString();
        item.presenter = itemJson.value(QStringLiteral("presenter")).toString();
        for (const QJsonValue &documentValue :
             itemJson.value(QStringLiteral("documents")).toArray()) {
            const QJsonObject documentJson = documentValue.toObject();
            item.documents.append({documentJson.value(QStringLiteral("title")).toString(),
                                   documentJson.value(QStringLiteral("path")).toString(),
                                   documentJson.value(QStringLiteral("omitted")).toString(),
                                   documentJson.value(QStringLiteral("detail")).toString()});
        }
        plan.items.append(item);
    }
    return plan;
}

int Plan::documentCount() const
{
    int count = 0;
    for (const Item &item : items)
        count += static_cast<int>(item.documents.size());
    return count;
}

QString omittedReason(const QString &key, const QString &detail, const Translate &say)
{
    if (key == u"not-pdf")
        return say(QT_TRANSLATE_NOOP("ConferencePack", "%1 is not a PDF and has no PDF version"))
            .arg(detail);
    if (key == u"no-rendition")
        return say(QT_TRANSLATE_NOOP("ConferencePack",
                                     "no PDF version of the office file %1 was made"))
            .arg(detail);
    if (key == u"unreadable")
        return say(QT_TRANSLATE_NOOP("ConferencePack", "the PDF cannot be read"));
    if (key == u"password")
        return say(QT_TRANSLATE_NOOP("ConferencePack", "the PDF is locked with a password"));
    if (key == u"no-pages")
        return say(QT_TRANSLATE_NOOP("ConferencePack", "the PDF has no pages"));
    if (key == u"too-long")
        return say(QT_TRANSLATE_NOOP("ConferencePack",
                                     "reading the PDF took longer than %1 seconds"))
            .arg(detail);
    if (key == u"crashed")
        return say(QT_TRANSLATE_NOOP("ConferencePack", "the PDF made the reader crash"));
    if (key == u"memory")
        return say(QT_TRANSLATE_NOOP("ConferencePack", "reading the PDF needed too much memory"));
    return say(QT_TRANSLATE_NOOP("ConferencePack", "the PDF is damaged and cannot be read"));
}

QString stampText(const Plan &plan, int itemNumber, const QString &documentTitle, int page,
                  int totalPages)
{
    const AudienceText text(plan.language, kContext);
    return text(QT_TRANSLATE_NOOP("ConferencePack", "Item %1 · %2 · page %3/%4"))
        .arg(text.locale().toString(itemNumber), documentTitle, text.locale().toString(page),
             text.locale().toString(totalPages));
}

namespace {

struct Measure
{
    qreal mm = kResolution / 25.4;
    qreal pt = kResolution / 72.0;
};

using slidetext::drawWrapped;
using slidetext::kAccent;
using slidetext::kInk;
using slidetext::kMuted;
using slidetext::wrappedHeight;
const QColor kRule(0xc8, 0xcf, 0xd8);

// One line of the agenda: an item, or one of its documents under it.
struct Row
{
    bool isItem = false;
    int itemNumber = 0;
    QString title;
    QString note; // presenter of an item; why a document is not included
    int page = 0;
    bool omitted = false;
    qreal height = 0;
};

class FrontPainter
{
public:
    FrontPainter(QPdfWriter &writer, const Plan &plan, const Numbers &numbers)
        : m_writer(writer), m_plan(plan), m_numbers(numbers), m_text(plan.language, kContext),
          m_page(QPointF(0, 0), writer.pageLayout().paintRectPixels(kResolution).size())
    {}

    int paint()
    {
        m_numberWidth = 12 * m.mm;
        m_pageWidth = 18 * m.mm;
        m_textWidth = m_page.width() - m_numberWidth - m_pageWidth;
        QList<Row> rows = agendaRows();
        QList<qreal> heights;
        for (const Row &row : rows)
            heights << row.height;
        const qreal heading = 16 * m.mm;
        const qreal footer = 10 * m.mm;
        const qreal room = m_page.height() - heading - footer;
        const QList<QList<int>> pages = Printing::paginate(heights, room, room);

        QPainter painter(&m_writer);
        paintCover(painter);
        int pageNumber = 1;
        for (qsizetype p = 0; p < std::max<qsizetype>(1, pages.size()); ++p) {
            m_writer.newPage();
            ++pageNumber;
            drawWrapped(painter, QRectF(0, 0, m_page.width(), heading),
                        slidetext::font(17 * m.pt, true), kInk,
                        m_text(QT_TRANSLATE_NOOP("ConferencePack", "Agenda")));
            painter.setFont(slidetext::font(8.5 * m.pt));
            painter.setPen(kMuted);
            painter.drawText(QRectF(m_page.width() - m_pageWidth, 7 * m.mm, m_pageWidth, 6 * m.mm),
                             Qt::AlignRight | Qt::AlignBottom,
                             m_text(QT_TRANSLATE_NOOP("ConferencePack", "Page")));
            painter.setPen(QPen(kRule, 0.4 * m.pt));
            painter.drawLine(QPointF(0, heading - 2 * m.mm),
                             QPointF(m_page.width(), heading - 2 * m.mm));
            qreal y = heading;
            if (p < pages.size())
                for (const int index : pages[p]) {
                    paintRow(painter, rows[index], y);
                    y += rows[index].height;
                }
            else
                drawWrapped(painter, QRectF(0, y, m_page.width(), 20 * m.mm),
                            slidetext::font(11 * m.pt), kMuted,
                            m_text(QT_TRANSLATE_NOOP("ConferencePack",
                                                     "This meeting has no agenda items.")));
            paintPageNumber(painter, pageNumber);
        }
        return pageNumber;
    }

private:
    QFont itemFont() const { return slidetext::font(12 * m.pt, true); }
    QFont documentFont() const { return slidetext::font(10.5 * m.pt); }
    QFont noteFont() const { return slidetext::font(9 * m.pt); }

    QList<Row> agendaRows()
    {
        QList<Row> rows;
        const qreal gap = 1.2 * m.mm;
        for (qsizetype i = 0; i < m_plan.items.size(); ++i) {
            const Plan::Item &item = m_plan.items[i];
            Row row;
            row.isItem = true;
            row.itemNumber = item.number;
            row.title = item.title;
            row.note = item.presenter.isEmpty()
                           ? QString()
                           : m_text(QT_TRANSLATE_NOOP("ConferencePack", "Presenter: %1"))
                                 .arg(item.presenter);
            row.page = m_numbers.itemFirstPages.value(i);
            row.height =
                3 * m.mm + wrappedHeight(&m_writer, itemFont(), m_textWidth, row.title) +
                (row.note.isEmpty() ? 0
                                    : wrappedHeight(&m_writer, noteFont(), m_textWidth, row.note)) +
                gap;
            rows << row;
            for (qsizetype d = 0; d < item.documents.size(); ++d) {
                const Plan::Document &document = item.documents[d];
                Row line;
                line.itemNumber = item.number;
                line.title = document.title;
                line.page = m_numbers.firstPages.value(i).value(d);
                // Decided by the plan, never by the number: the counting pass has zeros.
                line.omitted = !document.omitted.isEmpty() || document.path.isEmpty();
                if (line.omitted)
                    line.note = m_text(QT_TRANSLATE_NOOP("ConferencePack", "Not included: %1"))
                                    .arg(omittedReason(
                                        document.omitted.isEmpty() ? QStringLiteral("damaged")
                                                                   : document.omitted,
                                        document.detail,
                                        [this](const char *source) { return m_text(source); }));
                const qreal width = m_textWidth - indent();
                line.height =
                    wrappedHeight(&m_writer, documentFont(), width, line.title) +
                    (line.note.isEmpty() ? 0
                                         : wrappedHeight(&m_writer, noteFont(), width, line.note)) +
                    gap;
                rows << line;
            }
        }
        return rows;
    }

    qreal indent() const { return 5 * m.mm; }

    void paintRow(QPainter &painter, const Row &row, qreal y)
    {
        const QString page =
            row.omitted || row.page <= 0 ? QStringLiteral("—") : m_text.locale().toString(row.page);
        if (row.isItem) {
            y += 3 * m.mm;
            painter.setFont(itemFont());
            painter.setPen(kAccent);
            painter.drawText(QRectF(0, y, m_numberWidth, 8 * m.mm), Qt::AlignLeft | Qt::AlignTop,
                             m_text.locale().toString(row.itemNumber));
            const qreal used =
                drawWrapped(painter, QRectF(m_numberWidth, y, m_textWidth, m_page.height()),
                            itemFont(), kInk, row.title);
            painter.setFont(itemFont());
            painter.setPen(kInk);
            painter.drawText(QRectF(m_page.width() - m_pageWidth, y, m_pageWidth, 8 * m.mm),
                             Qt::AlignRight | Qt::AlignTop, page);
            if (!row.note.isEmpty())
                drawWrapped(painter, QRectF(m_numberWidth, y + used, m_textWidth, m_page.height()),
                            noteFont(), kMuted, row.note);
            return;
        }
        const qreal x = m_numberWidth + indent();
        const qreal width = m_textWidth - indent();
        const qreal used = drawWrapped(painter, QRectF(x, y, width, m_page.height()),
                                       documentFont(), row.omitted ? kMuted : kInk, row.title);
        painter.setFont(documentFont());
        painter.setPen(row.omitted ? kMuted : kInk);
        painter.drawText(QRectF(m_page.width() - m_pageWidth, y, m_pageWidth, 6 * m.mm),
                         Qt::AlignRight | Qt::AlignTop, page);
        if (!row.note.isEmpty())
            drawWrapped(painter, QRectF(x, y + used, width, m_page.height()), noteFont(), kMuted,
                        row.note);
    }

    void paintCover(QPainter &painter)
    {
        const qreal width = m_page.width();
        qreal y = m_page.height() * 0.28;
        y += drawWrapped(painter, QRectF(0, y, width, 12 * m.mm), slidetext::font(13 * m.pt),
                         kAccent, m_text(QT_TRANSLATE_NOOP("ConferencePack", "Conference pack")),
                         Qt::AlignHCenter);
        y += 6 * m.mm;
        y += drawWrapped(painter, QRectF(0, y, width, m_page.height() / 3),
                         slidetext::font(26 * m.pt, true), kInk, m_plan.title, Qt::AlignHCenter);
        y += 8 * m.mm;
        QStringList lines;
        if (m_plan.date.isValid())
            lines << m_text.locale().toString(m_plan.date, QLocale::LongFormat);
        if (!m_plan.venue.isEmpty())
            lines << m_plan.venue;
        for (const QString &line : lines)
            y += 2 * m.mm + drawWrapped(painter, QRectF(0, y, width, 20 * m.mm),
                                        slidetext::font(14 * m.pt), kInk, line, Qt::AlignHCenter);
        int included = 0;
        for (const QList<int> &pages : m_numbers.firstPages)
            included += static_cast<int>(
                std::count_if(pages.begin(), pages.end(), [](int page) { return page > 0; }));
        const QString summary =
            m_text(QT_TRANSLATE_NOOP("ConferencePack", "Items: %1 · Documents: %2 · Pages: %3"))
                .arg(m_text.locale().toString(m_plan.items.size()),
                     m_text.locale().toString(included),
                     m_text.locale().toString(m_numbers.totalPages));
        drawWrapped(painter, QRectF(0, m_page.height() - 20 * m.mm, width, 10 * m.mm),
                    slidetext::font(10 * m.pt), kMuted, summary, Qt::AlignHCenter);
    }

    void paintPageNumber(QPainter &painter, int pageNumber)
    {
        painter.setFont(slidetext::font(8 * m.pt));
        painter.setPen(kMuted);
        painter.drawText(QRectF(0, m_page.height() - 6 * m.mm, m_page.width(), 6 * m.mm),
                         Qt::AlignHCenter | Qt::AlignBottom,
                         m_text(QT_TRANSLATE_NOOP("ConferencePack", "page %1/%2"))
                             .arg(m_text.locale().toString(pageNumber),
                                  m_text.locale().toString(m_numbers.totalPages)));
    }

    QPdfWriter &m_writer;
    const Plan &m_plan;
    const Numbers &m_numbers;
    Measure m;
    AudienceText m_text;
    QRectF m_page;
    qreal m_numberWidth = 0;
    qreal m_pageWidth = 0;
    qreal m_textWidth = 0;
};

} // namespace

int writeFrontPages(QIODevice &device, const Plan &plan, const Numbers &numbers)
{
    QPdfWriter writer(&device);
    writer.setResolution(kResolution);
    writer.setPageLayout(Printing::pageLayout(QPageSize::A4));
    writer.setCreator(QStringLiteral("Docket"));
    return FrontPainter(writer, plan, numbers).paint();
}

void writeStamps(QIODevice &device, const QList<Stamp> &stamps)
{
    QPdfWriter writer(&device);
    writer.setResolution(kResolution);
    writer.setCreator(QStringLiteral("Docket"));
    const auto layoutFor = [](const QSizeF &size) {
        return QPageLayout(QPageSize(size, QPageSize::Point, QString(), QPageSize::ExactMatch),
                           QPageLayout::Portrait, QMarginsF(0, 0, 0, 0));
    };
    if (stamps.isEmpty())
        return;
    writer.setPageLayout(layoutFor(stamps.first().size));
    QPainter painter(&writer);
    const qreal unit = kResolution / 72.0; // device units per point
    for (qsizetype i = 0; i < stamps.size(); ++i) {
        const Stamp &stamp = stamps[i];
        if (i > 0) {
            writer.setPageLayout(layoutFor(stamp.size));
            writer.newPage();
        }
        const qreal width = stamp.size.width() * unit;
        const qreal height = stamp.size.height() * unit;
        const qreal mm = unit * 72 / 25.4;
        // Small pages (a card, a slide exported at its own size) get a smaller footer.
        const qreal pointSize = std::clamp(std::min(width, height) / unit / 70, 4.5, 7.5);
        const QFont font = slidetext::font(pointSize * unit);
        const QFontMetricsF metrics(font, &writer);
        const qreal padding = 1.6 * mm;
        const QString text =
            metrics.elidedText(stamp.text, Qt::ElideMiddle, width - 2 * padding - 12 * mm);
        const qreal textWidth = metrics.horizontalAdvance(text);
        const qreal bottom = std::min(3.5 * mm, height * 0.02);
        const QRectF box((width - textWidth) / 2 - padding,
                         height - bottom - metrics.height() - 0.8 * mm, textWidth + 2 * padding,
                         metrics.height() + 0.8 * mm);
        // On a dark slide or a photo the words stay legible; on paper the label is invisible.
        QPainterPath label;
        label.addRoundedRect(box, box.height() / 2, box.height() / 2);
        painter.fillPath(label, QColor(255, 255, 255, 225));
        painter.setFont(font);
        painter.setPen(kMuted.darker(130));
        painter.drawText(box, Qt::AlignCenter, text);
    }
}

} // namespace docket::pack
