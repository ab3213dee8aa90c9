// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace docket {

// When a meeting may proceed, as a share of its roster present: more than half, at least two
// thirds, or at least a percentage. Stored as its key ("half", "2/3", "75%").
struct QuorumRule
{
    enum class Kind
    {
        MoreThanHalf,
        TwoThirds,
        Percent,
    };
    Kind kind = Kind::MoreThanHalf;
    int percent = 50; // Percent only: 1 to 100

    QString key() const;
    // Accepts the keys and what people type: "1/2", "half", "2/3", "75%", "75". nullopt when
    // it is none of these.
    static std::optional<QuorumRule> fromKey(const QString &text);

    // How many of a roster of `rosterSize` must be present; 0 for an empty roster (no quorum to
    // reach: met() is then false).
    int required(int rosterSize) const;
    bool met(int present, int rosterSize) const
    {
        return rosterSize > 0 && present >= required(rosterSize);
    }
    bool operator==(const QuorumRule &) const = default;
};

} // namespace docket
