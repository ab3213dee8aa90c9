// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <list>
#include <mutex>
#include <thread>
#include <vector>

namespace docket {

// Every open connection of one server, and whether it is waiting for a request or answering
// one, so that slow clients cannot hold the descriptors a hall of phones needs:
// - a request (its headers, and the PIN form's body) must have arrived within a deadline of the
//   moment the connection opened or its previous answer was done, however slowly its bytes
//   trickle in (libmicrohttpd's idle timeout restarts with every byte: slowloris);
// - when connections run short, the waiting ones are cut first, the longest waiting first, so
//   that a newcomer always gets in;
// - a connection that is answering (a download, a page image being drawn) is not cut to make
//   room, but it has a send deadline: a grace period plus its answer's size at a minimum rate
//   (a client that reads a byte a second restarts libmicrohttpd's idle timeout with every
//   window update and would otherwise hold its connection for days).
//
// The transport reports what happens from its own threads (opened, answering, waiting again,
// closed). A watchdog thread cuts connections with shutdown(2), never close(2): the transport
// sees the end of the stream and closes the socket itself (libmicrohttpd 0.9.75's epoll loop
// gets EPOLLHUP for a socket shut down both ways and closes it in the same round; Counts::cut
// says how many it has yet to close). Its mutex makes that safe: the transport forgets a
// connection under it before it closes the socket, so a socket number is never shut down once
// it may belong to another connection.
class ConnectionWatch
{
public:
    using Clock = std::chrono::steady_clock;

    struct Limits
    {
        std::chrono::milliseconds requestDeadline{10000}; // 0: no deadline
        unsigned connectionLimit = 4096;                  // what the transport accepts at most
        // An answer must be sent within sendGrace + its bytes / minSendRate of its start: 120 s
        // and 2 KB/s, below what a phone on the most crowded hall Wi-Fi gets (a 10 MB PDF may
        // take 87 minutes). minSendRate 0: no send deadline.
        std::chrono::milliseconds sendGrace{120000};
        std::uint64_t minSendRate = 2048; // bytes a second
    };

    // Above highWater(limit) open connections (90%), waiting ones are cut until lowWater(limit)
    // remain (2% of the limit fewer); the rest up to the limit is the room newcomers get in by.
    static unsigned highWater(unsigned connectionLimit);
    static unsigned lowWater(unsigned connectionLimit);
    // A connection is never cut to make room before it has waited this long: time for a phone
    // to send its request after connecting, a lost packet or two included.
    static constexpr std::chrono::milliseconds kShedGrace{500};

    enum class Phase
    {
        Waiting,   // for a request, or for the rest of one
        Answering, // the request arrived whole; not cut, whatever it takes
        Streaming, // an event stream (a phone following the meeting): no deadline, no
                   // send deadline; the transport bounds how many there are
        Cut        // shut down by the watchdog; the transport has yet to close it
    };

    // One per socket; made by opened() and deleted by closed().
    struct Connection
    {
        // For the transport, touched only by the thread that serves this connection: the
        // request target as it came (see HttpServer), before libmicrohttpd splits it.
        const char *targetAt = nullptr;
        QByteArray target;

        // The watch's, under its mutex.
        ConnectionWatch *watch = nullptr;
        int socket = -1;
        Phase phase = Phase::Waiting;
        Clock::time_point since;                   // when it started waiting, or answering
        Clock::time_point sendBy;                  // answering: the send deadline
        std::list<Connection *>::iterator inQueue; // its place among the waiting, when waiting
        std::size_t slot = 0;                      // its place in m_all
        QByteArray client; // who opened it (see clientKey), empty when not tracked
    };

    explicit ConnectionWatch(const Limits &limits);
    // Stops the watchdog and forgets connections still open (the transport has closed them).
    ~ConnectionWatch();
    ConnectionWatch(const ConnectionWatch &) = delete;
    ConnectionWatch &operator=(const ConnectionWatch &) = delete;

    // Accepted: waiting for its first request. `client` (a phone's address, see clientKey)
    // counts it among the phones connected (Counts::phones).
    Connection *opened(int socket, const QByteArray &client = {});
    // Its answer is on its way, `bytes` long as far as known (0 while a page image is drawn):
    // called again once the size is known, it moves the send deadline accordingly.
    void answering(Connection *connection, std::uint64_t bytes = 0);
    // Its answer is an event stream, open for as long as the phone follows: neither the request
    // deadline nor a send deadline applies, and it does not count as answering (saturated()).
    void streaming(Connection *connection);
    void waiting(Connection *connection); // its answer is done: waiting for the next request
    void closed(Connection *connection);  // before the transport closes the socket

    // So many connections are answering that a newcomer would wait for one of them to end:
    // it is better told to come back (503) at once.
    bool saturated() const;

    struct Counts
    {
        unsigned open = 0;           // not closed by the transport yet, cut ones included
        unsigned waiting = 0;        // for a request
        unsigned answering = 0;      // a response on its way
        unsigned streaming = 0;      // event streams
        unsigned cut = 0;            // shut down by the watch, not closed by the transport yet
        std::uint64_t overdue = 0;   // cut since the start: request not there by the deadline
        std::uint64_t shed = 0;      // cut since the start to make room, before their deadline
        std::uint64_t slowReads = 0; // cut since the start: answer not sent by its deadline
        // Phones connected now: distinct clients with a connection open, or one closed within
        // kPhoneWindow (a phone reading a page holds no connection between its requests).
        unsigned phones = 0;
    };
    Counts counts() const;
    static constexpr std::chrono::seconds kPhoneWindow{120};
    static constexpr int kMaxClients = 16384; // beyond it, newcomers are not counted

private:
    void watch();
    void cutDue(Clock::time_point now);
    void cut(Connection *connection);
    void cutSlowReads(Clock::time_point now);

    struct Client
    {
        unsigned open = 0;
        Clock::time_point lastSeen;
    };
    QHash<QByteArray, Client> m_clients; // under m_mutex

    const Limits m_limits;
    const unsigned m_highWater;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    bool m_shedding = false;           // above the high-water mark, and not yet down to the low one
    std::list<Connection *> m_waiting; // oldest first: every connection joins it at the back
    std::vector<Connection *> m_all;   // every open one, for the destructor
    unsigned m_open = 0;
    unsigned m_cutPending = 0;
    unsigned m_answering = 0;
    unsigned m_streaming = 0;
    std::uint64_t m_overdue = 0;
    std::uint64_t m_shed = 0;
    std::uint64_t m_slowReads = 0;
    Clock::time_point m_nextSendCheck;
    std::thread m_thread;
};

} // namespace docket
