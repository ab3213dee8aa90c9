// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>

class QWidget;

namespace docket {

// What a worker thread tells the window, and the window's request to stop. Plain atomics
// that the window polls: the work is core code (BlobStore, IsolatedInspector, Verifier) with
// callbacks, which knows nothing of Qt's event loop.
struct WorkProgress
{
    std::atomic<int> files{0};
    std::atomic<int> filesDone{0};
    std::atomic<std::int64_t> bytes{0};
    std::atomic<std::int64_t> bytesDone{0};
    std::atomic<bool> stopRequested{false};

    bool stopping() const { return stopRequested.load(); }
};

// Runs long work (storing, inspecting, hashing files) on a thread of its own, so that the
// window keeps drawing, the hosting bar keeps counting and the projector keeps answering
// while it goes on. The call itself waits, running the event loop meanwhile, so that callers
// (and tests) read as if it were a plain function call: when it returns, the work is over.
//
// A window-modal progress dialog shows after a moment with a Cancel button; until it shows,
// the window ignores the mouse, keyboard and drops, as it would under the dialog, so that
// nothing is edited (or dropped a second time) under the work's feet.
class BackgroundWork
{
    Q_DECLARE_TR_FUNCTIONS(BackgroundWork)

public:
    enum class Outcome
    {
        Done,
        Stopped // Cancel was pressed: whatever the work made is to be thrown away
    };

    struct Options
    {
        QString objectName;  // of the dialog, for tests
        QString windowTitle; // of the dialog
        QString cancelText;
        // The dialog's text, asked again on every poll.
        std::function<QString(const WorkProgress &)> describe;
    };

    // Returns once `work` has returned on its thread. An exception thrown by `work` is thrown
    // again here, on the caller's thread, unless Cancel was pressed (then: Stopped).
    static Outcome run(QWidget *window, const Options &options,
                       const std::function<void(WorkProgress &)> &work);

    // True while a run is going on: it holds the window, so a second one must not start.
    static bool isRunning();
};

} // namespace docket
