// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Survey.h"
#include "survey/SurveyResults.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QScrollArea;

namespace docket {

class Catalog;

// One survey's results as they come in, for all responses or a chosen period (this week, last
// week, a range of days), which Export results… writes as the report for the commune (PDF), an
// Excel workbook or a CSV. The total and the responses per ISO week above, then
// for each answerable question its text and a bar per option (a rating's per point, with its
// label) with the count and the percentage of those who answered it, a rating's mean, a text
// question's latest answers. Counted by core/survey (survey::tally); this only draws. Follows
// the catalog: new answers (Catalog::surveyAnswered) and edits (Catalog::changed) redraw it.
class SurveyResultsView : public QWidget
{
    Q_OBJECT
public:
    // A text question lists this many of its latest answers, then "and N more".
    static constexpr int kShownTexts = 20;

    explicit SurveyResultsView(Catalog &catalog, QWidget *parent = nullptr);

    // 0: none (the view says so).
    void setSurvey(Id surveyId);
    Id surveyId() const { return m_surveyId; }
    // Reads the survey and its responses again.
    void reload();

    // Which responses are counted and exported: all of them at first.
    void setRange(const survey::DateRange &range);
    survey::DateRange range() const { return m_range; }
    // "This week" and "Last week" are counted from this day (today; a test seam).
    void setToday(const QDate &today);
    // Export results…: the chosen period as a PDF report (in the survey's language, for its
    // readers), an .xlsx or a CSV, as the file name's suffix says.
    void exportResults();

    QComboBox *periodChoice() const { return m_period; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QPushButton *exportButton() const { return m_export; }

    // What is drawn, for tests and for the screen reader (the accessible description holds
    // summaryText(): every count as words).
    const survey::Tally &tally() const { return m_tally; }
    QString summaryText() const { return m_summary; }
    QLabel *totalLabel() const { return m_total; }
    QLabel *weeksLabel() const { return m_perWeek; }

private:
    enum Period
    {
        AllResponses,
        ThisWeek,
        LastWeek,
        Dates
    };
    void updateSummary();
    void fillPeriods();
    void periodChosen();

    Catalog &m_catalog;
    Id m_surveyId = 0;
    std::optional<Survey> m_survey;
    survey::Tally m_tally;
    QList<survey::Period> m_weeks;
    survey::DateRange m_range;
    QDate m_today;
    bool m_choosing = false;
    QComboBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_dash = nullptr;
    QPushButton *m_export = nullptr;
    QString m_summary;
    QLabel *m_total = nullptr;
    QLabel *m_perWeek = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_canvas = nullptr;
};

} // namespace docket
