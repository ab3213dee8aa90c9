// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackgroundWork.h"

#include <QApplication>
#include <QCloseEvent>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopeGuard>
#include <QTimer>

#include <algorithm>
#include <exception>
#include <thread>

namespace docket {

namespace {

// Often enough for a smooth bar, rarely enough to cost the window nothing.
constexpr int kPollMilliseconds = 50;
// Work that ends sooner never flashes a dialog.
constexpr int kShowAfterMilliseconds = 400;
// The bar counts thousandths of the bytes: any size fits an int.
constexpr int kScale = 1000;

bool running = false;

// Escape and the title bar's close button ask to stop, like Cancel, instead of hiding the
// dialog while the worker still runs: it goes once the work has really returned.
class WorkDialog : public QProgressDialog
{
public:
    using QProgressDialog::forceShow;
    using QProgressDialog::QProgressDialog;
    void reject() override { Q_EMIT canceled(); }

protected:
    void closeEvent(QCloseEvent *event) override
    {
        event->ignore();
        Q_EMIT canceled();
    }
};

// What window modality does, for the moment before the dialog shows: the window takes no
// input, so that the agenda is not edited, nor a second drop started, under the work.
class InputBlocker : public QObject
{
public:
    explicit InputBlocker(QWidget *window) : m_window(window) { qApp->installEventFilter(this); }
    ~InputBlocker() override { qApp->removeEventFilter(this); }
    InputBlocker(const InputBlocker &) = delete;
    InputBlocker &operator=(const InputBlocker &) = delete;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_window || !watched->isWidgetType() ||
            static_cast<QWidget *>(watched)->window() != m_window)
            return false;
        switch (event->type()) {
        case QEvent::ShortcutOverride:
            // Accepted: "the widget takes this key", so that no shortcut of the window fires;
            // the key press itself is then dropped below.
            event->accept();
            return true;
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonRelease:
        case QEvent::MouseButtonDblClick:
        case QEvent::Wheel:
        case QEvent::KeyPress:
        case QEvent::KeyRelease:
        case QEvent::ContextMenu:
        case QEvent::DragEnter:
        case QEvent::DragMove:
        case QEvent::Drop:
        case QEvent::TouchBegin:
        case QEvent::TouchUpdate:
        case QEvent::TouchEnd:
        case QEvent::Close:
            event->ignore();
            return true;
        default:
            return false;
        }
    }

private:
    QWidget *m_window;
};

// Joins the worker, asking it to stop first, when an exception leaves the frame early: the
// worker uses objects on this stack frame.
class Joiner
{
public:
    Joiner(std::thread &thread, WorkProgress &progress) : m_thread(thread), m_progress(progress) {}
    ~Joiner()
    {
        if (m_thread.joinable()) {
            m_progress.stopRequested = true;
            m_thread.join();
        }
    }
    Joiner(const Joiner &) = delete;
    Joiner &operator=(const Joiner &) = delete;

private:
    std::thread &m_thread;
    WorkProgress &m_progress;
};

} // namespace

bool BackgroundWork::isRunning()
{
    return running;
}

BackgroundWork::Outcome BackgroundWork::run(QWidget *window, const Options &options,
                                            const std::function<void(WorkProgress &)> &work)
{
    Q_ASSERT(!running);
    running = true;
    const auto notRunning = qScopeGuard([] { running = false; });

    WorkProgress progress;
    const InputBlocker blocker(window);
    WorkDialog dialog(window);
    dialog.setObjectName(options.objectName);
    dialog.setWindowTitle(options.windowTitle);
    dialog.setWindowModality(Qt::WindowModal);
    auto *cancel = new QPushButton(options.cancelText, &dialog);
    dialog.setCancelButton(cancel);
    // Left to itself the dialog would hide on Cancel; it stays, saying it is stopping, until
    // the worker has returned.
    QObject::disconnect(&dialog, &QProgressDialog::canceled, &dialog, &QProgressDialog::cancel);
    dialog.setAutoReset(false);
    dialog.setAutoClose(false);
    dialog.setRange(0, 0); // "busy" until the worker knows how many bytes there are
    dialog.setMinimumDuration(kShowAfterMilliseconds);
    QString shownText = options.describe(progress);
    dialog.setLabelText(shownText);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&] {
        if (progress.stopRequested.exchange(true))
            return;
        cancel->setEnabled(false);
        shownText = tr("Stopping…");
        dialog.setLabelText(shownText);
    });

    // The bar starts empty: no setValue(0), which would only restart the show-after clock.
    int shownValue = 0;
    QTimer poll;
    poll.setInterval(kPollMilliseconds);
    QElapsedTimer sinceStart;
    sinceStart.start();
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&] {
        // The dialog shows by itself from the bar's progress; work that goes on once the bar
        // is full (the children still drawing first pages after the last file was copied)
        // shows it too.
        if (sinceStart.elapsed() >= kShowAfterMilliseconds && !dialog.isVisible())
            dialog.forceShow();
        if (!progress.stopping()) {
            const QString text = options.describe(progress);
            if (text != shownText) {
                shownText = text;
                dialog.setLabelText(text);
            }
        }
        const std::int64_t total = progress.bytes.load();
        if (total <= 0)
            return;
        if (dialog.maximum() != kScale)
            dialog.setRange(0, kScale);
        const std::int64_t done = std::clamp<std::int64_t>(progress.bytesDone.load(), 0, total);
        const int value = static_cast<int>(done * kScale / total);
        // Only on a change: setValue() at the minimum restarts the dialog's show-after clock,
        // and on a shown modal dialog it runs a round of events.
        if (value != shownValue) {
            shownValue = value;
            dialog.setValue(value);
        }
    });

    // Declared before the thread: the worker's last act is to post to it.
    QEventLoop loop;
    std::atomic<bool> finished{false};
    std::exception_ptr failure;
    std::thread worker([&] {
        try {
            work(progress);
        } catch (...) {
            failure = std::current_exception();
        }
        finished = true;
        QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
    });
    {
        const Joiner joiner(worker, progress);
        poll.start();
        if (!finished)
            loop.exec();
        poll.stop();
        worker.join(); // the Joiner only acts when this frame is left by an exception
    }
    if (progress.stopping())
        return Outcome::Stopped;
    if (failure)
        std::rethrow_exception(failure);
    return Outcome::Done;
}

} // namespace docket
