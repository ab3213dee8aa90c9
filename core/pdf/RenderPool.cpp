// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf/RenderPool.h"

#include "pdf/ChildProcess.h"
#include "pdf/ChildProgram.h"
#include "pdf/PageRenderer.h"
#include "pdf/RenderWorker.h"
#include "pdf/TextFlow.h"
#include "util/Error.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMutex>

#include <algorithm>

namespace docket {

namespace {

// A timeout counts against the page only if the worker really worked for a good part of the
// time: starved by other programs on a swamped laptop, it says nothing about the page.
constexpr double kBusyShareForBlame = 0.25;
constexpr int kMaxDocumentsRemembered = 4096;

// Said once a minute at most: with the disk full, every page drawn would say it again.
void warnDiskRefused(const QString &problem)
{
    static QMutex mutex;
    static QElapsedTimer lastSaid;
    {
        const QMutexLocker lock(&mutex);
        if (lastSaid.isValid() && lastSaid.elapsed() < 60000)
            return;
        lastSaid.start();
    }
    qWarning("%s (page images are kept in memory meanwhile)", qUtf8Printable(problem));
}

PageOutcome failed(const QString &error)
{
    PageOutcome outcome;
    outcome.error = error;
    return outcome;
}

PageOutcome stopping()
{
    PageOutcome outcome;
    outcome.busy = true;
    outcome.error = RenderPool::tr("Docket is shutting down.");
    return outcome;
}

} // namespace

RenderPool::RenderPool(PageCache &cache, PageFailures *failures, int workers,
                       const RenderLimits &limits)
    : m_cache(cache), m_failures(failures), m_limits(limits),
      m_program(ChildProgram::get(ChildProgram::Use::Rendering))
{
    m_clock.start();
    const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    const int count = workers <= 0 ? cores : std::min(workers, cores);
    for (int i = 0; i < count; ++i)
        m_slots.push_back(std::make_unique<Slot>());
    for (const std::unique_ptr<Slot> &slot : m_slots)
        slot->thread = std::thread([this, one = slot.get()] { work(*one); });
}

RenderPool::~RenderPool()
{
    stop();
}

void RenderPool::stop()
{
    std::vector<std::vector<Done>> abandoned;
    {
        const std::lock_guard lock(m_mutex);
        if (!m_stopping) {
            m_stopping = true;
            for (DocumentTurn &turn : m_documents) {
                for (const Job &job : turn.jobs)
                    abandoned.push_back(m_waiting.take(job.key.text()));
                turn.jobs.clear();
            }
            m_turns.clear();
            m_queued = 0;
            m_queuedByClient.clear();
            // Whatever they draw: a page in progress is answered as busy by its thread.
            for (const std::unique_ptr<Slot> &slot : m_slots)
                if (slot->worker)
                    slot->worker->kill();
        }
    }
    m_wake.notify_all();
    const PageOutcome outcome = stopping();
    for (const std::vector<Done> &waiters : abandoned)
        for (const Done &done : waiters)
            done(outcome);
    for (const std::unique_ptr<Slot> &slot : m_slots)
        if (slot->thread.joinable() && slot->thread.get_id() != std::this_thread::get_id())
            slot->thread.join();
}

void RenderPool::warmUp()
{
    {
        const std::lock_guard lock(m_mutex);
        m_warm = true;
    }
    m_wake.notify_all();
}

std::vector<pid_t> RenderPool::workerPids() const
{
    const std::lock_guard lock(m_mutex);
    std::vector<pid_t> pids;
    for (const std::unique_ptr<Slot> &slot : m_slots)
        if (slot->worker)
            pids.push_back(slot->worker->pid());
    return pids;
}

void RenderPool::request(const PageKey &key, const QString &pdfPath, const QByteArray &client,
                         Done done)
{
    if (auto cached = m_cache.find(key)) {
        done(PageOutcome{std::move(cached), {}, {}, false});
        return;
    }
    if (m_failures) {
        if (auto known = m_failures->find(key)) {
            PageOutcome outcome;
            outcome.failure = known;
            outcome.error =
                tr("Page %1 could not be drawn before, so it is not tried again.").arg(key.page);
            done(outcome);
            return;
        }
    }
    const QString name = key.text();
    {
        std::unique_lock lock(m_mutex);
        m_warm = true;
        // Looked up again under the lock: a worker may have stored it meanwhile, and then it
        // no longer counts as waiting.
        if (auto it = m_waiting.find(name); it != m_waiting.end()) {
            it->push_back(std::move(done));
            return;
        }
        if (auto cached = m_cache.find(key)) {
            lock.unlock();
            done(PageOutcome{std::move(cached), {}, {}, false});
            return;
        }
        const auto queuedOf = [&](const QString &document) {
            const auto turn = m_documents.constFind(document);
            return turn == m_documents.cend() ? 0 : static_cast<int>(turn->jobs.size());
        };
        if (m_stopping || m_queued >= kMaxQueued ||
            m_queuedByClient.value(client) >= kMaxQueuedPerClient ||
            queuedOf(key.sha256) >= kMaxQueuedPerDocument) {
            const bool stopped = m_stopping;
            lock.unlock();
            PageOutcome busy = stopped ? stopping() : PageOutcome{};
            busy.busy = true;
            if (!stopped)
                busy.error = tr("Too many pages are being prepared.");
            done(busy);
            return;
        }
        m_waiting[name].push_back(std::move(done));
        DocumentTurn &turn = m_documents[key.sha256];
        if (turn.jobs.empty())
            m_turns.push_back(key.sha256);
        turn.jobs.push_back({key, pdfPath, client});
        ++m_queued;
        ++m_queuedByClient[client];
    }
    m_wake.notify_all();
}

int RenderPool::capLocked(const QString &document) const
{
    // A document is held to all workers but one, so that another document's pages always
    // find a worker, unless its last few pages came back quick and nothing of it has been
    // running long now. Then it may use them all, and another document waits at most for one
    // quick page.
    std::vector<qint64> runningFor;
    if (const auto it = m_documents.constFind(document); it != m_documents.cend())
        for (const qint64 started : it->running)
            runningFor.push_back(m_clock.elapsed() - started);
    const auto recent = m_recent.constFind(document);
    const bool quick = recent != m_recent.cend() && recent->quick(kLightMilliseconds);
    return workerCap(workerCount(), quick, runningFor, kLightMilliseconds);
}

bool RenderPool::pickLocked(Job &job)
{
    // Documents take turns (round robin), not first come first served: a phone opening one
    // page of a short paper is not queued behind the forty pages another phone asked for.
    for (auto it = m_turns.begin(); it != m_turns.end(); ++it) {
        const QString document = *it;
        DocumentTurn &turn = m_documents[document];
        if (turn.jobs.empty() || static_cast<int>(turn.running.size()) >= capLocked(document))
            continue;
        job = std::move(turn.jobs.front());
        turn.jobs.pop_front();
        --m_queued;
        if (auto client = m_queuedByClient.find(job.client);
            client != m_queuedByClient.end() && --*client <= 0)
            m_queuedByClient.erase(client);
        turn.running.push_back(m_clock.elapsed());
        m_turns.erase(it);
        if (!turn.jobs.empty())
            m_turns.push_back(document);
        return true;
    }
    return false;
}

void RenderPool::work(Slot &slot)
{
    for (;;) {
        Job job;
        bool haveJob = false;
        {
            std::unique_lock lock(m_mutex);
            for (;;) {
                if (m_stopping)
                    break;
                if (pickLocked(job)) {
                    haveJob = true;
                    break;
                }
                if (m_warm && !slot.worker && !slot.spawnFailed)
                    break;
                m_wake.wait(lock);
            }
            if (m_stopping && !haveJob) {
                lock.unlock();
                retire(slot);
                return;
            }
        }
        if (!haveJob) {
            spawn(slot);
            continue;
        }
        ++m_rendersStarted;
        const qint64 started = m_clock.elapsed();
        bool blame = false;
        PageOutcome outcome = render(slot, job, &blame);
        const qint64 took = m_clock.elapsed() - started;
        std::vector<Done> waiters;
        {
            std::unique_lock lock(m_mutex);
            // Killed by stop(): not the page's doing, and nothing to remember.
            if (m_stopping && !outcome.page) {
                outcome = stopping();
                blame = false;
            }
            if (blame && m_failures) {
                lock.unlock(); // a file write; stop() meanwhile only finds this page gone
                m_failures->remember(job.key, *outcome.failure);
                lock.lock();
            }
            const QString &document = job.key.sha256;
            if (auto it = m_documents.find(document); it != m_documents.end()) {
                auto &running = it->running;
                if (!running.empty())
                    running.erase(std::min_element(running.begin(), running.end()));
                if (it->jobs.empty() && running.empty())
                    m_documents.erase(it);
            }
            if (m_recent.size() > kMaxDocumentsRemembered && !m_recent.contains(document))
                m_recent.clear();
            // Killed by stop() says nothing about the document.
            if (!outcome.busy)
                m_recent[document].record(took, outcome.page.has_value());
            waiters = m_waiting.take(job.key.text());
        }
        m_wake.notify_all();
        for (const Done &done : waiters)
            done(outcome);
    }
}

// Only ever on the slot's own thread (work() and render()): a worker's parent-death signal
// fires when the thread that started it ends (see ChildProcess), and this thread lives as long
// as the worker it starts.
void RenderPool::spawn(Slot &slot)
{
    std::unique_ptr<ChildProcess> worker;
    bool failedToStart = false;
    try {
        worker = std::make_unique<ChildProcess>(
            m_program, ChildProgram::command(ChildProgram::Use::Rendering),
            ChildLimits{m_limits.memoryBytes, 0}, ChildProcess::Channel::Duplex);
    } catch (const Error &error) {
        qWarning("%s", qUtf8Printable(error.message()));
        failedToStart = true;
    }
    const std::lock_guard lock(m_mutex);
    slot.spawnFailed = failedToStart;
    if (!m_stopping)
        slot.worker = std::move(worker);
    // Else the new worker goes with `worker`, after the lock: stop() did not see it.
}

void RenderPool::retire(Slot &slot)
{
    std::unique_ptr<ChildProcess> old;
    {
        const std::lock_guard lock(m_mutex);
        old = std::move(slot.worker);
    }
    // Killed and reaped here, outside the lock.
}

PageOutcome RenderPool::render(Slot &slot, const Job &job, bool *blame)
{
    if (m_program.isEmpty())
        return failed(tr("Page images cannot be drawn: the docket-cli program that draws them "
                         "was not found."));
    // A worker may have died while idle (the system's memory killer, say): that is not this
    // page's doing, so it gets one fresh worker before anything is blamed on it.
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (!slot.worker)
            spawn(slot);
        if (!slot.worker)
            return failed(tr("Page images cannot be drawn: the program that draws them does "
                             "not start."));
        bool retireWorker = false;
        bool neverTookIt = false;
        PageOutcome outcome = drawOn(*slot.worker, job, &retireWorker, &neverTookIt, blame);
        if (retireWorker) {
            retire(slot);
            if (!neverTookIt)
                ++m_workersReplaced;
        }
        if (!neverTookIt)
            return outcome;
    }
    return failed(tr("Page images cannot be drawn: the program that draws them stops at once."));
}

