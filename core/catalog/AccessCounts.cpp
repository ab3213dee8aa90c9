// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/AccessCounts.h"

namespace docket {

bool AccessTally::add(const AccessEvent &event)
{
    AccessCount count;
    count.versionId = event.versionId;
    count.deviceKey = event.deviceKey;
    count.firstSeen = event.at;
    count.lastSeen = event.at;
    count.requests = 1;
    count.bytesSent = event.complete ? event.length : 0;
    count.fromStartLength = event.complete && event.rangeStart == 0 ? event.length : -1;
    return add(count);
}

bool AccessTally::add(const AccessCount &count)
{
    const Key key{count.versionId, count.deviceKey, count.fromStartLength};
    const auto it = m_counts.find(key);
    if (it == m_counts.end()) {
        if (m_counts.size() >= m_maxEntries) {
            m_refused += static_cast<std::uint64_t>(count.requests);
            return false;
        }
        m_counts.insert(key, count);
    } else {
        AccessCount &sum = *it;
        if (count.firstSeen.isValid() &&
            (!sum.firstSeen.isValid() || count.firstSeen < sum.firstSeen))
            sum.firstSeen = count.firstSeen;
        if (count.lastSeen.isValid() && (!sum.lastSeen.isValid() || count.lastSeen > sum.lastSeen))
            sum.lastSeen = count.lastSeen;
        sum.requests += count.requests;
        sum.bytesSent += count.bytesSent;
    }
    m_requests += count.requests;
    return true;
}

void AccessTally::add(const AccessTally &other)
{
    for (const AccessCount &count : other.m_counts)
        add(count);
}

QList<AccessCount> AccessTally::counts() const
{
    return m_counts.values();
}

void AccessTally::clear()
{
    m_counts.clear();
    m_requests = 0;
}

} // namespace docket
