// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <utility>
#include <vector>

namespace docket {

// Where the server's request threads leave typed submissions that belong in the catalog (a
// check-in, a survey answer), for the catalog's thread to take in batches: the road access
// events travel by (AccessLog, drained by hosting/AccessRecorder every second), for input
// that is kept one by one rather than added up. push() takes a mutex for an append and never
// waits on SQLite; a full inbox refuses at once (the form is answered "busy, try again") and
// counts it, rather than slowing a request or growing without bound. Work that must answer the
// phone with its outcome (the PIN check) goes through a SubmissionQueue instead.
template <typename Submission> class SubmissionInbox
{
public:
    explicit SubmissionInbox(std::size_t capacity) : m_capacity(capacity) {}
    SubmissionInbox(const SubmissionInbox &) = delete;
    SubmissionInbox &operator=(const SubmissionInbox &) = delete;

    // From any thread; false, and the submission not kept, when the inbox is full.
    bool push(Submission submission)
    {
        {
            const std::lock_guard lock(m_mutex);
            if (m_waiting.size() < m_capacity) {
                m_waiting.push_back(std::move(submission));
                return true;
            }
        }
        m_dropped.fetch_add(1, std::memory_order_relaxed);
        return false;
    }

    // Everything waiting, oldest first, for the catalog's thread; the inbox is empty after.
    std::vector<Submission> takeAll()
    {
        std::vector<Submission> taken;
        const std::lock_guard lock(m_mutex);
        taken.swap(m_waiting);
        return taken;
    }

    std::size_t waiting() const
    {
        const std::lock_guard lock(m_mutex);
        return m_waiting.size();
    }
    std::size_t capacity() const { return m_capacity; }
    // Refused since the start because the inbox was full.
    std::uint64_t dropped() const { return m_dropped.load(std::memory_order_relaxed); }

private:
    const std::size_t m_capacity;
    mutable std::mutex m_mutex;
    std::vector<Submission> m_waiting;
    std::atomic<std::uint64_t> m_dropped{0};
};

} // namespace docket
