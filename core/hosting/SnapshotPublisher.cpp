// SPDX-License-Identifier: GPL-3.0-or-later
#include "hosting/SnapshotPublisher.h"

#include "library/Library.h"
#include "server/HttpServer.h"
#include "server/SiteSnapshot.h"
#include "util/Error.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace docket {

namespace {
// PRAGMA data_version reads shared memory, no file: polling it often costs nothing, and an
// edit made with docket-cli reaches the phones within this.
constexpr int kPollMilliseconds = 100;

// Freed snapshot pages go back to the system: glibc keeps freed memory of the main heap
// otherwise, and a server that rebuilt a large meeting a few times would keep the peak.
void returnFreedMemory()
{
#ifdef __GLIBC__
    ::malloc_trim(0);
#endif
}
} // namespace

SnapshotPublisher::SnapshotPublisher(Library &library, HttpServer &server, QObject *parent)
    : QObject(parent), m_library(library), m_server(server)
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(0);
    connect(&m_coalesce, &QTimer::timeout, this, &SnapshotPublisher::publishNow);
    connect(&library.catalog(), &Catalog::changed, &m_coalesce, qOverload<>(&QTimer::start));
    m_poll.setInterval(kPollMilliseconds);
    connect(&m_poll, &QTimer::timeout, this, &SnapshotPublisher::checkForExternalChanges);
    m_poll.start();
    try {
        server.setPageImages(library.pageImages());
        // The workers start now, not when the first phone asks for a page.
        library.pageImages()->pool.warmUp();
    } catch (const Error &error) {
        // No page cache (a read-only library?): documents are still served, pages are not.
        qWarning("%s", qPrintable(error.message()));
    }
    publishNow();
}

void SnapshotPublisher::publishNow()
{
    try {
        m_stamp = m_library.catalog().externalChangeStamp();
        PageFailures *failures = nullptr;
        try {
            failures = m_library.pageFailures().get();
            m_failuresSeen = failures->generation();
        } catch (const Error &) {
            // No cache folder: no page images either, and nothing to mark.
        }
        bool rebuilt = false;
        {
            const std::shared_ptr<const SiteSnapshot> previous = m_server.site();
            auto next = SiteSnapshot::build(m_library.catalog(), m_library.store(), previous.get(),
                                            failures);
            rebuilt = next->meetingsBuilt > 0 || next->meetings.size() != previous->meetings.size();
            m_server.publish(std::move(next));
        }
        ++m_published;
        Q_EMIT published();
        if (rebuilt)
            returnFreedMemory(); // the replaced meetings go once no request holds them
    } catch (const Error &error) {
        // Keep serving the previous snapshot: a busy or failing catalog must not take the
        // delegates' pages down. Forgetting the stamp makes the next poll try again.
        m_stamp = -1;
        qWarning("Cannot refresh what delegates see: %s", qUtf8Printable(error.message()));
    }
}

void SnapshotPublisher::checkForExternalChanges()
{
    try {
        // A page that just failed gets the download beside it on the reader page too.
        if (m_library.catalog().externalChangeStamp() != m_stamp ||
            m_library.pageFailures()->generation() != m_failuresSeen)
            publishNow();
    } catch (const Error &error) {
        qWarning("Cannot check the catalog for changes: %s", qUtf8Printable(error.message()));
    }
}

} // namespace docket
