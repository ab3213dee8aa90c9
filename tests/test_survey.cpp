// SPDX-License-Identifier: GPL-3.0-or-later
// Feedback surveys without a server: the ready-made templates in both languages, a phone's
// answers read and refused, tallies, responses per day and ISO week across a year's end, ISO
// week names, and the results as a CSV file that Excel opens with its Vietnamese and without
// running anybody's formula.
#include "model/Survey.h"
#include "survey/SurveyForm.h"
#include "survey/SurveyResults.h"
#include "survey/SurveyTemplates.h"

#include <QLocale>
#include <QSet>

#include <catch2/catch.hpp>

using namespace docket;
using namespace docket::survey;

namespace {

const QString kVi = QStringLiteral("vi");
const QString kEn = QStringLiteral("en");

int answerableCount(const Survey &survey)
{
    int n = 0;
    for (const SurveyQuestion &q : survey.questions)
        if (q.answerable())
            ++n;
    return n;
}

// Every text a citizen reads in a survey: title, intro, questions, help lines, options.
QStringList textsOf(const Survey &survey)
{
    QStringList texts{survey.title, survey.intro};
    for (const SurveyQuestion &q : survey.questions) {
        texts << q.text;
        if (!q.help.isEmpty())
            texts << q.help;
        texts << q.options;
    }
    return texts;
}

bool hasVietnameseMarks(const QString &text)
{
    // Letters only Vietnamese writes: đ, ơ, ư, and the tones on vowels (NFD splits them off).
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    for (const QChar c : decomposed)
        if (c.category() == QChar::Mark_NonSpacing || c == u'đ' || c == u'Đ')
            return true;
    return false;
}

SurveyQuestion question(Id id, QuestionKind kind, const QString &text, bool required,
                        const QStringList &options = {})
{
    SurveyQuestion q;
    q.id = id;
    q.kind = kind;
    q.text = text;
    q.required = required;
    q.options = options;
    return q;
}

// A survey as the catalog would give it: ids, a section, one question of every kind.
Survey sampleSurvey()
{
    Survey s;
    s.id = 7;
    s.code = QStringLiteral("K7QX2M");
    s.title = QStringLiteral("Góp ý");
    s.state = SurveyState::Open;
    s.questions = {
        // The labels as the catalog holds them, whatever the translations say.
        question(11, QuestionKind::Rating, QStringLiteral("Đường giao thông"), true,
                 {QStringLiteral("Rất không hài lòng"), QStringLiteral("Không hài lòng"),
                  QStringLiteral("Bình thường"), QStringLiteral("Hài lòng"),
                  QStringLiteral("Rất hài lòng")}),
        question(12, QuestionKind::Section, QStringLiteral("Phần hai"), false),
        question(13, QuestionKind::Single, QStringLiteral("Ưu tiên"), true,
                 {QStringLiteral("Điện"), QStringLiteral("Nước sạch"), QStringLiteral("Trường")}),
        question(14, QuestionKind::Multiple, QStringLiteral("Bạn dùng"), false,
                 {QStringLiteral("Zalo"), QStringLiteral("Facebook"), QStringLiteral("Loa"),
                  QStringLiteral("Bảng tin")}),
        question(15, QuestionKind::Text, QStringLiteral("Thôn"), false),
        question(16, QuestionKind::LongText, QStringLiteral("Ý kiến khác"), false),
    };
    for (qsizetype i = 0; i < s.questions.size(); ++i)
        s.questions[i].number = static_cast<int>(i) + 1;
    return s;
}

using Fields = std::vector<std::pair<QString, QString>>;

std::pair<QString, QString> field(const char *name, const QString &value)
{
    return {QString::fromLatin1(name), value};
}

const SurveyAnswer *answerTo(const ParsedAnswers &parsed, Id questionId)
{
    for (const SurveyAnswer &a : parsed.answers)
        if (a.questionId == questionId)
            return &a;
    return nullptr;
}

SurveyAnswer choices(Id questionId, const QList<int> &chosen)
{
    return SurveyAnswer{questionId, chosen, {}};
}

SurveyAnswer text(Id questionId, const QString &written)
{
    return SurveyAnswer{questionId, {}, written};
}

SurveyResponse response(Id id, QDate day, const QList<SurveyAnswer> &answers)
{
    return SurveyResponse{id, day, answers};
}

// Five responses from 28 December 2026 to 4 January 2027, across the end of ISO week 2026-W53.
QList<SurveyResponse> fiveResponses()
{
    return {
        response(1, QDate(2026, 12, 28),
                 {choices(11, {5}), choices(13, {0}), choices(14, {0, 1}),
                  text(15, QStringLiteral("Thôn Đông"))}),
        response(2, QDate(2026, 12, 31), {choices(11, {4}), choices(13, {0}), choices(14, {1})}),
        response(3, QDate(2027, 1, 1),
                 {choices(11, {4}), choices(13, {2}), text(16, QStringLiteral("Cần thêm đèn"))}),
        response(4, QDate(2027, 1, 3),
                 {choices(11, {2}), choices(13, {1}), choices(14, {1, 3}),
                  text(15, QStringLiteral("Thôn Tây"))}),
        response(5, QDate(2027, 1, 4), {choices(13, {0})}),
    };
}

} // namespace

