// SPDX-License-Identifier: GPL-3.0-or-later
#include "SurveyResultsView.h"

#include "catalog/Catalog.h"
#include "Dialogs.h"
#include "print/SurveyReport.h"
#include "survey/SurveyWorkbook.h"
#include "util/DateText.h"
#include "util/Error.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPaintEvent>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace docket {

namespace {

constexpr int kMargin = 12;
constexpr int kGap = 10;
constexpr int kTextAnswerChars = 300; // a long answer is cut on screen: the CSV has it whole

QString countText(int count, int answered)
{
    return SurveyResultsView::tr("%1 (%2%)")
        .arg(count)
        .arg(survey::percentText(count, answered, QLocale()));
}

const SurveyQuestion *questionOf(const Survey &survey, Id questionId)
{
    for (const SurveyQuestion &q : survey.questions)
        if (q.id == questionId)
            return &q;
    return nullptr;
}

// A text answer as one paragraph of plain text: drawn, never read as markup, and bounded.
QString shownAnswer(const QString &text)
{
    const QString line = text.simplified();
    return line.size() > kTextAnswerChars ? line.left(kTextAnswerChars) + u'…' : line;
}

// The questions and their bars, drawn in the scroll area. Measured and painted by the same
// walk (draw() with and without a painter), so the height it asks for is what it paints.
class ResultsCanvas : public QWidget
{
public:
    ResultsCanvas(const std::optional<Survey> &survey, const survey::Tally &tally, QWidget *parent)
        : QWidget(parent), m_survey(survey), m_tally(tally)
    {
        setAttribute(Qt::WA_OpaquePaintEvent);
    }

    void contentChanged()
    {
        setMinimumHeight(draw(nullptr));
        update();
    }

protected:
    void paintEvent(QPaintEvent * /*event*/) override
    {
        QPainter painter(this);
        painter.fillRect(rect(), palette().color(QPalette::Base));
        painter.setRenderHint(QPainter::Antialiasing);
        draw(&painter);
    }
    void resizeEvent(QResizeEvent *event) override
    {
        QWidget::resizeEvent(event);
        // The wrapped texts' height follows the width.
        const int needed = draw(nullptr);
        if (needed != minimumHeight())
            setMinimumHeight(needed);
    }

private:
    // Returns the height used.
    int draw(QPainter *p) const
    {
        if (!m_survey)
            return 0;
        const QColor text = palette().color(QPalette::Text);
        const QColor faint = palette().color(QPalette::PlaceholderText);
        const QColor bar = palette().color(QPalette::Highlight);
        QColor track = palette().color(QPalette::Mid);
        track.setAlpha(60);
        QFont bold = font();
        bold.setBold(true);
        const QFontMetrics fm(font());
        const QFontMetrics boldFm(bold);
        const int inner = std::max(width() - 2 * kMargin, 100);
        const int rowHeight = fm.height() + 8;
        int y = kMargin;

        const auto paragraph = [&](const QString &s, const QFont &f, const QColor &colour,
                                   int indent) {
            const QFontMetrics m(f);
            const QRect box(kMargin + indent, y, inner - indent, 100000);
            const QRect used = m.boundingRect(box, Qt::TextWordWrap, s);
            if (p) {
                p->setFont(f);
                p->setPen(colour);
                p->drawText(box.adjusted(0, 0, 0, used.height() - box.height()), Qt::TextWordWrap,
                            s);
            }
            y += used.height();
        };

        // The columns are the same for every question, so that bars line up down the page:
        // the labels' as wide as the longest, within two fifths of the width (a longer one is
        // cut with "…"; the screen reader hears it whole), the counts' as the widest count.
        int labelWidth = 0;
        int countWidth = fm.horizontalAdvance(countText(m_tally.responses, m_tally.responses));
        for (const survey::QuestionTally &qt : m_tally.questions)
            if (const SurveyQuestion *q = questionOf(*m_survey, qt.questionId))
                for (qsizetype slot = 0; slot < qt.counts.size(); ++slot) {
                    labelWidth = std::max(
                        labelWidth, fm.horizontalAdvance(survey::answerLabel(*m_survey, *q, slot)));
                    countWidth = std::max(
                        countWidth, fm.horizontalAdvance(countText(qt.counts[slot], qt.answered)));
                }
        // A few pixels to spare: eliding measures a little differently from horizontalAdvance.
        labelWidth = std::min(labelWidth + 6, inner * 2 / 5);

        int number = 0;
        for (const survey::QuestionTally &qt : m_tally.questions) {
            const SurveyQuestion *found = questionOf(*m_survey, qt.questionId);
            if (!found)
                continue;
            const SurveyQuestion &q = *found;
            paragraph(QStringLiteral("%1. %2").arg(++number).arg(q.text), bold, text, 0);
            y += 2;
            // How many answered, and a rating's mean at the right, over the counts: the
            // figure an organiser reads out first.
            if (p && qt.mean) {
                p->setFont(bold);
                p->setPen(text);
                p->drawText(
                    QRect(kMargin, y, inner, boldFm.height()), Qt::AlignRight,
                    SurveyResultsView::tr("Mean %1/5").arg(QLocale().toString(*qt.mean, 'f', 1)));
            }
            paragraph(SurveyResultsView::tr("%n answer(s)", nullptr, qt.answered), font(), faint,
                      0);
            y += 6;

            if (q.kind == QuestionKind::Text || q.kind == QuestionKind::LongText) {
                const qsizetype total = qt.texts.size();
                // The latest first: what came in during the last minutes is what is asked about.
                for (qsizetype i = 0;
                     i < std::min<qsizetype>(total, SurveyResultsView::kShownTexts); ++i) {
                    paragraph(QStringLiteral("• ") + shownAnswer(qt.texts[total - 1 - i]), font(),
                              text, 8);
                    y += 3; // one answer from the next
                }
                if (total > SurveyResultsView::kShownTexts)
                    paragraph(SurveyResultsView::tr(
                                  "and %n more", nullptr,
                                  static_cast<int>(total - SurveyResultsView::kShownTexts)),
                              font(), faint, 8);
                y += kMargin + 6;
                continue;
            }

            // Label, bar, count.
            const int barX = kMargin + 8 + labelWidth + kGap;
            const int barWidth = std::max(inner - 8 - labelWidth - kGap - kGap - countWidth, 40);
            for (qsizetype slot = 0; slot < qt.counts.size(); ++slot) {
                if (p) {
                    const int count = qt.counts[slot];
                    p->setFont(font());
                    p->setPen(text);
                    const QRect labelBox(kMargin + 8, y, labelWidth, rowHeight);
                    p->drawText(labelBox, Qt::AlignVCenter | Qt::AlignLeft,
                                fm.elidedText(survey::answerLabel(*m_survey, q, slot),
                                              Qt::ElideRight, labelWidth));
                    const QRectF trackBox(barX, y + 4, barWidth, rowHeight - 8);
                    p->setPen(Qt::NoPen);
                    p->setBrush(track);
                    p->drawRoundedRect(trackBox, 3, 3);
                    if (count > 0 && qt.answered > 0) {
                        QRectF filled = trackBox;
                        filled.setWidth(std::max(3.0, trackBox.width() * count / qt.answered));
                        p->setBrush(bar);
                        p->drawRoundedRect(filled, 3, 3);
                    }
                    p->setPen(text);
                    p->drawText(QRect(barX + barWidth + kGap, y, countWidth, rowHeight),
                                Qt::AlignVCenter | Qt::AlignRight, countText(count, qt.answered));
                }
                y += rowHeight;
            }
            y += kMargin + 6;
        }
        return y + kMargin;
    }

