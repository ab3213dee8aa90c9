// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace testsupport {

// One page of a PDF as Poppler sees it: rasterised like a scanner or a phone would see the
// paper, its text, and where each word is.
struct PdfPage
{
    QImage image;
    QString text;            // words joined by single spaces
    QSizeF sizePoints;       // the page size, 1/72 inch
    QList<QRectF> wordBoxes; // in points
};

// REQUIREs that the file opens; renders each page at `dpi` without antialiasing guesses.
QList<PdfPage> readPdfPages(const QString &path, int dpi);

} // namespace testsupport
