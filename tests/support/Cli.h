// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace testsupport {

// docket-cli's environment for tests: C.UTF-8 (English messages), no DOCKET_LIBRARY.
QProcessEnvironment cliEnvironment();

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// `PROGRAM --library LIBRARY ARGUMENTS...` to completion (REQUIREd within 60 s).
CliRun runCli(const QString &program, const QString &library, const QStringList &arguments,
              const QProcessEnvironment &environment = cliEnvironment());
// The same, REQUIRing exit code 0 (the output is shown when it is not).
CliRun runCliOk(const QString &program, const QString &library, const QStringList &arguments,
                const QProcessEnvironment &environment = cliEnvironment());

} // namespace testsupport