    const std::optional<Survey> &m_survey;
    const survey::Tally &m_tally;
};

} // namespace

SurveyResultsView::SurveyResultsView(Catalog &catalog, QWidget *parent)
    : QWidget(parent), m_catalog(catalog)
{
    setObjectName(QStringLiteral("surveyResults"));
    setAccessibleName(tr("Survey results"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    // Which responses: the week the union reports on, or any days.
    auto *periodRow = new QHBoxLayout;
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("surveyPeriod"));
    periodLabel->setBuddy(m_period);
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("surveyFrom"));
    m_from->setAccessibleName(tr("From"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("surveyTo"));
    m_to->setAccessibleName(tr("To"));
    m_today = QDate::currentDate();
    // A range starts as this month so far: the usual question after "last week".
    m_from->setDate(QDate(m_today.year(), m_today.month(), 1));
    m_to->setDate(m_today);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(datetext::dateFormat());
        edit->hide();
        connect(edit, &QDateEdit::dateChanged, this, &SurveyResultsView::periodChosen);
    }
    m_dash = new QLabel(QStringLiteral("\x2013"), this);
    m_dash->hide();
    m_export = new QPushButton(tr("E&xport results…"), this);
    m_export->setObjectName(QStringLiteral("surveyExport"));
    m_export->setToolTip(tr("The chosen period as a PDF report for the commune, an Excel "
                            "workbook or a CSV"));
    connect(m_export, &QPushButton::clicked, this, &SurveyResultsView::exportResults);
    periodRow->addWidget(periodLabel);
    periodRow->addWidget(m_period);
    periodRow->addWidget(m_from);
    periodRow->addWidget(m_dash);
    periodRow->addWidget(m_to);
    periodRow->addStretch();
    periodRow->addWidget(m_export);
    layout->addLayout(periodRow);
    fillPeriods();
    connect(m_period, &QComboBox::currentIndexChanged, this, &SurveyResultsView::periodChosen);

    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("surveyResultsTotal"));
    m_total->setWordWrap(true);
    QFont big = m_total->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_total->setFont(big);
    layout->addWidget(m_total);
    m_perWeek = new QLabel(this);
    m_perWeek->setObjectName(QStringLiteral("surveyResultsWeeks"));
    m_perWeek->setWordWrap(true);
    layout->addWidget(m_perWeek);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the bars fit the width
    auto *canvas = new ResultsCanvas(m_survey, m_tally, m_scroll);
    m_canvas = canvas;
    m_scroll->setWidget(canvas);
    layout->addWidget(m_scroll, 1);

    // Answers arrive at most once a second (the recorder's batches): each one redraws.
    connect(&m_catalog, &Catalog::surveyAnswered, this, [this](Id id) {
        if (id == m_surveyId)
            reload();
    });
    connect(&m_catalog, &Catalog::changed, this, &SurveyResultsView::reload);
    reload();
}

