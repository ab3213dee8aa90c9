// SPDX-License-Identifier: GPL-3.0-or-later
// print: the agenda sheet, the cards and the poster as a PDF.
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
                          QStringLiteral("--paper"), QStringLiteral("--base-url")},
                         {});
    cl.expectPositional(
        1, 1,
        QStringLiteral("print MEETING --layout sheet|cards|poster|badges --pdf FILE "
                       "[--paper a4|letter] [--base-url URL]"));
    const auto layout = printLayoutFromKey(cl.value(QStringLiteral("--layout")));
    if (!layout)
        throw UsageError(Cli::tr("--layout must be sheet, cards, poster or badges."));
    if (cl.value(QStringLiteral("--pdf")).isEmpty())
        throw UsageError(Cli::tr("print needs --pdf FILE."));
    QPageSize::PageSizeId paper = QPageSize::A4;
    const QString paperName = cl.value(QStringLiteral("--paper")).toLower();
    if (paperName == u"letter")
        paper = QPageSize::Letter;
    else if (cl.has(QStringLiteral("--paper")) && paperName != u"a4")
        throw UsageError(Cli::tr("--paper must be a4 or letter."));

    const Meeting meeting = requireMeeting(ctx, cl.positional().at(0));
    const QString target = cl.value(QStringLiteral("--pdf"));
    const PrintSource source = Printing::load(ctx.catalog(), meeting.id, paperBaseUrl(ctx, cl));
    const int pages = Printing::exportPdf(target, *layout, source, paper);
    if (ctx.json)
        ctx.printJson(QJsonObject{
            {QStringLiteral("file"), QFileInfo(target).absoluteFilePath()},
            {QStringLiteral("layout"), printLayoutKey(*layout)},
            {QStringLiteral("paper"),
             paper == QPageSize::Letter ? QStringLiteral("letter") : QStringLiteral("a4")},
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
                              "[--paper a4|letter] [--base-url URL]"),
               Cli::tr("agenda sheet, one card per item, poster, or delegates' badges")}},
             print}};
}

} // namespace docket::cli
