// SPDX-License-Identifier: GPL-3.0-or-later
// What the server publishes, built incrementally: every change to what phones see of a
// meeting moves its revision (whichever process made it), a rebuild draws only the meetings
// whose revision moved, and reader pages are drawn when first asked for, in parts.
#include "server/DelegatePages.h"
#include "server/HttpParsing.h"
#include "server/Router.h"
#include "server/SiteSnapshot.h"
#include "support/SampleSite.h"
#include "support/TestPdf.h"

#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace docket;
using namespace testsupport;

namespace {

std::int64_t revision(Catalog &catalog, Id meetingId)
{
    return catalog.meeting(meetingId)->revision;
}

HttpResponse get(const SiteSnapshot &site, const QByteArray &path,
                 const QByteArray &language = "en")
{
    HttpRequest request;
    request.method = "GET";
    request.path = path;
    request.headers = {{"Cookie", "docket_lang=" + language}};
    return Router::handle(request, site);
}

QString sourceFile(TempLibrary &lib, const QString &name, const QByteArray &bytes)
{
    const QString path = lib.sourcePath(name);
    writeFile(path, bytes);
    return path;
}

} // namespace

TEST_CASE("Every change phones could see moves the meeting's revision, and only its own",
          "[snapshot]")
{
    SampleSite site;
    Catalog &catalog = site.lib.catalog();
    const Meeting other = catalog.createMeeting(QStringLiteral("Hội nghị khác"));
    const AgendaItem otherItem = catalog.addItem(other.id, QStringLiteral("Khai mạc"));

    struct Step
    {
        const char *what;
        std::function<void()> change;
    };
    Document added;
    Id firstVersion = 0;
    const std::vector<Step> steps = {
        {"meeting details",
         [&] {
             Meeting m = *catalog.meeting(site.open.id);
             m.venue = QStringLiteral("Hội trường B");
             catalog.updateMeeting(m);
         }},
        {"PIN",
         [&] {
             catalog.setMeetingPin(site.open.id, QStringLiteral("2468"));
         }},
        {"item added",
         [&] {
             catalog.addItem(site.open.id, QStringLiteral("Bế mạc"));
         }},
        {"item edited",
         [&] {
             catalog.updateItem(site.item2.id, QStringLiteral("Thảo luận"), QStringLiteral("A"));
         }},
        {"item moved",
         [&] {
             catalog.moveItem(site.item2.id, 1);
         }},
        {"document added",
         [&] {
             added = site.lib.library()
                         .importDocument(
                             site.item1.id,
                             sourceFile(site.lib, QStringLiteral("Phụ lục.txt"), "phụ lục 1"))
                         .document;
             firstVersion = added.versionId;
         }},
        {"document renamed",
         [&] {
             catalog.renameDocument(added.id, QStringLiteral("Phụ lục A"));
         }},
        {"document replaced",
         [&] {
             site.lib.library().replaceDocument(
                 added.id, sourceFile(site.lib, QStringLiteral("Phụ lục 2.txt"), "phụ lục 2"));
         }},
        {"earlier version current",
         [&] {
             catalog.makeVersionCurrent(added.id, firstVersion);
         }},
        {"document trashed",
         [&] {
             catalog.removeDocument(added.id);
         }},
        {"document restored",
         [&] {
             catalog.restoreDocument(added.id);
         }},
        {"item removed",
         [&] {
             catalog.removeItem(site.item2.id);
         }},
        {"closed",
         [&] {
             catalog.setMeetingState(site.open.id, MeetingState::Closed);
         }},
    };
    for (const Step &step : steps) {
        INFO(step.what);
        const std::int64_t before = revision(catalog, site.open.id);
        const std::int64_t otherBefore = revision(catalog, other.id);
        step.change();
        CHECK(revision(catalog, site.open.id) > before);
        CHECK(revision(catalog, other.id) == otherBefore);
    }
    // And the other way round: a change to the other meeting leaves this one alone.
    const std::int64_t before = revision(catalog, site.open.id);
    catalog.updateItem(otherItem.id, QStringLiteral("Khai mạc hội nghị"), {});
    CHECK(revision(catalog, site.open.id) == before);

    // A change committed by another connection (another process: docket-cli beside the window)
    // is seen too: the revision lives in the catalog, not in this process.
    Catalog second(catalog.path());
    second.addItem(site.open.id, QStringLiteral("Thêm từ tiến trình khác"));
    CHECK(revision(catalog, site.open.id) > before);
}

