// SPDX-License-Identifier: GPL-3.0-or-later
// item add.
#include "Command.h"
#include "CommandLine.h"
#include "Context.h"

namespace docket::cli {

namespace {

int itemAdd(Context &ctx, const QStringList &words)
{
    const CommandLine cl(words, {QStringLiteral("--title"), QStringLiteral("--presenter")}, {});
    cl.expectPositional(1, 1, QStringLiteral("item add MEETING --title T [--presenter P]"));
    if (cl.value(QStringLiteral("--title")).trimmed().isEmpty())
        throw UsageError(Cli::tr("item add needs --title."));
    const Meeting meeting = requireMeeting(ctx, cl.positional().at(0));
    const AgendaItem item = ctx.catalog().addItem(meeting.id, cl.value(QStringLiteral("--title")),
                                                  cl.value(QStringLiteral("--presenter")));
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("id"), qint64{item.id}},
                                  {QStringLiteral("number"), item.number},
                                  {QStringLiteral("title"), item.title},
                                  {QStringLiteral("presenter"), item.presenter}});
    else
        out() << item.number << Qt::endl;
    return 0;
}

} // namespace

QList<Command> itemCommands()
{
    return {{QStringLiteral("item add"),
             {{QStringLiteral("item add MEETING --title T [--presenter P]"),
               Cli::tr("a new agenda item; prints its number")}},
             itemAdd}};
}

} // namespace docket::cli
