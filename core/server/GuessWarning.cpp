// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/GuessWarning.h"

#include <QStringList>

namespace docket {

bool GuessWarning::looksLikeGuessing(const GuessLimiter::PinGuessing &meeting)
{
    return meeting.widelyRefused > 0 || meeting.wrong >= kWrongPinsThatLookLikeGuessing;
}

QString GuessWarning::text(const std::vector<GuessLimiter::PinGuessing> &meetings)
{
    QStringList parts;
    for (const GuessLimiter::PinGuessing &meeting : meetings) {
        if (!looksLikeGuessing(meeting))
            continue;
        parts << tr("Someone is guessing the PIN of meeting %1: %n wrong or refused PIN(s) in "
                    "the last 10 minutes.",
                    nullptr, meeting.failed())
                     .arg(meeting.meeting);
    }
    if (parts.isEmpty())
        return {};
    // Said as it is: while the guessing goes on, a new phone waits for a try the guesser has not
    // taken yet, however long that is; with 8 digits the meeting's budget outlasts what the
    // server can hash, so only the budget of the guesser's own address runs out.
    parts << tr("Phones already in are not affected. A phone entering the PIN now may have to "
                "wait while the guessing goes on; with a PIN of 8 digits, only phones sharing "
                "the guesser's address have to.");
    return parts.join(u' ');
}

std::optional<QString>
GuessWarningThrottle::poll(const std::vector<GuessLimiter::PinGuessing> &meetings,
                           Clock::time_point now)
{
    const QString warning = GuessWarning::text(meetings);
    if (warning.isEmpty()) {
        if (!m_warning)
            return std::nullopt;
        m_warning = false;
        return GuessWarning::tr("PIN guessing has stopped.");
    }
    if (m_warning && now - m_lastPrinted < m_period)
        return std::nullopt;
    m_warning = true;
    m_lastPrinted = now;
    return warning;
}

} // namespace docket
