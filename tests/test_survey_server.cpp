// SPDX-License-Identifier: GPL-3.0-or-later
// Surveys end to end: the catalog keeps them with their questions (fixed once answered) and one
// response per device (answering again replaces it); the real server on 127.0.0.1 gives the
// form to phones with separate cookie jars (curl), refuses what does not hold with the typed
// answers kept, hands the rest to the catalog through the recorder, and says "closed" once it
// is; docket-cli makes, opens, lists and reports a survey, and its QR decodes to its address.
#include "catalog/Catalog.h"
#include "hosting/AccessRecorder.h"
#include "support/Cli.h"
#include "support/Curl.h"
#include "support/HostedSite.h"
#include "support/PdfPages.h"
#include "support/QrDecode.h"
#include "survey/SurveyResults.h"
#include "util/Error.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace docket;
using namespace testsupport;

namespace {

const QString kCli = QStringLiteral(DOCKET_CLI_PATH);

// A rating (required), a single choice, a multiple choice and a line of text, after a section.
Survey sampleDraft()
{
    Survey draft;
    draft.title = QStringLiteral("Góp ý sau hội nghị");
    draft.intro = QStringLiteral("Xin mời đại biểu cho ý kiến.");
    SurveyQuestion section;
    section.kind = QuestionKind::Section;
    section.text = QStringLiteral("Đánh giá chung");
    SurveyQuestion rating;
    rating.kind = QuestionKind::Rating;
    rating.text = QStringLiteral("Bạn hài lòng với hội nghị ở mức nào?");
    rating.required = true;
    SurveyQuestion single;
    single.kind = QuestionKind::Single;
    single.text = QStringLiteral("Tài liệu có đến kịp không?");
    single.options = {QStringLiteral("Có"), QStringLiteral("Không")};
    SurveyQuestion multi;
    multi.kind = QuestionKind::Multiple;
    multi.text = QStringLiteral("Nên cải thiện điều gì?");
    multi.options = {QStringLiteral("Thời gian"), QStringLiteral("Âm thanh"),
                     QStringLiteral("Tài liệu")};
    SurveyQuestion text;
    text.kind = QuestionKind::Text;
    text.text = QStringLiteral("Ý kiến khác");
    draft.questions = {section, rating, single, multi, text};
    return draft;
}

QByteArray field(const SurveyQuestion &q)
{
    return "q" + QByteArray::number(q.id);
}

} // namespace

