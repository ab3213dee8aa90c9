// SPDX-License-Identifier: GPL-3.0-or-later
// One heavy PDF must not stop the reader for the hall (issue 10): its pages are drawn by render
// workers under limits, the ones that fail are answered with a placeholder at once and linked
// to the download, other documents' pages keep coming, and stopping the server (or SIGTERM to
// `docket-cli serve`) ends whatever is being drawn. The real server on 127.0.0.1, curl, real
// worker processes, a real heavy PDF made here.
#include "hosting/SnapshotPublisher.h"
#include "pdf/PageFailures.h"
#include "pdf/PagePlaceholder.h"
#include "pdf/RenderPool.h"
#include "server/HttpServer.h"
#include "support/Curl.h"
#include "support/HostedSite.h"
#include "support/SampleSite.h"
#include "support/TestPdf.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QThread>

#include <catch2/catch.hpp>

#include <csignal>
#include <future>

using namespace docket;
using namespace testsupport;

namespace {

// Short, so that the test stays fast; the heavy pages take Poppler far longer (checked below).
constexpr int kPageLimit = 1500;
constexpr std::int64_t kWorkerMemory = 1LL << 30;

// The heavy PDF: two pages of 40 draws of the big image, then one ordinary page.
constexpr int kHeavyDraws = 40;

struct HeavySite : SampleSite
{
    HeavySite()
    {
        const QString path = lib.sourcePath(QStringLiteral("Bản đồ quy hoạch.pdf"));
        writeHeavyPdf(path, 2, kHeavyDraws, 1);
        heavy = lib.library().importDocument(item1.id, path).document;
        lib.library().setRenderLimits({kWorkerMemory, kPageLimit});
        server.start(loopbackOptions(2));
        publisher = std::make_unique<SnapshotPublisher>(lib.library(), server);
    }
    QString url(const Document &doc, const QByteArray &rest) const
    {
        return QStringLiteral("http://127.0.0.1:%1/%2/1/%3/%4")
            .arg(server.port())
            .arg(open.code)
            .arg(doc.id)
            .arg(QString::fromLatin1(rest));
    }
    RenderPool &pool() { return lib.library().pageImages()->pool; }

    Document heavy;
    HttpServer server;
    std::unique_ptr<SnapshotPublisher> publisher;
};

std::int64_t procValue(pid_t pid, const QByteArray &file, const QByteArray &field)
{
    QFile proc(QStringLiteral("/proc/%1/").arg(pid) + QString::fromLatin1(file));
    if (!proc.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : proc.readAll().split('\n')) {
        if (!line.startsWith(field))
            continue;
        const QList<QByteArray> words = line.mid(field.size()).simplified().split(' ');
        return words.value(0).toLongLong();
    }
    return -1;
}

// What /proc says of a worker: its address-space limit is ours, and it stayed below it.
void checkWorkerMemory(pid_t pid)
{
    INFO("worker " << pid);
    CHECK(procValue(pid, "limits", "Max address space") == kWorkerMemory);
    const std::int64_t peak = procValue(pid, "status", "VmPeak:") * 1024;
    WARN("render worker " << pid << ": address space at most " << peak / (1 << 20) << " MiB, "
                          << procValue(pid, "status", "VmHWM:") / 1024 << " MiB resident");
    CHECK(peak > 0);
    CHECK(peak < kWorkerMemory);
}

// The placeholder, not a drawing of the page: our light background nearly everywhere.
void checkPlaceholder(const HttpResult &answer, const QSize &size)
{
    REQUIRE(answer.status == 200);
    CHECK(answer.header("Content-Type") == "image/png");
    CHECK(answer.header("Cache-Control") == "no-store");
    CHECK(answer.header("ETag").isNull());
    CHECK(answer.body.startsWith("\x89PNG"));
    const QImage image = QImage::fromData(answer.body, "PNG");
    REQUIRE_FALSE(image.isNull());
    CHECK(image.size() == size);
    int background = 0;
    int samples = 0;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7, ++samples)
            background += qGray(image.pixel(x, y)) == 0xf4;
    CHECK(background > samples * 8 / 10);
}

HttpResult timedFetch(const QString &url, qint64 *milliseconds, const QStringList &arguments = {})
{
    QElapsedTimer clock;
    clock.start();
    HttpResult result = curlFetch(url, arguments);
    *milliseconds = clock.elapsed();
    return result;
}

} // namespace