void SurveyResultsView::setSurvey(Id surveyId)
{
    if (surveyId == m_surveyId)
        return;
    m_surveyId = surveyId;
    reload();
}

void SurveyResultsView::reload()
{
    m_survey.reset();
    m_tally = {};
    m_weeks.clear();
    if (m_surveyId != 0) {
        try {
            m_survey = m_catalog.survey(m_surveyId);
            if (m_survey) {
                const QList<SurveyResponse> responses =
                    survey::within(m_catalog.surveyResponses(m_surveyId), m_range);
                m_tally = survey::tally(*m_survey, responses);
                m_weeks = survey::perIsoWeek(responses);
            }
        } catch (const Error &) {
            // A busy catalog: the next answer or change reads it again.
            m_survey.reset();
        }
    }
    m_export->setEnabled(m_survey.has_value());
    updateSummary();
    static_cast<ResultsCanvas *>(m_canvas)->contentChanged();
}

void SurveyResultsView::fillPeriods()
{
    const survey::DateRange thisWeek = survey::DateRange::weekOf(m_today);
    const survey::DateRange lastWeek = survey::DateRange::weekOf(m_today.addDays(-7));
    const auto days = [](const survey::DateRange &r) -> QString {
        return QLocale().toString(*r.from, QStringLiteral("dd/MM")) + u'\x2013' +
               QLocale().toString(*r.to, QStringLiteral("dd/MM"));
    };
    const int keep = m_period->currentIndex();
    const QSignalBlocker blocker(m_period);
    m_period->clear();
    m_period->addItem(tr("All responses"), int(AllResponses));
    m_period->addItem(tr("This week (%1, %2)").arg(thisWeek.week, days(thisWeek)), int(ThisWeek));
    m_period->addItem(tr("Last week (%1, %2)").arg(lastWeek.week, days(lastWeek)), int(LastWeek));
    m_period->addItem(tr("Dates…"), int(Dates));
    m_period->setCurrentIndex(std::max(keep, 0));
}

void SurveyResultsView::setToday(const QDate &today)
{
    m_today = today;
    fillPeriods();
    periodChosen();
}

void SurveyResultsView::periodChosen()
{
    if (m_choosing)
        return;
    survey::DateRange range;
    const int period = m_period->currentData().toInt();
    switch (period) {
    case ThisWeek:
        range = survey::DateRange::weekOf(m_today);
        break;
    case LastWeek:
        range = survey::DateRange::weekOf(m_today.addDays(-7));
        break;
    case Dates:
        range.from = m_from->date();
        range.to = std::max(m_from->date(), m_to->date());
        break;
    default:
        break;
    }
    for (QWidget *w : {static_cast<QWidget *>(m_from), static_cast<QWidget *>(m_dash),
                       static_cast<QWidget *>(m_to)})
        w->setVisible(period == Dates);
    m_range = range;
    reload();
}

void SurveyResultsView::setRange(const survey::DateRange &range)
{
    // Shown as the choice that names it, so that what is counted is what the row says.
    m_choosing = true;
    int choice = Dates;
    if (range.isAll())
        choice = AllResponses;
    else if (range.from && range.to && !range.week.isEmpty()) {
        if (range.week == survey::isoWeekName(m_today))
            choice = ThisWeek;
        else if (range.week == survey::isoWeekName(m_today.addDays(-7)))
            choice = LastWeek;
    }
    m_period->setCurrentIndex(m_period->findData(choice));
    if (choice == Dates) {
        m_from->setDate(range.from.value_or(m_today.addYears(-1)));
        m_to->setDate(range.to.value_or(m_today));
    }
    m_choosing = false;
    periodChosen();
    if (choice == Dates &&
        (range.from != m_range.from || range.to != m_range.to || range.week != m_range.week)) {
        m_range = range; // a week kept by its name, an open end kept open
        reload();
    }
}

