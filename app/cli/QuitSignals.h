// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

class QSocketNotifier;

namespace docket::cli {

// While it lives, SIGINT and SIGTERM quit the event loop in the ordinary way (a clean stop)
// instead of killing the process: they reach the loop through a socket pair, as a signal
// handler may only write(2). For the commands that run until stopped (serve, publish --watch).
class QuitSignals
{
public:
    QuitSignals(); // throws docket::Error when the socket pair cannot be made
    ~QuitSignals();
    QuitSignals(const QuitSignals &) = delete;
    QuitSignals &operator=(const QuitSignals &) = delete;

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace docket::cli
