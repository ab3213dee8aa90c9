// SPDX-License-Identifier: GPL-3.0-or-later
// serve: the open meetings to phones, until SIGINT or SIGTERM.
#include "catalog/SettingKeys.h"
#include "Command.h"
#include "CommandLine.h"
#include "Context.h"
#include "hosting/HostingSession.h"
#include "hosting/LibraryWatch.h"
#include "QuitSignals.h"
#include "server/GuessWarning.h"
#include "server/HttpServer.h"
#include "util/Error.h"

#include <QTimer>

#include <unistd.h>

namespace docket::cli {

namespace {

int serve(Context &ctx, const QStringList &words)
{
    const CommandLine cl(
        words,
        {QStringLiteral("--bind"), QStringLiteral("--port"), QStringLiteral("--max-per-client")},
        {});
    cl.expectPositional(0, 0,
                        QStringLiteral("serve [--bind ADDRESS] [--port N] [--max-per-client N]"));
    Library &library = ctx.library();

    ServerOptions options;
    if (cl.has(QStringLiteral("--bind")))
        options.bindAddress = cl.value(QStringLiteral("--bind"));
    const QString portText = cl.has(QStringLiteral("--port"))
                                 ? cl.value(QStringLiteral("--port"))
                                 : library.catalog().setting(settingkeys::port());
    if (!portText.isEmpty()) {
        bool ok = false;
        const uint port = portText.toUInt(&ok);
        if (!ok || port > 65535)
            throw UsageError(Cli::tr("--port must be a number from 0 to 65535."));
        options.port = static_cast<std::uint16_t>(port);
    }

    // Signals are caught before the URL is announced: a supervisor that stops us as soon as it
    // has read the URL must still get a clean shutdown.
    const QuitSignals quitSignals;

    if (cl.has(QStringLiteral("--max-per-client"))) {
        // Phones have an address each; a benchmark or a proxy in front needs more.
        bool ok = false;
        const uint cap = cl.value(QStringLiteral("--max-per-client")).toUInt(&ok);
        if (!ok || cap < 1 || cap > 100000)
            throw UsageError(Cli::tr("--max-per-client must be a number from 1 to 100000."));
        options.perClientConnectionLimit = cap;
    }

    // The same session as the window's hosting bar: one server per library (a window already
    // serving it is named, with its address), the first snapshot published before the socket
    // listens, the address announced to other processes and remembered for `qr` and `print`.
    LibraryWatch watch(library);
    HostingSession session(library, watch, HostingSession::Program::Cli);
    session.start(options);
    HttpServer &server = session.server();
    const QString base = session.baseUrl();
    if (cl.has(QStringLiteral("--port")) && options.port != 0)
        library.catalog().rememberSetting(settingkeys::port(), QString::number(options.port));

    out() << base << Qt::endl;
    const int open = static_cast<int>(library.catalog().meetingsInState(MeetingState::Open).size());
    err() << Cli::tr("Serving %n open meeting(s) on port %1. Press Ctrl+C to stop.", nullptr, open)
                 .arg(server.port())
          << Qt::endl;

    // Someone guessing a meeting's PIN is worth a line on stderr now and then, not one a
    // request: the window shows the same warning.
    GuessWarningThrottle guessWarnings;
    QTimer guessPoll;
    QObject::connect(&guessPoll, &QTimer::timeout, &guessPoll, [&] {
        if (const auto line = guessWarnings.poll(server.guessLimiter().pinGuessing(),
                                                 GuessWarningThrottle::Clock::now()))
            err() << *line << Qt::endl;
    });
    guessPoll.start(2000);

    // A server that runs for days still gets its daily backup of the catalog.
    QTimer dailyBackup;
    QObject::connect(&dailyBackup, &QTimer::timeout, &library.catalog(),
                     [&library] { library.backupIfDue(); });
    dailyBackup.start(60 * 60 * 1000);
    QCoreApplication::exec();
    session.stop();
    err() << Cli::tr("Stopped serving.") << Qt::endl;
    return 0;
}

} // namespace

QList<Command> serveCommands()
{
    return {{QStringLiteral("serve"),
             {{QStringLiteral("serve [--bind ADDRESS] [--port N] [--max-per-client N]"),
               Cli::tr("serve the open meetings to phones; prints their address")}},
             serve}};
}

} // namespace docket::cli
