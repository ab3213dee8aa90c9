// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf/RenderFairness.h"

#include <algorithm>
#include <limits>

namespace docket {

void RecentPages::record(qint64 milliseconds, bool drawn)
{
    m_took[static_cast<size_t>(m_next)] =
        drawn ? std::max<qint64>(0, milliseconds) : std::numeric_limits<qint64>::max();
    m_next = (m_next + 1) % kPages;
    m_count = std::min(kPages, m_count + 1);
}

bool RecentPages::quick(qint64 lightMilliseconds) const
{
    if (m_count == 0)
        return false;
    return std::all_of(m_took.begin(), m_took.begin() + m_count,
                       [&](qint64 took) { return took < lightMilliseconds; });
}

int workerCap(int workers, bool quick, const std::vector<qint64> &runningFor,
              qint64 lightMilliseconds)
{
    if (workers <= 1)
        return 1;
    const bool nothingLong = std::all_of(runningFor.begin(), runningFor.end(),
                                         [&](qint64 ran) { return ran < lightMilliseconds; });
    return quick && nothingLong ? workers : workers - 1;
}

} // namespace docket
