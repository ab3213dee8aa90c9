// SPDX-License-Identifier: GPL-3.0-or-later
// A real phone browser: headless Chromium at 390x844 loads the meeting page, an item page and a
// reader page from the real server on 127.0.0.1. Screenshots are kept as test artifacts
// (test-artifacts/browser/ in the build folder). That the images really loaded is checked on
// both ends: the server drew and sent exactly them, and the screenshot shows the page's ink.
#include "hosting/SnapshotPublisher.h"
#include "pdf/RenderPool.h"
#include "server/HttpServer.h"
#include "support/Curl.h"
#include "support/HostedSite.h"
#include "support/SampleSite.h"
#include "support/TempLibrary.h"
#include "support/TestPdf.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QStandardPaths>

#include <catch2/catch.hpp>

using namespace docket;
using namespace testsupport;

namespace {

const QString kArtifacts = QStringLiteral(DOCKET_ARTIFACTS_DIR) + QStringLiteral("/browser");

struct Hosted : HostedSite
{
    QString url(const QString &path) const { return base() + path; }
    QString itemPath() const { return u'/' + open.code + QStringLiteral("/1"); }
    QString readerPath(Id doc) const
    {
        return itemPath() + u'/' + QString::number(doc) + QStringLiteral("/read");
    }
};

// A PDF whose first page is mostly ink: unmistakable in a screenshot once its image loaded,
// and absent from one where it did not (a broken image is an empty frame).
QString inkyPdf(const QString &folder)
{
    const QString path = folder + QStringLiteral("/Sơ đồ hội trường.pdf");
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setTitle(QStringLiteral("Sơ đồ hội trường"));
    {
        QPainter painter(&writer);
        for (int page = 0; page < 3; ++page) {
            if (page > 0)
                writer.newPage();
            const QRect area = painter.viewport();
            painter.fillRect(area.adjusted(area.width() / 10, area.height() / 10,
                                           -area.width() / 10, -area.height() / 10),
                             Qt::black);
        }
    }
    REQUIRE(QFileInfo(path).size() > 0);
    return path;
}

QString chromium()
{
    const QString found = QStandardPaths::findExecutable(QStringLiteral("chromium"));
    INFO("headless Chromium (Debian package chromium, installed by tools/dev) is needed");
    REQUIRE_FALSE(found.isEmpty());
    return found;
}

// One page load; `mode` is --screenshot=FILE or --dump-dom. The flags keep it off every
// network but the loopback one (it would otherwise stall on this closed machine).
ProcessResult browse(const QString &url, const QStringList &mode, const QString &language,
                     bool dark = false)
{
    TempFolder profile;
    QStringList arguments{
        QStringLiteral("--headless"), QStringLiteral("--no-sandbox"),
        QStringLiteral("--disable-gpu"), QStringLiteral("--disable-quic"),
        QStringLiteral("--no-first-run"), QStringLiteral("--disable-background-networking"),
        QStringLiteral("--disable-component-update"), QStringLiteral("--disable-sync"),
        QStringLiteral("--hide-scrollbars"), QStringLiteral("--user-data-dir=") + profile.path(),
        QStringLiteral("--window-size=390,844"), QStringLiteral("--accept-lang=") + language,
        // Images load before the snapshot is taken.
        QStringLiteral("--virtual-time-budget=8000")};
    if (dark)
        arguments << QStringLiteral("--force-dark-mode")
                  << QStringLiteral("--blink-settings=preferredColorScheme=0");
    arguments << mode << url;
    return runProcess(chromium(), arguments, 60000);
}

QImage screenshot(const QString &url, const QString &name, const QString &language,
                  bool dark = false)
{
    QDir().mkpath(kArtifacts);
    const QString file = kArtifacts + u'/' + name + QStringLiteral(".png");
    QFile::remove(file);
    const ProcessResult run = browse(url, {QStringLiteral("--screenshot=") + file}, language, dark);
    INFO("chromium: " << run.err.toStdString());
    QImage image(file);
    REQUIRE_FALSE(image.isNull());
    return image.convertToFormat(QImage::Format_RGB32);
}

// Share of pixels in `area` that are dark: the ink of a rendered page (a broken image is an
// empty frame with a small alt text).
double inkIn(const QImage &image, const QRect &area)
{
    int dark = 0;
    int all = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x, ++all)
            dark += qGray(image.pixel(x, y)) < 100;
    return all ? double(dark) / all : 0;
}

