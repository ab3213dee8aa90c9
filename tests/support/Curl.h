// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace testsupport {

struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs a program to completion (REQUIREs that it finishes within the timeout).
ProcessResult runProcess(const QString &program, const QStringList &arguments,
                         int timeoutMs = 30000);

// curl with no proxy, no retries and a time limit; the arguments are appended.
ProcessResult runCurl(const QStringList &arguments);

struct HttpResult
{
    int status = 0;
    QByteArray headerBlock; // the last response's status line and headers, as received
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // Case-insensitive; the first header of that name, or a null QByteArray.
    QByteArray header(QByteArrayView name) const;
};

// One request with curl: the status, the headers of the (last) response and the body.
HttpResult curlFetch(const QString &url, const QStringList &extraArguments = {});

} // namespace testsupport
