// SPDX-License-Identifier: GPL-3.0-or-later
// A survey's results as the union sends them to the commune: the PDF report of a week (its
// counts, shares, mean and written answers as Poppler reads them, Vietnamese intact), the
// report of every week with its per-week table, the .xlsx (its numbers as numbers, an answer
// "=1+2" as text), and docket-cli writing both for an ISO week.
#include "catalog/Catalog.h"
#include "print/SurveyReport.h"
#include "support/Cli.h"
#include "support/PdfPages.h"
#include "support/TempLibrary.h"
#include "survey/SurveyResults.h"
#include "survey/SurveyWorkbook.h"
#include "util/AudienceText.h"
#include "util/Error.h"

#include <QFile>
#include <QProcess>

#include <catch2/catch.hpp>

using namespace docket;
using namespace testsupport;

namespace {

const QString kCli = QStringLiteral(DOCKET_CLI_PATH);
const QString kLate =
    QStringLiteral("Không, tài liệu đến muộn nên nhiều đại biểu không kịp đọc trước khi họp");

// A rating, a single choice (one option long enough to wrap), a line of text, after a section.
Survey makeSurvey(Catalog &catalog)
{
    Survey draft;
    draft.title = QStringLiteral("Góp ý về Đại hội Đoàn xã Tân Phú");
    draft.language = QStringLiteral("vi");
    SurveyQuestion section;
    section.kind = QuestionKind::Section;
    section.text = QStringLiteral("Đánh giá chung");
    SurveyQuestion rating;
    rating.kind = QuestionKind::Rating;
    rating.text = QStringLiteral("Bạn hài lòng với đại hội ở mức nào?");
    SurveyQuestion single;
    single.kind = QuestionKind::Single;
    single.text = QStringLiteral("Tài liệu có đến kịp không?");
    single.options = {QStringLiteral("Có, đến kịp"), kLate};
    SurveyQuestion text;
    text.kind = QuestionKind::Text;
    text.text = QStringLiteral("Ý kiến khác của bạn");
    draft.questions = {section, rating, single, text};
    const Survey made = catalog.createSurvey(0, draft);
    catalog.setSurveyState(made.id, SurveyState::Open);
    return *catalog.survey(made.id);
}

const SurveyQuestion &questionOf(const Survey &s, QuestionKind kind)
{
    return *std::find_if(s.questions.cbegin(), s.questions.cend(),
                         [&](const SurveyQuestion &q) { return q.kind == kind; });
}

// Five responses in 2026-W49 (ratings 5 5 4 4 3: mean 4.2; "Có" 3 of 5), two in 2026-W50.
void answer(Catalog &catalog, const Survey &s)
{
    const Id rating = questionOf(s, QuestionKind::Rating).id;
    const Id single = questionOf(s, QuestionKind::Single).id;
    const Id text = questionOf(s, QuestionKind::Text).id;
    struct Row
    {
        QDate day;
        int points;
        int option;
        QString text;
    };
    const QList<Row> rows{
        {QDate(2026, 11, 30), 5, 0, QStringLiteral("Cần thêm ghế cho đại biểu ở cuối hội trường")},
        {QDate(2026, 12, 1), 5, 0, QStringLiteral("=1+2")},
        {QDate(2026, 12, 2), 4, 1, QString()},
        {QDate(2026, 12, 5), 4, 0, QStringLiteral("Âm thanh rõ ràng, dễ nghe")},
        {QDate(2026, 12, 6), 3, 1, QString()},
        {QDate(2026, 12, 7), 1, 1, QStringLiteral("Tuần sau tốt hơn")},
        {QDate(2026, 12, 9), 2, 1, QString()},
    };
    QList<SurveySubmission> submissions;
    int device = 0;
    for (const Row &r : rows) {
        QList<SurveyAnswer> answers{SurveyAnswer{rating, {r.points}, {}},
                                    SurveyAnswer{single, {r.option}, {}}};
        if (!r.text.isEmpty())
            answers << SurveyAnswer{text, {}, r.text};
        submissions << SurveySubmission{s.id, "device-" + QByteArray::number(++device), r.day,
                                        answers};
    }
    REQUIRE(catalog.recordSurveyResponses(submissions) == 7);
}

QString pdfText(const QString &path)
{
    QStringList texts;
    for (const PdfPage &page : readPdfPages(path, 40))
        texts << page.text;
    return texts.join(u' ');
}

QString zipPart(const QString &path, const QString &name)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), path, name});
    REQUIRE(unzip.waitForFinished(10000));
    REQUIRE(unzip.exitCode() == 0);
    return QString::fromUtf8(unzip.readAllStandardOutput());
}

