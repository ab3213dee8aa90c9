// SPDX-License-Identifier: GPL-3.0-or-later
// The Wi-Fi join code: the escaping of the WIFI: format, checked through the real zbar decoder
// and a reader that follows the format's rules; the per-meeting network with its venue
// default; and that no part of it ever reaches a delegate's phone over HTTP.
#include "catalog/Catalog.h"
#include "hosting/SnapshotPublisher.h"
#include "qr/QrCode.h"
#include "qr/WifiPayload.h"
#include "server/HttpServer.h"
#include "support/Curl.h"
#include "support/HostedSite.h"
#include "support/QrDecode.h"
#include "support/SampleSite.h"
#include "support/TempLibrary.h"
#include "util/Error.h"

#include <QMap>

#include <catch2/catch.hpp>

using namespace docket;
using namespace testsupport;

namespace {

// Reads a WIFI: text back the way phone cameras do: fields end at an unescaped ';', a
// backslash takes the next character literally.
QMap<QString, QString> readWifiText(const QString &text)
{
    REQUIRE(text.startsWith(QStringLiteral("WIFI:")));
    REQUIRE(text.endsWith(QStringLiteral(";;")));
    QMap<QString, QString> fields;
    QString field;
    bool escaped = false;
    for (const QChar c : text.mid(5)) {
        if (escaped) {
            field += c;
            escaped = false;
        } else if (c == u'\\') {
            escaped = true;
        } else if (c == u';') {
            if (!field.isEmpty()) {
                const qsizetype colon = field.indexOf(u':');
                REQUIRE(colon == 1);
                fields.insert(field.left(1), field.mid(2));
            }
            field.clear();
        } else {
            field += c;
        }
    }
    REQUIRE_FALSE(escaped);
    REQUIRE(field.isEmpty());
    return fields;
}

WifiNetwork network(const QString &ssid, const QString &password,
                    WifiSecurity security = WifiSecurity::Wpa, bool hidden = false)
{
    WifiNetwork n;
    n.ssid = ssid;
    n.password = password;
    n.security = security;
    n.hidden = hidden;
    return n;
}

} // namespace

