// SPDX-License-Identifier: GPL-3.0-or-later
// search: pages of any meeting's documents that hold the words.
#include "Command.h"
#include "CommandLine.h"
#include "Context.h"

#include <limits>

namespace docket::cli {

namespace {

int search(Context &ctx, const QStringList &words)
{
    const CommandLine cl(words, {QStringLiteral("--limit")}, {});
    cl.expectPositional(1, std::numeric_limits<qsizetype>::max(),
                        QStringLiteral("search WORDS... [--limit N]"));
    int limit = 20;
    if (cl.has(QStringLiteral("--limit"))) {
        bool ok = false;
        limit = cl.value(QStringLiteral("--limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 10000)
            throw UsageError(Cli::tr("--limit must be a number from 1 to 10000."));
    }
    const QList<SearchHit> hits = ctx.catalog().search(cl.positional().join(u' '), limit);
    if (ctx.json) {
        QJsonArray array;
        for (const SearchHit &hit : hits)
            array.append(QJsonObject{{QStringLiteral("meeting"), hit.meetingCode},
                                     {QStringLiteral("meetingTitle"), hit.meetingTitle},
                                     {QStringLiteral("item"), hit.itemNumber},
                                     {QStringLiteral("itemTitle"), hit.itemTitle},
                                     {QStringLiteral("document"), qint64{hit.documentId}},
                                     {QStringLiteral("documentTitle"), hit.documentTitle},
                                     {QStringLiteral("version"), qint64{hit.versionId}},
                                     {QStringLiteral("currentVersion"), hit.currentVersion},
                                     {QStringLiteral("page"), hit.page},
                                     {QStringLiteral("snippet"), hit.snippet}});
        ctx.printJson(array);
        return 0;
    }
    if (hits.isEmpty()) {
        out() << Cli::tr("No page holds all of these words.") << Qt::endl;
        return 0;
    }
    for (const SearchHit &hit : hits) {
        out() << Cli::tr("%1 item %2 · %3, page %4%5")
                     .arg(hit.meetingCode)
                     .arg(hit.itemNumber)
                     .arg(hit.documentTitle)
                     .arg(hit.page)
                     .arg(hit.currentVersion ? QString() : Cli::tr(" (an earlier version)"))
              << Qt::endl;
        out() << QStringLiteral("    ") << hit.snippet << Qt::endl;
    }
    return 0;
}

} // namespace

QList<Command> searchCommands()
{
    return {{QStringLiteral("search"),
             {{QStringLiteral("search WORDS... [--limit N]"),
               Cli::tr("pages of any meeting's documents that hold the words")}},
             search}};
}

} // namespace docket::cli
