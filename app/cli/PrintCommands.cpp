// SPDX-License-Identifier: GPL-3.0-or-later
// print: the agenda sheet, the cards, the posters and the badges as a PDF.
#include "Command.h"
#include "CommandLine.h"
#include "Context.h"
#include "print/PrintLayouts.h"

#include <QDir>
#include <QFileInfo>

namespace docket::cli {

namespace {

int print(Context &ctx, const QStringList &words)
{
    const CommandLine cl(words,
                         {QStringLiteral("--layout"), QStringLiteral("--pdf"),
                          QStringLiteral("--paper"), QStringLiteral("--base-url"),
                          QStringLiteral("--survey")},
                         {});
    const bool survey = cl.has(QStringLiteral("--survey"));
    cl.expectPositional(survey ? 0 : 1, survey ? 0 : 1,
                        survey
                            ? QStringLiteral("print --survey SURVEY --pdf FILE "
                                             "[--paper a4|a5|letter] [--base-url URL]")
                            : QStringLiteral("print MEETING --layout sheet|cards|poster|badges "
                                             "--pdf FILE [--paper a4|a5|letter] [--base-url URL]"));
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
        throw UsageError(Cli::tr("--layout must be sheet, cards, poster or badges."));

    const Meeting meeting = requireMeeting(ctx, cl.positional().at(0));
    const QString target = cl.value(QStringLiteral("--pdf"));
    const PrintSource source = Printing::load(ctx.catalog(), meeting.id, paperBaseUrl(ctx, cl));
    const int pages = Printing::exportPdf(target, *layout, source, paper);
    if (ctx.json)
        ctx.printJson(QJsonObject{
            {QStringLiteral("file"), QFileInfo(target).absoluteFilePath()},
            {QStringLiteral("layout"), printLayoutKey(*layout)},
            {QStringLiteral("paper"), paperKey},
            {QStringLiteral("pages"), pages},
            {QStringLiteral("items"), source.items.size()},
            {QStringLiteral("badges"), *layout == PrintLayout::Badges ? source.roster.size() : 0}});
    else
        out() << Cli::tr("Wrote %n page(s) to %1.", nullptr, pages)
                     .arg(QDir::toNativeSeparators(target))
              << Qt::endl;
    return 0;
}

} // namespace

QList<Command> printCommands()
{
    return {{QStringLiteral("print"),
             {{QStringLiteral("print MEETING --layout sheet|cards|poster|badges --pdf FILE\n"
                              "[--paper a4|a5|letter] [--base-url URL]"),
               Cli::tr("agenda sheet, one card per item, poster, or delegates' badges")},
              {QStringLiteral("print --survey SURVEY --pdf FILE [--paper a4|a5|letter]\n"
                              "[--base-url URL]"),
               Cli::tr("a survey's counter poster: its code, the Wi-Fi, the privacy notice")}},
             print}};
}

} // namespace docket::cli
