// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/WrongCodeLimiter.h"

#include <algorithm>
#include <cmath>

namespace docket {

WrongCodeLimiter::WrongCodeLimiter(Policy policy, std::function<Clock::time_point()> now)
    : m_policy(policy), m_now(std::move(now))
{}

void WrongCodeLimiter::refill(Bucket &bucket, Clock::time_point now) const
{
    const double periods = std::chrono::duration<double>(now - bucket.updated) /
                           std::chrono::duration<double>(m_policy.refill);
    bucket.tokens = std::min<double>(m_policy.burst, bucket.tokens + std::max(0.0, periods));
    bucket.updated = now;
}

void WrongCodeLimiter::evictFullBuckets(Clock::time_point now)
{
    // A full bucket holds no information: forgetting it changes nothing for its client.
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        refill(it.value(), now);
        it = it.value().tokens >= m_policy.burst ? m_buckets.erase(it) : std::next(it);
    }
    // Still too many (a flood of addresses, each guessing): drop arbitrary ones; the bound on
    // memory matters more than remembering every guesser.
    while (m_buckets.size() >= m_policy.maxClients)
        m_buckets.erase(m_buckets.begin());
}

bool WrongCodeLimiter::allowMiss(const QByteArray &client)
{
    const Clock::time_point now = m_now();
    const std::lock_guard lock(m_mutex);
    auto it = m_buckets.find(client);
    if (it == m_buckets.end()) {
        if (m_buckets.size() >= m_policy.maxClients)
            evictFullBuckets(now);
        it = m_buckets.insert(client, Bucket{static_cast<double>(m_policy.burst), now});
    }
    refill(it.value(), now);
    if (it.value().tokens < 1.0)
        return false;
    it.value().tokens -= 1.0;
    return true;
}

int WrongCodeLimiter::retryAfterSeconds(const QByteArray &client)
{
    const Clock::time_point now = m_now();
    const std::lock_guard lock(m_mutex);
    auto it = m_buckets.find(client);
    if (it == m_buckets.end())
        return 0;
    refill(it.value(), now);
    if (it.value().tokens >= 1.0)
        return 0;
    const double missing = 1.0 - it.value().tokens;
    const double seconds = missing * std::chrono::duration<double>(m_policy.refill).count();
    return std::max(1, static_cast<int>(std::ceil(seconds)));
}

qsizetype WrongCodeLimiter::trackedClients()
{
    const std::lock_guard lock(m_mutex);
    return m_buckets.size();
}

} // namespace docket
