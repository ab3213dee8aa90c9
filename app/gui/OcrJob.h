// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/OcrJobs.h"
#include "library/Ocr.h"

#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

#include <memory>
#include <thread>

class QAction;
class QLabel;
class QStatusBar;
class QToolButton;
class QWidget;

namespace docket {

class Library;

// Text recognition of scanned documents in the window (core's Ocr): after an import, or when
// another program adds a scan, the waiting pages of every meeting are read on a worker thread
// of its own, page by page in docket-cli children, while the window goes on; each document's
// text is recorded here, on the window's thread, with the catalog. The status bar says how far
// it is ("Recognising text: 3 of 12 pages") with Pause and Stop, and that OCR is unavailable
// when Tesseract is missing while scans wait. Stop leaves what was not recorded waiting, for
// Library ▸ Recognise text of scans or the next start.
class OcrJob : public QObject
{
    Q_OBJECT
public:
    OcrJob(Library &library, QStatusBar *statusBar, QObject *parent = nullptr);
    ~OcrJob() override; // stops the worker and waits for it

    // Looks for waiting pages soon (changes come in bursts) and reads them, unless stopped.
    void schedule();
    void pause();
    void resume(); // after a pause, and after Stop: from what waits
    void stop();

    bool isRunning() const { return m_thread.joinable(); }
    bool isPaused() const;
    // What the status bar shows; empty when it shows nothing.
    QString statusText() const;
    QAction *resumeAction() const { return m_resumeAction; }
    void setLimits(const OcrLimits &limits) { m_limits = limits; } // tests: a quicker dpi

Q_SIGNALS:
    void idle(); // a run ended, or there was nothing to read

private:
    struct Shared;
    void startRun();
    void record(const OcrWork &work, const OcrOutcome &outcome);
    void runEnded(const QString &unavailable);
    void updateStatus();

    Library &m_library;
    OcrLimits m_limits;
    std::shared_ptr<Shared> m_shared;
    std::thread m_thread;
    QTimer m_soon;
    QTimer m_poll;
    bool m_stopped = false;
    QString m_unavailable;
    QSet<Id> m_tried; // read in this session: not again until asked (a record that failed)
    QWidget *m_widget = nullptr;
    QLabel *m_label = nullptr;
    QToolButton *m_pauseButton = nullptr;
    QToolButton *m_stopButton = nullptr;
    QAction *m_resumeAction = nullptr;
};

} // namespace docket
