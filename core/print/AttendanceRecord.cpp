// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/AttendanceRecord.h"

#include "attendance/Attendance.h"
#include "print/PagedFlow.h"
#include "print/PrintLayouts.h"
#include "print/Slides.h"
#include "util/AudienceText.h"
#include "util/Error.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <functional>
#include <optional>

namespace docket {

namespace {

using attendance::Attendance;
using slidetext::kAccent;
using slidetext::kInk;
using slidetext::kMuted;
const QColor kBand(0xee, 0xf1, 0xf5);

constexpr const char *kContext = "AttendanceRecord";

// One column of a table: its share of the page's width and how a delegate fills it.
struct Column
{
    QString title;
    qreal share;
    std::function<QString(const Delegate &)> cell;
    Qt::Alignment alignment = Qt::AlignLeft;
};

// Lays the record out as a flow of blocks, each as tall as it says, page after page: a block
// that does not fit starts a new page, and a table's header is repeated at the top of it.
class RecordPainter : public PagedFlow
{
public:
    RecordPainter(QPagedPaintDevice &device, const AttendanceRecordSource &source)
        : PagedFlow(device), m_source(source), m_text(source.meeting.language, kContext),
          m_summary(Attendance::summarize(source.roster, source.rule))
    {}

private:
    void paintContent() override
    {
        paintHeader(m_summary);
        paintUnits(m_summary);
        paintDelegates(true);
        paintDelegates(false);
        paintSignatures();
    }

    QString t(const char *source, int n = -1) const { return m_text(source, n); }
    QString number(int n) const { return m_text.locale().toString(n); }

    // A time of the hall's clock; with the date when it is not the meeting's day.
    QString clock(const QDateTime &at) const
    {
        if (!at.isValid())
            return {};
        const QDateTime local = at.toTimeZone(m_source.zone);
        if (m_source.meeting.date.isValid() && local.date() != m_source.meeting.date)
            return local.toString(QStringLiteral("HH:mm dd/MM"));
        return local.toString(QStringLiteral("HH:mm"));
    }

    void paintHeader(const attendance::Summary &summary)
    {
        const qreal w = m_page.width();
        m_y +=
            text(QRectF(0, m_y, w, 12 * mm), slidetext::font(16 * pt, true), kInk,
                 t(QT_TRANSLATE_NOOP("AttendanceRecord", "ATTENDANCE RECORD")), Qt::AlignHCenter);
        m_y += 1.5 * mm;
        m_y += text(QRectF(0, m_y, w, 30 * mm), slidetext::font(12 * pt, true), kInk,
                    m_source.meeting.title, Qt::AlignHCenter);
        QStringList where;
        if (m_source.meeting.date.isValid())
            where << m_text.locale().toString(m_source.meeting.date, QLocale::LongFormat);
        if (!m_source.meeting.venue.isEmpty())
            where << m_source.meeting.venue;
        where << t(QT_TRANSLATE_NOOP("AttendanceRecord", "code %1")).arg(m_source.meeting.code);
        m_y += 1 * mm;
        m_y += text(QRectF(0, m_y, w, 12 * mm), slidetext::font(10 * pt), kMuted,
                    where.join(QStringLiteral(" · ")), Qt::AlignHCenter);
        m_y += text(
            QRectF(0, m_y, w, 8 * mm), slidetext::font(10 * pt), kMuted,
            t(QT_TRANSLATE_NOOP("AttendanceRecord", "As of %1 on %2"))
                .arg(m_source.madeAt.toTimeZone(m_source.zone).toString(QStringLiteral("HH:mm")),
                     m_source.madeAt.toTimeZone(m_source.zone)
                         .toString(QStringLiteral("dd/MM/yyyy"))),
            Qt::AlignHCenter);
        m_y += 4 * mm;
        rule(m_y, 0.5);
        m_y += 3 * mm;

        m_y += text(QRectF(0, m_y, w, 14 * mm), slidetext::font(12 * pt, true),
                    summary.quorumMet ? kAccent : kInk,
                    Attendance::quorumSentence(
                        summary, AudienceText(m_source.meeting.language, "Attendance")));
        m_y += 1 * mm;
        QStringList facts;
        facts << t(QT_TRANSLATE_NOOP("AttendanceRecord", "On the roster: %1"))
                     .arg(number(summary.roster))
              << t(QT_TRANSLATE_NOOP("AttendanceRecord", "Present: %1"))
                     .arg(number(summary.presentNow))
              << t(QT_TRANSLATE_NOOP("AttendanceRecord", "Absent: %1"))
                     .arg(number(summary.roster - summary.presentNow))
              << t(QT_TRANSLATE_NOOP("AttendanceRecord", "Required for the quorum: %1"))
                     .arg(number(summary.required));
        m_y += text(QRectF(0, m_y, w, 12 * mm), slidetext::font(10 * pt), kInk,
                    facts.join(QStringLiteral(" · ")));
        if (summary.wasPresent > summary.presentNow)
            m_y += text(QRectF(0, m_y, w, 8 * mm), slidetext::font(10 * pt), kMuted,
                        t(QT_TRANSLATE_N_NOOP("AttendanceRecord",
                                              "%n checked in and left before this record."),
                          summary.wasPresent - summary.presentNow));
        m_y += 5 * mm;
    }