TEST_CASE("Survey states and question kinds have stable keys", "[survey]")
{
    for (SurveyState s : {SurveyState::Draft, SurveyState::Open, SurveyState::Closed})
        CHECK(surveyStateFromKey(surveyStateKey(s)) == s);
    CHECK(surveyStateKey(SurveyState::Closed) == QStringLiteral("closed"));
    CHECK_FALSE(surveyStateFromKey(QStringLiteral("Open")));
    const QStringList keys{QStringLiteral("section"), QStringLiteral("rating"),
                           QStringLiteral("single"),  QStringLiteral("multi"),
                           QStringLiteral("text"),    QStringLiteral("longtext")};
    for (const QString &key : keys) {
        const std::optional<QuestionKind> kind = questionKindFromKey(key);
        REQUIRE(kind);
        CHECK(questionKindKey(*kind) == key);
    }
    CHECK(questionKindFromKey(QStringLiteral("multiple")) == std::nullopt);
    CHECK(questionKindFromKey(QString()) == std::nullopt);
}

TEST_CASE("Every template is a complete draft in Vietnamese and in English", "[survey]")
{
    CHECK(templateKeys() == QStringList{QStringLiteral("new-rural"), QStringLiteral("meeting"),
                                        QStringLiteral("public-service")});
    CHECK_FALSE(fromTemplate(QStringLiteral("census"), kVi));
    for (const QString &key : templateKeys()) {
        const std::optional<Survey> vi = fromTemplate(key, kVi);
        const std::optional<Survey> en = fromTemplate(key, kEn);
        REQUIRE(vi);
        REQUIRE(en);
        INFO(key.toStdString());
        CHECK(vi->language == kVi);
        CHECK(en->language == kEn);
        for (const Survey *s : {&*vi, &*en}) {
            CHECK(s->id == 0);
            CHECK(s->code.isEmpty());
            CHECK(s->standing());
            CHECK(s->state == SurveyState::Draft);
            CHECK_FALSE(s->title.isEmpty());
            CHECK_FALSE(s->intro.isEmpty());
            REQUIRE(s->questions.size() <= kMaxQuestions);
            bool anyRequired = false;
            for (qsizetype i = 0; i < s->questions.size(); ++i) {
                const SurveyQuestion &q = s->questions[i];
                INFO(q.text.toStdString());
                CHECK(q.id == 0);
                CHECK(q.number == i + 1);
                CHECK_FALSE(q.text.isEmpty());
                CHECK(q.text.size() <= kMaxQuestionText);
                anyRequired = anyRequired || q.required;
                switch (q.kind) {
                case QuestionKind::Rating:
                    CHECK(q.options == ratingLabels(s->language));
                    break;
                case QuestionKind::Single:
                case QuestionKind::Multiple:
                    CHECK(q.options.size() >= 2);
                    CHECK(q.options.size() <= kMaxOptions);
                    break;
                case QuestionKind::Section:
                    CHECK_FALSE(q.required);
                    CHECK(q.options.isEmpty());
                    break;
                case QuestionKind::Text:
                case QuestionKind::LongText:
                    CHECK(q.options.isEmpty());
                    break;
                }
            }
            CHECK(anyRequired);
        }
        // The same questions in both languages, every text of the Vietnamese one translated.
        REQUIRE(vi->questions.size() == en->questions.size());
        for (qsizetype i = 0; i < vi->questions.size(); ++i) {
            CHECK(vi->questions[i].kind == en->questions[i].kind);
            CHECK(vi->questions[i].required == en->questions[i].required);
            CHECK(vi->questions[i].options.size() == en->questions[i].options.size());
        }
        const QStringList viTexts = textsOf(*vi);
        const QStringList enTexts = textsOf(*en);
        REQUIRE(viTexts.size() == enTexts.size());
        for (qsizetype i = 0; i < viTexts.size(); ++i) {
            INFO(enTexts[i].toStdString());
            CHECK(viTexts[i] != enTexts[i]);
            CHECK(hasVietnameseMarks(viTexts[i]));
            CHECK_FALSE(hasVietnameseMarks(enTexts[i]));
        }
    }

    const Survey rural = *fromTemplate(QStringLiteral("new-rural"), kVi);
    CHECK(answerableCount(rural) == 14);
    CHECK(answerableCount(*fromTemplate(QStringLiteral("new-rural"), kEn)) == 14);
    CHECK(rural.title.contains(QStringLiteral("nông thôn mới")));
    int ratings = 0;
    int sections = 0;
    bool choice = false;
    bool longText = false;
    for (const SurveyQuestion &q : rural.questions) {
        ratings += q.kind == QuestionKind::Rating ? 1 : 0;
        sections += q.kind == QuestionKind::Section ? 1 : 0;
        choice = choice || q.kind == QuestionKind::Single || q.kind == QuestionKind::Multiple;
        longText = longText || q.kind == QuestionKind::LongText;
    }
    CHECK(ratings == 12);
    CHECK(sections >= 3);
    CHECK(choice);
    CHECK(longText);
    CHECK(rural.questions.front().kind == QuestionKind::Section); // it opens with a heading

    for (const char *key : {"meeting", "public-service"}) {
        const int n = answerableCount(*fromTemplate(QString::fromLatin1(key), kVi));
        CHECK(n >= 5);
        CHECK(n <= 7);
    }
    // An unknown language is English, as on the delegate pages.
    CHECK(fromTemplate(QStringLiteral("meeting"), QStringLiteral("fr"))->title ==
          fromTemplate(QStringLiteral("meeting"), kEn)->title);
}

