// SPDX-License-Identifier: GPL-3.0-or-later
// publish: a meeting's delegate site copied to a folder a web server serves, or to any rclone
// remote, kept in step; the web server's configuration for it.
#include "Command.h"
#include "CommandLine.h"
#include "Context.h"
#include "publish/Publisher.h"
#include "publish/PublishTarget.h"
#include "publish/ServerConfig.h"
#include "util/Error.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QLocale>

#include <unistd.h>

namespace docket::cli {

namespace {

QString stageName(PublishProgress::Stage stage)
{
    switch (stage) {
    case PublishProgress::Stage::Drawing:
        return Cli::tr("Drawing pages and images");
    case PublishProgress::Stage::Sending:
        return Cli::tr("Sending");
    case PublishProgress::Stage::Removing:
        return Cli::tr("Removing what is gone");
    }
    return {};
}

int publish(Context &ctx, const QStringList &words)
{
    const CommandLine cl(
        words,
        {QStringLiteral("--to"), QStringLiteral("--server-config"), QStringLiteral("--listen")},
        {QStringLiteral("--remove")});
    const QString usage = QStringLiteral(
        "publish MEETING --to (DIR | REMOTE:PATH) [--remove] | publish MEETING --to DIR "
        "--server-config nginx|caddy [--listen ADDRESS]");
    cl.expectPositional(1, 1, usage);
    if (!cl.has(QStringLiteral("--to")))
        throw UsageError(Cli::tr("Say where with --to: a folder, or an rclone remote as "
                                 "REMOTE:PATH.\nUsage: %1")
                             .arg(usage));
    const Meeting meeting = requireMeeting(ctx, cl.positional().at(0));
    const QString destination = cl.value(QStringLiteral("--to"));

    if (cl.has(QStringLiteral("--server-config"))) {
        const QString kind = cl.value(QStringLiteral("--server-config"));
        if (kind != u"nginx" && kind != u"caddy")
            throw UsageError(Cli::tr("--server-config is nginx or caddy.\nUsage: %1").arg(usage));
        if (PublishTarget::isRcloneRemote(destination))
            throw UsageError(Cli::tr("--server-config is for a folder the web server serves, "
                                     "not an rclone remote."));
        serverconfig::Site site;
        site.meetingCode = meeting.code;
        site.meetingTitle = meeting.title;
        site.root = QDir(destination).absolutePath();
        site.listen = cl.has(QStringLiteral("--listen"))
                          ? cl.value(QStringLiteral("--listen"))
                          : (kind == u"nginx" ? QStringLiteral("80") : QStringLiteral(":80"));
        site.hasPin = !meeting.pinHash.isEmpty();
        out() << (kind == u"nginx" ? serverconfig::nginx(site) : serverconfig::caddy(site));
        return 0;
    }

    const std::unique_ptr<PublishTarget> target = PublishTarget::open(destination);
    Library &library = ctx.library();
    if (cl.has(QStringLiteral("--remove"))) {
        const PublishReport report = Publisher::unpublish(library, meeting.id, *target);
        if (ctx.json)
            ctx.printJson(QJsonObject{{QStringLiteral("meeting"), report.meetingCode},
                                      {QStringLiteral("removed"), report.removed}});
        else
            out() << Cli::tr("Removed %1 files of meeting %2 from %3.")
                         .arg(report.removed)
                         .arg(report.meetingCode, target->name())
                  << Qt::endl;
        return 0;
    }

    if (!meeting.pinHash.isEmpty())
        err() << Cli::tr("Note: the meeting's PIN does not protect a published copy: anyone "
                         "with the address reads it. Use the web server's own access control "
                         "(see --server-config).")
              << Qt::endl;
    const bool terminal = ::isatty(STDERR_FILENO) == 1;
    QElapsedTimer clock;
    clock.start();
    qint64 lastLine = -10000;
    const PublishReport report =
        Publisher::publish(library, meeting.id, *target, [&](const PublishProgress &progress) {
            const QString line = Cli::tr("%1: %2/%3")
                                     .arg(stageName(progress.stage))
                                     .arg(progress.done)
                                     .arg(progress.total);
            if (terminal)
                err() << u'\r' << line << QStringLiteral("   ") << Qt::flush;
            else if (clock.elapsed() - lastLine >= 5000) {
                lastLine = clock.elapsed();
                err() << line << Qt::endl;
            }
        });
    if (terminal)
        err() << u'\r' << QString(60, u' ') << u'\r' << Qt::flush;
    const double seconds = clock.elapsed() / 1000.0;
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("meeting"), report.meetingCode},
                                  {QStringLiteral("to"), target->name()},
                                  {QStringLiteral("files"), report.files},
                                  {QStringLiteral("sent"), report.sent},
                                  {QStringLiteral("sentBytes"), double(report.sentBytes)},
                                  {QStringLiteral("removed"), report.removed},
                                  {QStringLiteral("unchanged"), report.unchanged},
                                  {QStringLiteral("seconds"), seconds}});
    else
        out() << Cli::tr("Published meeting %1 to %2: %3 files, %4 sent (%5), %6 removed, %7 "
                         "unchanged, in %8 s.")
                     .arg(report.meetingCode, target->name())
                     .arg(report.files)
                     .arg(report.sent)
                     .arg(QLocale().formattedDataSize(report.sentBytes))
                     .arg(report.removed)
                     .arg(report.unchanged)
                     .arg(QLocale().toString(seconds, 'f', 1))
              << Qt::endl;
    return 0;
}

} // namespace

QList<Command> publishCommands()
{
    return {{QStringLiteral("publish"),
             {{QStringLiteral("publish MEETING --to (DIR | REMOTE:PATH)"),
               Cli::tr("copy the delegate site to a web server's folder or an rclone remote; "
                       "again: only what changed")},
              {QStringLiteral("publish MEETING --to DIR --server-config nginx|caddy "
                              "[--listen ADDRESS]"),
               Cli::tr("the web server's configuration for that folder")},
              {QStringLiteral("publish MEETING --to (DIR | REMOTE:PATH) --remove"),
               Cli::tr("remove what was published there")}},
             publish}};
}

} // namespace docket::cli
