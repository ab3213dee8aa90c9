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
    parts << tr("Phones already in are not affected; new phones may have to wait a minute. "
                "With a PIN of 8 digits, guessing never makes anyone wait.");
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