TEST_CASE("A rating's five labels run from low to high", "[survey]")
{
    CHECK(ratingLabels(kVi) ==
          QStringList{QStringLiteral("Rất không hài lòng"), QStringLiteral("Không hài lòng"),
                      QStringLiteral("Bình thường"), QStringLiteral("Hài lòng"),
                      QStringLiteral("Rất hài lòng")});
    const QStringList en = ratingLabels(kEn);
    REQUIRE(en.size() == kRatingPoints);
    CHECK(en.front() == QStringLiteral("Very dissatisfied"));
    CHECK(en.back() == QStringLiteral("Very satisfied"));
}

TEST_CASE("A complete form is read into answers in the survey's order", "[survey]")
{
    const Survey s = sampleSurvey();
    CHECK(fieldName(s.questions[0]) == QStringLiteral("q11"));
    const Fields fields{
        field("q16", QStringLiteral("  Dòng một\r\nDòng hai\x01\x7f\tcuối  ")),
        field("q11", QStringLiteral("4")), field("q13", QStringLiteral("2")),
        field("q14", QStringLiteral("3")), field("q14", QStringLiteral("0")),
        // A line's breaks and tabs are spaces; "Vie" + dot below + circumflex is NFC "Việ".
        field("q15", QStringLiteral(" Thôn\tVie\u0323\u0302t\nHưng ")),
        field("survey", QStringLiteral("7")), // the form's own field
        field("q12", QStringLiteral("5")),    // a section answers nothing
        field("q999", QStringLiteral("1")),   // a question removed since the page was drawn
        field("Q11", QStringLiteral("abc")),  // names are exact
    };
    const ParsedAnswers parsed = parseAnswers(s, fields, kEn);
    INFO(QStringList(parsed.errors.values()).join(u'|').toStdString());
    CHECK(parsed.ok());
    REQUIRE(parsed.answers.size() == 5);
    QList<Id> order;
    for (const SurveyAnswer &a : parsed.answers)
        order << a.questionId;
    CHECK(order == QList<Id>{11, 13, 14, 15, 16});
    CHECK(parsed.answers[0].choices == QList<int>{4});
    CHECK(parsed.answers[0].text.isEmpty());
    CHECK(parsed.answers[1].choices == QList<int>{2});
    CHECK(parsed.answers[2].choices == QList<int>{0, 3});
    CHECK(parsed.answers[3].text == QStringLiteral("Thôn Việt Hưng"));
    CHECK(parsed.answers[3].choices.isEmpty());
    CHECK(parsed.answers[4].text == QStringLiteral("Dòng một\nDòng hai\tcuối"));
}

