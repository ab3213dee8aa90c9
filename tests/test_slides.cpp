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

namespace {

// The lengths of the filled bars painted in the accent colour, top to bottom: runs of rows
// whose longest accent run is bar-like (text strokes are a few pixels thick).
QList<int> barLengths(const QImage &image)
{
    const QRgb accent = slidetext::kAccent.rgb();
    QList<int> lengths;
    int rows = 0;
    int longestInBar = 0;
    for (int y = 0; y < image.height(); ++y) {
        int longest = 0;
        int run = 0;
        for (int x = 0; x < image.width(); ++x) {
            run = image.pixel(x, y) == accent ? run + 1 : 0;
            longest = std::max(longest, run);
        }
        if (longest >= 8) {
            ++rows;
            longestInBar = std::max(longestInBar, longest);
            continue;
        }
        if (rows >= 10 && longestInBar >= 40) // a bold heading's strokes are not a bar
            lengths << longestInBar;
        rows = 0;
        longestInBar = 0;
    }
    return lengths;
}

} // namespace

TEST_CASE("A survey's results slides chart each rating and choice, never the written answers",
          "[slides][survey]")
{
    Survey survey;
    survey.title = QStringLiteral("Góp ý sau hội nghị");
    survey.language = QStringLiteral("vi");
    const auto question = [&](Id id, QuestionKind kind, const QString &text, QStringList options) {
        SurveyQuestion q;
        q.id = id;
        q.kind = kind;
        q.text = text;
        q.options = std::move(options);
        survey.questions << q;
    };
    question(1, QuestionKind::Section, QStringLiteral("Phần 1"), {});
    question(2, QuestionKind::Rating, QStringLiteral("Bạn hài lòng với hội nghị?"), {});
    question(3, QuestionKind::Text, QStringLiteral("Ý kiến khác"), {});
    question(4, QuestionKind::Single, QStringLiteral("Thời lượng"),
             {QStringLiteral("Vừa đủ"), QStringLiteral("Quá dài"), QStringLiteral("Quá ngắn")});
    QList<SurveyResponse> responses;
    const QList<std::pair<int, int>> answers{{5, 0}, {5, 0}, {4, 0}, {2, 1}};
    for (const auto &[points, option] : answers) {
        SurveyResponse r;
        r.id = responses.size() + 1;
        r.day = QDate(2026, 12, 3);
        r.answers << SurveyAnswer{2, {points}, {}} << SurveyAnswer{4, {option}, {}}
                  << SurveyAnswer{3, {}, QStringLiteral("Không được chiếu")};
        responses << r;
    }

    const QList<SurveyResultsSlide> slides = surveyResultsSlides(survey, responses);
    REQUIRE(slides.size() == 2);
    CHECK(slides[0].number == 1);
    CHECK(slides[0].count == 2);
    CHECK(slides[0].question == QStringLiteral("Bạn hài lòng với hội nghị?"));
    CHECK(slides[0].counts == QList<int>{0, 1, 0, 1, 2});
    CHECK(slides[0].labels.size() == 5);
    CHECK(slides[0].labels[4].startsWith(QStringLiteral("5 · ")));
    REQUIRE(slides[0].mean);
    CHECK(*slides[0].mean == Approx(4.0));
    CHECK(slides[0].answered == 4);
    CHECK(slides[0].responses == 4);
    CHECK(slides[1].question == QStringLiteral("Thời lượng"));
    CHECK(slides[1].counts == QList<int>{3, 1, 0});
    CHECK(slides[1].labels == survey.questions[3].options);
    CHECK_FALSE(slides[1].mean);

    // Painted, each bar is as long as its count: 2 to 1 for the rating, 3 to 1 for the choice.
    for (const QSize &size : {QSize(1280, 720), QSize(1024, 768)}) {
        INFO(size.width() << "x" << size.height());
        const QImage rating = paint(size, [&](QPainter &p, QRectF area) {
            paintSurveyResultsSlide(p, area, slides[0], {});
            return SlideGeometry{};
        });
        const QList<int> ratingBars = barLengths(rating);
        REQUIRE(ratingBars.size() == 3); // points 2, 4 and 5: nobody gave 1 or 3
        CHECK(ratingBars[0] == Approx(ratingBars[1]).epsilon(0.02));
        CHECK(ratingBars[2] == Approx(2.0 * ratingBars[0]).epsilon(0.03));
        const QImage choice = paint(size, [&](QPainter &p, QRectF area) {
            paintSurveyResultsSlide(p, area, slides[1], {});
            return SlideGeometry{};
        });
        const QList<int> choiceBars = barLengths(choice);
        REQUIRE(choiceBars.size() == 2);
        CHECK(choiceBars[0] == Approx(3.0 * choiceBars[1]).epsilon(0.03));
        // Three quarters of the track: the bar never leaves the slide.
        CHECK(choiceBars[0] < size.width() * 3 / 4);
        if (size.width() == 1280)
            choice.save(QStringLiteral("/tmp/survey-results-slide.png"));
    }

    // Without a question to chart there is no slide.
    Survey texts = survey;
    texts.questions = {survey.questions[0], survey.questions[2]};
    CHECK(surveyResultsSlides(texts, responses).isEmpty());
}