TEST_CASE("Surveys keep their questions fixed once answered and one response per device",
          "[survey][catalog]")
{
    TempFolder folder;
    Catalog catalog(folder.filePath(QStringLiteral("catalog.sqlite")));
    const Meeting meeting = catalog.createMeeting(QStringLiteral("Hội nghị"));
    Survey survey = catalog.createSurvey(meeting.id, sampleDraft());
    REQUIRE(survey.questions.size() == 5);
    CHECK(survey.code.size() == meeting.code.size());
    CHECK(survey.code != meeting.code);
    CHECK(catalog.findSurvey(survey.code.toLower())->id == survey.id);
    CHECK(survey.state == SurveyState::Draft);
    CHECK(catalog.surveys(meeting.id).size() == 1);
    CHECK(catalog.surveys(Id{0}).isEmpty()); // no standing ones

    // Questions: checked, added at a place, moved, removed, numbered 1..n.
    CHECK_THROWS_AS(catalog.addQuestion(survey.id, SurveyQuestion{0,
                                                                  0,
                                                                  QuestionKind::Single,
                                                                  QStringLiteral("Một lựa chọn?"),
                                                                  {},
                                                                  {QStringLiteral("A")},
                                                                  false}),
                    Error);
    const SurveyQuestion extra = catalog.addQuestion(
        survey.id,
        SurveyQuestion{
            0, 0, QuestionKind::LongText, QStringLiteral("  Góp ý\n thêm "), {}, {}, false},
        2);
    CHECK(extra.number == 2);
    CHECK(extra.text == QStringLiteral("Góp ý thêm"));
    catalog.moveQuestion(extra.id, 6);
    survey = *catalog.survey(survey.id);
    CHECK(survey.questions.last().id == extra.id);
    catalog.removeQuestion(extra.id);
    survey = *catalog.survey(survey.id);
    REQUIRE(survey.questions.size() == 5);
    for (int i = 0; i < 5; ++i)
        CHECK(survey.questions[i].number == i + 1);

    // Answers are taken only while it is open.
    const SurveyQuestion &rating = survey.questions[1];
    const SurveyQuestion &multi = survey.questions[3];
    const SurveySubmission early{
        survey.id, "device-a", QDate(2026, 12, 5), {SurveyAnswer{rating.id, {4}, {}}}};
    CHECK(catalog.recordSurveyResponses({early}) == 0);
    catalog.setSurveyState(survey.id, SurveyState::Open);
    int answered = 0;
    QObject::connect(&catalog, &Catalog::surveyAnswered, [&](Id id) {
        CHECK(id == survey.id);
        ++answered;
    });
    CHECK(catalog.recordSurveyResponses(
              {early, SurveySubmission{survey.id,
                                       "device-b",
                                       QDate(2026, 12, 6),
                                       {SurveyAnswer{rating.id, {2}, {}},
                                        SurveyAnswer{multi.id, {0, 2}, {}}}}}) == 2);
    CHECK(answered == 1);
    // The same device again: its answers replaced, its first day kept.
    CHECK(catalog.recordSurveyResponses({SurveySubmission{
              survey.id, "device-a", QDate(2026, 12, 7), {SurveyAnswer{rating.id, {5}, {}}}}}) ==
          0);
    const QList<SurveyResponse> responses = catalog.surveyResponses(survey.id);
    REQUIRE(responses.size() == 2);
    CHECK(responses[0].day == QDate(2026, 12, 5));
    REQUIRE(responses[0].answers.size() == 1);
    CHECK(responses[0].answers[0].choices == QList<int>{5});
    REQUIRE(responses[1].answers.size() == 2);
    CHECK(responses[1].answers[1].choices == QList<int>{0, 2});
    CHECK(catalog.surveyResponseCount(survey.id) == 2);

    // Answered: the questions stay as they were answered.
    CHECK_THROWS_AS(catalog.removeQuestion(rating.id), Error);
    CHECK_THROWS_AS(catalog.addQuestion(survey.id, extra), Error);
    // Closed: nothing changes any more.
    catalog.setSurveyState(survey.id, SurveyState::Closed);
    CHECK(catalog.recordSurveyResponses({SurveySubmission{
              survey.id, "device-c", QDate(2026, 12, 8), {SurveyAnswer{rating.id, {1}, {}}}}}) ==
          0);
    CHECK(catalog.surveyResponseCount(survey.id) == 2);

    // Archiving the meeting closes its surveys and keeps them as they are.
    catalog.setSurveyState(survey.id, SurveyState::Open);
    catalog.archiveMeeting(meeting.id);
    CHECK(catalog.survey(survey.id)->state == SurveyState::Closed);
    CHECK_THROWS_AS(catalog.setSurveyState(survey.id, SurveyState::Open), Error);
    CHECK(catalog.surveyResponseCount(survey.id) == 2);

    // A standing survey, without a meeting; one without questions cannot open.
    Survey empty;
    empty.title = QStringLiteral("Quầy một cửa");
    const Survey standing = catalog.createSurvey(0, empty);
    CHECK(standing.standing());
    CHECK(catalog.surveys(Id{0}).size() == 1);
    CHECK_THROWS_AS(catalog.setSurveyState(standing.id, SurveyState::Open), Error);
}

