// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/HttpMessage.h"

namespace docket {

namespace {
QByteArray findHeader(const std::vector<std::pair<QByteArray, QByteArray>> &headers,
                      QByteArrayView name)
{
    for (const auto &[key, value] : headers)
        if (key.size() == name.size() && qstrnicmp(key.constData(), name.data(), key.size()) == 0)
            return value;
    return {};
}
} // namespace

QByteArray HttpRequest::header(QByteArrayView name) const
{
    return findHeader(headers, name);
}

QByteArray HttpResponse::header(QByteArrayView name) const
{
    return findHeader(headers, name);
}

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &[key, existing] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            existing = value;
            return;
        }
    }
    headers.emplace_back(name, value);
}

HttpResponse plainTextResponse(int status, const QByteArray &text)
{
    HttpResponse response;
    response.status = status;
    response.setHeader("Content-Type", "text/plain; charset=utf-8");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.body = QByteArray::number(status) + ' ' + text + '\n';
    return response;
}

} // namespace docket
