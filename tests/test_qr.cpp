// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/MeetingCode.h"
#include "qr/DelegateUrl.h"
#include "qr/QrCode.h"
#include "support/QrDecode.h"
#include "util/Error.h"

#include <QPainter>
#include <QRegularExpression>
#include <QSvgRenderer>

#include <catch2/catch.hpp>

using namespace docket;
using testsupport::decodeQr;

namespace {

QImage renderSvg(const QByteArray &svg, int pixelsPerModule, int side)
{
    QSvgRenderer renderer(svg);
    REQUIRE(renderer.isValid());
    QImage image(side * pixelsPerModule, side * pixelsPerModule, QImage::Format_RGB32);
    image.fill(Qt::red); // anything the SVG does not paint would show
    QPainter painter(&image);
    renderer.render(&painter, QRectF(0, 0, image.width(), image.height()));
    painter.end();
    return image;
}

bool isWhite(const QImage &image, int x, int y)
{
    return image.pixel(x, y) == qRgb(255, 255, 255);
}

// True when every pixel outside the central square [margin, side - margin) is white.
bool borderIsWhite(const QImage &image, int margin)
{
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const bool inside = x >= margin && x < image.width() - margin && y >= margin &&
                                y < image.height() - margin;
            if (!inside && !isWhite(image, x, y))
                return false;
        }
    return true;
}

QStringList sampleCodes()
{
    QStringList codes{QStringLiteral("ZZZZZZZZ"), QStringLiteral("00000000"),
                      QStringLiteral("K7Q2M9AB")};
    for (int i = 0; i < 3; ++i)
        codes.append(meetingcode::generate());
    return codes;
}

} // namespace

TEST_CASE("Item URLs fit in QR version 3 at ECC M and decode exactly", "[qr]")
{
    // The longest host and port there are: the worst case for the symbol size.
    const QString base = delegateurl::base(QStringLiteral("192.168.100.123"), 65535);
    REQUIRE(base == u"HTTP://192.168.100.123:65535");
    const QRegularExpression alphanumeric(QStringLiteral("^[0-9A-Z $%*+\\-./:]+$"));
    for (const QString &code : sampleCodes()) {
        for (int number = 1; number <= 99; ++number) {
            const QString url = delegateurl::item(base, code, number);
            INFO(url.toStdString());
            REQUIRE(url == base + u'/' + code + u'/' + QString::number(number));
            CHECK(alphanumeric.match(url).hasMatch());
            const QrCode qr = QrCode::encode(url.toUtf8(), QrCode::Ecc::M);
            CHECK(qr.version() >= 1);
            CHECK(qr.version() <= 3);
            CHECK(qr.modules() == 17 + 4 * qr.version());
            CHECK(decodeQr(qr.toImage(3)) == QStringList{url});
            if (number % 7 == 1) // the SVG path is slower: every seventh item is plenty
                CHECK(decodeQr(renderSvg(qr.toSvg(), 8, qr.modules() + 2 * QrCode::kQuietZone)) ==
                      QStringList{url});
        }
    }
}

TEST_CASE("The meeting URL and lowercase codes come out uppercase", "[qr]")
{
    const QString base = delegateurl::base(QStringLiteral("10.0.0.2"), 8080);
    CHECK(delegateurl::meeting(base, QStringLiteral("k7q2m9ab")) ==
          u"HTTP://10.0.0.2:8080/K7Q2M9AB");
    CHECK(delegateurl::item(base, QStringLiteral("k7q2m9ab"), 12) ==
          u"HTTP://10.0.0.2:8080/K7Q2M9AB/12");
    const QString url = delegateurl::meeting(base, QStringLiteral("k7q2m9ab"));
    const QrCode qr = QrCode::encode(url.toUtf8());
    CHECK(qr.version() <= 2);
    CHECK(decodeQr(qr.toImage(4)) == QStringList{url});
    CHECK(decodeQr(qr.toImageFitting(800)) == QStringList{url});
}