TEST_CASE("Wi-Fi fields escape the five reserved characters and nothing else", "[wifi]")
{
    using wifipayload::escapeField;
    CHECK(escapeField(QStringLiteral("Venue")) == QStringLiteral("Venue"));
    CHECK(escapeField(QStringLiteral(R"(a\b;c,d:e"f)")) == QStringLiteral(R"(a\\b\;c\,d\:e\"f)"));
    CHECK(escapeField(QStringLiteral("Hội trường 'A' & B")) ==
          QStringLiteral("Hội trường 'A' & B"));
    CHECK(escapeField(QStringLiteral(R"(\\;;)")) == QStringLiteral(R"(\\\\\;\;)"));
}

TEST_CASE("Wi-Fi payloads follow the WIFI: format", "[wifi]")
{
    CHECK(wifipayload::payload(network(QStringLiteral("Venue"), QStringLiteral("secret123"))) ==
          "WIFI:T:WPA;S:Venue;P:secret123;;");
    CHECK(wifipayload::payload(network(QStringLiteral("Old AP"), QStringLiteral("abcde"),
                                       WifiSecurity::Wep)) == "WIFI:T:WEP;S:Old AP;P:abcde;;");
    CHECK(wifipayload::payload(network(QStringLiteral("Guest"), {}, WifiSecurity::None)) ==
          "WIFI:T:nopass;S:Guest;;");
    CHECK(wifipayload::payload(network(QStringLiteral("Hidden"), QStringLiteral("12345678"),
                                       WifiSecurity::Wpa, true)) ==
          "WIFI:T:WPA;S:Hidden;P:12345678;H:true;;");
    CHECK(wifipayload::payload(network(QStringLiteral("Đoàn"), QStringLiteral("mật khẩu 1"))) ==
          QStringLiteral("WIFI:T:WPA;S:Đoàn;P:mật khẩu 1;;").toUtf8());
}

TEST_CASE("Wi-Fi networks phones cannot join are refused with the reason", "[wifi]")
{
    using wifipayload::problem;
    CHECK(problem(network(QStringLiteral("Venue"), QStringLiteral("12345678"))).isEmpty());
    CHECK_FALSE(problem(network({}, QStringLiteral("12345678"))).isEmpty());
    CHECK(problem(network(QStringLiteral("Venue"), QStringLiteral("short"))).contains(u'5'));
    CHECK_FALSE(problem(network(QStringLiteral("Venue"), QString(64, u'x'))).isEmpty());
    CHECK(problem(network(QStringLiteral("Venue"), QString(64, u'a'))).isEmpty()); // a raw PSK
    CHECK(problem(
              network(QStringLiteral("Venue"), QStringLiteral("abcdefghijklm"), WifiSecurity::Wep))
              .isEmpty());
    CHECK_FALSE(
        problem(network(QStringLiteral("Venue"), QStringLiteral("abcdef"), WifiSecurity::Wep))
            .isEmpty());
    CHECK(problem(network(QStringLiteral("Venue"), {}, WifiSecurity::None)).isEmpty());
    // 32 bytes is the limit, and Vietnamese letters take two or three bytes each.
    CHECK(problem(network(QString(32, u'a'), QStringLiteral("12345678"))).isEmpty());
    CHECK_FALSE(problem(network(QString(11, QChar(0x1ED9)), QStringLiteral("12345678")))
                    .isEmpty()); // 11 x "ộ" = 33 bytes
    CHECK_THROWS_AS(wifipayload::payload(network(QStringLiteral("V"), QStringLiteral("1"))), Error);

    CHECK(wifipayload::securityFromKey(QStringLiteral("wpa")) == WifiSecurity::Wpa);
    CHECK(wifipayload::securityFromKey(QStringLiteral("WPA2")) == WifiSecurity::Wpa);
    CHECK(wifipayload::securityFromKey(QStringLiteral("NOPASS")) == WifiSecurity::None);
    CHECK(wifipayload::securityFromKey(QStringLiteral("WEP")) == WifiSecurity::Wep);
    CHECK_FALSE(wifipayload::securityFromKey(QStringLiteral("WPA-Enterprise")));
}

TEST_CASE("Wi-Fi codes with reserved characters and Vietnamese round-trip through zbar",
          "[wifi][zbar]")
{
    const QList<WifiNetwork> networks{
        network(QStringLiteral("Venue"), QStringLiteral("secret123")),
        network(QStringLiteral(R"(Hội trường; A:"Đoàn")"), QStringLiteral(R"(p@ss,w;rd:"x"\)")),
        network(QStringLiteral(R"(\;,:")"), QStringLiteral(R"(\\\\;;;;)")),
        network(QStringLiteral("Nhà văn hoá Thanh niên"), QStringLiteral("Tuổi trẻ 2026")),
        network(QStringLiteral("ABCDEF0123"), QStringLiteral("0123456789"), WifiSecurity::Wep),
        network(QStringLiteral("Khách, không mật khẩu"), {}, WifiSecurity::None),
        network(QStringLiteral("ẩn"), QStringLiteral("bí mật: ;;;"), WifiSecurity::Wpa, true),
    };
    for (const WifiNetwork &n : networks) {
        INFO(n.ssid.toStdString());
        const QByteArray payload = wifipayload::payload(n);
        const QrCode code = QrCode::encode(payload);
        const QStringList decoded = decodeQr(code.toImage(6));
        REQUIRE(decoded.size() == 1);
        CHECK(decoded[0].toUtf8() == payload);

        const QMap<QString, QString> fields = readWifiText(decoded[0]);
        CHECK(fields.value(QStringLiteral("S")) == n.ssid);
        CHECK(fields.value(QStringLiteral("T")) == wifipayload::securityKey(n.security));
        if (n.security == WifiSecurity::None)
            CHECK_FALSE(fields.contains(QStringLiteral("P")));
        else
            CHECK(fields.value(QStringLiteral("P")) == n.password);
        CHECK(fields.contains(QStringLiteral("H")) == n.hidden);
    }
}

TEST_CASE("A meeting's Wi-Fi falls back to the venue default", "[wifi][catalog]")
{
    TempLibrary lib;
    Catalog &catalog = lib.catalog();
    const Meeting meeting = catalog.createMeeting(QStringLiteral("Hội nghị"));
    CHECK(catalog.effectiveWifi(meeting.id).isEmpty());

    const WifiNetwork venue = network(QStringLiteral("Hội trường A"), QStringLiteral("12345678"));
    catalog.setVenueWifi(venue);
    CHECK(catalog.venueWifi() == venue);
    CHECK(catalog.meetingWifi(meeting.id).isEmpty());
    CHECK(catalog.effectiveWifi(meeting.id) == venue);

    const WifiNetwork own = network(QStringLiteral(R"(Phòng "họp"; 2)"),
                                    QStringLiteral("pass:word,1"), WifiSecurity::Wpa, true);
    catalog.setMeetingWifi(meeting.id, own);
    CHECK(catalog.effectiveWifi(meeting.id) == own);

    lib.reopen(); // kept in the catalog file
    CHECK(lib.catalog().effectiveWifi(meeting.id) == own);
    CHECK(lib.catalog().venueWifi() == venue);

    // An invalid network is refused and the stored one stays.
    CHECK_THROWS_AS(lib.catalog().setMeetingWifi(
                        meeting.id, network(QStringLiteral("X"), QStringLiteral("short"))),
                    Error);
    CHECK(lib.catalog().meetingWifi(meeting.id) == own);

    lib.catalog().setMeetingWifi(meeting.id, {});
    CHECK(lib.catalog().effectiveWifi(meeting.id) == venue);
    CHECK_THROWS_AS(lib.catalog().setMeetingWifi(9999, own), Error);
}

TEST_CASE("The Wi-Fi name and password are never served to phones", "[wifi][server]")
{
    SampleSite site;
    const WifiNetwork own =
        network(QStringLiteral("SSIDMARKER-hội"), QStringLiteral("PASSWORDMARKER-1"));
    site.lib.catalog().setMeetingWifi(site.open.id, own);
    site.lib.catalog().setVenueWifi(
        network(QStringLiteral("VENUEMARKER"), QStringLiteral("VENUEPASSMARKER")));

    HttpServer server;
    server.start(loopbackOptions());
    SnapshotPublisher publisher(site.lib.library(), server);
    const QString base = QStringLiteral("http://127.0.0.1:%1/").arg(server.port()) + site.open.code;

    for (const QString &url :
         QStringList{base, base + QStringLiteral("/1"), base + QStringLiteral("/2"),
                     base + QStringLiteral("/99")}) {
        for (const char *language : {"vi", "en"}) {
            const HttpResult page =
                curlFetch(url, {QStringLiteral("-H"),
                                QStringLiteral("Accept-Language: ") + QLatin1String(language)});
            INFO(url.toStdString());
            REQUIRE(page.status != 0);
            const QByteArray everything = page.headerBlock + page.body;
            CHECK_FALSE(everything.contains("MARKER"));
        }
    }
    // The meeting page is really there (the check above is not vacuous).
    CHECK(curlFetch(base).body.contains(site.open.code.toUtf8()));
}
