// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A feedback survey as the catalog keeps it: attached to a meeting or standing (a service
// counter's, open for weeks), its questions in order, and its anonymous responses: one per
// device, each with the day it was given (never a finer time, never an address).

#include "model/Model.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace docket {

enum class SurveyState
{
    Draft,  // being written: not served
    Open,   // answered on phones whenever the library is hosted
    Closed, // results only; answers can no longer change
};
QString surveyStateKey(SurveyState state); // "draft", "open", "closed"
std::optional<SurveyState> surveyStateFromKey(const QString &key);

enum class QuestionKind
{
    Section,  // a heading (and its text) between questions: nothing to answer
    Rating,   // 1 to 5, each with its label ("Rất không hài lòng" ... "Rất hài lòng")
    Single,   // one of the options
    Multiple, // any of the options
    Text,     // a line
    LongText, // a paragraph
};
// "section", "rating", "single", "multi", "text", "longtext": stored, and what the CLI takes
QString questionKindKey(QuestionKind kind);
std::optional<QuestionKind> questionKindFromKey(const QString &key);

// Bounds on what a survey holds and what a phone may send: an answer longer than these is
// refused with the form again, never cut silently.
inline constexpr int kMaxQuestions = 100;
inline constexpr int kMaxOptions = 20;
inline constexpr int kRatingPoints = 5;
inline constexpr int kMaxTextAnswer = 500;      // characters, a line
inline constexpr int kMaxLongTextAnswer = 4000; // characters, a paragraph
inline constexpr int kMaxQuestionText = 1000;

struct SurveyQuestion
{
    Id id = 0;
    int number = 0; // 1-based position in the survey, sections included
    QuestionKind kind = QuestionKind::Rating;
    QString text;
    QString help;        // a line under the question (or a section's text)
    QStringList options; // Single and Multiple: the choices; Rating: the five labels, low first
    bool required = false;
    bool answerable() const { return kind != QuestionKind::Section; }
};

struct Survey
{
    Id id = 0;
    Id meetingId = 0; // 0: standing
    QString code;     // its own delegate code: HTTP://HOST:PORT/CODE opens it
    QString title;
    QString intro;
    QString language = QStringLiteral("vi");
    SurveyState state = SurveyState::Draft;
    QDateTime createdAt;
    std::int64_t revision = 0; // raised with every change phones could see
    // A meeting's survey: one response per checked-in delegate (their badge scanned on the
    // phone) rather than one per phone.
    bool perDelegate = false;
    QList<SurveyQuestion> questions;
    bool standing() const { return meetingId == 0; }
};

// One answer to one question: the choices (a rating's 1-5, or option indexes, 0-based) or the
// text.
struct SurveyAnswer
{
    Id questionId = 0;
    QList<int> choices;
    QString text;
    bool isEmpty() const { return choices.isEmpty() && text.trimmed().isEmpty(); }
};

// A device's response, as stored: its day and its answers. `respondent` is a keyed hash of the
// device's survey cookie: the same phone changes its answer instead of adding one, and nothing
// in the catalog leads back to the phone.
struct SurveyResponse
{
    Id id = 0;
    QDate day;
    QList<SurveyAnswer> answers;
};

// A response on its way from the server to the catalog (see Catalog::recordSurveyResponses).
struct SurveySubmission
{
    Id surveyId = 0;
    QByteArray respondent;
    QDate day;
    QList<SurveyAnswer> answers;
};

} // namespace docket