void SurveyResultsView::exportResults()
{
    if (!m_survey)
        return;
    const Survey survey = *m_survey;
    const QString pdfFilter = tr("Report with charts (*.pdf)");
    const QString xlsxFilter = tr("Excel workbook (*.xlsx)");
    const QString csvFilter = tr("CSV for Excel (*.csv)");
    // "… 2026-W51.pdf", "… 2026-12-01_2026-12-31.pdf": the file says which period it holds.
    QString when;
    if (!m_range.week.isEmpty())
        when = u' ' + m_range.week;
    else if (!m_range.isAll())
        when = QString(u' ' + m_range.from.value_or(QDate()).toString(Qt::ISODate) + u'_' +
                       m_range.to.value_or(QDate()).toString(Qt::ISODate));
    const QString suggested =
        tr("Survey results %1").arg(survey.code) + when + QStringLiteral(".pdf");
    const QString path = dialogs::saveFile(this, tr("Export the survey results"), suggested,
                                           pdfFilter + QStringLiteral(";;") + xlsxFilter +
                                               QStringLiteral(";;") + csvFilter);
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    try {
        const QList<SurveyResponse> responses =
            survey::within(m_catalog.surveyResponses(survey.id), m_range);
        // Named in the survey's language, as docket-cli names it: it goes to the commune.
        const QString period = SurveyReport::periodLabel(survey.language, m_range);
        if (suffix == u"xlsx") {
            survey::writeResultsXlsx(path, survey, responses, period);
        } else if (suffix == u"csv") {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) ||
                file.write(survey::resultsCsv(survey, responses)) < 0 || !file.commit())
                throw Error(tr("Cannot write %1: %2")
                                .arg(QDir::toNativeSeparators(path), file.errorString()));
        } else {
            SurveyReport::exportPdf(path, SurveyReportSource{survey, responses, period,
                                                             QDateTime::currentDateTimeUtc()});
        }
        dialogs::showInformation(this, tr("Saved the results of %n response(s) to %1.", nullptr,
                                          static_cast<int>(responses.size()))
                                           .arg(QDir::toNativeSeparators(path)));
    } catch (const Error &error) {
        dialogs::showError(this, error.message());
    }
}

void SurveyResultsView::updateSummary()
{
    if (!m_survey) {
        m_total->setText(tr("Choose a survey to see its results."));
        m_perWeek->clear();
        m_perWeek->hide();
        m_summary = m_total->text();
        setAccessibleDescription(m_summary);
        return;
    }
    const QString total =
        m_tally.responses == 0
            ? (m_range.isAll() ? tr("No responses yet.") : tr("No responses in this period."))
            : tr("%n response(s)", nullptr, m_tally.responses);
    QStringList weeks;
    for (const survey::Period &week : std::as_const(m_weeks))
        weeks << tr("%1: %2").arg(week.label).arg(week.responses);
    const QString perWeek =
        weeks.isEmpty() ? QString() : tr("Per ISO week: %1").arg(weeks.join(QStringLiteral(" · ")));
    m_total->setText(total);
    m_perWeek->setText(perWeek);
    m_perWeek->setVisible(!perWeek.isEmpty());

    // Every figure the bars show, as sentences a screen reader reads in order.
    QStringList lines{total};
    if (!perWeek.isEmpty())
        lines << perWeek;
    int number = 0;
    for (const survey::QuestionTally &qt : std::as_const(m_tally.questions)) {
        const SurveyQuestion *found = questionOf(*m_survey, qt.questionId);
        if (!found)
            continue;
        const SurveyQuestion &q = *found;
        QStringList parts{tr("Question %1: %2").arg(++number).arg(q.text),
                          tr("%n answer(s)", nullptr, qt.answered)};
        if (qt.mean)
            parts << tr("Mean %1/5").arg(QLocale().toString(*qt.mean, 'f', 1));
        for (qsizetype slot = 0; slot < qt.counts.size(); ++slot)
            parts << tr("%1: %2").arg(survey::answerLabel(*m_survey, q, slot),
                                      countText(qt.counts[slot], qt.answered));
        const qsizetype texts = qt.texts.size();
        for (qsizetype i = 0; i < std::min<qsizetype>(texts, kShownTexts); ++i)
            parts << u'“' + shownAnswer(qt.texts[texts - 1 - i]) + u'”';
        if (texts > kShownTexts)
            parts << tr("and %n more", nullptr, static_cast<int>(texts - kShownTexts));
        lines << parts.join(QStringLiteral("; ")) + u'.';
    }
    m_summary = lines.join(u'\n');
    setAccessibleDescription(m_summary);
    m_canvas->setAccessibleName(tr("Survey results"));
    m_canvas->setAccessibleDescription(m_summary);
}

} // namespace docket
