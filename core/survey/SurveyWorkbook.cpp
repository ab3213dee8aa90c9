// SPDX-License-Identifier: GPL-3.0-or-later
// The results as an .xlsx through libxlsxwriter, as the attendance record's workbook is: every
// text written as a string (an answer "=1+2" is never a formula), numbers as numbers, days as
// Excel dates.
#include "survey/SurveyWorkbook.h"

#include "survey/SurveyResults.h"
#include "survey/SurveyTemplates.h"
#include "util/Error.h"
#include "util/StagedWorkbook.h"

#include <QHash>

#include <algorithm>
#include <xlsxwriter.h>

namespace docket::survey {

namespace {

bool isText(const SurveyQuestion &q)
{
    return q.kind == QuestionKind::Text || q.kind == QuestionKind::LongText;
}

QStringList labelsOf(const Survey &survey, const SurveyQuestion &q)
{
    // A rating without labels of its own reads with the usual five, as resultsCsv writes it.
    if (q.kind == QuestionKind::Rating && q.options.size() != kRatingPoints)
        return ratingLabels(survey.language);
    return q.options;
}

lxw_datetime excelDay(const QDate &day)
{
    return lxw_datetime{day.year(), day.month(), day.day(), 0, 0, 0.0};
}

// The share as the report prints it: rounded down at a tenth of a percent (percentText's
// rule), so that the workbook and the PDF never show two figures for one count.
double share(int part, int whole)
{
    if (whole <= 0)
        return 0.0;
    const long long thousandths = static_cast<long long>(part) * 1000 / whole; // rounded down
    return static_cast<double>(thousandths) / 1000.0;
}

class Sheet
{
public:
    explicit Sheet(lxw_worksheet *sheet) : m_sheet(sheet) {}
    void text(lxw_row_t row, lxw_col_t column, const QString &value, lxw_format *format = nullptr)
    {
        if (value.isEmpty() && !format)
            return;
        worksheet_write_string(m_sheet, row, column, value.toUtf8().constData(), format);
    }
    void number(lxw_row_t row, lxw_col_t column, double value, lxw_format *format = nullptr)
    {
        worksheet_write_number(m_sheet, row, column, value, format);
    }
    void day(lxw_row_t row, lxw_col_t column, const QDate &value, lxw_format *format)
    {
        if (!value.isValid())
            return;
        lxw_datetime at = excelDay(value);
        worksheet_write_datetime(m_sheet, row, column, &at, format);
    }
    lxw_worksheet *get() const { return m_sheet; }

private:
    lxw_worksheet *m_sheet;
};

} // namespace

void writeResultsXlsx(const QString &path, const Survey &survey,
                      const QList<SurveyResponse> &responses, const QString &periodLabel)
{
    StagedWorkbook book(path);
    lxw_format *bold = workbook_add_format(book.get());
    format_set_bold(bold);
    format_set_bg_color(bold, 0xEEF1F5);
    lxw_format *heading = workbook_add_format(book.get());
    format_set_bold(heading);
    lxw_format *percent = workbook_add_format(book.get());
    format_set_num_format(percent, "0.0%");
    lxw_format *mean = workbook_add_format(book.get());
    format_set_num_format(mean, "0.00");
    lxw_format *date = workbook_add_format(book.get());
    format_set_num_format(date, "yyyy-mm-dd");

    QList<const SurveyQuestion *> questions;
    for (const SurveyQuestion &q : survey.questions)
        if (q.answerable())
            questions << &q;
    const Tally counted = tally(survey, responses);

    // Sheet names: at most 31 characters and none of []:*?/\ ; translations keep to that.
    const QByteArray summaryName = SurveyWorkbook::tr("Summary").left(31).toUtf8();
    Sheet summary(workbook_add_worksheet(book.get(), summaryName.constData()));
    lxw_row_t row = 0;
    summary.text(row++, 0, survey.title, heading);
    summary.text(row++, 0,
                 periodLabel.isEmpty() ? SurveyWorkbook::tr("All responses") : periodLabel);
    summary.text(row, 0, SurveyWorkbook::tr("Responses"), heading);
    summary.number(row++, 1, counted.responses);
    ++row;
    for (qsizetype i = 0; i < questions.size() && i < counted.questions.size(); ++i) {
        const SurveyQuestion &q = *questions[i];
        const QuestionTally &qt = counted.questions[i];
        summary.text(row++, 0, SurveyWorkbook::tr("Q%1: %2").arg(QString::number(i + 1), q.text),
                     heading);
        if (isText(q)) {
            summary.text(row, 0, SurveyWorkbook::tr("Written answers"));
            summary.number(row++, 1, qt.answered);
            ++row;
            continue;
        }
        summary.text(row, 0, SurveyWorkbook::tr("Answer"), bold);
        summary.text(row, 1, SurveyWorkbook::tr("Count"), bold);
        summary.text(row++, 2, SurveyWorkbook::tr("Share"), bold);
        const QStringList labels = labelsOf(survey, q);
        for (qsizetype s = 0; s < qt.counts.size(); ++s) {
            const QString label = q.kind == QuestionKind::Rating
                                      ? QStringLiteral("%1 · %2").arg(s + 1).arg(labels.value(s))
                                      : labels.value(s);
            summary.text(row, 0, label);
            summary.number(row, 1, qt.counts[s]);
            summary.number(row++, 2, share(qt.counts[s], qt.answered), percent);
        }
        summary.text(row, 0, SurveyWorkbook::tr("Answered"));
        summary.number(row++, 1, qt.answered);
        if (qt.mean) {
            summary.text(row, 0, SurveyWorkbook::tr("Mean (1 to 5)"));
            summary.number(row++, 1, *qt.mean, mean);
        }
        ++row;
    }
    summary.text(row++, 0, SurveyWorkbook::tr("Responses per week"), heading);
    summary.text(row, 0, SurveyWorkbook::tr("Week"), bold);
    summary.text(row, 1, SurveyWorkbook::tr("From"), bold);
    summary.text(row, 2, SurveyWorkbook::tr("To"), bold);
    summary.text(row++, 3, SurveyWorkbook::tr("Responses"), bold);
    for (const Period &p : perIsoWeek(responses)) {
        summary.text(row, 0, p.label);
        summary.day(row, 1, p.from, date);
        summary.day(row, 2, p.to, date);
        summary.number(row++, 3, p.responses);
    }
    worksheet_set_column(summary.get(), 0, 0, 60, nullptr);
    worksheet_set_column(summary.get(), 1, 3, 12, nullptr);

    // One row per response, the columns of resultsCsv.
    const QByteArray responsesName = SurveyWorkbook::tr("Responses").left(31).toUtf8();
    Sheet sheet(workbook_add_worksheet(book.get(), responsesName.constData()));
    const QStringList header = SurveyResults::csvHeader(survey);
    for (qsizetype c = 0; c < header.size(); ++c)
        sheet.text(0, static_cast<lxw_col_t>(c), header[c], bold);
    row = 1;
    for (const SurveyResponse &r : responses) {
        sheet.number(row, 0, row);
        sheet.day(row, 1, r.day, date);
        // A response's first answer to each question, as tally and resultsCsv read it.
        QHash<Id, const SurveyAnswer *> answers;
        for (const SurveyAnswer &a : r.answers)
            if (!answers.contains(a.questionId))
                answers.insert(a.questionId, &a);
        lxw_col_t column = 2;
        for (const SurveyQuestion *q : questions) {
            const SurveyAnswer *a = answers.value(q->id);
            if (isText(*q)) {
                sheet.text(row, column++, a ? a->text : QString());
                continue;
            }
            const QStringList labels = labelsOf(survey, *q);
            QList<int> codes;
            QStringList names;
            for (const int choice : a ? a->choices : QList<int>()) {
                const int code = q->kind == QuestionKind::Rating ? choice : choice + 1;
                codes << code;
                // A choice the question no longer has keeps its code and shows no label.
                names << (code >= 1 && code <= labels.size() ? labels[code - 1] : QString());
            }
            // One code is a number; a multiple choice's several are text, as in the CSV.
            if (codes.size() == 1) {
                sheet.number(row, column, codes.first());
            } else if (!codes.isEmpty()) {
                QStringList joined;
                for (const int code : codes)
                    joined << QString::number(code);
                sheet.text(row, column, joined.join(QStringLiteral("; ")));
            }
            sheet.text(row, column + 1, names.join(QStringLiteral("; ")));
            column += 2;
        }
        ++row;
    }
    worksheet_set_column(sheet.get(), 0, 0, 8, nullptr);
    worksheet_set_column(sheet.get(), 1, 1, 12, nullptr);
    worksheet_set_column(
        sheet.get(), 2, static_cast<lxw_col_t>(std::max<qsizetype>(2, header.size())), 24, nullptr);
    worksheet_freeze_panes(sheet.get(), 1, 0);

    book.commit();
}

} // namespace docket::survey
