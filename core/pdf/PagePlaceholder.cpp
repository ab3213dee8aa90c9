// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf/PagePlaceholder.h"

#include "pdf/PageRenderer.h"
#include "util/AudienceText.h"

#include <QBuffer>
#include <QFont>
#include <QGuiApplication>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

#include <algorithm>
#include <cmath>
#include <map>
#include <mutex>
#include <tuple>

namespace docket {

namespace {

constexpr char kContext[] = "PagePlaceholder";
constexpr std::size_t kKept = 64; // sizes and languages; pages of one document share a few

QImage draw(const QString &language, const QSize &size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(0xf4, 0xf4, 0xf4));
    // Fonts need a GUI application; a process without one (never the server) gets the frame.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return image;
    const AudienceText t(language, kContext);
    const QString message =
        t(QT_TRANSLATE_NOOP("PagePlaceholder", "This page is too heavy to display — download "
                                               "the PDF"));
    const int w = size.width();
    const int h = size.height();
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const qreal unit = std::max(2.0, std::min(w, h) / 60.0);
    painter.setPen(QPen(QColor(0xb4, 0xb4, 0xb4), unit / 2));
    painter.drawRect(QRectF(unit, unit, w - 2 * unit, h - 2 * unit));

    // A page with a folded corner and an exclamation mark, above the words.
    const qreal iconWidth = std::min(w * 0.28, h * 0.2);
    const QRectF icon(w / 2.0 - iconWidth / 2, h * 0.3 - iconWidth * 0.65, iconWidth,
                      iconWidth * 1.3);
    const qreal fold = iconWidth * 0.3;
    QPainterPath sheet;
    sheet.moveTo(icon.topLeft());
    sheet.lineTo(icon.right() - fold, icon.top());
    sheet.lineTo(icon.right(), icon.top() + fold);
    sheet.lineTo(icon.bottomRight());
    sheet.lineTo(icon.bottomLeft());
    sheet.closeSubpath();
    const QColor ink(0x50, 0x50, 0x50);
    painter.setPen(QPen(ink, std::max(1.5, iconWidth / 18)));
    painter.setBrush(Qt::white);
    painter.drawPath(sheet);
    QFont mark;
    mark.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans")});
    mark.setStyleHint(QFont::SansSerif);
    mark.setBold(true);
    mark.setPixelSize(std::max(8, qRound(iconWidth * 0.7)));
    painter.setFont(mark);
    painter.drawText(icon, Qt::AlignCenter, QStringLiteral("!"));

    QFont font = mark;
    font.setBold(false);
    font.setPixelSize(std::max(9, qRound(w / 16.0)));
    painter.setFont(font);
    painter.setPen(QColor(0x16, 0x16, 0x16));
    const QRectF words(w * 0.1, icon.bottom() + unit * 3, w * 0.8,
                       std::max(1.0, h - icon.bottom() - unit * 6));
    painter.drawText(words, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, message);
    painter.end();
    return image;
}

} // namespace

QSize PagePlaceholder::sizeFor(const QSizeF &pagePoints, int width)
{
    const QSizeF points = pagePoints.isValid() && !pagePoints.isEmpty()
                              ? pagePoints
                              : QSizeF(595.28, 841.89); // A4, as the reader assumes
    const qreal target = std::clamp(width, 16, PageRenderer::kMaxWidth);
    const qreal ratio = points.height() / points.width();
    if (target * target * ratio <= PageRenderer::kMaxPixels)
        return {qRound(target), std::max(1, qRound(target * ratio))};
    // A tall page is scaled down within the pixels the renderer allows itself.
    const qreal narrower = std::floor(std::sqrt(PageRenderer::kMaxPixels / ratio));
    return {std::max(1, qRound(narrower)), std::max(1, qFloor(narrower * ratio))};
}

QByteArray PagePlaceholder::png(const QString &language, const QSize &size)
{
    static std::mutex mutex;
    static std::map<std::tuple<QString, int, int>, QByteArray> kept;
    const auto key = std::make_tuple(language, size.width(), size.height());
    // One at a time: a few milliseconds each, and only the first phone per size draws it.
    const std::lock_guard lock(mutex);
    if (const auto it = kept.find(key); it != kept.end())
        return it->second;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    // In greys, one byte a pixel: a few kilobytes where colour took hundreds.
    writer.write(draw(language, size).convertToFormat(QImage::Format_Grayscale8));
    if (kept.size() >= kKept)
        kept.clear();
    kept.emplace(key, bytes);
    return bytes;
}

} // namespace docket
