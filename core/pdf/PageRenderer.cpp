// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf/PageRenderer.h"

#include "pdf/PopplerSetup.h"
#include "pdf/TextFlow.h"
#include "util/Error.h"

#include <QBuffer>
#include <QDateTime>
#include <QFileInfo>
#include <QImageWriter>
#include <QSet>

#include <poppler-qt6.h>

#include <algorithm>
#include <cmath>

namespace docket {

namespace {

QByteArray encode(const QImage &image, const char *format, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    if (quality >= 0)
        writer.setQuality(quality);
    if (!writer.write(image))
        return {};
    return bytes;
}

bool isGrey(const QImage &image)
{
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            if (qRed(line[x]) != qGreen(line[x]) || qGreen(line[x]) != qBlue(line[x]))
                return false;
    }
    return true;
}

// A drawing rather than a photo: few distinct colours (text antialiasing makes some hundreds),
// where a photo has tens of thousands. Counts until it knows.
bool fewColours(const QImage &image)
{
    constexpr int kMostColours = 2048;
    QSet<QRgb> seen;
    seen.reserve(kMostColours + 1);
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            seen.insert(line[x]);
            if (seen.size() > kMostColours)
                return false;
        }
    }
    return true;
}

std::unique_ptr<Poppler::Document> open(const QString &pdfPath)
{
    silencePoppler();
    std::unique_ptr<Poppler::Document> document = Poppler::Document::load(pdfPath);
    if (!document || document->isLocked())
        throw Error(PageRenderer::tr("The PDF cannot be read."));
    document->setRenderHint(Poppler::Document::Antialiasing, true);
    document->setRenderHint(Poppler::Document::TextAntialiasing, true);
    document->setPaperColor(Qt::white);
    return document;
}

RenderedPage renderPage(Poppler::Document *document, int page, int width, bool webp)
{
    if (page < 1 || page > document->numPages())
        throw Error(PageRenderer::tr("The PDF has no page %1.").arg(page));
    const std::unique_ptr<Poppler::Page> pdfPage = document->page(page - 1);
    if (!pdfPage)
        throw Error(PageRenderer::tr("The PDF has no page %1.").arg(page));

    const QSizeF points = pdfPage->pageSizeF();
    if (points.width() <= 0 || points.height() <= 0)
        throw Error(PageRenderer::tr("The PDF has no page %1.").arg(page));
    qreal target = std::clamp(width, 16, PageRenderer::kMaxWidth);
    // Keep a tall page (a long scroll, a banner) within a sane number of pixels.
    const qreal height = target * points.height() / points.width();
    if (target * height > PageRenderer::kMaxPixels)
        target = std::sqrt(PageRenderer::kMaxPixels * points.width() / points.height());
    const qreal dpi = 72.0 * target / points.width();
    QImage image = pdfPage->renderToImage(dpi, dpi);
    if (image.isNull())
        throw Error(PageRenderer::tr("Page %1 of the PDF could not be drawn.").arg(page));
    image = image.convertToFormat(QImage::Format_RGB32);

    RenderedPage out;
    out.size = image.size();
    // Black text on white (most meeting papers) as 16 greys in a 4-bit PNG: sharper than JPEG
    // and a third of its size. Colour pages go as whichever of PNG and JPEG is smaller.
    QImage forPng = image;
    bool drawing = true;
    if (isGrey(image)) {
        static const QList<QRgb> greys = [] {
            QList<QRgb> table;
            for (int level = 0; level < 16; ++level)
                table << qRgb(level * 17, level * 17, level * 17);
            return table;
        }();
        forPng = image.convertToFormat(QImage::Format_Indexed8, greys, Qt::ThresholdDither);
    } else if (fewColours(image)) {
        // Charts, coloured headings and stamps on text: 256 colours of the page's own, which
        // keep their edges (no dithering) at a third of a full-colour PNG's size.
        forPng = image.convertToFormat(QImage::Format_Indexed8,
                                       Qt::ThresholdDither | Qt::AvoidDither | Qt::AutoColor);
    } else {
        drawing = false;
    }
    // The smallest of the encodings the phone can show. WebP, for a browser that takes it:
    // lossless of the same few colours for a drawing (a fifth smaller than the PNG on the
    // benchmark report), lossy for a photo (where it beats JPEG at the same look). Qt's WebP
    // writer is lossless at quality 100.
    const std::pair<QByteArray, const char *> candidates[] = {
        {encode(forPng, "png", -1), "image/png"},
        {encode(image, "jpeg", PageRenderer::kJpegQuality), "image/jpeg"},
        {webp ? encode(drawing ? forPng : image, "webp", drawing ? 100 : PageRenderer::kWebpQuality)
              : QByteArray(),
         "image/webp"},
    };
    for (const auto &[bytes, type] : candidates)
        if (!bytes.isEmpty() && (out.bytes.isEmpty() || bytes.size() < out.bytes.size())) {
            out.bytes = bytes;
            out.mimeType = type;
        }
    if (out.bytes.isEmpty())
        throw Error(PageRenderer::tr("Page %1 of the PDF could not be encoded.").arg(page));
    return out;
}

