// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf/Preparation.h"

#include "catalog/Catalog.h"
#include "pdf/PageRenderer.h"
#include "store/BlobStore.h"

#include <algorithm>
#include <chrono>

namespace docket {

QList<PrepareJob> Preparation::jobsFor(Catalog &catalog, const BlobStore &store, Id meetingId)
{
    struct Readable
    {
        QString sha256;
        QString path;
        int pages = 0;
    };
    QList<Readable> readable;
    catalog.consistently([&] {
        for (const AgendaItem &item : catalog.items(meetingId))
            for (const Document &doc : catalog.documents(item.id))
                if (const auto reading = doc.reading())
                    readable.append(
                        {reading->sha256, store.pathFor(reading->sha256), reading->pages});
    });
    QList<PrepareJob> jobs;
    // What the phones of the hall ask for: the reader's WebP (every phone browser of the last
    // years takes it; the PNG/JPEG for the others is drawn when one asks), at 720 px for a 2x
    // screen and 1080 px for a 3x one (the srcset). The thumbnails first: the item pages show
    // them all at once.
    for (const Readable &doc : readable)
        jobs.append({PageKey{doc.sha256, 1, PageRenderer::kThumbnailWidth, true}, doc.path});
    // Then the pages, one of each document in turn: the render pool holds one document to all
    // its workers but one until it has proven quick, so pages of two documents keep them all
    // busy where forty pages of one would not.
    int maxPages = 0;
    for (const Readable &doc : readable)
        maxPages = std::max(maxPages, doc.pages);
    for (int page = 1; page <= maxPages; ++page)
        for (const int width : {PageRenderer::kSmallPhoneWidth, PageRenderer::kPhoneWidth})
            for (const Readable &doc : readable)
                if (page <= doc.pages)
                    jobs.append({PageKey{doc.sha256, page, width, true}, doc.path});
    return jobs;
}

Preparation::Preparation(RenderPool &pool, QList<PrepareJob> jobs)
    : m_pool(pool), m_jobs(std::move(jobs))
{}

Preparation::~Preparation()
{
    cancel();
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_inFlight == 0; });
}

void Preparation::start()
{
    const std::lock_guard lock(m_mutex);
    submitLocked();
}

void Preparation::submitLocked()
{
    // Cached pages are answered inside request(), on this thread: the loop below goes on with
    // them instead of recursing once per page.
    if (m_submitting)
        return;
    m_submitting = true;
    const int window = std::max(1, m_pool.workerCount());
    while (!m_cancelled && m_inFlight < window && m_next < m_jobs.size()) {
        const PrepareJob job = m_jobs[m_next++];
        ++m_inFlight;
        // The pool may answer at once (cached): without the lock, since that lands here again.
        m_mutex.unlock();
        m_pool.request(job.key, job.pdfPath,
                       [this](const PageOutcome &outcome) { finishedOne(outcome); });
        m_mutex.lock();
    }
    m_submitting = false;
}

void Preparation::finishedOne(const PageOutcome &outcome)
{
    std::unique_lock lock(m_mutex);
    --m_inFlight;
    ++m_done;
    // A busy pool (phones filled its queue) counts as a failure too: the page is then drawn
    // when a phone asks for it, as without preparation.
    if (!outcome.page) {
        ++m_failed;
        m_lastError = outcome.error;
    }
    submitLocked();
    // Under the lock: once it is released a waiter may see the work finished and destroy this.
    m_changed.notify_all();
}

void Preparation::cancel()
{
    const std::lock_guard lock(m_mutex);
    m_cancelled = true;
}

bool Preparation::waitFor(int milliseconds)
{
    std::unique_lock lock(m_mutex);
    return m_changed.wait_for(lock, std::chrono::milliseconds(milliseconds), [this] {
        return m_inFlight == 0 && (m_cancelled || m_next >= m_jobs.size());
    });
}

int Preparation::done() const
{
    const std::lock_guard lock(m_mutex);
    return m_done;
}

int Preparation::failed() const
{
    const std::lock_guard lock(m_mutex);
    return m_failed;
}

bool Preparation::finished() const
{
    const std::lock_guard lock(m_mutex);
    return m_inFlight == 0 && (m_cancelled || m_next >= m_jobs.size());
}

QString Preparation::lastError() const
{
    const std::lock_guard lock(m_mutex);
    return m_lastError;
}

} // namespace docket
