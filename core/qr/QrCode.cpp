// SPDX-License-Identifier: GPL-3.0-or-later
#include "qr/QrCode.h"

#include "util/Error.h"

#include <qrencode.h>

#include <algorithm>
#include <memory>

namespace docket {

namespace {

struct QRcodeDeleter
{
    void operator()(QRcode *code) const { QRcode_free(code); }
};

QRecLevel toLevel(QrCode::Ecc ecc)
{
    switch (ecc) {
    case QrCode::Ecc::L:
        return QR_ECLEVEL_L;
    case QrCode::Ecc::M:
        return QR_ECLEVEL_M;
    case QrCode::Ecc::Q:
        return QR_ECLEVEL_Q;
    case QrCode::Ecc::H:
        return QR_ECLEVEL_H;
    }
    return QR_ECLEVEL_M;
}

} // namespace

QrCode QrCode::encode(const QByteArray &text, Ecc minimum)
{
    if (text.isEmpty())
        throw Error(tr("Nothing to encode in a QR code."));
    // Version 0 lets libqrencode choose the smallest version; case-sensitive, and with the
    // 8-bit hint it splits the text into the densest modes itself, so an uppercase URL lands
    // in alphanumeric mode while UTF-8 text stays bytes. The text must not hold NUL.
    if (text.contains('\0'))
        throw Error(tr("A QR code cannot hold a NUL character."));
    std::unique_ptr<QRcode, QRcodeDeleter> encoded(
        QRcode_encodeString(text.constData(), 0, toLevel(minimum), QR_MODE_8, 1));
    if (!encoded)
        throw Error(tr("The text is too long for a QR code (%1 bytes).").arg(text.size()));
    Ecc level = minimum;
    // Asked for a version, libqrencode grows it when the text does not fit: a stronger level
    // is kept only when the symbol stays the same size.
    for (int stronger = static_cast<int>(minimum) + 1; stronger <= static_cast<int>(Ecc::H);
         ++stronger) {
        const Ecc candidate = static_cast<Ecc>(stronger);
        std::unique_ptr<QRcode, QRcodeDeleter> tried(QRcode_encodeString(
            text.constData(), encoded->version, toLevel(candidate), QR_MODE_8, 1));
        if (!tried || tried->version != encoded->version)
            break;
        encoded = std::move(tried);
        level = candidate;
    }
    const QRcode *chosen = encoded.get();

    QrCode code;
    code.m_version = chosen->version;
    code.m_ecc = level;
    code.m_width = chosen->width;
    code.m_dark.resize(static_cast<size_t>(chosen->width) * static_cast<size_t>(chosen->width));
    for (size_t i = 0; i < code.m_dark.size(); ++i)
        code.m_dark[i] = (chosen->data[i] & 1) != 0; // bit 0 is the module colour
    return code;
}

QImage QrCode::toImage(int pixelsPerModule, int quietZone) const
{
    const int scale = std::max(1, pixelsPerModule);
    const int side = (m_width + 2 * quietZone) * scale;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < m_width; ++y) {
        for (int x = 0; x < m_width; ++x) {
            if (!isDark(x, y))
                continue;
            for (int py = 0; py < scale; ++py) {
                uchar *line = image.scanLine((y + quietZone) * scale + py);
                std::fill_n(line + (x + quietZone) * scale, scale, uchar{0});
            }
        }
    }
    return image;
}

QImage QrCode::toImageFitting(int side, int quietZone) const
{
    return toImage(side / (m_width + 2 * quietZone), quietZone);
}

QByteArray QrCode::toSvg(int quietZone) const
{
    const int side = m_width + 2 * quietZone;
    QByteArray path;
    path.reserve(m_width * m_width * 4);
    // One horizontal run of dark modules per subpath keeps the file small.
    for (int y = 0; y < m_width; ++y) {
        int x = 0;
        while (x < m_width) {
            if (!isDark(x, y)) {
                ++x;
                continue;
            }
            int run = 1;
            while (x + run < m_width && isDark(x + run, y))
                ++run;
            path += 'M' + QByteArray::number(x + quietZone) + ' ' +
                    QByteArray::number(y + quietZone) + 'h' + QByteArray::number(run) + "v1h-" +
                    QByteArray::number(run) + 'z';
            x += run;
        }
    }
    const QByteArray n = QByteArray::number(side);
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" viewBox=\"0 0 " +
           n + ' ' + n + "\" width=\"" + n + "mm\" height=\"" + n +
           "mm\" shape-rendering=\"crispEdges\">\n<rect width=\"" + n + "\" height=\"" + n +
           "\" fill=\"#fff\"/>\n<path fill=\"#000\" d=\"" + path + "\"/>\n</svg>\n";
}

} // namespace docket
