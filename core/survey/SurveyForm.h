// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A phone's answers to a survey, read from its POSTed form. Pure: the server hands over the
// decoded fields; what it stores is what this lets through, and a refusal names the question
// and why, in the phone's language, for the form shown again.
//
// Field names are "q<QUESTION_ID>". A rating sends its point, "1" to "5"; a single choice the
// option's index, from 0; a multiple choice that field once per option chosen; a text or a
// paragraph its text.

#include "model/Survey.h"

#include <QHash>
#include <QList>
#include <QString>

#include <utility>
#include <vector>

namespace docket::survey {

struct ParsedAnswers
{
    // The answers given, in the survey's order, empty ones left out. A text refused for its
    // length is kept here too (trimmed, never cut), so that the form shown again still holds
    // it to be shortened: store these only when ok().
    QList<SurveyAnswer> answers;
    QHash<Id, QString> errors; // by question id, in the phone's language
    bool ok() const { return errors.isEmpty(); }
};

// Fields of no question are ignored (the form's own, or a question removed since the page was
// drawn). A choice that is not a number, or not one of the question's, a second value for a
// rating or a single choice, a required question left unanswered, and a text longer than
// kMaxTextAnswer (a line) or kMaxLongTextAnswer (a paragraph) are errors of that question.
// Texts are trimmed, their line ends made "\n", other control characters but the tab removed
// (a line's tabs and line breaks become spaces) and put in NFC; repeated options of a multiple
// choice count once, in ascending order.
ParsedAnswers parseAnswers(const Survey &survey,
                           const std::vector<std::pair<QString, QString>> &fields,
                           const QString &language);

// "q" and the question's id: the name of its field in the form.
QString fieldName(const SurveyQuestion &question);

// The one line on what is kept with a response, in `language`: anonymous, or one per delegate
// by a code made from the badge. The form, its phone preview and the poster all say this.
QString privacyNotice(const Survey &survey, const QString &language);

} // namespace docket::survey