TEST_CASE("A required question left blank is refused and the other answers are kept", "[survey]")
{
    const Survey s = sampleSurvey();
    // A select's blank entry sends an empty value: not an answer.
    const ParsedAnswers parsed =
        parseAnswers(s,
                     {field("q13", QString()), field("q14", QStringLiteral("1")),
                      field("q15", QStringLiteral("   "))},
                     kEn);
    CHECK_FALSE(parsed.ok());
    CHECK(parsed.errors.size() == 2);
    CHECK(parsed.errors.value(11) == QStringLiteral("This question needs an answer"));
    CHECK(parsed.errors.value(13) == QStringLiteral("This question needs an answer"));
    REQUIRE(parsed.answers.size() == 1);
    CHECK(parsed.answers[0].questionId == 14);
    CHECK(parsed.answers[0].choices == QList<int>{1});

    // In the phone's language.
    const ParsedAnswers vi = parseAnswers(s, {}, kVi);
    CHECK(vi.errors.value(11) == QStringLiteral("Câu hỏi này cần được trả lời"));
    CHECK(vi.answers.isEmpty());

    // Nothing required, nothing sent: a valid empty response.
    Survey optional = s;
    for (SurveyQuestion &q : optional.questions)
        q.required = false;
    const ParsedAnswers empty = parseAnswers(optional, {}, kEn);
    CHECK(empty.ok());
    CHECK(empty.answers.isEmpty());
}

TEST_CASE("Choices that are not the question's are refused", "[survey]")
{
    const Survey s = sampleSurvey();
    // `value` for the field `name`, the required questions otherwise answered well.
    const auto errorFor = [&](const char *name, const QString &value, Id id) {
        Fields fields{field(name, value)};
        for (const char *other : {"q11", "q13"})
            if (qstrcmp(other, name) != 0)
                fields.push_back(field(other, QStringLiteral("1")));
        const ParsedAnswers parsed = parseAnswers(s, fields, kEn);
        CHECK(parsed.errors.size() == 1);
        CHECK(answerTo(parsed, id) == nullptr);
        return parsed.errors.value(id);
    };
    for (const QString &bad :
         {QStringLiteral("0"), QStringLiteral("6"), QStringLiteral("abc"), QStringLiteral(" 3"),
          QStringLiteral("+3"), QStringLiteral("3.0"), QStringLiteral("-1"),
          QStringLiteral("99999999999"), QStringLiteral("٣")}) {
        INFO(bad.toStdString());
        CHECK(errorFor("q11", bad, 11) == QStringLiteral("Choose one of the levels"));
    }
    for (const QString &bad : {QStringLiteral("3"), QStringLiteral("-1"), QStringLiteral("x")}) {
        INFO(bad.toStdString());
        CHECK(errorFor("q13", bad, 13) == QStringLiteral("Choose one of the options"));
    }
    CHECK(errorFor("q14", QStringLiteral("4"), 14) ==
          QStringLiteral("Choose only among the options shown"));

    // The first value and the repeated field in the same form: two answers to a one-answer
    // question.
    const ParsedAnswers twice =
        parseAnswers(s,
                     {field("q11", QStringLiteral("3")), field("q11", QStringLiteral("4")),
                      field("q13", QStringLiteral("1")), field("q13", QStringLiteral("2"))},
                     kEn);
    CHECK(twice.errors.value(11) == QStringLiteral("Choose only one of the options"));
    CHECK(twice.errors.value(13) == QStringLiteral("Choose only one of the options"));
    CHECK(twice.answers.isEmpty());
    const ParsedAnswers twoTexts =
        parseAnswers(s,
                     {field("q11", QStringLiteral("3")), field("q13", QStringLiteral("1")),
                      field("q15", QStringLiteral("a")), field("q15", QStringLiteral("b"))},
                     kEn);
    CHECK(twoTexts.errors.value(15) == QStringLiteral("This question takes one answer"));
    CHECK(twoTexts.answers.size() == 2);
}

