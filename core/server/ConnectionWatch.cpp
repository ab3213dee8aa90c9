// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/ConnectionWatch.h"

#include <algorithm>
#include <sys/socket.h>

namespace docket {

unsigned ConnectionWatch::highWater(unsigned connectionLimit)
{
    // A tenth of the limit stays free for newcomers (and for the 503 that tells them to come
    // back when everything else is answering).
    if (connectionLimit < 2)
        return connectionLimit;
    return connectionLimit - std::max(1u, connectionLimit / 10);
}

unsigned ConnectionWatch::lowWater(unsigned connectionLimit)
{
    // A little below the high-water mark, not far: each round of cutting takes the longest
    // waiting, which under attack include phones' idle keep-alive connections, and clients that
    // reconnect as soon as they are cut take back whatever is freed anyway (how often that
    // happens is set by the attacker: its connections above the mark over its reconnect delay).
    const unsigned high = highWater(connectionLimit);
    return high - std::min(high, std::max(1u, connectionLimit / 50));
}

ConnectionWatch::ConnectionWatch(const Limits &limits)
    : m_limits(limits), m_highWater(highWater(limits.connectionLimit))
{
    m_thread = std::thread([this] { watch(); });
}

ConnectionWatch::~ConnectionWatch()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
    for (Connection *connection : m_all)
        delete connection;
}

ConnectionWatch::Connection *ConnectionWatch::opened(int socket, const QByteArray &client)
{
    auto *connection = new Connection;
    connection->watch = this;
    connection->socket = socket;
    const std::lock_guard lock(m_mutex);
    connection->since = Clock::now();
    if (!client.isEmpty()) {
        auto seen = m_clients.find(client);
        if (seen == m_clients.end() && m_clients.size() >= kMaxClients) {
            // A hall has some hundreds of phones: only a flood gets here. Those long gone go.
            for (auto it = m_clients.begin(); it != m_clients.end();)
                it = it->open == 0 && connection->since - it->lastSeen > kPhoneWindow
                         ? m_clients.erase(it)
                         : std::next(it);
        }
        if (seen != m_clients.end() || m_clients.size() < kMaxClients) {
            if (seen == m_clients.end())
                seen = m_clients.insert(client, {});
            ++seen->open;
            seen->lastSeen = connection->since;
            connection->client = client;
        }
    }
    connection->inQueue = m_waiting.insert(m_waiting.end(), connection);
    connection->slot = m_all.size();
    m_all.push_back(connection);
    ++m_open;
    // Newcomers must not wait for the watchdog's next round to find room.
    if (m_open - m_cutPending > m_highWater)
        m_wake.notify_one();
    return connection;
}

void ConnectionWatch::answering(Connection *connection, std::uint64_t bytes)
{
    const std::lock_guard lock(m_mutex);
    if (connection->phase == Phase::Cut || connection->phase == Phase::Streaming)
        return; // a cut connection stays cut; a stream has no deadline
    if (connection->phase == Phase::Waiting) {
        m_waiting.erase(connection->inQueue);
        connection->phase = Phase::Answering;
        connection->since = Clock::now();
        ++m_answering;
    }
    if (m_limits.minSendRate > 0) {
        const auto sending = std::chrono::milliseconds(
            std::min<std::uint64_t>(bytes, std::uint64_t{1} << 40) * 1000 / m_limits.minSendRate);
        connection->sendBy =
            std::max(connection->sendBy, connection->since + m_limits.sendGrace + sending);
    }
}

void ConnectionWatch::cutSlowReads(Clock::time_point now)
{
    if (m_limits.minSendRate == 0 || now < m_nextSendCheck)
        return;
    // Once a second is enough for deadlines of minutes; every connection, answering ones are
    // not in a queue of their own.
    m_nextSendCheck = now + std::chrono::seconds(1);
    for (Connection *connection : m_all) {
        if (connection->phase != Phase::Answering || connection->sendBy > now)
            continue;
        connection->phase = Phase::Cut;
        --m_answering;
        ++m_cutPending;
        ++m_slowReads;
        ::shutdown(connection->socket, SHUT_RDWR);
    }
}

void ConnectionWatch::streaming(Connection *connection)
{
    const std::lock_guard lock(m_mutex);
    if (connection->phase == Phase::Cut || connection->phase == Phase::Streaming)
        return;
    if (connection->phase == Phase::Waiting)
        m_waiting.erase(connection->inQueue);
    else
        --m_answering;
    connection->phase = Phase::Streaming;
    connection->since = Clock::now();
    connection->sendBy = {};
    ++m_streaming;
}