int cachedImages(const Hosted &hosted, int width, const QString &named = {})
{
    int count = 0;
    QDirIterator it(hosted.lib.folder() + QStringLiteral("/cache/pages"), QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        count += QImage(path).width() == width && path.contains(named);
    }
    return count;
}

} // namespace

TEST_CASE("A phone browser shows the meeting, the item and the reader with their images",
          "[browser]")
{
    Hosted hosted;
    const std::shared_ptr<PageImages> images = hosted.server.pageImages();
    REQUIRE(images);

    const QImage meeting = screenshot(hosted.url(u'/' + hosted.open.code),
                                      QStringLiteral("meeting-vi"), QStringLiteral("vi"));
    CHECK(meeting.width() == 390);
    CHECK(meeting.pixelColor(5, 5).lightness() > 200); // light theme by default

    // The item page: the PDF's thumbnail was asked for, drawn once and sent.
    const QImage item =
        screenshot(hosted.url(hosted.itemPath()), QStringLiteral("item-vi"), QStringLiteral("vi"));
    CHECK(item.width() == 390);
    CHECK(cachedImages(hosted, 240) == 1);

    // The reader: the first two pages load at once (the third is lazy, below the fold).
    const QImage reader = screenshot(hosted.url(hosted.readerPath(hosted.pdf.id)),
                                     QStringLiteral("reader-vi"), QStringLiteral("vi"));
    // A 390-px screen at 1x takes the 720-px images of the srcset, and as WebP.
    CHECK(cachedImages(hosted, 720) >= 2);
    CHECK(cachedImages(hosted, 1080) == 0);
    CHECK(cachedImages(hosted, 720, QStringLiteral("-w720-webp.")) >= 2);
    CHECK(images->pool.rendersStarted() >= 3);

    // A page that is mostly ink shows as mostly dark where its image is: it loaded.
    const Document inky = hosted.lib.library()
                              .importDocument(hosted.item2.id, inkyPdf(hosted.lib.sourcePath({})))
                              .document;
    hosted.publisher->publishNow();
    const QImage inkReader =
        screenshot(hosted.url(u'/' + hosted.open.code + QStringLiteral("/2/") +
                              QString::number(inky.id) + QStringLiteral("/read")),
                   QStringLiteral("reader-ink"), QStringLiteral("en"));
    CHECK(inkIn(inkReader, QRect(60, 260, 270, 350)) > 0.9);
    CHECK(inkIn(reader, QRect(60, 260, 270, 350)) < 0.1); // the text page is mostly white

    // The DOM a browser built, in each language the phone may prefer.
    const QByteArray vi =
        browse(hosted.url(hosted.itemPath()), {QStringLiteral("--dump-dom")}, QStringLiteral("vi"))
            .out;
    CHECK(vi.contains(QStringLiteral(">Đọc</a>").toUtf8()));
    CHECK(vi.contains("/thumb/1\""));
    // A phone set to English reads the Vietnamese meeting in Vietnamese, until its switch.
    const QByteArray englishPhone = browse(hosted.url(hosted.itemPath()),
                                           {QStringLiteral("--dump-dom")}, QStringLiteral("en-US"))
                                        .out;
    CHECK(englishPhone.contains(QStringLiteral(">Đọc</a>").toUtf8()));
    const QByteArray en = browse(hosted.url(hosted.itemPath()) + QStringLiteral("?lang=en"),
                                 {QStringLiteral("--dump-dom")}, QStringLiteral("en-US"))
                              .out;
    CHECK(en.contains(">Read</a>"));
    CHECK(en.contains("<html lang=\"en\">"));

    // Dark mode follows the phone.
    const QImage dark = screenshot(hosted.url(hosted.itemPath()), QStringLiteral("item-dark"),
                                   QStringLiteral("vi"), true);
    CHECK(dark.pixelColor(5, 5).lightness() < 60);
}
