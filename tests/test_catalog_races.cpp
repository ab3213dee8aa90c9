// SPDX-License-Identifier: GPL-3.0-or-later
// Edges of the catalog found on reading, each made to happen on purpose: two connections making
// the library's secret at the same moment, a checkpoint that fails after a commit, one file
// reached by two paths, a setting refused by a busy catalog, a catalog of schema 9.
//
// SQLite itself makes the moments: an automatic extension (sqlite3_auto_extension) is installed
// on every connection opened meanwhile, including the Catalog's own, and runs a step of the test
// when a statement starts, or refuses a statement, exactly where the race or the failure is.
#include "catalog/Catalog.h"
#include "catalog/Sqlite.h"
#include "support/FakeDocument.h"
#include "support/TempLibrary.h"
#include "util/Error.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <atomic>
#include <cstring>
#include <functional>
#include <thread>

using namespace docket;
using testsupport::TempFolder;

namespace {

// What the hooks do, for the connections opened while a Hooks lives. Only the test's thread
// runs statements while they are armed.
std::function<void(const char *sql)> gOnStatement; // called once, as the statement starts
const char *gStatementNeedle = nullptr;
std::atomic<bool> gRefuseCheckpoints{false};

int traceStatement(unsigned type, void *, void *, void *sqlText)
{
    if (type != SQLITE_TRACE_STMT || !gOnStatement || !gStatementNeedle)
        return 0;
    const char *text = static_cast<const char *>(sqlText);
    if (std::strstr(text, gStatementNeedle) == nullptr)
        return 0;
    // Disarmed first: what it runs may start the same statement on another connection.
    const auto step = std::exchange(gOnStatement, {});
    step(text);
    return 0;
}

int authorize(void *, int action, const char *first, const char *, const char *, const char *)
{
    if (gRefuseCheckpoints && action == SQLITE_PRAGMA && first &&
        std::strcmp(first, "wal_checkpoint") == 0)
        return SQLITE_DENY;
    return SQLITE_OK;
}

int installHooks(sqlite3 *db, const char **, const sqlite3_api_routines *)
{
    sqlite3_trace_v2(db, SQLITE_TRACE_STMT, traceStatement, nullptr);
    sqlite3_set_authorizer(db, authorize, nullptr);
    return SQLITE_OK;
}

struct Hooks
{
    Hooks() { sqlite3_auto_extension(reinterpret_cast<void (*)()>(installHooks)); }
    ~Hooks()
    {
        sqlite3_cancel_auto_extension(reinterpret_cast<void (*)()>(installHooks));
        gOnStatement = {};
        gStatementNeedle = nullptr;
        gRefuseCheckpoints = false;
    }
    Hooks(const Hooks &) = delete;
    Hooks &operator=(const Hooks &) = delete;
};

QString storedSetting(const QString &path, const QString &key)
{
    sql::Database db(path);
    sql::Statement s(db, "SELECT value FROM setting WHERE key = ?");
    return s.bind(1, key).step() ? s.text(0) : QString();
}

NewDocument newDocument(const QString &name, char digit)
{
    return testsupport::fakeDocument(name, digit, 1);
}

} // namespace

TEST_CASE("Two programs making the cookie secret at once end up with one", "[catalog][races]")
{
    const TempFolder folder;
    const QString path = folder.filePath(QStringLiteral("catalog.sqlite"));
    const Hooks hooks;
    Catalog window(path);
    Catalog cli(path); // another program: a connection of its own
    QByteArray cliSecret;
    // The moment the window writes the secret it found missing, docket-cli makes its own.
    gStatementNeedle = "INTO setting";
    gOnStatement = [&](const char *) {
        cliSecret = cli.cookieSecret();
    };
    const QByteArray windowSecret = window.cookieSecret();
    REQUIRE_FALSE(gOnStatement); // the race did happen
    CHECK(cliSecret.size() == 32);
    CHECK(windowSecret == cliSecret);
    CHECK(storedSetting(path, QStringLiteral("server.cookie_secret")).toLatin1() == windowSecret);
    CHECK(window.cookieSecret() == windowSecret);
    CHECK(cli.cookieSecret() == windowSecret);
    // The device salt follows the same rule, and is a secret of its own.
    gOnStatement = [&](const char *) {
        cliSecret = cli.deviceSalt();
    };
    CHECK(window.deviceSalt() == cliSecret);
    CHECK(cliSecret != windowSecret);
}

