// SPDX-License-Identifier: GPL-3.0-or-later
// survey create, question add, list, show, open, close, results, templates: feedback surveys of
// a meeting or standing ones, and what their answers add up to.
#include "Command.h"
#include "CommandLine.h"
#include "Context.h"
#include "print/SurveyReport.h"
#include "qr/DelegateUrl.h"
#include "survey/SurveyResults.h"
#include "survey/SurveyTemplates.h"
#include "survey/SurveyWorkbook.h"
#include "util/Error.h"

#include <QDir>
#include <QJsonArray>
#include <QLocale>

namespace docket::cli {

namespace {

Survey requireSurvey(Context &ctx, const QString &idOrCode)
{
    if (auto found = ctx.catalog().findSurvey(idOrCode))
        return *found;
    throw Error(Cli::tr("No survey %1 (give its id or its code).").arg(idOrCode));
}

QString surveyUrl(Context &ctx, const CommandLine &cl, const Survey &survey)
{
    const QString base = baseUrl(ctx, cl, false);
    return base.isEmpty() ? QString() : delegateurl::meeting(base, survey.code);
}

QString stateLabel(SurveyState state)
{
    switch (state) {
    case SurveyState::Draft:
        return Cli::tr("draft");
    case SurveyState::Open:
        return Cli::tr("open");
    case SurveyState::Closed:
        return Cli::tr("closed");
    }
    return {};
}

QJsonObject questionJson(const SurveyQuestion &q)
{
    return {{QStringLiteral("id"), static_cast<qint64>(q.id)},
            {QStringLiteral("number"), q.number},
            {QStringLiteral("type"), questionKindKey(q.kind)},
            {QStringLiteral("text"), q.text},
            {QStringLiteral("help"), orNull(q.help)},
            {QStringLiteral("options"), QJsonArray::fromStringList(q.options)},
            {QStringLiteral("required"), q.required}};
}

QJsonObject surveyJson(Context &ctx, const Survey &s, const QString &url)
{
    QJsonArray questions;
    for (const SurveyQuestion &q : s.questions)
        questions.append(questionJson(q));
    QJsonValue meeting;
    if (s.meetingId != 0)
        if (const auto m = ctx.catalog().meeting(s.meetingId))
            meeting = m->code;
    return {{QStringLiteral("id"), static_cast<qint64>(s.id)},
            {QStringLiteral("code"), s.code},
            {QStringLiteral("title"), s.title},
            {QStringLiteral("meeting"), meeting},
            {QStringLiteral("standing"), s.standing()},
            {QStringLiteral("language"), s.language},
            {QStringLiteral("state"), surveyStateKey(s.state)},
            {QStringLiteral("perDelegate"), s.perDelegate},
            {QStringLiteral("responses"), ctx.catalog().surveyResponseCount(s.id)},
            {QStringLiteral("url"), orNull(url)},
            {QStringLiteral("questions"), questions}};
}

int surveyCreate(Context &ctx, const QStringList &words)
{
    const CommandLine cl(words,
                         {QStringLiteral("--title"), QStringLiteral("--template"),
                          QStringLiteral("--language"), QStringLiteral("--base-url")},
                         {QStringLiteral("--standing"), QStringLiteral("--per-delegate")});
    const QString usage =
        QStringLiteral("survey create (MEETING | --standing) --title T [--template NAME] "
                       "[--language vi|en] [--per-delegate]");
    const bool standing = cl.has(QStringLiteral("--standing"));
    cl.expectPositional(standing ? 0 : 1, standing ? 0 : 1, usage);
    const Id meetingId = standing ? 0 : requireMeeting(ctx, cl.positional().at(0)).id;
    QString language = cl.value(QStringLiteral("--language"));
    if (!language.isEmpty() && language != u"vi" && language != u"en")
        throw UsageError(Cli::tr("--language is vi or en."));
    if (language.isEmpty() && meetingId != 0)
        language = ctx.catalog().meeting(meetingId)->language;
    if (language.isEmpty())
        language = QStringLiteral("vi");
    Survey draft;
    if (cl.has(QStringLiteral("--template"))) {
        const QString key = cl.value(QStringLiteral("--template"));
        const auto shipped = survey::fromTemplate(key, language);
        if (!shipped)
            throw UsageError(Cli::tr("No template %1: there are %2.")
                                 .arg(key, survey::templateKeys().join(QStringLiteral(", "))));
        draft = *shipped;
    }
    draft.language = language;
    draft.perDelegate = cl.has(QStringLiteral("--per-delegate"));
    if (cl.has(QStringLiteral("--title")))
        draft.title = cl.value(QStringLiteral("--title"));
    if (draft.title.trimmed().isEmpty())
        throw UsageError(Cli::tr("A survey needs --title (or a --template, which has one)."));
    const Survey created = ctx.catalog().createSurvey(meetingId, draft);
    const QString url = surveyUrl(ctx, cl, created);
    if (ctx.json) {
        ctx.printJson(surveyJson(ctx, created, url));
        return 0;
    }
    out() << Cli::tr("Survey %1 (code %2): “%3”, %n question(s), a draft.", nullptr,
                     static_cast<int>(created.questions.size()))
                 .arg(created.id)
                 .arg(created.code, created.title)
          << Qt::endl;
    if (!url.isEmpty())
        out() << url << Qt::endl;
    return 0;
}

int questionAdd(Context &ctx, const QStringList &words)
{
    const CommandLine cl(words,
                         {QStringLiteral("--type"), QStringLiteral("--text"),
                          QStringLiteral("--option"), QStringLiteral("--help-text"),
                          QStringLiteral("--at")},
                         {QStringLiteral("--required")});
    cl.expectPositional(1, 1,
                        QStringLiteral("survey question add SURVEY --type "
                                       "rating|single|multi|text|longtext|section --text Q "
                                       "[--option O]... [--required] [--help-text H] [--at N]"));
    const Survey survey = requireSurvey(ctx, cl.positional().at(0));
    SurveyQuestion q;
    const auto kind = questionKindFromKey(cl.value(QStringLiteral("--type")));
    if (!kind)
        throw UsageError(Cli::tr("--type is one of rating, single, multi, text, longtext, "
                                 "section."));
    q.kind = *kind;
    q.text = cl.value(QStringLiteral("--text"));
    q.options = cl.values(QStringLiteral("--option"));
    q.help = cl.value(QStringLiteral("--help-text"));
    q.required = cl.has(QStringLiteral("--required"));
    int at = 0;
    if (cl.has(QStringLiteral("--at"))) {
        bool ok = false;
        at = cl.value(QStringLiteral("--at")).toInt(&ok);
        if (!ok || at < 1)
            throw UsageError(Cli::tr("--at is a question number, such as 3."));
    }
    const SurveyQuestion added = ctx.catalog().addQuestion(survey.id, q, at);
    if (ctx.json)
        ctx.printJson(questionJson(added));
    else
        out() << Cli::tr("Question %1 of %2: %3").arg(added.number).arg(survey.code, added.text)
              << Qt::endl;
    return 0;
}

int surveyList(Context &ctx, const QStringList &words)
{
    const CommandLine cl(words, {}, {QStringLiteral("--standing")});
    cl.expectPositional(0, 1, QStringLiteral("survey list [MEETING | --standing]"));
    std::optional<Id> which;
    if (cl.has(QStringLiteral("--standing")))
        which = 0;
    else if (!cl.positional().isEmpty())
        which = requireMeeting(ctx, cl.positional().at(0)).id;
    const QList<Survey> found = ctx.catalog().surveys(which);
    if (ctx.json) {
        QJsonArray array;
        for (const Survey &s : found)
            array.append(surveyJson(ctx, s, surveyUrl(ctx, cl, s)));
        ctx.printJson(array);
        return 0;
    }
    if (found.isEmpty())
        out() << Cli::tr("No surveys.") << Qt::endl;
    for (const Survey &s : found) {
        QString where = Cli::tr("standing");
        if (s.meetingId != 0)
            if (const auto m = ctx.catalog().meeting(s.meetingId))
                where = m->code;
        out() << s.id << u'\t' << s.code << u'\t' << stateLabel(s.state) << u'\t' << where << u'\t'
              << Cli::tr("%n response(s)", nullptr, ctx.catalog().surveyResponseCount(s.id))
              << u'\t' << s.title << Qt::endl;
    }
    return 0;
}

int surveyShow(Context &ctx, const QStringList &words)
{
    const CommandLine cl(words, {QStringLiteral("--base-url")}, {});
    cl.expectPositional(1, 1, QStringLiteral("survey show SURVEY [--base-url URL]"));
    const Survey s = requireSurvey(ctx, cl.positional().at(0));
    const QString url = surveyUrl(ctx, cl, s);
    if (ctx.json) {
        ctx.printJson(surveyJson(ctx, s, url));
        return 0;
    }
    out() << s.title << u" (" << s.code << u", " << stateLabel(s.state) << u')' << Qt::endl;
    if (s.perDelegate)
        out() << Cli::tr("One response per checked-in delegate.") << Qt::endl;
    if (!url.isEmpty())
        out() << url << Qt::endl;
    for (const SurveyQuestion &q : s.questions) {
        out() << (q.kind == QuestionKind::Section ? QStringLiteral("\n") : QString()) << q.number
              << u". " << q.text << (q.required ? QStringLiteral(" *") : QString()) << u"  ["
              << questionKindKey(q.kind) << u']' << Qt::endl;
        for (qsizetype o = 0; o < q.options.size(); ++o)
            out() << QStringLiteral("     %1) ").arg(o + 1) << q.options[o] << Qt::endl;
    }
    return 0;
}

// survey respondents SURVEY phone|delegate: who counts as one respondent.
int surveyRespondents(Context &ctx, const QStringList &words)
{
    const CommandLine cl(words, {QStringLiteral("--base-url")}, {});
    cl.expectPositional(2, 2, QStringLiteral("survey respondents SURVEY phone|delegate"));
    const QString which = cl.positional().at(1);
    if (which != u"phone" && which != u"delegate")
        throw UsageError(Cli::tr("Respondents are counted per phone or per delegate."));
    const Survey s = requireSurvey(ctx, cl.positional().at(0));
    ctx.catalog().setSurveyPerDelegate(s.id, which == u"delegate");
    if (ctx.json) {
        ctx.printJson(surveyJson(ctx, *ctx.catalog().survey(s.id), surveyUrl(ctx, cl, s)));
        return 0;
    }
    out() << (which == u"delegate"
                  ? Cli::tr("Survey %1 takes one response per checked-in delegate: each scans "
                            "their badge first.")
                  : Cli::tr("Survey %1 takes one response per phone."))
                 .arg(s.code)
          << Qt::endl;
    return 0;
}

int surveySetState(Context &ctx, const QStringList &words, SurveyState state)
{
    const CommandLine cl(words, {QStringLiteral("--base-url")}, {});
    cl.expectPositional(1, 1,
                        state == SurveyState::Open ? QStringLiteral("survey open SURVEY")
                                                   : QStringLiteral("survey close SURVEY"));
    const Survey s = requireSurvey(ctx, cl.positional().at(0));
    ctx.catalog().setSurveyState(s.id, state);
    const QString url = surveyUrl(ctx, cl, s);
    if (ctx.json) {
        ctx.printJson(surveyJson(ctx, *ctx.catalog().survey(s.id), url));
        return 0;
    }
    if (state == SurveyState::Open) {
        out() << Cli::tr("Survey %1 is open: phones answer it whenever the library is served.")
                     .arg(s.code)
              << Qt::endl;
        if (!url.isEmpty())
            out() << url << Qt::endl;
    } else {
        out() << Cli::tr("Survey %1 is closed: its answers no longer change.").arg(s.code)
              << Qt::endl;
    }
    return 0;
}

int surveyTemplates(Context &ctx, const QStringList &words)
{
    const CommandLine cl(words, {QStringLiteral("--language")}, {});
    cl.expectPositional(0, 0, QStringLiteral("survey templates [--language vi|en]"));
    const QString language = cl.has(QStringLiteral("--language"))
                                 ? cl.value(QStringLiteral("--language"))
                                 : QStringLiteral("vi");
    QJsonArray array;
    for (const QString &key : survey::templateKeys()) {
        const auto t = survey::fromTemplate(key, language);
        if (!t)
            continue;
        int answerable = 0;
        for (const SurveyQuestion &q : t->questions)
            answerable += q.answerable() ? 1 : 0;
        if (ctx.json)
            array.append(QJsonObject{{QStringLiteral("name"), key},
                                     {QStringLiteral("title"), t->title},
                                     {QStringLiteral("questions"), answerable}});
        else
            out() << key << u'\t' << Cli::tr("%n question(s)", nullptr, answerable) << u'\t'
                  << t->title << Qt::endl;
    }
    if (ctx.json)
        ctx.printJson(array);
    return 0;
}

// --week, or --from and --to (either may be left out), or everything.
survey::DateRange rangeFrom(const CommandLine &cl)
{
    if (cl.has(QStringLiteral("--week"))) {
        if (cl.has(QStringLiteral("--from")) || cl.has(QStringLiteral("--to")))
            throw UsageError(Cli::tr("Give --week or --from/--to, not both."));
        const auto week = survey::DateRange::namedWeek(cl.value(QStringLiteral("--week")));
        if (!week)
            throw UsageError(Cli::tr("--week is an ISO week such as 2026-W49."));
        return *week;
    }
    survey::DateRange range;
    for (const auto &[option, slot] : {std::pair{QStringLiteral("--from"), &range.from},
                                       std::pair{QStringLiteral("--to"), &range.to}}) {
        if (!cl.has(option))
            continue;
        const QDate date = QDate::fromString(cl.value(option), Qt::ISODate);
        if (!date.isValid())
            throw UsageError(Cli::tr("%1 is a date such as 2026-12-05.").arg(option));
        *slot = date;
    }
    if (range.from && range.to && *range.from > *range.to)
        throw UsageError(Cli::tr("--from comes before --to."));
    return range;
}

int surveyResults(Context &ctx, const QStringList &words)
{
    const CommandLine cl(words,
                         {QStringLiteral("--week"), QStringLiteral("--from"),
                          QStringLiteral("--to"), QStringLiteral("--pdf"),
                          QStringLiteral("--xlsx")},
                         {QStringLiteral("--csv")});
    cl.expectPositional(
        1, 1,
        QStringLiteral("survey results SURVEY [--week YYYY-Www | --from DATE --to DATE] "
                       "[--json | --csv | --pdf FILE --xlsx FILE]"));
    const Survey s = requireSurvey(ctx, cl.positional().at(0));
    const survey::DateRange range = rangeFrom(cl);
    const QList<SurveyResponse> responses =
        survey::within(ctx.catalog().surveyResponses(s.id), range);
    if (cl.has(QStringLiteral("--pdf")) || cl.has(QStringLiteral("--xlsx"))) {
        if (cl.has(QStringLiteral("--csv")))
            throw UsageError(Cli::tr("Give --csv or --pdf/--xlsx, not both."));
        // Named in the survey's language: the report and the workbook go to the commune.
        const QString period = SurveyReport::periodLabel(s.language, range);
        QJsonObject written;
        if (cl.has(QStringLiteral("--pdf"))) {
            const QString path = cl.value(QStringLiteral("--pdf"));
            const int pages = SurveyReport::exportPdf(
                path, SurveyReportSource{s, responses, period, QDateTime::currentDateTimeUtc()});
            written.insert(QStringLiteral("pdf"), path);
            written.insert(QStringLiteral("pages"), pages);
            if (!ctx.json)
                out() << Cli::tr("Wrote the results of %1 to %2 (%n page(s)).", nullptr, pages)
                             .arg(s.code, QDir::toNativeSeparators(path))
                      << Qt::endl;
        }
        if (cl.has(QStringLiteral("--xlsx"))) {
            const QString path = cl.value(QStringLiteral("--xlsx"));
            survey::writeResultsXlsx(path, s, responses, period);
            written.insert(QStringLiteral("xlsx"), path);
            if (!ctx.json)
                out() << Cli::tr("Wrote the results of %1 to %2.")
                             .arg(s.code, QDir::toNativeSeparators(path))
                      << Qt::endl;
        }
        if (ctx.json) {
            written.insert(QStringLiteral("responses"), static_cast<int>(responses.size()));
            ctx.printJson(written);
        }
        return 0;
    }
    if (cl.has(QStringLiteral("--csv"))) {
        // fromUtf8 drops the BOM: it goes out as U+FEFF, the same three bytes.
        out() << QChar(0xFEFF) << QString::fromUtf8(survey::resultsCsv(s, responses));
        out().flush();
        return 0;
    }
    const survey::Tally tally = survey::tally(s, responses);
    const QLocale locale;
    if (ctx.json) {
        QJsonArray questions;
        for (const survey::QuestionTally &qt : tally.questions) {
            const auto q =
                std::find_if(s.questions.cbegin(), s.questions.cend(),
                             [&](const SurveyQuestion &c) { return c.id == qt.questionId; });
            if (q == s.questions.cend())
                continue;
            QJsonArray counts;
            const QStringList labels = q->kind == QuestionKind::Rating && q->options.isEmpty()
                                           ? survey::ratingLabels(s.language)
                                           : q->options;
            for (qsizetype i = 0; i < qt.counts.size(); ++i)
                counts.append(QJsonObject{{QStringLiteral("value"), q->kind == QuestionKind::Rating
                                                                        ? static_cast<int>(i + 1)
                                                                        : static_cast<int>(i)},
                                          {QStringLiteral("label"), labels.value(i)},
                                          {QStringLiteral("count"), qt.counts[i]}});
            questions.append(
                QJsonObject{{QStringLiteral("number"), q->number},
                            {QStringLiteral("text"), q->text},
                            {QStringLiteral("type"), questionKindKey(q->kind)},
                            {QStringLiteral("answered"), qt.answered},
                            {QStringLiteral("counts"), counts},
                            {QStringLiteral("mean"), qt.mean ? QJsonValue(*qt.mean) : QJsonValue()},
                            {QStringLiteral("texts"), QJsonArray::fromStringList(qt.texts)}});
        }
        QJsonArray weeks;
        for (const survey::Period &p : survey::perIsoWeek(responses))
            weeks.append(QJsonObject{{QStringLiteral("week"), p.label},
                                     {QStringLiteral("responses"), p.responses}});
        QJsonArray days;
        for (const survey::Period &p : survey::perDay(responses))
            days.append(QJsonObject{{QStringLiteral("day"), p.label},
                                    {QStringLiteral("responses"), p.responses}});
        ctx.printJson(
            QJsonObject{{QStringLiteral("survey"), s.code},
                        {QStringLiteral("title"), s.title},
                        {QStringLiteral("from"),
                         range.from ? QJsonValue(range.from->toString(Qt::ISODate)) : QJsonValue()},
                        {QStringLiteral("to"),
                         range.to ? QJsonValue(range.to->toString(Qt::ISODate)) : QJsonValue()},
                        {QStringLiteral("responses"), tally.responses},
                        {QStringLiteral("questions"), questions},
                        {QStringLiteral("perWeek"), weeks},
                        {QStringLiteral("perDay"), days}});
        return 0;
    }
    out() << s.title << Qt::endl;
    const QString period =
        !range.week.isEmpty() ? Cli::tr("week %1").arg(range.week)
        : range.from || range.to
            ? Cli::tr("%1 to %2")
                  .arg(range.from ? range.from->toString(Qt::ISODate) : QStringLiteral("…"),
                       range.to ? range.to->toString(Qt::ISODate) : QStringLiteral("…"))
            : Cli::tr("all time");
    out() << Cli::tr("%n response(s), %1.", nullptr, tally.responses).arg(period) << Qt::endl;
    for (const survey::QuestionTally &qt : tally.questions) {
        const auto q = std::find_if(s.questions.cbegin(), s.questions.cend(),
                                    [&](const SurveyQuestion &c) { return c.id == qt.questionId; });
        if (q == s.questions.cend())
            continue;
        out() << Qt::endl << q->number << u". " << q->text << Qt::endl;
        if (qt.mean)
            out() << u"   "
                  << Cli::tr("mean %1 of 5, %n answer(s)", nullptr, qt.answered)
                         .arg(locale.toString(*qt.mean, 'f', 2))
                  << Qt::endl;
        const QStringList labels = q->kind == QuestionKind::Rating && q->options.isEmpty()
                                       ? survey::ratingLabels(s.language)
                                       : q->options;
        for (qsizetype i = 0; i < qt.counts.size(); ++i)
            out() << u"   " << labels.value(i) << u": " << qt.counts[i] << u" ("
                  << survey::percentText(qt.counts[i], qt.answered, locale) << u"%)" << Qt::endl;
        for (const QString &text : qt.texts)
            out() << u"   – " << QString(text).replace(u'\n', u' ') << Qt::endl;
    }
    const QList<survey::Period> weeks = survey::perIsoWeek(responses);
    if (!weeks.isEmpty()) {
        out() << Qt::endl << Cli::tr("Per week:") << Qt::endl;
        for (const survey::Period &p : weeks)
            out() << u"   " << p.label << u": " << p.responses << Qt::endl;
    }
    return 0;
}

} // namespace

QList<Command> surveyCommands()
{
    return {
        {QStringLiteral("survey create"),
         {{QStringLiteral("survey create (MEETING | --standing) --title T [--template NAME]\n"
                          "[--language vi|en] [--per-delegate]"),
           Cli::tr("a feedback survey (a draft) and its code")}},
         surveyCreate},
        {QStringLiteral("survey respondents"),
         {{QStringLiteral("survey respondents SURVEY phone|delegate"),
           Cli::tr("one response per phone, or per checked-in delegate (a meeting's survey, "
                   "before any answer)")}},
         surveyRespondents},
        {QStringLiteral("survey question add"),
         {{QStringLiteral("survey question add SURVEY --type rating|single|multi|text|longtext|"
                          "section\n--text Q [--option O]... [--required] [--help-text H] "
                          "[--at N]"),
           Cli::tr("a question, at the end or as number N")}},
         questionAdd},
        {QStringLiteral("survey list"),
         {{QStringLiteral("survey list [MEETING | --standing]"),
           Cli::tr("surveys: id, code, state, meeting, responses, title")}},
         surveyList},
        {QStringLiteral("survey show"),
         {{QStringLiteral("survey show SURVEY"), Cli::tr("its questions and its address")}},
         surveyShow},
        {QStringLiteral("survey open"),
         {{QStringLiteral("survey open SURVEY"), Cli::tr("phones may answer it")}},
         [](Context &ctx, const QStringList &words) {
             return surveySetState(ctx, words, SurveyState::Open);
         }},
        {QStringLiteral("survey close"),
         {{QStringLiteral("survey close SURVEY"), Cli::tr("no more answers")}},
         [](Context &ctx, const QStringList &words) {
             return surveySetState(ctx, words, SurveyState::Closed);
         }},
        {QStringLiteral("survey results"),
         {{QStringLiteral("survey results SURVEY [--week YYYY-Www | --from DATE --to DATE]\n"
                          "[--json | --csv | --pdf FILE --xlsx FILE]"),
           Cli::tr("counts, percentages and means; --csv one row per response; --pdf the "
                   "report with its charts, --xlsx the workbook")}},
         surveyResults},
        {QStringLiteral("survey templates"),
         {{QStringLiteral("survey templates"), Cli::tr("the surveys Docket ships")}},
         surveyTemplates},
    };
}

} // namespace docket::cli
