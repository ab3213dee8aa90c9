// SPDX-License-Identifier: GPL-3.0-or-later
#include "hosting/AccessRecorder.h"

#include "util/Error.h"

#include <algorithm>

namespace docket {

AccessRecorder::AccessRecorder(Catalog &catalog, AccessLog &log,
                               SubmissionInbox<CheckInEvent> *checkIns, QObject *parent)
    : QObject(parent), m_catalog(catalog), m_log(log), m_checkIns(checkIns)
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
    if (m_checkIns) {
        // Kept while the catalog cannot take them, the first scan of each delegate only (the
        // catalog counts a delegate once anyway): bounded by the rosters, and nobody lost.
        for (CheckInEvent &event : m_checkIns->takeAll()) {
            const bool known = std::any_of(
                m_pendingCheckIns.cbegin(), m_pendingCheckIns.cend(),
                [&](const CheckInEvent &e) { return e.delegateId == event.delegateId; });
            if (!known)
                m_pendingCheckIns.append(std::move(event));
        }
        if (!m_pendingCheckIns.isEmpty() && !m_catalog.isReadOnly()) {
            try {
                m_catalog.recordCheckIns(m_pendingCheckIns);
                m_pendingCheckIns.clear();
            } catch (const Error &error) {
                if (!m_warned)
                    qWarning("Cannot record check-ins yet: %s", qUtf8Printable(error.message()));
                m_warned = true;
            }
        }
    }
    if (m_surveyAnswers) {
        for (SurveySubmission &answer : m_surveyAnswers->takeAll()) {
            const auto same = std::find_if(
                m_pendingAnswers.begin(), m_pendingAnswers.end(), [&](const SurveySubmission &a) {
                    return a.surveyId == answer.surveyId && a.respondent == answer.respondent;
                });
            if (same != m_pendingAnswers.end())
                *same = std::move(answer); // answered again before the catalog heard: the last
            else
                m_pendingAnswers.append(std::move(answer));
        }
        if (!m_pendingAnswers.isEmpty() && !m_catalog.isReadOnly()) {
            try {
                m_catalog.recordSurveyResponses(m_pendingAnswers);
                m_pendingAnswers.clear();
            } catch (const Error &error) {
                if (!m_warned)
                    qWarning("Cannot record survey answers yet: %s",
                             qUtf8Printable(error.message()));
                m_warned = true;
            }
        }
    }
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
