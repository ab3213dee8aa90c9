// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Model.h"
#include "pdf/RenderPool.h"

#include <QList>
#include <QString>

#include <condition_variable>
#include <mutex>

namespace docket {

class BlobStore;
class Catalog;

struct PrepareJob
{
    PageKey key;
    QString pdfPath;
};

// "Prepare for the hall": renders every page image a meeting's delegates may ask for (each
// readable PDF's thumbnail and pages at reader width) before they ask, so that the first phone
// on each page gets it from the cache.
class Preparation
{
public:
    // The images of every readable PDF of the meeting, those already cached included.
    static QList<PrepareJob> jobsFor(Catalog &catalog, const BlobStore &store, Id meetingId);

    Preparation(RenderPool &pool, QList<PrepareJob> jobs);
    ~Preparation(); // cancels and waits for the jobs in flight

    // Feeds the pool a few jobs at a time (as many as it has workers), so that phones asking
    // for pages meanwhile wait behind a handful of renders, never behind the whole meeting.
    void start();
    void cancel();
    // True once every job is done (or cancelled and the ones in flight returned).
    bool waitFor(int milliseconds);

    int total() const { return static_cast<int>(m_jobs.size()); }
    int done() const;
    int failed() const;
    bool finished() const;
    QString lastError() const;

private:
    void submitLocked();
    void finishedOne(const PageOutcome &outcome);

    RenderPool &m_pool;
    QList<PrepareJob> m_jobs;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    qsizetype m_next = 0;
    int m_inFlight = 0;
    int m_done = 0;
    int m_failed = 0;
    bool m_cancelled = false;
    bool m_submitting = false;
    QString m_lastError;
};

} // namespace docket
