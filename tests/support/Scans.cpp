// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/Scans.h"

#include "pdf/ChildProgram.h"

#include <QBuffer>
#include <QFont>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <catch2/catch.hpp>
#include <poppler-qt6.h>

#include <memory>

namespace testsupport {

QByteArray textPdf(const QList<QStringList> &pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(72);
        QPainter painter;
        REQUIRE(painter.begin(&writer));
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(30);
        painter.setFont(font);
        for (qsizetype page = 0; page < pages.size(); ++page) {
            if (page > 0)
                REQUIRE(writer.newPage());
            for (qsizetype line = 0; line < pages[page].size(); ++line)
                painter.drawText(QPointF(60, 120 + 60 * line), pages[page][line]);
        }
        REQUIRE(painter.end());
    }
    return bytes;
}

QList<QImage> scanPages(const QByteArray &pdf, int dpi)
{
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(pdf);
    REQUIRE(document);
    QList<QImage> images;
    for (int i = 0; i < document->numPages(); ++i) {
        const QImage image = document->page(i)->renderToImage(dpi, dpi);
        REQUIRE(!image.isNull());
        images << image.convertToFormat(QImage::Format_Grayscale8);
    }
    return images;
}

void writeScannedPdf(const QString &path, const QList<QImage> &images, int dpi,
                     const QString &stamp)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(dpi);
    QPainter painter;
    REQUIRE(painter.begin(&writer));
    for (qsizetype i = 0; i < images.size(); ++i) {
        if (i > 0)
            REQUIRE(writer.newPage());
        painter.drawImage(QRect(QPoint(0, 0), images[i].size()), images[i]);
        if (!stamp.isEmpty())
            painter.drawText(QPointF(dpi / 4.0, dpi / 4.0), stamp);
    }
    REQUIRE(painter.end());
}

void writeScannedPng(const QString &path, const QStringList &lines, int dpi)
{
    REQUIRE(scanPages(textPdf({lines}), dpi).first().save(path, "PNG"));
}

RecognitionChild::RecognitionChild(const QString &program)
{
    docket::ChildProgram::set(docket::ChildProgram::Use::Recognition, program);
}

RecognitionChild::~RecognitionChild()
{
    docket::ChildProgram::set(docket::ChildProgram::Use::Recognition, {});
}

ScopedEnv::ScopedEnv(const char *name, const QByteArray &value)
    : m_name(name), m_had(qEnvironmentVariableIsSet(name)), m_old(qgetenv(name))
{
    qputenv(name, value);
}

ScopedEnv::~ScopedEnv()
{
    if (m_had)
        qputenv(m_name, m_old);
    else
        qunsetenv(m_name);
}

} // namespace testsupport
