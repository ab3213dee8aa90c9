// SPDX-License-Identifier: GPL-3.0-or-later
// pack: the meeting's conference pack, one PDF; pack-worker, the child that makes it.
#include "archive/ConferencePack.h"
#include "Command.h"
#include "CommandLine.h"
#include "Context.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <unistd.h>

namespace docket::cli {

namespace {

int pack(Context &ctx, const QStringList &words)
{
    const CommandLine cl(words, {QStringLiteral("--pdf")}, {});
    cl.expectPositional(1, 1, QStringLiteral("pack MEETING --pdf FILE"));
    const QString target = cl.value(QStringLiteral("--pdf"));
    if (target.isEmpty())
        throw UsageError(Cli::tr("pack needs --pdf FILE."));
    const Meeting meeting = requireMeeting(ctx, cl.positional().at(0));
    // On a terminal one line that counts; otherwise (a log, a pipe) a line now and then.
    const bool terminal = ::isatty(STDERR_FILENO) == 1;
    QElapsedTimer lastLine;
    lastLine.start();
    bool saidWriting = false;
    const PackReport report =
        ConferencePack::build(ctx.library(), meeting.id, target, [&](const PackProgress &progress) {
            if (progress.writing) {
                if (!saidWriting)
                    err() << (terminal ? QStringLiteral("\r") : QString())
                          << Cli::tr("Writing the pack…") << (terminal ? u' ' : u'\n') << Qt::flush;
                saidWriting = true;
                return;
            }
            if (lastLine.elapsed() < (terminal ? 200 : 2000) || progress.documentsDone == 0)
                return;
            lastLine.restart();
            err() << (terminal ? QStringLiteral("\r") : QString())
                  << Cli::tr("Reading documents: %1 of %2")
                         .arg(progress.documentsDone)
                         .arg(progress.documents)
                  << (terminal ? u' ' : u'\n') << Qt::flush;
        });
    if (terminal)
        err() << u'\r' << QString(60, u' ') << u'\r' << Qt::flush;
    for (const PackReport::Entry &entry : report.documents)
        if (entry.firstPage == 0)
            err() << Cli::tr("Not included: item %1, %2: %3")
                         .arg(entry.itemNumber)
                         .arg(entry.documentTitle, entry.omitted)
                  << Qt::endl;
    if (ctx.json) {
        QJsonArray documents;
        for (const PackReport::Entry &entry : report.documents)
            documents.append(QJsonObject{{QStringLiteral("item"), entry.itemNumber},
                                         {QStringLiteral("title"), entry.documentTitle},
                                         {QStringLiteral("firstPage"), entry.firstPage},
                                         {QStringLiteral("pages"), entry.pages},
                                         {QStringLiteral("omitted"), orNull(entry.omitted)}});
        ctx.printJson(QJsonObject{{QStringLiteral("file"), report.path},
                                  {QStringLiteral("pages"), report.pages},
                                  {QStringLiteral("bytes"), qint64(report.bytes)},
                                  {QStringLiteral("documents"), documents}});
    } else {
        out() << Cli::tr("Wrote the conference pack, %n page(s), to %1.", nullptr, report.pages)
                     .arg(QDir::toNativeSeparators(target))
              << Qt::endl;
    }
    return 0;
}

// The child of a conference pack (see ConferencePack): not for people, so not in --help.
int packWorker(Context &, const QStringList &words)
{
    const CommandLine cl(words, {}, {});
    cl.expectPositional(2, 2, QStringLiteral("pack-worker PLAN OUTPUT"));
    return ConferencePack::runChild(cl.positional().at(0), cl.positional().at(1));
}

} // namespace

QList<Command> packCommands()
{
    return {{QStringLiteral("pack"),
             {{QStringLiteral("pack MEETING --pdf FILE"),
               Cli::tr("the conference pack: cover, agenda, every document, numbered")}},
             pack},
            {QStringLiteral("pack-worker"), {}, packWorker}};
}

} // namespace docket::cli