TEST_CASE("Two catalogs starting together on two threads agree on the library's secret",
          "[catalog][races]")
{
    // Without the hooks, so left to chance (the test above makes the race for sure): two threads,
    // each with a catalog of its own, as the window and docket-cli would have.
    const TempFolder folder;
    const QString path = folder.filePath(QStringLiteral("catalog.sqlite"));
    {
        Catalog made(path);
    } // the schema first: migration is not the race looked at here
    for (int round = 0; round < 5; ++round) {
        {
            sql::Database db(path);
            db.exec("DELETE FROM setting");
        }
        QByteArray secrets[2];
        std::atomic<int> ready{0};
        std::thread threads[2];
        for (int i = 0; i < 2; ++i)
            threads[i] = std::thread([&, i] {
                Catalog catalog(path);
                ++ready;
                while (ready < 2)
                    std::this_thread::yield();
                secrets[i] = catalog.cookieSecret();
            });
        for (std::thread &thread : threads)
            thread.join();
        CHECK(secrets[0].size() == 32);
        CHECK(secrets[0] == secrets[1]);
    }
}

TEST_CASE("A failed checkpoint after a committed state change still tells the listeners",
          "[catalog][races]")
{
    const TempFolder folder;
    const QString path = folder.filePath(QStringLiteral("catalog.sqlite"));
    const Hooks hooks;
    Catalog catalog(path);
    const Meeting meeting = catalog.createMeeting(QStringLiteral("Hội nghị"));
    int changes = 0;
    QList<MeetingState> states;
    QObject::connect(&catalog, &Catalog::changed, &catalog, [&] { ++changes; });
    QObject::connect(&catalog, &Catalog::meetingStateChanged, &catalog,
                     [&](Id, MeetingState state) { states << state; });
    gRefuseCheckpoints = true;
    CHECK_NOTHROW(catalog.setMeetingState(meeting.id, MeetingState::Open));
    CHECK(changes == 1);
    CHECK(states == QList<MeetingState>{MeetingState::Open});
    CHECK(catalog.meeting(meeting.id)->state == MeetingState::Open);
    gRefuseCheckpoints = false;
}

TEST_CASE("A catalog reached by a symbolic link is the same open catalog", "[catalog][races]")
{
    const TempFolder folder;
    const QString real = folder.filePath(QStringLiteral("real/catalog.sqlite"));
    REQUIRE(QDir().mkpath(folder.filePath(QStringLiteral("real"))));
    REQUIRE(QDir().mkpath(folder.filePath(QStringLiteral("elsewhere"))));
    const QString link = folder.filePath(QStringLiteral("elsewhere/library.sqlite"));
    {
        Catalog made(real);
    }
    REQUIRE(QFile::link(real, link));
    REQUIRE_FALSE(Catalog::inUse(real));
    REQUIRE_FALSE(Catalog::inUse(link));
    {
        Catalog catalog(real);
        CHECK(Catalog::inUse(link));
        CHECK(Catalog::inUse(folder.filePath(QStringLiteral("real/../real/catalog.sqlite"))));
    }
    CHECK_FALSE(Catalog::inUse(link));
    {
        Catalog catalog(link);
        CHECK(Catalog::inUse(real));
        {
            Catalog second(real); // one registry entry for both, counted twice
        }
        CHECK(Catalog::inUse(real));
        CHECK(Catalog::inUse(link));
    }
    CHECK_FALSE(Catalog::inUse(real));
    CHECK_FALSE(Catalog::inUse(link));
}