// Excel's serial number of a day (1900 date system).
QString excelDay(QDate day)
{
    return QString::number(QDate(1899, 12, 30).daysTo(day));
}

} // namespace

TEST_CASE("The report of a week shows its counts, shares, mean and answers in Vietnamese",
          "[survey][print]")
{
    TempLibrary lib;
    Catalog &catalog = lib.catalog();
    const Survey s = makeSurvey(catalog);
    answer(catalog, s);
    const QList<SurveyResponse> all = catalog.surveyResponses(s.id);
    const auto week = survey::DateRange::namedWeek(QStringLiteral("2026-w49"));
    REQUIRE(week);
    CHECK(week->week == u"2026-W49");
    const QString period = SurveyReport::periodLabel(s.language, *week);
    CHECK(period.endsWith(QStringLiteral("2026-W49 (30/11–06/12/2026)")));

    const QString pdf = lib.sourcePath(QStringLiteral("Báo cáo tuần 49.pdf"));
    const SurveyReportSource source{s, survey::within(all, *week), period,
                                    QDateTime(QDate(2026, 12, 7), QTime(9, 30))};
    CHECK(SurveyReport::exportPdf(pdf, source) == 1);
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    const AudienceText t(s.language, "SurveyReport");
    CHECK(text.contains(t("SURVEY RESULTS")));
    CHECK(text.contains(s.title));
    CHECK(text.contains(period));
    CHECK(text.contains(t("Responses: %1").arg(5)));
    CHECK(text.contains(QStringLiteral("1. Bạn hài lòng với đại hội ở mức nào?")));
    CHECK(text.contains(QStringLiteral("2. Tài liệu có đến kịp không?")));
    CHECK(text.contains(QStringLiteral("3. Ý kiến khác của bạn")));
    // Ratings low first, with the usual labels: 3 once, 4 and 5 twice each.
    CHECK(text.contains(QStringLiteral("Rất hài lòng 2 (40,0%)")));
    CHECK(text.contains(QStringLiteral("Rất không hài lòng 0 (0,0%)")));
    CHECK(text.contains(t("Mean score: %1/5").arg(QStringLiteral("4,2"))));
    CHECK(text.contains(QStringLiteral("Có, đến kịp 3 (60,0%)")));
    // The long option wraps onto a second line; every word of it is on the page.
    for (const QString &word : kLate.split(u' '))
        CHECK(text.contains(word));
    CHECK(text.contains(QStringLiteral("2 (40,0%)")));
    CHECK(text.contains(QStringLiteral("Cần thêm ghế cho đại biểu ở cuối hội trường")));
    CHECK(text.contains(QStringLiteral("=1+2")));
    CHECK(text.contains(QStringLiteral("Âm thanh rõ ràng, dễ nghe")));
    CHECK_FALSE(text.contains(QStringLiteral("Tuần sau tốt hơn"))); // the next week's
    CHECK_FALSE(text.contains(t("Responses per week")));            // one week: no table
    CHECK(
        text.contains(t("Page %1/%2 · %3").arg(QStringLiteral("1"), QStringLiteral("1"), s.code)));

    // Every week: the per-week table, seven responses.
    const QString allPdf = lib.sourcePath(QStringLiteral("all.pdf"));
    CHECK(SurveyReport::exportPdf(
              allPdf, SurveyReportSource{s, all, QString(), QDateTime::currentDateTimeUtc()}) == 1);
    const QString allText = pdfText(allPdf);
    INFO(allText.toStdString());
    CHECK(allText.contains(t("Responses per week")));
    CHECK(allText.contains(QStringLiteral("2026-W49 30/11–06/12/2026 5")));
    CHECK(allText.contains(QStringLiteral("2026-W50 07/12–13/12/2026 2")));
    CHECK(allText.contains(t("Responses: %1").arg(7)));
    CHECK(allText.contains(QStringLiteral("Tuần sau tốt hơn")));

    // Nothing to answer, nothing to report; and no file left behind.
    Survey empty = s;
    empty.questions = {s.questions.first()}; // the section
    const QString none = lib.sourcePath(QStringLiteral("none.pdf"));
    CHECK_THROWS_AS(SurveyReport::exportPdf(none, SurveyReportSource{empty, all, {}, {}}), Error);
    CHECK_FALSE(QFile::exists(none));
}