TEST_CASE("Repeated options of a multiple choice count once", "[survey]")
{
    const Survey s = sampleSurvey();
    const ParsedAnswers parsed =
        parseAnswers(s,
                     {field("q11", QStringLiteral("5")), field("q13", QStringLiteral("0")),
                      field("q14", QStringLiteral("2")), field("q14", QStringLiteral("0")),
                      field("q14", QStringLiteral("2")), field("q14", QString()),
                      field("q14", QStringLiteral("0"))},
                     kEn);
    CHECK(parsed.ok());
    const SurveyAnswer *multi = answerTo(parsed, 14);
    REQUIRE(multi);
    CHECK(multi->choices == QList<int>{0, 2});
}

TEST_CASE("A text too long is refused whole and never cut", "[survey]")
{
    const Survey s = sampleSurvey();
    const Fields required{field("q11", QStringLiteral("3")), field("q13", QStringLiteral("1"))};
    const auto parse = [&](const QString &line, const QString &paragraph) {
        Fields fields = required;
        fields.push_back(field("q15", line));
        fields.push_back(field("q16", paragraph));
        return parseAnswers(s, fields, kEn);
    };
    // At the limits, with spaces around that trimming takes off: accepted.
    const QString line(kMaxTextAnswer, u'ư');
    const QString paragraph(kMaxLongTextAnswer, u'a');
    const ParsedAnswers atLimit =
        parse(QStringLiteral("  ") + line + QStringLiteral("  "), paragraph + u'\n');
    CHECK(atLimit.ok());
    REQUIRE(answerTo(atLimit, 15));
    CHECK(answerTo(atLimit, 15)->text == line);
    CHECK(answerTo(atLimit, 16)->text == paragraph);

    const ParsedAnswers over = parse(line + u'x', paragraph + QStringLiteral("b"));
    CHECK_FALSE(over.ok());
    CHECK(over.errors.value(15) ==
          QStringLiteral("Shorten your answer to 500 characters or fewer (it has 501)"));
    CHECK(over.errors.value(16) ==
          QStringLiteral("Shorten your answer to 4,000 characters or fewer (it has 4,001)"));
    // Kept whole, for the form shown again.
    REQUIRE(answerTo(over, 15));
    CHECK(answerTo(over, 15)->text == line + u'x');
    CHECK(answerTo(over, 16)->text.size() == kMaxLongTextAnswer + 1);

    const ParsedAnswers vi = parseAnswers(s, {field("q16", paragraph + u'b')}, kVi);
    CHECK(vi.errors.value(16).contains(QStringLiteral("4.000")));
    CHECK(vi.errors.value(16).contains(QStringLiteral("4.001")));
    CHECK(hasVietnameseMarks(vi.errors.value(16)));
}

