// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/TestPdf.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <catch2/catch.hpp>

namespace testsupport {

namespace {
void paint(QPdfWriter &writer, int pages, const QString &text)
{
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    QPainter painter;
    REQUIRE(painter.begin(&writer));
    for (int page = 1; page <= pages; ++page) {
        if (page > 1)
            REQUIRE(writer.newPage());
        painter.drawText(QPointF(40, 60), QStringLiteral("Trang %1 / %2").arg(page).arg(pages));
        painter.drawText(QPointF(40, 90), text);
        painter.drawRect(QRectF(40, 120, 200, 100));
    }
    REQUIRE(painter.end());
}
} // namespace

QString vietnameseSample()
{
    return QStringLiteral("Hội nghị không văn bản giấy: Báo cáo tổng kết công tác Đoàn năm 2026, "
                          "đề xuất và kiến nghị của đại biểu.");
}

QByteArray pdfBytes(int pages, const QString &title, const QString &text)
{
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Docket tests"));
        paint(writer, pages, text);
    }
    buffer.close();
    REQUIRE(buffer.data().startsWith("%PDF-"));
    return buffer.data();
}

void writePdf(const QString &path, int pages, const QString &title, const QString &text)
{
    const QByteArray bytes = pdfBytes(pages, title, text);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
    file.close();
}

void writeHeavyPdf(const QString &path, int heavyPages, int draws, int lightPages)
{
    QImage map(kHeavyImageSide, kHeavyImageSide, QImage::Format_Mono);
    map.fill(0);
    {
        QPainter lines(&map);
        lines.setPen(QPen(Qt::color1, 3));
        for (int i = 0; i < kHeavyImageSide; i += kHeavyImageSide / 16)
            lines.drawLine(0, i, kHeavyImageSide, kHeavyImageSide - i);
    }
    QPdfWriter writer(path);
    writer.setTitle(QStringLiteral("Bản đồ quy hoạch"));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    QPainter painter;
    REQUIRE(painter.begin(&writer));
    for (int page = 1; page <= heavyPages + lightPages; ++page) {
        if (page > 1)
            REQUIRE(writer.newPage());
        painter.drawText(QPointF(40, 60), QStringLiteral("Trang %1").arg(page));
        // The same image each time: written once into the file, decoded at every use.
        if (page <= heavyPages)
            for (int i = 0; i < draws; ++i)
                painter.drawImage(QRectF(40 + i % 5, 80 + i % 7, 500, 500), map);
    }
    REQUIRE(painter.end());
}

} // namespace testsupport
