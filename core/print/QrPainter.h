// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qr/QrCode.h"

#include <QRectF>

class QPainter;

namespace docket {

enum class QrRendering
{
    // Whole device pixels per module, no smoothing: for screens, where a blurred module edge
    // costs a scan from the back of the hall.
    Pixels,
    // One filled outline (no seams between modules), for PDF and paper at any size.
    Vector
};

// Paints `code` with its quiet zone, white behind it, centred in `box` and as large as fits.
// Returns the square it covered, quiet zone included (empty if `box` is too small for even
// one pixel per module).
QRectF paintQr(QPainter &painter, const QrCode &code, const QRectF &box, QrRendering rendering);

} // namespace docket
