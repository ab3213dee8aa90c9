// SPDX-License-Identifier: GPL-3.0-or-later
// A full disk and a read-only library, for real: a small tmpfs is the library's disk, mounted in
// a mount namespace of the test's own (`unshare`, as root or through a user namespace), filled
// up or made read-only, while docket-cli lists, shows, serves and refuses to import.
#include "library/Library.h"
#include "pdf/PageCache.h"
#include "pdf/RenderPool.h"
#include "support/Cli.h"
#include "support/Curl.h"
#include "support/TempLibrary.h"
#include "support/TestPdf.h"
#include "support/Tmpfs.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStorageInfo>

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <chrono>
#include <condition_variable>
#include <csignal>
#include <mutex>
#include <optional>
#include <sys/types.h>
#include <unistd.h>

using namespace docket;
using namespace testsupport;

namespace {

const QString kCli = QStringLiteral(DOCKET_CLI_PATH);

QProcessEnvironment diskCliEnvironment()
{
    // Page images of a read-only library go to the user's cache: a throwaway one here.
    static const TempFolder cacheHome;
    QProcessEnvironment env = cliEnvironment();
    env.insert(QStringLiteral("XDG_CACHE_HOME"), cacheHome.path());
    return env;
}

CliRun cli(const QString &library, const QStringList &arguments)
{
    return runCli(kCli, library, arguments, diskCliEnvironment());
}

CliRun cliOk(const QString &library, const QStringList &arguments)
{
    return runCliOk(kCli, library, arguments, diskCliEnvironment());
}

// `docket-cli serve` on 127.0.0.1, stopped with SIGTERM as a supervisor would.
class Serve
{
public:
    explicit Serve(const QString &library)
    {
        m_process.setProcessEnvironment(diskCliEnvironment());
        m_process.start(kCli, {QStringLiteral("--library"), library, QStringLiteral("serve"),
                               QStringLiteral("--bind"), QStringLiteral("127.0.0.1"),
                               QStringLiteral("--port"), QStringLiteral("0")});
        REQUIRE(m_process.waitForStarted(10000));
        const QDeadlineTimer deadline(15000);
        while (!m_process.canReadLine()) {
            INFO("serve stderr: " << m_process.readAllStandardError().toStdString());
            REQUIRE(m_process.state() == QProcess::Running);
            REQUIRE_FALSE(deadline.hasExpired());
            m_process.waitForReadyRead(100);
        }
        m_base = QString::fromUtf8(m_process.readLine()).trimmed();
        m_base.replace(QStringLiteral("HTTP://"), QStringLiteral("http://"));
    }
    ~Serve()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    QString url(const QString &path) const { return m_base + path; }
    // Stops it; its exit status and everything it said on stderr.
    std::pair<int, QString> stop()
    {
        ::kill(static_cast<pid_t>(m_process.processId()), SIGTERM);
        REQUIRE(m_process.waitForFinished(10000));
        REQUIRE(m_process.exitStatus() == QProcess::NormalExit);
        return {m_process.exitCode(), QString::fromUtf8(m_process.readAllStandardError())};
    }

private:
    QProcess m_process;
    QString m_base;
};

struct Site
{
    QString code;
    Id itemId = 0;
    Document pdf;
    QByteArray pdfBytes;
};

// A meeting open to delegates with a 6-page PDF, made in `library` and closed again.
Site makeSite(const QString &library, const QString &sources)
{
    Site site;
    Library lib(library);
    const Meeting meeting = lib.catalog().createMeeting(QStringLiteral("Hội nghị tổng kết"));
    lib.catalog().setMeetingState(meeting.id, MeetingState::Open);
    site.code = meeting.code;
    site.itemId = lib.catalog().addItem(meeting.id, QStringLiteral("Báo cáo")).id;
    const QString path = sources + QStringLiteral("/Báo cáo tổng kết.pdf");
    site.pdfBytes = pdfBytes(6, QStringLiteral("Báo cáo tổng kết"));
    writeFile(path, site.pdfBytes);
    site.pdf = lib.importDocument(site.itemId, path).document;
    return site;
}

QString documentPath(const Site &site)
{
    return QStringLiteral("/%1/1/%2/x").arg(site.code).arg(site.pdf.id);
}

QString pagePath(const Site &site, int page)
{
    return QStringLiteral("/%1/1/%2/page/%3").arg(site.code).arg(site.pdf.id).arg(page);
}

int cachedImages(const QString &folder)
{
    int count = 0;
    QDirIterator it(folder, {QStringLiteral("*.jpg"), QStringLiteral("*.png")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

} // namespace

TEST_CASE("On a full disk, meetings are listed and served, imports fail naming the disk", "[disk]")
{
    runOnTmpfs("inner: a full disk", 24);
}

TEST_CASE("A read-only library is listed and served, and says it cannot be changed", "[disk]")
{
    runOnTmpfs("inner: a read-only library", 24);
}

TEST_CASE("inner: a full disk", "[.inner]")
{
    const QString mount = tmpfsMountPoint();
    const QString library = mount + QStringLiteral("/library");
    const TempFolder sources; // the user's own files, on another disk
    const Site site = makeSite(library, sources.path());

    // Phones read it once while there is room: four page images end up in the cache.
    {
        Serve serve(library);
        REQUIRE(curlFetch(serve.url(documentPath(site)),
                          {QStringLiteral("-A"), QStringLiteral("phone")})
                    .body == site.pdfBytes);
        for (int page = 1; page <= 4; ++page)
            REQUIRE(curlFetch(serve.url(pagePath(site, page))).status == 200);
        CHECK(serve.stop().first == 0);
    }
    const QString cache = library + QStringLiteral("/cache/pages");
    REQUIRE(cachedImages(cache) == 4);

    fillDisk(mount + QStringLiteral("/ballast"));
    REQUIRE(QStorageInfo(mount).bytesAvailable() < 64 * 1024);

    // Listing, showing and counting work, and say why nothing can change.
    const CliRun list = cliOk(library, {QStringLiteral("meeting"), QStringLiteral("list")});
    CHECK(list.out.contains(site.code));
    CHECK(list.out.contains(QStringLiteral("Hội nghị tổng kết")));
    CHECK(list.err.contains(QStringLiteral("The disk holding the library is full")));
    const CliRun show =
        cliOk(library, {QStringLiteral("meeting"), QStringLiteral("show"), site.code});
    CHECK(show.out.contains(QStringLiteral("Báo cáo tổng kết.pdf")));
    const CliRun stats =
        cliOk(library, {QStringLiteral("--json"), QStringLiteral("stats"), site.code});
    const QJsonArray rows = QJsonDocument::fromJson(stats.out.toUtf8()).array();
    REQUIRE(rows.size() == 1);
    CHECK(rows.at(0).toObject().value(QStringLiteral("completeDownloads")).toInt() == 1);

    // Serving works: the meeting page, the document, a cached page image and new ones, which
    // make room by evicting older images.
    {
        Serve serve(library);
        CHECK(curlFetch(serve.url(QStringLiteral("/") + site.code)).status == 200);
        CHECK(curlFetch(serve.url(documentPath(site))).body == site.pdfBytes);
        const HttpResult cached = curlFetch(serve.url(pagePath(site, 1)));
        CHECK(cached.status == 200);
        CHECK(cached.header("Content-Type").startsWith("image/"));
        for (int page = 5; page <= 6; ++page) {
            const HttpResult fresh = curlFetch(serve.url(pagePath(site, page)));
            INFO("page " << page << ": " << fresh.body.left(300).toStdString());
            CHECK(fresh.status == 200);
            CHECK(fresh.header("Content-Type").startsWith("image/"));
            CHECK(fresh.body.size() > 1000);
        }
        const auto [status, said] = serve.stop();
        INFO(said.toStdString());
        CHECK(status == 0);
    }
    CHECK(cachedImages(cache) <= 4);

    // An import fails at once, naming the disk and the room it needs; nothing changes.
    const QString big = sources.filePath(QStringLiteral("Phụ lục.pdf"));
    writeFile(big, pdfBytes(2, QStringLiteral("Phụ lục")));
    const CliRun refused = cli(library, {QStringLiteral("doc"), QStringLiteral("add"), site.code,
                                         QStringLiteral("1"), big});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("Not enough space on %1").arg(mount)));
    CHECK(refused.err.contains(QStringLiteral("this import needs")));

    // A little room again: the catalog opens for writing, warns that the disk is nearly full,
    // and an import larger than the room still fails cleanly.
    QFile::resize(mount + QStringLiteral("/ballast"),
                  QFileInfo(mount + QStringLiteral("/ballast")).size() - 3 * 1000 * 1000);
    {
        Library lib(library);
        CHECK_FALSE(lib.isReadOnly());
        CHECK(lib.lowSpaceWarning().contains(mount));
    }
    const QString huge = sources.filePath(QStringLiteral("Bản đồ.bin"));
    writeFile(huge, QByteArray(8 * 1000 * 1000, 'm'));
    const CliRun tooBig = cli(library, {QStringLiteral("doc"), QStringLiteral("add"), site.code,
                                        QStringLiteral("1"), huge});
    CHECK(tooBig.exitCode == 1);
    CHECK(tooBig.err.contains(QStringLiteral("Not enough space on %1").arg(mount)));
    const CliRun shownAgain = cliOk(library, {QStringLiteral("--json"), QStringLiteral("meeting"),
                                              QStringLiteral("show"), site.code});
    const QJsonArray items = QJsonDocument::fromJson(shownAgain.out.toUtf8())
                                 .object()
                                 .value(QStringLiteral("items"))
                                 .toArray();
    REQUIRE(items.size() == 1);
    CHECK(items.at(0).toObject().value(QStringLiteral("documents")).toArray().size() == 1);
    CHECK(QDir(library + QStringLiteral("/tmp")).isEmpty());
    const CliRun verify = cliOk(library, {QStringLiteral("verify")});
    CHECK(verify.out.contains(QStringLiteral("The catalog passed")));

    // Room again: the import goes through.
    QFile::remove(mount + QStringLiteral("/ballast"));
    cliOk(library,
          {QStringLiteral("doc"), QStringLiteral("add"), site.code, QStringLiteral("1"), big});
    CHECK(cliOk(library, {QStringLiteral("verify")}).exitCode == 0);
}

TEST_CASE("inner: a read-only library", "[.inner]")
{
    const QString mount = tmpfsMountPoint();
    const QString library = mount + QStringLiteral("/library");
    const QString copied = mount + QStringLiteral("/copied");
    const TempFolder elsewhere;
    const Site site = makeSite(library, elsewhere.path());

    // A second library copied while a program had it open: its newest items are only in the
    // -wal, and no -shm came along.
    const QString source = elsewhere.filePath(QStringLiteral("source"));
    Id meetingId = 0;
    {
        Library lib(source);
        meetingId = lib.catalog().createMeeting(QStringLiteral("Họp chi đoàn")).id;
    }
    {
        const QString catalogFile = source + QStringLiteral("/catalog.sqlite");
        sqlite3 *db = nullptr;
        REQUIRE(sqlite3_open(QFile::encodeName(catalogFile).constData(), &db) == SQLITE_OK);
        REQUIRE(sqlite3_exec(db, "PRAGMA wal_autocheckpoint = 0", nullptr, nullptr, nullptr) ==
                SQLITE_OK);
        for (int i = 1; i <= 3; ++i) {
            const QByteArray sql = "INSERT INTO agenda_item(meeting_id, position, title) VALUES (" +
                                   QByteArray::number(meetingId) + ", " + QByteArray::number(i) +
                                   ", 'Mục " + QByteArray::number(i) + "')";
            REQUIRE(sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK);
        }
        REQUIRE(QDir().mkpath(copied + QStringLiteral("/blobs")));
        REQUIRE(QDir().mkpath(copied + QStringLiteral("/tmp")));
        REQUIRE(QFile::copy(catalogFile, copied + QStringLiteral("/catalog.sqlite")));
        REQUIRE(QFile::copy(catalogFile + QStringLiteral("-wal"),
                            copied + QStringLiteral("/catalog.sqlite-wal")));
        sqlite3_close(db);
    }

    remountReadOnly(mount);

    const QString readOnly =
        QStringLiteral("The library is read-only: meetings can be shown and served, not changed.");
    const CliRun list = cliOk(library, {QStringLiteral("meeting"), QStringLiteral("list")});
    CHECK(list.out.contains(site.code));
    CHECK(list.err.contains(readOnly));
    const CliRun show =
        cliOk(library, {QStringLiteral("meeting"), QStringLiteral("show"), site.code});
    CHECK(show.out.contains(QStringLiteral("Báo cáo tổng kết.pdf")));
    cliOk(library, {QStringLiteral("stats"), site.code});

    // Changes are refused with the same sentence, not SQLite's alone.
    const CliRun add = cli(library, {QStringLiteral("item"), QStringLiteral("add"), site.code,
                                     QStringLiteral("--title"), QStringLiteral("Thêm")});
    CHECK(add.exitCode == 1);
    CHECK(add.err.contains(readOnly));
    const CliRun backupHere = cli(library, {QStringLiteral("backup")});
    CHECK(backupHere.exitCode == 1);
    CHECK(backupHere.err.contains(readOnly));
    // A backup elsewhere is fine.
    const QString target = elsewhere.filePath(QStringLiteral("catalog-copy.sqlite"));
    cliOk(library, {QStringLiteral("backup"), target});
    CHECK(Catalog::checkFile(target).ok());
    CHECK(Catalog::checkFile(target).meetings == 1);

    // Served, page images included (drawn into a cache this user can write).
    {
        Serve serve(library);
        CHECK(curlFetch(serve.url(QStringLiteral("/") + site.code)).status == 200);
        CHECK(curlFetch(serve.url(documentPath(site))).body == site.pdfBytes);
        const HttpResult image = curlFetch(serve.url(pagePath(site, 2)));
        CHECK(image.status == 200);
        CHECK(image.header("Content-Type").startsWith("image/"));
        CHECK(serve.stop().first == 0);
    }

    // The copied library: its -wal is read, in a copy made elsewhere.
    const CliRun copiedShow = cliOk(copied, {QStringLiteral("--json"), QStringLiteral("meeting"),
                                             QStringLiteral("show"), QString::number(meetingId)});
    CHECK(QJsonDocument::fromJson(copiedShow.out.toUtf8())
              .object()
              .value(QStringLiteral("items"))
              .toArray()
              .size() == 3);
    CHECK(copiedShow.err.contains(readOnly));
}

TEST_CASE("On a full disk with no page image to evict, pages are kept in memory", "[disk]")
{
    runOnTmpfs("inner: page images in memory", 24);
}

TEST_CASE("inner: page images in memory", "[.inner]")
{
    const QString mount = tmpfsMountPoint();
    const QString library = mount + QStringLiteral("/library");
    const TempFolder sources;
    const Site site = makeSite(library, sources.path());
    // Nothing in the page cache that could make room (the import's thumbnail goes too), and
    // the disk full with other things.
    const QString cacheFolder = library + QStringLiteral("/cache/pages");
    REQUIRE(QDir(cacheFolder).removeRecursively());
    const QString pdfPath = Library(library).store().pathFor(site.pdf.sha256);
    fillDisk(mount + QStringLiteral("/ballast"));
    REQUIRE(QStorageInfo(mount).bytesAvailable() < 64 * 1024);

    {
        // In the pool: drawn once, then answered from memory without a worker.
        PageCache cache(mount + QStringLiteral("/pool-cache"));
        RenderPool pool(cache, nullptr, 1);
        const PageKey key{site.pdf.sha256, 2, 480};
        for (int round = 0; round < 2; ++round) {
            std::mutex mutex;
            std::condition_variable changed;
            std::optional<PageOutcome> answer;
            pool.request(key, pdfPath, [&](const PageOutcome &outcome) {
                const std::lock_guard lock(mutex);
                answer = outcome;
                changed.notify_all();
            });
            std::unique_lock lock(mutex);
            REQUIRE(changed.wait_for(lock, std::chrono::seconds(30),
                                     [&] { return answer.has_value(); }));
            INFO(answer->error.toStdString());
            REQUIRE(answer->page);
            CHECK(answer->page->path.isEmpty());
            CHECK(answer->page->bytes.size() > 1000);
            CHECK(answer->page->size == answer->page->bytes.size());
        }
        CHECK(pool.rendersStarted() == 1);
        CHECK(cache.count() == 0);
        CHECK(cache.memoryCount() == 1);
    }

    // Served: the phones get the images, from memory, the second time without a worker.
    Serve serve(library);
    for (int round = 0; round < 2; ++round)
        for (int page = 1; page <= 3; ++page) {
            const HttpResult image = curlFetch(serve.url(pagePath(site, page)));
            INFO("page " << page << ": " << image.body.left(300).toStdString());
            CHECK(image.status == 200);
            CHECK(image.header("Content-Type").startsWith("image/"));
            CHECK(image.body.size() > 1000);
        }
    const auto [status, said] = serve.stop();
    INFO(said.toStdString());
    CHECK(status == 0);
    CHECK(said.count(QStringLiteral("kept in memory")) == 1);
    CHECK(cachedImages(cacheFolder) == 0);
}

TEST_CASE("A disk test that cannot make its tmpfs fails, unless skipping is allowed", "[disk]")
{
    // This same program, asked for one disk test, where no `unshare` can be found.
    const auto runWithout = [](bool allowSkip) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const TempFolder emptyPath;
        env.insert(QStringLiteral("PATH"), emptyPath.path());
        if (allowSkip)
            env.insert(QStringLiteral("DOCKET_ALLOW_NO_TMPFS"), QStringLiteral("1"));
        else
            env.remove(QStringLiteral("DOCKET_ALLOW_NO_TMPFS"));
        QProcess process;
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QCoreApplication::applicationFilePath(),
                      {QStringLiteral("A read-only library is listed and served*")});
        REQUIRE(process.waitForStarted(10000));
        REQUIRE(process.waitForFinished(60000));
        const QByteArray output = process.readAll();
        INFO(output.toStdString());
        CHECK(output.contains("unshare"));
        return process.exitCode();
    };
    CHECK(runWithout(false) != 0);
    CHECK(runWithout(true) == 0);
}
