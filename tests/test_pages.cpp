// SPDX-License-Identifier: GPL-3.0-or-later
// Page images for phones: Poppler renders them (checked against the PDF's own text drawn on the
// page), the disk cache keeps them within a bound across restarts, and the render pool's worker
// processes render each uncached page once however many phones ask at the same moment; a worker
// that breaks is replaced and the pages that broke it are remembered.
#include "pdf/ChildProcess.h"
#include "pdf/ChildProgram.h"
#include "pdf/PageCache.h"
#include "pdf/PageFailures.h"
#include "pdf/PageRenderer.h"
#include "pdf/RenderFairness.h"
#include "pdf/RenderPool.h"
#include "support/TempLibrary.h"
#include "support/TestPdf.h"
#include "util/Error.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <future>
#include <mutex>
#include <thread>

using namespace docket;
using namespace testsupport;

namespace {

QString fakeHash(int n)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QByteArray::number(n), QCryptographicHash::Sha256).toHex());
}

// Waits for `count` answers from the pool.
class Answers
{
public:
    RenderPool::Done collector()
    {
        return [this](const PageOutcome &outcome) {
            const std::lock_guard lock(m_mutex);
            m_outcomes.push_back(outcome);
            m_changed.notify_all();
        };
    }
    std::vector<PageOutcome> wait(size_t count)
    {
        std::unique_lock lock(m_mutex);
        const bool all = m_changed.wait_for(lock, std::chrono::seconds(30),
                                            [&] { return m_outcomes.size() >= count; });
        REQUIRE(all);
        return m_outcomes;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<PageOutcome> m_outcomes;
};

} // namespace

TEST_CASE("A page renders at the width asked for, as the smaller of JPEG and PNG", "[pages]")
{
    TempFolder folder;
    const QString pdf = folder.filePath(QStringLiteral("doc.pdf"));
    writePdf(pdf, 3, QStringLiteral("Báo cáo"));

    const RenderedPage page = PageRenderer::render(pdf, 2, PageRenderer::kPhoneWidth);
    CHECK(page.size.width() == PageRenderer::kPhoneWidth);
    // A4 is 1:1.414.
    CHECK(std::abs(page.size.height() - qRound(PageRenderer::kPhoneWidth * 297.0 / 210.0)) <= 2);
    REQUIRE((page.mimeType == "image/png" || page.mimeType == "image/jpeg"));
    const QImage decoded = QImage::fromData(page.bytes);
    REQUIRE_FALSE(decoded.isNull());
    CHECK(decoded.size() == page.size);
    // Something is drawn: the page is not blank white.
    int dark = 0;
    const QImage grey = decoded.convertToFormat(QImage::Format_Grayscale8);
    for (int y = 0; y < grey.height(); ++y)
        for (int x = 0; x < grey.width(); ++x)
            dark += grey.constScanLine(y)[x] < 128;
    CHECK(dark > 200);
    // A text page on white is smaller as PNG than as a JPEG of the same pixels.
    CHECK(page.mimeType == "image/png");

    const RenderedPage thumb = PageRenderer::render(pdf, 1, PageRenderer::kThumbnailWidth);
    CHECK(thumb.size.width() == PageRenderer::kThumbnailWidth);
    CHECK(thumb.bytes.size() < page.bytes.size());
}

TEST_CASE("Rendering refuses what it cannot draw, with a reason", "[pages]")
{
    TempFolder folder;
    const QString pdf = folder.filePath(QStringLiteral("doc.pdf"));
    writePdf(pdf, 2, QStringLiteral("T"));
    CHECK_THROWS_AS(PageRenderer::render(pdf, 0, 1080), Error);
    CHECK_THROWS_AS(PageRenderer::render(pdf, 3, 1080), Error);
    const QString broken = folder.filePath(QStringLiteral("broken.pdf"));
    writeFile(broken, pdfBytes(2, QStringLiteral("T")).left(300));
    CHECK_THROWS_AS(PageRenderer::render(broken, 1, 1080), Error);
    CHECK_THROWS_AS(PageRenderer::render(folder.filePath(QStringLiteral("none.pdf")), 1, 1080),
                    Error);
}