TEST_CASE("Phones answer a survey on the real server and one changes its answer",
          "[survey][server]")
{
    HostedSite site;
    Catalog &catalog = site.lib.catalog();
    Survey survey = catalog.createSurvey(site.open.id, sampleDraft());
    catalog.setSurveyState(survey.id, SurveyState::Open);
    survey = *catalog.survey(survey.id);
    site.settle();
    AccessRecorder recorder(catalog, site.server.accessLog(), &site.server.checkIns());
    recorder.setSurveyAnswers(&site.server.surveyAnswers());
    const SurveyQuestion &rating = survey.questions[1];
    const SurveyQuestion &single = survey.questions[2];
    const SurveyQuestion &multi = survey.questions[3];
    const SurveyQuestion &text = survey.questions[4];
    const QString url = site.base() + u'/' + survey.code;
    const QStringList post{QStringLiteral("-H"), QStringLiteral("Origin: ") + site.base(),
                           QStringLiteral("-H"),
                           QStringLiteral("Content-Type: application/x-www-form-urlencoded")};
    TempFolder jars;
    // Every form carries the survey's revision it was drawn with.
    const QByteArray rev = "rev=" + QByteArray::number(survey.revision) + '&';

    // Five phones, each with its own cookie jar: the form, then their answers.
    for (int phone = 0; phone < 5; ++phone) {
        const QString jar = jars.filePath(QStringLiteral("phone%1.txt").arg(phone));
        const QStringList cookies{QStringLiteral("-c"), jar, QStringLiteral("-b"), jar};
        const HttpResult form = curlFetch(url, cookies);
        REQUIRE(form.status == 200);
        CHECK(form.body.contains(QByteArray("action=\"/" + survey.code.toLatin1() + "/answer\"")));
        CHECK(form.body.contains(QStringLiteral("Tài liệu có đến kịp không?").toUtf8()));
        CHECK_FALSE(form.body.contains("<script"));
        CHECK(form.header("Set-Cookie")
                  .startsWith(QByteArray("docket_survey_" + survey.code.toLatin1())));
        QByteArray body = rev + field(rating) + '=' + QByteArray::number(phone % 5 + 1) + '&' +
                          field(single) + '=' + QByteArray::number(phone % 2);
        if (phone == 3)
            body += '&' + field(multi) + "=0&" + field(multi) + "=2&" + field(text) +
                    "=%3D1%2B2"; // "=1+2": a formula to a spreadsheet
        const HttpResult sent = curlFetch(
            url + QStringLiteral("/answer"),
            cookies + post + QStringList{QStringLiteral("--data-raw"), QString::fromLatin1(body)});
        REQUIRE(sent.status == 303);
        CHECK(sent.header("Location") == '/' + survey.code.toLatin1() + "/thanks");
        const HttpResult thanks = curlFetch(url + QStringLiteral("/thanks"), cookies);
        CHECK(thanks.status == 200);
    }
    // Phone 0 again, from the same jar: "you answered already", and its answer changes.
    const QString jar0 = jars.filePath(QStringLiteral("phone0.txt"));
    const QStringList cookies0{QStringLiteral("-c"), jar0, QStringLiteral("-b"), jar0};
    const HttpResult again = curlFetch(url, cookies0);
    CHECK(again.header("Set-Cookie").isEmpty()); // it keeps its token
    const QByteArray change = rev + field(rating) + "=3&" + field(single) + "=1";
    REQUIRE(curlFetch(url + QStringLiteral("/answer"),
                      cookies0 + post +
                          QStringList{QStringLiteral("--data-raw"), QString::fromLatin1(change)})
                .status == 303);

    // A required question left out: the form again, saying so, with what was typed kept.
    const QByteArray missing = rev + field(single) + "=1&" + field(text) + "=Kh%C3%B4ng%20c%C3%B3";
    // A form of before the survey changed: drawn again, nothing taken.
    CHECK(
        curlFetch(url + QStringLiteral("/answer"),
                  post + QStringList{QStringLiteral("--data-raw"),
                                     QStringLiteral("rev=0&") + QString::fromLatin1(field(rating)) +
                                         QStringLiteral("=1")})
            .status == 409);
    const HttpResult refused =
        curlFetch(url + QStringLiteral("/answer"),
                  post + QStringList{QStringLiteral("--data-raw"), QString::fromLatin1(missing)});
    CHECK(refused.status == 422);
    CHECK(refused.body.contains(QStringLiteral("Không có").toUtf8()));
    CHECK(refused.body.contains("aria-invalid"));
    // From another site's page: refused before anything is read.
    QStringList foreign = post;
    foreign[1] = QStringLiteral("Origin: http://evil.example");
    CHECK(
        curlFetch(url + QStringLiteral("/answer"),
                  foreign + QStringList{QStringLiteral("--data-raw"), QString::fromLatin1(change)})
            .status == 403);

    recorder.recordNow();
    const QList<SurveyResponse> responses = catalog.surveyResponses(survey.id);
    REQUIRE(responses.size() == 5);
    const survey::Tally tally = survey::tally(survey, responses);
    CHECK(tally.responses == 5);
    REQUIRE(tally.questions.size() == 4);
    // Ratings 3 (phone 0, changed from 1), 2, 3, 4, 5.
    CHECK(tally.questions[0].counts == QList<int>{0, 1, 2, 1, 1});
    REQUIRE(tally.questions[0].mean);
    CHECK(*tally.questions[0].mean == Approx(3.4));
    CHECK(tally.questions[1].counts == QList<int>{2, 3});
    CHECK(tally.questions[2].counts == QList<int>{1, 0, 1});
    CHECK(tally.questions[3].texts == QStringList{QStringLiteral("=1+2")});
    // Nothing but the day is kept of when.
    for (const SurveyResponse &r : responses)
        CHECK(r.day == QDate::currentDate());
    const QString csv = QString::fromUtf8(survey::resultsCsv(survey, responses));
    CHECK(csv.contains(QStringLiteral("'=1+2")));

    // Closed: the phones are told so, and nothing more is taken.
    catalog.setSurveyState(survey.id, SurveyState::Closed);
    site.settle();
    const HttpResult closed = curlFetch(url);
    CHECK(closed.status == 200);
    CHECK_FALSE(closed.body.contains("<form"));
    CHECK(curlFetch(url + QStringLiteral("/answer"),
                    post + QStringList{QStringLiteral("--data-raw"), QString::fromLatin1(change)})
              .status == 409);
    // A draft's code may be printed already: it says "not open yet", never its questions, and
    // takes no answers.
    Survey draft = catalog.createSurvey(0, sampleDraft());
    site.settle();
    const HttpResult early = curlFetch(site.base() + u'/' + draft.code);
    CHECK(early.status == 200);
    CHECK(early.body.contains("Khảo sát này chưa mở"));
    CHECK_FALSE(early.body.contains("<form"));
    CHECK_FALSE(early.body.contains(draft.questions[1].text.toUtf8()));
    CHECK(curlFetch(site.base() + u'/' + draft.code + QStringLiteral("/answer"),
                    post + QStringList{QStringLiteral("--data-raw"), QString::fromLatin1(change)})
              .status == 409);
    // Opened, the same code shows the form.
    catalog.setSurveyState(draft.id, SurveyState::Open);
    site.settle();
    CHECK(curlFetch(site.base() + u'/' + draft.code).body.contains("<form"));
}

