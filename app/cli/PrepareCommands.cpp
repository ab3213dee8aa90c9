// SPDX-License-Identifier: GPL-3.0-or-later
// prepare: every page image phones may ask for, drawn before the hall asks.
#include "Command.h"
#include "CommandLine.h"
#include "Context.h"
#include "pdf/Preparation.h"
#include "util/Error.h"

#include <QElapsedTimer>
#include <QLocale>

#include <unistd.h>

namespace docket::cli {

namespace {

int prepare(Context &ctx, const QStringList &words)
{
    const CommandLine cl(words, {}, {});
    cl.expectPositional(1, 1, QStringLiteral("prepare MEETING"));
    const Meeting meeting = requireMeeting(ctx, cl.positional().at(0));
    Library &library = ctx.library();
    const std::shared_ptr<PageImages> images = library.pageImages();
    const int renderedBefore = images->pool.rendersStarted();
    QElapsedTimer clock;
    clock.start();
    Preparation preparation(images->pool,
                            Preparation::jobsFor(library.catalog(), library.store(), meeting.id));
    preparation.start();
    // One line that counts up on a terminal; a line every few seconds in a log.
    const bool terminal = ::isatty(STDERR_FILENO) == 1;
    qint64 lastLine = -10000;
    while (!preparation.waitFor(200)) {
        if (terminal)
            err() << u'\r'
                  << Cli::tr("Preparing page images: %1/%2")
                         .arg(preparation.done())
                         .arg(preparation.total())
                  << Qt::flush;
        else if (clock.elapsed() - lastLine >= 5000) {
            lastLine = clock.elapsed();
            err() << Cli::tr("Preparing page images: %1/%2")
                         .arg(preparation.done())
                         .arg(preparation.total())
                  << Qt::endl;
        }
    }
    if (terminal)
        err() << u'\r' << QString(60, u' ') << u'\r' << Qt::flush;
    const int rendered = images->pool.rendersStarted() - renderedBefore;
    const double seconds = clock.elapsed() / 1000.0;
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("images"), preparation.total()},
                                  {QStringLiteral("rendered"), rendered},
                                  {QStringLiteral("failed"), preparation.failed()},
                                  {QStringLiteral("seconds"), seconds}});
    else
        out() << Cli::tr("%1 page images ready for meeting %2 (%3 drawn now, %4 failed) in %5 s.")
                     .arg(preparation.total())
                     .arg(meeting.code)
                     .arg(rendered)
                     .arg(preparation.failed())
                     .arg(QLocale().toString(seconds, 'f', 1))
              << Qt::endl;
    if (preparation.failed() > 0)
        throw Error(Cli::tr("%1 page images could not be drawn: %2")
                        .arg(preparation.failed())
                        .arg(preparation.lastError()));
    return 0;
}

} // namespace

QList<Command> prepareCommands()
{
    return {{QStringLiteral("prepare"),
             {{QStringLiteral("prepare MEETING"),
               Cli::tr("draw every page image phones may ask for, now")}},
             prepare}};
}

} // namespace docket::cli
