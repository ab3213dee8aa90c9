// SPDX-License-Identifier: GPL-3.0-or-later
#include "survey/SurveyResults.h"

#include "attendance/Attendance.h"
#include "survey/SurveyTemplates.h"
#include "util/Csv.h"

#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <vector>

namespace docket::survey {

namespace {

bool isText(const SurveyQuestion &q)
{
    return q.kind == QuestionKind::Text || q.kind == QuestionKind::LongText;
}

// How many slots a question's counts have: a rating's points, a choice's options, a text none.
qsizetype slotsOf(const SurveyQuestion &q)
{
    switch (q.kind) {
    case QuestionKind::Rating:
        return kRatingPoints;
    case QuestionKind::Single:
    case QuestionKind::Multiple:
        return q.options.size();
    case QuestionKind::Section:
    case QuestionKind::Text:
    case QuestionKind::LongText:
        break;
    }
    return 0;
}

// A stored choice as an index into the question's counts, or -1 when the question no longer
// has it (its options were edited after the answer was given).
qsizetype slotOf(const SurveyQuestion &q, int choice)
{
    const qsizetype slot = q.kind == QuestionKind::Rating ? choice - 1 : choice;
    return slot >= 0 && slot < slotsOf(q) ? slot : -1;
}

QList<const SurveyQuestion *> answerable(const Survey &survey)
{
    QList<const SurveyQuestion *> list;
    for (const SurveyQuestion &q : survey.questions)
        if (q.answerable())
            list << &q;
    return list;
}

// A response's first answer to each question: the catalog keeps one, and should a second ever
// appear it must not count twice.
QHash<Id, const SurveyAnswer *> answersOf(const SurveyResponse &response)
{
    QHash<Id, const SurveyAnswer *> byQuestion;
    for (const SurveyAnswer &a : response.answers)
        if (!byQuestion.contains(a.questionId))
            byQuestion.insert(a.questionId, &a);
    return byQuestion;
}

QList<Period> periods(const QMap<QDate, int> &counts, bool weeks)
{
    QList<Period> list;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        Period p;
        p.from = it.key();
        p.responses = it.value();
        if (weeks) {
            p.to = p.from.addDays(6);
            p.label = isoWeekName(p.from);
        } else {
            p.to = p.from;
            p.label = p.from.toString(Qt::ISODate);
        }
        list << p;
    }
    return list;
}

} // namespace

Tally tally(const Survey &survey, const QList<SurveyResponse> &responses, std::optional<QDate> from,
            std::optional<QDate> to)
{
    const QList<const SurveyQuestion *> questions = answerable(survey);
    Tally t;
    for (const SurveyQuestion *q : questions) {
        QuestionTally qt;
        qt.questionId = q->id;
        qt.counts = QList<int>(slotsOf(*q), 0);
        t.questions << qt;
    }
    std::vector<long long> ratingSums(questions.size(), 0);

    for (const SurveyResponse &r : responses) {
        // A response without a day is outside every range, but counts when none is asked.
        if (from && (!r.day.isValid() || r.day < *from))
            continue;
        if (to && (!r.day.isValid() || r.day > *to))
            continue;
        ++t.responses;
        const QHash<Id, const SurveyAnswer *> answers = answersOf(r);
        for (qsizetype i = 0; i < questions.size(); ++i) {
            const SurveyQuestion &q = *questions[i];
            const SurveyAnswer *a = answers.value(q.id);
            if (!a)
                continue;
            QuestionTally &qt = t.questions[i];
            if (isText(q)) {
                const QString text = a->text.trimmed();
                if (!text.isEmpty()) {
                    ++qt.answered;
                    qt.texts << text;
                }
                continue;
            }
            // A rating or a single choice has one choice; should the catalog ever hold more,
            // the first valid one is the answer. A multiple choice counts each option once.
            QSet<qsizetype> counted;
            for (const int choice : a->choices) {
                const qsizetype slot = slotOf(q, choice);
                if (slot < 0 || counted.contains(slot))
                    continue;
                counted.insert(slot);
                ++qt.counts[slot];
                if (q.kind == QuestionKind::Rating)
                    ratingSums[static_cast<std::size_t>(i)] += choice;
                if (q.kind != QuestionKind::Multiple)
                    break;
            }
            if (!counted.isEmpty())
                ++qt.answered;
        }
    }
    for (qsizetype i = 0; i < questions.size(); ++i)
        if (questions[i]->kind == QuestionKind::Rating && t.questions[i].answered > 0)
            t.questions[i].mean = static_cast<double>(ratingSums[static_cast<std::size_t>(i)]) /
                                  static_cast<double>(t.questions[i].answered);
    return t;
}

