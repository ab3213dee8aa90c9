// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/AccessCounts.h"
#include "catalog/Catalog.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <cstdint>
#include <mutex>

namespace docket {

class HttpServer;

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

// Drains a server's AccessLog into the catalog in batches, on the catalog's thread. A catalog
// that cannot take them (busy, disk full) gets them later; a read-only one never does: they
// are counted for this session only.
class AccessRecorder : public QObject
{
    Q_OBJECT
public:
    static constexpr int kIntervalMilliseconds = 1000;

    AccessRecorder(Catalog &catalog, AccessLog &log, QObject *parent = nullptr);
    ~AccessRecorder() override; // records what is still queued

    void recordNow();
    // Requests counted but not (yet) in the catalog.
    std::int64_t pendingRequests() const { return m_pending.requests(); }

private:
    Catalog &m_catalog;
    AccessLog &m_log;
    AccessTally m_pending{AccessLog::kCapacity}; // kept across a failed write, tried again
    bool m_warned = false;
    QTimer m_timer;
};

} // namespace docket
