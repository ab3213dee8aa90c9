// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/AccessCounts.h"

#include <QList>

#include <atomic>
#include <cstdint>
#include <mutex>

namespace docket {

// Where server threads leave what they served, already added up per phone and version: a phone
// repeating a request adds to a counter instead of a list. push() takes a mutex for a hash
// lookup and never waits on SQLite; past kCapacity distinct counters (phones x versions in one
// second), events are dropped (and counted) rather than slowing a request or growing without
// bound.
class AccessLog
{
public:
    static constexpr qsizetype kCapacity = 100000;

    void push(const AccessEvent &event);
    AccessTally takeAll();
    std::uint64_t dropped() const { return m_dropped.load(std::memory_order_relaxed); }

private:
    std::mutex m_mutex;
    AccessTally m_tally{kCapacity};
    std::atomic<std::uint64_t> m_dropped{0};
};

} // namespace docket
