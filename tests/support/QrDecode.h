// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QStringList>

namespace testsupport {

// Every QR symbol the real libzbar decoder finds in the image. zbar hands back the symbol's
// bytes untouched (no guessing of legacy encodings); they are read as UTF-8.
QStringList decodeQr(const QImage &image);

} // namespace testsupport