TEST_CASE("The page cache finds what it stored, after a restart too", "[pages]")
{
    TempFolder folder;
    const QString dir = folder.filePath(QStringLiteral("cache"));
    const PageKey key{fakeHash(1), 3, 1080};
    {
        PageCache cache(dir);
        CHECK_FALSE(cache.find(key));
        const CachedPage stored = cache.store(key, "png bytes", "image/png");
        CHECK(readFile(stored.path) == "png bytes");
        const auto found = cache.find(key);
        REQUIRE(found);
        CHECK(found->path == stored.path);
        CHECK(found->mimeType == "image/png");
        CHECK(found->size == 9);
        CHECK_FALSE(cache.find(PageKey{fakeHash(1), 3, 240}));
        CHECK_FALSE(cache.find(PageKey{fakeHash(2), 3, 1080}));
        cache.store(PageKey{fakeHash(1), 4, 1080}, "jpeg", "image/jpeg");
        CHECK(cache.count() == 2);
    }
    // A crash left a temporary behind: it is cleared, the images stay.
    writeFile(dir + u'/' + fakeHash(1).left(2) + QStringLiteral("/left.png.Xy12ab"), "junk");
    PageCache again(dir);
    CHECK(again.count() == 2);
    CHECK(again.totalBytes() == 13);
    REQUIRE(again.find(key));
    CHECK(again.find(PageKey{fakeHash(1), 4, 1080})->mimeType == "image/jpeg");
    CHECK_FALSE(
        QFile::exists(dir + u'/' + fakeHash(1).left(2) + QStringLiteral("/left.png.Xy12ab")));
}

TEST_CASE("Text fragments are answered from memory, within a bound, after a restart too", "[pages]")
{
    TempFolder folder;
    const QString dir = folder.filePath(QStringLiteral("cache"));
    const auto textKey = [](int i) {
        return PageKey{fakeHash(i), 1, PageRenderer::kTextWidth};
    };
    const QByteArray html = "<p>Trang 1</p>";
    {
        PageCache cache(dir);
        cache.store(textKey(0), html, "text/html; charset=utf-8");
        cache.store(PageKey{fakeHash(0), 1, 1080}, "png bytes", "image/png");
        CHECK(cache.fragmentMemoryBytes() == html.size()); // the image is not kept in memory
        std::vector<QString> looked;
        cache.setBeforeFileCheck([&](const QString &path) { looked.push_back(path); });
        const auto found = cache.find(textKey(0));
        REQUIRE(found);
        CHECK(found->bytes == html);
        CHECK_FALSE(found->path.isEmpty()); // still on disk
        CHECK(looked.empty());              // answered without looking at the disk
        REQUIRE(cache.find(PageKey{fakeHash(0), 1, 1080}));
        CHECK(cache.find(PageKey{fakeHash(0), 1, 1080})->bytes.isEmpty());
        CHECK(looked.size() == 2);
    }
    {
        // Another run: read from its file once, then from memory.
        PageCache again(dir);
        CHECK(again.fragmentMemoryBytes() == 0);
        REQUIRE(again.find(textKey(0)));
        CHECK(again.find(textKey(0))->bytes == html);
        CHECK(again.fragmentMemoryBytes() == html.size());
    }
    // Bounded: past the limit the least recently used leave memory, never the disk.
    PageCache cache(dir);
    const QByteArray big(static_cast<qsizetype>(PageCache::kLargestKeptFragment), 'x');
    const int count = static_cast<int>(PageCache::kFragmentMemoryLimit / big.size()) + 8;
    for (int i = 1; i <= count; ++i)
        cache.store(textKey(i), big, "text/html; charset=utf-8");
    CHECK(cache.fragmentMemoryBytes() <= PageCache::kFragmentMemoryLimit);
    CHECK(cache.fragmentMemoryBytes() >= PageCache::kFragmentMemoryLimit - big.size());
    CHECK(cache.count() == count + 2);
    const auto first = cache.find(textKey(1)); // left memory first: read again from disk
    REQUIRE(first);
    CHECK(first->bytes == big);
    const auto last = cache.find(textKey(count));
    REQUIRE(last);
    CHECK(last->bytes == big);
    CHECK(cache.fragmentMemoryBytes() <= PageCache::kFragmentMemoryLimit);
    // Too large to keep: read from its file each time.
    cache.store(textKey(count + 1), big + 'y', "text/html; charset=utf-8");
    CHECK(cache.find(textKey(count + 1))->bytes.isEmpty());
}

