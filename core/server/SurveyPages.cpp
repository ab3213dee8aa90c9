// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/SurveyPages.h"

#include "server/DelegatePages.h"
#include "survey/SurveyForm.h"
#include "util/AudienceText.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace docket::surveypages {

namespace {

constexpr char kContext[] = "SurveyPage";

// A phone reads the survey in its own language, whatever the organiser's UI is in.
class Text : public AudienceText
{
public:
    explicit Text(const QString &language) : AudienceText(language, kContext) {}
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Text the organiser wrote over several lines: escaped, its line breaks kept.
QString lines(const QString &text)
{
    QString html = esc(text.trimmed());
    html.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    html.replace(u'\n', QStringLiteral("<br>"));
    return html;
}

// An introduction: a paragraph for each block between blank lines.
QString paragraphs(const QString &text, const QString &attributes)
{
    static const QRegularExpression blank(QStringLiteral("\\r?\\n[ \\t]*\\r?\\n"));
    QString html;
    for (const QString &part : text.split(blank, Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            html += QStringLiteral("<p") + attributes + u'>' + lines(part) + QStringLiteral("</p>");
    return html;
}

// What a rating's point says when the organiser left its label empty.
constexpr const char *kRatingLabels[kRatingPoints] = {
    QT_TRANSLATE_NOOP("SurveyPage", "Very dissatisfied"),
    QT_TRANSLATE_NOOP("SurveyPage", "Dissatisfied"),
    QT_TRANSLATE_NOOP("SurveyPage", "Neutral"),
    QT_TRANSLATE_NOOP("SurveyPage", "Satisfied"),
    QT_TRANSLATE_NOOP("SurveyPage", "Very satisfied"),
};

struct Page
{
    const Text &t;
    // ` lang="vi"` on what the organiser wrote when the phone reads the page in another
    // language, so that a screen reader speaks each text in its own language (WCAG 3.1.2).
    QString own;
};

Page pageFor(const Text &t, const Survey &survey)
{
    const bool other = !survey.language.isEmpty() && survey.language != t.language();
    return {t, other ? QStringLiteral(" lang=\"") + esc(survey.language) + u'"' : QString()};
}

QString questionName(const SurveyQuestion &question)
{
    return u'q' + QString::number(question.id);
}

// One answerable question as a fieldset: its legend (the number shown, the text, "required"),
// its help, its error, its controls. The ids hang off the fieldset's: q7-h (help), q7-e (error),
// q7-t (a text's control); the controls point at the help and the error, so that a screen
// reader reads them with each control.
QString question(const Page &page, const SurveyQuestion &q, int shown, const SurveyAnswer *answer,
                 const QString *error)
{
    const Text &t = page.t;
    const QString name = questionName(q);
    const bool typed = q.kind == QuestionKind::Text || q.kind == QuestionKind::LongText;
    QString legend = t.locale().toString(shown) + QStringLiteral(". <span") + page.own + u'>' +
                     esc(q.text) + QStringLiteral("</span>");
    if (q.required)
        legend += QStringLiteral(" <span class=\"req\">") +
                  esc(t(QT_TRANSLATE_NOOP("SurveyPage", "(required)"))) + QStringLiteral("</span>");
    // A typed answer's one control takes the question as its label; choices are labelled by
    // their options and grouped by the legend.
    if (typed)
        legend = QStringLiteral("<label for=\"") + name + QStringLiteral("-t\">") + legend +
                 QStringLiteral("</label>");
    QString html = QStringLiteral("<fieldset id=\"") + name + u'"' +
                   (error ? QStringLiteral(" class=\"bad\"") : QString()) +
                   QStringLiteral("><legend>") + legend + QStringLiteral("</legend>");
    QStringList describedBy;
    if (error)
        describedBy << name + QStringLiteral("-e");
    if (!q.help.trimmed().isEmpty()) {
        html += QStringLiteral("<p class=\"hint\" id=\"") + name + QStringLiteral("-h\"") +
                page.own + u'>' + lines(q.help) + QStringLiteral("</p>");
        describedBy << name + QStringLiteral("-h");
    }
    if (q.kind == QuestionKind::Multiple) {
        html += QStringLiteral("<p class=\"hint\" id=\"") + name + QStringLiteral("-m\">") +
                esc(t(QT_TRANSLATE_NOOP("SurveyPage", "You can choose more than one."))) +
                QStringLiteral("</p>");
        describedBy << name + QStringLiteral("-m");
    }
    // The warning sign says it is an error without relying on the colour.
    if (error)
        html += QStringLiteral("<p class=\"qe\" id=\"") + name + QStringLiteral("-e\">⚠ ") +
                esc(*error) + QStringLiteral("</p>");

    QString attributes;
    if (error)
        attributes += QStringLiteral(" aria-invalid=\"true\"");
    if (!describedBy.isEmpty())
        attributes += QStringLiteral(" aria-describedby=\"") + describedBy.join(u' ') + u'"';
    // `required` on a checkbox means that very box must be ticked: a group of them that needs
    // one ticked is checked by the server only.
    if (q.required && q.kind != QuestionKind::Multiple)
        attributes += QStringLiteral(" required");
    const auto checked = [&](int value) {
        return answer && answer->choices.contains(value) ? QStringLiteral(" checked") : QString();
    };

    switch (q.kind) {
    case QuestionKind::Rating:
        // Five columns across, so that the scale reads as one and fits a 390 px phone.
        html += QStringLiteral("<div class=\"sc\">");
        for (int value = 1; value <= kRatingPoints; ++value) {
            const QString label = q.options.value(value - 1).trimmed();
            html += QStringLiteral("<label class=\"pt\"><input type=\"radio\" name=\"") + name +
                    QStringLiteral("\" value=\"") + QString::number(value) + u'"' + checked(value) +
                    attributes + QStringLiteral("><b>") + t.locale().toString(value) +
                    QStringLiteral("</b><span") + (label.isEmpty() ? QString() : page.own) + u'>' +
                    esc(label.isEmpty() ? t(kRatingLabels[value - 1]) : label) +
                    QStringLiteral("</span></label>");
        }
        html += QStringLiteral("</div>");
        break;
    case QuestionKind::Single:
    case QuestionKind::Multiple: {
        const QString type =
            q.kind == QuestionKind::Single ? QStringLiteral("radio") : QStringLiteral("checkbox");
        for (int i = 0; i < q.options.size(); ++i)
            html += QStringLiteral("<label class=\"opt\"><input type=\"") + type +
                    QStringLiteral("\" name=\"") + name + QStringLiteral("\" value=\"") +
                    QString::number(i) + u'"' + checked(i) + attributes + QStringLiteral("><span") +
                    page.own + u'>' + esc(q.options[i]) + QStringLiteral("</span></label>");
        break;
    }
    case QuestionKind::Text:
        // No autocomplete: an anonymous survey should not be offered the phone's saved name.
        html += QStringLiteral("<input class=\"in\" type=\"text\" id=\"") + name +
                QStringLiteral("-t\" name=\"") + name + QStringLiteral("\" maxlength=\"") +
                QString::number(kMaxTextAnswer) + QStringLiteral("\" autocomplete=\"off\"") +
                (answer && !answer->text.isEmpty()
                     ? QStringLiteral(" value=\"") + esc(answer->text) + u'"'
                     : QString()) +
                attributes + u'>';
        break;
    case QuestionKind::LongText: {
        const QString text = answer ? answer->text : QString();
        // A parser drops the newline right after <textarea>: one more keeps a typed one.
        html +=
            QStringLiteral("<textarea class=\"in\" id=\"") + name + QStringLiteral("-t\" name=\"") +
            name + QStringLiteral("\" rows=\"5\" maxlength=\"") +
            QString::number(kMaxLongTextAnswer) + u'"' + attributes + u'>' +
            (text.startsWith(u'\n') || text.startsWith(u'\r') ? QStringLiteral("\n") : QString()) +
            esc(text) + QStringLiteral("</textarea>");
        break;
    }
    case QuestionKind::Section:
        break;
    }
    return html + QStringLiteral("</fieldset>");
}

// At the top of a form sent back: every question to look at again, linked to it, in the
// survey's order; a message about no question on the form is listed without a link.
QString errorSummary(const Text &t, const Survey &survey, const QHash<Id, QString> &errors)
{
    QString items;
    QSet<Id> listed;
    int shown = 0;
    for (const SurveyQuestion &q : survey.questions) {
        if (!q.answerable())
            continue;
        ++shown;
        const auto found = errors.constFind(q.id);
        if (found == errors.cend())
            continue;
        listed.insert(q.id);
        items += QStringLiteral("<li><a href=\"#") + questionName(q) + QStringLiteral("\">") +
                 esc(t(QT_TRANSLATE_NOOP("SurveyPage", "Question %1: %2"))
                         .arg(t.locale().toString(shown), *found)) +
                 QStringLiteral("</a></li>");
    }
    QList<Id> others;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it)
        if (!listed.contains(it.key()))
            others << it.key();
    std::sort(others.begin(), others.end());
    for (const Id id : others)
        items += QStringLiteral("<li>") + esc(errors.value(id)) + QStringLiteral("</li>");
    return QStringLiteral("<div class=\"sum\" role=\"alert\"><h2>") +
           esc(t(QT_TRANSLATE_NOOP("SurveyPage", "Please check your answers"))) +
           QStringLiteral("</h2><ul>") + items + QStringLiteral("</ul></div>");
}

} // namespace

QByteArray formPage(const Survey &survey, const QString &language, const QList<SurveyAnswer> &given,
                    const QHash<Id, QString> &errors, bool changing)
{
    const Text t(language);
    const Page page = pageFor(t, survey);
    QHash<Id, const SurveyAnswer *> answers;
    for (const SurveyAnswer &answer : given)
        answers.insert(answer.questionId, &answer);
    const auto answerable = std::count_if(survey.questions.cbegin(), survey.questions.cend(),
                                          [](const SurveyQuestion &q) { return q.answerable(); });

    QString body;
    if (!errors.isEmpty())
        body += errorSummary(t, survey, errors);
    if (changing)
        body += QStringLiteral("<p class=\"ok\" role=\"status\">") +
                esc(t(QT_TRANSLATE_NOOP("SurveyPage", "You answered already: you can change your "
                                                      "answer until the survey closes."))) +
                QStringLiteral("</p>");
    body +=
        QStringLiteral("<header><h1") + page.own + u'>' + esc(survey.title) +
        QStringLiteral("</h1><div class=\"meta\">") +
        esc(t(QT_TRANSLATE_N_NOOP("SurveyPage", "%n question(s)"), static_cast<int>(answerable))) +
        QStringLiteral("</div></header>") + paragraphs(survey.intro, page.own) +
        QStringLiteral("<p class=\"meta\">") + esc(survey::privacyNotice(survey, t.language())) +
        QStringLiteral("</p>");
    // The first submit button is the one Enter in a text line would press: a disabled one
    // stops a half-filled survey from being sent by the keyboard's Enter (or Go).
    body += QStringLiteral("<form method=\"post\" action=\"/") + esc(survey.code) +
            QStringLiteral("/answer\" accept-charset=\"utf-8\"><button type=\"submit\" disabled "
                           "hidden aria-hidden=\"true\"></button>") +
            // The questions as this form shows them: answers to an older form (the survey
            // was changed since) are not read against new options.
            QStringLiteral("<input type=\"hidden\" name=\"rev\" value=\"") +
            QString::number(survey.revision) + QStringLiteral("\">");
    int shown = 0;
    for (const SurveyQuestion &q : survey.questions) {
        if (!q.answerable()) {
            body += QStringLiteral("<h2 class=\"sec\"") + page.own + u'>' + esc(q.text) +
                    QStringLiteral("</h2>");
            if (!q.help.trimmed().isEmpty())
                body += QStringLiteral("<p class=\"hint\"") + page.own + u'>' + lines(q.help) +
                        QStringLiteral("</p>");
            continue;
        }
        const auto error = errors.constFind(q.id);
        body += question(page, q, ++shown, answers.value(q.id),
                         error == errors.cend() ? nullptr : &*error);
    }
    body += QStringLiteral("<button class=\"btn send\" type=\"submit\">") +
            esc(changing ? t(QT_TRANSLATE_NOOP("SurveyPage", "Save my new answers"))
                         : t(QT_TRANSLATE_NOOP("SurveyPage", "Send my answers"))) +
            QStringLiteral("</button></form>");
    // The title says first that something is to be corrected: it is what a screen reader reads
    // when the page opens.
    const QString title = errors.isEmpty()
                              ? survey.title
                              : t(QT_TRANSLATE_NOOP("SurveyPage", "Please check your answers")) +
                                    QStringLiteral(" · ") + survey.title;
    return delegatepages::htmlPage(t.language(), title, body);
}

QByteArray thankYouPage(const Survey &survey, const QString &language, bool changed)
{
    const Text t(language);
    const Page page = pageFor(t, survey);
    const QString title = t(QT_TRANSLATE_NOOP("SurveyPage", "Thank you!"));
    const QString body =
        QStringLiteral("<p class=\"sub\"") + page.own + u'>' + esc(survey.title) +
        QStringLiteral("</p><h1>") + esc(title) +
        QStringLiteral("</h1><p class=\"ok\" "
                       "role=\"status\">") +
        esc(changed ? t(QT_TRANSLATE_NOOP("SurveyPage", "Your answers have been changed."))
                    : t(QT_TRANSLATE_NOOP("SurveyPage", "Your answers have been received."))) +
        QStringLiteral("</p><p>") +
        esc(t(QT_TRANSLATE_NOOP("SurveyPage", "You can change your answers until the survey "
                                              "closes: open the code %1 again.")))
            .arg(QStringLiteral("<strong>") + esc(survey.code) + QStringLiteral("</strong>")) +
        QStringLiteral("</p><p><a class=\"btn alt\" href=\"/") + esc(survey.code) +
        QStringLiteral("\">") + esc(t(QT_TRANSLATE_NOOP("SurveyPage", "Change my answers"))) +
        QStringLiteral("</a></p>");
    return delegatepages::htmlPage(t.language(), title + QStringLiteral(" · ") + survey.title,
                                   body);
}

QByteArray delegatesOnlyPage(const Survey &survey, const QString &language)
{
    const Text t(language);
    const Page page = pageFor(t, survey);
    const QString title = t(QT_TRANSLATE_NOOP("SurveyPage", "For the meeting's delegates"));
    const QString body =
        QStringLiteral("<p class=\"sub\"") + page.own + u'>' + esc(survey.title) +
        QStringLiteral("</p><h1>") + esc(title) + QStringLiteral("</h1><p>") +
        esc(t(QT_TRANSLATE_NOOP("SurveyPage", "Each delegate answers once. Scan the code on your "
                                              "badge with this phone first (it checks you in), "
                                              "then scan this survey's code again."))) +
        QStringLiteral("</p>");
    return delegatepages::htmlPage(t.language(), title + QStringLiteral(" · ") + survey.title,
                                   body);
}

QByteArray closedPage(const Survey &survey, const QString &language)
{
    const Text t(language);
    const Page page = pageFor(t, survey);
    const bool draft = survey.state == SurveyState::Draft;
    const QString title = draft ? t(QT_TRANSLATE_NOOP("SurveyPage", "This survey is not open yet"))
                                : t(QT_TRANSLATE_NOOP("SurveyPage", "This survey is closed"));
    const QString said =
        draft ? t(QT_TRANSLATE_NOOP("SurveyPage", "The organiser opens it when it is time to "
                                                  "answer: scan the code again then."))
              : t(QT_TRANSLATE_NOOP("SurveyPage", "Answers can no longer be sent or changed. Thank "
                                                  "you for taking part."));
    const QString body = QStringLiteral("<p class=\"sub\"") + page.own + u'>' + esc(survey.title) +
                         QStringLiteral("</p><h1>") + esc(title) + QStringLiteral("</h1><p>") +
                         esc(said) + QStringLiteral("</p>");
    return delegatepages::htmlPage(t.language(), title + QStringLiteral(" · ") + survey.title,
                                   body);
}

} // namespace docket::surveypages
