// SPDX-License-Identifier: GPL-3.0-or-later
// ConnectionWatch on its own, without the HTTP server: real sockets (socket pairs), the watch
// holding one end as the server would, the test reading the other end as the client.
#include "server/ConnectionWatch.h"
#include "support/Wait.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QThread>

#include <catch2/catch.hpp>

#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace docket;
using testsupport::waitUntil;
using namespace std::chrono_literals;

namespace {

// One connection: the server's end registered with the watch, the client's end kept here.
struct Pair
{
    int server = -1;
    int client = -1;
    ConnectionWatch::Connection *record = nullptr;

    Pair()
    {
        int ends[2];
        REQUIRE(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, ends) == 0);
        server = ends[0];
        client = ends[1];
    }
    ~Pair()
    {
        ::close(server);
        ::close(client);
    }
    Pair(const Pair &) = delete;
    Pair &operator=(const Pair &) = delete;

    // The client sees the end of the stream once the watch shut the server's end down.
    bool cut(int waitMs = 0) const
    {
        pollfd p{client, POLLIN, 0};
        if (::poll(&p, 1, waitMs) <= 0)
            return false;
        char byte;
        return ::recv(client, &byte, 1, MSG_DONTWAIT) == 0;
    }
};

ConnectionWatch::Limits limits(std::chrono::milliseconds deadline, unsigned connectionLimit)
{
    ConnectionWatch::Limits limits;
    limits.requestDeadline = deadline;
    limits.connectionLimit = connectionLimit;
    return limits;
}

} // namespace

TEST_CASE("High- and low-water marks leave room below the limit", "[watch]")
{
    CHECK(ConnectionWatch::highWater(4096) == 3687);
    CHECK(ConnectionWatch::lowWater(4096) == 3606);
    CHECK(ConnectionWatch::highWater(200) == 180);
    CHECK(ConnectionWatch::lowWater(200) == 176);
    CHECK(ConnectionWatch::highWater(20) == 18);
    CHECK(ConnectionWatch::lowWater(20) == 17);
    CHECK(ConnectionWatch::lowWater(2) == 0);
    for (unsigned limit = 0; limit <= 64; ++limit) {
        INFO("limit " << limit);
        CHECK(ConnectionWatch::highWater(limit) <= limit);
        CHECK(ConnectionWatch::lowWater(limit) <= ConnectionWatch::highWater(limit));
        if (limit >= 2)
            CHECK(ConnectionWatch::highWater(limit) < limit);
    }
}

TEST_CASE("A waiting connection is shut down at its deadline, not before", "[watch]")
{
    ConnectionWatch watch(limits(400ms, 100));
    Pair pair;
    QElapsedTimer timer;
    timer.start();
    pair.record = watch.opened(pair.server);
    CHECK(watch.counts().waiting == 1);
    CHECK_FALSE(pair.cut(300));
    REQUIRE(pair.cut(1000));
    CHECK(timer.elapsed() >= 390);
    CHECK(timer.elapsed() < 600);
    CHECK(watch.counts().overdue == 1);
    CHECK(watch.counts().waiting == 0);
    CHECK(watch.counts().open == 1); // until the transport closes it
    watch.closed(pair.record);
    CHECK(watch.counts().open == 0);
}

TEST_CASE("An answering connection is never cut, waiting again, its deadline starts over",
          "[watch]")
{
    ConnectionWatch watch(limits(300ms, 100));
    Pair pair;
    pair.record = watch.opened(pair.server);
    watch.answering(pair.record);
    CHECK(watch.counts().answering == 1);
    CHECK_FALSE(pair.cut(900)); // three deadlines: a long download
    QElapsedTimer timer;
    timer.start();
    watch.waiting(pair.record);
    CHECK_FALSE(pair.cut(200));
    REQUIRE(pair.cut(1000));
    CHECK(timer.elapsed() >= 290);
    CHECK(timer.elapsed() < 500);
    // Cut is final: an answer that comes too late does not bring it back.
    watch.answering(pair.record);
    CHECK(watch.counts().answering == 0);
    watch.closed(pair.record);
}

