// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace testsupport {

// A line of Vietnamese with every kind of mark the language uses, including đ/Đ.
QString vietnameseSample();

// Writes a real PDF with QPdfWriter: `pages` A4 pages, the Title field set to `title`, and on
// every page its number and `text`. REQUIREs that the file was written.
void writePdf(const QString &path, int pages, const QString &title,
              const QString &text = vietnameseSample());

// The same, in memory.
QByteArray pdfBytes(int pages, const QString &title, const QString &text = vietnameseSample());

// A PDF that reads in milliseconds and takes Poppler many seconds per page to draw, as a heavy
// scanned map can: on each of its first `heavyPages` pages, one large 1-bit image (12000 x 12000,
// a few kilobytes compressed, as it is almost blank) drawn `draws` times; Poppler decodes all of
// it each time, whatever the size it draws at. Then `lightPages` ordinary pages.
void writeHeavyPdf(const QString &path, int heavyPages, int draws, int lightPages = 0);
constexpr int kHeavyImageSide = 12000;

} // namespace testsupport
