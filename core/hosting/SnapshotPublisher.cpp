// SPDX-License-Identifier: GPL-3.0-or-later
#include "hosting/SnapshotPublisher.h"

#include "hosting/LibraryWatch.h"
#include "library/Library.h"
#include "server/HttpServer.h"
#include "server/SiteSnapshot.h"
#include "util/Error.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace docket {

namespace {
constexpr int kRetryMilliseconds = 250;
} // namespace

SnapshotPublisher::SnapshotPublisher(Library &library, HttpServer &server, LibraryWatch &watch,
                                     QObject *parent)
    : SnapshotPublisher(library, server, &watch, nullptr, parent)
{}

SnapshotPublisher::SnapshotPublisher(Library &library, HttpServer &server, QObject *parent)
    : SnapshotPublisher(library, server, nullptr, std::make_unique<LibraryWatch>(library), parent)
{}

SnapshotPublisher::~SnapshotPublisher() = default;

SnapshotPublisher::SnapshotPublisher(Library &library, HttpServer &server, LibraryWatch *watch,
                                     std::unique_ptr<LibraryWatch> ownWatch, QObject *parent)
    : QObject(parent), m_ownWatch(std::move(ownWatch)), m_library(library), m_server(server)
{
    if (!watch)
        watch = m_ownWatch.get();
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(0);
    connect(&m_coalesce, &QTimer::timeout, this, &SnapshotPublisher::publishNow);
    connect(&library.catalog(), &Catalog::changed, &m_coalesce, qOverload<>(&QTimer::start));
    // Another process's edit, and a page that just failed (the reader page then links the
    // download beside it), arrive through the one watch.
    connect(watch, &LibraryWatch::catalogChanged, &m_coalesce, qOverload<>(&QTimer::start));
    connect(watch, &LibraryWatch::pageFailuresChanged, &m_coalesce, qOverload<>(&QTimer::start));
    m_retry.setSingleShot(true);
    m_retry.setInterval(kRetryMilliseconds);
    connect(&m_retry, &QTimer::timeout, this, &SnapshotPublisher::publishNow);
    m_trimLater.setSingleShot(true);
    connect(&m_trimLater, &QTimer::timeout, this, &SnapshotPublisher::returnFreedMemory);
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
        PageFailures *failures = nullptr;
        try {
            failures = m_library.pageFailures().get();
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
        if (rebuilt) {
            // The replaced meetings go once no request holds them. Trimming walks the whole
            // heap: at most once per interval, the last rebuild of a burst trimmed after it.
            if (!m_sinceTrim.isValid() || m_sinceTrim.elapsed() >= kTrimIntervalMilliseconds)
                returnFreedMemory();
            else if (!m_trimLater.isActive())
                m_trimLater.start(
                    static_cast<int>(kTrimIntervalMilliseconds - m_sinceTrim.elapsed()));
        }
    } catch (const Error &error) {
        // Keep serving the previous snapshot: a busy or failing catalog must not take the
        // delegates' pages down. Tried again shortly.
        m_retry.start();
        qWarning("Cannot refresh what delegates see: %s", qUtf8Printable(error.message()));
    }
}

// Freed snapshot pages go back to the system: glibc keeps freed memory of the main heap
// otherwise, and a server that rebuilt a large meeting a few times would keep the peak.
void SnapshotPublisher::returnFreedMemory()
{
    m_trimLater.stop();
    m_sinceTrim.start();
    ++m_trims;
#ifdef __GLIBC__
    ::malloc_trim(0);
#endif
}

} // namespace docket
