// SPDX-License-Identifier: GPL-3.0-or-later
#include "hosting/LibraryWatch.h"

#include "library/Library.h"
#include "pdf/PageFailures.h"
#include "util/Error.h"

#include <QMetaMethod>

namespace docket {

namespace {
bool sameHost(const std::optional<HostingAnnouncement> &a,
              const std::optional<HostingAnnouncement> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a ||
           (a->program == b->program && a->processId == b->processId && a->baseUrl == b->baseUrl);
}
} // namespace

LibraryWatch::LibraryWatch(Library &library, QObject *parent) : QObject(parent), m_library(library)
{
    try {
        m_stamp = library.catalog().externalChangeStamp();
    } catch (const Error &) {
        // A busy catalog: the first poll that reads it reports a change, which only costs a
        // reload.
    }
    m_host = HostingClaim::holder(library.folder());
    m_poll.setInterval(kPollMilliseconds);
    connect(&m_poll, &QTimer::timeout, this, &LibraryWatch::checkNow);
    m_poll.start();
}

void LibraryWatch::checkNow()
{
    try {
        const std::int64_t stamp = m_library.catalog().externalChangeStamp();
        if (stamp != m_stamp) {
            m_stamp = stamp;
            Q_EMIT catalogChanged();
        }
    } catch (const Error &error) {
        qWarning("Cannot check the catalog for changes: %s", qUtf8Printable(error.message()));
    }
    // Only a server cares about failed pages; the window alone does not make the failures file
    // be read.
    if (isSignalConnected(QMetaMethod::fromSignal(&LibraryWatch::pageFailuresChanged))) {
        try {
            const std::uint64_t failures = m_library.pageFailures()->generation();
            if (failures != m_failures) {
                m_failures = failures;
                Q_EMIT pageFailuresChanged();
            }
        } catch (const Error &) {
            // No cache folder: no page images, and no failures to learn.
        }
    }
    if (++m_polls >= kHostingEveryPolls) {
        m_polls = 0;
        checkHost();
    }
}

void LibraryWatch::checkHost()
{
    auto host = HostingClaim::holder(m_library.folder());
    if (sameHost(host, m_host))
        return;
    m_host = std::move(host);
    Q_EMIT hostChanged();
}

} // namespace docket