TEST_CASE("Under pressure the longest-waiting connections go first, down to the low-water mark",
          "[watch]")
{
    ConnectionWatch watch(limits(0ms, 100)); // no deadline: only pressure cuts here
    std::vector<std::unique_ptr<Pair>> pairs;
    for (int i = 0; i < 90; ++i) {
        pairs.push_back(std::make_unique<Pair>());
        pairs.back()->record = watch.opened(pairs.back()->server);
        QThread::msleep(1); // distinct ages
    }
    // The two oldest are answering (downloads): never cut for room.
    watch.answering(pairs[0]->record);
    watch.answering(pairs[1]->record);
    // Connection 2 finished an answer just now: it waits again, as the newest.
    watch.answering(pairs[2]->record);
    watch.waiting(pairs[2]->record);
    QThread::msleep(50);
    for (const auto &pair : pairs)
        CHECK_FALSE(pair->cut());

    // The 91st is above the high-water mark (90): waiting ones are cut until 88 remain.
    pairs.push_back(std::make_unique<Pair>());
    pairs.back()->record = watch.opened(pairs.back()->server);
    REQUIRE(waitUntil([&] { return watch.counts().shed == 3; }, 2000));
    QThread::msleep(50);
    CHECK(watch.counts().shed == 3);
    for (std::size_t i = 0; i < pairs.size(); ++i) {
        INFO("connection " << i);
        // Cut: 3, 4 and 5, the oldest waiting; not the downloads, not 2 (waiting again since
        // just now), not the newcomer.
        CHECK(pairs[i]->cut() == (i >= 3 && i <= 5));
    }
    for (const auto &pair : pairs)
        watch.closed(pair->record);
    CHECK(watch.counts().open == 0);
}

TEST_CASE("A newcomer is not cut to make room before it could send its request", "[watch]")
{
    ConnectionWatch watch(limits(0ms, 10)); // high-water mark 9
    std::vector<std::unique_ptr<Pair>> pairs;
    for (int i = 0; i < 9; ++i) {
        pairs.push_back(std::make_unique<Pair>());
        pairs.back()->record = watch.opened(pairs.back()->server);
        watch.answering(pairs.back()->record); // nine downloads
    }
    QElapsedTimer timer;
    timer.start();
    Pair newcomer;
    newcomer.record = watch.opened(newcomer.server); // the tenth: above the mark
    CHECK_FALSE(newcomer.cut(400));
    // Still waiting once its grace is over (it sent nothing): then it is the one to go.
    REQUIRE(newcomer.cut(1000));
    CHECK(timer.elapsed() >= ConnectionWatch::kShedGrace.count() - 10);
    CHECK(watch.counts().shed == 1);
    for (const auto &pair : pairs)
        CHECK_FALSE(pair->cut());
    watch.closed(newcomer.record);
    for (const auto &pair : pairs)
        watch.closed(pair->record);
}

TEST_CASE("A connection the transport closed is never shut down afterwards", "[watch]")
{
    ConnectionWatch watch(limits(200ms, 100));
    int reusedNumber = -1;
    {
        Pair first;
        first.record = watch.opened(first.server);
        reusedNumber = first.server;
        watch.closed(first.record); // the transport forgets it, then closes the socket
    }
    // The next socket most likely gets the same number; it is not the watch's to cut.
    Pair second;
    INFO("reused the number: " << (second.server == reusedNumber || second.client == reusedNumber));
    CHECK_FALSE(second.cut(600));
    CHECK(watch.counts().open == 0);
    CHECK(watch.counts().overdue == 0);
}

TEST_CASE("Saturated once the high-water mark of connections is answering", "[watch]")
{
    ConnectionWatch watch(limits(0ms, 10)); // high-water mark 9
    std::vector<std::unique_ptr<Pair>> pairs;
    for (int i = 0; i < 9; ++i) {
        pairs.push_back(std::make_unique<Pair>());
        pairs.back()->record = watch.opened(pairs.back()->server);
    }
    CHECK_FALSE(watch.saturated());
    for (int i = 0; i < 8; ++i)
        watch.answering(pairs[static_cast<std::size_t>(i)]->record);
    CHECK_FALSE(watch.saturated());
    watch.answering(pairs[8]->record);
    CHECK(watch.saturated());
    watch.waiting(pairs[8]->record);
    CHECK_FALSE(watch.saturated());
    for (const auto &pair : pairs)
        watch.closed(pair->record);
}

TEST_CASE("Phones connected are told apart by address, and counted a while after they close",
          "[watch]")
{
    ConnectionWatch watch(limits(std::chrono::milliseconds(0), 64));
    CHECK(watch.counts().phones == 0);
    Pair a1;
    Pair a2;
    Pair b;
    Pair unknown;
    a1.record = watch.opened(a1.server, "10.0.0.5");
    a2.record = watch.opened(a2.server, "10.0.0.5"); // the same phone, a second connection
    b.record = watch.opened(b.server, "10.0.0.6");
    unknown.record = watch.opened(unknown.server); // no address: not a phone we can tell
    CHECK(watch.counts().open == 4);
    CHECK(watch.counts().phones == 2);
    // Between its requests a phone holds no connection: still connected, for a while.
    watch.closed(a1.record);
    watch.closed(a2.record);
    watch.closed(b.record);
    watch.closed(unknown.record);
    CHECK(watch.counts().open == 0);
    CHECK(watch.counts().phones == 2);
}
