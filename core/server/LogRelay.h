// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace docket {

// Messages from the server's network threads (libmicrohttpd's own, one per odd connection),
// written by a thread of their own, so that a log that does not take them stops nothing but
// the log. Writing to stderr blocks once it is a pipe nobody reads, a terminal paused with
// Ctrl+S, a supervisor that fell behind: a network thread that wrote there itself would stop
// serving the whole hall, and under attack libmicrohttpd has something to say about every
// connection it closes.
// - post() never waits for the sink: it only counts, under a mutex held for a lookup;
// - the first of each message in a window is written at once, its repeats as one line at the
//   end of the window ("... (and 738 more in 10 s)");
// - at most `maxDistinct` different messages a window, the rest only counted: whatever the
//   clients do, the log grows by a few lines a window and the relay by a few kilobytes.
class LogRelay
{
public:
    using Sink = std::function<void(const QByteArray &line)>;
    struct Options
    {
        std::chrono::milliseconds window{10000};
        std::size_t maxDistinct = 16;
    };

    LogRelay(Sink sink, const Options &options);
    // Writes what is still pending, then stops (waits for the sink to take it).
    ~LogRelay();
    LogRelay(const LogRelay &) = delete;
    LogRelay &operator=(const LogRelay &) = delete;

    // libmicrohttpd's: to qWarning, prefixed "http: ". Made on first use and never destroyed,
    // so that no server ever waits for it to stop: its writer may be stuck for good in a write
    // to a stderr nobody reads.
    static LogRelay &library();

    // From any thread; trailing line breaks are dropped.
    void post(QByteArrayView message);
    // Ends the window now, so that its summary is written, and waits at most `atMost` for the
    // sink to take what is pending (a server that stops says what it had to say, if it can).
    void flush(std::chrono::milliseconds atMost);

    struct Counts
    {
        std::uint64_t posted = 0;
        std::uint64_t written = 0;    // lines handed to the sink, summaries included
        std::uint64_t summarised = 0; // repeats written as part of a summary line
        std::uint64_t unlisted = 0;   // beyond maxDistinct: counted, never written
    };
    Counts counts() const;

private:
    struct Entry
    {
        QByteArray text;
        std::uint64_t repeats = 0; // after the first, in this window
    };

    void run();
    // The lines that close the window, and a new window; under the mutex.
    std::vector<QByteArray> closeWindow();

    const Sink m_sink;
    const Options m_options;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    bool m_flushing = false; // end the window without waiting for its end
    bool m_writing = false;  // lines taken out, not all handed to the sink yet
    std::condition_variable m_written;
    std::vector<Entry> m_window;      // the messages seen since the window began
    std::vector<QByteArray> m_outbox; // first occurrences, not written yet
    std::uint64_t m_unlistedInWindow = 0;
    std::chrono::steady_clock::time_point m_windowStart;
    Counts m_counts;
    std::thread m_thread;
};

} // namespace docket
