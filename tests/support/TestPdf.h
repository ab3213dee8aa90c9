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

} // namespace testsupport