TEST_CASE("Vietnamese UTF-8 text round-trips through a QR code", "[qr]")
{
    const QStringList texts{
        QStringLiteral("Hội nghị không văn bản giấy"),
        QStringLiteral("Đoàn TNCS Hồ Chí Minh — Báo cáo tổng kết năm 2026: ưu điểm, hạn chế, "
                       "đề xuất"),
        QStringLiteral("WIFI:T:WPA;S:Hội trường A;P:mật-khẩu;;"),
    };
    for (const QString &text : texts) {
        INFO(text.toStdString());
        for (const QrCode::Ecc ecc : {QrCode::Ecc::L, QrCode::Ecc::M, QrCode::Ecc::H}) {
            const QrCode qr = QrCode::encode(text.toUtf8(), ecc);
            CHECK(decodeQr(qr.toImage(4)) == QStringList{text});
            CHECK(decodeQr(renderSvg(qr.toSvg(), 6, qr.modules() + 2 * QrCode::kQuietZone)) ==
                  QStringList{text});
        }
    }
}

TEST_CASE("A higher error correction level never needs a smaller symbol", "[qr]")
{
    const QByteArray text = "HTTP://192.168.1.23:8080/K7Q2M9AB/3";
    int previous = 0;
    for (const QrCode::Ecc ecc : {QrCode::Ecc::L, QrCode::Ecc::M, QrCode::Ecc::Q, QrCode::Ecc::H}) {
        const QrCode qr = QrCode::encode(text, ecc);
        CHECK(qr.version() >= previous);
        previous = qr.version();
        CHECK(decodeQr(qr.toImage(4)) == QStringList{QString::fromLatin1(text)});
    }
}

TEST_CASE("Error correction is raised for free, never at the cost of a larger symbol", "[qr]")
{
    const QList<QByteArray> texts{"HTTP://192.168.1.23:8080/K7Q2M9AB/3",
                                  "HTTP://192.168.100.123:65535/K7Q2M9AB/99",
                                  "HTTP://[FE80::1]:8080/K7Q2M9AB", "WIFI:T:nopass;S:A;;"};
    for (const QByteArray &text : texts) {
        INFO(text.toStdString());
        const QrCode atM = QrCode::encode(text, QrCode::Ecc::M);
        CHECK(atM.ecc() >= QrCode::Ecc::M);
        // The same level asked for directly gives the same version: nothing grew.
        CHECK(QrCode::encode(text, atM.ecc()).version() == atM.version());
        // One level more would have grown it (or H was reached).
        if (atM.ecc() != QrCode::Ecc::H)
            CHECK(QrCode::encode(text, static_cast<QrCode::Ecc>(static_cast<int>(atM.ecc()) + 1))
                      .version() > atM.version());
        CHECK(decodeQr(atM.toImage(4)) == QStringList{QString::fromLatin1(text)});
    }
    // Short texts do get more: version 1 holds these at H.
    CHECK(QrCode::encode("HTTP://10.0.0.5:80/K7Q2M9AB").ecc() >= QrCode::Ecc::Q);
}

TEST_CASE("The image has a quiet zone of 4 white modules", "[qr]")
{
    const QrCode qr = QrCode::encode("HTTP://192.168.1.23:8080/K7Q2M9AB/3");
    const int scale = 5;
    const int quiet = QrCode::kQuietZone;
    REQUIRE(quiet == 4);
    const QImage image = qr.toImage(scale);
    const int side = (qr.modules() + 2 * quiet) * scale;
    REQUIRE(image.width() == side);
    REQUIRE(image.height() == side);
    CHECK(borderIsWhite(image, quiet * scale));
    // The finder patterns' corners sit right at the edge of the quiet zone.
    CHECK_FALSE(isWhite(image, quiet * scale, quiet * scale));
    CHECK_FALSE(isWhite(image, side - quiet * scale - 1, quiet * scale));
    CHECK_FALSE(isWhite(image, quiet * scale, side - quiet * scale - 1));
    // Every module is drawn as the matrix says.
    for (int y = 0; y < qr.modules(); ++y)
        for (int x = 0; x < qr.modules(); ++x) {
            const int px = (x + quiet) * scale + scale / 2;
            const int py = (y + quiet) * scale + scale / 2;
            REQUIRE(isWhite(image, px, py) == !qr.isDark(x, y));
        }

    SECTION("a custom quiet zone")
    {
        const QImage wide = qr.toImage(2, 6);
        CHECK(wide.width() == (qr.modules() + 12) * 2);
        CHECK(borderIsWhite(wide, 12));
        CHECK_FALSE(isWhite(wide, 12, 12));
    }
    SECTION("the SVG too")
    {
        const QByteArray svg = qr.toSvg();
        const QByteArray n = QByteArray::number(qr.modules() + 2 * quiet);
        CHECK(svg.contains(QByteArray("viewBox=\"0 0 " + n + ' ' + n + '"')));
        const QImage rendered = renderSvg(svg, 8, qr.modules() + 2 * quiet);
        CHECK(borderIsWhite(rendered, quiet * 8));
        CHECK_FALSE(isWhite(rendered, quiet * 8 + 1, quiet * 8 + 1));
        for (int y = 0; y < qr.modules(); ++y)
            for (int x = 0; x < qr.modules(); ++x)
                REQUIRE(isWhite(rendered, (x + quiet) * 8 + 4, (y + quiet) * 8 + 4) ==
                        !qr.isDark(x, y));
    }
    SECTION("an image that fits a given side")
    {
        const QImage fitting = qr.toImageFitting(800);
        CHECK(fitting.width() <= 800);
        CHECK(fitting.width() > 800 - (qr.modules() + 2 * quiet));
        CHECK(fitting.width() % (qr.modules() + 2 * quiet) == 0);
        CHECK(borderIsWhite(fitting, quiet * (fitting.width() / (qr.modules() + 2 * quiet))));
    }
}

