// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSize>
#include <QString>

#include <memory>
#include <vector>

namespace docket {

// One page of a PDF as an image a phone can show: rendered by Poppler at the width asked for,
// encoded as JPEG or PNG, or WebP when asked, whichever is smaller for that page (text pages
// are usually smaller as greyscale PNG or lossless WebP, photos as JPEG or lossy WebP). Or, at
// kTextWidth and kOutlineWidth, JSON.
struct RenderedPage
{
    QByteArray bytes;
    QByteArray mimeType; // image/jpeg, image/png or image/webp; application/json for text
    QSize size;
};

class PageRenderer
{
    Q_DECLARE_TR_FUNCTIONS(PageRenderer)

public:
    static constexpr int kPhoneWidth = 1080;     // what the reader page asks for (3x phones)
    static constexpr int kSmallPhoneWidth = 720; // what 2x phones take from its srcset
    static constexpr int kThumbnailWidth = 240;
    static constexpr int kMaxWidth = 2400;
    static constexpr int kMaxPixels = 16'000'000; // a poster-sized page is scaled down, not OOM
    // Not images, asked for and cached like them, by "width": a page's text as the phone's
    // text view reads it (textflow's blocks as JSON), and the document's outline (asked as its
    // page 1). Poppler parses the file for both, so both come from the render workers.
    static constexpr int kTextWidth = 0;
    static constexpr int kOutlineWidth = -1;
    // For photos and scans (drawings go as PNG or lossless WebP), chosen by measurement on the
    // benchmark report's photo page at 720 px (tools/bench/page-bytes): JPEG 80 is the lowest
    // quality that keeps about 35 dB PSNR (34.9 dB, 195 KB; 75 gives 33.2 dB for 10% less);
    // WebP 75 is better than that JPEG (37.6 dB) at 123 KB, and blurs text edges less than 60.
    static constexpr int kJpegQuality = 80;
    static constexpr int kWebpQuality = 75;

    // `page` is 1-based; `webp`: WebP may be the answer. Throws docket::Error when the file
    // cannot be read or has no such page. Draws in this process: only a render worker or the
    // inspection child calls it, never the serving process (see RenderPool).
    static RenderedPage render(const QString &pdfPath, int page, int width, bool webp = false);
};

// PageRenderer for a render worker, which draws page after page of the same few documents:
// it keeps the last ones it opened, with Poppler's fonts and parsed objects, instead of
// parsing the file again for every page.
class DocumentRenderer
{
public:
    DocumentRenderer();
    ~DocumentRenderer();
    DocumentRenderer(const DocumentRenderer &) = delete;
    DocumentRenderer &operator=(const DocumentRenderer &) = delete;

    RenderedPage render(const QString &pdfPath, int page, int width, bool webp = false);

    static constexpr int kKeptOpen = 2;

private:
    struct Open;
    std::vector<std::unique_ptr<Open>> m_open; // most recently used first
};

} // namespace docket