TEST_CASE("A rebuild draws only the meetings that changed and shares the others", "[snapshot]")
{
    SampleSite site;
    Catalog &catalog = site.lib.catalog();
    const Meeting second = catalog.createMeeting(QStringLiteral("Hội nghị thứ hai"));
    catalog.addItem(second.id, QStringLiteral("Khai mạc"));
    catalog.setMeetingState(second.id, MeetingState::Open);

    const auto first = SiteSnapshot::build(catalog, site.lib.library().store());
    REQUIRE(first->meetings.size() == 2);
    CHECK(first->meetingsBuilt == 2);

    // Nothing changed: everything is shared.
    const auto same = SiteSnapshot::build(catalog, site.lib.library().store(), first.get());
    CHECK(same->meetingsBuilt == 0);
    CHECK(same->meetings.at(site.open.code) == first->meetings.at(site.open.code));
    CHECK(same->meetings.at(second.code) == first->meetings.at(second.code));

    // One item renamed in the second meeting, by another connection: only that one is drawn.
    Catalog(catalog.path())
        .updateItem(catalog.items(second.id).first().id, QStringLiteral("Khai mạc (sửa)"), {});
    const auto next = SiteSnapshot::build(catalog, site.lib.library().store(), same.get());
    CHECK(next->meetingsBuilt == 1);
    CHECK(next->meetings.at(site.open.code) == first->meetings.at(site.open.code));
    CHECK(next->meetings.at(second.code) != first->meetings.at(second.code));
    CHECK(get(*next, '/' + second.code.toLatin1() + "/1").body.contains("Khai mạc (sửa)"));
    CHECK_FALSE(get(*same, '/' + second.code.toLatin1() + "/1").body.contains("(sửa)"));

    // Closing a meeting drops it; the other is still shared.
    catalog.setMeetingState(second.id, MeetingState::Closed);
    const auto closed = SiteSnapshot::build(catalog, site.lib.library().store(), next.get());
    CHECK(closed->meetingsBuilt == 0);
    CHECK(closed->meetings.size() == 1);
    CHECK(get(*closed, '/' + second.code.toLatin1()).status == 404);
}

