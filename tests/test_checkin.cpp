// SPDX-License-Identifier: GPL-3.0-or-later
// Check-in by the delegate's own phone, against the real server on 127.0.0.1 kept current by
// the real publisher: the badge page greets exactly its delegate, a scan reaches the catalog
// through the recorder and counts once however often it is repeated (in parallel too), HEAD
// and wrong tokens change nothing, the badge lets a phone past the meeting's PIN, and no other
// delegate page ever shows the roster.
#include "catalog/Catalog.h"
#include "catalog/Sqlite.h"
#include "hosting/AccessRecorder.h"
#include "qr/DelegateUrl.h"
#include "support/Curl.h"
#include "support/HostedSite.h"

#include <QTemporaryFile>

#include <catch2/catch.hpp>

using namespace docket;
using namespace testsupport;

namespace {

QList<Delegate> addRoster(Catalog &catalog, Id meetingId, int count)
{
    QList<NewDelegate> batch;
    for (int n = 1; n <= count; ++n)
        batch << NewDelegate{0,
                             QStringLiteral("Phạm Thị Đại Biểu %1").arg(n),
                             QStringLiteral("Chi đoàn số %1").arg(n),
                             QStringLiteral("Đoàn phường %1").arg(n % 3),
                             {},
                             QStringLiteral("09%1").arg(n, 8, 10, QChar(u'0'))};
    return catalog.addDelegates(meetingId, batch);
}

int attendanceEvents(const QString &catalogPath)
{
    sql::Database db(catalogPath);
    sql::Statement count(db, "SELECT count(*) FROM attendance_event WHERE kind = 'in'");
    REQUIRE(count.step());
    return count.int32(0);
}

} // namespace

TEST_CASE("A delegate's phone checks them in by scanning their badge", "[checkin][server]")
{
    HostedSite site;
    Catalog &catalog = site.lib.catalog();
    const QList<Delegate> roster = addRoster(catalog, site.open.id, 3);
    site.settle();
    AccessRecorder recorder(catalog, site.server.accessLog(), &site.server.checkIns());
    const Delegate &an = roster[0];
    const QString badge = site.base() + u'/' + site.open.code + QStringLiteral("/C/") + an.token;

    // HEAD shows the page and checks no one in.
    HttpResult head = curlFetch(badge, {QStringLiteral("--head")});
    CHECK(head.status == 200);
    recorder.recordNow();
    CHECK_FALSE(catalog.delegate(an.id)->wasPresent());

    HttpResult first = curlFetch(badge);
    REQUIRE(first.status == 200);
    const QString page = QString::fromUtf8(first.body);
    CHECK(page.contains(QStringLiteral("Phạm Thị Đại Biểu 1")));
    CHECK(page.contains(QStringLiteral("Chi đoàn số 1")));
    // In the meeting's language (the phone asked for none): greeted and told since when.
    CHECK(page.contains(QStringLiteral("<h1>Xin chào, Phạm Thị Đại Biểu 1</h1>")));
    CHECK(page.contains(QStringLiteral("Bạn đã được điểm danh: ")));
    CHECK_FALSE(page.contains(QStringLiteral("Đại Biểu 2")));
    CHECK_FALSE(page.contains(an.phone)); // the phone number is the organiser's to know
    CHECK_FALSE(page.contains(QStringLiteral("<script")));
    CHECK(first.header("Cache-Control") == "no-store");
    const QByteArray cookie = "docket_delegate_" + site.open.code.toLatin1() + '=' +
                              an.token.toLatin1() + "; Path=/;"; // its surveys read it too
    CHECK(first.header("Set-Cookie").startsWith(cookie));
    recorder.recordNow();
    const Delegate present = *catalog.delegate(an.id);
    REQUIRE(present.presentNow());

    // Scanned again, before and after the catalog heard of it: the same time, nothing new.
    for (int scan = 0; scan < 3; ++scan) {
        const HttpResult again = curlFetch(badge);
        CHECK(again.status == 200);
        CHECK(QString::fromUtf8(again.body).contains(QStringLiteral("Bạn đã điểm danh lúc")));
    }
    catalog.setMeetingPin(site.open.id, QString()); // any change: the snapshot is rebuilt
    site.settle();
    CHECK(
        QString::fromUtf8(curlFetch(badge).body).contains(QStringLiteral("Bạn đã điểm danh lúc")));
    recorder.recordNow();
    CHECK(catalog.delegate(an.id)->firstCheckIn == present.firstCheckIn);
    CHECK(attendanceEvents(catalog.path()) == 1);

    // Any spelling of the badge goes to its one spelling first; a wrong token is a 404.
    const HttpResult lower = curlFetch(site.base() + u'/' + site.open.code.toLower() +
                                       QStringLiteral("/c/") + an.token.toLower());
    CHECK(lower.status == 301);
    CHECK(lower.header("Location") == badge.mid(site.base().size()).toLatin1());
    CHECK(curlFetch(site.base() + u'/' + site.open.code + QStringLiteral("/C/ABCDEFGHJKMNP"))
              .status == 404);
    CHECK(curlFetch(site.base() + u'/' + site.open.code + QStringLiteral("/C/") + an.token.left(12))
              .status == 404);
    // A badge of another meeting's roster does not open this one.
    const QList<Delegate> others = addRoster(catalog, site.closed.id, 1);
    site.settle();
    CHECK(curlFetch(site.base() + u'/' + site.open.code + QStringLiteral("/C/") + others[0].token)
              .status == 404);

    // With a PIN: the badge proves the delegate, and its cookie opens the meeting's pages.
    catalog.setMeetingPin(site.open.id, QStringLiteral("2468"));
    site.settle();
    const QString meetingPage = site.base() + u'/' + site.open.code;
    CHECK(curlFetch(meetingPage).status == 403);
    QTemporaryFile jar;
    REQUIRE(jar.open());
    const QStringList cookies{QStringLiteral("--cookie-jar"), jar.fileName(),
                              QStringLiteral("--cookie"), jar.fileName()};
    const QString secondBadge =
        site.base() + u'/' + site.open.code + QStringLiteral("/C/") + roster[1].token;
    CHECK(curlFetch(secondBadge, cookies).status == 200);
    const HttpResult unlocked = curlFetch(meetingPage, cookies);
    CHECK(unlocked.status == 200);
    CHECK(QString::fromUtf8(unlocked.body).contains(site.item1.title.toHtmlEscaped()));
    recorder.recordNow();
    CHECK(catalog.delegate(roster[1].id)->presentNow());
    CHECK_FALSE(catalog.delegate(roster[2].id)->wasPresent());
}