    void paintRunningHeader() override
    {
        m_y += text(QRectF(0, m_y, m_page.width(), 8 * mm), slidetext::font(8.5 * pt), kMuted,
                    t(QT_TRANSLATE_NOOP("AttendanceRecord", "Attendance record · %1"))
                        .arg(m_source.meeting.title.section(QLatin1Char('\n'), 0, 0)));
        m_y += 3 * mm;
    }

    void paintFooter() override
    {
        if (!drawing())
            return;
        m_painter->save();
        m_painter->setFont(slidetext::font(8 * pt));
        m_painter->setPen(kMuted);
        const QString page =
            t(QT_TRANSLATE_NOOP("AttendanceRecord", "Page %1 of %2 · %3"))
                .arg(number(m_pageNumber), number(m_pageCount), m_source.meeting.code);
        m_painter->drawText(QRectF(0, m_page.height() - 6 * mm, m_page.width(), 6 * mm),
                            Qt::AlignRight | Qt::AlignBottom, page);
        m_painter->restore();
    }

    void heading(const QString &title)
    {
        need(7 * mm + 2 * rowHeight());
        m_y += text(QRectF(0, m_y, m_page.width(), 10 * mm), slidetext::font(12 * pt, true), kInk,
                    title);
        m_y += 1.5 * mm;
    }

    qreal rowHeight() const { return 6.2 * mm; }

    void tableRow(const QList<Column> &columns, const QStringList &cells, bool header)
    {
        const qreal h = rowHeight();
        if (drawing()) {
            const QFont font = slidetext::font(9 * pt, header);
            const QFontMetricsF metrics(font, &m_device);
            if (header) {
                m_painter->fillRect(QRectF(0, m_y, m_page.width(), h), kBand);
            }
            m_painter->save();
            m_painter->setFont(font);
            m_painter->setPen(header ? kMuted : kInk);
            qreal x = 0;
            for (qsizetype c = 0; c < columns.size(); ++c) {
                const qreal width = columns[c].share * m_page.width();
                const QRectF box(x + 1.2 * mm, m_y, width - 2.4 * mm, h);
                // One line a row: a name longer than its column ends in "…" rather than
                // pushing the table off its grid.
                m_painter->drawText(
                    box, columns[c].alignment | Qt::AlignVCenter,
                    metrics.elidedText(cells.value(c), Qt::ElideRight, box.width()));
                x += width;
            }
            m_painter->restore();
        }
        m_y += h;
        rule(m_y, 0.15);
    }

    void table(const QList<Column> &columns, const QList<const Delegate *> &rows)
    {
        QStringList titles;
        for (const Column &c : columns)
            titles << c.title;
        tableRow(columns, titles, true);
        for (const Delegate *d : rows) {
            if (m_y + rowHeight() > bottom()) {
                newPage();
                tableRow(columns, titles, true);
            }
            QStringList cells;
            for (const Column &c : columns)
                cells << c.cell(*d);
            tableRow(columns, cells, false);
        }
        m_y += 5 * mm;
    }

    void paintUnits(const attendance::Summary &summary)
    {
        if (summary.units.size() < 2 && summary.units.value(0).name.isEmpty())
            return; // a roster without units: the totals above are the whole story
        heading(t(QT_TRANSLATE_NOOP("AttendanceRecord", "By unit")));
        const QList<Column> columns{
            {t(QT_TRANSLATE_NOOP("AttendanceRecord", "Unit")), 0.55, {}},
            {t(QT_TRANSLATE_NOOP("AttendanceRecord", "Roster")), 0.15, {}, Qt::AlignRight},
            {t(QT_TRANSLATE_NOOP("AttendanceRecord", "Present")), 0.15, {}, Qt::AlignRight},
            {t(QT_TRANSLATE_NOOP("AttendanceRecord", "Absent")), 0.15, {}, Qt::AlignRight}};
        QStringList titles;
        for (const Column &c : columns)
            titles << c.title;
        tableRow(columns, titles, true);
        for (const attendance::GroupCount &unit : summary.units) {
            if (m_y + rowHeight() > bottom()) {
                newPage();
                tableRow(columns, titles, true);
            }
            tableRow(columns,
                     {unit.name.isEmpty() ? t(QT_TRANSLATE_NOOP("AttendanceRecord", "(no unit)"))
                                          : unit.name,
                      number(unit.roster), number(unit.presentNow),
                      number(unit.roster - unit.presentNow)},
                     false);
        }
        m_y += 5 * mm;
    }

