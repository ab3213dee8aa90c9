// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <sys/types.h>

namespace testsupport {

// Headless Chromium (Debian's, installed by tools/dev) driven over its DevTools pipe
// (--remote-debugging-pipe: commands on descriptor 3, answers and events on 4, each message
// JSON ended by a NUL byte), with the flags that keep it off the network. Only 127.0.0.1 is
// ever visited. Every wait is bounded.
class DevToolsBrowser
{
public:
    // `profile`: an empty folder of its own (cookies, cache).
    explicit DevToolsBrowser(const QString &profile);
    ~DevToolsBrowser();
    DevToolsBrowser(const DevToolsBrowser &) = delete;
    DevToolsBrowser &operator=(const DevToolsBrowser &) = delete;

    // Sends a command and waits (bounded) for its answer; events in between are skipped.
    // REQUIREs an answer without error.
    QJsonObject call(const QString &method, const QJsonObject &params, const QString &session = {});
    // The value of a script run in the page; with `awaitPromise`, the value its promise gives.
    QJsonValue evaluate(const QString &session, const QString &expression,
                        bool awaitPromise = false);
    // Until the expression is true in the page (bounded).
    bool waitFor(const QString &session, const QString &expression, int milliseconds = 20000);
    // A page of its own, its DevTools session.
    QString openTab();

private:
    pid_t m_pid = -1;
    int m_commands = -1;
    int m_answers = -1;
    int m_nextId = 1;
    QByteArray m_buffer;
};

// A JavaScript string literal holding `text` (JSON's string syntax is JavaScript's).
QString jsString(const QString &text);

} // namespace testsupport
