// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <cstdint>
#include <utility>

namespace testsupport {

// A response as it came over a raw socket.
struct RawResponse
{
    int status = 0; // 0: no status line came
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // Case-insensitive; the first header of that name, or a null QByteArray.
    QByteArray header(QByteArrayView name) const;
};

// A TCP client to 127.0.0.1 that sends exactly the bytes a test gives it, from a chosen
// 127.x.y.z source address (each address is another phone to the server's per-address cap),
// and reads what comes back: for requests curl will not send, and for clients that misbehave on
// purpose (slow, silent, many).
class RawClient
{
public:
    // Connects at once (blocking); `receiveBuffer` > 0 shrinks the socket's receive buffer
    // first, for a client that reads slowly. `connectTimeoutMs` > 0 bounds the connect, which
    // otherwise waits as long as the kernel retries a SYN that a full listen queue dropped.
    explicit RawClient(std::uint16_t port, const char *sourceAddress = "127.0.0.1",
                       int receiveBuffer = 0, int connectTimeoutMs = 0);
    ~RawClient();
    RawClient(const RawClient &) = delete;
    RawClient &operator=(const RawClient &) = delete;

    bool connected() const { return m_connected; }
    int socket() const { return m_fd; }
    bool send(QByteArrayView bytes);

    // Reads one response: its headers and as much body as Content-Length says (none for HEAD
    // answers and 304s when `headOnly`), or until the server closes or the time is up. What
    // comes after it stays for the next call (keep-alive).
    RawResponse readResponse(int milliseconds, bool headOnly = false);
    // Up to `limit` bytes, whatever arrives within the time.
    QByteArray readSome(int milliseconds, qsizetype limit);
    // Waits until the server has ended the connection (end of stream or reset), discarding what
    // it sent; false if it is still open when the time is up.
    bool waitClosed(int milliseconds);
    // Ended by the server already (checked without waiting)?
    bool closedByServer();

private:
    // Appends what arrives within the time to m_pending; false once the stream has ended.
    bool fill(int milliseconds);

    int m_fd = -1;
    bool m_connected = false;
    bool m_ended = false;
    QByteArray m_pending;
};

} // namespace testsupport
