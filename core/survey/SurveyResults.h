// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A survey's results from its stored responses: counts per option and per rating point, mean
// ratings, the texts; responses per day and per ISO week; the whole as a CSV file for Excel.
// Pure: from the survey and its responses as the catalog gives them.

#include "model/Survey.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace docket::survey {

struct QuestionTally
{
    Id questionId = 0;
    int answered = 0;           // responses that answered it
    QList<int> counts;          // per option; a rating's per point, counts[0] for 1
    std::optional<double> mean; // ratings that were answered at least once
    QStringList texts;          // text answers, in response order
};

struct Tally
{
    int responses = 0;
    QList<QuestionTally> questions; // the answerable questions, in order
};

// The responses whose day is within [from, to] (both included; either open), counted. A choice
// the question no longer has (options removed since) is not counted, and an answer left with
// no valid choice does not count as answered.
Tally tally(const Survey &survey, const QList<SurveyResponse> &responses,
            std::optional<QDate> from = {}, std::optional<QDate> to = {});

struct Period
{
    QString label; // "2026-12-28" for a day, "2026-W53" for an ISO week
    QDate from;
    QDate to;
    int responses = 0;
};

// Responses per day and per ISO 8601 week (Monday to Sunday, the week's year as ISO counts it:
// 2027-01-01 is in 2026-W53), oldest first, only periods that have responses.
QList<Period> perDay(const QList<SurveyResponse> &responses);
QList<Period> perIsoWeek(const QList<SurveyResponse> &responses);

// "2026-W49", "2026-w49" or "2026W49" (spaces around ignored) as its Monday and Sunday;
// nullopt for anything else, week 53 of a year that has only 52 among them.
std::optional<std::pair<QDate, QDate>> isoWeek(const QString &text);

// "2026-W49": the ISO 8601 week `day` falls in, named as isoWeek() reads it.
QString isoWeekName(const QDate &day);

// Which responses a count, a report or a workbook covers: an ISO week, a range of days (either
// end open), or all of them. The one rule the window and docket-cli share.
struct DateRange
{
    std::optional<QDate> from; // included; none: since the first response
    std::optional<QDate> to;   // included; none: up to the latest
    QString week;              // "2026-W49" when the range is that ISO week, else empty

    // A response without a day is in no period but "all of them".
    bool contains(const QDate &day) const
    {
        if (isAll())
            return true;
        return day.isValid() && (!from || day >= *from) && (!to || day <= *to);
    }
    bool isAll() const { return !from && !to; }
    // The ISO week `day` falls in.
    static DateRange weekOf(const QDate &day);
    // "2026-W49" (as isoWeek() reads it); nullopt when it names no week.
    static std::optional<DateRange> namedWeek(const QString &text);
};

// The responses of `range`, in their order.
QList<SurveyResponse> within(const QList<SurveyResponse> &responses, const DateRange &range);

// A choice's or a rating point's label as results show it: the option for a choice, "5 · Rất
// hài lòng" for a rating (the usual five labels of the survey's language when the question has
// none of its own).
QString answerLabel(const Survey &survey, const SurveyQuestion &question, qsizetype slot);

// part / whole in percent with one decimal, rounded down, as the locale writes it ("93,5"):
// the attendance figures' rule, so that the two never disagree.
QString percentText(int part, int whole, const QLocale &locale);

// The responses as a CSV file for Excel: UTF-8 with a BOM, CRLF, every field neutralised (an
// answer "=1+2" stays text). Header words in the UI language; questions and options as the
// survey has them. Columns:
//   "No." (the response's place in `responses`, from 1), "Day" (yyyy-MM-dd), then per
//   answerable question, numbered from 1 without the sections as a reader counts them:
//   a rating, single or multiple choice: "Q3 (code)", the point 1-5 or the option's number
//   from 1, then "Q3: <question>", the point's or the option's label; a text: only
//   "Q3: <question>". A multiple choice's codes and labels are joined by "; ".
QByteArray resultsCsv(const Survey &survey, const QList<SurveyResponse> &responses);

class SurveyResults
{
    Q_DECLARE_TR_FUNCTIONS(SurveyResults)
public:
    // resultsCsv's first row.
    static QStringList csvHeader(const Survey &survey);
};

} // namespace docket::survey
