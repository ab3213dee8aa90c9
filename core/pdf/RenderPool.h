// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pdf/PageCache.h"
#include "pdf/PageFailures.h"
#include "pdf/RenderFairness.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace docket {

class ChildProcess;

// The outcome of asking for a page image: where it is, or why there is none.
struct PageOutcome
{
    std::optional<CachedPage> page;
    // The page cannot be drawn (it took a worker to a limit, or Poppler cannot draw it): phones
    // get the placeholder. Remembered in PageFailures, except a timeout while the machine was
    // too busy to give the worker its share.
    std::optional<PageFailure> failure;
    QString error;     // translated; set when page is empty
    bool busy = false; // refused because too many distinct pages wait, or stopping: try again
};

struct RenderLimits
{
    std::int64_t memoryBytes = 1LL << 30; // address space of each worker
    int pageMilliseconds = 10000;         // to draw one page, the worker's start included
};

// Draws page images in a few long-lived worker processes (`docket-cli render-worker`, never
// more than the machine has cores), never in this process: a PDF that eats memory or takes
// minutes costs one worker, which is killed at its limit and replaced, never the server. Fed
// by a bounded queue with single flight: however many phones ask for the same uncached page
// at once, it is drawn once and every one of them is answered. Documents take turns, and one
// document never holds every worker while another one's pages wait (see pick()).
class RenderPool
{
    Q_DECLARE_TR_FUNCTIONS(RenderPool)

public:
    using Done = std::function<void(const PageOutcome &)>;
    static constexpr int kMaxQueued = 512; // distinct pages waiting; more are refused as busy
    // Of those, from one client (an address; an IPv6 /64) and of one document: one phone, or
    // one document's forty pages asked at every width, can never fill the queue and leave the
    // rest of the hall with "busy". A client's bound is generous: a hall behind one router's
    // NAT is one client, though phones there mostly ask for the same pages (asked once).
    static constexpr int kMaxQueuedPerClient = 64;
    static constexpr int kMaxQueuedPerDocument = 128;
    // A document whose last few pages (RecentPages) each took less than this may use every
    // worker.
    static constexpr int kLightMilliseconds = 1000;

    // The docket-cli whose `render-worker` draws the pages is ChildProgram::get(Use::Rendering),
    // read when the pool is made. Empty: nothing can be drawn, and every page image is
    // answered as an error.

    // workers <= 0: one per core. `failures` may be null (nothing is remembered).
    RenderPool(PageCache &cache, PageFailures *failures, int workers = 0,
               const RenderLimits &limits = {});
    ~RenderPool(); // stop()
    RenderPool(const RenderPool &) = delete;
    RenderPool &operator=(const RenderPool &) = delete;

    // Calls `done` exactly once: at once on the caller's thread when the image is cached,
    // known to fail, or refused, else on a pool thread when it is ready. `client` is who asks
    // (server/GuessLimiter's clientKey of the phone's address), empty for Docket itself.
    void request(const PageKey &key, const QString &pdfPath, const QByteArray &client, Done done);
    void request(const PageKey &key, const QString &pdfPath, Done done)
    {
        request(key, pdfPath, {}, std::move(done));
    }
    // Starts the worker processes now rather than at the first request, so that the first
    // phone does not wait for a process to start.
    void warmUp();
    // Kills the workers, whatever they draw, and answers everything waiting as busy; returns
    // within a few milliseconds. Later requests are refused as busy.
    void stop();

    int workerCount() const { return static_cast<int>(m_slots.size()); }
    // Renders begun since start: the single-flight tests and the benchmark read it.
    int rendersStarted() const { return m_rendersStarted.load(); }
    // Worker processes replaced after a breach or a crash.
    int workersReplaced() const { return m_workersReplaced.load(); }
    std::vector<pid_t> workerPids() const;
    PageCache &cache() { return m_cache; }
    PageFailures *failures() { return m_failures; }
    const RenderLimits &limits() const { return m_limits; }

private:
    struct Job
    {
        PageKey key;
        QString pdfPath;
        QByteArray client; // who asked first: counted against that client while it waits
    };
    struct Slot
    {
        std::unique_ptr<ChildProcess> worker; // replaced under m_mutex, used by its thread only
        bool spawnFailed = false;
        std::thread thread;
    };
    // The pages of one document (one content hash) waiting, and its workers busy on it.
    struct DocumentTurn
    {
        std::deque<Job> jobs;
        std::vector<qint64> running; // when each of its pages being drawn started (m_clock)
    };

    void work(Slot &slot);
    bool pickLocked(Job &job);
    int capLocked(const QString &document) const;
    // `blame`: the failure is the page's own, to be remembered.
    PageOutcome render(Slot &slot, const Job &job, bool *blame);
    PageOutcome drawOn(ChildProcess &worker, const Job &job, bool *retireWorker, bool *neverTookIt,
                       bool *blame);
    void spawn(Slot &slot);
    void retire(Slot &slot);

    PageCache &m_cache;
    PageFailures *m_failures;
    RenderLimits m_limits;
    QString m_program;
    QElapsedTimer m_clock;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    QHash<QString, DocumentTurn> m_documents; // by content hash: what waits and what runs
    std::deque<QString> m_turns;              // documents with pages waiting, next first
    QHash<QString, RecentPages> m_recent;     // documents' last pages: quick or not
    int m_queued = 0;
    QHash<QByteArray, int> m_queuedByClient;     // jobs waiting, by the client that asked first
    QHash<QString, std::vector<Done>> m_waiting; // key text -> everyone asking for it
    bool m_stopping = false;
    bool m_warm = false;
    std::atomic<int> m_rendersStarted{0};
    std::atomic<int> m_workersReplaced{0};
    std::vector<std::unique_ptr<Slot>> m_slots;
};

// A library's page images: the cache on disk, the failures beside it and the pool that fills
// them, made and dropped together (the pool's workers use the cache until the pool is gone).
struct PageImages
{
    PageImages(const QString &cacheFolder, std::shared_ptr<PageFailures> pageFailures,
               std::int64_t cacheLimit = PageCache::kDefaultLimit, int workers = 0,
               const RenderLimits &limits = {})
        : cache(cacheFolder, cacheLimit), failures(std::move(pageFailures)),
          pool(cache, failures.get(), workers, limits)
    {}
    PageCache cache;
    std::shared_ptr<PageFailures> failures;
    RenderPool pool;
};

} // namespace docket