// The page's words in Poppler's reading order (columns one after another, as pdftotext reads
// them), grouped into the lines Poppler chained them in, as a phone's text view reads them.
RenderedPage pageText(Poppler::Document *document, int page)
{
    if (page < 1 || page > document->numPages())
        throw Error(PageRenderer::tr("The PDF has no page %1.").arg(page));
    const std::unique_ptr<Poppler::Page> pdfPage = document->page(page - 1);
    if (!pdfPage)
        throw Error(PageRenderer::tr("The PDF has no page %1.").arg(page));
    std::vector<textflow::Line> lines;
    const Poppler::TextBox *previous = nullptr;
    const std::vector<std::unique_ptr<Poppler::TextBox>> words = pdfPage->textList();
    for (const std::unique_ptr<Poppler::TextBox> &word : words) {
        const QRectF box = word->boundingBox();
        const QString text = word->text();
        if (previous && previous->nextWord() == word.get() && !lines.empty()) {
            textflow::Line &line = lines.back();
            const double gap = box.left() - previous->boundingBox().right();
            line.widestGap = std::max(line.widestGap, gap);
            // Far apart on one line: a table's cells.
            if (gap > 3 * std::max(box.height(), 1.0))
                line.text += textflow::kCellSeparator;
            else if (previous->hasSpaceAfter())
                line.text += u' ';
            line.text += text;
            line.box = line.box.united(box);
        } else {
            lines.push_back({text, box, 0});
        }
        previous = word.get();
    }
    RenderedPage out;
    out.bytes = textflow::toJson(textflow::flow(lines, pdfPage->pageSizeF().width()));
    out.mimeType = "application/json";
    return out;
}

void collectOutline(const QList<Poppler::OutlineItem> &items, int depth,
                    std::vector<textflow::OutlineEntry> &into)
{
    for (const Poppler::OutlineItem &item : items) {
        if (into.size() >= static_cast<size_t>(textflow::kMaxOutlineEntries))
            return;
        textflow::OutlineEntry entry;
        entry.title = item.name().simplified();
        const QSharedPointer<const Poppler::LinkDestination> destination = item.destination();
        entry.page = destination ? std::max(0, destination->pageNumber()) : 0;
        entry.depth = std::min(depth, textflow::kMaxOutlineDepth);
        into.push_back(entry);
        if (item.hasChildren())
            collectOutline(item.children(), depth + 1, into);
    }
}

// The document's own contents list (its outline, "bookmarks"), if it has one.
RenderedPage outline(Poppler::Document *document)
{
    std::vector<textflow::OutlineEntry> entries;
    collectOutline(document->outline(), 0, entries);
    for (textflow::OutlineEntry &entry : entries)
        if (entry.page > document->numPages())
            entry.page = 0;
    RenderedPage out;
    out.bytes = textflow::outlineToJson(entries);
    out.mimeType = "application/json";
    return out;
}

RenderedPage produce(Poppler::Document *document, int page, int width, bool webp)
{
    if (width == PageRenderer::kTextWidth)
        return pageText(document, page);
    if (width == PageRenderer::kOutlineWidth)
        return outline(document);
    return renderPage(document, page, width, webp);
}

} // namespace

struct DocumentRenderer::Open
{
    QString path;
    qint64 size = 0;
    QDateTime modified;
    std::unique_ptr<Poppler::Document> document;
};

DocumentRenderer::DocumentRenderer() = default;
DocumentRenderer::~DocumentRenderer() = default;

RenderedPage DocumentRenderer::render(const QString &pdfPath, int page, int width, bool webp)
{
    const QFileInfo info(pdfPath);
    auto it = std::find_if(m_open.begin(), m_open.end(), [&](const std::unique_ptr<Open> &open) {
        // The blob store never changes a file in place, but a damaged or replaced file must
        // not be drawn from what an earlier parse remembered.
        return open->path == pdfPath && open->size == info.size() &&
               open->modified == info.lastModified();
    });
    if (it == m_open.end()) {
        auto fresh = std::make_unique<Open>();
        fresh->path = pdfPath;
        fresh->size = info.size();
        fresh->modified = info.lastModified();
        fresh->document = open(pdfPath);
        m_open.insert(m_open.begin(), std::move(fresh));
        if (m_open.size() > static_cast<size_t>(kKeptOpen))
            m_open.pop_back();
    } else if (it != m_open.begin()) {
        std::rotate(m_open.begin(), it, it + 1);
    }
    return produce(m_open.front()->document.get(), page, width, webp);
}

RenderedPage PageRenderer::render(const QString &pdfPath, int page, int width, bool webp)
{
    return produce(open(pdfPath).get(), page, width, webp);
}

} // namespace docket
