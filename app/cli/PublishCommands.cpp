// SPDX-License-Identifier: GPL-3.0-or-later
// publish: a meeting's delegate site copied to a folder a web server serves, or to any rclone
// remote, kept in step; the web server's configuration for it.
#include "Command.h"
#include "CommandLine.h"
#include "Context.h"
#include "hosting/LibraryWatch.h"
#include "publish/Publisher.h"
#include "publish/PublishTarget.h"
#include "publish/PublishWatch.h"
#include "publish/ServerConfig.h"
#include "QuitSignals.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QDateTime>
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

QString reportLine(const PublishReport &report, const QString &target, double seconds)
{
    return Cli::tr("Published meeting %1 to %2: %3 files, %4 sent (%5), %6 removed, %7 "
                   "unchanged, in %8 s.")
        .arg(report.meetingCode, target)
        .arg(report.files)
        .arg(report.sent)
        .arg(QLocale().formattedDataSize(report.sentBytes))
        .arg(report.removed)
        .arg(report.unchanged)
        .arg(QLocale().toString(seconds, 'f', 1));
}

QJsonObject reportJson(const PublishReport &report, const QString &target, double seconds)
{
    return QJsonObject{{QStringLiteral("meeting"), report.meetingCode},
                       {QStringLiteral("to"), target},
                       {QStringLiteral("files"), report.files},
                       {QStringLiteral("sent"), report.sent},
                       {QStringLiteral("sentBytes"), double(report.sentBytes)},
                       {QStringLiteral("removed"), report.removed},
                       {QStringLiteral("unchanged"), report.unchanged},
                       {QStringLiteral("seconds"), seconds}};
}

// How far a publish is, on standard error: a line that counts up on a terminal, a line every
// few seconds in a log, or, with --progress-lines (the window reads them), every step as
// "progress drawing|sending|removing DONE TOTAL".
class ProgressPrinter
{
public:
    explicit ProgressPrinter(bool lines) : m_lines(lines), m_terminal(::isatty(STDERR_FILENO) == 1)
    {
        m_clock.start();
    }
    ~ProgressPrinter()
    {
        if (m_terminal && !m_lines && m_shown)
            err() << u'\r' << QString(60, u' ') << u'\r' << Qt::flush;
    }
    void operator()(const PublishProgress &progress)
    {
        if (m_lines) {
            static const char *const kStages[] = {"drawing", "sending", "removing"};
            err() << QStringLiteral("progress %1 %2 %3")
                         .arg(QString::fromLatin1(kStages[static_cast<int>(progress.stage)]))
                         .arg(progress.done)
                         .arg(progress.total)
                  << Qt::endl;
            return;
        }
        const QString line = Cli::tr("%1: %2/%3")
                                 .arg(stageName(progress.stage))
                                 .arg(progress.done)
                                 .arg(progress.total);
        if (m_terminal) {
            err() << u'\r' << line << QStringLiteral("   ") << Qt::flush;
            m_shown = true;
        } else if (m_clock.elapsed() - m_lastLine >= 5000) {
            m_lastLine = m_clock.elapsed();
            err() << line << Qt::endl;
        }
    }

private:
    bool m_lines;
    bool m_terminal;
    bool m_shown = false;
    QElapsedTimer m_clock;
    qint64 m_lastLine = -10000;
};

// Published now, then again after every change to the meeting, until SIGINT or SIGTERM: what
// the window's "keep in step" runs, and what a venue server runs beside `serve`.
int watch(Context &ctx, const Meeting &meeting, std::unique_ptr<PublishTarget> target,
          bool progressLines)
{
    const QuitSignals quitSignals;
    Library &library = ctx.library();
    LibraryWatch libraryWatch(library);
    const QString name = target->name();
    PublishWatch watching(library, meeting.id, std::move(target), libraryWatch);
    ProgressPrinter progress(progressLines);
    watching.setProgress([&](const PublishProgress &step) { progress(step); });
    QElapsedTimer clock;
    QObject::connect(
        &watching, &PublishWatch::published, &watching, [&](const PublishReport &report) {
            const double seconds = clock.elapsed() / 1000.0;
            if (ctx.json)
                ctx.printJson(reportJson(report, name, seconds));
            else
                out() << QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss")) << u' '
                      << reportLine(report, name, seconds) << Qt::endl;
        });
    QObject::connect(&watching, &PublishWatch::failed, &watching, [&](const QString &message) {
        err() << QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss")) << u' '
              << Cli::tr("Could not publish (tried again in %1 s): %2")
                     .arg(PublishWatch::kRetryMilliseconds / 1000)
                     .arg(message)
              << Qt::endl;
    });
    QObject::connect(&watching, &PublishWatch::started, &watching, [&] { clock.restart(); });
    watching.publishNow();
    err() << Cli::tr("Keeping meeting %1 in step at %2; stop with Ctrl+C.").arg(meeting.code, name)
          << Qt::endl;
    QCoreApplication::exec();
    return 0;
}

int publish(Context &ctx, const QStringList &words)
{
    const CommandLine cl(
        words,
        {QStringLiteral("--to"), QStringLiteral("--server-config"), QStringLiteral("--listen")},
        {QStringLiteral("--remove"), QStringLiteral("--watch"),
         QStringLiteral("--progress-lines")});
    const QString usage = QStringLiteral(
        "publish MEETING --to (DIR | REMOTE:PATH) [--watch | --remove] | publish MEETING --to DIR "
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
        site.hasPin = meeting.hasPin();
        out() << (kind == u"nginx" ? serverconfig::nginx(site) : serverconfig::caddy(site));
        return 0;
    }

    std::unique_ptr<PublishTarget> target = PublishTarget::open(destination);
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

    if (meeting.hasPin())
        err() << Cli::tr("Note: the meeting's PIN does not protect a published copy: anyone "
                         "with the address reads it. Use the web server's own access control "
                         "(see --server-config).")
              << Qt::endl;
    const bool progressLines = cl.has(QStringLiteral("--progress-lines"));
    if (cl.has(QStringLiteral("--watch")))
        return watch(ctx, meeting, std::move(target), progressLines);
    QElapsedTimer clock;
    clock.start();
    PublishReport report;
    {
        ProgressPrinter progress(progressLines);
        report = Publisher::publish(library, meeting.id, *target,
                                    [&](const PublishProgress &step) { progress(step); });
    }
    const double seconds = clock.elapsed() / 1000.0;
    if (ctx.json)
        ctx.printJson(reportJson(report, target->name(), seconds));
    else
        out() << reportLine(report, target->name(), seconds) << Qt::endl;
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
              {QStringLiteral("publish MEETING --to (DIR | REMOTE:PATH) --watch"),
               Cli::tr("and again within seconds of every change, until stopped")},
              {QStringLiteral("publish MEETING --to (DIR | REMOTE:PATH) --remove"),
               Cli::tr("remove what was published there")}},
             publish}};
}

} // namespace docket::cli
