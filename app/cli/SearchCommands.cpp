// SPDX-License-Identifier: GPL-3.0-or-later
// search: pages of any meeting's documents that hold the words; page-words: the child that
// reads where a page's words are, for the window's highlights.
#include "Command.h"
#include "CommandLine.h"
#include "Context.h"
#include "pdf/PageWords.h"

#include <QLocale>

#include <limits>

namespace docket::cli {

namespace {

SearchFilter filterFrom(const CommandLine &cl)
{
    SearchFilter filter;
    if (cl.has(QStringLiteral("--year"))) {
        bool ok = false;
        filter.year = cl.value(QStringLiteral("--year")).toInt(&ok);
        if (!ok || filter.year < 1 || filter.year > 9999)
            throw UsageError(Cli::tr("--year must be a year, such as 2026."));
    }
    if (cl.has(QStringLiteral("--state"))) {
        filter.state = meetingStateFromKey(cl.value(QStringLiteral("--state")).toLower());
        if (!filter.state)
            throw UsageError(Cli::tr("--state must be draft, open, closed or archived."));
    }
    return filter;
}

int search(Context &ctx, const QStringList &words)
{
    const QString usage = QStringLiteral(
        "search WORDS... [--limit N] [--year YYYY] [--state draft|open|closed|archived]");
    const CommandLine cl(
        words, {QStringLiteral("--limit"), QStringLiteral("--year"), QStringLiteral("--state")},
        {});
    cl.expectPositional(1, std::numeric_limits<qsizetype>::max(), usage);
    int limit = 20;
    if (cl.has(QStringLiteral("--limit"))) {
        bool ok = false;
        limit = cl.value(QStringLiteral("--limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 10000)
            throw UsageError(Cli::tr("--limit must be a number from 1 to 10000."));
    }
    const QList<SearchHit> hits =
        ctx.catalog().search(cl.positional().join(u' '), limit, filterFrom(cl));
    if (ctx.json) {
        QJsonArray array;
        for (const SearchHit &hit : hits)
            array.append(QJsonObject{{QStringLiteral("meeting"), hit.meetingCode},
                                     {QStringLiteral("meetingId"), qint64{hit.meetingId}},
                                     {QStringLiteral("meetingTitle"), hit.meetingTitle},
                                     {QStringLiteral("meetingDate"),
                                      hit.meetingDate.isValid()
                                          ? QJsonValue(hit.meetingDate.toString(Qt::ISODate))
                                          : QJsonValue()},
                                     {QStringLiteral("item"), hit.itemNumber},
                                     {QStringLiteral("itemTitle"), hit.itemTitle},
                                     {QStringLiteral("document"), qint64{hit.documentId}},
                                     {QStringLiteral("documentTitle"), hit.documentTitle},
                                     {QStringLiteral("version"), qint64{hit.versionId}},
                                     {QStringLiteral("currentVersion"), hit.currentVersion},
                                     {QStringLiteral("page"), hit.page},
                                     {QStringLiteral("recognised"), hit.recognised},
                                     {QStringLiteral("snippet"), hit.snippet}});
        ctx.printJson(array);
        return 0;
    }
    if (hits.isEmpty()) {
        out() << Cli::tr("No page holds all of these words.") << Qt::endl;
        return 0;
    }
    for (const SearchHit &hit : hits) {
        const QString date = hit.meetingDate.isValid()
                                 ? QLocale().toString(hit.meetingDate, QLocale::ShortFormat)
                                 : Cli::tr("no date");
        out() << Cli::tr("%1 (%2, %3)").arg(hit.meetingTitle, date, hit.meetingCode) << Qt::endl;
        out() << QStringLiteral("  ")
              << Cli::tr("item %1 · %2, page %3%4%5")
                     .arg(hit.itemNumber)
                     .arg(hit.documentTitle)
                     .arg(hit.page)
                     .arg(hit.currentVersion ? QString() : Cli::tr(" (an earlier version)"))
                     .arg(hit.recognised ? Cli::tr(" (recognised text)") : QString())
              << Qt::endl;
        out() << QStringLiteral("    ") << hit.snippet << Qt::endl;
    }
    return 0;
}

// The window's child (see PageWords::isolated): not for people, so not in --help.
int pageWords(Context &, const QStringList &words)
{
    const CommandLine cl(words, {}, {});
    cl.expectPositional(2, 2, QStringLiteral("page-words FILE PAGE"));
    bool ok = false;
    const int page = cl.positional()[1].toInt(&ok);
    if (!ok || page < 1)
        throw UsageError(Cli::tr("PAGE must be a page number, from 1."));
    return PageWords::runChild(cl.positional()[0], page);
}

} // namespace

QList<Command> searchCommands()
{
    return {{QStringLiteral("search"),
             {{QStringLiteral("search WORDS... [--limit N] [--year YYYY] [--state STATE]"),
               Cli::tr("pages of any meeting's documents that hold the words (\"a phrase\" in "
                       "quotes; marks typed must match)")}},
             search},
            {QStringLiteral("page-words"), {}, pageWords}};
}

} // namespace docket::cli
