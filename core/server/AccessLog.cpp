// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/AccessLog.h"

#include "util/Error.h"

namespace docket {

void AccessLog::push(AccessEvent event)
{
    const std::lock_guard lock(m_mutex);
    if (m_events.size() >= kCapacity) {
        m_dropped.fetch_add(1, std::memory_order_relaxed);
        return;
    }
    m_events.append(std::move(event));
}

QList<AccessEvent> AccessLog::takeAll()
{
    QList<AccessEvent> taken;
    const std::lock_guard lock(m_mutex);
    taken.swap(m_events);
    return taken;
}

AccessRecorder::AccessRecorder(Catalog &catalog, AccessLog &log, QObject *parent)
    : QObject(parent), m_catalog(catalog), m_log(log)
{
    m_timer.setInterval(kIntervalMilliseconds);
    connect(&m_timer, &QTimer::timeout, this, &AccessRecorder::recordNow);
    m_timer.start();
}

AccessRecorder::~AccessRecorder()
{
    recordNow();
}

void AccessRecorder::recordNow()
{
    m_pending.append(m_log.takeAll());
    if (m_pending.isEmpty())
        return;
    try {
        m_catalog.recordAccess(m_pending);
        m_pending.clear();
    } catch (const Error &error) {
        // A busy or full disk: keep them for the next tick, within the same bound as the log.
        qWarning("Cannot record downloads yet: %s", qUtf8Printable(error.message()));
        if (m_pending.size() > AccessLog::kCapacity)
            m_pending.remove(0, m_pending.size() - AccessLog::kCapacity);
    }
}

} // namespace docket
