// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A survey's results as an .xlsx for the union's own figures and the commune's: a summary
// sheet (per question its counts and shares as numbers, the mean of a rating, responses per
// ISO week) and one row per response with the columns of resultsCsv. Words of the sheets in
// the UI language (the organiser's file); questions and answers as the survey has them.

#include "model/Survey.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace docket::survey {

// `responses` already filtered to the period `periodLabel` names (empty: all of them).
// Atomically: the file appears whole or not at all. Throws docket::Error.
void writeResultsXlsx(const QString &path, const Survey &survey,
                      const QList<SurveyResponse> &responses, const QString &periodLabel);

class SurveyWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(SurveyWorkbook)
};

} // namespace docket::survey
