// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/Cli.h"

#include <QProcess>

#include <catch2/catch.hpp>

namespace testsupport {

QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("DOCKET_LIBRARY"));
    return env;
}

CliRun runCli(const QString &program, const QString &library, const QStringList &arguments,
              const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, QStringList{QStringLiteral("--library"), library} + arguments);
    REQUIRE(process.waitForStarted(10000));
    const bool finished = process.waitForFinished(60000);
    if (!finished)
        process.kill();
    REQUIRE(finished);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

CliRun runCliOk(const QString &program, const QString &library, const QStringList &arguments,
                const QProcessEnvironment &environment)
{
    const CliRun run = runCli(program, library, arguments, environment);
    INFO("docket-cli " << arguments.join(u' ').toStdString() << "\nstdout: "
                       << run.out.toStdString() << "\nstderr: " << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return run;
}

} // namespace testsupport
