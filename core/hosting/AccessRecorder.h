// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/AccessCounts.h"
#include "catalog/Catalog.h"
#include "server/AccessLog.h"
#include "server/SubmissionInbox.h"

#include <QObject>
#include <QTimer>

#include <cstdint>

namespace docket {

// Drains a server's AccessLog, and the badges its phones scanned, into the catalog in batches,
// every second on the catalog's thread. A catalog that cannot take them (busy, disk full) gets
// them later; a read-only one never does: they are counted for this session only.
class AccessRecorder : public QObject
{
    Q_OBJECT
public:
    static constexpr int kIntervalMilliseconds = 1000;

    AccessRecorder(Catalog &catalog, AccessLog &log,
                   SubmissionInbox<CheckInEvent> *checkIns = nullptr, QObject *parent = nullptr);
    ~AccessRecorder() override; // records what is still queued

    void recordNow();
    // Survey answers the server took (see HttpServer::surveyAnswers()), recorded with the rest.
    void setSurveyAnswers(SubmissionInbox<SurveySubmission> *answers) { m_surveyAnswers = answers; }
    // Requests counted but not (yet) in the catalog.
    std::int64_t pendingRequests() const { return m_pending.requests(); }

private:
    Catalog &m_catalog;
    AccessLog &m_log;
    SubmissionInbox<CheckInEvent> *m_checkIns;
    QList<CheckInEvent> m_pendingCheckIns; // kept across a failed write, like the counts
    SubmissionInbox<SurveySubmission> *m_surveyAnswers = nullptr;
    // Kept across a failed write too, the latest of each device only: bounded by the phones.
    QList<SurveySubmission> m_pendingAnswers;
    AccessTally m_pending{AccessLog::kCapacity}; // kept across a failed write, tried again
    bool m_warned = false;
    QTimer m_timer;
};

} // namespace docket