TEST_CASE("A setting refused by a busy catalog is written later, not dropped", "[catalog][races]")
{
    const TempFolder folder;
    const QString path = folder.filePath(QStringLiteral("catalog.sqlite"));
    const QString key = QStringLiteral("server.port");
    {
        Catalog catalog(path);
        // Another program holds the write lock for longer than SQLite waits (5 s).
        auto holder = std::make_unique<sql::Database>(path);
        holder->exec("BEGIN IMMEDIATE");
        QElapsedTimer waited;
        waited.start();
        CHECK_NOTHROW(catalog.rememberSetting(key, QStringLiteral("8080")));
        CHECK(waited.elapsed() >= 4000);
        CHECK(catalog.setting(key) == u"8080"); // this process knows it meanwhile
        holder->exec("ROLLBACK");
        CHECK(storedSetting(path, key).isNull()); // not stored yet...
        holder.reset();
        // ...until the next setting that is remembered, which stores both.
        catalog.rememberSetting(QStringLiteral("server.address"), QStringLiteral("127.0.0.1"));
        CHECK(storedSetting(path, key) == u"8080");
        CHECK(storedSetting(path, QStringLiteral("server.address")) == u"127.0.0.1");

        holder = std::make_unique<sql::Database>(path);
        holder->exec("BEGIN IMMEDIATE");
        catalog.rememberSetting(key, QStringLiteral("8081"));
        holder->exec("ROLLBACK");
        holder.reset();
    }
    // Closing the catalog wrote what was still waiting.
    CHECK(storedSetting(path, key) == u"8081");
}

TEST_CASE("A catalog of schema 9 learns when each current version became current",
          "[catalog][migration]")
{
    const TempFolder folder;
    const QString path = folder.filePath(QStringLiteral("catalog.sqlite"));
    Id single = 0;
    Id switched = 0;
    Id latest = 0;
    Id first = 0;
    {
        Catalog catalog(path);
        const Meeting meeting = catalog.createMeeting(QStringLiteral("Đại hội"));
        const AgendaItem item = catalog.addItem(meeting.id, QStringLiteral("Báo cáo"));
        single = catalog.addDocument(item.id, newDocument(QStringLiteral("a.pdf"), 'a')).id;
        switched = catalog.addDocument(item.id, newDocument(QStringLiteral("b.pdf"), 'b')).id;
        catalog.replaceDocument(switched, newDocument(QStringLiteral("b2.pdf"), 'c'));
        latest = catalog.addDocument(item.id, newDocument(QStringLiteral("c.pdf"), 'd')).id;
        catalog.replaceDocument(latest, newDocument(QStringLiteral("c2.pdf"), 'e'));
        const QList<DocumentVersion> versions = catalog.versions(switched);
        REQUIRE(versions.size() == 2);
        first = versions.last().id;
        catalog.makeVersionCurrent(switched, first); // back to b.pdf
    }
    // As Docket 9 left it: no current_since, user_version 9, times an hour and more ago.
    {
        sql::Database db(path);
        db.exec("UPDATE document_version SET added_at = '2026-03-01T08:00:00.000Z' "
                "WHERE file_name IN ('a.pdf', 'b.pdf', 'c.pdf')");
        db.exec("UPDATE document_version SET added_at = '2026-03-01T09:00:00.000Z' "
                "WHERE file_name IN ('b2.pdf', 'c2.pdf')");
        db.exec("ALTER TABLE document DROP COLUMN current_since");
        db.setUserVersion(9);
    }
    const QDateTime beforeMigration =
        QDateTime::currentDateTimeUtc().addMSecs(-QDateTime::currentDateTimeUtc().time().msec());
    Catalog catalog(path);
    CHECK(catalog.schemaVersion() == Catalog::kSchemaVersion);
    const auto at = [](const char *text) {
        return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODateWithMs);
    };
    // Current since it was added: caches of it stay valid.
    CHECK(catalog.document(single)->currentSince == at("2026-03-01T08:00:00.000Z"));
    CHECK(catalog.document(latest)->currentSince == at("2026-03-01T09:00:00.000Z"));
    // An earlier version chosen again at some unknown moment: the migration's, after every date
    // a phone may hold for this document.
    const Document back = *catalog.document(switched);
    CHECK(back.fileName == u"b.pdf");
    CHECK(back.addedAt == at("2026-03-01T08:00:00.000Z"));
    CHECK(back.currentSince >= beforeMigration);
    CHECK(back.currentSince <= QDateTime::currentDateTimeUtc());
    CHECK(catalog.check().ok());
}