TEST_CASE("Reader pages are drawn on demand and a long document's reader comes in parts",
          "[snapshot][reader]")
{
    SampleSite site;
    const QString longPath = site.lib.sourcePath(QStringLiteral("Kỷ yếu dài.pdf"));
    writePdf(longPath, 120, QStringLiteral("Kỷ yếu"));
    const Document longDoc = site.lib.library().importDocument(site.item1.id, longPath).document;
    REQUIRE(longDoc.pageCount == 120);

    const auto snapshot = SiteSnapshot::build(site.lib.catalog(), site.lib.library().store());
    const SnapshotMeeting *meeting = snapshot->meeting(site.open.code);
    REQUIRE(meeting);
    // Nothing is drawn before a phone asks.
    CHECK(meeting->pages->drawn() == 0);
    for (const SnapshotItem &item : meeting->items) {
        CHECK(item.pages->drawn() == 0);
        for (const SnapshotDocument &doc : item.documents)
            CHECK(doc.readerPages->drawn() == 0);
    }

    const QByteArray base =
        '/' + site.open.code.toLatin1() + "/1/" + QByteArray::number(longDoc.id);
    const HttpResponse part1 = get(*snapshot, base + "/read");
    REQUIRE(part1.status == 200);
    const QString html1 = QString::fromUtf8(part1.body);
    CHECK(html1.count(u"<figure") == 50);
    CHECK(html1.contains(u"src=\"" + QString::fromLatin1(base) + u"/page/1\""));
    CHECK(html1.contains(u"src=\"" + QString::fromLatin1(base) + u"/page/50\""));
    CHECK_FALSE(html1.contains(u"/page/51\""));
    CHECK(html1.contains(u"Showing pages 1–50 of 120"));
    CHECK(html1.contains(u"rel=\"next\" href=\"" + QString::fromLatin1(base) + u"/read/2\""));
    CHECK_FALSE(html1.contains(u"rel=\"prev\""));
    CHECK(html1.count(u"loading=\"lazy\"") == 48);

    const HttpResponse part3 = get(*snapshot, base + "/read/3", "vi");
    REQUIRE(part3.status == 200);
    const QString html3 = QString::fromUtf8(part3.body);
    CHECK(html3.count(u"<figure") == 20);
    CHECK(html3.contains(u"/page/101\""));
    CHECK(html3.contains(u"/page/120\""));
    CHECK(html3.contains(u"Trang 120/120"));
    CHECK(html3.contains(u"rel=\"prev\" href=\"" + QString::fromLatin1(base) + u"/read/2\""));
    CHECK_FALSE(html3.contains(u"rel=\"next\""));
    CHECK(html3.count(u"loading=\"lazy\"") == 18); // a part's first two pages load at once
    CHECK(html3.count(u"Tải PDF về") == 2);

    // /read/1 is another spelling of the first part: redirected to its one spelling.
    const HttpResponse one = get(*snapshot, base + "/read/1");
    CHECK(one.status == 301);
    CHECK(one.header("Location") == base + "/read");
    CHECK(get(*snapshot, base + "/read/4").status == 404);
    CHECK(get(*snapshot, base + "/read/0").status == 404);
    // Three distinct pages drawn (en 1, vi 3, and the same en 1 again from memory).
    const SnapshotDocument *drawnDoc = nullptr;
    for (const SnapshotDocument &doc : meeting->items[0].documents)
        if (doc.id == longDoc.id)
            drawnDoc = &doc;
    REQUIRE(drawnDoc);
    CHECK(drawnDoc->readerPages->drawn() == 2);
    CHECK(meeting->items[0].pages->drawn() == 0); // the item page was never asked for
    get(*snapshot, '/' + site.open.code.toLatin1() + "/1", "vi");
    CHECK(meeting->items[0].pages->drawn() == 1);

    // A short document keeps its single reader page without parts.
    const QByteArray shortBase =
        '/' + site.open.code.toLatin1() + "/1/" + QByteArray::number(site.pdf.id);
    const QString shortHtml = QString::fromUtf8(get(*snapshot, shortBase + "/read").body);
    CHECK(shortHtml.count(u"<figure") == 3);
    CHECK_FALSE(shortHtml.contains(u"class=\"parts\""));
    CHECK(get(*snapshot, shortBase + "/read/2").status == 404);
}

TEST_CASE("Reader part paths parse", "[snapshot][http]")
{
    const auto part = http::parseDelegatePath("/K7Q2M9AB/3/12/READ/7");
    REQUIRE(part);
    CHECK(part->view == http::DelegatePath::View::Reader);
    CHECK(part->part == 7);
    CHECK(http::parseDelegatePath("/K7Q2M9AB/3/12/read")->part == 1);
    CHECK_FALSE(http::parseDelegatePath("/K7Q2M9AB/3/12/read/0"));
    CHECK_FALSE(http::parseDelegatePath("/K7Q2M9AB/3/12/read/x"));
    CHECK_FALSE(http::parseDelegatePath("/K7Q2M9AB/3/12/read/100000"));
    CHECK_FALSE(http::parseDelegatePath("/K7Q2M9AB/3/12/%72ead/2")); // "read" as written only
}
