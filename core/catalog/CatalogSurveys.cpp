// SPDX-License-Identifier: GPL-3.0-or-later
// Feedback surveys: their questions, and the anonymous responses the server hands over.
#include "catalog/Catalog.h"
#include "catalog/CatalogRows.h"
#include "model/MeetingCode.h"
#include "util/Error.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <functional>

namespace docket {

using namespace catalogrows;

namespace {

constexpr const char *kSurveyColumns = "SELECT id, meeting_id, code, title, intro, language, "
                                       "state, created_at, revision, per_delegate FROM survey ";
constexpr const char *kQuestionColumns =
    "SELECT id, position, kind, text, help, options, required FROM survey_question ";

QString optionsText(const QStringList &options)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(options)).toJson(QJsonDocument::Compact));
}

QStringList optionsFromText(const QString &text)
{
    QStringList options;
    for (const QJsonValue &value : QJsonDocument::fromJson(text.toUtf8()).array())
        options << value.toString();
    return options;
}

// One line of text for a question, an option, a title: no line breaks, no control characters,
// spaces tidied.
QString oneLine(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        out += c.category() == QChar::Other_Control ? u' ' : c;
    return out.simplified();
}

// What a question must be to be kept: checked here once, for the window and the CLI alike.
SurveyQuestion checkedQuestion(const SurveyQuestion &question)
{
    SurveyQuestion q = question;
    q.text = oneLine(q.text);
    q.help = q.help.trimmed();
    if (q.text.isEmpty())
        throw Error(Catalog::tr("A question needs its text."));
    if (q.text.size() > kMaxQuestionText || q.help.size() > kMaxQuestionText)
        throw Error(
            Catalog::tr("A question's text is limited to %1 characters.").arg(kMaxQuestionText));
    QStringList options;
    for (const QString &option : std::as_const(q.options))
        if (const QString line = oneLine(option); !line.isEmpty())
            options << line.left(kMaxQuestionText);
    q.options = options;
    switch (q.kind) {
    case QuestionKind::Single:
    case QuestionKind::Multiple:
        if (q.options.size() < 2)
            throw Error(Catalog::tr("“%1” needs at least two options.").arg(q.text));
        if (q.options.size() > kMaxOptions)
            throw Error(Catalog::tr("“%1” has more than %2 options.").arg(q.text).arg(kMaxOptions));
        break;
    case QuestionKind::Rating:
        // The five labels, or none (the phone's language then gives the usual ones).
        if (!q.options.isEmpty() && q.options.size() != kRatingPoints)
            throw Error(
                Catalog::tr("A rating has %1 labels, one per point, or none.").arg(kRatingPoints));
        break;
    case QuestionKind::Section:
        q.required = false;
        q.options.clear();
        break;
    case QuestionKind::Text:
    case QuestionKind::LongText:
        q.options.clear();
        break;
    }
    return q;
}

SurveyQuestion readQuestion(const sql::Statement &s)
{
    SurveyQuestion q;
    q.id = s.int64(0);
    q.number = s.int32(1);
    q.kind = questionKindFromKey(s.text(2)).value_or(QuestionKind::Text);
    q.text = s.text(3);
    q.help = s.text(4);
    q.options = optionsFromText(s.text(5));
    q.required = s.int64(6) != 0;
    return q;
}

} // namespace

