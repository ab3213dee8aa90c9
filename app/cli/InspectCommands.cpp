// SPDX-License-Identifier: GPL-3.0-or-later
// inspect and render-worker: the children Docket runs on a user's files.
#include "Command.h"
#include "CommandLine.h"
#include "Context.h"
#include "pdf/Inspector.h"
#include "pdf/IsolatedInspector.h"
#include "pdf/RenderWorker.h"

#include <QFileInfo>

#include <cstdlib>
#include <fcntl.h>
#include <limits>
#include <memory>
#include <unistd.h>
#include <vector>

namespace docket::cli {

namespace {

// The child of a crash-isolated import (see IsolatedInspector): one file, one JSON answer, or
// with --stream a line per file read and per first page drawn.
int inspect(Context &ctx, const QStringList &words)
{
    const CommandLine cl(
        words,
        {QStringLiteral("--name"), QStringLiteral("--names"), QStringLiteral("--draw-memory")},
        {QStringLiteral("--stream")});
    cl.expectPositional(1, std::numeric_limits<qsizetype>::max(),
                        QStringLiteral("inspect FILE... [--name ORIGINAL-NAME | --names A/B/...]"));
    const QStringList &paths = cl.positional();
    // Stand-ins for the PDFs that break a parser, so that tests can make the child misbehave
    // on purpose; nothing sets this in use.
    const QByteArray fault = qgetenv("DOCKET_INSPECT_FAULT");
    if (fault == "hang")
        for (;;)
            ::pause();
    if (fault == "crash")
        std::abort();
    if (fault == "memory") {
        std::vector<std::unique_ptr<char[]>> hoard;
        for (;;)
            hoard.push_back(std::make_unique<char[]>(64 << 20)); // until the limit says no
    }
    // Original names for the type of each file: --name for one, --names (slash-separated,
    // as no file name holds a slash) for a batch.
    QStringList names = cl.value(QStringLiteral("--names")).split(u'/');
    if (cl.has(QStringLiteral("--name")))
        names = {cl.value(QStringLiteral("--name"))};
    if (cl.has(QStringLiteral("--stream")))
        return IsolatedInspector::runChild(paths, names,
                                           cl.value(QStringLiteral("--draw-memory")).toLongLong());
    QList<Inspection> inspections;
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const QString name =
            i < names.size() && !names[i].isEmpty() ? names[i] : QFileInfo(paths[i]).fileName();
        inspections << Inspector::inspect(paths[i], name);
    }
    if (ctx.json) {
        if (paths.size() == 1) {
            ctx.printJson(inspections.first().toJson());
        } else {
            QJsonArray array;
            for (const Inspection &inspection : inspections)
                array.append(inspection.toJson());
            ctx.printJson(array);
        }
        return 0;
    }
    for (qsizetype i = 0; i < inspections.size(); ++i) {
        const Inspection &inspection = inspections[i];
        if (paths.size() > 1)
            out() << paths[i] << Qt::endl;
        out() << inspection.mimeType << Qt::endl;
        if (inspection.pageCount)
            out() << Cli::tr("%n page(s)", nullptr, *inspection.pageCount) << Qt::endl;
        if (!inspection.title.isEmpty())
            out() << Cli::tr("Title: %1").arg(inspection.title) << Qt::endl;
        if (!inspection.problem.isEmpty())
            out() << Cli::tr("Problem: %1").arg(inspection.problem) << Qt::endl;
    }
    return 0;
}

// A render worker of a serving process (see RenderPool): not for people, so not in --help.
int renderWorker(Context &, const QStringList &words)
{
    const CommandLine cl(words, {}, {});
    cl.expectPositional(0, 0, QStringLiteral("render-worker"));
    if (::fcntl(RenderWorker::kDescriptor, F_GETFD) < 0)
        throw UsageError(Cli::tr("render-worker draws pages for Docket's own server, which "
                                 "starts it."));
    return RenderWorker::serve(RenderWorker::kDescriptor);
}

} // namespace

QList<Command> inspectCommands()
{
    return {
        {QStringLiteral("inspect"),
         {{QStringLiteral("inspect FILE... [--name NAME]"),
           Cli::tr("what an import learns (PDF: pages, text)")}},
         inspect},
        {QStringLiteral("render-worker"), {}, renderWorker},
    };
}

} // namespace docket::cli
