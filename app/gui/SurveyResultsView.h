// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Survey.h"
#include "survey/SurveyResults.h"

#include <QWidget>

#include <optional>

class QLabel;
class QScrollArea;

namespace docket {

class Catalog;

// One survey's results as they come in: the total and the responses per ISO week above, then
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

    // What is drawn, for tests and for the screen reader (the accessible description holds
    // summaryText(): every count as words).
    const survey::Tally &tally() const { return m_tally; }
    QString summaryText() const { return m_summary; }
    QLabel *totalLabel() const { return m_total; }
    QLabel *weeksLabel() const { return m_perWeek; }

private:
    void updateSummary();

    Catalog &m_catalog;
    Id m_surveyId = 0;
    std::optional<Survey> m_survey;
    survey::Tally m_tally;
    QList<survey::Period> m_weeks;
    QString m_summary;
    QLabel *m_total = nullptr;
    QLabel *m_perWeek = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_canvas = nullptr;
};

} // namespace docket
