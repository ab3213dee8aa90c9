// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Survey.h"
#include "survey/SurveyResults.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class QPagedPaintDevice;

namespace docket {

// A survey's results on paper, as the union sends them to the commune: the counts of a week or
// a range, each choice and rating as a bar chart, the means, the written answers. In the
// survey's language (its readers are not the organiser); drawn with QPainter so that a PDF and
// a printer get the same pages.
struct SurveyReportSource
{
    Survey survey;
    QList<SurveyResponse> responses; // already filtered to the period
    // "Tuần 2026-W49 (30/11–06/12/2026)", "01/12/2026 – 31/12/2026", or empty for all of them
    QString periodLabel;
    QDateTime madeAt; // when the report was drawn
};

class SurveyReport
{
    Q_DECLARE_TR_FUNCTIONS(SurveyReport)

public:
    // Every page onto `device` (its page layout chosen by the caller). Returns the page count.
    // Throws docket::Error for a survey without answerable questions: there is nothing to show.
    static int paint(QPagedPaintDevice &device, const SurveyReportSource &source);
    // A4 portrait PDF at `path`, atomically (whole or not at all). Returns the page count.
    static int exportPdf(const QString &path, const SurveyReportSource &source);
    // The period as the report and the workbook name it, in `language`: "Tuần 2026-W49
    // (30/11–06/12/2026)" for an ISO week, "01/12/2026 – 31/12/2026" for a range (either end
    // may be open), empty for all responses.
    static QString periodLabel(const QString &language, const survey::DateRange &range);
};

} // namespace docket
