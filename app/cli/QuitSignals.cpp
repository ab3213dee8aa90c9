// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuitSignals.h"

#include "Context.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace docket::cli {

namespace {

int gSignalFds[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto ignored = ::write(gSignalFds[1], &byte, 1);
}

} // namespace

QuitSignals::QuitSignals()
{
    if (gSignalFds[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, gSignalFds) != 0)
        throw Error(Cli::tr("Cannot set up signal handling."));
    m_notifier = std::make_unique<QSocketNotifier>(gSignalFds[0], QSocketNotifier::Read);
    QObject::connect(m_notifier.get(), &QSocketNotifier::activated, QCoreApplication::instance(),
                     &QCoreApplication::quit);
    struct sigaction action = {};
    action.sa_handler = &onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

QuitSignals::~QuitSignals() = default;

} // namespace docket::cli
