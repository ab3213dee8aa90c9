// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/Curl.h"

#include "support/TempLibrary.h"

#include <QFile>
#include <QProcess>

#include <catch2/catch.hpp>

namespace testsupport {

ProcessResult runProcess(const QString &program, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForStarted(10000));
    const bool finished = process.waitForFinished(timeoutMs);
    if (!finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    REQUIRE(finished);
    ProcessResult result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

ProcessResult runCurl(const QStringList &arguments)
{
    // Only ever 127.0.0.1: a proxy from the environment must not get in the way.
    return runProcess(QStringLiteral("curl"),
                      QStringList{QStringLiteral("--noproxy"), QStringLiteral("*"),
                                  QStringLiteral("--max-time"), QStringLiteral("20")} +
                          arguments);
}

QByteArray HttpResult::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

HttpResult curlFetch(const QString &url, const QStringList &extraArguments)
{
    const TempFolder scratch;
    const QString headerFile = scratch.filePath(QStringLiteral("headers"));
    const QString bodyFile = scratch.filePath(QStringLiteral("body"));
    const ProcessResult run =
        runCurl(QStringList{QStringLiteral("-s"), QStringLiteral("-S"), QStringLiteral("-D"),
                            headerFile, QStringLiteral("-o"), bodyFile, QStringLiteral("-w"),
                            QStringLiteral("%{http_code}")} +
                extraArguments + QStringList{url});
    INFO("curl " << url.toStdString() << ": " << run.err.toStdString());
    REQUIRE(run.exitCode == 0);

    HttpResult result;
    bool ok = false;
    result.status = run.out.trimmed().toInt(&ok);
    REQUIRE(ok);
    // With keep-alive several responses may be in the file: the last block is ours.
    const QList<QByteArray> blocks = readFile(headerFile).split('\n');
    QList<QByteArray> current;
    for (const QByteArray &rawLine : blocks) {
        const QByteArray line = rawLine.trimmed();
        if (line.startsWith("HTTP/")) {
            current.clear();
            result.headerBlock.clear();
        }
        if (line.isEmpty())
            continue;
        current.append(line);
        result.headerBlock += line + "\r\n";
    }
    for (const QByteArray &line : current) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            result.headers.emplace_back(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
    }
    if (QFile::exists(bodyFile))
        result.body = readFile(bodyFile);
    return result;
}

} // namespace testsupport
