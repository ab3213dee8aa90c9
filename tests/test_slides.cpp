// SPDX-License-Identifier: GPL-3.0-or-later
// The slides the projector shows, painted into images the size of real projectors, read back by
// zbar: straight off the frame buffer, and through a simulated phone photo of the screen.
#include "model/Model.h"
#include "print/Slides.h"
#include "qr/QrCode.h"
#include "qr/WifiPayload.h"
#include "support/QrDecode.h"

#include <QPainter>
#include <QRandomGenerator>
#include <QTransform>

#include <catch2/catch.hpp>

using namespace docket;
using namespace testsupport;

namespace {

const QString kUrl = QStringLiteral("HTTP://192.168.1.23:8080/K7Q2M9AB/3");
const QString kMeetingUrl = QStringLiteral("HTTP://192.168.1.23:8080/K7Q2M9AB");

ItemSlide itemSlide(const QString &url = kUrl)
{
    return {QStringLiteral("Hội nghị Ban Chấp hành Đoàn khoá XII, kỳ họp thứ 5"), 3,
            QStringLiteral("Báo cáo kết quả công tác Đoàn và phong trào thanh thiếu nhi năm 2026, "
                           "phương hướng nhiệm vụ năm 2027"),
            QStringLiteral("Đ/c Nguyễn Thị Ánh Tuyết"), url};
}

WifiNetwork venueWifi()
{
    WifiNetwork wifi;
    wifi.ssid = QStringLiteral(R"(Hội trường; A:"Đoàn")");
    wifi.password = QStringLiteral(R"(p@ss,w;rd:"x"\)");
    return wifi;
}

QImage paint(const QSize &size, const std::function<SlideGeometry(QPainter &, QRectF)> &draw,
             SlideGeometry *geometry = nullptr, qreal ratio = 1.0)
{
    QImage image(size * ratio, QImage::Format_RGB32);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::magenta); // anything the slide does not cover shows
    QPainter painter(&image);
    const SlideGeometry placed = draw(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    if (geometry)
        *geometry = placed;
    return image;
}

// What a phone camera makes of a projected screen: smaller, tilted, washed out, noisy, soft.
QImage photographed(const QImage &screen)
{
    QTransform tilt;
    tilt.rotate(6);
    QImage photo =
        screen.scaled(screen.size() * 0.55, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
            .transformed(tilt, Qt::SmoothTransformation)
            .convertToFormat(QImage::Format_Grayscale8);
    QRandomGenerator noise(42);
    for (int y = 0; y < photo.height(); ++y) {
        uchar *line = photo.scanLine(y);
        for (int x = 0; x < photo.width(); ++x) {
            // A projector's black is grey and its white is not white; the sensor adds noise.
            const int washed = 60 + line[x] * 150 / 255 + noise.bounded(-20, 21);
            line[x] = static_cast<uchar>(std::clamp(washed, 0, 255));
        }
    }
    // The lens and the camera's processing soften it.
    const QSize full = photo.size();
    return photo.scaled(full * 0.6, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
        .scaled(full, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

} // namespace

TEST_CASE("An item slide's code fills the projector and decodes", "[slides][zbar]")
{
    const QSize size = GENERATE(QSize(1920, 1080), QSize(1024, 768), QSize(1280, 800),
                                QSize(3840, 2160), QSize(800, 1280));
    INFO(size.width() << "x" << size.height());
    SlideGeometry geometry;
    const QImage image = paint(
        size, [](QPainter &p, QRectF area) { return paintItemSlide(p, area, itemSlide(), {}); },
        &geometry);
    CHECK(decodeQr(image) == QStringList{kUrl});
    CHECK(image.pixelColor(5, 5) == QColor(Qt::white)); // the whole screen is painted

    // As large as the screen allows: most of the shorter side, on whole pixels per module.
    const QRectF qr = geometry.itemQr;
    const int span = QrCode::encode(kUrl.toUtf8()).modules() + 2 * QrCode::kQuietZone;
    CHECK(qr.width() >= std::min(size.width(), size.height()) * 0.55);
    CHECK(qr.width() == qr.height());
    CHECK(static_cast<int>(qr.width()) % span == 0);
    CHECK(qr.topLeft() == qr.topLeft().toPoint());

    // No smoothing: inside the code every pixel is black or white.
    bool crisp = true;
    for (int y = static_cast<int>(qr.top()); y < static_cast<int>(qr.bottom()) && crisp; ++y)
        for (int x = static_cast<int>(qr.left()); x < static_cast<int>(qr.right()); ++x) {
            const QRgb pixel = image.pixel(x, y);
            if (pixel != qRgb(0, 0, 0) && pixel != qRgb(255, 255, 255)) {
                crisp = false;
                break;
            }
        }
    CHECK(crisp);
}

TEST_CASE("A photo of the projected code still decodes", "[slides][zbar]")
{
    const QSize size = GENERATE(QSize(1920, 1080), QSize(1024, 768));
    const QImage screen = paint(
        size, [](QPainter &p, QRectF area) { return paintItemSlide(p, area, itemSlide(), {}); });
    CHECK(decodeQr(photographed(screen)) == QStringList{kUrl});
}

TEST_CASE("A HiDPI screen gets whole device pixels per module", "[slides][zbar]")
{
    SlideGeometry geometry;
    const QImage image = paint(
        QSize(1280, 720),
        [](QPainter &p, QRectF area) { return paintItemSlide(p, area, itemSlide(), {}); },
        &geometry, 2.0);
    CHECK(decodeQr(image) == QStringList{kUrl});
    const int span = QrCode::encode(kUrl.toUtf8()).modules() + 2 * QrCode::kQuietZone;
    CHECK(static_cast<int>(geometry.itemQr.width() * 2) % span == 0);
}

TEST_CASE("The welcome slide joins the Wi-Fi, then opens the meeting", "[slides][zbar]")
{
    const QSize size = GENERATE(QSize(1920, 1080), QSize(1024, 768));
    const WelcomeSlide slide{QStringLiteral("Hội nghị tổng kết năm 2026"),
                             QStringLiteral("5 tháng 12, 2026 · Hội trường A"), kMeetingUrl,
                             venueWifi()};
    SlideGeometry geometry;
    const QImage image = paint(
        size, [&](QPainter &p, QRectF area) { return paintWelcomeSlide(p, area, slide, {}); },
        &geometry);
    // Left to right: Wi-Fi first, as the organiser reads it out.
    CHECK(decodeQr(image) ==
          QStringList{QString::fromUtf8(wifipayload::payload(venueWifi())), kMeetingUrl});
    CHECK(geometry.wifiQr.right() < geometry.meetingQr.left());
    CHECK(geometry.wifiQr.width() >= size.height() * 0.4);

    // Without a network: the meeting's code alone, at least as large.
    const WelcomeSlide alone{slide.meetingTitle, slide.subtitle, kMeetingUrl, {}};
    SlideGeometry aloneGeometry;
    const QImage single = paint(
        size, [&](QPainter &p, QRectF area) { return paintWelcomeSlide(p, area, alone, {}); },
        &aloneGeometry);
    CHECK(decodeQr(single) == QStringList{kMeetingUrl});
    CHECK(aloneGeometry.wifiQr.isEmpty());
    CHECK(aloneGeometry.meetingQr.width() >= geometry.meetingQr.width());
}

TEST_CASE("Before hosting, a slide says so instead of showing a code", "[slides]")
{
    SlideGeometry geometry;
    const QImage image = paint(
        QSize(1024, 768),
        [](QPainter &p, QRectF area) { return paintItemSlide(p, area, itemSlide({}), {}); },
        &geometry);
    CHECK(decodeQr(image).isEmpty());
    CHECK(geometry.itemQr.isEmpty());
}

TEST_CASE("Text is fitted: a longer title gets a smaller font, never past its box", "[slides]")
{
    QImage image(800, 600, QImage::Format_RGB32);
    QPainter painter(&image);
    const QRectF box(0, 0, 400, 100);
    image.fill(Qt::white);
    const qreal shortHeight =
        slidetext::drawFitted(painter, box, QStringLiteral("Khai mạc"), Qt::AlignLeft, 60, 10,
                              slidetext::font(0), Qt::black);
    const qreal longHeight = slidetext::drawFitted(
        painter, box, QString(QStringLiteral("Báo cáo tổng kết công tác năm ")).repeated(8),
        Qt::AlignLeft, 60, 10, slidetext::font(0), Qt::black);
    CHECK(shortHeight > 0);
    CHECK(longHeight <= box.height());
    // Nothing drawn below the box.
    bool clean = true;
    for (int y = 101; y < image.height() && clean; ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixel(x, y) != qRgb(255, 255, 255)) {
                clean = false;
                break;
            }
    CHECK(clean);
}
