// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

namespace testsupport {

struct OutlineItem
{
    QString title;
    int page = 0;  // 1-based
    int depth = 0; // 0 or 1: a child of the item before it
};

// Writes `to`: the PDF `from` with these bookmarks (its outline), as an office suite exports
// headings. With libqpdf; REQUIREs success.
void addOutline(const QString &from, const QString &to, const std::vector<OutlineItem> &items);

} // namespace testsupport
