// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <array>
#include <vector>

namespace docket {

// How long a document's last few pages took to draw: the render pool lets a document use
// every worker only while these were all quick. Judged by the last kPages, not the last one
// alone (a heavy document whose cover page is quick would take every worker) nor all of its
// history (a document slow once, on a machine busy at that moment, would be held back for the
// rest of the meeting). Plain value; its owner locks.
class RecentPages
{
public:
    static constexpr int kPages = 4;

    // A page of it came back: drawn after `milliseconds`, or not drawn at all (a failure counts
    // as slow, whatever it took).
    void record(qint64 milliseconds, bool drawn);
    // True when at least one page came back and every one of the last kPages was drawn in
    // under `lightMilliseconds`.
    bool quick(qint64 lightMilliseconds) const;
    int count() const { return m_count; }

private:
    std::array<qint64, kPages> m_took{};
    int m_count = 0; // how many of m_took hold a page, up to kPages
    int m_next = 0;  // where the next one goes
};

// How many of `workers` one document may hold at once: all of them when its recent pages are
// quick and none of its pages being drawn now (begun `runningFor` milliseconds ago) has been
// at it long, else all but one, so that another document's pages always find a worker.
int workerCap(int workers, bool quick, const std::vector<qint64> &runningFor,
              qint64 lightMilliseconds);

} // namespace docket
