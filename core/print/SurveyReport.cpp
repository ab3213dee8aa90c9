// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/SurveyReport.h"

#include "print/PagedFlow.h"
#include "print/PrintLayouts.h"
#include "print/Slides.h"
#include "survey/SurveyResults.h"
#include "survey/SurveyTemplates.h"
#include "util/AudienceText.h"
#include "util/Error.h"

#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <optional>

namespace docket {

namespace {

using slidetext::kAccent;
using slidetext::kInk;
using slidetext::kMuted;
const QColor kRule(0xc8, 0xcf, 0xd8);
const QColor kBand(0xee, 0xf1, 0xf5);

constexpr const char *kContext = "SurveyReport";
// A commune reads a sample of the written answers, not hundreds: the rest are counted, and the
// workbook has them all.
constexpr qsizetype kMaxTexts = 30;

bool isText(const SurveyQuestion &q)
{
    return q.kind == QuestionKind::Text || q.kind == QuestionKind::LongText;
}

// Lays the report out as a flow of blocks, page after page: a question's block that fits on a
// page is never split (it starts a new page instead); one taller than a page flows line by line.
class ReportPainter : public PagedFlow
{
public:
    ReportPainter(QPagedPaintDevice &device, const SurveyReportSource &source)
        : PagedFlow(device), m_source(source), m_text(source.survey.language, kContext),
          m_tally(survey::tally(source.survey, source.responses))
    {}

private:
    void paintContent() override
    {
        paintHeader();
        paintWeeks();
        int number = 0;
        for (const survey::QuestionTally &qt : m_tally.questions)
            paintQuestion(++number, qt);
    }

    QString t(const char *source, int n = -1) const { return m_text(source, n); }
    QString number(int n) const { return m_text.locale().toString(n); }

    void paintHeader()
    {
        const qreal w = m_page.width();
        m_y += text(QRectF(0, m_y, w, 12 * mm), slidetext::font(16 * pt, true), kInk,
                    t(QT_TRANSLATE_NOOP("SurveyReport", "SURVEY RESULTS")), Qt::AlignHCenter);
        m_y += 1.5 * mm;
        m_y += text(QRectF(0, m_y, w, 30 * mm), slidetext::font(12 * pt, true), kInk,
                    m_source.survey.title, Qt::AlignHCenter);
        m_y += 1 * mm;
        const QString period = m_source.periodLabel.isEmpty()
                                   ? t(QT_TRANSLATE_NOOP("SurveyReport", "All responses received"))
                                   : m_source.periodLabel;
        m_y += text(QRectF(0, m_y, w, 12 * mm), slidetext::font(10.5 * pt), kInk, period,
                    Qt::AlignHCenter);
        const QDateTime made = m_source.madeAt.toLocalTime();
        m_y += text(QRectF(0, m_y, w, 8 * mm), slidetext::font(9 * pt), kMuted,
                    t(QT_TRANSLATE_NOOP("SurveyReport", "Made at %1 on %2 · code %3"))
                        .arg(made.toString(QStringLiteral("HH:mm")),
                             made.toString(QStringLiteral("dd/MM/yyyy")), m_source.survey.code),
                    Qt::AlignHCenter);
        m_y += 4 * mm;
        rule(m_y, 0.5);
        m_y += 3 * mm;
        m_y += text(
            QRectF(0, m_y, w, 10 * mm), slidetext::font(12 * pt, true), kAccent,
            t(QT_TRANSLATE_NOOP("SurveyReport", "Responses: %1")).arg(number(m_tally.responses)));
        m_y += 5 * mm;
    }

    void paintRunningHeader() override
    {
        m_y += text(QRectF(0, m_y, m_page.width(), 8 * mm), slidetext::font(8.5 * pt), kMuted,
                    t(QT_TRANSLATE_NOOP("SurveyReport", "Survey results · %1"))
                        .arg(m_source.survey.title.section(QLatin1Char('\n'), 0, 0)));
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
            t(QT_TRANSLATE_NOOP("SurveyReport", "Page %1/%2 · %3"))
                .arg(number(m_pageNumber), number(m_pageCount), m_source.survey.code);
        m_painter->drawText(QRectF(0, m_page.height() - 6 * mm, m_page.width(), 6 * mm),
                            Qt::AlignRight | Qt::AlignBottom, page);
        m_painter->restore();
    }

    QString days(const survey::Period &p) const
    {
        const QString last = p.to.toString(QStringLiteral("dd/MM/yyyy"));
        if (p.from.year() != p.to.year())
            return p.from.toString(QStringLiteral("dd/MM/yyyy")) + u'\x2013' + last;
        return p.from.toString(QStringLiteral("dd/MM")) + u'\x2013' + last;
    }

