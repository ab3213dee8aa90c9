// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace docket {

// How the serving process and its render workers (`docket-cli render-worker`) talk, over a
// Unix socket pair: length-prefixed frames, a 4-byte big-endian length then the payload.
//   request:  {"path": "...", "page": 3, "width": 1080, "webp": true} (one frame, JSON)
//   answer:   {"ok": true, "mimeType": "image/png", "width": W, "height": H}, then the image
//             bytes as a second frame; or {"ok": false, "kind": "unreadable", "message": "..."}
// A worker answers one request at a time, in order; the parent never has more than one
// outstanding, so neither side needs to match answers to requests.
namespace renderprotocol {

constexpr quint32 kMaxHeader = 64 * 1024;
constexpr quint32 kMaxImage = 128 * 1024 * 1024; // far above a 16-megapixel page's JPEG

QByteArray frame(const QByteArray &payload);
QByteArray request(const QString &pdfPath, int page, int width, bool webp = false);
// A frame's length from its first four bytes.
quint32 length(const char header[4]);

} // namespace renderprotocol

// The worker's side: the loop of `docket-cli render-worker`.
class RenderWorker
{
public:
    // Answers requests on `fd` until the parent closes its end. Returns the exit status.
    static int serve(int fd);
    // The descriptor a RenderPool gives its workers (see ChildProcess::Channel::Duplex).
    static constexpr int kDescriptor = 3;
};

} // namespace docket