TEST_CASE("An image deleted behind the cache's back is drawn again, not lost", "[pages]")
{
    TempFolder folder;
    const QString pdf = folder.filePath(QStringLiteral("doc.pdf"));
    writePdf(pdf, 2, QStringLiteral("T"));
    PageCache cache(folder.filePath(QStringLiteral("cache")));
    RenderPool pool(cache, nullptr, 1);
    const PageKey key{fakeHash(5), 1, 240};
    Answers first;
    pool.request(key, pdf, first.collector());
    const auto stored = first.wait(1).front().page;
    REQUIRE(stored);
    REQUIRE(QFile::remove(stored->path));
    CHECK_FALSE(cache.find(key));
    CHECK(cache.count() == 0);
    CHECK(cache.totalBytes() == 0);
    Answers again;
    pool.request(key, pdf, again.collector());
    REQUIRE(again.wait(1).front().page);
    CHECK(QFile::exists(stored->path));
    CHECK(pool.rendersStarted() == 2);
}

TEST_CASE("The page cache stays within its bound, dropping the least recently used", "[pages]")
{
    TempFolder folder;
    const QString dir = folder.filePath(QStringLiteral("cache"));
    PageCache cache(dir, 1000);
    const QByteArray image(300, 'x');
    for (int i = 0; i < 3; ++i)
        cache.store(PageKey{fakeHash(i), 1, 1080}, image, "image/png");
    CHECK(cache.totalBytes() == 900);
    REQUIRE(cache.find(PageKey{fakeHash(0), 1, 1080})); // 0 is now the most recently used
    const QString oneBefore = cache.find(PageKey{fakeHash(1), 1, 1080})->path;
    cache.find(PageKey{fakeHash(0), 1, 1080});
    cache.store(PageKey{fakeHash(3), 1, 1080}, image, "image/png");
    CHECK(cache.totalBytes() <= 1000);
    CHECK(cache.find(PageKey{fakeHash(0), 1, 1080}));
    CHECK(cache.find(PageKey{fakeHash(3), 1, 1080}));
    CHECK_FALSE(cache.find(PageKey{fakeHash(2), 1, 1080})); // the least recently used went
    CHECK_FALSE(QFile::exists(cache.find(PageKey{fakeHash(2), 1, 1080})
                                  ? QString()
                                  : dir + u'/' + fakeHash(2).left(2) + u'/' +
                                        PageKey{fakeHash(2), 1, 1080}.text() +
                                        QStringLiteral(".png")));
    CHECK(QFile::exists(oneBefore));

    // The bound holds across a restart with a smaller limit too.
    PageCache smaller(dir, 400);
    CHECK(smaller.totalBytes() <= 400);
    CHECK(smaller.count() == 1);
}

TEST_CASE("200 requests for one uncached page cause exactly one render", "[pages]")
{
    TempFolder folder;
    const QString pdf = folder.filePath(QStringLiteral("doc.pdf"));
    writePdf(pdf, 5, QStringLiteral("Single flight"));
    PageCache cache(folder.filePath(QStringLiteral("cache")));
    RenderPool pool(cache, nullptr, 2);
    CHECK(pool.workerCount() <=
          static_cast<int>(std::max(1u, std::thread::hardware_concurrency())));

    const PageKey key{fakeHash(7), 3, 1080};
    Answers answers;
    std::vector<std::thread> phones;
    std::atomic<bool> go{false};
    for (int i = 0; i < 200; ++i)
        phones.emplace_back([&] {
            while (!go.load())
                std::this_thread::yield();
            pool.request(key, pdf, answers.collector());
        });
    go = true;
    for (std::thread &phone : phones)
        phone.join();
    const std::vector<PageOutcome> outcomes = answers.wait(200);
    CHECK(outcomes.size() == 200);
    CHECK(pool.rendersStarted() == 1);
    for (const PageOutcome &outcome : outcomes) {
        REQUIRE(outcome.page);
        CHECK(outcome.page->path == outcomes.front().page->path);
    }
    // Asked again later, it comes from the cache, at once, without a render.
    Answers later;
    pool.request(key, pdf, later.collector());
    CHECK(later.wait(1).front().page);
    CHECK(pool.rendersStarted() == 1);
}