TEST_CASE("docket-cli makes a survey from a template and reports its week", "[survey][cli]")
{
    TempLibrary lib;
    const QString library = lib.folder();
    const QJsonObject created =
        QJsonDocument::fromJson(
            runCliOk(kCli, library,
                     {QStringLiteral("--json"), QStringLiteral("survey"), QStringLiteral("create"),
                      QStringLiteral("--standing"), QStringLiteral("--template"),
                      QStringLiteral("new-rural"), QStringLiteral("--base-url"),
                      QStringLiteral("http://192.168.1.23:8080")})
                .out.toUtf8())
            .object();
    const QString code = created.value(QStringLiteral("code")).toString();
    REQUIRE(code.size() == 8);
    CHECK(created.value(QStringLiteral("standing")).toBool());
    CHECK(created.value(QStringLiteral("url")).toString() ==
          QStringLiteral("HTTP://192.168.1.23:8080/") + code);
    int answerable = 0;
    for (const QJsonValue &q : created.value(QStringLiteral("questions")).toArray())
        answerable += q.toObject().value(QStringLiteral("type")).toString() != u"section";
    CHECK(answerable == 14);
    const CliRun added = runCliOk(
        kCli, library,
        {QStringLiteral("survey"), QStringLiteral("question"), QStringLiteral("add"), code,
         QStringLiteral("--type"), QStringLiteral("single"), QStringLiteral("--text"),
         QStringLiteral("Bạn ở thôn nào?"), QStringLiteral("--option"), QStringLiteral("Thôn 1"),
         QStringLiteral("--option"), QStringLiteral("Thôn 2"), QStringLiteral("--required")});
    CHECK(added.out.contains(QStringLiteral("Bạn ở thôn nào?")));
    CHECK(runCli(kCli, library,
                 {QStringLiteral("survey"), QStringLiteral("question"), QStringLiteral("add"), code,
                  QStringLiteral("--type"), QStringLiteral("stars"), QStringLiteral("--text"),
                  QStringLiteral("?")})
              .exitCode == 2);
    runCliOk(kCli, library, {QStringLiteral("survey"), QStringLiteral("open"), code});
    CHECK(runCliOk(kCli, library, {QStringLiteral("survey"), QStringLiteral("list")})
              .out.contains(code));

    // Answers of two weeks, recorded as the server would (the day is the clock seam).
    Catalog &catalog = lib.catalog();
    const Survey survey = *catalog.findSurvey(code);
    const SurveyQuestion first =
        *std::find_if(survey.questions.cbegin(), survey.questions.cend(),
                      [](const SurveyQuestion &q) { return q.kind == QuestionKind::Rating; });
    QList<SurveySubmission> answers;
    for (int i = 0; i < 7; ++i)
        answers << SurveySubmission{survey.id,
                                    "device-" + QByteArray::number(i),
                                    i < 4 ? QDate(2026, 11, 30) : QDate(2026, 12, 8),
                                    {SurveyAnswer{first.id, {i < 4 ? 5 : 2}, {}}}};
    REQUIRE(catalog.recordSurveyResponses(answers) == 7);
    const QJsonObject week =
        QJsonDocument::fromJson(
            runCliOk(kCli, library,
                     {QStringLiteral("--json"), QStringLiteral("survey"), QStringLiteral("results"),
                      code, QStringLiteral("--week"), QStringLiteral("2026-W49")})
                .out.toUtf8())
            .object();
    CHECK(week.value(QStringLiteral("responses")).toInt() == 4); // Monday 30 November
    const QJsonObject rated = week.value(QStringLiteral("questions")).toArray().at(0).toObject();
    CHECK(rated.value(QStringLiteral("mean")).toDouble() == Approx(5.0));
    const QJsonObject all =
        QJsonDocument::fromJson(runCliOk(kCli, library,
                                         {QStringLiteral("--json"), QStringLiteral("survey"),
                                          QStringLiteral("results"), code})
                                    .out.toUtf8())
            .object();
    CHECK(all.value(QStringLiteral("responses")).toInt() == 7);
    const QJsonArray weeks = all.value(QStringLiteral("perWeek")).toArray();
    REQUIRE(weeks.size() == 2);
    CHECK(weeks[0].toObject().value(QStringLiteral("week")).toString() == u"2026-W49");
    CHECK(weeks[1].toObject().value(QStringLiteral("responses")).toInt() == 3);
    CHECK(runCli(kCli, library,
                 {QStringLiteral("survey"), QStringLiteral("results"), code,
                  QStringLiteral("--week"), QStringLiteral("2026-W60")})
              .exitCode == 2);
    const CliRun csv =
        runCliOk(kCli, library,
                 {QStringLiteral("survey"), QStringLiteral("results"), code,
                  QStringLiteral("--from"), QStringLiteral("2026-12-01"), QStringLiteral("--csv")});
    CHECK(csv.out.count(u'\n') == 4); // the header and three responses

    // The survey's code, as a phone's camera reads it.
    const QString png = lib.sourcePath(QStringLiteral("survey.png"));
    runCliOk(kCli, library,
             {QStringLiteral("qr"), QStringLiteral("--survey"), code, QStringLiteral("--png"), png,
              QStringLiteral("--base-url"), QStringLiteral("http://192.168.1.23:8080")});
    CHECK(decodeQr(QImage(png)) == QStringList{QStringLiteral("HTTP://192.168.1.23:8080/") + code});

    // Its counter poster on A5, for the one-stop desk.
    const QString poster = lib.sourcePath(QStringLiteral("Áp phích một cửa.pdf"));
    const CliRun printed =
        runCliOk(kCli, library,
                 {QStringLiteral("print"), QStringLiteral("--survey"), code,
                  QStringLiteral("--pdf"), poster, QStringLiteral("--paper"), QStringLiteral("a5"),
                  QStringLiteral("--base-url"), QStringLiteral("http://192.168.1.23:8080")});
    CHECK(printed.out.contains(QStringLiteral("Wrote 1 page to %1.").arg(poster)));
    const QList<PdfPage> pages = readPdfPages(poster, 150);
    REQUIRE(pages.size() == 1);
    CHECK(std::abs(pages[0].sizePoints.width() - 419.5) < 1); // 148 mm
    CHECK(decodeQr(pages[0].image).value(0) == QStringLiteral("HTTP://192.168.1.23:8080/") + code);
    CHECK(runCli(kCli, library,
                 {QStringLiteral("print"), QStringLiteral("--survey"), code,
                  QStringLiteral("--layout"), QStringLiteral("sheet"), QStringLiteral("--pdf"),
                  poster})
              .exitCode == 2);
}

