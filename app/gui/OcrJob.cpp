// SPDX-License-Identifier: GPL-3.0-or-later
#include "OcrJob.h"

#include "library/Library.h"
#include "util/Error.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QStatusBar>
#include <QToolButton>

#include <atomic>
#include <chrono>
#include <mutex>

namespace docket {

namespace {

// Changes come in bursts (an import of a folder, then its renditions): look once they settle.
constexpr int kScheduleMilliseconds = 1500;
constexpr int kPollMilliseconds = 250;

} // namespace

// What the worker and the window share: the window asks, the worker tells.
struct OcrJob::Shared
{
    std::atomic<bool> stop{false};
    std::atomic<bool> paused{false};
    std::atomic<int> pagesDone{0};
    std::atomic<int> pages{0};
};

OcrJob::OcrJob(Library &library, QStatusBar *statusBar, QObject *parent)
    : QObject(parent), m_library(library)
{
    m_widget = new QWidget(statusBar);
    m_widget->setObjectName(QStringLiteral("ocrStatus"));
    auto *layout = new QHBoxLayout(m_widget);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(m_widget);
    m_pauseButton = new QToolButton(m_widget);
    m_pauseButton->setObjectName(QStringLiteral("ocrPause"));
    m_stopButton = new QToolButton(m_widget);
    m_stopButton->setObjectName(QStringLiteral("ocrStop"));
    m_stopButton->setText(tr("Stop"));
    m_stopButton->setToolTip(tr("Stop reading scanned pages; what is not done yet waits for "
                                "Library ▸ Recognise text of scans or the next start"));
    layout->addWidget(m_label);
    layout->addWidget(m_pauseButton);
    layout->addWidget(m_stopButton);
    statusBar->addPermanentWidget(m_widget);
    m_widget->hide();
    connect(m_pauseButton, &QToolButton::clicked, this,
            [this] { isPaused() ? resume() : pause(); });
    connect(m_stopButton, &QToolButton::clicked, this, &OcrJob::stop);

    m_resumeAction = new QAction(tr("Recognise text of &scans"), this);
    m_resumeAction->setToolTip(tr("Read the text of scanned pages (OCR) so that search finds "
                                  "them; Docket does it by itself after an import"));
    connect(m_resumeAction, &QAction::triggered, this, &OcrJob::resume);

    m_soon.setSingleShot(true);
    m_soon.setInterval(kScheduleMilliseconds);
    connect(&m_soon, &QTimer::timeout, this, &OcrJob::startRun);
    m_poll.setInterval(kPollMilliseconds);
    connect(&m_poll, &QTimer::timeout, this, &OcrJob::updateStatus);
    connect(&library.catalog(), &Catalog::changed, this, &OcrJob::schedule);
    schedule();
}

OcrJob::~OcrJob()
{
    if (m_shared)
        m_shared->stop = true;
    if (m_thread.joinable())
        m_thread.join(); // within a fraction of a second: the child is killed
}

void OcrJob::schedule()
{
    if (!m_stopped && !isRunning())
        m_soon.start();
}

bool OcrJob::isPaused() const
{
    return m_shared && m_shared->paused;
}

void OcrJob::pause()
{
    if (m_shared && isRunning())
        m_shared->paused = true;
    updateStatus();
}

void OcrJob::resume()
{
    if (m_shared && isRunning()) {
        m_shared->paused = false;
        updateStatus();
        return;
    }
    m_stopped = false;
    m_tried.clear();
    startRun();
}

void OcrJob::stop()
{
    m_stopped = true;
    m_soon.stop();
    if (m_shared)
        m_shared->stop = true;
    updateStatus();
}

void OcrJob::startRun()
{
    if (isRunning() || m_stopped || m_library.isReadOnly())
        return;
    QList<OcrWork> work;
    QStringList paths;
    try {
        Catalog &catalog = m_library.catalog();
        catalog.queueOcr();
        for (const OcrWork &waiting : catalog.waitingOcr())
            if (!m_tried.contains(waiting.versionId)) {
                work << waiting;
                paths << m_library.store().pathFor(waiting.sha256);
            }
    } catch (const Error &error) {
        qWarning("Text recognition: %s", qUtf8Printable(error.message()));
        return;
    }
    if (work.isEmpty()) {
        m_unavailable.clear();
        updateStatus();
        Q_EMIT idle();
        return;
    }
    for (const OcrWork &waiting : work)
        m_tried.insert(waiting.versionId);
    m_shared = std::make_shared<Shared>();
    int pages = 0;
    for (const OcrWork &waiting : work)
        pages += waiting.pages;
    m_shared->pages = pages;
    const QString workFolder = Ocr::workFolderIn(m_library);
    // The worker never touches the catalog or a widget: it reads pages, and posts each
    // document's outcome and its own end to this object, on the window's thread.
    m_thread = std::thread([this, shared = m_shared, work, paths, workFolder, limits = m_limits] {
        const QString unavailable = Ocr::unavailableReason();
        if (unavailable.isEmpty()) {
            OcrProgress done;
            done.pages = shared->pages;
            for (qsizetype i = 0; i < work.size() && !shared->stop; ++i) {
                std::optional<OcrOutcome> outcome;
                try {
                    outcome = Ocr::recognise(
                        work[i], paths[i], workFolder, limits, done,
                        [&shared](const OcrProgress &now) {
                            // A pause holds between pages, the page being read is finished.
                            while (now.page == 0 && shared->paused && !shared->stop)
                                std::this_thread::sleep_for(std::chrono::milliseconds(100));
                            shared->pagesDone = now.pagesDone;
                            shared->pages = std::max(now.pages, now.pagesDone);
                            return !shared->stop.load();
                        });
                } catch (const Error &error) {
                    qWarning("Text recognition: %s", qUtf8Printable(error.message()));
                    break;
                }
                if (!outcome)
                    break;
                done.pagesDone += outcome->pagesTried;
                done.pages = std::max(done.pages, done.pagesDone);
                QMetaObject::invokeMethod(
                    this, [this, one = work[i], result = *outcome] { record(one, result); },
                    Qt::QueuedConnection);
            }
        }
        QMetaObject::invokeMethod(
            this, [this, unavailable] { runEnded(unavailable); }, Qt::QueuedConnection);
    });
    m_poll.start();
    updateStatus();
}

void OcrJob::record(const OcrWork &work, const OcrOutcome &outcome)
{
    try {
        m_library.catalog().recordOcr(work.versionId, outcome);
    } catch (const Error &error) {
        // A busy or full catalog: the document waits for the next start or a resume.
        qWarning("Text recognition of %s: %s", qUtf8Printable(work.documentTitle),
                 qUtf8Printable(error.message()));
    }
}

void OcrJob::runEnded(const QString &unavailable)
{
    if (m_thread.joinable())
        m_thread.join();
    m_poll.stop();
    m_unavailable = unavailable;
    if (!unavailable.isEmpty())
        m_tried.clear(); // nothing was read: all of it is for when Tesseract is there
    updateStatus();
    // What was added meanwhile (the records' own changes find nothing new).
    if (unavailable.isEmpty())
        schedule();
    Q_EMIT idle();
}

QString OcrJob::statusText() const
{
    if (isRunning()) {
        const int done = m_shared->pagesDone;
        const int pages = std::max(m_shared->pages.load(), done);
        if (m_shared->stop)
            return tr("Stopping text recognition…");
        if (m_shared->paused)
            return tr("Text recognition paused: %1 of %n page(s)", nullptr, pages).arg(done);
        return tr("Recognising text: %1 of %n page(s)", nullptr, pages).arg(done);
    }
    if (!m_unavailable.isEmpty())
        return Ocr::unavailableMessage();
    return {};
}

void OcrJob::updateStatus()
{
    const QString text = statusText();
    m_label->setText(text);
    m_label->setToolTip(m_unavailable.isEmpty() || isRunning() ? QString() : m_unavailable);
    m_pauseButton->setText(isPaused() ? tr("Resume") : tr("Pause"));
    m_pauseButton->setVisible(isRunning());
    m_stopButton->setVisible(isRunning());
    m_widget->setVisible(!text.isEmpty());
}

} // namespace docket
