// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

namespace testsupport {

// Until `done` holds or the deadline passes (false then). Queued work of this thread (snapshot
// publishing, catalog signals, timers) runs meanwhile, so a test waits on what it means to
// see instead of guessing a sleep.
template <typename Predicate> bool waitUntil(Predicate done, int milliseconds = 5000)
{
    const QDeadlineTimer deadline(milliseconds);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    return true;
}

} // namespace testsupport
