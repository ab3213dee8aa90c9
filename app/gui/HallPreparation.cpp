// SPDX-License-Identifier: GPL-3.0-or-later
#include "HallPreparation.h"

#include "library/Library.h"
#include "pdf/Preparation.h"

namespace docket {

namespace {

constexpr int kPollMilliseconds = 100;
// A run that only finds cached images ends before the dialog would show: no flash.
constexpr int kShowAfterMilliseconds = 500;

// Escape and the title bar's close button ask to stop, like Cancel, instead of hiding the
// dialog while pages are still being drawn: it closes once the run is really over.
class PreparationDialog : public QProgressDialog
{
public:
    using QProgressDialog::QProgressDialog;
    void reject() override { Q_EMIT canceled(); }
};

} // namespace

HallPreparation::HallPreparation(QWidget *window) : QObject(window), m_window(window)
{
    m_poll.setInterval(kPollMilliseconds);
    connect(&m_poll, &QTimer::timeout, this, &HallPreparation::poll);
}

HallPreparation::~HallPreparation()
{
    m_poll.stop();
    delete m_dialog;
    // m_preparation goes first (members in reverse order): its destructor cancels and waits
    // for the pages in flight, then the pool they ran on may go.
}

void HallPreparation::start(Library &library, Id meetingId)
{
    if (m_running) {
        if (m_dialog) {
            m_dialog->show();
            m_dialog->raise();
            m_dialog->activateWindow();
        }
        return;
    }
    // What may throw comes first, so that a catalog error leaves nothing half started.
    std::shared_ptr<PageImages> images = library.pageImages();
    QList<PrepareJob> jobs = Preparation::jobsFor(library.catalog(), library.store(), meetingId);
    if (jobs.isEmpty()) {
        Q_EMIT finished(tr("This meeting has no PDF pages to prepare."), {});
        return;
    }

    // The previous run's Preparation, kept since it finished (see finish()), goes before the
    // pool it used may be replaced.
    m_preparation.reset();
    m_images = std::move(images);
    m_preparation = std::make_unique<Preparation>(m_images->pool, std::move(jobs));
    const int total = m_preparation->total();

    auto *dialog = new PreparationDialog(m_window);
    dialog->setObjectName(QStringLiteral("hallPreparation"));
    dialog->setWindowTitle(tr("Prepare for the hall"));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setLabelText(tr("Preparing page images: %1 of %2").arg(0).arg(total));
    auto *cancel = new QPushButton(tr("Cancel"), dialog);
    dialog->setCancelButton(cancel);
    // The dialog would hide itself on Cancel; it stays until the pages in flight are back,
    // saying so, and closes in finish().
    disconnect(dialog, &QProgressDialog::canceled, dialog, &QProgressDialog::cancel);
    connect(dialog, &QProgressDialog::canceled, this, &HallPreparation::stop);
    dialog->setAutoReset(false);
    dialog->setAutoClose(false);
    dialog->setRange(0, total);
    dialog->setMinimumDuration(kShowAfterMilliseconds);
    dialog->setValue(0); // starts the minimum-duration clock
    m_dialog = dialog;
    m_cancel = cancel;

    m_running = true;
    m_stopping = false;
    // Cached images are answered inside start(), on this thread; the others on the workers.
    m_preparation->start();
    m_poll.start();
}

void HallPreparation::poll()
{
    if (!m_running)
        return;
    if (m_preparation->finished()) {
        finish();
        return;
    }
    const int done = m_preparation->done();
    if (m_dialog) {
        if (!m_stopping)
            m_dialog->setLabelText(
                tr("Preparing page images: %1 of %2").arg(done).arg(m_preparation->total()));
        // A window-modal dialog processes events in setValue(): Cancel reaches stop() from
        // here too, which only flags the Preparation.
        m_dialog->setValue(done);
    }
}

void HallPreparation::stop()
{
    if (!m_running || m_stopping)
        return;
    m_stopping = true;
    m_preparation->cancel();
    if (m_cancel)
        m_cancel->setEnabled(false);
    if (m_dialog)
        m_dialog->setLabelText(tr("Stopping: waiting for the pages being drawn now…"));
}

void HallPreparation::finish()
{
    m_poll.stop();
    m_running = false;
    // Only the poll timer gets here, never the dialog's own code: it can go at once.
    delete m_dialog;
    // The Preparation itself stays until the next run or the window goes: the worker that
    // answered the last page still signals the Preparation's condition variable just after
    // finished() turned true.
    const int total = m_preparation->total();
    const int done = m_preparation->done();
    const int failed = m_preparation->failed();
    const int ready = done - failed;
    QString reason = m_preparation->lastError();
    if (reason.isEmpty())
        reason = tr("no reason given");

    QString report;
    if (m_stopping)
        report =
            tr("Preparing for the hall stopped: %1 of %2 page images ready.").arg(ready).arg(total);
    else if (failed == 0)
        report = tr("%n page image(s) ready for the hall.", nullptr, ready);
    else
        report =
            tr("%n page image(s) ready for the hall (%1 could not be drawn: %2).", nullptr, ready)
                .arg(failed)
                .arg(reason);
    QString problem;
    if (failed > 0)
        problem = tr("%n page image(s) could not be drawn: %1\nPhones will ask for them when "
                     "delegates open those pages, as without preparing.",
                     nullptr, failed)
                      .arg(reason);
    Q_EMIT finished(report, problem);
}

} // namespace docket