TEST_CASE("Five responses are tallied exactly", "[survey]")
{
    const Survey s = sampleSurvey();
    const Tally t = tally(s, fiveResponses());
    CHECK(t.responses == 5);
    REQUIRE(t.questions.size() == 5); // the section is not a question
    const QuestionTally &rating = t.questions[0];
    CHECK(rating.questionId == 11);
    CHECK(rating.answered == 4);
    CHECK(rating.counts == QList<int>{0, 1, 0, 2, 1});
    REQUIRE(rating.mean);
    CHECK(*rating.mean == 3.75);
    CHECK(rating.texts.isEmpty());

    const QuestionTally &single = t.questions[1];
    CHECK(single.questionId == 13);
    CHECK(single.answered == 5);
    CHECK(single.counts == QList<int>{3, 1, 1});
    CHECK_FALSE(single.mean);
    const QLocale english(QLocale::English);
    const QLocale vietnamese(QLocale::Vietnamese);
    CHECK(percentText(single.counts[0], single.answered, english) == QStringLiteral("60.0"));
    CHECK(percentText(single.counts[0], single.answered, vietnamese) == QStringLiteral("60,0"));
    CHECK(percentText(2, 3, english) == QStringLiteral("66.6")); // rounded down
    CHECK(percentText(1, 0, english) == QStringLiteral("0.0"));

    const QuestionTally &multi = t.questions[2];
    CHECK(multi.answered == 3);
    CHECK(multi.counts == QList<int>{1, 3, 0, 1});
    CHECK(percentText(multi.counts[1], multi.answered, english) == QStringLiteral("100.0"));

    CHECK(t.questions[3].answered == 2);
    CHECK(t.questions[3].counts.isEmpty());
    CHECK(t.questions[3].texts ==
          QStringList{QStringLiteral("Thôn Đông"), QStringLiteral("Thôn Tây")});
    CHECK(t.questions[4].texts == QStringList{QStringLiteral("Cần thêm đèn")});

    // A range of days, both ends included.
    const Tally week = tally(s, fiveResponses(), QDate(2026, 12, 31), QDate(2027, 1, 3));
    CHECK(week.responses == 3);
    CHECK(week.questions[0].counts == QList<int>{0, 1, 0, 2, 0});
    CHECK(*week.questions[0].mean == 10.0 / 3.0);
    CHECK(tally(s, fiveResponses(), QDate(2027, 1, 4)).responses == 1);
    CHECK(tally(s, fiveResponses(), std::nullopt, QDate(2026, 12, 28)).responses == 1);
    const Tally none = tally(s, fiveResponses(), QDate(2028, 1, 1));
    CHECK(none.responses == 0);
    CHECK(none.questions[0].answered == 0);
    CHECK_FALSE(none.questions[0].mean);
    CHECK(none.questions[0].counts == QList<int>(kRatingPoints, 0));

    // Choices the question no longer has (options removed since) are not counted, nor twice a
    // repeated one.
    QList<SurveyResponse> odd{
        response(9, QDate(2027, 2, 1),
                 {choices(11, {7}), choices(13, {5}), choices(14, {1, 1, 9}), choices(99, {1})})};
    const Tally oddTally = tally(s, odd);
    CHECK(oddTally.questions[0].answered == 0);
    CHECK_FALSE(oddTally.questions[0].mean);
    CHECK(oddTally.questions[1].answered == 0);
    CHECK(oddTally.questions[2].answered == 1);
    CHECK(oddTally.questions[2].counts == QList<int>{0, 1, 0, 0});
}

TEST_CASE("Responses per day and per ISO week cross the year's end", "[survey]")
{
    // 1 January 2026 is a Thursday, so 2026 has 53 ISO weeks: its last runs to 3 January 2027.
    int year = 0;
    CHECK(QDate(2026, 12, 28).weekNumber(&year) == 53);
    CHECK(year == 2026);
    CHECK(QDate(2027, 1, 3).weekNumber(&year) == 53);
    CHECK(year == 2026);
    CHECK(QDate(2027, 1, 4).weekNumber(&year) == 1);
    CHECK(year == 2027);

    QList<SurveyResponse> responses = fiveResponses();
    std::reverse(responses.begin(), responses.end()); // the order given does not matter
    responses << response(6, QDate(2026, 12, 31), {}) << response(7, QDate(), {});

    const QList<Period> days = perDay(responses);
    REQUIRE(days.size() == 5);
    CHECK(days[0].label == QStringLiteral("2026-12-28"));
    CHECK(days[0].from == QDate(2026, 12, 28));
    CHECK(days[0].to == QDate(2026, 12, 28));
    CHECK(days[1].label == QStringLiteral("2026-12-31"));
    CHECK(days[1].responses == 2);
    CHECK(days[4].label == QStringLiteral("2027-01-04"));
    int total = 0;
    for (const Period &p : days)
        total += p.responses;
    CHECK(total == 6); // the one without a day is in no period

    const QList<Period> weeks = perIsoWeek(responses);
    REQUIRE(weeks.size() == 2);
    CHECK(weeks[0].label == QStringLiteral("2026-W53"));
    CHECK(weeks[0].from == QDate(2026, 12, 28));
    CHECK(weeks[0].to == QDate(2027, 1, 3));
    CHECK(weeks[0].responses == 5);
    CHECK(weeks[1].label == QStringLiteral("2027-W01"));
    CHECK(weeks[1].from == QDate(2027, 1, 4));
    CHECK(weeks[1].to == QDate(2027, 1, 10));
    CHECK(weeks[1].responses == 1);
    // Each week's label names it back.
    for (const Period &p : weeks)
        CHECK(isoWeek(p.label) == std::pair{p.from, p.to});
    CHECK(perDay({}).isEmpty());
    CHECK(perIsoWeek({}).isEmpty());
}