QList<Period> perDay(const QList<SurveyResponse> &responses)
{
    QMap<QDate, int> counts;
    for (const SurveyResponse &r : responses)
        if (r.day.isValid())
            ++counts[r.day];
    return periods(counts, false);
}

QList<Period> perIsoWeek(const QList<SurveyResponse> &responses)
{
    QMap<QDate, int> counts; // by the week's Monday
    for (const SurveyResponse &r : responses)
        if (r.day.isValid())
            ++counts[r.day.addDays(1 - r.day.dayOfWeek())];
    return periods(counts, true);
}

std::optional<std::pair<QDate, QDate>> isoWeek(const QString &text)
{
    // [0-9], not \d: QRegularExpression's \d takes any script's digits.
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{4})-?[Ww]([0-9]{2})$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const int year = match.captured(1).toInt();
    const int week = match.captured(2).toInt();
    // 4 January is always in week 1 (the week with the year's first Thursday).
    const QDate fourth(year, 1, 4);
    if (!fourth.isValid() || week < 1)
        return std::nullopt;
    const QDate monday = fourth.addDays(1 - fourth.dayOfWeek() + 7LL * (week - 1));
    int mondayYear = 0;
    if (monday.weekNumber(&mondayYear) != week || mondayYear != year)
        return std::nullopt; // week 53 of a 52-week year is week 1 of the next
    return std::pair{monday, monday.addDays(6)};
}

QString isoWeekName(const QDate &day)
{
    int year = 0;
    const int week = day.weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year, 4, 10, QChar(u'0')).arg(week, 2, 10, QChar(u'0'));
}

DateRange DateRange::weekOf(const QDate &day)
{
    const QDate monday = day.addDays(1 - day.dayOfWeek());
    return DateRange{monday, monday.addDays(6), isoWeekName(day)};
}

std::optional<DateRange> DateRange::namedWeek(const QString &text)
{
    const auto week = isoWeek(text);
    if (!week)
        return std::nullopt;
    return weekOf(week->first);
}

QList<SurveyResponse> within(const QList<SurveyResponse> &responses, const DateRange &range)
{
    QList<SurveyResponse> kept;
    for (const SurveyResponse &r : responses)
        if (range.contains(r.day))
            kept << r;
    return kept;
}

QString answerLabel(const Survey &survey, const SurveyQuestion &question, qsizetype slot)
{
    if (question.kind != QuestionKind::Rating)
        return question.options.value(slot);
    const QStringList labels =
        question.options.size() == kRatingPoints ? question.options : ratingLabels(survey.language);
    const QString point = QString::number(slot + 1);
    const QString label = labels.value(slot);
    return label.isEmpty() ? point : point + QStringLiteral(" · ") + label;
}

QString percentText(int part, int whole, const QLocale &locale)
{
    return attendance::Attendance::percentText(part, whole, locale);
}

QStringList SurveyResults::csvHeader(const Survey &survey)
{
    QStringList header{tr("No."), tr("Day")};
    int n = 0;
    for (const SurveyQuestion *q : answerable(survey)) {
        const QString number = QString::number(++n);
        if (!isText(*q))
            header << tr("Q%1 (code)").arg(number);
        header << tr("Q%1: %2").arg(number, q->text);
    }
    return header;
}

QByteArray resultsCsv(const Survey &survey, const QList<SurveyResponse> &responses)
{
    const QList<const SurveyQuestion *> questions = answerable(survey);
    const QStringList defaultLabels = ratingLabels(survey.language);
    QStringList rows{csv::row(SurveyResults::csvHeader(survey))};
    int number = 0;
    for (const SurveyResponse &r : responses) {
        QStringList fields{QString::number(++number), r.day.toString(Qt::ISODate)};
        const QHash<Id, const SurveyAnswer *> answers = answersOf(r);
        for (const SurveyQuestion *q : questions) {
            const SurveyAnswer *a = answers.value(q->id);
            if (isText(*q)) {
                fields << (a ? a->text : QString());
                continue;
            }
            const QStringList &labels =
                q->kind == QuestionKind::Rating && q->options.size() != kRatingPoints
                    ? defaultLabels
                    : q->options;
            const QList<int> choices = a ? a->choices : QList<int>();
            QStringList codes;
            QStringList names;
            for (const int choice : choices) {
                // An option's number from 1 for people; a rating's point is its own number.
                codes << QString::number(q->kind == QuestionKind::Rating ? choice : choice + 1);
                // A choice the question no longer has keeps its code and shows no label.
                const qsizetype slot = slotOf(*q, choice);
                names << (slot >= 0 && slot < labels.size() ? labels[slot] : QString());
            }
            fields << codes.join(QStringLiteral("; ")) << names.join(QStringLiteral("; "));
        }
        rows << csv::row(fields);
    }
    return csv::document(rows);
}

} // namespace docket::survey
