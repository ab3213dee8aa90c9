// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/LogRelay.h"

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <utility>

namespace docket {

// A bounded queue of typed submissions from the server's request threads, worked off one at a
// time by a thread of its own, so that slow work a phone asked for (checking a PIN today;
// later a check-in or a survey answer) never runs on a request thread. Submitting never
// blocks: a full queue says so at once and the request is answered "busy" straight away.
// Stopping finishes the submission in hand and hands every waiting one to `dropped`, so that
// whoever waits for an answer gets one. Work that throws (OpenSSL failing in the PIN hash, a
// bug) is handed to `dropped` too and said once to the log relay: the thread goes on with the
// next submission, where an exception escaping it would end the whole program in the middle
// of a meeting (std::terminate).
template <typename Submission> class SubmissionQueue
{
public:
    using Handler = std::function<void(Submission &)>;

    SubmissionQueue(std::size_t capacity, Handler work, Handler dropped)
        : m_capacity(capacity), m_work(std::move(work)), m_dropped(std::move(dropped)),
          m_thread([this] { run(); })
    {}
    ~SubmissionQueue() { stop(); }
    SubmissionQueue(const SubmissionQueue &) = delete;
    SubmissionQueue &operator=(const SubmissionQueue &) = delete;

    // False, and `submission` untouched, when the queue is full or stopping.
    bool trySubmit(Submission &submission)
    {
        {
            const std::lock_guard lock(m_mutex);
            if (m_stopping || m_queue.size() >= m_capacity)
                return false;
            m_queue.push_back(std::move(submission));
        }
        m_wake.notify_one();
        return true;
    }

    void stop()
    {
        std::deque<Submission> left;
        {
            const std::lock_guard lock(m_mutex);
            if (m_stopping && !m_thread.joinable())
                return;
            m_stopping = true;
            left.swap(m_queue);
        }
        m_wake.notify_one();
        if (m_thread.joinable())
            m_thread.join();
        for (Submission &submission : left)
            m_dropped(submission);
    }

    std::size_t waiting() const
    {
        const std::lock_guard lock(m_mutex);
        return m_queue.size();
    }
    std::size_t capacity() const { return m_capacity; }
    // Submissions whose work threw, since the start.
    std::uint64_t failures() const { return m_failures.load(std::memory_order_relaxed); }

private:
    void run()
    {
        for (;;) {
            Submission submission;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
                if (m_stopping)
                    return;
                submission = std::move(m_queue.front());
                m_queue.pop_front();
            }
            try {
                m_work(submission);
            } catch (const std::exception &error) {
                failed(submission, error.what());
            } catch (...) {
                failed(submission, "unknown error");
            }
        }
    }

    void failed(Submission &submission, const char *what)
    {
        m_failures.fetch_add(1, std::memory_order_relaxed);
        LogRelay::library().post(QByteArray("a submission could not be handled: ").append(what));
        try {
            m_dropped(submission);
        } catch (...) {
            // Whoever waited gets no answer; their connection's deadline ends it.
        }
    }

    const std::size_t m_capacity;
    const Handler m_work;
    const Handler m_dropped;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Submission> m_queue;
    bool m_stopping = false;
    std::atomic<std::uint64_t> m_failures{0};
    std::thread m_thread; // last: it starts once everything above exists
};

} // namespace docket