PageOutcome RenderPool::drawOn(ChildProcess &worker, const Job &job, bool *retireWorker,
                               bool *neverTookIt, bool *blame)
{
    const QDeadlineTimer deadline(m_limits.pageMilliseconds);
    const double cpuBefore = worker.cpuSeconds();
    if (!worker.writeAll(
            renderprotocol::request(job.pdfPath, job.key.page, job.key.width, job.key.webp),
            deadline)) {
        *retireWorker = true;
        *neverTookIt = true;
        return {};
    }

    // Whatever goes wrong from here on ends this worker: it is killed (if it still runs) and
    // a fresh one takes the next page.
    const auto breach = [&]() -> PageOutcome {
        *retireWorker = true;
        const bool timedOut = deadline.hasExpired();
        const double worked = worker.cpuSeconds() - cpuBefore;
        worker.kill();
        const ChildProcess::Exit exit = worker.wait();
        PageFailure failure;
        PageOutcome outcome;
        if (timedOut) {
            failure.kind = PageFailure::Kind::Timeout;
            const int seconds = std::max(1, m_limits.pageMilliseconds / 1000);
            outcome.error = tr("Page %1 took longer than %n second(s) to draw.", nullptr, seconds)
                                .arg(job.key.page);
            outcome.failure = failure;
            *blame = worked >= kBusyShareForBlame * m_limits.pageMilliseconds / 1000.0;
            return outcome;
        }
        if (!exit.signalled) {
            // It exited by itself without answering (an old docket-cli without render-worker,
            // a broken installation): the program's fault, not the page's.
            *neverTookIt = exit.code == 127;
            return failed(tr("Page images cannot be drawn: the program that draws them "
                             "stopped (status %1).")
                              .arg(exit.code));
        }
        if (worker.ranOutOfMemory()) {
            failure.kind = PageFailure::Kind::Memory;
            outcome.error = tr("Page %1 needed more than %2 of memory to draw.")
                                .arg(job.key.page)
                                .arg(QLocale().formattedDataSize(m_limits.memoryBytes));
        } else {
            failure.kind = PageFailure::Kind::Crash;
            outcome.error =
                tr("Page %1 made the program that draws pages crash.").arg(job.key.page);
        }
        outcome.failure = failure;
        *blame = true;
        return outcome;
    };

    char length[4];
    if (!worker.readExactly(length, 4, deadline))
        return breach();
    const quint32 headerSize = renderprotocol::length(length);
    if (headerSize > renderprotocol::kMaxHeader) {
        *retireWorker = true;
        return failed(tr("The program that draws pages answered nonsense."));
    }
    QByteArray header(static_cast<qsizetype>(headerSize), Qt::Uninitialized);
    if (!worker.readExactly(header.data(), headerSize, deadline))
        return breach();
    const QJsonObject answer = QJsonDocument::fromJson(header).object();
    if (!answer.value(QStringLiteral("ok")).toBool()) {
        const QString kind = answer.value(QStringLiteral("kind")).toString();
        const QString message = answer.value(QStringLiteral("message")).toString();
        if (kind == u"missing")
            return failed(tr("The stored file %1 cannot be read.")
                              .arg(QDir::toNativeSeparators(job.pdfPath)));
        PageFailure failure;
        failure.detail = message;
        PageOutcome outcome;
        if (kind == u"memory") {
            *retireWorker = true; // it leaves by itself after saying so
            failure.kind = PageFailure::Kind::Memory;
            outcome.error = tr("Page %1 needed more than %2 of memory to draw.")
                                .arg(job.key.page)
                                .arg(QLocale().formattedDataSize(m_limits.memoryBytes));
        } else {
            failure.kind = PageFailure::Kind::Unreadable;
            outcome.error = message.isEmpty()
                                ? tr("Page %1 of the PDF could not be drawn.").arg(job.key.page)
                                : message;
        }
        outcome.failure = failure;
        *blame = true;
        return outcome;
    }
    if (!worker.readExactly(length, 4, deadline))
        return breach();
    const quint32 imageSize = renderprotocol::length(length);
    if (imageSize > renderprotocol::kMaxImage) {
        *retireWorker = true;
        return failed(tr("The program that draws pages answered nonsense."));
    }
    QByteArray image(static_cast<qsizetype>(imageSize), Qt::Uninitialized);
    if (!worker.readExactly(image.data(), imageSize, deadline))
        return breach();
    QByteArray mimeType = answer.value(QStringLiteral("mimeType")).toString().toLatin1();
    if (job.key.width == PageRenderer::kTextWidth || job.key.width == PageRenderer::kOutlineWidth) {
        // What the worker read of the file, checked and escaped here: a worker that a PDF took
        // over can say nonsense, never put markup on a phone's page.
        std::optional<QByteArray> fragment;
        if (job.key.width == PageRenderer::kTextWidth) {
            if (const auto blocks = textflow::fromJson(image))
                fragment = textflow::html(*blocks);
        } else if (const auto entries = textflow::outlineFromJson(image)) {
            fragment = textflow::outlineHtml(*entries);
        }
        if (!fragment) {
            *retireWorker = true;
            return failed(tr("The program that draws pages answered nonsense."));
        }
        image = *fragment;
        mimeType = "text/html; charset=utf-8";
    } else if (mimeType != "image/png" && mimeType != "image/webp") {
        mimeType = "image/jpeg";
    }
    PageOutcome outcome;
    // Kept in memory when the disk refuses it (full): answered all the same.
    QString refused;
    outcome.page = m_cache.store(job.key, image, mimeType, &refused);
    if (!refused.isEmpty())
        warnDiskRefused(refused);
    return outcome;
}

} // namespace docket