TEST_CASE("ISO week names are read strictly", "[survey]")
{
    using Week = std::optional<std::pair<QDate, QDate>>;
    const Week w49{{QDate(2026, 11, 30), QDate(2026, 12, 6)}};
    CHECK(isoWeek(QStringLiteral("2026-W49")) == w49);
    CHECK(isoWeek(QStringLiteral("2026-w49")) == w49);
    CHECK(isoWeek(QStringLiteral("2026W49")) == w49);
    CHECK(isoWeek(QStringLiteral(" 2026-W49 ")) == w49);
    // Week 1 is the week of the year's first Thursday: it may begin in December.
    CHECK(isoWeek(QStringLiteral("2026-W01")) == Week{{QDate(2025, 12, 29), QDate(2026, 1, 4)}});
    CHECK(isoWeek(QStringLiteral("2027-W01")) == Week{{QDate(2027, 1, 4), QDate(2027, 1, 10)}});
    CHECK(isoWeek(QStringLiteral("2026-W53")) == Week{{QDate(2026, 12, 28), QDate(2027, 1, 3)}});
    CHECK(isoWeek(QStringLiteral("2020-W53")) == Week{{QDate(2020, 12, 28), QDate(2021, 1, 3)}});
    // 2025 and 2027 have 52 weeks.
    CHECK(isoWeek(QStringLiteral("2025-W52")) == Week{{QDate(2025, 12, 22), QDate(2025, 12, 28)}});
    CHECK_FALSE(isoWeek(QStringLiteral("2025-W53")));
    CHECK_FALSE(isoWeek(QStringLiteral("2027-W53")));
    for (const QString &bad :
         {QString(), QStringLiteral("2026-W00"), QStringLiteral("2026-W54"),
          QStringLiteral("2026-W99"), QStringLiteral("2026-W5"), QStringLiteral("2026-W049"),
          QStringLiteral("2026-49"), QStringLiteral("26-W49"), QStringLiteral("2026--W49"),
          QStringLiteral("2026-W4a"), QStringLiteral("2026-X49"), QStringLiteral("2026–W49"),
          QStringLiteral("٢٠٢٦-W49"), QStringLiteral("0000-W01"), QStringLiteral("2026-W49-1"),
          QStringLiteral("2026-12-01")}) {
        INFO(bad.toStdString());
        CHECK_FALSE(isoWeek(bad));
    }
}

TEST_CASE("A period is a named ISO week, a range of days, or everything", "[survey]")
{
    const DateRange week = DateRange::weekOf(QDate(2027, 1, 1)); // a Friday of 2026-W53
    CHECK(week.week == u"2026-W53");
    CHECK(week.from == QDate(2026, 12, 28));
    CHECK(week.to == QDate(2027, 1, 3));
    CHECK(isoWeekName(QDate(2026, 12, 28)) == u"2026-W53");
    CHECK(isoWeekName(QDate(2025, 12, 29)) == u"2026-W01");
    const std::optional<DateRange> named = DateRange::namedWeek(QStringLiteral(" 2026w49 "));
    REQUIRE(named);
    CHECK(named->week == u"2026-W49"); // written as the report writes it
    CHECK(named->from == QDate(2026, 11, 30));
    CHECK(named->to == QDate(2026, 12, 6));
    CHECK_FALSE(DateRange::namedWeek(QStringLiteral("2027-W53")));

    QList<SurveyResponse> responses;
    for (const QDate &day : {QDate(2026, 11, 29), QDate(2026, 11, 30), QDate(2026, 12, 6),
                             QDate(2026, 12, 7), QDate()}) {
        SurveyResponse r;
        r.id = responses.size() + 1;
        r.day = day;
        responses << r;
    }
    const auto ids = [](const QList<SurveyResponse> &list) {
        QList<Id> out;
        for (const SurveyResponse &r : list)
            out << r.id;
        return out;
    };
    CHECK(ids(within(responses, *named)) == QList<Id>{2, 3}); // both ends included
    CHECK(DateRange{}.isAll());
    CHECK(ids(within(responses, DateRange{})).size() == 5);
    CHECK(ids(within(responses, DateRange{QDate(2026, 12, 6), {}, {}})) == QList<Id>{3, 4});
    CHECK(ids(within(responses, DateRange{{}, QDate(2026, 11, 30), {}})) == QList<Id>{1, 2});
}