TEST_CASE("The placeholder has the page's size, says it in the phone's language, and is quick",
          "[isolation]")
{
    for (const QString &language : {QStringLiteral("vi"), QStringLiteral("en")}) {
        for (const int width : {1080, 240}) {
            const QSize size = PagePlaceholder::sizeFor(QSizeF(595, 842), width);
            CHECK(size == QSize(width, qRound(width * 842.0 / 595.0)));
            QElapsedTimer clock;
            clock.start();
            const QByteArray png = PagePlaceholder::png(language, size);
            const qint64 first = clock.restart();
            CHECK(PagePlaceholder::png(language, size) == png);
            const qint64 again = clock.elapsed();
            WARN(language.toStdString() << " " << width << ": " << png.size() << " bytes, drawn in "
                                        << first << " ms, then " << again << " ms");
            CHECK(again < 5);
            CHECK(QImage::fromData(png, "PNG").size() == size);
        }
    }
    CHECK(PagePlaceholder::png(QStringLiteral("vi"), QSize(1080, 1528)) !=
          PagePlaceholder::png(QStringLiteral("en"), QSize(1080, 1528)));
    // A poster-sized page is bounded like a drawn one.
    const QSize banner = PagePlaceholder::sizeFor(QSizeF(595, 842 * 40), 1080);
    CHECK(banner.width() * banner.height() <= 16'000'000);
}

TEST_CASE("The heavy test PDF is small, reads at once and takes Poppler itself too long",
          "[isolation]")
{
    TempFolder folder;
    const QString path = folder.filePath(QStringLiteral("heavy.pdf"));
    QElapsedTimer made;
    made.start();
    writeHeavyPdf(path, 2, kHeavyDraws, 1);
    CHECK(made.elapsed() < 5000);
    CHECK(QFileInfo(path).size() < 200 * 1024);

    const ProcessResult info = runProcess(QStringLiteral("pdfinfo"), {path});
    CHECK(QRegularExpression(QStringLiteral("Pages:\\s+3\\n"))
              .match(QString::fromLatin1(info.out))
              .hasMatch());
    // Every draw of the big image is there, 40 on each heavy page, all of the same object.
    const ProcessResult images =
        runProcess(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path});
    int big = 0;
    for (const QByteArray &line : images.out.split('\n')) {
        const QList<QByteArray> words = line.simplified().split(' ');
        if (words.size() > 4 && words[3] == QByteArray::number(kHeavyImageSide) &&
            words[4] == QByteArray::number(kHeavyImageSide))
            ++big;
    }
    CHECK(big == 2 * kHeavyDraws);

    // Poppler's own tool cannot draw even the thumbnail of page 1 within the test's limit.
    QProcess pdftoppm;
    pdftoppm.start(QStringLiteral("pdftoppm"),
                   {QStringLiteral("-r"), QStringLiteral("29"), QStringLiteral("-f"),
                    QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
                    QStringLiteral("-png"), path, folder.filePath(QStringLiteral("out"))});
    REQUIRE(pdftoppm.waitForStarted(10000));
    const bool finishedInTime = pdftoppm.waitForFinished(2 * kPageLimit);
    pdftoppm.kill();
    pdftoppm.waitForFinished(5000);
    CHECK_FALSE(finishedInTime);
}

