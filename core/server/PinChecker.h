// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/HttpMessage.h"
#include "server/SubmissionQueue.h"

#include <cstdint>
#include <functional>
#include <memory>

namespace docket {

// Checks meeting PINs (PBKDF2, deliberately slow) on a thread of its own, so that the server's
// request threads only ever suspend a connection and move on. Bounded: the limiter lets few
// attempts through to here, and beyond the queue's room a phone is told "busy" at once.
class PinChecker
{
public:
    // A check takes about 12 ms here: 64 waiting are answered within a second.
    static constexpr std::size_t kCapacity = 64;
    using Done = std::function<void(PinVerdict)>;
    // What checks a PIN: Router::checkPin, or in tests one that fails.
    using Check = std::function<PinVerdict(const PinCheckJob &)>;

    explicit PinChecker(std::size_t capacity = kCapacity, Check check = {});

    // `done` is called once, from the checker's thread (or from stop(), with NotChecked; also
    // when checking threw, which the log relay is told).
    // False when the queue is full or stopping: `done` is then never called.
    bool trySubmit(std::shared_ptr<const PinCheckJob> job, Done done);
    // Finishes the check in hand; the waiting ones are answered NotChecked.
    void stop() { m_queue.stop(); }
    std::size_t waiting() const { return m_queue.waiting(); }
    std::uint64_t failures() const { return m_queue.failures(); }

private:
    struct Submission
    {
        std::shared_ptr<const PinCheckJob> job;
        Done done;
    };
    SubmissionQueue<Submission> m_queue;
};

} // namespace docket
