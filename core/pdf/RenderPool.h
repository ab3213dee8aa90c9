// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pdf/PageCache.h"

#include <QString>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace docket {

// The outcome of asking for a page image: where it is, or why there is none.
struct PageOutcome
{
    std::optional<CachedPage> page;
    QString error;     // translated; set when page is empty
    bool busy = false; // refused because too many distinct pages wait: try again shortly
};

// Renders page images off the request path: a fixed set of worker threads (never more than
// the machine has cores), fed by a bounded queue, with single flight: however many phones ask
// for the same uncached page at once, it is rendered once and every one of them is answered.
class RenderPool
{
public:
    using Done = std::function<void(const PageOutcome &)>;
    static constexpr int kMaxQueued = 512; // distinct pages waiting; more are refused as busy

    // workers <= 0: one per core.
    explicit RenderPool(PageCache &cache, int workers = 0);
    ~RenderPool(); // finishes the render in progress, answers the queued ones as errors

    // Calls `done` exactly once: at once on the caller's thread when the image is cached (or
    // the queue is full), else on a worker thread when it is ready.
    void request(const PageKey &key, const QString &pdfPath, Done done);

    int workerCount() const { return static_cast<int>(m_threads.size()); }
    // Renders begun since start: the single-flight tests and the benchmark read it.
    int rendersStarted() const { return m_rendersStarted.load(); }
    PageCache &cache() { return m_cache; }

private:
    struct Job
    {
        PageKey key;
        QString pdfPath;
    };
    void work();

    PageCache &m_cache;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_queue;
    QHash<QString, std::vector<Done>> m_waiting; // key text -> everyone asking for it
    bool m_stopping = false;
    std::atomic<int> m_rendersStarted{0};
    std::vector<std::thread> m_threads;
};

// A library's page images: the cache on disk and the pool that fills it, made and dropped
// together (the pool's workers use the cache until the pool is gone).
struct PageImages
{
    explicit PageImages(const QString &cacheFolder,
                        std::int64_t cacheLimit = PageCache::kDefaultLimit, int workers = 0)
        : cache(cacheFolder, cacheLimit), pool(cache, workers)
    {}
    PageCache cache;
    RenderPool pool;
};

} // namespace docket
