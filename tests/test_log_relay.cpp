// SPDX-License-Identifier: GPL-3.0-or-later
// LogRelay on its own: the messages a network thread posts reach the sink from the relay's
// thread, repeats summed up, and a sink that stops taking lines never holds up the poster.
#include "server/LogRelay.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QThread>

#include <catch2/catch.hpp>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

using namespace docket;
using namespace std::chrono_literals;

namespace {

// What the sink was given, and a gate that can hold it up as a full pipe would.
struct Lines
{
    std::mutex mutex;
    std::condition_variable changed;
    std::vector<QByteArray> lines;
    bool blocked = false;

    LogRelay::Sink sink()
    {
        return [this](const QByteArray &line) {
            std::unique_lock lock(mutex);
            changed.wait(lock, [this] { return !blocked; });
            lines.push_back(line);
            changed.notify_all();
        };
    }
    void setBlocked(bool value)
    {
        const std::lock_guard lock(mutex);
        blocked = value;
        changed.notify_all();
    }
    bool waitForCount(std::size_t count, int milliseconds)
    {
        std::unique_lock lock(mutex);
        return changed.wait_for(lock, std::chrono::milliseconds(milliseconds),
                                [&] { return lines.size() >= count; });
    }
    std::vector<QByteArray> taken()
    {
        const std::lock_guard lock(mutex);
        return lines;
    }
};

} // namespace

TEST_CASE("The first of a message is written at once, its repeats as one line", "[watch]")
{
    Lines out;
    {
        LogRelay relay(out.sink(), LogRelay::Options{300ms, 16});
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 5; ++i)
            relay.post("Connection was closed by remote side with incomplete request.\n");
        relay.post("Failed to bind\r\n");
        REQUIRE(out.waitForCount(2, 1000));
        CHECK(timer.elapsed() < 250); // not held for the window
        const std::vector<QByteArray> first = out.taken();
        CHECK(first[0] == "Connection was closed by remote side with incomplete request.");
        CHECK(first[1] == "Failed to bind");
        REQUIRE(out.waitForCount(3, 2000));
        CHECK(timer.elapsed() >= 250);
        CHECK(out.taken()[2] ==
              "Connection was closed by remote side with incomplete request. (and 4 more in 1 s)");
        // A new window: the same message is written at once again.
        relay.post("Failed to bind");
        REQUIRE(out.waitForCount(4, 1000));
        CHECK(out.taken()[3] == "Failed to bind");
        CHECK(relay.counts().posted == 7);
        CHECK(relay.counts().summarised == 4);
    }
    CHECK(out.taken().size() == 4); // "Failed to bind" once in its window: nothing to sum up
}

TEST_CASE("A sink that stops taking lines never holds up the threads that post", "[watch]")
{
    Lines out;
    out.setBlocked(true);
    std::optional<LogRelay> relay;
    relay.emplace(out.sink(), LogRelay::Options{200ms, 4});
    // Two network threads with a great deal to say, about every connection, while the sink is
    // stuck: a thousand different messages and a hundred thousand repeats.
    QElapsedTimer timer;
    timer.start();
    std::vector<std::thread> posters;
    for (int t = 0; t < 2; ++t)
        posters.emplace_back([&relay, t] {
            for (int i = 0; i < 50000; ++i)
                relay->post(i % 100 == 99 ? "client " + QByteArray::number(t * 1000 + i / 100)
                                          : QByteArray("Socket has been disconnected"));
        });
    for (std::thread &poster : posters)
        poster.join();
    CHECK(timer.elapsed() < 2000); // each post a lookup, never a wait for the sink
    const LogRelay::Counts stuck = relay->counts();
    CHECK(stuck.posted == 100000);
    CHECK(stuck.written == 0);
    CHECK(stuck.unlisted >= 1000 - 4);

    out.setBlocked(false);
    relay.reset(); // writes what is pending, then stops
    const std::vector<QByteArray> lines = out.taken();
    INFO(lines.size() << " lines");
    // At most four messages a window and one line for the rest: a few lines, not 100,000.
    CHECK(lines.size() <= 4 + 4 + 1);
    CHECK(lines.front() == "Socket has been disconnected");
    bool summedUp = false;
    for (const QByteArray &line : lines)
        summedUp = summedUp || (line.startsWith("Socket has been disconnected (and ") &&
                                line.contains(" more in "));
    CHECK(summedUp);
    CHECK(lines.back().endsWith(" not shown"));
}

TEST_CASE("Flushing writes the window's summary now, and waits for a stuck sink only so long",
          "[watch]")
{
    Lines out;
    LogRelay relay(out.sink(), LogRelay::Options{60s, 16});
    for (int i = 0; i < 3; ++i)
        relay.post("Server reached connection limit. Closing inbound connection.");
    QElapsedTimer timer;
    timer.start();
    relay.flush(2000ms);
    CHECK(timer.elapsed() < 1000); // the window of a minute was not waited for
    const std::vector<QByteArray> lines = out.taken();
    REQUIRE(lines.size() == 2);
    CHECK(lines[1] ==
          "Server reached connection limit. Closing inbound connection. (and 2 more in 1 s)");

    out.setBlocked(true);
    relay.post("Failed to send data");
    relay.post("Failed to send data");
    timer.restart();
    relay.flush(200ms);
    CHECK(timer.elapsed() >= 190);
    CHECK(timer.elapsed() < 1000);
    out.setBlocked(false);
    relay.flush(2000ms);
    CHECK(out.taken().size() == 4);
}