namespace {

Survey readSurveyRow(const sql::Statement &s)
{
    Survey survey;
    survey.id = s.int64(0);
    survey.meetingId = s.isNull(1) ? 0 : s.int64(1);
    survey.code = s.text(2);
    survey.title = s.text(3);
    survey.intro = s.text(4);
    survey.language = s.text(5);
    survey.state = surveyStateFromKey(s.text(6)).value_or(SurveyState::Draft);
    survey.createdAt = readTime(s.text(7));
    survey.revision = s.int64(8);
    survey.perDelegate = s.int64(9) != 0;
    return survey;
}

QList<SurveyQuestion> readQuestions(sql::Database &db, Id surveyId)
{
    QList<SurveyQuestion> questions;
    sql::Statement s(db, QByteArray(kQuestionColumns) + "WHERE survey_id = ? ORDER BY position");
    s.bind(1, surveyId);
    while (s.step())
        questions << readQuestion(s);
    return questions;
}

QList<Survey> readSurveys(sql::Database &db, const QByteArray &where,
                          const std::function<void(sql::Statement &)> &bind)
{
    QList<Survey> found;
    sql::Statement s(db, QByteArray(kSurveyColumns) + where);
    if (bind)
        bind(s);
    while (s.step())
        found << readSurveyRow(s);
    for (Survey &survey : found)
        survey.questions = readQuestions(db, survey.id);
    return found;
}

bool hasResponses(sql::Database &db, Id surveyId)
{
    sql::Statement s(db, "SELECT 1 FROM survey_response WHERE survey_id = ? LIMIT 1");
    return s.bind(1, surveyId).step();
}

// Questions can change only while nobody has answered: a tally must never mix two wordings.
void requireNoResponses(sql::Database &db, Id surveyId)
{
    sql::Statement open(db, "SELECT 1 FROM survey WHERE id = ? AND state = 'open'");
    if (open.bind(1, surveyId).step())
        throw Error(Catalog::tr("Phones are answering this survey: close it to change its "
                                "questions."));
    if (hasResponses(db, surveyId))
        throw Error(Catalog::tr("This survey has answers already, so its questions stay as they "
                                "were answered. Make a copy of the survey to change them."));
}

Id surveyOfQuestion(sql::Database &db, Id questionId)
{
    sql::Statement s(db, "SELECT survey_id FROM survey_question WHERE id = ?");
    if (!s.bind(1, questionId).step())
        throw Error(Catalog::tr("No such question."));
    return s.int64(0);
}

// Positions 1..n in the given order.
void renumber(sql::Database &db, const QList<Id> &ordered)
{
    sql::Statement s(db, "UPDATE survey_question SET position = ? WHERE id = ?");
    for (qsizetype i = 0; i < ordered.size(); ++i) {
        s.reset();
        s.bind(1, static_cast<int>(i + 1)).bind(2, ordered[i]).run();
    }
}

QList<Id> questionIds(sql::Database &db, Id surveyId)
{
    QList<Id> ids;
    sql::Statement s(db, "SELECT id FROM survey_question WHERE survey_id = ? ORDER BY position");
    s.bind(1, surveyId);
    while (s.step())
        ids << s.int64(0);
    return ids;
}

Id insertQuestion(sql::Database &db, Id surveyId, const SurveyQuestion &q, int position)
{
    sql::Statement insert(db, "INSERT INTO survey_question(survey_id, position, kind, text, help, "
                              "options, required) VALUES (?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, surveyId)
        .bind(2, position)
        .bind(3, questionKindKey(q.kind))
        .bind(4, q.text)
        .bind(5, orEmpty(q.help))
        .bind(6, optionsText(q.options))
        .bind(7, q.required ? 1 : 0)
        .run();
    return db.lastInsertId();
}

} // namespace

Survey Catalog::createSurvey(Id meetingId, const Survey &draft)
{
    const QString title = oneLine(draft.title);
    if (title.isEmpty())
        throw Error(tr("A survey needs a title."));
    if (draft.questions.size() > kMaxQuestions)
        throw Error(tr("A survey holds at most %1 questions.").arg(kMaxQuestions));
    QList<SurveyQuestion> questions;
    for (const SurveyQuestion &q : draft.questions)
        questions << checkedQuestion(q);
    sql::Transaction tx(m_db);
    if (meetingId != 0 && !meeting(meetingId))
        throw Error(tr("No such meeting."));
    QString code;
    for (int attempt = 0; attempt < 16 && code.isEmpty(); ++attempt)
        if (const QString candidate = meetingcode::generate(); !codeTaken(m_db, candidate))
            code = candidate;
    if (code.isEmpty())
        throw Error(tr("Could not find a free code for the survey."));
    if (draft.perDelegate && meetingId == 0)
        throw Error(tr("Only a meeting's survey can take one response per delegate: a standing "
                       "survey has no roster."));
    sql::Statement insert(m_db, "INSERT INTO survey(meeting_id, code, title, intro, language, "
                                "created_at, per_delegate) VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (meetingId != 0)
        insert.bind(1, meetingId);
    else
        insert.bindNull(1);
    insert.bind(2, code)
        .bind(3, title)
        .bind(4, orEmpty(draft.intro.trimmed()))
        .bind(5, draft.language.isEmpty() ? QStringLiteral("vi") : draft.language)
        .bind(6, nowText())
        .bind(7, draft.perDelegate ? 1 : 0)
        .run();
    const Id id = m_db.lastInsertId();
    for (qsizetype i = 0; i < questions.size(); ++i)
        insertQuestion(m_db, id, questions[i], static_cast<int>(i + 1));
    tx.commit();
    Q_EMIT changed();
    return *survey(id);
}

QList<Survey> Catalog::surveys(std::optional<Id> meetingId)
{
    if (meetingId)
        return readSurveys(m_db, "WHERE meeting_id IS ? ORDER BY id DESC", [&](sql::Statement &s) {
            if (*meetingId != 0)
                s.bind(1, *meetingId);
            else
                s.bindNull(1);
        });
    return readSurveys(m_db, "ORDER BY id DESC", {});
}

std::optional<Survey> Catalog::survey(Id surveyId)
{
    const QList<Survey> found =
        readSurveys(m_db, "WHERE id = ?", [&](sql::Statement &s) { s.bind(1, surveyId); });
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

std::optional<Survey> Catalog::findSurvey(const QString &idOrCode)
{
    bool isNumber = false;
    const qint64 id = idOrCode.toLongLong(&isNumber);
    if (isNumber)
        if (auto byId = survey(id))
            return byId;
    const QString code = meetingcode::normalize(idOrCode);
    if (code.isEmpty())
        return std::nullopt;
    const QList<Survey> found =
        readSurveys(m_db, "WHERE code = ?", [&](sql::Statement &s) { s.bind(1, code); });
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<Survey> Catalog::surveysInState(SurveyState state)
{
    return readSurveys(m_db, "WHERE state = ? ORDER BY id",
                       [&](sql::Statement &s) { s.bind(1, surveyStateKey(state)); });
}

void Catalog::updateSurvey(const Survey &edited)
{
    const QString title = oneLine(edited.title);
    if (title.isEmpty())
        throw Error(tr("A survey needs a title."));
    sql::Transaction tx(m_db);
    sql::Statement s(m_db, "UPDATE survey SET title = ?, intro = ?, language = ? WHERE id = ?");
    changeExactlyOne(
        m_db,
        s.bind(1, title)
            .bind(2, orEmpty(edited.intro.trimmed()))
            .bind(3, edited.language.isEmpty() ? QStringLiteral("vi") : edited.language)
            .bind(4, edited.id),
        tr("No such survey."));
    tx.commit();
    Q_EMIT changed();
}

void Catalog::setSurveyState(Id surveyId, SurveyState state)
{
    sql::Transaction tx(m_db);
    const auto before = survey(surveyId);
    if (!before)
        throw Error(tr("No such survey."));
    if (state == SurveyState::Open &&
        std::none_of(before->questions.cbegin(), before->questions.cend(),
                     [](const SurveyQuestion &q) { return q.answerable(); }))
        throw Error(
            tr("“%1” has no questions yet: add some before opening it.").arg(before->title));
    if (before->state == state)
        return;
    sql::Statement s(m_db, "UPDATE survey SET state = ? WHERE id = ?");
    changeExactlyOne(m_db, s.bind(1, surveyStateKey(state)).bind(2, surveyId),
                     tr("No such survey."));
    tx.commit();
    Q_EMIT changed();
}

void Catalog::setSurveyPerDelegate(Id surveyId, bool perDelegate)
{
    sql::Transaction tx(m_db);
    const auto before = survey(surveyId);
    if (!before)
        throw Error(tr("No such survey."));
    if (before->perDelegate == perDelegate)
        return;
    if (perDelegate && before->standing())
        throw Error(tr("Only a meeting's survey can take one response per delegate: a standing "
                       "survey has no roster."));
    // Who counts as one respondent cannot change under the answers already counted.
    if (surveyResponseCount(surveyId) > 0)
        throw Error(tr("“%1” has responses already: who counts as one respondent stays as it "
                       "was when they answered.")
                        .arg(before->title));
    sql::Statement s(m_db, "UPDATE survey SET per_delegate = ? WHERE id = ?");
    changeExactlyOne(m_db, s.bind(1, perDelegate ? 1 : 0).bind(2, surveyId), tr("No such survey."));
    tx.commit();
    Q_EMIT changed();
}

void Catalog::removeSurvey(Id surveyId)
{
    sql::Transaction tx(m_db);
    // An archived meeting's survey stays with its record (its trigger refuses it too).
    if (const auto s = survey(surveyId); s && s->meetingId != 0)
        if (const auto m = meeting(s->meetingId); m && m->isArchived())
            throw Error(archivedRefusal());
    sql::Statement s(m_db, "DELETE FROM survey WHERE id = ?");
    changeExactlyOne(m_db, s.bind(1, surveyId), tr("No such survey."));
    tx.commit();
    Q_EMIT changed();
}

SurveyQuestion Catalog::addQuestion(Id surveyId, const SurveyQuestion &question, int number)
{
    const SurveyQuestion q = checkedQuestion(question);
    sql::Transaction tx(m_db);
    if (!survey(surveyId))
        throw Error(tr("No such survey."));
    requireNoResponses(m_db, surveyId);
    QList<Id> ids = questionIds(m_db, surveyId);
    if (ids.size() >= kMaxQuestions)
        throw Error(tr("A survey holds at most %1 questions.").arg(kMaxQuestions));
    const Id id = insertQuestion(m_db, surveyId, q, static_cast<int>(ids.size() + 1));
    const qsizetype at = number >= 1 && number <= ids.size() ? number - 1 : ids.size();
    ids.insert(at, id);
    renumber(m_db, ids);
    tx.commit();
    Q_EMIT changed();
    for (const SurveyQuestion &added : readQuestions(m_db, surveyId))
        if (added.id == id)
            return added;
    return q;
}

void Catalog::updateQuestion(const SurveyQuestion &question)
{
    const SurveyQuestion q = checkedQuestion(question);
    sql::Transaction tx(m_db);
    const Id surveyId = surveyOfQuestion(m_db, q.id);
    requireNoResponses(m_db, surveyId);
    sql::Statement s(m_db, "UPDATE survey_question SET kind = ?, text = ?, help = ?, options = ?, "
                           "required = ? WHERE id = ?");
    changeExactlyOne(m_db,
                     s.bind(1, questionKindKey(q.kind))
                         .bind(2, q.text)
                         .bind(3, orEmpty(q.help))
                         .bind(4, optionsText(q.options))
                         .bind(5, q.required ? 1 : 0)
                         .bind(6, q.id),
                     tr("No such question."));
    tx.commit();
    Q_EMIT changed();
}

void Catalog::moveQuestion(Id questionId, int number)
{
    sql::Transaction tx(m_db);
    const Id surveyId = surveyOfQuestion(m_db, questionId);
    requireNoResponses(m_db, surveyId);
    QList<Id> ids = questionIds(m_db, surveyId);
    ids.removeOne(questionId);
    ids.insert(std::clamp<qsizetype>(number - 1, 0, ids.size()), questionId);
    renumber(m_db, ids);
    tx.commit();
    Q_EMIT changed();
}

void Catalog::removeQuestion(Id questionId)
{
    sql::Transaction tx(m_db);
    const Id surveyId = surveyOfQuestion(m_db, questionId);
    requireNoResponses(m_db, surveyId);
    sql::Statement s(m_db, "DELETE FROM survey_question WHERE id = ?");
    changeExactlyOne(m_db, s.bind(1, questionId), tr("No such question."));
    renumber(m_db, questionIds(m_db, surveyId));
    tx.commit();
    Q_EMIT changed();
}

int Catalog::recordSurveyResponses(const QList<SurveySubmission> &submissions)
{
    if (submissions.isEmpty())
        return 0;
    int added = 0;
    QSet<Id> answered;
    sql::Transaction tx(m_db);
    sql::Statement open(m_db, "SELECT 1 FROM survey WHERE id = ? AND state = 'open'");
    sql::Statement find(m_db,
                        "SELECT id FROM survey_response WHERE survey_id = ? AND respondent = ?");
    sql::Statement insert(
        m_db, "INSERT INTO survey_response(survey_id, respondent, day) VALUES (?, ?, ?)");
    sql::Statement clear(m_db, "DELETE FROM survey_answer WHERE response_id = ?");
    sql::Statement answer(m_db, "INSERT INTO survey_answer(response_id, question_id, choice, text) "
                                "SELECT ?1, id, ?3, ?4 FROM survey_question "
                                "WHERE id = ?2 AND survey_id = ?5 AND kind <> 'section'");
    for (const SurveySubmission &submission : submissions) {
        open.reset();
        if (!open.bind(1, submission.surveyId).step())
            continue; // closed (or removed) since the phone sent it: nothing may change now
        find.reset();
        find.bind(1, submission.surveyId).bind(2, QString::fromLatin1(submission.respondent));
        Id responseId = 0;
        if (find.step()) {
            responseId = find.int64(0);
            clear.reset();
            clear.bind(1, responseId).run();
        } else {
            insert.reset();
            insert.bind(1, submission.surveyId)
                .bind(2, QString::fromLatin1(submission.respondent))
                .bind(3, submission.day.toString(Qt::ISODate))
                .run();
            responseId = m_db.lastInsertId();
            ++added;
        }
        for (const SurveyAnswer &a : submission.answers) {
            const auto store = [&](std::optional<int> choice, const QString &text) {
                answer.reset();
                answer.bind(1, responseId).bind(2, a.questionId);
                if (choice)
                    answer.bind(3, *choice);
                else
                    answer.bindNull(3);
                answer.bind(4, text).bind(5, submission.surveyId).run();
            };
            for (const int choice : a.choices)
                store(choice, QString());
            if (!a.text.isEmpty())
                store(std::nullopt, a.text);
        }
        answered.insert(submission.surveyId);
    }
    tx.commit();
    for (const Id id : std::as_const(answered))
        Q_EMIT surveyAnswered(id);
    return added;
}

QList<SurveyResponse> Catalog::surveyResponses(Id surveyId)
{
    QList<SurveyResponse> responses;
    QHash<Id, qsizetype> index;
    sql::Statement s(m_db, "SELECT id, day FROM survey_response WHERE survey_id = ? ORDER BY id");
    s.bind(1, surveyId);
    while (s.step()) {
        index.insert(s.int64(0), responses.size());
        responses << SurveyResponse{s.int64(0), QDate::fromString(s.text(1), Qt::ISODate), {}};
    }
    sql::Statement a(m_db, "SELECT a.response_id, a.question_id, a.choice, a.text "
                           "FROM survey_answer a JOIN survey_response r ON r.id = a.response_id "
                           "JOIN survey_question q ON q.id = a.question_id "
                           "WHERE r.survey_id = ? ORDER BY a.response_id, q.position, a.choice");
    a.bind(1, surveyId);
    while (a.step()) {
        SurveyResponse &response = responses[index.value(a.int64(0))];
        const Id questionId = a.int64(1);
        if (response.answers.isEmpty() || response.answers.last().questionId != questionId)
            response.answers << SurveyAnswer{questionId, {}, {}};
        SurveyAnswer &answer = response.answers.last();
        if (!a.isNull(2))
            answer.choices << a.int32(2);
        if (!a.isNull(3))
            answer.text = a.text(3);
    }
    return responses;
}

int Catalog::surveyResponseCount(Id surveyId)
{
    sql::Statement s(m_db, "SELECT count(*) FROM survey_response WHERE survey_id = ?");
    s.bind(1, surveyId).step();
    return s.int32(0);
}

} // namespace docket