TEST_CASE("A meeting's survey can take one response per checked-in delegate, by their badge",
          "[survey][server][checkin]")
{
    HostedSite site;
    Catalog &catalog = site.lib.catalog();
    QList<NewDelegate> batch;
    for (int n = 1; n <= 3; ++n)
        batch << NewDelegate{0, QStringLiteral("Đại biểu %1").arg(n), {}, {}, {}, {}};
    const QList<Delegate> roster = catalog.addDelegates(site.open.id, batch);
    Survey draft = sampleDraft();
    draft.perDelegate = true;
    Survey survey = catalog.createSurvey(site.open.id, draft);
    CHECK(survey.perDelegate);
    // A standing survey has no roster to count by.
    Survey standing = sampleDraft();
    standing.perDelegate = true;
    CHECK_THROWS_AS(catalog.createSurvey(0, standing), Error);
    catalog.setSurveyState(survey.id, SurveyState::Open);
    survey = *catalog.survey(survey.id);
    site.settle();
    AccessRecorder recorder(catalog, site.server.accessLog(), &site.server.checkIns());
    recorder.setSurveyAnswers(&site.server.surveyAnswers());
    const QString url = site.base() + u'/' + survey.code;
    const QStringList post{QStringLiteral("-H"), QStringLiteral("Origin: ") + site.base(),
                           QStringLiteral("-H"),
                           QStringLiteral("Content-Type: application/x-www-form-urlencoded")};
    const QByteArray rev = "rev=" + QByteArray::number(survey.revision) + '&';
    const auto answer = [&](int points) {
        return QString::fromLatin1(rev + field(survey.questions[1]) + '=' +
                                   QByteArray::number(points) + '&' + field(survey.questions[2]) +
                                   "=0");
    };
    TempFolder jars;
    const auto phone = [&](const QString &name) {
        const QString jar = jars.filePath(name + QStringLiteral(".txt"));
        return QStringList{QStringLiteral("-c"), jar, QStringLiteral("-b"), jar};
    };

    // A phone that scanned no badge is told to scan it first, and cannot answer.
    const HttpResult stranger = curlFetch(url, phone(QStringLiteral("stranger")));
    CHECK(stranger.status == 403);
    CHECK_FALSE(stranger.body.contains("<form"));
    CHECK(stranger.body.contains(QStringLiteral("Quét mã trên thẻ đại biểu").toUtf8()));
    CHECK(curlFetch(url + QStringLiteral("/answer"),
                    phone(QStringLiteral("stranger")) + post +
                        QStringList{QStringLiteral("--data-raw"), answer(5)})
              .status == 403);

    // Delegate 1 scans the badge on two phones; delegate 2 on one. Each phone answers.
    const auto scan = [&](const QString &name, const Delegate &d) {
        const HttpResult badge = curlFetch(
            site.base() + u'/' + site.open.code + QStringLiteral("/C/") + d.token, phone(name));
        REQUIRE(badge.status == 200);
    };
    scan(QStringLiteral("first-a"), roster[0]);
    scan(QStringLiteral("first-b"), roster[0]);
    scan(QStringLiteral("second"), roster[1]);
    for (const auto &[name, points] :
         {std::pair{QStringLiteral("first-a"), 5}, std::pair{QStringLiteral("second"), 2},
          std::pair{QStringLiteral("first-b"), 3}}) {
        INFO(name.toStdString());
        const HttpResult form = curlFetch(url, phone(name));
        REQUIRE(form.status == 200);
        CHECK(form.body.contains("<form"));
        CHECK(form.body.contains(QStringLiteral("Mỗi đại biểu một phiếu").toUtf8()));
        const HttpResult sent = curlFetch(
            url + QStringLiteral("/answer"),
            phone(name) + post + QStringList{QStringLiteral("--data-raw"), answer(points)});
        CHECK(sent.status == 303);
        recorder.recordNow();
    }
    // Two delegates, two responses: the first delegate's second phone changed their answer.
    const QList<SurveyResponse> responses = catalog.surveyResponses(survey.id);
    REQUIRE(responses.size() == 2);
    QList<int> points;
    for (const SurveyResponse &r : responses)
        for (const SurveyAnswer &a : r.answers)
            if (a.questionId == survey.questions[1].id)
                points << a.choices.value(0);
    std::sort(points.begin(), points.end());
    CHECK(points == QList<int>{2, 3});

    // Who counts as one cannot change once answered.
    CHECK_THROWS_AS(catalog.setSurveyPerDelegate(survey.id, false), Error);
}
