// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf/RenderPool.h"

#include "pdf/PageRenderer.h"
#include "util/Error.h"

#include <QCoreApplication>

#include <algorithm>

namespace docket {

RenderPool::RenderPool(PageCache &cache, int workers) : m_cache(cache)
{
    const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    const int count = workers <= 0 ? cores : std::min(workers, cores);
    for (int i = 0; i < count; ++i)
        m_threads.emplace_back([this] { work(); });
}

RenderPool::~RenderPool()
{
    std::deque<Job> abandoned;
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
        abandoned.swap(m_queue);
    }
    m_wake.notify_all();
    for (std::thread &thread : m_threads)
        thread.join();
    PageOutcome stopped;
    stopped.error = QCoreApplication::translate("RenderPool", "Docket is shutting down.");
    for (const Job &job : abandoned)
        for (const Done &done : m_waiting.take(job.key.text()))
            done(stopped);
}

void RenderPool::request(const PageKey &key, const QString &pdfPath, Done done)
{
    if (auto cached = m_cache.find(key)) {
        done(PageOutcome{std::move(cached), {}, false});
        return;
    }
    const QString name = key.text();
    {
        std::unique_lock lock(m_mutex);
        // Looked up again under the lock: a worker may have stored it meanwhile, and then it
        // no longer counts as waiting.
        if (auto it = m_waiting.find(name); it != m_waiting.end()) {
            it->push_back(std::move(done));
            return;
        }
        if (auto cached = m_cache.find(key)) {
            lock.unlock();
            done(PageOutcome{std::move(cached), {}, false});
            return;
        }
        if (m_stopping || m_queue.size() >= static_cast<size_t>(kMaxQueued)) {
            lock.unlock();
            PageOutcome busy;
            busy.busy = true;
            busy.error =
                QCoreApplication::translate("RenderPool", "Too many pages are being prepared.");
            done(busy);
            return;
        }
        m_waiting[name].push_back(std::move(done));
        m_queue.push_back({key, pdfPath});
    }
    m_wake.notify_one();
}

void RenderPool::work()
{
    for (;;) {
        Job job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_stopping)
                return;
            job = std::move(m_queue.front());
            m_queue.pop_front();
        }
        ++m_rendersStarted;
        PageOutcome outcome;
        try {
            const RenderedPage rendered =
                PageRenderer::render(job.pdfPath, job.key.page, job.key.width);
            outcome.page = m_cache.store(job.key, rendered.bytes, rendered.mimeType);
        } catch (const Error &error) {
            outcome.error = error.message();
        } catch (const std::exception &error) {
            outcome.error = QString::fromLocal8Bit(error.what());
        }
        std::vector<Done> waiters;
        {
            const std::lock_guard lock(m_mutex);
            waiters = m_waiting.take(job.key.text());
        }
        for (const Done &done : waiters)
            done(outcome);
    }
}

} // namespace docket
