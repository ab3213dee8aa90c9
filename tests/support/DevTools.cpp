// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/DevTools.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QStandardPaths>
#include <QThread>

#include <catch2/catch.hpp>

#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace testsupport {

DevToolsBrowser::DevToolsBrowser(const QString &profile)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("chromium"));
    INFO("headless Chromium (Debian package chromium, installed by tools/dev) is needed");
    REQUIRE_FALSE(program.isEmpty());
    const QList<QByteArray> arguments{program.toLocal8Bit(),
                                      "--headless",
                                      "--no-sandbox",
                                      "--disable-gpu",
                                      "--disable-quic",
                                      "--no-first-run",
                                      "--disable-background-networking",
                                      "--disable-component-update",
                                      "--disable-sync",
                                      "--remote-debugging-pipe",
                                      "--window-size=390,844",
                                      "--user-data-dir=" + profile.toLocal8Bit(),
                                      "about:blank"};
    std::vector<char *> argv;
    for (const QByteArray &argument : arguments)
        argv.push_back(const_cast<char *>(argument.constData()));
    argv.push_back(nullptr);
    int commands[2];
    int answers[2];
    REQUIRE(::pipe2(commands, O_CLOEXEC) == 0);
    REQUIRE(::pipe2(answers, O_CLOEXEC) == 0);
    m_pid = ::fork();
    REQUIRE(m_pid >= 0);
    if (m_pid == 0) {
        // Only async-signal-safe calls between fork and exec (the test has threads).
        ::dup2(commands[0], 3);
        ::dup2(answers[1], 4);
        const int null = ::open("/dev/null", O_WRONLY);
        ::dup2(null, 1);
        ::dup2(null, 2);
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    ::close(commands[0]);
    ::close(answers[1]);
    m_commands = commands[1];
    m_answers = answers[0];
}

DevToolsBrowser::~DevToolsBrowser()
{
    ::close(m_commands);
    ::close(m_answers);
    ::kill(m_pid, SIGKILL);
    ::waitpid(m_pid, nullptr, 0);
}

QJsonObject DevToolsBrowser::call(const QString &method, const QJsonObject &params,
                                  const QString &session)
{
    const int id = m_nextId++;
    QJsonObject message{{QStringLiteral("id"), id},
                        {QStringLiteral("method"), method},
                        {QStringLiteral("params"), params}};
    if (!session.isEmpty())
        message.insert(QStringLiteral("sessionId"), session);
    const QByteArray bytes = QJsonDocument(message).toJson(QJsonDocument::Compact) + '\0';
    REQUIRE(::write(m_commands, bytes.constData(), static_cast<size_t>(bytes.size())) ==
            bytes.size());
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 30000) {
        const qsizetype end = m_buffer.indexOf('\0');
        if (end >= 0) {
            const QJsonObject answer = QJsonDocument::fromJson(m_buffer.left(end)).object();
            m_buffer.remove(0, end + 1);
            if (answer.value(QStringLiteral("id")).toInt() != id)
                continue;
            INFO(method.toStdString() << ": " << QJsonDocument(answer).toJson().toStdString());
            REQUIRE_FALSE(answer.contains(QStringLiteral("error")));
            return answer.value(QStringLiteral("result")).toObject();
        }
        pollfd readable{m_answers, POLLIN, 0};
        if (::poll(&readable, 1, 200) <= 0)
            continue;
        char chunk[65536];
        const ssize_t got = ::read(m_answers, chunk, sizeof chunk);
        REQUIRE(got > 0); // Chromium still there
        m_buffer.append(chunk, got);
    }
    FAIL("no answer from Chromium to " << method.toStdString());
    return {};
}

QJsonValue DevToolsBrowser::evaluate(const QString &session, const QString &expression,
                                     bool awaitPromise)
{
    const QJsonObject result = call(QStringLiteral("Runtime.evaluate"),
                                    {{QStringLiteral("expression"), expression},
                                     {QStringLiteral("returnByValue"), true},
                                     {QStringLiteral("awaitPromise"), awaitPromise}},
                                    session);
    // A script that threw is a failure of the test, not an undefined value to go on with.
    INFO("script: " << expression.left(200).toStdString() << "\n"
                    << QJsonDocument(result.value(QStringLiteral("exceptionDetails")).toObject())
                           .toJson()
                           .toStdString());
    REQUIRE_FALSE(result.contains(QStringLiteral("exceptionDetails")));
    return result.value(QStringLiteral("result")).toObject().value(QStringLiteral("value"));
}

bool DevToolsBrowser::waitFor(const QString &session, const QString &expression, int milliseconds)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < milliseconds) {
        if (evaluate(session, expression).toBool())
            return true;
        QThread::msleep(100);
    }
    return false;
}

QString DevToolsBrowser::openTab()
{
    const QString target = call(QStringLiteral("Target.createTarget"),
                                {{QStringLiteral("url"), QStringLiteral("about:blank")}})
                               .value(QStringLiteral("targetId"))
                               .toString();
    REQUIRE_FALSE(target.isEmpty());
    const QString session =
        call(QStringLiteral("Target.attachToTarget"),
             {{QStringLiteral("targetId"), target}, {QStringLiteral("flatten"), true}})
            .value(QStringLiteral("sessionId"))
            .toString();
    REQUIRE_FALSE(session.isEmpty());
    return session;
}

QString jsString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

} // namespace testsupport