    // The present (with their times) or the absent, by number.
    void paintDelegates(bool present)
    {
        QList<const Delegate *> rows;
        for (const Delegate &d : m_source.roster)
            if (d.presentNow() == present)
                rows << &d;
        const int n = static_cast<int>(rows.size());
        heading(present ? t(QT_TRANSLATE_N_NOOP("AttendanceRecord", "Present (%n)"), n)
                        : t(QT_TRANSLATE_N_NOOP("AttendanceRecord", "Absent (%n)"), n));
        if (rows.isEmpty()) {
            m_y += text(QRectF(0, m_y, m_page.width(), 8 * mm), slidetext::font(10 * pt), kMuted,
                        present ? t(QT_TRANSLATE_NOOP("AttendanceRecord", "Nobody is present."))
                                : t(QT_TRANSLATE_NOOP("AttendanceRecord", "Nobody is absent.")));
            m_y += 5 * mm;
            return;
        }
        QList<Column> columns{
            {t(QT_TRANSLATE_NOOP("AttendanceRecord", "No.")), 0.07,
             [this](const Delegate &d) { return number(d.number); }, Qt::AlignRight},
            {t(QT_TRANSLATE_NOOP("AttendanceRecord", "Full name")), 0.29,
             [](const Delegate &d) {
                 return d.fullName;
             }},
            {t(QT_TRANSLATE_NOOP("AttendanceRecord", "Unit")), 0.25,
             [](const Delegate &d) {
                 return d.unit;
             }},
            {t(QT_TRANSLATE_NOOP("AttendanceRecord", "Delegation")), 0.16, [](const Delegate &d) {
                 return d.delegation;
             }}};
        if (present) {
            columns << Column{t(QT_TRANSLATE_NOOP("AttendanceRecord", "Checked in")), 0.14,
                              [this](const Delegate &d) {
                                  return clock(d.firstCheckIn);
                              }}
                    << Column{t(QT_TRANSLATE_NOOP("AttendanceRecord", "Note")), 0.09,
                              [](const Delegate &) {
                                  return QString();
                              }};
        } else {
            // The absent who came and left say when; the others have an empty "Note" to fill in
            // by hand (excused, late...).
            columns << Column{t(QT_TRANSLATE_NOOP("AttendanceRecord", "Left at")), 0.14,
                              [this](const Delegate &d) {
                                  return clock(d.checkedOut);
                              }}
                    << Column{t(QT_TRANSLATE_NOOP("AttendanceRecord", "Note")), 0.09,
                              [](const Delegate &) {
                                  return QString();
                              }};
        }
        table(columns, rows);
    }

    void paintSignatures()
    {
        need(34 * mm);
        m_y += 4 * mm;
        const qreal half = m_page.width() / 2;
        const QFont font = slidetext::font(10.5 * pt, true);
        const QFont hint = slidetext::font(8.5 * pt);
        const QString sign = t(QT_TRANSLATE_NOOP("AttendanceRecord", "(signature and full name)"));
        text(QRectF(0, m_y, half, 8 * mm), font, kInk,
             t(QT_TRANSLATE_NOOP("AttendanceRecord", "SECRETARY")), Qt::AlignHCenter);
        text(QRectF(half, m_y, half, 8 * mm), font, kInk,
             t(QT_TRANSLATE_NOOP("AttendanceRecord", "CHAIR")), Qt::AlignHCenter);
        m_y += 6 * mm;
        text(QRectF(0, m_y, half, 8 * mm), hint, kMuted, sign, Qt::AlignHCenter);
        text(QRectF(half, m_y, half, 8 * mm), hint, kMuted, sign, Qt::AlignHCenter);
        m_y += 28 * mm;
    }

    const AttendanceRecordSource &m_source;
    AudienceText m_text;
    attendance::Summary m_summary;
};

} // namespace

int AttendanceRecord::paint(QPagedPaintDevice &device, const AttendanceRecordSource &source)
{
    if (source.roster.isEmpty())
        throw Error(tr("The meeting has no roster yet: there is no attendance to record."));
    return RecordPainter(device, source).paint();
}

int AttendanceRecord::exportPdf(const QString &path, const AttendanceRecordSource &source)
{
    return PdfFile::write(path, Printing::pageLayout(QPageSize::A4), source.meeting.title,
                          [&](QPdfWriter &writer) { return paint(writer, source); });
}

} // namespace docket