TEST_CASE("A long text question flows over pages and says how many answers it left out",
          "[survey][print]")
{
    TempFolder folder;
    Survey s;
    s.code = QStringLiteral("KS123456");
    s.title = QStringLiteral("Ý kiến người dân");
    SurveyQuestion q;
    q.id = 1;
    q.kind = QuestionKind::LongText;
    q.text = QStringLiteral("Bạn muốn xã làm gì trong năm tới?");
    s.questions = {q};
    QList<SurveyResponse> responses;
    for (int i = 1; i <= 45; ++i)
        responses << SurveyResponse{
            i,
            QDate(2026, 12, 1),
            {SurveyAnswer{1,
                          {},
                          QStringLiteral("Ý kiến số %1: ").arg(i) +
                              QStringLiteral("sửa đường liên thôn, ").repeated(12)}}};
    const QString pdf = folder.filePath(QStringLiteral("long.pdf"));
    const int pages =
        SurveyReport::exportPdf(pdf, SurveyReportSource{s, responses, {}, QDateTime()});
    CHECK(pages >= 2);
    const QString text = pdfText(pdf);
    const AudienceText t(s.language, "SurveyReport");
    CHECK(text.contains(QStringLiteral("Ý kiến số 30:")));
    CHECK_FALSE(text.contains(QStringLiteral("Ý kiến số 31:")));
    CHECK(text.contains(t("and %n more answer(s)", 15)));
    CHECK(text.contains(
        t("Page %1/%2 · %3").arg(QString::number(pages), QString::number(pages), s.code)));
}