TEST_CASE("A heavy PDF costs one worker: other pages come, its own get the placeholder at once",
          "[isolation][server]")
{
    HeavySite site;
    RenderPool &pool = site.pool();
    REQUIRE(pool.workerCount() >= 1);

    // Phones open the heavy document: its thumbnail and its first two pages.
    auto heavyThumb =
        std::async(std::launch::async, [&] { return curlFetch(site.url(site.heavy, "thumb/1")); });
    auto heavyPage1 =
        std::async(std::launch::async, [&] { return curlFetch(site.url(site.heavy, "page/1")); });
    auto heavyPage2 =
        std::async(std::launch::async, [&] { return curlFetch(site.url(site.heavy, "page/2")); });
    const QDeadlineTimer started(5000);
    while (pool.rendersStarted() == 0 && !started.hasExpired())
        QThread::msleep(10);
    REQUIRE(pool.rendersStarted() > 0);

    // Meanwhile the other document's pages answer, drawn, in well under 2 s each.
    if (pool.workerCount() > 1) {
        for (const QByteArray page : {"page/1", "page/2", "page/3", "thumb/1"}) {
            qint64 took = 0;
            const HttpResult answer = timedFetch(site.url(site.pdf, page), &took);
            INFO(page.constData() << " took " << took << " ms");
            REQUIRE(answer.status == 200);
            CHECK(answer.header("Cache-Control") == "no-cache"); // a real page image
            CHECK_FALSE(QImage::fromData(answer.body).isNull());
            CHECK(took < 2000);
        }
        // ...while the heavy ones were still being drawn.
        CHECK(heavyPage2.wait_for(std::chrono::seconds(0)) != std::future_status::ready);
    } else {
        WARN("One core: the fairness part needs two render workers.");
    }
    for (const pid_t pid : pool.workerPids())
        checkWorkerMemory(pid);

    // The heavy pages end at the limit, each with the placeholder of its own size.
    // The size the reader page declares for it: the page's own proportions (A4 here).
    REQUIRE(site.heavy.pageSizes.size() == 3);
    const QSize reader = PagePlaceholder::sizeFor(site.heavy.pageSizes[0], 1080);
    CHECK(reader.width() == 1080);
    CHECK(std::abs(reader.height() - 1527) <= 1);
    checkPlaceholder(heavyPage1.get(), reader);
    checkPlaceholder(heavyPage2.get(), reader);
    checkPlaceholder(heavyThumb.get(), PagePlaceholder::sizeFor(site.heavy.pageSizes[0], 240));
    CHECK(pool.workersReplaced() >= 3);

    // Remembered, so a second phone gets the placeholder at once, in its own language.
    const auto failure =
        site.lib.library().pageFailures()->find(PageKey{site.heavy.sha256, 1, 1080});
    REQUIRE(failure);
    CHECK(failure->kind == PageFailure::Kind::Timeout);
    const int renders = pool.rendersStarted();
    qint64 took = 0;
    const HttpResult again =
        timedFetch(site.url(site.heavy, "page/1"), &took,
                   {QStringLiteral("-H"), QStringLiteral("Cookie: docket_lang=en")});
    INFO("again: " << took << " ms");
    CHECK(took < 200);
    checkPlaceholder(again, reader);
    CHECK(again.header("Content-Language") == "en");
    const HttpResult vietnamese =
        curlFetch(site.url(site.heavy, "page/1"),
                  {QStringLiteral("-H"), QStringLiteral("Cookie: docket_lang=vi")});
    checkPlaceholder(vietnamese, reader);
    CHECK(vietnamese.header("Content-Language") == "vi");
    CHECK(vietnamese.body != again.body); // other words
    CHECK(pool.rendersStarted() == renders);

    // Its ordinary third page is still drawn, by a fresh worker.
    const HttpResult light = curlFetch(site.url(site.heavy, "page/3"));
    REQUIRE(light.status == 200);
    CHECK(light.header("Cache-Control") == "no-cache");
    CHECK(QImage::fromData(light.body).width() == 1080);

    // The reader page, rebuilt once the failures are known, offers the download right there.
    const QDeadlineTimer rebuilt(5000);
    QString reading;
    const QString download =
        QStringLiteral("<a download href=\"/%1/1/%2/").arg(site.open.code).arg(site.heavy.id);
    while (!rebuilt.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        reading = QString::fromUtf8(
            curlFetch(site.url(site.heavy, "read"),
                      {QStringLiteral("-H"), QStringLiteral("Cookie: docket_lang=vi")})
                .body);
        if (reading.count(u"Trang này quá nặng để hiển thị — hãy tải PDF") >= 2)
            break;
    }
    INFO(reading.toStdString());
    // Pages 1 and 2: the image inside the link to the file, and the link again below it.
    CHECK(reading.count(u"Trang này quá nặng để hiển thị — hãy tải PDF</a></figcaption>") == 2);
    const auto linkedImage = [&](int page) {
        return QRegularExpression(QStringLiteral("%1[^\"]*\"><img src=\"/%2/1/%3/page/%4\" "
                                                 "srcset=\"[^\"]*\" sizes=\"[^\"]*\" "
                                                 "width=\"1080\" height=\"%5\"")
                                      .arg(QRegularExpression::escape(download), site.open.code)
                                      .arg(site.heavy.id)
                                      .arg(page)
                                      .arg(reader.height()))
            .match(reading)
            .hasMatch();
    };
    CHECK(linkedImage(1));
    CHECK(linkedImage(2));
    CHECK_FALSE(linkedImage(3));

    // And after a restart nothing is tried again.
    PageFailures reopened(site.lib.folder() + QStringLiteral("/cache/page-failures.txt"));
    CHECK(reopened.find(PageKey{site.heavy.sha256, 2, 1080}));
    CHECK(reopened.find(PageKey{site.heavy.sha256, 1, 240}));
    CHECK_FALSE(reopened.find(PageKey{site.heavy.sha256, 3, 1080}));
}

