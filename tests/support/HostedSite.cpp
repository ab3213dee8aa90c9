// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/HostedSite.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

namespace testsupport {

docket::ServerOptions loopbackOptions(unsigned threads)
{
    docket::ServerOptions options;
    options.bindAddress = QStringLiteral("127.0.0.1");
    options.port = 0;
    options.threads = threads;
    return options;
}

HostedSite::HostedSite(unsigned threads)
{
    server.start(loopbackOptions(threads));
    publisher = std::make_unique<docket::SnapshotPublisher>(lib.library(), server);
}

QString HostedSite::base() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(server.port());
}

void HostedSite::settle()
{
    const int before = publisher->publishedCount();
    const QDeadlineTimer deadline(5000);
    while (publisher->publishedCount() == before && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
}

} // namespace testsupport
