// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf/RenderWorker.h"

#include "pdf/PageRenderer.h"
#include "pdf/PopplerSetup.h"
#include "util/Error.h"

#include <QFileInfo>
#include <QJsonDocument>

#include <cerrno>
#include <cstdlib>
#include <memory>
#include <new>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace docket {

namespace renderprotocol {

QByteArray frame(const QByteArray &payload)
{
    const auto size = static_cast<quint32>(payload.size());
    QByteArray out;
    out.reserve(payload.size() + 4);
    out.append(static_cast<char>((size >> 24) & 0xff));
    out.append(static_cast<char>((size >> 16) & 0xff));
    out.append(static_cast<char>((size >> 8) & 0xff));
    out.append(static_cast<char>(size & 0xff));
    out.append(payload);
    return out;
}

QByteArray request(const QString &pdfPath, int page, int width, bool webp)
{
    const QJsonObject object{{QStringLiteral("path"), pdfPath},
                             {QStringLiteral("page"), page},
                             {QStringLiteral("width"), width},
                             {QStringLiteral("webp"), webp}};
    return frame(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

quint32 length(const char header[4])
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(header);
    return (quint32(bytes[0]) << 24) | (quint32(bytes[1]) << 16) | (quint32(bytes[2]) << 8) |
           quint32(bytes[3]);
}

} // namespace renderprotocol

namespace {

bool readAll(int fd, char *into, size_t size)
{
    size_t done = 0;
    while (done < size) {
        const ssize_t got = ::read(fd, into + done, size - done);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            return false;
        done += static_cast<size_t>(got);
    }
    return true;
}

bool writeAll(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t sent = ::send(fd, bytes.constData() + done,
                                    static_cast<size_t>(bytes.size() - done), MSG_NOSIGNAL);
        if (sent < 0 && errno == EINTR)
            continue;
        if (sent <= 0)
            return false;
        done += sent;
    }
    return true;
}

// Stand-ins for the pages that break a renderer, so that tests can make a worker misbehave on
// purpose: DOCKET_RENDER_FAULT=hang|crash|memory, or hang:N for page N only. Nothing sets it
// in use.
void misbehaveIfAsked(int page)
{
    const QByteArray fault = qgetenv("DOCKET_RENDER_FAULT");
    if (fault.isEmpty())
        return;
    const QList<QByteArray> parts = fault.split(':');
    if (parts.size() > 1 && parts[1].toInt() != page)
        return;
    if (parts[0] == "hang")
        for (;;)
            ::pause();
    if (parts[0] == "crash")
        std::abort();
    if (parts[0] == "memory") {
        std::vector<std::unique_ptr<char[]>> hoard;
        for (;;) {
            hoard.push_back(std::make_unique<char[]>(64 << 20)); // until the limit says no
            hoard.back()[0] = 1;
        }
    }
}

QByteArray failure(const char *kind, const QString &message)
{
    return renderprotocol::frame(
        QJsonDocument(QJsonObject{{QStringLiteral("ok"), false},
                                  {QStringLiteral("kind"), QString::fromLatin1(kind)},
                                  {QStringLiteral("message"), message}})
            .toJson(QJsonDocument::Compact));
}

} // namespace

int RenderWorker::serve(int fd)
{
    silencePoppler();
    DocumentRenderer renderer;
    for (;;) {
        char header[4];
        if (!readAll(fd, header, sizeof header))
            return 0; // the pool closed its end: done
        const quint32 size = renderprotocol::length(header);
        if (size > renderprotocol::kMaxHeader)
            return 2;
        QByteArray payload(static_cast<qsizetype>(size), Qt::Uninitialized);
        if (!readAll(fd, payload.data(), size))
            return 0;
        const QJsonObject request = QJsonDocument::fromJson(payload).object();
        const QString path = request.value(QStringLiteral("path")).toString();
        const int page = request.value(QStringLiteral("page")).toInt();
        const int width = request.value(QStringLiteral("width")).toInt();
        const bool webp = request.value(QStringLiteral("webp")).toBool();

        QByteArray answer;
        bool exitAfter = false;
        if (!QFileInfo(path).isReadable()) {
            // Not the page's fault (a library on a disk that went away): not to be remembered.
            answer = failure("missing", path);
        } else {
            try {
                misbehaveIfAsked(page);
                const RenderedPage rendered = renderer.render(path, page, width, webp);
                const QJsonObject head{
                    {QStringLiteral("ok"), true},
                    {QStringLiteral("mimeType"), QString::fromLatin1(rendered.mimeType)},
                    {QStringLiteral("width"), rendered.size.width()},
                    {QStringLiteral("height"), rendered.size.height()}};
                answer = renderprotocol::frame(QJsonDocument(head).toJson(QJsonDocument::Compact)) +
                         renderprotocol::frame(rendered.bytes);
            } catch (const Error &error) {
                answer = failure("unreadable", error.message());
            } catch (const std::bad_alloc &) {
                // Whatever was half built is gone with this process: say why, then go.
                answer = failure("memory", {});
                exitAfter = true;
            }
        }
        if (!writeAll(fd, answer))
            return 0;
        if (exitAfter)
            return 3;
    }
}

} // namespace docket