TEST_CASE("Distinct pages render in parallel on at most one worker per core", "[pages]")
{
    TempFolder folder;
    const QString pdf = folder.filePath(QStringLiteral("doc.pdf"));
    writePdf(pdf, 6, QStringLiteral("Pool"));
    PageCache cache(folder.filePath(QStringLiteral("cache")));
    RenderPool pool(cache, nullptr, 64);
    CHECK(pool.workerCount() ==
          static_cast<int>(std::max(1u, std::thread::hardware_concurrency())));
    Answers answers;
    for (int page = 1; page <= 6; ++page)
        pool.request(PageKey{fakeHash(9), page, 480}, pdf, answers.collector());
    pool.request(PageKey{fakeHash(9), 7, 480}, pdf, answers.collector()); // no such page
    const std::vector<PageOutcome> outcomes = answers.wait(7);
    int rendered = 0;
    int failed = 0;
    for (const PageOutcome &outcome : outcomes) {
        if (outcome.page)
            ++rendered;
        else if (!outcome.error.isEmpty() && !outcome.busy)
            ++failed;
    }
    CHECK(rendered == 6);
    CHECK(failed == 1);
    CHECK(cache.count() == 6);
}

TEST_CASE("A worker that crashes, eats memory or hangs is replaced, its page gets the reason",
          "[pages]")
{
    TempFolder folder;
    const QString pdf = folder.filePath(QStringLiteral("doc.pdf"));
    writePdf(pdf, 3, QStringLiteral("Faults"));
    PageCache cache(folder.filePath(QStringLiteral("cache")));
    PageFailures failures(folder.filePath(QStringLiteral("failures.txt")));
    struct Row
    {
        const char *fault;
        PageFailure::Kind kind;
        bool remembered;
    };
    // A hang that burns no CPU is a worker starved or stuck, not a page heavy to draw: it ends
    // at the limit like any other, but is not held against the page.
    const Row rows[] = {{"crash:2", PageFailure::Kind::Crash, true},
                        {"memory:2", PageFailure::Kind::Memory, true},
                        {"hang:2", PageFailure::Kind::Timeout, false}};
    int n = 20;
    for (const Row &row : rows) {
        INFO(row.fault);
        qputenv("DOCKET_RENDER_FAULT", row.fault); // the workers started below inherit it
        RenderPool pool(cache, &failures, 1, RenderLimits{256LL << 20, 1500});
        const PageKey bad{fakeHash(++n), 2, 480};
        Answers first;
        QElapsedTimer clock;
        clock.start();
        pool.request(bad, pdf, first.collector());
        const PageOutcome outcome = first.wait(1).front();
        CHECK(clock.elapsed() < 5000);
        CHECK_FALSE(outcome.page);
        REQUIRE(outcome.failure);
        CHECK(outcome.failure->kind == row.kind);
        CHECK_FALSE(outcome.error.isEmpty());
        CHECK(failures.find(bad).has_value() == row.remembered);
        // The next page goes to a fresh worker and is drawn.
        Answers next;
        pool.request(PageKey{fakeHash(n), 1, 480}, pdf, next.collector());
        CHECK(next.wait(1).front().page);
        CHECK(pool.workersReplaced() == 1);
        qunsetenv("DOCKET_RENDER_FAULT");
    }
    // What was remembered is answered at once, without a worker.
    RenderPool pool(cache, &failures, 1);
    Answers known;
    pool.request(PageKey{fakeHash(21), 2, 480}, pdf, known.collector());
    const PageOutcome outcome = known.wait(1).front();
    REQUIRE(outcome.failure);
    CHECK(outcome.failure->kind == PageFailure::Kind::Crash);
    CHECK(pool.rendersStarted() == 0);
}

