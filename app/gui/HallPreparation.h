// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Model.h"

#include <QObject>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QString>
#include <QTimer>

#include <memory>

class QWidget;

namespace docket {

class Library;
class Preparation;
struct PageImages;

// "Prepare for the hall" in the window: the render pool draws a meeting's page images on its
// worker threads while a window-modal progress dialog counts them, so the window never waits
// on Poppler. The dialog is refreshed by polling rather than by signals from the workers,
// because Preparation is core code that knows nothing of Qt's event loop.
class HallPreparation : public QObject
{
    Q_OBJECT
public:
    explicit HallPreparation(QWidget *window);
    // Closing the window mid-run stops feeding the pool and waits for the few pages being
    // drawn: their workers call back into the Preparation.
    ~HallPreparation() override;

    bool isRunning() const { return m_running; }
    // Starts preparing `meetingId` and returns at once; while a run is going on it only brings
    // that run's dialog forward. Throws docket::Error (catalog, page cache folder) before
    // anything has started.
    void start(Library &library, Id meetingId);
    // The dialog of the run going on (null otherwise): tests press its Cancel button.
    QProgressDialog *progressDialog() const { return m_dialog; }

Q_SIGNALS:
    // The run is over (done or stopped): `report` is for the status bar; `problem` is set when
    // some image could not be drawn.
    void finished(const QString &report, const QString &problem);

private:
    void poll();
    void stop();
    void finish();

    QWidget *m_window;
    // Declared before the Preparation, which uses its pool: destroyed after it.
    std::shared_ptr<PageImages> m_images;
    std::unique_ptr<Preparation> m_preparation;
    QPointer<QProgressDialog> m_dialog;
    QPointer<QPushButton> m_cancel;
    QTimer m_poll;
    bool m_running = false;
    bool m_stopping = false;
};

} // namespace docket