TEST_CASE("Text that cannot be encoded is refused", "[qr]")
{
    CHECK_THROWS_AS(QrCode::encode(QByteArray()), Error);
    CHECK_THROWS_AS(QrCode::encode(QByteArray("abc\0def", 7)), Error);
    CHECK_THROWS_AS(QrCode::encode(QByteArray(8000, 'x')), Error);
    // The largest byte-mode payload of version 40 at L still fits.
    CHECK(QrCode::encode(QByteArray(2953, 'x'), QrCode::Ecc::L).version() == 40);
}

TEST_CASE("normalizeBase accepts what people type", "[qr]")
{
    struct Row
    {
        const char16_t *input;
        const char16_t *expected;
    };
    const Row rows[] = {
        {u"http://1.2.3.4:8080/", u"HTTP://1.2.3.4:8080"},
        {u"http://1.2.3.4:8080", u"HTTP://1.2.3.4:8080"},
        {u"HTTP://1.2.3.4:8080", u"HTTP://1.2.3.4:8080"},
        {u"1.2.3.4:8080", u"HTTP://1.2.3.4:8080"},
        {u"1.2.3.4:8080/", u"HTTP://1.2.3.4:8080"},
        {u"  http://1.2.3.4:8080/  ", u"HTTP://1.2.3.4:8080"},
        {u"http://1.2.3.4", u"HTTP://1.2.3.4:80"},
        {u"http://docket.local:8080", u"HTTP://DOCKET.LOCAL:8080"},
        {u"http://[fe80::1]:8080/", u"HTTP://[FE80::1]:8080"},
        {u"[::1]:8080", u"HTTP://[::1]:8080"},
        {u"https://1.2.3.4:8080", u""},
        {u"ftp://1.2.3.4", u""},
        {u"http://1.2.3.4:8080/K7Q2M9AB", u""},
        {u"http://1.2.3.4:8080/a/b", u""},
        {u"http://1.2.3.4:8080/?x=1", u""},
        {u"http://1.2.3.4:8080#top", u""},
        {u"http://user@1.2.3.4:8080", u""},
        {u"http://1.2.3.4:99999", u""},
        {u"http://", u""},
        {u"", u""},
        {u"   ", u""},
    };
    for (const Row &row : rows) {
        const QString input = QString::fromUtf16(row.input);
        INFO("input: \"" << input.toStdString() << '"');
        CHECK(delegateurl::normalizeBase(input) == QString::fromUtf16(row.expected));
    }
}

TEST_CASE("Base URLs put IPv6 hosts in brackets", "[qr]")
{
    CHECK(delegateurl::base(QStringLiteral("192.168.1.23"), 8080) == u"HTTP://192.168.1.23:8080");
    CHECK(delegateurl::base(QStringLiteral("fe80::1"), 8080) == u"HTTP://[FE80::1]:8080");
    CHECK(delegateurl::base(QStringLiteral("::"), 0) == u"HTTP://[::]:0");
}
