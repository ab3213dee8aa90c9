// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Who is in the hall: a roster's counts, per delegation, against the meeting's quorum rule, and
// the sentence the window and the projector show. Pure: from the roster as the catalog gives it.

#include "model/Model.h"
#include "model/Quorum.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace docket {
class AudienceText;
}

namespace docket::attendance {

struct GroupCount
{
    QString name; // the delegation ("" for delegates without one)
    int roster = 0;
    int presentNow = 0;
};

struct Summary
{
    QuorumRule rule;
    int roster = 0;
    int presentNow = 0;
    int wasPresent = 0; // checked in at some time, out since or not
    int required = 0;   // present needed for the quorum
    bool quorumMet = false;
    QList<GroupCount> delegations; // in the order of their first delegate's number
    QList<GroupCount> units;       // the same by unit (chi đoàn / cơ sở), for the record
};

class Attendance
{
    Q_DECLARE_TR_FUNCTIONS(Attendance)
public:
    static Summary summarize(const QList<Delegate> &roster, const QuorumRule &rule);

    // "Có mặt 187/200 (93,5%) — đủ điều kiện tiến hành", in the locale's numbers (the
    // translator installed gives the words). An empty roster says so.
    static QString quorumSentence(const Summary &summary, const QLocale &locale);
    // The same for the hall (the projector), in the meeting's language: `text` of the context
    // "Attendance".
    static QString quorumSentence(const Summary &summary, const AudienceText &text);
    // The rule for people: "more than half", "at least two thirds", "at least 75%".
    static QString ruleLabel(const QuorumRule &rule, const QLocale &locale);
    // present / roster in percent with one decimal, as the locale writes it ("93,5").
    static QString percentText(int present, int roster, const QLocale &locale);

    // The attendance record as a CSV file for Excel (UTF-8 with BOM): one row per delegate, by
    // number, with present now / was present and the times in `zone`.
    static QByteArray recordCsv(const QList<Delegate> &roster, const QTimeZone &zone);
    // The record's column titles, the same in the CSV and the workbook.
    static QStringList recordHeader();
    // The record as an Excel workbook: the same rows, numbers as numbers and times as Excel
    // times, and a second sheet with the totals per delegation and per unit. Written
    // atomically (the file appears whole or not at all); throws docket::Error with the reason.
    static void writeRecordXlsx(const QString &path, const QList<Delegate> &roster,
                                const Summary &summary, const QTimeZone &zone);
};

} // namespace docket::attendance
