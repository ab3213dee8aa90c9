// SPDX-License-Identifier: GPL-3.0-or-later
#include "publish/PublishWatch.h"

#include "catalog/Catalog.h"
#include "hosting/LibraryWatch.h"
#include "library/Library.h"
#include "publish/PublishTarget.h"
#include "util/Error.h"

#include <algorithm>

namespace docket {

PublishWatch::PublishWatch(Library &library, Id meetingId, std::unique_ptr<PublishTarget> target,
                           LibraryWatch &watch, QObject *parent)
    : QObject(parent), m_library(library), m_meetingId(meetingId), m_target(std::move(target))
{
    m_settle.setSingleShot(true);
    connect(&m_settle, &QTimer::timeout, this, &PublishWatch::publishNow);
    connect(&watch, &LibraryWatch::catalogChanged, this, &PublishWatch::catalogMoved);
    connect(&library.catalog(), &Catalog::changed, this, &PublishWatch::catalogMoved);
}

PublishWatch::~PublishWatch() = default;

void PublishWatch::catalogMoved()
{
    const std::optional<Meeting> meeting = m_library.catalog().meeting(m_meetingId);
    if (!meeting || meeting->revision == m_revision)
        return; // another meeting's change, or nothing phones see
    if (!m_settle.isActive())
        m_sinceFirstChange.start();
    // Each edit waits for the next to settle, but the first never waits past the longest wait.
    const qint64 left = kLongestWaitMilliseconds - m_sinceFirstChange.elapsed();
    m_settle.start(static_cast<int>(std::clamp<qint64>(left, 0, kSettleMilliseconds)));
}

void PublishWatch::publishNow()
{
    m_settle.stop();
    const std::optional<Meeting> meeting = m_library.catalog().meeting(m_meetingId);
    if (!meeting) {
        Q_EMIT failed(Publisher::tr("There is no meeting %1.").arg(m_meetingId));
        return;
    }
    Q_EMIT started();
    try {
        const PublishReport report =
            Publisher::publish(m_library, m_meetingId, *m_target, m_progress);
        m_revision = meeting->revision;
        ++m_publishes;
        Q_EMIT published(report);
    } catch (const Error &error) {
        Q_EMIT failed(error.message());
        m_sinceFirstChange.start();
        m_settle.start(kRetryMilliseconds);
    }
}

} // namespace docket
