// SPDX-License-Identifier: GPL-3.0-or-later
#include "hosting/AccessRecorder.h"

#include "util/Error.h"

namespace docket {

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
    m_pending.add(m_log.takeAll());
    if (m_pending.isEmpty() || m_catalog.isReadOnly())
        return;
    try {
        m_catalog.recordAccess(m_pending.counts());
        m_pending.clear();
        m_warned = false;
    } catch (const Error &error) {
        // A busy or full disk: keep them for the next tick, within the same bound as the log.
        // Said once, not every second.
        if (!m_warned)
            qWarning("Cannot record downloads yet: %s", qUtf8Printable(error.message()));
        m_warned = true;
    }
}

} // namespace docket
