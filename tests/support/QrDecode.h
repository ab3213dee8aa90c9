// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QList>
#include <QRect>
#include <QStringList>

namespace testsupport {

// Every QR symbol the real libzbar decoder finds in the image. zbar hands back the symbol's
// bytes untouched (no guessing of legacy encodings); they are read as UTF-8.
QStringList decodeQr(const QImage &image);

struct DecodedQr
{
    QString text;
    QRect bounds; // the symbol's corners as zbar located them, in image pixels
};
// The same, with where each symbol is; sorted top to bottom, then left to right.
QList<DecodedQr> decodeQrSymbols(const QImage &image);

} // namespace testsupport