TEST_CASE("A broken render program is not held against the pages", "[pages]")
{
    TempFolder folder;
    const QString pdf = folder.filePath(QStringLiteral("doc.pdf"));
    writePdf(pdf, 1, QStringLiteral("T"));
    PageCache cache(folder.filePath(QStringLiteral("cache")));
    PageFailures failures(folder.filePath(QStringLiteral("failures.txt")));
    const QString real = ChildProgram::get(ChildProgram::Use::Rendering);
    for (const QString &program :
         {folder.filePath(QStringLiteral("missing")), QStringLiteral("/bin/true")}) {
        INFO(program.toStdString());
        ChildProgram::set(ChildProgram::Use::Rendering, program);
        RenderPool pool(cache, &failures, 1);
        Answers answers;
        pool.request(PageKey{fakeHash(30), 1, 480}, pdf, answers.collector());
        const PageOutcome outcome = answers.wait(1).front();
        CHECK_FALSE(outcome.page);
        CHECK_FALSE(outcome.failure);
        CHECK(outcome.error.contains(QStringLiteral("Page images cannot be drawn")));
    }
    ChildProgram::set(ChildProgram::Use::Rendering, real);
    CHECK(failures.count() == 0);
}

TEST_CASE("Failed pages are remembered on disk, across processes, and damage is skipped", "[pages]")
{
    TempFolder folder;
    const QString file = folder.filePath(QStringLiteral("cache/page-failures.txt"));
    PageFailures here(file);
    CHECK(here.count() == 0);
    const std::uint64_t before = here.generation();
    PageFailure timeout;
    timeout.kind = PageFailure::Kind::Timeout;
    here.remember(PageKey{fakeHash(1), 3, 1080}, timeout);
    here.remember(PageKey{fakeHash(1), 1, 1080}, timeout);
    here.remember(PageKey{fakeHash(1), 1, 240}, timeout);
    PageFailure unreadable;
    unreadable.kind = PageFailure::Kind::Unreadable;
    unreadable.detail = QStringLiteral("Không vẽ được\ttrang\n1");
    here.remember(PageKey{fakeHash(2), 1, 1080}, unreadable);
    CHECK(here.generation() > before);
    CHECK(here.failedPages(fakeHash(1), 1080) == QList<int>{1, 3});
    CHECK(here.failedPages(fakeHash(1), 240) == QList<int>{1});
    CHECK(here.failedPages(fakeHash(3), 1080).isEmpty());

    // Another process (the command line beside the window) appends; a damaged line is skipped.
    {
        QFile append(file);
        REQUIRE(append.open(QIODevice::WriteOnly | QIODevice::Append));
        append.write("garbage without tabs\n" + fakeHash(4).toLatin1() +
                     "-p1-w1080\tmemory\t2026-05-01T10:00:00Z\t\n" + fakeHash(5).toLatin1() +
                     "-p1-w1080\tnonsense\t2026-05-01T10:00:00Z\t\n");
    }
    PageFailures there(file);
    CHECK(there.count() == 5);
    REQUIRE(there.find(PageKey{fakeHash(2), 1, 1080}));
    CHECK(there.find(PageKey{fakeHash(2), 1, 1080})->detail ==
          QStringLiteral("Không vẽ được trang 1"));
    CHECK(there.find(PageKey{fakeHash(4), 1, 1080})->kind == PageFailure::Kind::Memory);
    CHECK_FALSE(there.find(PageKey{fakeHash(5), 1, 1080}));
    // The first one learns of it within a second or so.
    const QDeadlineTimer deadline(3000);
    while (!here.find(PageKey{fakeHash(4), 1, 1080}) && !deadline.hasExpired())
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    CHECK(here.find(PageKey{fakeHash(4), 1, 1080}));
}

