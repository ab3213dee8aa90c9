// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/Catalog.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <cstdint>
#include <mutex>

namespace docket {

class HttpServer;

// Where server threads leave what they served. push() takes a mutex for a few instructions and
// never waits on SQLite; when the catalog side falls far behind, events are dropped (and
// counted) rather than slowing a request or growing without bound.
class AccessLog
{
public:
    static constexpr qsizetype kCapacity = 100000;

    void push(AccessEvent event);
    QList<AccessEvent> takeAll();
    std::uint64_t dropped() const { return m_dropped.load(std::memory_order_relaxed); }

private:
    std::mutex m_mutex;
    QList<AccessEvent> m_events;
    std::atomic<std::uint64_t> m_dropped{0};
};

// Drains a server's AccessLog into the catalog in batches, on the catalog's thread.
class AccessRecorder : public QObject
{
    Q_OBJECT
public:
    static constexpr int kIntervalMilliseconds = 1000;

    AccessRecorder(Catalog &catalog, AccessLog &log, QObject *parent = nullptr);
    ~AccessRecorder() override; // records what is still queued

    void recordNow();

private:
    Catalog &m_catalog;
    AccessLog &m_log;
    QList<AccessEvent> m_pending; // kept across a failed write, tried again next time
    QTimer m_timer;
};

} // namespace docket
