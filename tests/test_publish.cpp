// SPDX-License-Identifier: GPL-3.0-or-later
// A meeting's static copy (publish/): the link rules, the plan of what travels, and the copy
// served by real nginx on 127.0.0.1 with the configuration Docket writes for it.
#include "catalog/Catalog.h"
#include "library/Library.h"
#include "publish/Publisher.h"
#include "publish/PublishPlan.h"
#include "publish/PublishTarget.h"
#include "publish/ServerConfig.h"
#include "publish/StaticLinks.h"
#include "qr/DelegateUrl.h"
#include "qr/QrCode.h"
#include "server/DelegatePages.h"
#include "support/Cli.h"
#include "support/Curl.h"
#include "support/DevTools.h"
#include "support/PdfPages.h"
#include "support/QrDecode.h"
#include "support/SampleSite.h"
#include "support/TempLibrary.h"
#include "support/TestPdf.h"
#include "support/Wait.h"
#include "util/Error.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QUrl>

#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace docket;
using namespace testsupport;

namespace {

// A port free on 127.0.0.1 now, for nginx to listen on (the kernel's pick, let go at once).
int freePort()
{
    const int probe = ::socket(AF_INET, SOCK_STREAM, 0);
    REQUIRE(probe >= 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    const bool bound = ::bind(probe, reinterpret_cast<sockaddr *>(&address), length) == 0 &&
                       ::getsockname(probe, reinterpret_cast<sockaddr *>(&address), &length) == 0;
    ::close(probe);
    REQUIRE(bound);
    return ntohs(address.sin_port);
}

// Whether anything answers at `url` yet (curlFetch REQUIREs an answer: not for waiting).
int statusAt(const QString &url)
{
    const ProcessResult run =
        runCurl({QStringLiteral("-s"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
                 QStringLiteral("-w"), QStringLiteral("%{http_code}"), url});
    return run.exitCode == 0 ? run.out.toInt() : 0;
}

// A test's server (nginx, rclone serve, caddy) stopped: SIGTERM, then a kill if it lingers.
void stopPeer(QProcess &process)
{
    process.terminate();
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished(2000);
    }
}

// nginx of Debian, on 127.0.0.1 only, with a prefix of its own and the server block Docket
// printed for the copy in `root`.
class Nginx
{
public:
    Nginx(const QString &serverBlock, int port) : m_port(port)
    {
        const QString prefix = m_prefix.path();
        QFile::remove(prefix + QStringLiteral("/x"));
        writeFile(prefix + QStringLiteral("/docket.conf"), serverBlock.toUtf8());
        QString conf = QStringLiteral("worker_processes 1;\npid %1/nginx.pid;\n"
                                      "error_log %1/error.log;\ndaemon off;\n")
                           .arg(prefix);
        // As root, the workers would be "nobody", who cannot read a test's private folders.
        if (::geteuid() == 0)
            conf += QStringLiteral("user root;\n");
        conf += QStringLiteral("events { worker_connections 64; }\nhttp {\n"
                               "    include /etc/nginx/mime.types;\n"
                               "    access_log %1/access.log;\n"
                               "    client_body_temp_path %1/body;\n    proxy_temp_path %1/proxy;\n"
                               "    fastcgi_temp_path %1/fastcgi;\n    uwsgi_temp_path %1/uwsgi;\n"
                               "    scgi_temp_path %1/scgi;\n"
                               "    include %1/docket.conf;\n}\n")
                    .arg(prefix);
        writeFile(prefix + QStringLiteral("/nginx.conf"), conf.toUtf8());
        const ProcessResult check =
            runProcess(QStringLiteral("nginx"),
                       {QStringLiteral("-t"), QStringLiteral("-q"), QStringLiteral("-c"),
                        prefix + QStringLiteral("/nginx.conf"), QStringLiteral("-p"), prefix});
        INFO(check.err.toStdString());
        REQUIRE(check.exitCode == 0);
        m_process.start(QStringLiteral("nginx"),
                        {QStringLiteral("-c"), prefix + QStringLiteral("/nginx.conf"),
                         QStringLiteral("-p"), prefix});
        REQUIRE(m_process.waitForStarted(5000));
        REQUIRE(waitUntil([&] { return statusAt(base() + QStringLiteral("/")) == 404; }, 10000));
    }
    ~Nginx() { stopPeer(m_process); }
    QString base() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    QString accessLog() const
    {
        return QString::fromUtf8(readFile(m_prefix.path() + QStringLiteral("/access.log")));
    }

private:
    QTemporaryDir m_prefix;
    int m_port = 0;
    QProcess m_process;
};

QString nginxBlock(const SampleSite &site, const QString &root, int port)
{
    serverconfig::Site config;
    config.meetingCode = site.open.code;
    config.meetingTitle = site.open.title;
    config.root = root;
    config.listen = QStringLiteral("127.0.0.1:%1").arg(port);
    return serverconfig::nginx(config);
}

QStringList filesUnder(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(root).relativeFilePath(it.next());
    files.sort();
    return files;
}

QString href(const QByteArray &html, const QString &pattern)
{
    const QRegularExpressionMatch match =
        QRegularExpression(pattern).match(QString::fromUtf8(html));
    return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace

TEST_CASE("A live page's links, resolved as a browser would, for a static copy", "[publish]")
{
    using staticlinks::LiveTarget;
    using staticlinks::resolve;
    const QByteArray item = "/K7Q2M9AB/3";
    CHECK(resolve(item, QStringLiteral("/K7Q2M9AB")) == LiveTarget{"/K7Q2M9AB", {}});
    CHECK(resolve(item, QStringLiteral("/K7Q2M9AB/3/12/read")) ==
          LiveTarget{"/K7Q2M9AB/3/12/read", {}});
    // Relative to the live page's address, which has no trailing slash.
    CHECK(resolve("/K7Q2M9AB/3/12/contents", QStringLiteral("at?n=7")) ==
          LiveTarget{"/K7Q2M9AB/3/12/read", "p7"});
    CHECK(resolve(item, QStringLiteral("/K7Q2M9AB/3/12/at?n=7&amp;view=text")) ==
          LiveTarget{"/K7Q2M9AB/3/12/text/7", {}});
    // A page beyond the first part of the reader.
    const int beyond = delegatepages::kReaderPagesPerPart + 3;
    CHECK(resolve(item, QStringLiteral("/K7Q2M9AB/3/12/at?n=%1&view=pages").arg(beyond)) ==
          LiveTarget{"/K7Q2M9AB/3/12/read/2", "p" + QByteArray::number(beyond)});
    CHECK(resolve(item, QStringLiteral("#p4")) == LiveTarget{"/K7Q2M9AB/3", "p4"});
    // Encoded names stay encoded.
    CHECK(resolve(item, QStringLiteral("/K7Q2M9AB/3/12/T%E1%BB%9D%20tr%C3%ACnh.pdf"))->path ==
          "/K7Q2M9AB/3/12/T%E1%BB%9D%20tr%C3%ACnh.pdf");
    // What a copy cannot answer.
    for (const char *gone : {"?lang=en", "/K7Q2M9AB/events", "/K7Q2M9AB/now", "/K7Q2M9AB/follow",
                             "/K7Q2M9AB/follow.js", "/K7Q2M9AB/3/12/search?q=x",
                             "/K7Q2M9AB/3/12/at", "https://example.org/x", "mailto:a@b.c"})
        CHECK_FALSE(resolve(item, QString::fromLatin1(gone)).has_value());
}

TEST_CASE("Relative links from a page's folder to any file of the copy", "[publish]")
{
    using staticlinks::relative;
    CHECK(relative(QStringLiteral("K7/3/"), QStringLiteral("K7/"), {}) == u"../");
    CHECK(relative(QStringLiteral("K7/3/"), QStringLiteral("K7/3/12/read/"), {}) == u"12/read/");
    CHECK(relative(QStringLiteral("K7/3/12/read/"), QStringLiteral("K7/_img/ab.webp"), {}) ==
          u"../../../_img/ab.webp");
    CHECK(relative(QStringLiteral("K7/3/12/read/"), QStringLiteral("K7/3/12/read/"), "p2") ==
          u"./#p2");
    CHECK(relative(QStringLiteral("K7/3/12/text/4/"), QStringLiteral("K7/3/12/text/5/"), {}) ==
          u"../5/");
    CHECK(relative(QStringLiteral("K7/"), QStringLiteral("K7/4/"), {}) == u"4/");
}

TEST_CASE("Live-only parts leave the copy, links are rewritten, srcset candidates kept",
          "[publish]")
{
    const QString html = QStringLiteral("<p>a</p>") +
                         QString::fromLatin1(delegatepages::kLiveStart) +
                         QStringLiteral("<form action=\"/X/follow\"></form>") +
                         QString::fromLatin1(delegatepages::kLiveEnd) + QStringLiteral("<p>") +
                         QString::fromLatin1(delegatepages::kLiveStart) + QStringLiteral("live") +
                         QString::fromLatin1(delegatepages::kLiveEnd) +
                         QString::fromLatin1(delegatepages::kCopyStart) + QStringLiteral("copy") +
                         QString::fromLatin1(delegatepages::kCopyEnd) + QStringLiteral("</p>");
    CHECK(staticlinks::withoutLiveParts(html) == u"<p>a</p><p>copy</p>");

    const QString page = QStringLiteral(
        "<a href=\"/X/1\">one</a><img src=\"/X/1/2/page/1\" srcset=\"/X/1/2/w720/1 720w, "
        "/X/1/2/page/1 1080w\"><a href=\"?lang=en\">en</a>");
    CHECK(staticlinks::links(page) ==
          QStringList{QStringLiteral("/X/1"), QStringLiteral("/X/1/2/page/1"),
                      QStringLiteral("/X/1/2/w720/1"), QStringLiteral("/X/1/2/page/1"),
                      QStringLiteral("?lang=en")});
    const QString rewritten = staticlinks::rewriteLinks(page, [](const QString &link) {
        if (link.startsWith(u'?'))
            return std::optional<QString>();
        return std::optional<QString>(link.mid(1) + QStringLiteral("&x"));
    });
    CHECK(rewritten == u"<a href=\"X/1&amp;x\">one</a><img src=\"X/1/2/page/1&amp;x\" "
                       u"srcset=\"X/1/2/w720/1&amp;x 720w, X/1/2/page/1&amp;x 1080w\"><a>en</a>");
}

TEST_CASE("The meeting code in every spelling the live server takes", "[publish]")
{
    const QString pattern = serverconfig::codePattern(QStringLiteral("K70Q1M9A"));
    CHECK(pattern == u"[Kk]7[0Oo][Qq][1IiLl][Mm]9[Aa]");
    const QRegularExpression code(u'^' + pattern + u'$');
    for (const char *spelling : {"K70Q1M9A", "k70q1m9a", "K7OQIM9A", "k7oqlm9a"})
        CHECK(code.match(QString::fromLatin1(spelling)).hasMatch());
    CHECK_FALSE(code.match(QStringLiteral("K70Q1M9B")).hasMatch());
}

TEST_CASE("Only what changed travels, files before pages, then what is gone goes", "[publish]")
{
    std::vector<StaticFile> copy;
    copy.push_back({QStringLiteral("K/index.html"), {}, "a", QStringLiteral("h1"), 1, true});
    copy.push_back({QStringLiteral("K/_img/new.webp"), {}, "b", QStringLiteral("h2"), 1, false});
    copy.push_back({QStringLiteral("K/1/2/doc.pdf"), {}, "c", QStringLiteral("h3"), 1, false});
    copy.push_back({QStringLiteral("K/1/index.html"), {}, "d", QStringLiteral("h4"), 1, true});
    PublishManifest published;
    published.meetingCode = QStringLiteral("K");
    published.files = {{QStringLiteral("K/index.html"), QStringLiteral("h1")},
                       {QStringLiteral("K/1/2/doc.pdf"), QStringLiteral("old")},
                       {QStringLiteral("K/_img/old.webp"), QStringLiteral("h9")},
                       {QStringLiteral("K/1/index.html"), QStringLiteral("h4")}};
    const PublishPlan plan = PublishPlan::make(published, copy);
    CHECK(plan.unchanged == 2);
    CHECK(plan.files == std::vector<std::size_t>{1, 2});
    CHECK(plan.pages.empty());
    CHECK(plan.remove == QStringList{QStringLiteral("K/_img/old.webp")});

    // Nothing published yet: everything, the pages last.
    const PublishPlan first = PublishPlan::make(PublishManifest{}, copy);
    CHECK(first.files == std::vector<std::size_t>{1, 2});
    CHECK(first.pages == std::vector<std::size_t>{0, 3});

    // The manifest reads back as written; anything else is refused, not half read.
    const auto again = PublishManifest::fromJson(published.toJson(), nullptr);
    REQUIRE(again);
    CHECK(again->meetingCode == u"K");
    CHECK(again->files == published.files);
    QString problem;
    CHECK_FALSE(PublishManifest::fromJson("{\"format\":2,\"files\":{}}", &problem));
    CHECK_FALSE(PublishManifest::fromJson("not json", &problem));
    CHECK_FALSE(problem.isEmpty());
    // A manifest someone altered at the target never leads a publish out of the meeting.
    for (const char *outside : {"K/../../etc/passwd", "/etc/passwd", "L/index.html", "K//x", "K"})
        CHECK_FALSE(PublishManifest::fromJson(
            QByteArray("{\"format\":1,\"meeting\":\"K\",\"files\":{\"") + outside + "\":\"h\"}}",
            nullptr));
}

TEST_CASE("A meeting's public address: uppercase where case means nothing, a small code",
          "[publish][qr]")
{
    using delegateurl::normalizePublicBase;
    CHECK(normalizePublicBase(QStringLiteral("https://hoinghi.doanphuong.vn/")) ==
          u"HTTPS://HOINGHI.DOANPHUONG.VN");
    CHECK(normalizePublicBase(QStringLiteral("hoinghi.doanphuong.vn")) ==
          u"HTTPS://HOINGHI.DOANPHUONG.VN");
    CHECK(normalizePublicBase(QStringLiteral("http://127.0.0.1:8080")) == u"HTTP://127.0.0.1:8080");
    CHECK(normalizePublicBase(QStringLiteral("https://example.org:443/dai-hoi/")) ==
          u"HTTPS://EXAMPLE.ORG/dai-hoi");
    CHECK(normalizePublicBase(QStringLiteral("https://example.org:8443/X")) ==
          u"HTTPS://EXAMPLE.ORG:8443/X");
    for (const char *bad : {"ftp://example.org", "https://user@example.org", "https://x.org/?a=1",
                            "https://", "https://x.org/#top"})
        CHECK(normalizePublicBase(QString::fromLatin1(bad)).isEmpty());

    // A typical https host: the item code stays at version 4 or less (alphanumeric mode).
    const QString url = delegateurl::item(
        normalizePublicBase(QStringLiteral("https://hoinghi.tinhdoanquangninh.vn")),
        QStringLiteral("K7Q2M9AB"), 12);
    CHECK(url == u"HTTPS://HOINGHI.TINHDOANQUANGNINH.VN/K7Q2M9AB/12");
    CHECK(QrCode::encode(url.toUtf8()).version() <= 4);

    TempLibrary lib;
    const Meeting meeting = lib.catalog().createMeeting(QStringLiteral("Đại hội"));
    CHECK(lib.catalog().publicUrl(meeting.id).isEmpty());
    lib.catalog().setPublicUrl(meeting.id, QStringLiteral("https://doanphuong.vn/"));
    CHECK(lib.catalog().publicUrl(meeting.id) == u"HTTPS://DOANPHUONG.VN");
    CHECK_THROWS_AS(lib.catalog().setPublicUrl(meeting.id, QStringLiteral("ftp://x")), Error);
    CHECK(lib.catalog().publicUrl(meeting.id) == u"HTTPS://DOANPHUONG.VN"); // kept
    lib.catalog().setPublicUrl(meeting.id, {});
    CHECK(lib.catalog().publicUrl(meeting.id).isEmpty());
}

TEST_CASE("A published copy served by nginx: the item's code, exact bytes, Vietnamese names, "
          "ranges, HEAD and revalidation",
          "[publish][nginx]")
{
    SampleSite site;
    TempFolder web;
    const QString root = web.filePath(QStringLiteral("www"));
    FolderTarget target(root);
    const PublishReport report = Publisher::publish(site.lib.library(), site.open.id, target);
    CHECK(report.sent == report.files);
    CHECK(report.unchanged == 0);
    const QStringList files = filesUnder(root);
    INFO(files.join(u'\n').toStdString());
    const QString code = site.open.code;
    CHECK(files.contains(code + QStringLiteral("/index.html")));
    CHECK(files.contains(code + QStringLiteral("/1/index.html")));
    CHECK(files.contains(PublishManifest::manifestPath(code)));
    // Nothing of the roster, the badges, the other meetings.
    for (const QString &file : files)
        CHECK(
            (file.startsWith(code + u'/') || file.startsWith(QStringLiteral(".docket-publish/"))));

    const int port = freePort();
    Nginx nginx(nginxBlock(site, root, port), port);
    // The code on paper, made with the meeting's public address (this nginx), read by zbar as
    // a phone's camera reads it, and handed to the browser.
    site.lib.catalog().setPublicUrl(site.open.id, nginx.base());
    const QString publicUrl = site.lib.catalog().publicUrl(site.open.id);
    const QStringList decoded = decodeQr(
        QrCode::encode(delegateurl::item(publicUrl, code, site.item1.number).toUtf8()).toImage(8));
    REQUIRE(decoded.size() == 1);
    const QString &printed = decoded.first();
    CHECK(printed == u"HTTP://127.0.0.1:" + QString::number(port) + u'/' + code + u'/' +
                         QString::number(site.item1.number));
    const HttpResult itemPage = curlFetch(printed, {QStringLiteral("-L")});
    REQUIRE(itemPage.status == 200);
    CHECK(itemPage.header("Content-Type") == "text/html; charset=utf-8");
    CHECK(itemPage.header("Cache-Control") == "no-cache");
    CHECK(itemPage.body.contains(site.item1.title.toUtf8()));
    // What needs the live server is not on the copy: no form, no script, no language switch.
    CHECK_FALSE(itemPage.body.contains("<form"));
    CHECK_FALSE(itemPage.body.contains("<script"));
    CHECK_FALSE(itemPage.body.contains("?lang="));
    CHECK_FALSE(itemPage.body.contains("href=\"/")); // every link relative

    // Its document's link downloads the exact bytes, under the Vietnamese name.
    const QString pdfLink = href(itemPage.body, QStringLiteral("download href=\"([^\"]+\\.pdf)\""));
    REQUIRE_FALSE(pdfLink.isEmpty());
    const QString itemUrl =
        nginx.base() + u'/' + code + u'/' + QString::number(site.item1.number) + u'/';
    const QString pdfUrl = QUrl(itemUrl).resolved(QUrl(pdfLink)).toString(QUrl::FullyEncoded);
    const HttpResult pdf = curlFetch(pdfUrl);
    REQUIRE(pdf.status == 200);
    CHECK(pdf.body == site.pdfContent);
    CHECK(pdf.header("Content-Type") == "application/pdf");
    const QByteArray disposition = pdf.header("Content-Disposition");
    CHECK(disposition.startsWith("inline; filename*=UTF-8''"));
    CHECK(QUrl::fromPercentEncoding(disposition.mid(disposition.indexOf("''") + 2)) ==
          SampleSite::pdfName());
    CHECK(pdf.header("Content-Security-Policy").isNull()); // the PDF viewer needs no sandbox
    // The text file: inline, sandboxed, UTF-8.
    const QString textLink =
        href(itemPage.body, QStringLiteral("download href=\"([^\"]+\\.txt)\""));
    const HttpResult text =
        curlFetch(QUrl(itemUrl).resolved(QUrl(textLink)).toString(QUrl::FullyEncoded));
    CHECK(text.body == site.textContent);
    CHECK(text.header("Content-Type") == "text/plain; charset=utf-8");
    CHECK(text.header("Content-Security-Policy") == "sandbox");

    // HEAD, a range, and a revalidation answered 304, as on the live server.
    const HttpResult head = curlFetch(pdfUrl, {QStringLiteral("-I")});
    CHECK(head.status == 200);
    CHECK(head.header("Content-Length") == QByteArray::number(site.pdfContent.size()));
    const HttpResult range = curlFetch(pdfUrl, {QStringLiteral("-r"), QStringLiteral("10-19")});
    CHECK(range.status == 206);
    CHECK(range.body == site.pdfContent.mid(10, 10));
    const QByteArray etag = pdf.header("ETag");
    REQUIRE_FALSE(etag.isEmpty());
    CHECK(curlFetch(pdfUrl, {QStringLiteral("-H"),
                             QStringLiteral("If-None-Match: ") + QString::fromLatin1(etag)})
              .status == 304);

    // The code typed in lowercase, with O for 0: to the one spelling.
    QString typed = code.toLower();
    typed.replace(u'0', u'o');
    const HttpResult moved = curlFetch(nginx.base() + u'/' + typed);
    CHECK(moved.status == 301);
    CHECK(moved.header("Location") == '/' + code.toLatin1());
    // No listings, no manifest.
    CHECK(curlFetch(nginx.base() + u'/' + code + QStringLiteral("/_img/")).status == 403);
    CHECK(curlFetch(nginx.base() + u'/' + PublishManifest::manifestPath(code)).status == 404);

    // Page images: named by content, kept for good by phones.
    const QString thumb = href(itemPage.body, QStringLiteral("<img class=\"th\" src=\"([^\"]+)\""));
    REQUIRE(thumb.contains(QStringLiteral("_img/")));
    const HttpResult image =
        curlFetch(QUrl(itemUrl).resolved(QUrl(thumb)).toString(QUrl::FullyEncoded));
    CHECK(image.status == 200);
    CHECK(image.header("Content-Type").startsWith("image/"));
    CHECK(image.header("Cache-Control") == "public, max-age=31536000, immutable");
}

TEST_CASE("The copy's reader shows its page images in headless Chromium", "[publish][nginx]")
{
    SampleSite site;
    TempFolder web;
    const QString root = web.filePath(QStringLiteral("www"));
    FolderTarget target(root);
    Publisher::publish(site.lib.library(), site.open.id, target);
    const int port = freePort();
    Nginx nginx(nginxBlock(site, root, port), port);

    const QString reader = nginx.base() + u'/' + site.open.code + u'/' +
                           QString::number(site.item1.number) + u'/' +
                           QString::number(site.pdf.id) + QStringLiteral("/read/");
    TempFolder profile;
    DevToolsBrowser browser(profile.path());
    const QString tab = browser.openTab();
    browser.call(QStringLiteral("Page.navigate"), {{QStringLiteral("url"), reader}}, tab);
    // The three pages of the PDF, each an image the browser decoded (lazy ones scrolled to).
    REQUIRE(browser.waitFor(tab, QStringLiteral("document.readyState === 'complete' && "
                                                "document.querySelectorAll('figure img').length "
                                                "=== 3")));
    browser.evaluate(tab, QStringLiteral("document.querySelectorAll('figure img').forEach("
                                         "i => { i.loading = 'eager'; }); true"));
    CHECK(browser.waitFor(tab, QStringLiteral("[...document.querySelectorAll('figure img')]"
                                              ".every(i => i.complete && i.naturalWidth > 0)")));
    const QString log = nginx.accessLog();
    INFO(log.toStdString());
    const QRegularExpression imageServed(
        QStringLiteral("GET /%1/_img/[0-9a-f]+\\.(webp|png|jpg) HTTP/1.1\" 200")
            .arg(site.open.code));
    CHECK(log.count(imageServed) >= 3);
}

namespace {

// `rclone serve webdav` on 127.0.0.1 over a folder of its own: a remote as a union's web host
// would be, reached through rclone as Docket reaches any remote. The remote is named by
// environment variables (rclone's own way), so no configuration file is touched.
class WebDavRemote
{
public:
    WebDavRemote() : m_port(freePort())
    {
        QDir().mkpath(folder());
        m_process.start(QStringLiteral("rclone"),
                        {QStringLiteral("serve"), QStringLiteral("webdav"), folder(),
                         QStringLiteral("--addr"), QStringLiteral("127.0.0.1:%1").arg(m_port)});
        REQUIRE(m_process.waitForStarted(5000));
        REQUIRE(waitUntil(
            [&] { return statusAt(QStringLiteral("http://127.0.0.1:%1/").arg(m_port)) == 200; },
            10000));
        qputenv("RCLONE_CONFIG", m_config.filePath(QStringLiteral("none.conf")).toUtf8());
        qputenv("RCLONE_CONFIG_DOCKETDAV_TYPE", "webdav");
        qputenv("RCLONE_CONFIG_DOCKETDAV_URL",
                QStringLiteral("http://127.0.0.1:%1").arg(m_port).toUtf8());
    }
    ~WebDavRemote()
    {
        qunsetenv("RCLONE_CONFIG_DOCKETDAV_TYPE");
        qunsetenv("RCLONE_CONFIG_DOCKETDAV_URL");
        qunsetenv("RCLONE_CONFIG");
        stopPeer(m_process);
    }
    QString folder() const { return m_dir.filePath(QStringLiteral("served")); }
    static QString remote() { return QStringLiteral("docketdav:union-site/docket"); }
    QString file(const QString &path) const
    {
        return folder() + QStringLiteral("/union-site/docket/") + path;
    }
    // Each file there and its SHA-256.
    std::map<QString, QString> contents() const
    {
        std::map<QString, QString> files;
        const QString root = folder() + QStringLiteral("/union-site/docket");
        for (const QString &path : filesUnder(root))
            files[path] = sha256Hex(readFile(root + u'/' + path));
        return files;
    }

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_config;
    int m_port = 0;
    QProcess m_process;
};

// A target that gives up after `sends` batches, as a publish does when the connection drops.
class CutOffTarget : public PublishTarget
{
public:
    CutOffTarget(PublishTarget &real, int sends) : m_real(real), m_sends(sends) {}
    QString name() const override { return m_real.name(); }
    std::optional<QByteArray> read(const QString &path) override { return m_real.read(path); }
    void send(const std::vector<const StaticFile *> &files) override
    {
        if (m_sends-- <= 0)
            throw Error(QStringLiteral("the connection dropped"));
        m_real.send(files);
    }
    void write(const QString &path, const QByteArray &bytes) override { m_real.write(path, bytes); }
    void remove(const QStringList &paths) override { m_real.remove(paths); }

private:
    PublishTarget &m_real;
    int m_sends = 0;
};

} // namespace

TEST_CASE("Through rclone to a WebDAV remote: a replaced document sends only what changed, "
          "and the remote copy then holds the new version",
          "[publish][rclone]")
{
    SampleSite site;
    WebDavRemote dav;
    const std::unique_ptr<PublishTarget> target = PublishTarget::open(WebDavRemote::remote());
    REQUIRE(dynamic_cast<RcloneTarget *>(target.get()));
    Library &library = site.lib.library();
    const QString code = site.open.code;
    // Item 2 gets a document of its own, which the replacement below leaves alone.
    const QString other = site.lib.sourcePath(QStringLiteral("Chương trình hành động.pdf"));
    writePdf(other, 4, QStringLiteral("Chương trình hành động"));
    library.importDocuments(site.item2.id, {other});

    const PublishReport first = Publisher::publish(library, site.open.id, *target);
    CHECK(first.sent == first.files);
    const std::map<QString, QString> before = dav.contents();
    CHECK(static_cast<int>(before.size()) == first.files + 1); // and the manifest

    // Nothing changed: nothing travels. A page there altered by hand stays as it is, which
    // shows that no file was sent again.
    const QString untouched = code + QStringLiteral("/2/index.html");
    writeFile(dav.file(untouched), readFile(dav.file(untouched)) + "<!-- by hand -->");
    const PublishReport second = Publisher::publish(library, site.open.id, *target);
    CHECK(second.sent == 0);
    CHECK(second.removed == 0);
    CHECK(second.unchanged == first.files);
    CHECK(readFile(dav.file(untouched)).endsWith("<!-- by hand -->"));

    // The 3-page PDF replaced by a 2-page one: its file, its page images and the pages that
    // show it travel; the old images go; everything else stays.
    const QString replacement = site.lib.sourcePath(QStringLiteral("Báo cáo (bản sửa).pdf"));
    writePdf(replacement, 2, QStringLiteral("Báo cáo sửa đổi"));
    library.replaceDocument(site.pdf.id, replacement);
    const PublishReport third = Publisher::publish(library, site.open.id, *target);
    const std::map<QString, QString> after = dav.contents();
    int changedOrNew = 0;
    int gone = 0;
    for (const auto &[path, sha256] : after) {
        const auto was = before.find(path);
        if ((was == before.end() || was->second != sha256) && path != untouched)
            ++changedOrNew;
    }
    for (const auto &[path, sha256] : before)
        if (!after.contains(path))
            ++gone;
    INFO("sent " << third.sent << ", changed or new there " << changedOrNew << ", files "
                 << third.files);
    // What changed there is what was sent (and the manifest), and far from everything: item
    // 2's document, its images and its pages did not travel again.
    CHECK(third.sent + 1 == changedOrNew);
    CHECK(third.sent < third.files / 2);
    CHECK(readFile(dav.file(untouched)).endsWith("<!-- by hand -->"));
    CHECK(third.removed == gone);
    CHECK(third.removed > 0); // the 3-page document's images
    CHECK(third.unchanged + third.sent == third.files);
    // The remote holds the new version, byte for byte, where the pages link it.
    const QString folder = code + QStringLiteral("/1/") + QString::number(site.pdf.id) + u'/';
    QStringList documents;
    for (const auto &[path, sha256] : after)
        if (path.startsWith(folder) && path.endsWith(QStringLiteral(".pdf"))) {
            documents << path;
            CHECK(sha256 == sha256Hex(readFile(replacement)));
        }
    CHECK(documents.size() == 1); // the old version's file is gone
    const QByteArray reader =
        readFile(dav.file(code + QStringLiteral("/1/") + QString::number(site.pdf.id) +
                          QStringLiteral("/read/index.html")));
    CHECK(reader.count("<figure") == 2);

    // What waits to be sent is one copy's worth: the old version's images left the cache too.
    int stagedInCopy = 0;
    for (const auto &[path, sha256] : after)
        if (path.contains(QStringLiteral("/_img/")) || path.contains(QStringLiteral("/zip/")))
            ++stagedInCopy;
    CHECK(QDir(StaticSite::stagingFolder(library, code)).entryList(QDir::Files).size() ==
          stagedInCopy);
}

TEST_CASE("A publish cut off half way resumes where it stopped", "[publish][rclone]")
{
    SampleSite site;
    WebDavRemote dav;
    const std::unique_ptr<PublishTarget> target = PublishTarget::open(WebDavRemote::remote());
    Library &library = site.lib.library();

    // The files went (one batch), then the connection dropped before the pages.
    CutOffTarget cutOff(*target, 1);
    CHECK_THROWS_AS(Publisher::publish(library, site.open.id, cutOff), Error);
    const std::map<QString, QString> partial = dav.contents();
    for (const auto &[path, sha256] : partial)
        CHECK_FALSE(path.endsWith(QStringLiteral("/index.html"))); // no page links to nothing
    REQUIRE(partial.size() > 1);

    const PublishReport resumed = Publisher::publish(library, site.open.id, *target);
    const int sentBefore = static_cast<int>(partial.size()) - 1; // less the manifest
    CHECK(resumed.unchanged == sentBefore);
    CHECK(resumed.sent == resumed.files - sentBefore);
    CHECK(static_cast<int>(dav.contents().size()) == resumed.files + 1);

    // And unpublishing removes it all.
    const PublishReport removed = Publisher::unpublish(library, site.open.id, *target);
    CHECK(removed.removed == resumed.files);
    CHECK(dav.contents().empty());
}

TEST_CASE("docket-cli publish, meeting public-url, qr and print --public", "[publish][cli]")
{
    const QString cli = QStringLiteral(DOCKET_CLI_PATH);
    SampleSite site;
    const QString library = site.lib.folder();
    const QString code = site.open.code;
    TempFolder out;
    const QString root = out.filePath(QStringLiteral("www"));

    const CliRun first = runCliOk(
        cli, library,
        {QStringLiteral("--json"), QStringLiteral("publish"), code, QStringLiteral("--to"), root});
    const QJsonObject report = QJsonDocument::fromJson(first.out.toUtf8()).object();
    CHECK(report.value(QStringLiteral("meeting")).toString() == code);
    CHECK(report.value(QStringLiteral("sent")).toInt() ==
          report.value(QStringLiteral("files")).toInt());
    CHECK(report.value(QStringLiteral("sent")).toInt() > 10);
    const CliRun again =
        runCliOk(cli, library, {QStringLiteral("publish"), code, QStringLiteral("--to"), root});
    CHECK(again.out.contains(QStringLiteral(", 0 sent (0 bytes), 0 removed,")));

    // The server block names the folder and the address to listen on, at the top.
    const CliRun config = runCliOk(cli, library,
                                   {QStringLiteral("publish"), code, QStringLiteral("--to"), root,
                                    QStringLiteral("--server-config"), QStringLiteral("nginx"),
                                    QStringLiteral("--listen"), QStringLiteral("127.0.0.1:8088")});
    CHECK(config.out.contains(QStringLiteral("server {\n    listen 127.0.0.1:8088;\n    root ") +
                              QDir(root).absolutePath() + u';'));
    const CliRun caddy = runCliOk(cli, library,
                                  {QStringLiteral("publish"), code, QStringLiteral("--to"), root,
                                   QStringLiteral("--server-config"), QStringLiteral("caddy")});
    CHECK(caddy.out.contains(QStringLiteral(":80 {\n\troot * ") + QDir(root).absolutePath()));
    CHECK(runCli(cli, library,
                 {QStringLiteral("publish"), code, QStringLiteral("--to"), root,
                  QStringLiteral("--server-config"), QStringLiteral("apache")})
              .exitCode == 2);

    // No public address yet: --public says how to give one.
    const QString png = out.filePath(QStringLiteral("item1.png"));
    const CliRun none = runCli(cli, library,
                               {QStringLiteral("qr"), code, QStringLiteral("1"),
                                QStringLiteral("--public"), QStringLiteral("--png"), png});
    CHECK(none.exitCode == 1);
    CHECK(none.err.contains(QStringLiteral("meeting public-url")));
    runCliOk(cli, library,
             {QStringLiteral("meeting"), QStringLiteral("public-url"), code,
              QStringLiteral("https://hoinghi.doanphuong.vn/")});
    runCliOk(cli, library,
             {QStringLiteral("qr"), code, QStringLiteral("1"), QStringLiteral("--public"),
              QStringLiteral("--png"), png});
    const QStringList decoded = decodeQr(QImage(png));
    CHECK(decoded == QStringList{QStringLiteral("HTTPS://HOINGHI.DOANPHUONG.VN/") + code +
                                 QStringLiteral("/1")});
    const QString sheet = out.filePath(QStringLiteral("sheet.pdf"));
    runCliOk(cli, library,
             {QStringLiteral("print"), code, QStringLiteral("--layout"), QStringLiteral("sheet"),
              QStringLiteral("--pdf"), sheet, QStringLiteral("--public")});
    const QList<PdfPage> pages = readPdfPages(sheet, 150);
    REQUIRE_FALSE(pages.isEmpty());
    CHECK(decodeQr(pages.first().image)
              .contains(QStringLiteral("HTTPS://HOINGHI.DOANPHUONG.VN/") + code +
                        QStringLiteral("/1")));
    // A survey's code never goes public: its answers stay on this computer.
    CHECK(runCli(cli, library,
                 {QStringLiteral("qr"), QStringLiteral("--survey"), code,
                  QStringLiteral("--public"), QStringLiteral("--png"), png})
              .exitCode != 0);

    // Unpublished: the folder holds nothing of the meeting any more.
    runCliOk(cli, library,
             {QStringLiteral("publish"), code, QStringLiteral("--to"), root,
              QStringLiteral("--remove")});
    CHECK(filesUnder(root).isEmpty());
}

TEST_CASE("publish --watch keeps the copy in step: a replaced document and a new item are "
          "there within seconds",
          "[publish][cli]")
{
    const QString cli = QStringLiteral(DOCKET_CLI_PATH);
    SampleSite site;
    const QString library = site.lib.folder();
    const QString code = site.open.code;
    TempFolder out;
    const QString root = out.filePath(QStringLiteral("www"));

    QProcess watch;
    watch.setProcessEnvironment(cliEnvironment());
    watch.start(cli, {QStringLiteral("--library"), library, QStringLiteral("publish"), code,
                      QStringLiteral("--to"), root, QStringLiteral("--watch")});
    REQUIRE(watch.waitForStarted(5000));
    QByteArray said;
    const auto published = [&](int times) {
        return waitUntil(
            [&] {
                watch.waitForReadyRead(100);
                said += watch.readAllStandardOutput();
                return said.count("Published meeting") >= times;
            },
            60000);
    };
    REQUIRE(published(1));
    const QString meetingPage = root + u'/' + code + QStringLiteral("/index.html");
    REQUIRE(QFile::exists(meetingPage));

    // 14:05: the organiser replaces the report from another program (here, docket-cli).
    const QString replacement = site.lib.sourcePath(QStringLiteral("Báo cáo (bản cuối).pdf"));
    writePdf(replacement, 1, QStringLiteral("Bản cuối"));
    QElapsedTimer clock;
    clock.start();
    runCliOk(cli, library,
             {QStringLiteral("doc"), QStringLiteral("replace"), code, QStringLiteral("1"),
              QString::number(site.pdf.id), replacement});
    const QString folder = root + u'/' + code + QStringLiteral("/1/") +
                           QString::number(site.pdf.id) + QStringLiteral("/");
    const QByteArray newBytes = readFile(replacement);
    REQUIRE(waitUntil(
        [&] {
            const QStringList pdfs = QDir(folder).entryList({QStringLiteral("*.pdf")}, QDir::Files);
            return pdfs.size() == 1 && readFile(folder + pdfs.first()) == newBytes;
        },
        60000));
    const qint64 replacedAfter = clock.elapsed();
    INFO("the replaced document was on the copy after " << replacedAfter << " ms");
    CHECK(replacedAfter < 60000);
    REQUIRE(published(2));

    // A new item reaches the copy's agenda the same way.
    runCliOk(cli, library,
             {QStringLiteral("item"), QStringLiteral("add"), code, QStringLiteral("--title"),
              QStringLiteral("Bầu Ban Chấp hành khóa mới")});
    REQUIRE(waitUntil(
        [&] {
            return readFile(meetingPage)
                .contains(QStringLiteral("Bầu Ban Chấp hành khóa mới").toUtf8());
        },
        60000));

    watch.terminate(); // SIGTERM: a clean stop
    REQUIRE(watch.waitForFinished(10000));
    CHECK(watch.exitStatus() == QProcess::NormalExit);
    CHECK(watch.exitCode() == 0);
}

TEST_CASE("The Caddy site Docket writes serves the copy as the live server would",
          "[publish][caddy]")
{
    SampleSite site;
    TempFolder web;
    const QString root = web.filePath(QStringLiteral("www"));
    FolderTarget target(root);
    Publisher::publish(site.lib.library(), site.open.id, target);
    const int port = freePort();
    serverconfig::Site config;
    config.meetingCode = site.open.code;
    config.meetingTitle = site.open.title;
    config.root = root;
    config.listen = QStringLiteral("http://127.0.0.1:%1").arg(port);
    // No admin endpoint, and Caddy's own files in the test's folder.
    const QString caddyfile = web.filePath(QStringLiteral("Caddyfile"));
    writeFile(caddyfile,
              (QStringLiteral("{\n\tadmin off\n}\n") + serverconfig::caddy(config)).toUtf8());
    QProcess caddy;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), web.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), web.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), web.filePath(QStringLiteral("config")));
    caddy.setProcessEnvironment(environment);
    caddy.start(QStringLiteral("caddy"),
                {QStringLiteral("run"), QStringLiteral("--config"), caddyfile,
                 QStringLiteral("--adapter"), QStringLiteral("caddyfile")});
    REQUIRE(caddy.waitForStarted(5000));
    const QString base = QStringLiteral("http://127.0.0.1:%1/").arg(port) + site.open.code;
    REQUIRE(waitUntil([&] { return statusAt(base + u'/') == 200; }, 20000));

    const HttpResult page = curlFetch(base + QStringLiteral("/1/"));
    CHECK(page.status == 200);
    CHECK(page.header("Cache-Control") == "no-cache");
    CHECK(page.header("Content-Security-Policy").startsWith("default-src 'none'"));
    CHECK(page.header("Server").isNull());
    const QString pdfLink = href(page.body, QStringLiteral("download href=\"([^\"]+\\.pdf)\""));
    const QString itemUrl = base + QStringLiteral("/1/");
    const HttpResult pdf =
        curlFetch(QUrl(itemUrl).resolved(QUrl(pdfLink)).toString(QUrl::FullyEncoded));
    CHECK(pdf.body == site.pdfContent);
    CHECK(pdf.header("Content-Security-Policy").isNull());
    const QString textLink = href(page.body, QStringLiteral("download href=\"([^\"]+\\.txt)\""));
    const HttpResult text =
        curlFetch(QUrl(itemUrl).resolved(QUrl(textLink)).toString(QUrl::FullyEncoded));
    CHECK(text.body == site.textContent);
    CHECK(text.header("Content-Security-Policy") == "sandbox");
    const QString thumb = href(page.body, QStringLiteral("<img class=\"th\" src=\"([^\"]+)\""));
    const HttpResult image =
        curlFetch(QUrl(itemUrl).resolved(QUrl(thumb)).toString(QUrl::FullyEncoded));
    CHECK(image.header("Cache-Control") == "public, max-age=31536000, immutable");
    QString typed = site.open.code.toLower();
    typed.replace(u'0', u'o');
    CHECK(curlFetch(QStringLiteral("http://127.0.0.1:%1/").arg(port) + typed).status == 301);
    CHECK(curlFetch(QStringLiteral("http://127.0.0.1:%1/").arg(port) +
                    PublishManifest::manifestPath(site.open.code))
              .status == 404);

    stopPeer(caddy);
}
