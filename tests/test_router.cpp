// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/CanonicalPath.h"
#include "server/HttpParsing.h"
#include "server/Router.h"
#include "server/SiteSnapshot.h"
#include "support/SampleSite.h"
#include "support/TestPdf.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace docket;
using namespace testsupport;

namespace {

using Headers = std::vector<std::pair<QByteArray, QByteArray>>;

struct Site : SampleSite
{
    std::shared_ptr<const SiteSnapshot> snapshot =
        SiteSnapshot::build(lib.catalog(), lib.library().store());

    HttpResponse get(const QByteArray &path, const Headers &headers = {},
                     const QByteArray &method = "GET") const
    {
        HttpRequest request;
        request.method = method;
        request.path = path;
        request.headers = headers;
        return Router::handle(request, *snapshot);
    }

    QByteArray code() const { return open.code.toLatin1(); }
    QByteArray documentPath(const Document &doc, int item = 1) const
    {
        return '/' + code() + '/' + QByteArray::number(item) + '/' + QByteArray::number(doc.id) +
               '/' + http::encodePathSegment(doc.fileName);
    }
};

QByteArray fileBytes(const HttpResponse &response)
{
    REQUIRE(response.file);
    QFile file(response.file->path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    REQUIRE(file.seek(response.file->offset));
    return file.read(response.file->length);
}

QString bodyText(const HttpResponse &response)
{
    return QString::fromUtf8(response.body);
}

} // namespace

TEST_CASE("The snapshot holds only open meetings", "[router]")
{
    Site site;
    REQUIRE(site.snapshot->meetings.size() == 1);
    const SnapshotMeeting *meeting = site.snapshot->meeting(site.open.code);
    REQUIRE(meeting);
    CHECK(meeting->title == site.open.title);
    REQUIRE(meeting->items.size() == 2);
    CHECK(meeting->items[0].documents.size() == 2);
    CHECK(meeting->items[1].documents.empty());
    const SnapshotDocument &doc = meeting->items[0].documents[0];
    CHECK(doc.id == site.pdf.id);
    CHECK(doc.urlPath == site.documentPath(site.pdf));
    CHECK(doc.blobPath == site.lib.library().store().pathFor(site.pdf.sha256));
    CHECK(doc.etag == '"' + site.pdf.sha256.toLatin1() + '"');
    CHECK_FALSE(site.snapshot->meeting(site.draft.code));
    CHECK_FALSE(site.snapshot->meeting(site.closed.code));
}

TEST_CASE("The meeting page lists the agenda", "[router]")
{
    Site site;
    const HttpResponse response = site.get('/' + site.code());
    CHECK(response.status == 200);
    CHECK(response.header("Content-Type") == "text/html; charset=utf-8");
    CHECK(response.header("Content-Language") == "vi");
    CHECK(response.header("Cache-Control") == "no-cache");
    CHECK(response.header("X-Content-Type-Options") == "nosniff");
    CHECK(response.header("Content-Security-Policy").contains("default-src 'none'"));
    CHECK_FALSE(response.file);
    const QString html = bodyText(response);
    CHECK(html.startsWith(u"<!doctype html>"));
    CHECK(html.contains(site.open.title));
    CHECK(html.contains(u"Hội trường A"));
    CHECK(html.contains(u"Báo cáo chính trị"));
    CHECK(html.contains(u"Thảo luận"));
    CHECK(html.contains(u"href=\"/" + site.open.code + u"/1\""));
    CHECK(html.contains(u"href=\"/" + site.open.code + u"/2\""));
    CHECK_FALSE(html.contains(u"<script"));

    // The code in lower case, or typed with look-alikes, is sent to its one spelling.
    for (const QByteArray &other :
         QByteArrayList{'/' + site.code().toLower(), '/' + site.code() + '/'}) {
        const HttpResponse moved = site.get(other);
        CHECK(moved.status == 301);
        CHECK(moved.header("Location") == '/' + site.code());
        CHECK_FALSE(moved.file);
    }
}

TEST_CASE("The item page links every document", "[router]")
{
    Site site;
    const HttpResponse response = site.get('/' + site.code() + "/1");
    CHECK(response.status == 200);
    CHECK(response.header("Content-Type") == "text/html; charset=utf-8");
    const QString html = bodyText(response);
    CHECK(html.contains(u"Báo cáo chính trị"));
    CHECK(html.contains(u"Anh Nguyễn Văn Tuấn"));
    CHECK(html.contains(site.pdf.title));
    CHECK(html.contains(site.text.title));
    CHECK(html.contains(u"href=\"" + QString::fromLatin1(site.documentPath(site.pdf)) + u'"'));
    CHECK(html.contains(u"href=\"" + QString::fromLatin1(site.documentPath(site.text)) + u'"'));
    CHECK(html.contains(u"href=\"/" + site.open.code + u'"')); // back to the agenda

    const HttpResponse empty = site.get('/' + site.code() + "/2");
    CHECK(empty.status == 200);
    CHECK(bodyText(empty).contains(u"Thảo luận"));
    CHECK_FALSE(bodyText(empty).contains(u"/" + site.open.code + u"/2/"));
}

TEST_CASE("A document is answered from its blob with its headers", "[router]")
{
    Site site;
    const HttpResponse response = site.get(site.documentPath(site.pdf));
    CHECK(response.status == 200);
    CHECK(response.header("Content-Type") == "application/pdf");
    CHECK(response.header("Content-Disposition") ==
          http::contentDisposition(SampleSite::pdfName()));
    CHECK(response.header("ETag") == '"' + site.pdf.sha256.toLatin1() + '"');
    CHECK(response.header("Accept-Ranges") == "bytes");
    CHECK(response.header("Last-Modified").endsWith(" GMT"));
    CHECK(response.header("X-Content-Type-Options") == "nosniff");
    REQUIRE(response.file);
    CHECK(response.file->path == site.lib.library().store().pathFor(site.pdf.sha256));
    CHECK(response.file->offset == 0);
    CHECK(response.file->length == site.pdf.size);
    CHECK(response.contentLength() == site.pdfContent.size());
    CHECK(response.body.isEmpty());
    CHECK(fileBytes(response) == site.pdfContent);

    const HttpResponse text = site.get(site.documentPath(site.text));
    CHECK(text.status == 200);
    CHECK(text.header("Content-Type") == "text/plain; charset=utf-8");
    CHECK(fileBytes(text) == site.textContent);

    // The file name segment is only for browsers: without it, or with another, same document.
    const QByteArray bare = '/' + site.code() + "/1/" + QByteArray::number(site.pdf.id);
    CHECK(site.get(bare).file->path == response.file->path);
    CHECK(site.get(bare + "/anything.pdf").status == 200);
}

TEST_CASE("Range requests get 206 or 416", "[router]")
{
    Site site;
    const QByteArray path = site.documentPath(site.pdf);
    const QByteArray size = QByteArray::number(site.pdf.size);

    const HttpResponse partial = site.get(path, {{"Range", "bytes=100-199"}});
    CHECK(partial.status == 206);
    CHECK(partial.header("Content-Range") == "bytes 100-199/" + size);
    CHECK(partial.contentLength() == 100);
    CHECK(fileBytes(partial) == site.pdfContent.mid(100, 100));

    const HttpResponse tail = site.get(path, {{"range", "bytes=-10"}}); // any header case
    CHECK(tail.status == 206);
    CHECK(tail.header("Content-Range") == "bytes " + QByteArray::number(site.pdf.size - 10) + '-' +
                                              QByteArray::number(site.pdf.size - 1) + '/' + size);
    CHECK(fileBytes(tail) == site.pdfContent.right(10));

    const HttpResponse beyond = site.get(path, {{"Range", "bytes=" + size + '-'}});
    CHECK(beyond.status == 416);
    CHECK(beyond.header("Content-Range") == "bytes */" + size);
    CHECK_FALSE(beyond.file);

    const HttpResponse ignored = site.get(path, {{"Range", "bytes=0-1,5-9"}});
    CHECK(ignored.status == 200);
    CHECK(ignored.contentLength() == site.pdf.size);
}

TEST_CASE("If-None-Match with the current ETag gives 304", "[router]")
{
    Site site;
    const QByteArray path = site.documentPath(site.pdf);
    const QByteArray etag = site.get(path).header("ETag");
    REQUIRE_FALSE(etag.isEmpty());

    const HttpResponse notModified = site.get(path, {{"If-None-Match", etag}});
    CHECK(notModified.status == 304);
    CHECK_FALSE(notModified.file);
    CHECK(notModified.body.isEmpty());
    CHECK(notModified.header("ETag") == etag);

    CHECK(site.get(path, {{"If-None-Match", "W/" + etag}}).status == 304);
    CHECK(site.get(path, {{"If-None-Match", "\"other\", " + etag}}).status == 304);
    CHECK(site.get(path, {{"If-None-Match", "*"}}).status == 304);
    CHECK(site.get(path, {{"If-None-Match", "\"other\""}}).status == 200);
    // A validator wins over a range: nothing to send at all.
    CHECK(site.get(path, {{"If-None-Match", etag}, {"Range", "bytes=0-9"}}).status == 304);
}

TEST_CASE("HEAD is answered exactly as GET", "[router]")
{
    Site site;
    const QByteArray paths[] = {'/' + site.code(), '/' + site.code() + "/1",
                                site.documentPath(site.pdf), "/ZZZZZZZZ"};
    for (const QByteArray &path : paths) {
        INFO(path.toStdString());
        const HttpResponse get = site.get(path);
        const HttpResponse head = site.get(path, {}, "HEAD");
        CHECK(head.status == get.status);
        CHECK(head.headers == get.headers);
        CHECK(head.body == get.body);
        CHECK(head.file.has_value() == get.file.has_value());
        CHECK(head.contentLength() == get.contentLength());
    }
    // RFC 9110 section 14.2: range handling is defined for GET only; a HEAD with Range
    // describes the whole representation.
    const HttpResponse range =
        site.get(site.documentPath(site.pdf), {{"Range", "bytes=0-9"}}, "HEAD");
    CHECK(range.status == 200);
    CHECK(range.contentLength() == site.pdfContent.size());
}

TEST_CASE("Other methods get 405 with Allow", "[router]")
{
    Site site;
    for (const char *method : {"POST", "PUT", "DELETE", "PATCH", "OPTIONS", "get"}) {
        INFO(method);
        for (const QByteArray &path :
             QByteArrayList{'/' + site.code(), site.documentPath(site.pdf), "/nothing"}) {
            const HttpResponse response = site.get(path, {}, method);
            CHECK(response.status == 405);
            CHECK(response.header("Allow") == "GET, HEAD");
            CHECK_FALSE(response.file);
        }
    }
}

TEST_CASE("Unknown draft and closed meetings are the same 404", "[router]")
{
    Site site;
    const HttpResponse unknown = site.get("/ZZZZZZZZ");
    CHECK(unknown.status == 404);
    CHECK(unknown.header("Content-Type") == "text/html; charset=utf-8");
    CHECK(unknown.header("Cache-Control") == "no-store");
    CHECK_FALSE(unknown.body.isEmpty());
    CHECK_FALSE(unknown.file);

    const QByteArray draft = site.draft.code.toLatin1();
    const QByteArray closed = site.closed.code.toLatin1();
    const QByteArray closedDoc = '/' + closed + "/1/" + QByteArray::number(site.closedPdf.id);
    const QByteArray paths[] = {
        '/' + draft,
        '/' + draft + "/1",
        '/' + closed,
        '/' + closed + "/1",
        closedDoc,
        '/' + site.code() + "/3",                                          // no such item
        '/' + site.code() + "/2/" + QByteArray::number(site.pdf.id),       // another item's doc
        '/' + site.code() + "/1/" + QByteArray::number(site.closedPdf.id), // another meeting's
        '/' + site.code() + "/1/999999",
        "/ZZZZZZZZ/1/1",
        "/",
        "/favicon.ico",
        "/../etc/passwd",
        '/' + site.code() + "/1/" + QByteArray::number(site.pdf.id) + "/%2e%2e",
        '/' + site.code() + "/0",
    };
    for (const QByteArray &path : paths) {
        INFO(path.toStdString());
        const HttpResponse response = site.get(path);
        CHECK(response.status == 404);
        CHECK(response.body == unknown.body);
        CHECK(response.headers == unknown.headers);
        CHECK_FALSE(response.file);
    }
}

TEST_CASE("The meeting's language wins, and the phone's switch beats both", "[router]")
{
    Site site; // a Vietnamese meeting
    const QByteArray path = '/' + site.code() + "/1";
    const HttpResponse vi = site.get(path, {{"Accept-Language", "vi-VN,vi;q=0.9"}});
    const HttpResponse english = site.get(path, {{"Accept-Language", "en-US,en;q=0.9"}});
    const HttpResponse none = site.get(path);
    // A phone set to English still reads a Vietnamese meeting in Vietnamese...
    CHECK(vi.header("Content-Language") == "vi");
    CHECK(english.header("Content-Language") == "vi");
    CHECK(none.header("Content-Language") == "vi");
    CHECK(english.body == vi.body);
    CHECK(vi.header("Vary") == "Accept-Language, Cookie");
    CHECK(bodyText(vi).contains(u"<html lang=\"vi\""));
    // ...with the switch at the foot of the page, each language named in itself.
    CHECK(bodyText(vi).contains(u"<a href=\"?lang=en\" lang=\"en\" hreflang=\"en\">English</a>"));
    CHECK(bodyText(vi).contains(u"<span aria-current=\"true\">Tiếng Việt</span>"));
    CHECK_FALSE(vi.header("Set-Cookie").contains("docket_lang"));

    // The switch: English at once, and remembered by a cookie for every page of the server.
    HttpRequest request;
    request.method = "GET";
    request.path = path;
    request.query = "lang=en";
    request.headers = {{"Accept-Language", "vi"}};
    const HttpResponse switched = Router::handle(request, *site.snapshot);
    CHECK(switched.status == 200);
    CHECK(switched.header("Content-Language") == "en");
    CHECK(bodyText(switched).contains(u"<html lang=\"en\""));
    CHECK(bodyText(switched).contains(u"Documents"));
    CHECK(bodyText(switched).contains(
        u"<a href=\"?lang=vi\" lang=\"vi\" hreflang=\"vi\">Tiếng Việt</a>"));
    CHECK(switched.header("Set-Cookie") ==
          "docket_lang=en; Path=/; Max-Age=15552000; HttpOnly; SameSite=Lax");
    // Both still list the same documents.
    CHECK(bodyText(switched).contains(QString::fromLatin1(site.documentPath(site.pdf))));

    const Headers chose{{"Cookie", "docket_lang=en"}, {"Accept-Language", "vi"}};
    CHECK(site.get('/' + site.code(), chose).header("Content-Language") == "en");
    CHECK(site.get(path, chose).body == switched.body);
    CHECK_FALSE(site.get(path, chose).header("Set-Cookie").contains("docket_lang"));
    // Back to Vietnamese by the switch, over the cookie; nonsense is ignored.
    request.query = "lang=vi";
    request.headers = chose;
    const HttpResponse back = Router::handle(request, *site.snapshot);
    CHECK(back.header("Content-Language") == "vi");
    CHECK(back.header("Set-Cookie").startsWith("docket_lang=vi;"));
    request.query = "lang=fr";
    CHECK(Router::handle(request, *site.snapshot).header("Content-Language") == "en");
    // Another spelling of the address keeps the query on its way to the one spelling.
    request.path = '/' + site.code().toLower() + "/1";
    request.query = "lang=en";
    CHECK(Router::handle(request, *site.snapshot).header("Location") == path + "?lang=en");

    // Only a page of no meeting (a wrong code) follows Accept-Language.
    const HttpResponse notFoundEn = site.get("/ZZZZZZZZ", {{"Accept-Language", "en"}});
    const HttpResponse notFoundVi = site.get("/ZZZZZZZZ", {{"Accept-Language", "vi"}});
    CHECK(notFoundEn.status == 404);
    CHECK(notFoundEn.header("Content-Language") == "en");
    CHECK(notFoundVi.header("Content-Language") == "vi");
    CHECK(notFoundEn.body != notFoundVi.body);
    CHECK(site.get("/ZZZZZZZZ", {{"Accept-Language", "en"}, {"Cookie", "docket_lang=vi"}})
              .header("Content-Language") == "vi");
}

TEST_CASE("Pages are translated for the delegate's language", "[router]")
{
    Site site;
    const Headers en{{"Cookie", "docket_lang=en"}};
    const Headers vi{{"Cookie", "docket_lang=vi"}};
    const QByteArray meeting = '/' + site.code();
    const QByteArray item = meeting + "/1";

    const QString meetingVi = bodyText(site.get(meeting, vi));
    CHECK(meetingVi.contains(u"Chương trình"));
    CHECK(meetingVi.contains(u"2 tài liệu"));
    CHECK(meetingVi.contains(u"0 tài liệu"));
    const QString meetingEn = bodyText(site.get(meeting, en));
    CHECK(meetingEn.contains(u"Agenda"));
    CHECK(meetingEn.contains(u"2 documents"));
    CHECK(meetingEn.contains(u"0 documents"));

    const QString itemVi = bodyText(site.get(item, vi));
    CHECK(itemVi.contains(u"Tài liệu"));
    CHECK(itemVi.contains(u"3 trang"));
    CHECK(itemVi.contains(u"Tải về"));
    const QString itemEn = bodyText(site.get(item, en));
    CHECK(itemEn.contains(u"Documents"));
    CHECK(itemEn.contains(u"3 pages"));
    CHECK(itemEn.contains(u"Download"));

    CHECK(bodyText(site.get("/ZZZZZZZZ", vi)).contains(u"Không có gì ở đây"));
    CHECK(bodyText(site.get("/ZZZZZZZZ", en)).contains(u"Nothing here"));
}

TEST_CASE("Read is offered for PDFs, Open only for other files a phone browser can show",
          "[router]")
{
    SampleSite sample;
    const QString docx = sample.lib.sourcePath(QStringLiteral("Tờ trình.docx"));
    writeFile(docx, QByteArray("PK\x03\x04", 4) + QByteArray(200, '\0'));
    const Document word = sample.lib.library().importDocument(sample.item2.id, docx).document;
    CHECK(word.mimeType != u"application/pdf");
    const auto snapshot = SiteSnapshot::build(sample.lib.catalog(), sample.lib.library().store());
    auto page = [&](int item) {
        HttpRequest request;
        request.method = "GET";
        request.path = '/' + sample.open.code.toLatin1() + '/' + QByteArray::number(item);
        request.headers = {{"Cookie", "docket_lang=en"}};
        return QString::fromUtf8(Router::handle(request, *snapshot).body);
    };
    const QString withPdfAndText = page(1);
    CHECK(withPdfAndText.count(u">Read</a>") == 1); // the PDF, as page images
    CHECK(withPdfAndText.count(u">Open</a>") == 1); // the text file
    CHECK(withPdfAndText.count(u">Download</a>") == 2);
    const QString withWord = page(2);
    CHECK(withWord.count(u">Open</a>") == 0);
    CHECK(withWord.count(u">Read</a>") == 0);
    CHECK(withWord.count(u">Download</a>") == 1);
    CHECK(withWord.contains(u"/2/" + QString::number(word.id) + u'/'));
}

TEST_CASE("Titles and file names are escaped in pages", "[router]")
{
    SampleSite sample;
    Catalog &catalog = sample.lib.catalog();
    const AgendaItem item =
        catalog.addItem(sample.open.id, QStringLiteral("<script>alert(1)</script> & co"),
                        QStringLiteral("\"Quoted\" <b>presenter</b>"));
    const QString name = QStringLiteral("<img src=x onerror=alert(1)> \"q\" & 'a'.txt");
    const QString path = sample.lib.sourcePath(name);
    writeFile(path, "text");
    sample.lib.library().importDocument(item.id, path);
    const auto snapshot = SiteSnapshot::build(catalog, sample.lib.library().store());
    const QByteArray meetingPath = '/' + sample.open.code.toLatin1();
    for (const QByteArray &pathText :
         QByteArrayList{meetingPath, meetingPath + '/' + QByteArray::number(item.number)}) {
        HttpRequest request;
        request.method = "GET";
        request.path = pathText;
        const QString html = QString::fromUtf8(Router::handle(request, *snapshot).body);
        INFO(pathText.toStdString());
        CHECK_FALSE(html.contains(u"<script"));
        CHECK_FALSE(html.contains(u"<img"));
        CHECK_FALSE(html.contains(u"<b>"));
        CHECK(html.contains(u"&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"));
    }
}

TEST_CASE("A meeting in English answers in English by default", "[router]")
{
    SampleSite sample;
    Meeting meeting = sample.open;
    meeting.language = QStringLiteral("en");
    sample.lib.catalog().updateMeeting(meeting);
    const auto snapshot = SiteSnapshot::build(sample.lib.catalog(), sample.lib.library().store());
    HttpRequest request;
    request.method = "GET";
    request.path = '/' + meeting.code.toLatin1();
    CHECK(Router::handle(request, *snapshot).header("Content-Language") == "en");
    request.headers = {{"Cookie", "docket_lang=vi"}};
    CHECK(Router::handle(request, *snapshot).header("Content-Language") == "vi");
}

TEST_CASE("An empty snapshot answers 404 to everything", "[router]")
{
    const auto empty = SiteSnapshot::empty();
    for (const char *path : {"/", "/K7Q2M9AB", "/K7Q2M9AB/1", "/K7Q2M9AB/1/1/a.pdf"}) {
        HttpRequest request;
        request.method = "GET";
        request.path = path;
        const HttpResponse response = Router::handle(request, *empty);
        CHECK(response.status == 404);
        CHECK_FALSE(response.body.isEmpty());
    }
}

// Linux file names may hold a backslash (files unpacked from a Windows zip often do).
// encodePathSegment turns it into %5C, which decodePathSegment then refuses, so the link the
// item page offers leads to a 404.
TEST_CASE("A document whose file name holds a backslash is reachable by its link", "[router]")
{
    SampleSite sample;
    const QString name = QStringLiteral("Tờ trình\\bản cuối.pdf");
    const QString path = sample.lib.sourcePath(name);
    writePdf(path, 1, QStringLiteral("Tờ trình"));
    const Document doc = sample.lib.library().importDocument(sample.item2.id, path).document;
    const auto snapshot = SiteSnapshot::build(sample.lib.catalog(), sample.lib.library().store());
    const SnapshotItem *item = snapshot->item(*snapshot->meeting(sample.open.code), 2);
    REQUIRE(item);
    REQUIRE(item->documents.size() == 1);
    const QByteArray link = item->documents[0].urlPath;
    CHECK(QString::fromUtf8(SiteSnapshot::itemPage(*snapshot->meeting(sample.open.code), *item,
                                                   QStringLiteral("vi"))
                                .html)
              .contains(QString::fromLatin1(link)));

    HttpRequest request;
    request.method = "GET";
    request.path = link;
    const HttpResponse response = Router::handle(request, *snapshot);
    INFO("link " << link.toStdString());
    CHECK(response.status == 200);
    CHECK(response.file.has_value());
    CHECK(doc.fileName == name);
}

TEST_CASE("Conditional requests follow RFC 9110 for documents", "[router]")
{
    Site site;
    const QByteArray path = site.documentPath(site.pdf);
    const HttpResponse first = site.get(path);
    REQUIRE(first.status == 200);
    const QByteArray etag = first.header("ETag");
    const QByteArray lastModified = first.header("Last-Modified");
    const auto modified = http::parseHttpDate(lastModified);
    REQUIRE(modified);

    SECTION("If-Modified-Since at or after the version: 304 without a body")
    {
        for (const QByteArray &since : {lastModified, http::httpDate(*modified + 3600)}) {
            const HttpResponse response = site.get(path, {{"If-Modified-Since", since}});
            CHECK(response.status == 304);
            CHECK_FALSE(response.file);
            CHECK(response.header("ETag") == etag);
        }
    }
    SECTION("If-Modified-Since before the version, or unreadable: the document")
    {
        for (const QByteArray &since :
             {http::httpDate(*modified - 1), QByteArray("yesterday"), QByteArray()}) {
            const HttpResponse response = site.get(path, {{"If-Modified-Since", since}});
            CHECK(response.status == 200);
            CHECK(fileBytes(response) == site.pdfContent);
        }
    }
    SECTION("If-None-Match decides when both are sent")
    {
        const HttpResponse stale =
            site.get(path, {{"If-None-Match", "\"other\""}, {"If-Modified-Since", lastModified}});
        CHECK(stale.status == 200);
        const HttpResponse fresh =
            site.get(path, {{"If-None-Match", etag}, {"If-Modified-Since", "garbage"}});
        CHECK(fresh.status == 304);
    }
    SECTION("If-Range with the current tag or date honours the range")
    {
        for (const QByteArray &validator : {etag, lastModified}) {
            const HttpResponse response =
                site.get(path, {{"Range", "bytes=10-19"}, {"If-Range", validator}});
            CHECK(response.status == 206);
            CHECK(fileBytes(response) == site.pdfContent.mid(10, 10));
        }
    }
    SECTION("If-Range with another version's tag, a weak tag or another date: whole file")
    {
        for (const QByteArray &validator :
             QByteArrayList{"\"0000\"", "W/" + etag, http::httpDate(*modified - 60)}) {
            INFO(validator.toStdString());
            const HttpResponse response =
                site.get(path, {{"Range", "bytes=10-19"}, {"If-Range", validator}});
            CHECK(response.status == 200);
            CHECK(response.header("Content-Range").isNull());
            CHECK(fileBytes(response) == site.pdfContent);
        }
    }
}

TEST_CASE("Pages carry an entity tag and revalidate to 304", "[router]")
{
    Site site;
    const QByteArray path = '/' + site.code() + "/1";
    const HttpResponse vi = site.get(path, {{"Cookie", "docket_lang=vi"}});
    const HttpResponse en = site.get(path, {{"Cookie", "docket_lang=en"}});
    REQUIRE(vi.status == 200);
    const QByteArray tag = vi.header("ETag");
    CHECK(tag.size() == 34);
    CHECK(tag != en.header("ETag")); // one tag per language version of the page
    CHECK(vi.header("Cache-Control") == "no-cache");

    const HttpResponse again =
        site.get(path, {{"Cookie", "docket_lang=vi"}, {"If-None-Match", tag}});
    CHECK(again.status == 304);
    CHECK(again.body.isEmpty());
    const HttpResponse otherLanguage =
        site.get(path, {{"Cookie", "docket_lang=en"}, {"If-None-Match", tag}});
    CHECK(otherLanguage.status == 200);

    // An edit changes the page and so its tag.
    site.lib.catalog().updateItem(site.item1.id, QStringLiteral("Báo cáo chính trị (sửa)"),
                                  QString());
    site.snapshot = SiteSnapshot::build(site.lib.catalog(), site.lib.library().store());
    const HttpResponse edited =
        site.get(path, {{"Cookie", "docket_lang=vi"}, {"If-None-Match", tag}});
    CHECK(edited.status == 200);
    CHECK(edited.header("ETag") != tag);
    CHECK(edited.body.contains(QStringLiteral("(sửa)").toUtf8()));

    // The 404 page is never cached and has no tag.
    const HttpResponse missing = site.get("/ZZZZZZZZ");
    CHECK(missing.header("ETag").isNull());
    CHECK(missing.header("Cache-Control") == "no-store");
}

TEST_CASE("A document that could run script is only ever a sandboxed download", "[router]")
{
    Site site;
    const QString html = site.lib.sourcePath(QStringLiteral("trang.html"));
    writeFile(html, "<html><script>document.cookie</script></html>");
    const QString svg = site.lib.sourcePath(QStringLiteral("hình.svg"));
    writeFile(svg, "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");
    const auto added = site.lib.library().importDocuments(site.item2.id, {html, svg});
    site.snapshot = SiteSnapshot::build(site.lib.catalog(), site.lib.library().store());

    for (const ImportedDocument &imported : added) {
        INFO(imported.document.fileName.toStdString());
        const HttpResponse response = site.get(site.documentPath(imported.document, 2));
        CHECK(response.status == 200);
        CHECK(response.header("Content-Type") == "application/octet-stream");
        CHECK(response.header("Content-Disposition").startsWith("attachment;"));
        CHECK(response.header("Content-Security-Policy") == "sandbox");
        CHECK(response.header("X-Content-Type-Options") == "nosniff");
    }
    const QString page = bodyText(site.get('/' + site.code() + "/2"));
    CHECK_FALSE(page.contains(QStringLiteral("class=\"btn\" href"))); // no "Open"
    // Each one's download, and both in one ZIP.
    CHECK(page.count(QStringLiteral("class=\"btn alt\" download href=\"/")) == 3);
    CHECK(page.count(QStringLiteral("/2/zip\"")) == 1);

    // The PDF keeps its own type, opens in place and is not sandboxed (viewers refuse it).
    const HttpResponse pdf = site.get(site.documentPath(site.pdf));
    CHECK(pdf.header("Content-Type") == "application/pdf");
    CHECK(pdf.header("Content-Disposition").startsWith("inline;"));
    CHECK(pdf.header("Content-Security-Policy").isNull());
}

TEST_CASE("servedContentType and showsInline", "[http]")
{
    CHECK(http::servedContentType(QStringLiteral("application/pdf")) == "application/pdf");
    CHECK(http::servedContentType(QStringLiteral("text/plain; charset=utf-8")) ==
          "text/plain; charset=utf-8");
    for (const char *active : {"text/html", "TEXT/HTML; charset=utf-8", "image/svg+xml",
                               "application/xhtml+xml", "application/rss+xml", "text/xml"})
        CHECK(http::servedContentType(QString::fromLatin1(active)) == "application/octet-stream");
    CHECK(http::servedContentType(QStringLiteral("text/plain\r\nX: y")) ==
          "application/octet-stream");
    CHECK(http::showsInline(QStringLiteral("image/jpeg")));
    CHECK(http::showsInline(QStringLiteral("text/plain; charset=utf-8")));
    CHECK_FALSE(http::showsInline(QStringLiteral("image/svg+xml")));
    CHECK_FALSE(http::showsInline(
        QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document")));
}

TEST_CASE("canonicalDelegatePath gives every delegate path its one spelling", "[router][http]")
{
    const std::pair<const char *, const char *> table[] = {
        // Already canonical: unchanged (so never redirected).
        {"/K1NG0P1N", "/K1NG0P1N"},
        {"/K1NG0P1N/3", "/K1NG0P1N/3"},
        {"/K1NG0P1N/3/42", "/K1NG0P1N/3/42"},
        {"/K1NG0P1N/3/42/B%C3%A1o%20c%C3%A1o.pdf", "/K1NG0P1N/3/42/B%C3%A1o%20c%C3%A1o.pdf"},
        {"/K1NG0P1N/3/42/read", "/K1NG0P1N/3/42/read"},
        {"/K1NG0P1N/3/42/%72ead", "/K1NG0P1N/3/42/%72ead"}, // a file named "read"
        {"/K1NG0P1N/3/42/page/7", "/K1NG0P1N/3/42/page/7"},
        {"/K1NG0P1N/3/42/thumb/1", "/K1NG0P1N/3/42/thumb/1"},
        {"/K1NG0P1N/unlock", "/K1NG0P1N/unlock"},
        // Case, and the look-alikes O -> 0, I and L -> 1.
        {"/k1ng0p1n", "/K1NG0P1N"},
        {"/KINGOPLN", "/K1NG0P1N"},
        {"/kLnGoPiN/3", "/K1NG0P1N/3"},
        {"/%4B1NG0P1N", "/K1NG0P1N"}, // an escaped letter
        {"/k1ng0p1n/UNLOCK", "/K1NG0P1N/unlock"},
        {"/K1NG0P1N/Unlock/", "/K1NG0P1N/unlock"},
        {"/K1NG0P1N/3/42/READ", "/K1NG0P1N/3/42/read"},
        {"/K1NG0P1N/3/42/Page/7", "/K1NG0P1N/3/42/page/7"},
        {"/K1NG0P1N/3/42/THUMB/01", "/K1NG0P1N/3/42/thumb/1"},
        // The same images as WebP.
        {"/K1NG0P1N/3/42/page/7.webp", "/K1NG0P1N/3/42/page/7.webp"},
        {"/K1NG0P1N/3/42/W720/07.WEBP", "/K1NG0P1N/3/42/w720/7.webp"},
        {"/K1NG0P1N/3/42/thumb/1.webp", "/K1NG0P1N/3/42/thumb/1.webp"},
        // A long document's reader parts: /read/1 is the first, /read.
        {"/K1NG0P1N/3/42/read/2", "/K1NG0P1N/3/42/read/2"},
        {"/K1NG0P1N/3/42/Read/02", "/K1NG0P1N/3/42/read/2"},
        {"/K1NG0P1N/3/42/read/1", "/K1NG0P1N/3/42/read"},
        // Numbers without leading zeros, no trailing slash.
        {"/K1NG0P1N/", "/K1NG0P1N"},
        {"/K1NG0P1N/03", "/K1NG0P1N/3"},
        {"/K1NG0P1N/3/042/", "/K1NG0P1N/3/42"},
        // The file name is the browser's business: kept as sent, case included, made safe for
        // a Location header.
        {"/kingopln/3/42/Report.PDF", "/K1NG0P1N/3/42/Report.PDF"},
        {"/kingopln/3/42/Report.PDF/", "/K1NG0P1N/3/42/Report.PDF"},
        {"/kingopln/3/42/a\\b", "/K1NG0P1N/3/42/a%5Cb"},
        {"/kingopln/3/42/caf\xC3\xA9 x", "/K1NG0P1N/3/42/caf%C3%A9%20x"},
        {"/kingopln/3/42/a#b", "/K1NG0P1N/3/42/a%23b"},
        // Codes that are no meeting: the same rule, whatever exists.
        {"/zzzzzzzz", "/ZZZZZZZZ"},
    };
    for (const auto &[raw, canonical] : table) {
        INFO(raw);
        const auto result = http::canonicalDelegatePath(raw);
        REQUIRE(result);
        CHECK(*result == canonical);
        // Idempotent, so a redirect never loops, and read the same way.
        CHECK(http::canonicalDelegatePath(*result) == *result);
        const auto before = http::parseDelegatePath(raw);
        const auto after = http::parseDelegatePath(*result);
        REQUIRE(after);
        CHECK(after->code == before->code);
        CHECK(after->item == before->item);
        CHECK(after->doc == before->doc);
        CHECK(after->unlock == before->unlock);
        CHECK(after->view == before->view);
        CHECK(after->page == before->page);
        CHECK(after->part == before->part);
        CHECK(after->webp == before->webp);
        CHECK(after->width == before->width);
    }
    // Not delegate paths: no canonical spelling, so no redirect (a plain 404).
    for (const char *raw :
         {"/", "/favicon.ico", "/K1NG0P1", "/K1NG0P1NX", "/K1NG0P1N/0", "/K1NG0P1N/x",
          "/K1NG0P1N//3", "/K1NG0P1N/3/42/page/x", "/K1NGUP1N", "K1NG0P1N", "/K1NG0P1N/%2F",
          "/K1NG0P1N/3/42/text/1.webp", "/K1NG0P1N/3/42/page/.webp", "/K1NG0P1N/3/42/page/1.png"}) {
        INFO(raw);
        CHECK_FALSE(http::canonicalDelegatePath(raw));
    }
}

TEST_CASE("Every other spelling is redirected before anything else", "[router]")
{
    Site site;
    const QByteArray lower = site.code().toLower();
    // Reading: 301 to the same place, for an open meeting and for a wrong code alike.
    const HttpResponse item = site.get('/' + lower + "/01");
    CHECK(item.status == 301);
    CHECK(item.header("Location") == '/' + site.code() + "/1");
    const HttpResponse head = site.get('/' + lower, {}, "HEAD");
    CHECK(head.status == 301);
    const HttpResponse document = site.get(site.documentPath(site.pdf).replace(site.code(), lower));
    CHECK(document.status == 301);
    CHECK(document.header("Location") == site.documentPath(site.pdf));
    CHECK_FALSE(document.file);
    CHECK(document.versionId == 0); // nothing counted as opened
    const HttpResponse wrong = site.get("/zzzzzzzz/1");
    CHECK(wrong.status == 301);
    CHECK(wrong.header("Location") == "/ZZZZZZZZ/1");
    CHECK(wrong.body == item.body); // the same answer, whether the meeting exists or not
    CHECK(site.get("/ZZZZZZZZ/1").status == 404);
    // The PIN form's POST: 308 keeps the method and the body.
    const HttpResponse post = site.get('/' + lower + "/unlock", {}, "POST");
    CHECK(post.status == 308);
    CHECK(post.header("Location") == '/' + site.code() + "/unlock");
    // Methods are answered first: a PUT is 405 at any spelling.
    CHECK(site.get('/' + lower, {}, "PUT").status == 405);
}