void ConnectionWatch::waiting(Connection *connection)
{
    const std::lock_guard lock(m_mutex);
    if (connection->phase == Phase::Streaming)
        --m_streaming;
    else if (connection->phase == Phase::Answering)
        --m_answering;
    else
        return;
    connection->phase = Phase::Waiting;
    connection->since = Clock::now();
    connection->sendBy = {};
    // The newest waiting, so the back of the queue: the queue stays in order of `since`.
    connection->inQueue = m_waiting.insert(m_waiting.end(), connection);
}

void ConnectionWatch::closed(Connection *connection)
{
    {
        const std::lock_guard lock(m_mutex);
        switch (connection->phase) {
        case Phase::Waiting:
            m_waiting.erase(connection->inQueue);
            break;
        case Phase::Answering:
            --m_answering;
            break;
        case Phase::Streaming:
            --m_streaming;
            break;
        case Phase::Cut:
            --m_cutPending;
            break;
        }
        --m_open;
        if (!connection->client.isEmpty())
            if (const auto seen = m_clients.find(connection->client); seen != m_clients.end()) {
                --seen->open;
                seen->lastSeen = Clock::now();
            }
        Connection *last = m_all.back();
        last->slot = connection->slot;
        m_all[connection->slot] = last;
        m_all.pop_back();
    }
    delete connection;
}

bool ConnectionWatch::saturated() const
{
    const std::lock_guard lock(m_mutex);
    return m_answering >= m_highWater;
}

ConnectionWatch::Counts ConnectionWatch::counts() const
{
    const std::lock_guard lock(m_mutex);
    Counts counts;
    counts.open = m_open;
    counts.waiting = static_cast<unsigned>(m_waiting.size());
    counts.answering = m_answering;
    counts.streaming = m_streaming;
    counts.cut = m_cutPending;
    counts.overdue = m_overdue;
    counts.shed = m_shed;
    counts.slowReads = m_slowReads;
    const Clock::time_point now = Clock::now();
    for (const Client &client : m_clients)
        counts.phones += client.open > 0 || now - client.lastSeen <= kPhoneWindow;
    return counts;
}

void ConnectionWatch::watch()
{
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        const Clock::time_point now = Clock::now();
        cutDue(now);
        cutSlowReads(now);
        // Asleep until the oldest waiting connection is due, or at most a second (a new one
        // is due a whole deadline later); opened() wakes it sooner under pressure.
        Clock::time_point next = now + std::chrono::seconds(1);
        if (m_limits.requestDeadline.count() > 0) {
            if (!m_waiting.empty())
                next = std::min(next, m_waiting.front()->since + m_limits.requestDeadline);
            next = std::min(next, now + m_limits.requestDeadline);
        }
        // Still short of room, with only connections too young to cut: until the oldest is not.
        if (m_shedding && !m_waiting.empty())
            next = std::min(next, std::max(now + std::chrono::milliseconds(1),
                                           m_waiting.front()->since + kShedGrace));
        m_wake.wait_until(lock, next);
    }
}

void ConnectionWatch::cutDue(Clock::time_point now)
{
    if (m_limits.requestDeadline.count() > 0) {
        while (!m_waiting.empty() && m_waiting.front()->since + m_limits.requestDeadline <= now) {
            cut(m_waiting.front());
            ++m_overdue;
        }
    }
    // Above the high-water mark, cutting goes on, round after round, down to the low-water one.
    const unsigned target = lowWater(m_limits.connectionLimit);
    if (m_open - m_cutPending > m_highWater)
        m_shedding = true;
    // Never one that has not had a moment to send its request: the newcomer the room is made
    // for would be the first to go when nothing else waits.
    while (m_shedding && !m_waiting.empty() && m_open - m_cutPending > target &&
           m_waiting.front()->since + kShedGrace <= now) {
        cut(m_waiting.front());
        ++m_shed;
    }
    if (m_open - m_cutPending <= target)
        m_shedding = false;
}

void ConnectionWatch::cut(Connection *connection)
{
    // Under the mutex, so the socket is still this connection's: closed() has not run yet.
    m_waiting.erase(connection->inQueue);
    connection->phase = Phase::Cut;
    ++m_cutPending;
    ::shutdown(connection->socket, SHUT_RDWR);
}

} // namespace docket
