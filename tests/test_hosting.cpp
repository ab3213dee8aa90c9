// SPDX-License-Identifier: GPL-3.0-or-later
// One hosting session for the window and `docket-cli serve`: it publishes before it listens,
// one server per library (the other programs are told which and where, a killed server is
// not taken for a running one), one watch on what other processes change, and the memory of
// replaced snapshots handed back at a bounded rate.
#include "hosting/HostingClaim.h"
#include "hosting/HostingSession.h"
#include "hosting/LibraryWatch.h"
#include "hosting/SnapshotPublisher.h"
#include "qr/DelegateUrl.h"
#include "server/HttpServer.h"
#include "support/Curl.h"
#include "support/SampleSite.h"
#include "support/ServeChild.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>

#include <catch2/catch.hpp>

#include <csignal>

using namespace docket;
using namespace testsupport;

namespace {

const QString kCli = QStringLiteral(DOCKET_CLI_PATH);

template <typename Predicate> bool waitUntil(Predicate done, int milliseconds = 10000)
{
    const QDeadlineTimer deadline(milliseconds);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

ServerOptions loopback()
{
    ServerOptions options;
    options.bindAddress = QStringLiteral("127.0.0.1");
    options.port = 0;
    options.threads = 2;
    return options;
}

QString announcementPath(const QString &folder)
{
    return QDir(folder).filePath(HostingClaim::announcementFileName());
}

} // namespace

TEST_CASE("A hosting session publishes the open meetings before it listens", "[hosting]")
{
    SampleSite site;
    LibraryWatch watch(site.lib.library());
    HostingSession session(site.lib.library(), watch, HostingSession::Program::Window);
    // The very first request, made the moment the socket listens: it finds the meeting, and
    // no wrong-code guess is counted against the phone.
    HttpResult first;
    QObject::connect(&session, &HostingSession::listening, &session, [&] {
        const QString url = delegateurl::meeting(
            delegateurl::base(QStringLiteral("127.0.0.1"), session.server().port()),
            site.open.code);
        first = curlFetch(url);
    });
    session.start(loopback());
    REQUIRE(session.isRunning());
    CHECK(first.status == 200);
    CHECK(first.body.contains(site.open.title.toUtf8()));
    CHECK(session.server().guessLimiter().totals().wrongCodes == 0);
    CHECK(session.baseUrl() ==
          delegateurl::base(QStringLiteral("127.0.0.1"), session.server().port()));
    CHECK(site.lib.catalog().setting(QStringLiteral("server.base_url")) == session.baseUrl());

    const QString url = delegateurl::meeting(session.baseUrl(), site.open.code);
    session.stop();
    CHECK_FALSE(session.isRunning());
    CHECK(session.baseUrl().isEmpty());
    CHECK(runCurl({QStringLiteral("-s"), url}).exitCode != 0); // nothing listens any more
}

TEST_CASE("One server per library: a second session learns which one serves it and where",
          "[hosting]")
{
    SampleSite site;
    const QString folder = site.lib.folder();
    CHECK_FALSE(HostingClaim::holder(folder));

    LibraryWatch watch(site.lib.library());
    HostingSession first(site.lib.library(), watch, HostingSession::Program::Window);
    first.start(loopback());
    const auto holder = HostingClaim::holder(folder);
    REQUIRE(holder);
    CHECK(holder->program == HostingAnnouncement::Program::Window);
    CHECK(holder->baseUrl == first.baseUrl());
    CHECK(holder->port == first.server().port());
    CHECK(holder->processId == QCoreApplication::applicationPid());
    CHECK(watch.host().has_value()); // told at once, not a second later

    HostingSession second(site.lib.library(), watch, HostingSession::Program::Cli);
    try {
        second.start(loopback());
        FAIL("a second server started on a library already served");
    } catch (const Error &error) {
        CHECK(error.message().contains(QStringLiteral("the Docket window")));
        CHECK(error.message().contains(first.baseUrl()));
    }
    CHECK_FALSE(second.isRunning());
    // The refused one took nothing from the first.
    CHECK(HostingClaim::holder(folder).has_value());
    CHECK(curlFetch(delegateurl::meeting(first.baseUrl(), site.open.code)).status == 200);

    first.stop();
    CHECK_FALSE(HostingClaim::holder(folder));
    CHECK_FALSE(QFile::exists(announcementPath(folder)));
    CHECK_FALSE(watch.host().has_value());
    second.start(loopback());
    REQUIRE(HostingClaim::holder(folder));
    CHECK(HostingClaim::holder(folder)->program == HostingAnnouncement::Program::Cli);
}

TEST_CASE("docket-cli serve says where it serves, once killed, its leftover file is not taken "
          "for a server",
          "[hosting][cli]")
{
    SampleSite site;
    const QString folder = site.lib.folder();
    LibraryWatch watch(site.lib.library());
    int hostChanges = 0;
    QObject::connect(&watch, &LibraryWatch::hostChanged, &watch, [&] { ++hostChanges; });

    ServeChild serve(kCli, folder);
    const QString announced = serve.readBaseUrl();
    REQUIRE(announced.startsWith(QStringLiteral("HTTP://127.0.0.1:")));
    const auto holder = HostingClaim::holder(folder);
    REQUIRE(holder);
    CHECK(holder->program == HostingAnnouncement::Program::Cli);
    CHECK(holder->baseUrl == announced);
    CHECK(holder->processId == serve.process().processId());
    // The window's watch sees it within its second (perhaps first as "starting", before the
    // port is known).
    REQUIRE(waitUntil([&] { return watch.host() && watch.host()->baseUrl == announced; }));
    CHECK(hostChanges >= 1);
    const int changesWhileServing = hostChanges;

    // This process may not serve it beside docket-cli, and is told where delegates go.
    HostingSession session(site.lib.library(), watch, HostingSession::Program::Window);
    try {
        session.start(loopback());
        FAIL("served a library docket-cli serves");
    } catch (const Error &error) {
        CHECK(error.message().contains(QStringLiteral("docket-cli")));
        CHECK(error.message().contains(announced));
    }

    // Killed, not stopped: the file stays, the lock goes with the process.
    ::kill(static_cast<pid_t>(serve.process().processId()), SIGKILL);
    REQUIRE(serve.process().waitForFinished(5000));
    CHECK(QFile::exists(announcementPath(folder)));
    CHECK_FALSE(HostingClaim::holder(folder));
    REQUIRE(waitUntil([&] { return !watch.host().has_value(); }));
    CHECK(hostChanges == changesWhileServing + 1);
    session.start(loopback());
    CHECK(session.isRunning());
    CHECK(HostingClaim::holder(folder)->baseUrl == session.baseUrl());
}

TEST_CASE("docket-cli serve refuses a library the window serves, and says at which address",
          "[hosting][cli]")
{
    SampleSite site;
    LibraryWatch watch(site.lib.library());
    HostingSession window(site.lib.library(), watch, HostingSession::Program::Window);
    window.start(loopback());

    QProcess serve;
    serve.setProcessEnvironment(cliEnvironment());
    serve.start(kCli, {QStringLiteral("--library"), site.lib.folder(), QStringLiteral("serve"),
                       QStringLiteral("--bind"), QStringLiteral("127.0.0.1"),
                       QStringLiteral("--port"), QStringLiteral("0")});
    REQUIRE(serve.waitForStarted(10000));
    const bool finished = serve.waitForFinished(30000);
    if (!finished)
        serve.kill();
    REQUIRE(finished);
    const QString err = QString::fromUtf8(serve.readAllStandardError());
    INFO(err.toStdString());
    CHECK(serve.exitCode() == 1);
    CHECK(serve.readAllStandardOutput().isEmpty()); // no address that no server answers on
    CHECK(err.contains(QStringLiteral("the Docket window")));
    CHECK(err.contains(window.baseUrl()));
    // The window's server is untouched.
    CHECK(HostingClaim::holder(site.lib.folder())->baseUrl == window.baseUrl());
    CHECK(curlFetch(delegateurl::meeting(window.baseUrl(), site.open.code)).status == 200);
}

TEST_CASE("The library watch tells of another process's edits", "[hosting][cli]")
{
    SampleSite site;
    LibraryWatch watch(site.lib.library());
    int changes = 0;
    QObject::connect(&watch, &LibraryWatch::catalogChanged, &watch, [&] { ++changes; });
    // This process's own edits are Catalog::changed, not the watch's business.
    site.lib.catalog().createMeeting(QStringLiteral("Họp ở đây"));
    watch.checkNow();
    CHECK(changes == 0);

    QProcess cli;
    cli.setProcessEnvironment(cliEnvironment());
    cli.start(kCli, {QStringLiteral("--library"), site.lib.folder(), QStringLiteral("meeting"),
                     QStringLiteral("create"), QStringLiteral("--title"),
                     QStringLiteral("Họp từ dòng lệnh")});
    REQUIRE(cli.waitForFinished(30000));
    REQUIRE(cli.exitCode() == 0);
    REQUIRE(waitUntil([&] { return changes > 0; }, 5000));
    CHECK(changes == 1);
}

TEST_CASE("A burst of rebuilds hands freed memory back once, and once more after the interval",
          "[hosting]")
{
    SampleSite site;
    HttpServer server;
    LibraryWatch watch(site.lib.library());
    SnapshotPublisher publisher(site.lib.library(), server, watch);
    const int before = publisher.memoryReturnedCount();
    CHECK(before == 1); // the first snapshot
    // Twenty edits of the open meeting, each rebuilt on its own.
    for (int i = 0; i < 20; ++i) {
        site.lib.catalog().addItem(site.open.id, QStringLiteral("Mục %1").arg(i));
        publisher.publishNow();
    }
    CHECK(publisher.publishedCount() >= 21);
    CHECK(publisher.memoryReturnedCount() == before); // not twenty walks of the heap
    CHECK(publisher.memoryReturnPending());           // the last of them is still trimmed
}
