// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/AccessLog.h"

namespace docket {

void AccessLog::push(const AccessEvent &event)
{
    const std::lock_guard lock(m_mutex);
    if (!m_tally.add(event))
        m_dropped.fetch_add(1, std::memory_order_relaxed);
}

AccessTally AccessLog::takeAll()
{
    AccessTally taken{kCapacity};
    const std::lock_guard lock(m_mutex);
    std::swap(taken, m_tally);
    return taken;
}

} // namespace docket