    // A row of three cells: the shares of the page's width the week table uses.
    void weekRow(const QStringList &cells, bool header)
    {
        const qreal h = 6.2 * mm;
        if (drawing()) {
            if (header)
                m_painter->fillRect(QRectF(0, m_y, m_page.width() * 0.6, h), kBand);
            m_painter->save();
            m_painter->setFont(slidetext::font(9 * pt, header));
            m_painter->setPen(header ? kMuted : kInk);
            const qreal shares[] = {0.18, 0.27, 0.15};
            qreal x = 0;
            for (qsizetype c = 0; c < 3; ++c) {
                const qreal width = shares[c] * m_page.width();
                m_painter->drawText(QRectF(x + 1.2 * mm, m_y, width - 2.4 * mm, h),
                                    (c == 2 ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
                                    cells.value(c));
                x += width;
            }
            m_painter->setPen(QPen(kRule, 0.15 * mm));
            m_painter->drawLine(QPointF(0, m_y + h), QPointF(m_page.width() * 0.6, m_y + h));
            m_painter->restore();
        }
        m_y += h;
    }

    // How many answered each week: only when the report spans more than one.
    void paintWeeks()
    {
        const QList<survey::Period> weeks = survey::perIsoWeek(m_source.responses);
        if (weeks.size() < 2)
            return;
        const QStringList titles{t(QT_TRANSLATE_NOOP("SurveyReport", "Week")),
                                 t(QT_TRANSLATE_NOOP("SurveyReport", "Days")),
                                 t(QT_TRANSLATE_NOOP("SurveyReport", "Responses"))};
        need(10 * mm + 2 * 6.2 * mm);
        m_y += text(QRectF(0, m_y, m_page.width(), 10 * mm), slidetext::font(11 * pt, true), kInk,
                    t(QT_TRANSLATE_NOOP("SurveyReport", "Responses per week")));
        m_y += 1.5 * mm;
        weekRow(titles, true);
        for (const survey::Period &p : weeks) {
            if (m_y + 6.2 * mm > bottom()) {
                newPage();
                weekRow(titles, true);
            }
            weekRow({p.label, days(p), number(p.responses)}, false);
        }
        m_y += 6 * mm;
    }

    // One bar of a chart: the label (wrapped, never cut), the bar, the count and its share.
    void bar(const QString &label, int count, int whole)
    {
        const qreal w = m_page.width();
        const QFont font = slidetext::font(9 * pt);
        const qreal line = 5 * mm;
        const QRectF labelBox(2 * mm, m_y, 0.40 * w - 2 * mm, 40 * mm);
        const qreal labelHeight = measure(font, labelBox.width(), label);
        const qreal h = std::max(labelHeight, line) + 1.2 * mm;
        need(h);
        if (drawing()) {
            text(QRectF(labelBox.x(), m_y + (std::max(line, labelHeight) - labelHeight) / 2,
                        labelBox.width(), labelBox.height()),
                 font, kInk, label);
            const QRectF track(0.42 * w, m_y + (line - 3.6 * mm) / 2, 0.40 * w, 3.6 * mm);
            m_painter->fillRect(track, kBand);
            if (whole > 0 && count > 0)
                m_painter->fillRect(QRectF(track.x(), track.y(),
                                           std::max(0.4 * mm, track.width() * count / whole),
                                           track.height()),
                                    kAccent);
            m_painter->save();
            m_painter->setFont(font);
            m_painter->setPen(kInk);
            m_painter->drawText(
                QRectF(0.83 * w, m_y, 0.17 * w, line), Qt::AlignRight | Qt::AlignVCenter,
                number(count) + QStringLiteral(" (") +
                    survey::percentText(count, whole, m_text.locale()) + QStringLiteral("%)"));
            m_painter->restore();
        }
        m_y += h;
    }

    void questionBody(int n, const SurveyQuestion &q, const survey::QuestionTally &qt)
    {
        const qreal w = m_page.width();
        const QFont heading = slidetext::font(11 * pt, true);
        const QString title = number(n) + QStringLiteral(". ") + q.text;
        need(measure(heading, w, title) + 12 * mm); // never a question alone at a page's foot
        m_y += text(QRectF(0, m_y, w, 40 * mm), heading, kInk, title);
        m_y += 0.8 * mm;
        QString facts = t(QT_TRANSLATE_N_NOOP("SurveyReport", "%n answer(s)"), qt.answered);
        if (qt.mean)
            facts +=
                QStringLiteral(" · ") + t(QT_TRANSLATE_NOOP("SurveyReport", "Mean score: %1/5"))
                                            .arg(m_text.locale().toString(*qt.mean, 'f', 1));
        m_y += text(QRectF(0, m_y, w, 10 * mm), slidetext::font(9.5 * pt, qt.mean.has_value()),
                    qt.mean ? kAccent : kMuted, facts);
        m_y += 1.5 * mm;

        if (!isText(q)) {
            for (qsizetype i = 0; i < qt.counts.size(); ++i)
                bar(survey::answerLabel(m_source.survey, q, i), qt.counts[i], qt.answered);
            return;
        }
        const QFont font = slidetext::font(9.5 * pt);
        if (qt.texts.isEmpty()) {
            m_y += text(QRectF(2 * mm, m_y, w - 2 * mm, 8 * mm), font, kMuted,
                        t(QT_TRANSLATE_NOOP("SurveyReport", "No written answers.")));
            return;
        }
        for (qsizetype i = 0; i < std::min(kMaxTexts, qt.texts.size()); ++i) {
            const QRectF box(6 * mm, m_y, w - 6 * mm, 80 * mm);
            const qreal h = measure(font, box.width(), qt.texts[i]) + 1.2 * mm;
            need(h);
            if (drawing())
                text(QRectF(2 * mm, m_y, 4 * mm, 6 * mm), font, kMuted, QStringLiteral("\x2013"));
            text(QRectF(box.x(), m_y, box.width(), box.height()), font, kInk, qt.texts[i]);
            m_y += h;
        }
        if (qt.texts.size() > kMaxTexts) {
            need(7 * mm);
            m_y += text(QRectF(6 * mm, m_y, w - 6 * mm, 8 * mm), slidetext::font(9.5 * pt, true),
                        kMuted,
                        t(QT_TRANSLATE_N_NOOP("SurveyReport", "and %n more answer(s)"),
                          static_cast<int>(qt.texts.size() - kMaxTexts)));
        }
    }

    void paintQuestion(int n, const survey::QuestionTally &qt)
    {
        const auto q =
            std::find_if(m_source.survey.questions.cbegin(), m_source.survey.questions.cend(),
                         [&](const SurveyQuestion &c) { return c.id == qt.questionId; });
        if (q == m_source.survey.questions.cend())
            return;
        // Measured first: a block that fits on a page starts a new one rather than split.
        const qreal height = measureBlock([&] { questionBody(n, *q, qt); });
        if (height <= bottom() - 12 * mm)
            need(height);
        questionBody(n, *q, qt);
        m_y += 5 * mm;
    }

    const SurveyReportSource &m_source;
    AudienceText m_text;
    survey::Tally m_tally;
};

} // namespace

int SurveyReport::paint(QPagedPaintDevice &device, const SurveyReportSource &source)
{
    if (std::none_of(source.survey.questions.cbegin(), source.survey.questions.cend(),
                     [](const SurveyQuestion &q) { return q.answerable(); }))
        throw Error(tr("The survey has no questions to answer: there is nothing to report."));
    return ReportPainter(device, source).paint();
}

int SurveyReport::exportPdf(const QString &path, const SurveyReportSource &source)
{
    return PdfFile::write(path, Printing::pageLayout(QPageSize::A4), source.survey.title,
                          [&](QPdfWriter &writer) { return paint(writer, source); });
}

QString SurveyReport::periodLabel(const QString &language, const survey::DateRange &range)
{
    const QString &week = range.week;
    const std::optional<QDate> &from = range.from;
    const std::optional<QDate> &to = range.to;
    const AudienceText t(language, kContext);
    const auto day = [](const QDate &d) {
        return d.toString(QStringLiteral("dd/MM/yyyy"));
    };
    if (!week.isEmpty() && from && to) {
        const QString first =
            from->year() == to->year() ? from->toString(QStringLiteral("dd/MM")) : day(*from);
        return t(QT_TRANSLATE_NOOP("SurveyReport", "Week %1 (%2)"))
            .arg(week, first + u'\x2013' + day(*to));
    }
    if (from && to)
        return day(*from) + QStringLiteral(" \x2013 ") + day(*to);
    if (from)
        return t(QT_TRANSLATE_NOOP("SurveyReport", "From %1")).arg(day(*from));
    if (to)
        return t(QT_TRANSLATE_NOOP("SurveyReport", "Until %1")).arg(day(*to));
    return {};
}

} // namespace docket
