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
// encoded as JPEG or PNG, whichever is smaller for that page (text pages are usually smaller
// as greyscale PNG, photos as JPEG). Or, at kTextWidth and kOutlineWidth, JSON.
struct RenderedPage
{
    QByteArray bytes;
    QByteArray mimeType; // image/jpeg or image/png; application/json for text and outline
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
    // Not images, asked for and cached like them, by "width": a page's text as the phone's
    // text view reads it (textflow's blocks as JSON), and the document's outline (asked as its
    // page 1). Poppler parses the file for both, so both come from the render workers.
    static constexpr int kTextWidth = 0;
    static constexpr int kOutlineWidth = -1;

    // `page` is 1-based. Throws docket::Error when the file cannot be read or has no such page.
    // Draws in this process: only a render worker or the inspection child calls it, never the
    // serving process (see RenderPool).
    static RenderedPage render(const QString &pdfPath, int page, int width);
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

    RenderedPage render(const QString &pdfPath, int page, int width);

    static constexpr int kKeptOpen = 2;

private:
    struct Open;
    std::vector<std::unique_ptr<Open>> m_open; // most recently used first
};

} // namespace docket
