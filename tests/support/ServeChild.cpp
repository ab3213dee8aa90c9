// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/ServeChild.h"

#include <QDeadlineTimer>

#include <catch2/catch.hpp>

namespace testsupport {

ServeChild::ServeChild(const QString &program, const QString &library)
{
    m_process.setProcessEnvironment(cliEnvironment());
    m_process.start(program, {QStringLiteral("--library"), library, QStringLiteral("serve"),
                              QStringLiteral("--bind"), QStringLiteral("127.0.0.1"),
                              QStringLiteral("--port"), QStringLiteral("0")});
    REQUIRE(m_process.waitForStarted(10000));
}

ServeChild::~ServeChild()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString ServeChild::readBaseUrl()
{
    const QDeadlineTimer deadline(15000);
    while (!m_process.canReadLine()) {
        INFO("serve stderr: " << m_process.readAllStandardError().toStdString());
        REQUIRE(m_process.state() == QProcess::Running);
        REQUIRE_FALSE(deadline.hasExpired());
        m_process.waitForReadyRead(100);
    }
    return QString::fromUtf8(m_process.readLine()).trimmed();
}

} // namespace testsupport
