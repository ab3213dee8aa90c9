// SPDX-License-Identifier: GPL-3.0-or-later
// print: the agenda sheet, the cards, the posters and the badges as a PDF; letterhead: the
// organisation the official header names.
#include "Command.h"
#include "CommandLine.h"
#include "Context.h"
#include "print/PrintLayouts.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

#include <algorithm>

namespace docket::cli {

namespace {

int print(Context &ctx, const QStringList &words)
{
    const CommandLine cl(words,
                         {QStringLiteral("--layout"), QStringLiteral("--pdf"),
                          QStringLiteral("--paper"), QStringLiteral("--base-url"),
                          QStringLiteral("--survey"), QStringLiteral("--per-page")},
                         {QStringLiteral("--official-header"), QStringLiteral("--documents"),
                          QStringLiteral("--public")});
    const bool survey = cl.has(QStringLiteral("--survey"));
    cl.expectPositional(
        survey ? 0 : 1, survey ? 0 : 1,
        survey ? QStringLiteral("print --survey SURVEY --pdf FILE "
                                "[--paper a4|a5|letter] [--base-url URL]")
               : QStringLiteral("print MEETING --layout sheet|cards|tent|poster|badges "
                                "--pdf FILE [--paper a4|a5|letter] [--base-url URL | --public]"));
    if (cl.value(QStringLiteral("--pdf")).isEmpty())
        throw UsageError(Cli::tr("print needs --pdf FILE."));
    QPageSize::PageSizeId paper = QPageSize::A4;
    const QString paperName = cl.value(QStringLiteral("--paper")).toLower();
    if (paperName == u"letter")
        paper = QPageSize::Letter;
    else if (paperName == u"a5")
        paper = QPageSize::A5;
    else if (cl.has(QStringLiteral("--paper")) && paperName != u"a4")
        throw UsageError(Cli::tr("--paper must be a4, a5 or letter."));
    const QString paperKey = paper == QPageSize::Letter ? QStringLiteral("letter")
                             : paper == QPageSize::A5   ? QStringLiteral("a5")
                                                        : QStringLiteral("a4");

    if (survey) {
        // A survey's counter poster, on its own: a standing survey has no meeting.
        if (cl.has(QStringLiteral("--layout")))
            throw UsageError(Cli::tr("A survey has one layout, its poster: leave out --layout."));
        const QString which = cl.value(QStringLiteral("--survey"));
        const auto found = ctx.catalog().findSurvey(which);
        if (!found)
            throw Error(Cli::tr("No survey %1 (give its id or its code).").arg(which));
        const QString target = cl.value(QStringLiteral("--pdf"));
        Printing::exportSurveyPosterPdf(
            target, Printing::loadSurveyPoster(ctx.catalog(), found->id, paperBaseUrl(ctx, cl)),
            paper);
        if (ctx.json)
            ctx.printJson(
                QJsonObject{{QStringLiteral("file"), QFileInfo(target).absoluteFilePath()},
                            {QStringLiteral("layout"), QStringLiteral("survey-poster")},
                            {QStringLiteral("paper"), paperKey},
                            {QStringLiteral("pages"), 1},
                            {QStringLiteral("survey"), found->code}});
        else
            out() << Cli::tr("Wrote %n page(s) to %1.", nullptr, 1)
                         .arg(QDir::toNativeSeparators(target))
                  << Qt::endl;
        return 0;
    }
    const auto layout = printLayoutFromKey(cl.value(QStringLiteral("--layout")));
    if (!layout)
        throw UsageError(Cli::tr("--layout must be sheet, cards, tent, poster or badges."));
    PrintOptions options;
    if (cl.has(QStringLiteral("--per-page"))) {
        if (*layout != PrintLayout::Cards)
            throw UsageError(Cli::tr("Only --layout cards takes --per-page."));
        bool number = false;
        options.cardsPerPage = cl.value(QStringLiteral("--per-page")).toInt(&number);
        if (!number || !std::ranges::count(kCardsPerPageChoices, options.cardsPerPage))
            throw UsageError(Cli::tr("--per-page must be 1, 2, 4 or 8."));
    }
    options.officialHeader = cl.has(QStringLiteral("--official-header"));
    options.listDocuments = cl.has(QStringLiteral("--documents"));
    if ((options.officialHeader || options.listDocuments) && *layout != PrintLayout::Sheet)
        throw UsageError(Cli::tr("Only --layout sheet takes --official-header and --documents."));

    const Meeting meeting = requireMeeting(ctx, cl.positional().at(0));
    const QString target = cl.value(QStringLiteral("--pdf"));
    const PrintSource source =
        Printing::load(ctx.catalog(), meeting.id, paperBaseUrl(ctx, cl, &meeting));
    const int pages = Printing::exportPdf(target, *layout, source, paper, options);
    if (ctx.json)
        ctx.printJson(QJsonObject{
            {QStringLiteral("file"), QFileInfo(target).absoluteFilePath()},
            {QStringLiteral("layout"), printLayoutKey(*layout)},
            {QStringLiteral("paper"), paperKey},
            {QStringLiteral("pages"), pages},
            {QStringLiteral("items"), source.items.size()},
            {QStringLiteral("perPage"), *layout == PrintLayout::Cards ? options.cardsPerPage : 1},
            {QStringLiteral("badges"), *layout == PrintLayout::Badges ? source.roster.size() : 0}});
    else
        out() << Cli::tr("Wrote %n page(s) to %1.", nullptr, pages)
                     .arg(QDir::toNativeSeparators(target))
              << Qt::endl;
    return 0;
}

int letterhead(Context &ctx, const QString &sub, const QStringList &words)
{
    const CommandLine cl(words, {QStringLiteral("--organisation"), QStringLiteral("--place")}, {});
    cl.expectPositional(0, 0,
                        sub == u"set"
                            ? QStringLiteral("letterhead set [--organisation TEXT] [--place TEXT]")
                            : QStringLiteral("letterhead %1").arg(sub));
    Catalog &catalog = ctx.catalog();
    if (sub == u"set") {
        Letterhead changed = catalog.letterhead();
        if (!cl.has(QStringLiteral("--organisation")) && !cl.has(QStringLiteral("--place")))
            throw UsageError(Cli::tr("letterhead set needs --organisation or --place."));
        // "\n" typed in a shell stands for a new line of the name.
        if (cl.has(QStringLiteral("--organisation")))
            changed.organisation = cl.value(QStringLiteral("--organisation"))
                                       .replace(QStringLiteral("\\n"), QStringLiteral("\n"));
        if (cl.has(QStringLiteral("--place")))
            changed.place = cl.value(QStringLiteral("--place"));
        catalog.setLetterhead(changed);
    } else if (sub == u"clear") {
        if (cl.has(QStringLiteral("--organisation")) || cl.has(QStringLiteral("--place")))
            throw UsageError(Cli::tr("Only letterhead set takes --organisation and --place."));
        catalog.setLetterhead({});
    } else if (cl.has(QStringLiteral("--organisation")) || cl.has(QStringLiteral("--place"))) {
        throw UsageError(Cli::tr("Only letterhead set takes --organisation and --place."));
    }
    const Letterhead shown = catalog.letterhead();
    if (ctx.json) {
        ctx.printJson(QJsonObject{{QStringLiteral("organisation"), orNull(shown.organisation)},
                                  {QStringLiteral("place"), orNull(shown.place)}});
    } else if (shown.isEmpty()) {
        out() << Cli::tr("No letterhead is set.") << Qt::endl;
    } else {
        if (!shown.organisation.isEmpty())
            out() << Cli::tr("Organisation: %1")
                         .arg(QString(shown.organisation).replace(u'\n', QStringLiteral(" / ")))
                  << Qt::endl;
        if (!shown.place.isEmpty())
            out() << Cli::tr("Place: %1").arg(shown.place) << Qt::endl;
    }
    return 0;
}

} // namespace

QList<Command> printCommands()
{
    const auto letterheadCommand = [](const QString &sub) {
        return [sub](Context &ctx, const QStringList &words) {
            return letterhead(ctx, sub, words);
        };
    };
    return {
        {QStringLiteral("print"),
         {{QStringLiteral(
               "print MEETING --layout sheet|cards|tent|poster|badges --pdf FILE\n"
               "[--paper a4|a5|letter] [--base-url URL | --public] [--per-page 1|2|4|8]\n"
               "[--official-header] [--documents]"),
           Cli::tr("agenda sheet (with the letterhead, with the documents), cards 1 to 8 to "
                   "a page, tent cards, poster, or delegates' badges")},
          {QStringLiteral("print --survey SURVEY --pdf FILE [--paper a4|a5|letter]\n"
                          "[--base-url URL]"),
           Cli::tr("a survey's counter poster: its code, the Wi-Fi, the privacy notice")}},
         print},
        {QStringLiteral("letterhead set"),
         {{QStringLiteral("letterhead set [--organisation TEXT] [--place TEXT]"),
           Cli::tr("who issues the papers, for the sheet's official header (\\n: a new line)")}},
         letterheadCommand(QStringLiteral("set"))},
        {QStringLiteral("letterhead show"),
         {{QStringLiteral("letterhead show"), Cli::tr("the organisation and the place")}},
         letterheadCommand(QStringLiteral("show"))},
        {QStringLiteral("letterhead clear"),
         {{QStringLiteral("letterhead clear"), Cli::tr("no letterhead")}},
         letterheadCommand(QStringLiteral("clear"))}};
}

} // namespace docket::cli
