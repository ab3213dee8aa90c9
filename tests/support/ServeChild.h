// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/Cli.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>

namespace testsupport {

// `docket-cli serve --bind 127.0.0.1 --port 0` on a library, as a child process, killed however
// the test ends.
class ServeChild
{
public:
    ServeChild(const QString &program, const QString &library);
    ~ServeChild();
    ServeChild(const ServeChild &) = delete;
    ServeChild &operator=(const ServeChild &) = delete;

    // The first line on stdout: the base URL delegates reach (REQUIREs it within 15 s).
    QString readBaseUrl();
    QProcess &process() { return m_process; }

private:
    QProcess m_process;
};

} // namespace testsupport