TEST_CASE("Stopping the pool ends a heavy page at once and answers the phone waiting for it",
          "[isolation][server]")
{
    HeavySite site;
    auto waiting =
        std::async(std::launch::async, [&] { return curlFetch(site.url(site.heavy, "page/2")); });
    const QDeadlineTimer started(5000);
    while (site.pool().rendersStarted() == 0 && !started.hasExpired())
        QThread::msleep(10);
    REQUIRE(site.pool().rendersStarted() == 1);
    QElapsedTimer clock;
    clock.start();
    site.pool().stop(); // well within the page's limit: the worker is killed mid-page
    CHECK(clock.elapsed() < 500);
    const HttpResult answer = waiting.get();
    CHECK(answer.status == 503);
    CHECK(answer.header("Retry-After") == "2");
    CHECK(site.pool().workerPids().empty());
    // Not the page's fault: nothing remembered, a later start draws it again.
    CHECK_FALSE(site.lib.library().pageFailures()->find(PageKey{site.heavy.sha256, 2, 1080}));
    CHECK(site.lib.library().pageFailures()->count() == 0);
    clock.restart();
    site.server.stop();
    CHECK(clock.elapsed() < 2000);
}

TEST_CASE("docket-cli serve exits within 2 s of SIGTERM while a worker draws a heavy page",
          "[isolation][cli]")
{
    TempLibrary lib;
    const Meeting meeting = lib.catalog().createMeeting(QStringLiteral("Họp"));
    const AgendaItem item = lib.catalog().addItem(meeting.id, QStringLiteral("Một"));
    const QString path = lib.sourcePath(QStringLiteral("Bản đồ.pdf"));
    writeHeavyPdf(path, 1, kHeavyDraws * 2);
    const Document heavy = lib.library().importDocument(item.id, path).document;
    lib.catalog().setMeetingState(meeting.id, MeetingState::Open);

    QProcess serve;
    serve.start(QStringLiteral(DOCKET_CLI_PATH),
                {QStringLiteral("--library"), lib.folder(), QStringLiteral("serve"),
                 QStringLiteral("--bind"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                 QStringLiteral("0")});
    REQUIRE(serve.waitForStarted(10000));
    const QDeadlineTimer announced(10000);
    while (!serve.canReadLine() && !announced.hasExpired())
        serve.waitForReadyRead(100);
    const QString base = QString::fromUtf8(serve.readLine()).trimmed();
    REQUIRE(base.startsWith(u"HTTP://127.0.0.1:"));
    const QString url = base.toLower() + u'/' + meeting.code + QStringLiteral("/1/") +
                        QString::number(heavy.id) + QStringLiteral("/page/1");

    std::thread phone([&] {
        runCurl({QStringLiteral("-s"), QStringLiteral("-o"), QStringLiteral("/dev/null"), url});
    });
    // The serving process's children: its render workers. Wait until one is busy drawing.
    const auto children = [&] {
        QList<pid_t> pids;
        const QDir tasks(QStringLiteral("/proc/%1/task").arg(serve.processId()));
        for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile list(tasks.filePath(task + QStringLiteral("/children")));
            if (list.open(QIODevice::ReadOnly))
                for (const QByteArray &pid : list.readAll().simplified().split(' '))
                    if (pid.toInt() > 0)
                        pids << pid.toInt();
        }
        return pids;
    };
    const auto cpuTicks = [](pid_t pid) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            return 0LL;
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        return fields.size() > 12 ? fields[11].toLongLong() + fields[12].toLongLong() : 0LL;
    };
    pid_t busy = 0;
    const QDeadlineTimer drawing(10000);
    while (busy == 0 && !drawing.hasExpired()) {
        for (const pid_t pid : children())
            if (cpuTicks(pid) > 50) // half a second of drawing
                busy = pid;
        QThread::msleep(50);
    }
    REQUIRE(busy != 0);
    checkWorkerMemory(busy);

    QElapsedTimer clock;
    clock.start();
    ::kill(static_cast<pid_t>(serve.processId()), SIGTERM);
    const bool exited = serve.waitForFinished(5000);
    const qint64 took = clock.elapsed();
    phone.join();
    WARN("docket-cli serve exited " << took << " ms after SIGTERM, mid-page");
    INFO("stderr: " << serve.readAllStandardError().toStdString());
    REQUIRE(exited);
    CHECK(took < 2000);
    CHECK(serve.exitStatus() == QProcess::NormalExit);
    CHECK(serve.exitCode() == 0);
    // The worker went with it.
    const QDeadlineTimer gone(2000);
    while (QFileInfo::exists(QStringLiteral("/proc/%1/stat").arg(busy)) && !gone.hasExpired())
        QThread::msleep(20);
    CHECK_FALSE(QFileInfo::exists(QStringLiteral("/proc/%1/stat").arg(busy)));
}
