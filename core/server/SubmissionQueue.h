// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
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
// whoever waits for an answer gets one.
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
            m_work(submission);
        }
    }

    const std::size_t m_capacity;
    const Handler m_work;
    const Handler m_dropped;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Submission> m_queue;
    bool m_stopping = false;
    std::thread m_thread; // last: it starts once everything above exists
};

} // namespace docket
