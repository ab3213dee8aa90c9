// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/PagedFlow.h"

#include "print/Slides.h"
#include "util/Error.h"

#include <QDir>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <optional>

namespace docket {

namespace {

const QColor kRule(0xc8, 0xcf, 0xd8);

} // namespace

PagedFlow::PagedFlow(QPagedPaintDevice &device)
    : m_device(device), mm(device.logicalDpiX() / 25.4), pt(device.logicalDpiX() / 72.0),
      m_page(QPointF(0, 0), device.pageLayout().paintRectPixels(device.logicalDpiX()).size())
{}

int PagedFlow::paint()
{
    for (const bool draw : {false, true}) {
        m_draw = draw;
        m_pageNumber = 1;
        m_y = 0;
        std::optional<QPainter> painter;
        if (draw)
            painter.emplace(&m_device);
        m_painter = painter ? &*painter : nullptr;
        paintContent();
        paintFooter();
        if (!draw)
            m_pageCount = m_pageNumber;
    }
    m_painter = nullptr;
    return m_pageCount;
}

qreal PagedFlow::bottom() const
{
    return m_page.height() - 9 * mm;
}

void PagedFlow::newPage()
{
    paintFooter();
    if (m_draw)
        m_device.newPage();
    ++m_pageNumber;
    m_y = 0;
    paintRunningHeader();
}

void PagedFlow::need(qreal height)
{
    if (!m_measuring && m_y + height > bottom() && m_y > 12 * mm)
        newPage();
}

qreal PagedFlow::text(const QRectF &box, const QFont &font, const QColor &colour,
                      const QString &line, Qt::Alignment alignment)
{
    if (!drawing())
        return slidetext::wrappedHeight(&m_device, font, box.width(), line);
    return slidetext::drawWrapped(*m_painter, box, font, colour, line, alignment);
}

qreal PagedFlow::measure(const QFont &font, qreal width, const QString &line) const
{
    return slidetext::wrappedHeight(&m_device, font, width, line);
}

void PagedFlow::rule(qreal y, qreal width)
{
    if (!drawing())
        return;
    m_painter->save();
    m_painter->setPen(QPen(kRule, width * mm));
    m_painter->drawLine(QPointF(0, y), QPointF(m_page.width(), y));
    m_painter->restore();
}

qreal PagedFlow::measureBlock(const std::function<void()> &block)
{
    const qreal start = m_y;
    const bool was = m_measuring;
    m_measuring = true;
    block();
    m_measuring = was;
    const qreal height = m_y - start;
    m_y = start;
    return height;
}

int PdfFile::write(const QString &path, const QPageLayout &layout, const QString &title,
                   const std::function<int(QPdfWriter &)> &paint)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(layout);
        writer.setResolution(600);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Docket"));
        pages = paint(writer);
    } // the writer finishes the file when it goes
    if (!file.commit())
        throw Error(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return pages;
}

} // namespace docket