TEST_CASE("Badges scanned at once count each delegate once", "[checkin][server]")
{
    HostedSite site(4);
    Catalog &catalog = site.lib.catalog();
    const QList<Delegate> roster = addRoster(catalog, site.open.id, 60);
    site.settle();
    AccessRecorder recorder(catalog, site.server.accessLog(), &site.server.checkIns());
    int attendanceSignals = 0;
    QObject::connect(&catalog, &Catalog::attendanceChanged, [&] { ++attendanceSignals; });

    // Every badge three times over, 30 requests in flight at a time.
    QStringList arguments{QStringLiteral("--silent"),       QStringLiteral("--parallel"),
                          QStringLiteral("--parallel-max"), QStringLiteral("30"),
                          QStringLiteral("--write-out"),    QStringLiteral("%{http_code}\\n")};
    for (int round = 0; round < 3; ++round)
        for (const Delegate &d : roster)
            arguments << site.base() + u'/' + site.open.code + QStringLiteral("/C/") + d.token
                      << QStringLiteral("--output") << QStringLiteral("/dev/null");
    const ProcessResult scans = runCurl(arguments);
    CHECK(scans.exitCode == 0);
    CHECK(QString::fromUtf8(scans.out).split(u'\n', Qt::SkipEmptyParts) ==
          QStringList(180, QStringLiteral("200")));
    recorder.recordNow();
    int present = 0;
    for (const Delegate &d : catalog.roster(site.open.id))
        present += d.presentNow() ? 1 : 0;
    CHECK(present == 60);
    CHECK(attendanceEvents(catalog.path()) == 60);
    CHECK(attendanceSignals >= 1);
    CHECK(site.server.checkIns().dropped() == 0);
}

TEST_CASE("No delegate page but a badge's own shows anyone on the roster", "[checkin][server]")
{
    HostedSite site;
    Catalog &catalog = site.lib.catalog();
    const QList<Delegate> roster = addRoster(catalog, site.open.id, 5);
    site.settle();
    QStringList pages{u'/' + site.open.code,
                      u'/' + site.open.code + QStringLiteral("/1"),
                      u'/' + site.open.code + QStringLiteral("/2"),
                      u'/' + site.open.code + QStringLiteral("/1/%1/read").arg(site.pdf.id),
                      u'/' + site.open.code + QStringLiteral("/C/") + roster[0].token,
                      QStringLiteral("/NOTACODE"),
                      QStringLiteral("/")};
    for (const QString &path : pages) {
        INFO(path.toStdString());
        for (const char *language : {"vi", "en"}) {
            const HttpResult fetched =
                curlFetch(site.base() + path,
                          {QStringLiteral("--header"),
                           QStringLiteral("Accept-Language: %1").arg(QLatin1String(language))});
            const QString body = QString::fromUtf8(fetched.body);
            for (const Delegate &d : roster) {
                const bool own = path.endsWith(d.token);
                CHECK(body.contains(d.fullName) == own);
                CHECK_FALSE(body.contains(d.phone));
                CHECK_FALSE(body.contains(d.token));
            }
        }
    }
}