TEST_CASE("A rating point reads with its label, the usual five when it has none", "[survey]")
{
    Survey s;
    s.language = QStringLiteral("vi");
    SurveyQuestion rating;
    rating.kind = QuestionKind::Rating;
    CHECK(answerLabel(s, rating, 4) ==
          QStringLiteral("5 · ") + ratingLabels(QStringLiteral("vi"))[4]);
    rating.options = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                      QStringLiteral("d"), QStringLiteral("e")};
    CHECK(answerLabel(s, rating, 0) == QStringLiteral("1 · a"));
    SurveyQuestion choice;
    choice.kind = QuestionKind::Single;
    choice.options = {QStringLiteral("Có"), QStringLiteral("Không")};
    CHECK(answerLabel(s, choice, 1) == QStringLiteral("Không"));
    CHECK(answerLabel(s, choice, 2).isEmpty());
}

TEST_CASE("Results as CSV keep Vietnamese and neutralise formulas", "[survey]")
{
    const Survey s = sampleSurvey();
    QList<SurveyResponse> responses = fiveResponses();
    responses[1].answers << text(15, QStringLiteral("=1+2"))
                         << text(16, QStringLiteral("@cmd, rồi \"xuống dòng\"\nhết"));
    responses[2].answers << text(15, QStringLiteral("-5"));
    const QByteArray bytes = resultsCsv(s, responses);
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.endsWith("\r\n"));
    const QString csv = QString::fromUtf8(bytes.mid(3));
    const QStringList lines = csv.split(QStringLiteral("\r\n"));
    REQUIRE(lines.size() == 7); // header, five responses, the empty line after the last CRLF
    CHECK(lines[0] == QStringLiteral("No.,Day,Q1 (code),Q1: Đường giao thông,Q2 (code),Q2: Ưu tiên,"
                                     "Q3 (code),Q3: Bạn dùng,Q4: Thôn,Q5: Ý kiến khác"));
    CHECK(lines[0].split(u',').size() == 2 + 3 * 2 + 2);
    CHECK(lines[1] == QStringLiteral("1,2026-12-28,5,Rất hài lòng,1,Điện,1; 2,Zalo; Facebook,"
                                     "Thôn Đông,"));
    // A text a spreadsheet would run is text; quotes doubled, a line break kept in quotes.
    CHECK(lines[2] == QStringLiteral("2,2026-12-31,4,Hài lòng,1,Điện,2,Facebook,'=1+2,"
                                     "\"'@cmd, rồi \"\"xuống dòng\"\"\nhết\""));
    CHECK(lines[3] == QStringLiteral("3,2027-01-01,4,Hài lòng,3,Trường,,,'-5,Cần thêm đèn"));
    CHECK(lines[4] == QStringLiteral("4,2027-01-03,2,Không hài lòng,2,Nước sạch,2; 4,"
                                     "Facebook; Bảng tin,Thôn Tây,"));
    CHECK(lines[5] == QStringLiteral("5,2027-01-04,,,1,Điện,,,,"));
    CHECK(lines[6].isEmpty());
    CHECK(SurveyResults::csvHeader(s) == csv.section(QStringLiteral("\r\n"), 0, 0).split(u','));

    // An option that looks like a formula is neutralised like an answer; a choice the question
    // no longer has keeps its code and shows no label.
    Survey edited = s;
    edited.questions[2].options[0] = QStringLiteral("=SUM(A1)");
    const QList<SurveyResponse> stale{response(1, QDate(2027, 2, 1), {choices(13, {7})}),
                                      response(2, QDate(2027, 2, 1), {choices(13, {0})})};
    const QStringList staleLines =
        QString::fromUtf8(resultsCsv(edited, stale)).split(QStringLiteral("\r\n"));
    REQUIRE(staleLines.size() == 4);
    CHECK(staleLines[1] == QStringLiteral("1,2027-02-01,,,8,,,,,"));
    CHECK(staleLines[2] == QStringLiteral("2,2027-02-01,,,1,'=SUM(A1),,,,"));
    // No responses: the header alone.
    CHECK(resultsCsv(s, {}).count("\r\n") == 1);
}
