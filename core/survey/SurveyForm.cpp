// SPDX-License-Identifier: GPL-3.0-or-later
#include "survey/SurveyForm.h"

#include "util/AudienceText.h"

#include <QSet>

#include <algorithm>
#include <optional>

namespace docket::survey {

namespace {

// A choice as the form sends it: decimal digits only, no sign, no spaces, at most three (no
// question has a thousand options, and nothing longer can overflow).
std::optional<int> choiceValue(const QString &value)
{
    if (value.isEmpty() || value.size() > 3)
        return std::nullopt;
    int n = 0;
    for (const QChar c : value) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        n = n * 10 + (c.unicode() - u'0');
    }
    return n;
}

// A text as it is kept: line ends as "\n" (a textarea sends CRLF), no control characters but
// the tab and the line break, which a line (`oneLine`) turns into spaces; NFC, so that a name
// typed with combining marks (some Vietnamese keyboards) equals the same name typed
// precomposed; trimmed.
QString cleanText(const QString &raw, bool oneLine)
{
    QString text = raw;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');
    QString kept;
    kept.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\n' || c == u'\t')
            kept += oneLine ? QChar(u' ') : c;
        else if (c.category() != QChar::Other_Control)
            kept += c;
    }
    return kept.normalized(QString::NormalizationForm_C).trimmed();
}

// What the phone sent for one question, read against its kind: an answer (possibly empty) or
// the reason it is refused.
struct Reading
{
    SurveyAnswer answer;
    QString error;
};

Reading readChoices(const SurveyQuestion &q, const QStringList &values, const AudienceText &say)
{
    Reading r;
    r.answer.questionId = q.id;
    // A radio left alone sends nothing, a select's blank entry an empty value: both unanswered.
    QStringList given;
    for (const QString &v : values)
        if (!v.isEmpty())
            given << v;
    const bool rating = q.kind == QuestionKind::Rating;
    const int low = rating ? 1 : 0;
    const int high = rating ? kRatingPoints : static_cast<int>(q.options.size()) - 1;
    if (q.kind != QuestionKind::Multiple && given.size() > 1) {
        r.error = say(QT_TRANSLATE_NOOP("SurveyForm", "Choose only one of the options"));
        return r;
    }
    QSet<int> chosen;
    for (const QString &v : given) {
        const std::optional<int> n = choiceValue(v);
        if (!n || *n < low || *n > high) {
            r.error =
                rating ? say(QT_TRANSLATE_NOOP("SurveyForm", "Choose one of the levels"))
                : q.kind == QuestionKind::Single
                    ? say(QT_TRANSLATE_NOOP("SurveyForm", "Choose one of the options"))
                    : say(QT_TRANSLATE_NOOP("SurveyForm", "Choose only among the options shown"));
            return r;
        }
        chosen.insert(*n);
    }
    r.answer.choices = QList<int>(chosen.begin(), chosen.end());
    std::sort(r.answer.choices.begin(), r.answer.choices.end());
    return r;
}

Reading readText(const SurveyQuestion &q, const QStringList &values, const AudienceText &say)
{
    Reading r;
    r.answer.questionId = q.id;
    if (values.isEmpty())
        return r;
    // The form has one box per question: two values are a page that is not ours.
    if (values.size() > 1) {
        r.error = say(QT_TRANSLATE_NOOP("SurveyForm", "This question takes one answer"));
        return r;
    }
    const bool line = q.kind == QuestionKind::Text;
    r.answer.text = cleanText(values.front(), line);
    const int limit = line ? kMaxTextAnswer : kMaxLongTextAnswer;
    if (r.answer.text.size() > limit)
        r.error =
            say(QT_TRANSLATE_NOOP("SurveyForm",
                                  "Shorten your answer to %1 characters or fewer (it has "
                                  "%2)"))
                .arg(say.locale().toString(limit), say.locale().toString(r.answer.text.size()));
    return r;
}

} // namespace

QString privacyNotice(const Survey &survey, const QString &language)
{
    const AudienceText t(language, "SurveyPage");
    return survey.perDelegate
               ? t(QT_TRANSLATE_NOOP("SurveyPage",
                                     "One response per delegate: your answers are kept with a "
                                     "code made from your badge, so that you answer once, "
                                     "not with your name, your phone's address or the time — "
                                     "only the day. Docket shows no one who answered what."))
               : t(QT_TRANSLATE_NOOP("SurveyPage",
                                     "Anonymous: your answers are kept without your name, your "
                                     "phone's address or the time — only the day."));
}

QString fieldName(const SurveyQuestion &question)
{
    return QStringLiteral("q") + QString::number(question.id);
}

ParsedAnswers parseAnswers(const Survey &survey,
                           const std::vector<std::pair<QString, QString>> &fields,
                           const QString &language)
{
    const AudienceText say(language, "SurveyForm");
    // Only the survey's own fields are kept: whatever else a page sends costs nothing.
    QHash<QString, QStringList> values;
    for (const SurveyQuestion &q : survey.questions)
        if (q.answerable())
            values.insert(fieldName(q), {});
    for (const auto &[name, value] : fields)
        if (const auto it = values.find(name); it != values.end())
            it->append(value);

    ParsedAnswers parsed;
    for (const SurveyQuestion &q : survey.questions) {
        if (!q.answerable())
            continue;
        const QStringList &given = values[fieldName(q)];
        const bool text = q.kind == QuestionKind::Text || q.kind == QuestionKind::LongText;
        Reading r = text ? readText(q, given, say) : readChoices(q, given, say);
        if (r.error.isEmpty() && r.answer.isEmpty() && q.required)
            r.error = say(QT_TRANSLATE_NOOP("SurveyForm", "This question needs an answer"));
        if (!r.error.isEmpty())
            parsed.errors.insert(q.id, r.error);
        if (!r.answer.isEmpty())
            parsed.answers.append(r.answer);
    }
    return parsed;
}

} // namespace docket::survey
