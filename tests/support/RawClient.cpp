// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/RawClient.h"

#include <QDeadlineTimer>

#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace testsupport {

QByteArray RawResponse::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name.toByteArray(), Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

RawClient::RawClient(std::uint16_t port, const char *sourceAddress, int receiveBuffer,
                     int connectTimeoutMs)
{
    m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_fd < 0)
        return;
    if (receiveBuffer > 0)
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUF, &receiveBuffer, sizeof receiveBuffer);
    sockaddr_in source{};
    source.sin_family = AF_INET;
    if (::inet_pton(AF_INET, sourceAddress, &source.sin_addr) != 1 ||
        ::bind(m_fd, reinterpret_cast<sockaddr *>(&source), sizeof source) != 0)
        return;
    sockaddr_in server{};
    server.sin_family = AF_INET;
    server.sin_port = htons(port);
    server.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (connectTimeoutMs <= 0) {
        m_connected = ::connect(m_fd, reinterpret_cast<sockaddr *>(&server), sizeof server) == 0;
        return;
    }
    const int flags = ::fcntl(m_fd, F_GETFL);
    ::fcntl(m_fd, F_SETFL, flags | O_NONBLOCK);
    if (::connect(m_fd, reinterpret_cast<sockaddr *>(&server), sizeof server) == 0) {
        m_connected = true;
    } else if (errno == EINPROGRESS) {
        pollfd p{m_fd, POLLOUT, 0};
        int error = 0;
        socklen_t length = sizeof error;
        m_connected = ::poll(&p, 1, connectTimeoutMs) == 1 &&
                      ::getsockopt(m_fd, SOL_SOCKET, SO_ERROR, &error, &length) == 0 && error == 0;
    }
    ::fcntl(m_fd, F_SETFL, flags);
}

RawClient::~RawClient()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool RawClient::send(QByteArrayView bytes)
{
    qsizetype sent = 0;
    while (sent < bytes.size()) {
        const ssize_t n = ::send(m_fd, bytes.data() + sent,
                                 static_cast<size_t>(bytes.size() - sent), MSG_NOSIGNAL);
        if (n <= 0)
            return false;
        sent += n;
    }
    return true;
}

bool RawClient::fill(int milliseconds)
{
    if (m_ended)
        return false;
    pollfd p{m_fd, POLLIN, 0};
    if (::poll(&p, 1, std::max(0, milliseconds)) <= 0)
        return true;
    char buffer[65536];
    const ssize_t got = ::recv(m_fd, buffer, sizeof buffer, 0);
    if (got <= 0) {
        m_ended = true;
        return false;
    }
    m_pending.append(buffer, got);
    return true;
}

RawResponse RawClient::readResponse(int milliseconds, bool headOnly)
{
    RawResponse response;
    const QDeadlineTimer deadline(milliseconds);
    qsizetype end = -1;
    while ((end = m_pending.indexOf("\r\n\r\n")) < 0) {
        if (deadline.hasExpired() || !fill(static_cast<int>(deadline.remainingTime())))
            break;
    }
    if (end < 0) {
        m_pending.clear();
        return response;
    }
    const QList<QByteArray> lines = m_pending.left(end).split('\n');
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    if (statusLine.size() >= 2 && statusLine[0].startsWith("HTTP/"))
        response.status = statusLine[1].toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            response.headers.append(
                {lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
    }
    m_pending.remove(0, end + 4);
    const qsizetype length =
        headOnly || response.status == 304 ? 0 : response.header("Content-Length").toLongLong();
    while (m_pending.size() < length) {
        if (deadline.hasExpired() || !fill(static_cast<int>(deadline.remainingTime())))
            break;
    }
    response.body = m_pending.left(length);
    m_pending.remove(0, response.body.size());
    return response;
}

QByteArray RawClient::readSome(int milliseconds, qsizetype limit)
{
    const QDeadlineTimer deadline(milliseconds);
    while (m_pending.size() < limit && !deadline.hasExpired())
        if (!fill(static_cast<int>(deadline.remainingTime())))
            break;
    const QByteArray out = m_pending.left(limit);
    m_pending.remove(0, out.size());
    return out;
}

bool RawClient::waitClosed(int milliseconds)
{
    const QDeadlineTimer deadline(milliseconds);
    while (!m_ended) {
        if (deadline.hasExpired())
            return false;
        fill(static_cast<int>(deadline.remainingTime()));
        m_pending.clear();
    }
    return true;
}

bool RawClient::closedByServer()
{
    while (!m_ended) {
        pollfd p{m_fd, POLLIN, 0};
        if (::poll(&p, 1, 0) <= 0)
            return false;
        fill(0);
        m_pending.clear();
    }
    return true;
}

} // namespace testsupport
