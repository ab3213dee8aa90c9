// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/QrDecode.h"

#include <QPolygon>

#include <zbar.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <memory>

namespace testsupport {

// In C++ zbar.h declares its C API inside namespace zbar.
using namespace zbar;

namespace {
struct ScannerDeleter
{
    void operator()(zbar_image_scanner_t *scanner) const { zbar_image_scanner_destroy(scanner); }
};
struct ImageDeleter
{
    void operator()(zbar_image_t *image) const { zbar_image_destroy(image); }
};
} // namespace

QStringList decodeQr(const QImage &image)
{
    QStringList texts;
    for (const DecodedQr &symbol : decodeQrSymbols(image))
        texts.append(symbol.text);
    return texts;
}

QList<DecodedQr> decodeQrSymbols(const QImage &image)
{
    if (image.isNull())
        return {};
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    const int width = gray.width();
    const int height = gray.height();

    // Y800 has no stride: copy row by row, since QImage pads each line to 32 bits.
    QByteArray pixels(qsizetype{width} * height, Qt::Uninitialized);
    for (int y = 0; y < height; ++y)
        std::memcpy(pixels.data() + qsizetype{y} * width, gray.constScanLine(y),
                    static_cast<size_t>(width));

    std::unique_ptr<zbar_image_scanner_t, ScannerDeleter> scanner(zbar_image_scanner_create());
    zbar_image_scanner_set_config(scanner.get(), ZBAR_NONE, ZBAR_CFG_ENABLE, 0);
    zbar_image_scanner_set_config(scanner.get(), ZBAR_QRCODE, ZBAR_CFG_ENABLE, 1);
    zbar_image_scanner_set_config(scanner.get(), ZBAR_QRCODE, ZBAR_CFG_BINARY, 1);

    std::unique_ptr<zbar_image_t, ImageDeleter> zimage(zbar_image_create());
    zbar_image_set_format(zimage.get(), zbar_fourcc('Y', '8', '0', '0'));
    zbar_image_set_size(zimage.get(), static_cast<unsigned>(width), static_cast<unsigned>(height));
    zbar_image_set_data(zimage.get(), pixels.constData(), static_cast<unsigned long>(pixels.size()),
                        nullptr);

    QList<DecodedQr> found;
    if (zbar_scan_image(scanner.get(), zimage.get()) <= 0)
        return found;
    for (const zbar_symbol_t *symbol = zbar_image_first_symbol(zimage.get()); symbol;
         symbol = zbar_symbol_next(symbol)) {
        if (zbar_symbol_get_type(symbol) != ZBAR_QRCODE)
            continue;
        QPolygon corners;
        for (unsigned i = 0; i < zbar_symbol_get_loc_size(symbol); ++i)
            corners << QPoint(zbar_symbol_get_loc_x(symbol, i), zbar_symbol_get_loc_y(symbol, i));
        found.append(
            {QString::fromUtf8(zbar_symbol_get_data(symbol),
                               static_cast<qsizetype>(zbar_symbol_get_data_length(symbol))),
             corners.boundingRect()});
    }
    std::sort(found.begin(), found.end(), [](const DecodedQr &a, const DecodedQr &b) {
        // Rows of a sheet: a symbol more than half a symbol lower is on a later row.
        if (std::abs(a.bounds.center().y() - b.bounds.center().y()) > a.bounds.height() / 2)
            return a.bounds.center().y() < b.bounds.center().y();
        return a.bounds.center().x() < b.bounds.center().x();
    });
    return found;
}

} // namespace testsupport