TEST_CASE("A find that waits on the disk does not hold other finds or stores", "[pages]")
{
    // Race 8: find() looked at the image's file while holding the cache's lock, so a stat on
    // a slow disk held every request thread behind it. The seam holds one find() exactly
    // where it looks at the file.
    TempFolder folder;
    PageCache cache(folder.filePath(QStringLiteral("cache")));
    const PageKey slow{fakeHash(40), 1, 480};
    const PageKey other{fakeHash(41), 1, 480};
    cache.store(slow, "slow", "image/png");
    cache.store(other, "other", "image/png");
    std::mutex mutex;
    std::condition_variable changed;
    bool holding = false;
    bool release = false;
    cache.setBeforeFileCheck([&](const QString &path) {
        if (!path.contains(slow.text()))
            return;
        std::unique_lock lock(mutex);
        holding = true;
        changed.notify_all();
        changed.wait_for(lock, std::chrono::seconds(10), [&] { return release; });
    });
    std::atomic<bool> slowFound{false};
    std::thread first([&] { slowFound = cache.find(slow).has_value(); });
    {
        std::unique_lock lock(mutex);
        REQUIRE(changed.wait_for(lock, std::chrono::seconds(10), [&] { return holding; }));
    }
    // Meanwhile another phone's page, a worker storing a page and the counters.
    std::atomic<bool> otherDone{false};
    std::atomic<bool> otherFound{false};
    std::thread second([&] {
        otherFound = cache.find(other).has_value();
        cache.store(PageKey{fakeHash(42), 1, 480}, "new", "image/png");
        otherDone = cache.count() == 3;
    });
    QElapsedTimer clock;
    clock.start();
    while (!otherDone && clock.elapsed() < 3000)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    const bool doneWhileHeld = otherDone;
    {
        const std::lock_guard lock(mutex);
        release = true;
    }
    changed.notify_all();
    first.join();
    second.join();
    CHECK(doneWhileHeld);
    CHECK(otherFound);
    CHECK(slowFound);
}

namespace {

PageFailures *failuresAskedFromHandler = nullptr;
std::atomic<bool> handlerCouldAsk{false};
std::atomic<int> handlerWarnings{0};

void askWhileWarning(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type != QtWarningMsg || !message.contains(QStringLiteral("Cannot record a page")))
        return;
    ++handlerWarnings;
    // A handler that asks the failures something (or blocks, as a full pipe does): another
    // thread asks here, and must be answered while the warning is being said.
    auto asked = std::async(std::launch::async, [] { return failuresAskedFromHandler->count(); });
    handlerCouldAsk =
        asked.wait_for(std::chrono::seconds(3)) == std::future_status::ready && asked.get() == 1;
}

} // namespace

TEST_CASE("A page failure that cannot be written is said outside the lock", "[pages]")
{
    TempFolder folder;
    // A folder where the file should be: it cannot be opened for writing, even as root.
    const QString path = folder.filePath(QStringLiteral("failures"));
    REQUIRE(QDir().mkpath(path));
    PageFailures failures(path);
    failuresAskedFromHandler = &failures;
    handlerCouldAsk = false;
    handlerWarnings = 0;
    const QtMessageHandler previous = qInstallMessageHandler(askWhileWarning);
    PageFailure failure;
    failure.kind = PageFailure::Kind::Timeout;
    failures.remember(PageKey{fakeHash(44), 1, 480}, failure);
    qInstallMessageHandler(previous);
    failuresAskedFromHandler = nullptr;
    CHECK(handlerWarnings == 1);
    CHECK(handlerCouldAsk);
    CHECK(failures.find(PageKey{fakeHash(44), 1, 480})); // kept in memory all the same
}

TEST_CASE("One client or one document filling the queue leaves room for another phone", "[pages]")
{
    TempFolder folder;
    const QString pdf = folder.filePath(QStringLiteral("doc.pdf"));
    writePdf(pdf, 3, QStringLiteral("Flood"));
    PageCache cache(folder.filePath(QStringLiteral("cache")));
    // One worker, held by a page that hangs (without burning CPU, so it is not remembered as
    // failing): nothing leaves the queue while the floods arrive, so the counts are exact.
    qputenv("DOCKET_RENDER_FAULT", "hang:1");
    RenderPool pool(cache, nullptr, 1, RenderLimits{256LL << 20, 5000});
    Answers held;
    pool.request(PageKey{fakeHash(50), 1, 480}, pdf, "203.0.113.1", held.collector());
    QElapsedTimer clock;
    clock.start();
    while (pool.rendersStarted() < 1 && clock.elapsed() < 10000)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    REQUIRE(pool.rendersStarted() == 1);
    qunsetenv("DOCKET_RENDER_FAULT"); // the worker that replaces it draws normally

    // One phone asks for 600 distinct pages of ten documents.
    std::atomic<int> busy{0};
    const auto countBusy = [&busy](const PageOutcome &outcome) {
        if (outcome.busy)
            ++busy;
    };
    for (int i = 0; i < 600; ++i)
        pool.request(PageKey{fakeHash(60 + i % 10), 2 + (i / 10) % 2, 100 + i / 20}, pdf,
                     "192.0.2.7", countBusy);
    CHECK(busy == 600 - RenderPool::kMaxQueuedPerClient);
    // Ten phones ask for 200 distinct pages of one document.
    busy = 0;
    for (int i = 0; i < 200; ++i)
        pool.request(PageKey{fakeHash(70), 2 + i % 2, 100 + i / 2}, pdf,
                     "2001:db8:0:" + QByteArray::number(i % 10) + "::/64", countBusy);
    CHECK(busy == 200 - RenderPool::kMaxQueuedPerDocument);

    // Another phone still gets its page.
    Answers other;
    pool.request(PageKey{fakeHash(80), 2, 240}, pdf, "198.51.100.9", other.collector());
    const PageOutcome outcome = other.wait(1).front();
    CHECK_FALSE(outcome.busy);
    CHECK(outcome.page);
    pool.stop();
}

