// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSize>
#include <QString>

namespace docket {

// One page of a PDF as an image a phone can show: rendered by Poppler at the width asked for,
// encoded as JPEG or PNG, whichever is smaller for that page (text pages are usually smaller
// as greyscale PNG, photos as JPEG).
struct RenderedPage
{
    QByteArray bytes;
    QByteArray mimeType; // image/jpeg or image/png
    QSize size;
};

class PageRenderer
{
    Q_DECLARE_TR_FUNCTIONS(PageRenderer)

public:
    static constexpr int kPhoneWidth = 1080; // what the reader page asks for
    static constexpr int kThumbnailWidth = 240;
    static constexpr int kMaxWidth = 2400;
    static constexpr int kMaxPixels = 16'000'000; // a poster-sized page is scaled down, not OOM

    // `page` is 1-based. Throws docket::Error when the file cannot be read or has no such page.
    static RenderedPage render(const QString &pdfPath, int page, int width);
};

} // namespace docket