TEST_CASE("The results workbook has the numbers as numbers and every text as text",
          "[survey][xlsx]")
{
    TempLibrary lib;
    Catalog &catalog = lib.catalog();
    const Survey s = makeSurvey(catalog);
    answer(catalog, s);
    const QList<SurveyResponse> all = catalog.surveyResponses(s.id);
    const QString path = lib.sourcePath(QStringLiteral("Kết quả.xlsx"));
    survey::writeResultsXlsx(path, s, all, QStringLiteral("Tất cả"));

    const QString book = zipPart(path, QStringLiteral("xl/workbook.xml"));
    CHECK(book.contains(QStringLiteral("name=\"%1\"").arg(survey::SurveyWorkbook::tr("Summary"))));
    CHECK(
        book.contains(QStringLiteral("name=\"%1\"").arg(survey::SurveyWorkbook::tr("Responses"))));
    const QString strings = zipPart(path, QStringLiteral("xl/sharedStrings.xml"));
    CHECK(strings.contains(s.title));
    CHECK(strings.contains(QStringLiteral("Bạn hài lòng với đại hội ở mức nào?")));
    CHECK(strings.contains(QStringLiteral("5 · Rất hài lòng")));
    CHECK(strings.contains(QStringLiteral("<t>=1+2</t>")));
    for (const QString &header : survey::SurveyResults::csvHeader(s))
        CHECK(strings.contains(header.toHtmlEscaped()));

    const QString summary = zipPart(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    CHECK_FALSE(summary.contains(QStringLiteral("<f>")));
    CHECK(summary.contains(QStringLiteral("<c r=\"B3\"><v>7</v></c>"))); // responses
    // The long option: 4 of 7, its share a fraction rounded down like the report's 57,1%; "Có"
    // 3 of 7, 42,8%. The mean of all seven ratings, 24/7, unrounded.
    CHECK(summary.contains(QStringLiteral("<v>4</v></c><c r=\"C")));
    CHECK(summary.contains(QStringLiteral("<v>0.571</v>")));
    CHECK(summary.contains(QStringLiteral("<v>0.428</v>")));
    CHECK(summary.contains(QStringLiteral("<v>") + QString::number(24.0 / 7.0, 'g', 16) +
                           QStringLiteral("</v>")));
    CHECK(summary.contains(QStringLiteral("<v>%1</v>").arg(excelDay(QDate(2026, 11, 30)))));
    CHECK(summary.contains(QStringLiteral("<v>%1</v>").arg(excelDay(QDate(2026, 12, 13)))));

    const QString rows = zipPart(path, QStringLiteral("xl/worksheets/sheet2.xml"));
    CHECK_FALSE(rows.contains(QStringLiteral("<f>")));
    CHECK(rows.contains(QStringLiteral("<c r=\"A2\"><v>1</v></c>")));
    CHECK(rows.contains(QStringLiteral("<c r=\"B2\" s=\"")));
    CHECK(rows.contains(QStringLiteral("<v>%1</v>").arg(excelDay(QDate(2026, 11, 30)))));
    CHECK(rows.contains(QStringLiteral("<c r=\"C2\"><v>5</v></c>"))); // the rating's point
    CHECK(rows.contains(QStringLiteral("<c r=\"E2\"><v>1</v></c>"))); // the option's number
    CHECK(rows.contains(QStringLiteral("<c r=\"C8\"><v>2</v></c>")));
}

TEST_CASE("docket-cli writes the report and the workbook of an ISO week", "[survey][cli]")
{
    TempLibrary lib;
    const Survey s = makeSurvey(lib.catalog());
    answer(lib.catalog(), s);
    const QString pdf = lib.sourcePath(QStringLiteral("tuần 49.pdf"));
    const QString xlsx = lib.sourcePath(QStringLiteral("tuần 49.xlsx"));
    const CliRun run = runCliOk(kCli, lib.folder(),
                                {QStringLiteral("survey"), QStringLiteral("results"), s.code,
                                 QStringLiteral("--week"), QStringLiteral("2026-W49"),
                                 QStringLiteral("--pdf"), pdf, QStringLiteral("--xlsx"), xlsx});
    CHECK(run.out.contains(QStringLiteral("Wrote the results of %1 to %2 (").arg(s.code, pdf)));
    CHECK(run.out.contains(QStringLiteral("Wrote the results of %1 to %2.").arg(s.code, xlsx)));
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("2026-W49 (30/11–06/12/2026)")));
    CHECK(text.contains(QStringLiteral("Có, đến kịp 3 (60,0%)")));
    const QString rows = zipPart(xlsx, QStringLiteral("xl/worksheets/sheet2.xml"));
    CHECK(rows.contains(QStringLiteral("<c r=\"A6\">")));
    CHECK_FALSE(rows.contains(QStringLiteral("<c r=\"A7\">"))); // five responses that week
    CHECK(runCli(kCli, lib.folder(),
                 {QStringLiteral("survey"), QStringLiteral("results"), s.code,
                  QStringLiteral("--csv"), QStringLiteral("--pdf"), pdf})
              .exitCode == 2);
    // Kept for a look when asked: SURVEY_REPORT_KEEP=/tmp/x.pdf.
    if (const QString keep = qEnvironmentVariable("SURVEY_REPORT_KEEP"); !keep.isEmpty()) {
        QFile::remove(keep);
        QFile::copy(pdf, keep);
    }
}