TEST_CASE("A document counts as quick by its last few pages, not its last one", "[pages]")
{
    const qint64 light = RenderPool::kLightMilliseconds;
    RecentPages recent;
    CHECK_FALSE(recent.quick(light)); // nothing known yet: held to all workers but one
    recent.record(100, true);
    CHECK(recent.quick(light));
    // It becomes slow: caught at once.
    recent.record(4000, true);
    CHECK_FALSE(recent.quick(light));
    // One quick page after a slow one (a heavy document's quick cover page) is not enough...
    recent.record(50, true);
    CHECK_FALSE(recent.quick(light));
    // ...but a slow page is not held against it for ever either.
    for (int i = 1; i < RecentPages::kPages; ++i) {
        CHECK_FALSE(recent.quick(light));
        recent.record(50, true);
    }
    CHECK(recent.quick(light));
    // A page that could not be drawn counts as slow, however short it took.
    recent.record(5, false);
    CHECK_FALSE(recent.quick(light));
    CHECK(recent.count() == RecentPages::kPages);

    // Two workers: a quick document may hold both, unless one of its pages runs long now.
    CHECK(workerCap(2, true, {}, light) == 2);
    CHECK(workerCap(2, true, {200}, light) == 2);
    CHECK(workerCap(2, true, {200, light + 1}, light) == 1);
    CHECK(workerCap(2, false, {}, light) == 1);
    CHECK(workerCap(4, false, {}, light) == 3);
    CHECK(workerCap(1, true, {}, light) == 1);
    CHECK(workerCap(1, false, {}, light) == 1);
}

TEST_CASE("A child's parent-death signal fires when the thread that started it ends", "[pages]")
{
    // What ChildProcess says of PR_SET_PDEATHSIG, shown: the render pool and the inspection
    // batcher start their children on the threads that keep them for this reason.
    std::unique_ptr<ChildProcess> child;
    bool execed = false;
    std::thread([&] {
        child = std::make_unique<ChildProcess>(QStringLiteral("/bin/sleep"),
                                               QStringList{QStringLiteral("30")}, ChildLimits{},
                                               ChildProcess::Channel::Output);
        // The thread ends only once the child runs sleep, so after it set its signal: a
        // thread that ends between fork and prctl leaves a child that never gets it.
        const QString cmdline = QStringLiteral("/proc/%1/cmdline").arg(child->pid());
        QElapsedTimer waited;
        waited.start();
        while (!execed && waited.elapsed() < 10000) {
            QFile file(cmdline);
            execed = file.open(QIODevice::ReadOnly) && file.readAll().startsWith("/bin/sleep");
            if (!execed)
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
    }).join();
    REQUIRE(child);
    REQUIRE(execed);
    QElapsedTimer clock;
    clock.start();
    const ChildProcess::Exit exit = child->wait();
    CHECK(clock.elapsed() < 10000);
    CHECK(exit.signalled);
    CHECK(exit.code == SIGKILL);

    // Started on this thread, it lives until it is killed.
    ChildProcess kept(QStringLiteral("/bin/sleep"), {QStringLiteral("30")}, ChildLimits{},
                      ChildProcess::Channel::Output);
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    // Still running (a killed child would be a zombie, 'Z', until reaped).
    const QByteArray stat = readFile(QStringLiteral("/proc/%1/stat").arg(kept.pid()));
    const qsizetype end = stat.lastIndexOf(')');
    REQUIRE(end > 0);
    CHECK(stat.mid(end + 2, 1) != "Z");
}
