// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSize>
#include <QSizeF>
#include <QString>

namespace docket {

// What a phone gets instead of a page image that cannot be drawn: a PNG of the page's own
// size (so the reader's layout does not jump) saying, in the phone's language, that the page
// is too heavy to show and to download the PDF. Drawn in the serving process from our own
// text only, never from the user's file, and kept by size and language once drawn.
class PagePlaceholder
{
public:
    // The size the page image would have had at this width: the reader's <img> declares it.
    static QSize sizeFor(const QSizeF &pagePoints, int width);
    // Thread-safe.
    static QByteArray png(const QString &language, const QSize &size);
};

} // namespace docket
