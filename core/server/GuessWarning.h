// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/GuessLimiter.h"

#include <QCoreApplication>
#include <QString>

#include <chrono>
#include <optional>
#include <vector>

namespace docket {

// What the organiser is told while someone guesses a meeting's PIN, one text for the window
// and for `docket-cli serve`.
class GuessWarning
{
    Q_DECLARE_TR_FUNCTIONS(GuessWarning)

public:
    // Any attempt refused by an address's or a meeting's budget, which a hall's typos do not
    // reach, or as many wrong PINs as a meeting's whole burst. A phone that spends its own
    // few tries is someone who forgot the PIN, not a reason to alarm the organiser.
    static constexpr int kWrongPinsThatLookLikeGuessing = 40;
    static bool looksLikeGuessing(const GuessLimiter::PinGuessing &meeting);

    // The warning for the meetings being guessed now, or an empty string when none is.
    static QString text(const std::vector<GuessLimiter::PinGuessing> &meetings);
};

// For a log: the warning when it first appears, then at most once a `period` while it lasts
// (a line per request would flood a terminal during an attack), and one line when it stops.
class GuessWarningThrottle
{
public:
    using Clock = std::chrono::steady_clock;
    explicit GuessWarningThrottle(Clock::duration period = std::chrono::minutes(1))
        : m_period(period)
    {}

    // The line to print now, if any.
    std::optional<QString> poll(const std::vector<GuessLimiter::PinGuessing> &meetings,
                                Clock::time_point now);

private:
    Clock::duration m_period;
    bool m_warning = false;
    Clock::time_point m_lastPrinted;
};

} // namespace docket
