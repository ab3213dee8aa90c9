// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QPageLayout>
#include <QRectF>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QPainter;
class QPdfWriter;

namespace docket {

// A printed document laid out as a flow of blocks down its pages (the attendance record, the
// survey report), painted twice: a first pass only measures, to count the pages so that every
// footer can say "of N", then the second draws. Subclasses paint their blocks with text() and
// rule(), ask need() for room before each, and say what a footer and a running header are.
class PagedFlow
{
public:
    virtual ~PagedFlow() = default;
    PagedFlow(const PagedFlow &) = delete;
    PagedFlow &operator=(const PagedFlow &) = delete;

    // Both passes; returns the page count.
    int paint();

protected:
    explicit PagedFlow(QPagedPaintDevice &device);

    // Everything from the top of page 1 to the end; the last footer follows it.
    virtual void paintContent() = 0;
    virtual void paintFooter() = 0;
    // At the top of every page after the first.
    virtual void paintRunningHeader() = 0;

    // False while measuring: the first pass, or a block measured by measureBlock().
    bool drawing() const { return m_draw && !m_measuring; }
    bool finalPass() const { return m_draw; }
    qreal bottom() const; // the footer's room below
    void newPage();
    // Room for `height` more on this page, or a new one. Measuring never turns a page.
    void need(qreal height);
    // Wrapped text at the top of `box`; returns its height (measured only, while measuring).
    qreal text(const QRectF &box, const QFont &font, const QColor &colour, const QString &line,
               Qt::Alignment alignment = Qt::AlignLeft);
    qreal measure(const QFont &font, qreal width, const QString &line) const;
    // A hairline across the page, `width` in millimetres.
    void rule(qreal y, qreal width = 0.3);
    // How tall `block` would be from here, without drawing it or turning a page; m_y is left
    // where it was.
    qreal measureBlock(const std::function<void()> &block);

    QPagedPaintDevice &m_device;
    const qreal mm;
    const qreal pt;
    const QRectF m_page;
    QPainter *m_painter = nullptr; // while drawing
    int m_pageNumber = 1;
    int m_pageCount = 1;
    qreal m_y = 0;

private:
    bool m_draw = false;
    bool m_measuring = false;
};

class PdfFile
{
    Q_DECLARE_TR_FUNCTIONS(PdfFile)
public:
    // A PDF at `path` on `layout`, at 600 dpi, atomically: the file appears whole or not at
    // all. `paint` draws every page and returns how many. Throws docket::Error.
    static int write(const QString &path, const QPageLayout &layout, const QString &title,
                     const std::function<int(QPdfWriter &)> &paint);
};

} // namespace docket
