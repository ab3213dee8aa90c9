// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>

#include <chrono>
#include <functional>
#include <mutex>

namespace docket {

// Slows down whoever guesses meeting codes: each client address has a bucket of misses (a
// well-formed code that is not an open meeting) that refills slowly; an empty bucket means
// 429 for the next miss. Only misses are counted, so a delegate with the right code is never
// slowed, even on an address that a guesser shares.
class WrongCodeLimiter
{
public:
    using Clock = std::chrono::steady_clock;

    struct Policy
    {
        int burst = 10;                         // misses allowed at once
        std::chrono::milliseconds refill{6000}; // one more miss allowed per period
        qsizetype maxClients = 4096;            // memory bound on tracked addresses
    };

    WrongCodeLimiter() : WrongCodeLimiter(Policy{}) {}
    explicit WrongCodeLimiter(Policy policy, std::function<Clock::time_point()> now = &Clock::now);

    // Counts a miss by `client`; false when the client is over its budget (answer 429).
    bool allowMiss(const QByteArray &client);
    // Seconds until the client may miss again (for Retry-After); 0 when it may now.
    int retryAfterSeconds(const QByteArray &client);
    qsizetype trackedClients();

private:
    struct Bucket
    {
        double tokens = 0;
        Clock::time_point updated;
    };
    void refill(Bucket &bucket, Clock::time_point now) const;
    void evictFullBuckets(Clock::time_point now);

    Policy m_policy;
    std::function<Clock::time_point()> m_now;
    std::mutex m_mutex;
    QHash<QByteArray, Bucket> m_buckets;
};

} // namespace docket
