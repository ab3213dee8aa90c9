// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/Quorum.h"

namespace docket {

QString QuorumRule::key() const
{
    switch (kind) {
    case Kind::MoreThanHalf:
        return QStringLiteral("half");
    case Kind::TwoThirds:
        return QStringLiteral("2/3");
    case Kind::Percent:
        break;
    }
    return QStringLiteral("%1%").arg(percent);
}

std::optional<QuorumRule> QuorumRule::fromKey(const QString &text)
{
    const QString key = text.trimmed().toLower();
    if (key == u"half" || key == u"1/2" || key == u">1/2")
        return QuorumRule{};
    if (key == u"2/3")
        return QuorumRule{Kind::TwoThirds, 67};
    QStringView number(key);
    if (number.endsWith(u'%'))
        number.chop(1);
    bool ok = false;
    const int percent = number.trimmed().toInt(&ok);
    if (!ok || percent < 1 || percent > 100)
        return std::nullopt;
    return QuorumRule{Kind::Percent, percent};
}

int QuorumRule::required(int rosterSize) const
{
    if (rosterSize <= 0)
        return 0;
    switch (kind) {
    case Kind::MoreThanHalf:
        return rosterSize / 2 + 1;
    case Kind::TwoThirds:
        return (2 * rosterSize + 2) / 3; // the smallest n with 3n >= 2 * size
    case Kind::Percent:
        break;
    }
    return static_cast<int>((static_cast<long long>(percent) * rosterSize + 99) / 100);
}

} // namespace docket
