// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/QrPainter.h"

#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace docket {

namespace {

QRectF paintPixels(QPainter &painter, const QrCode &code, const QRectF &box)
{
    // Work in device pixels so that a HiDPI screen gets whole physical pixels per module.
    const qreal ratio = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    const int side = static_cast<int>(std::floor(std::min(box.width(), box.height()) * ratio));
    const int span = code.modules() + 2 * QrCode::kQuietZone;
    const int scale = side / span;
    if (scale < 1)
        return {};
    QImage image = code.toImage(scale);
    image.setDevicePixelRatio(ratio);
    const QPointF centre = box.center() * ratio;
    const QPointF topLeft(std::round(centre.x() - image.width() / 2.0) / ratio,
                          std::round(centre.y() - image.height() / 2.0) / ratio);
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter.drawImage(topLeft, image);
    painter.restore();
    return QRectF(topLeft, QSizeF(image.width() / ratio, image.height() / ratio));
}

QRectF paintVector(QPainter &painter, const QrCode &code, const QRectF &box)
{
    const int span = code.modules() + 2 * QrCode::kQuietZone;
    const qreal side = std::min(box.width(), box.height());
    if (side <= 0)
        return {};
    const qreal module = side / span;
    const QRectF square(box.center().x() - side / 2, box.center().y() - side / 2, side, side);
    const QPointF origin = square.topLeft() + QPointF(module, module) * QrCode::kQuietZone;

    // Runs of dark modules per row, each reaching a sliver into the row below, in one path
    // filled by the non-zero rule: rows that merely touched would leave hairline seams in an
    // antialiasing PDF viewer, and overlapping ones fill as one shape. (QPainterPath's own
    // simplified() lost modules of real codes, so the outline is not merged by Qt.)
    const qreal overlap = module * 0.02;
    QPainterPath runs;
    runs.setFillRule(Qt::WindingFill);
    for (int y = 0; y < code.modules(); ++y) {
        int x = 0;
        while (x < code.modules()) {
            if (!code.isDark(x, y)) {
                ++x;
                continue;
            }
            int run = 1;
            while (x + run < code.modules() && code.isDark(x + run, y))
                ++run;
            const bool lastRow = y + 1 == code.modules();
            runs.addRect(QRectF(origin.x() + x * module, origin.y() + y * module, run * module,
                                module + (lastRow ? 0 : overlap)));
            x += run;
        }
    }
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.fillRect(square, Qt::white);
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillPath(runs, Qt::black);
    painter.restore();
    return square;
}

} // namespace

QRectF paintQr(QPainter &painter, const QrCode &code, const QRectF &box, QrRendering rendering)
{
    return rendering == QrRendering::Pixels ? paintPixels(painter, code, box)
                                            : paintVector(painter, code, box);
}

} // namespace docket
