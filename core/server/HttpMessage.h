// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/ZipStream.h"

#include <QByteArray>
#include <QSizeF>
#include <QString>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace docket {

// A request as the Router needs it, whatever the transport: no sockets, no library types.
struct HttpRequest
{
    QByteArray method;
    QByteArray path; // raw: still percent-encoded, without the query
    // The query's fields the Router reads ("lang=en&n=17"), still percent-encoded: read them
    // with http::formValue.
    QByteArray query;
    std::vector<std::pair<QByteArray, QByteArray>> headers;
    QByteArray clientAddress; // "192.168.1.40", "::1": for the wrong-code limiter
    QByteArray body;          // only for a form action, at most its maxBody (see Router)

    // Case-insensitive; the first header of that name, or a null QByteArray.
    QByteArray header(QByteArrayView name) const;
};

// Document bytes to send from a file, never loaded into memory.
struct FileBody
{
    QString path;
    std::int64_t offset = 0;
    std::int64_t length = 0;
};

// A page of HTML around what the page cache holds for a document (a page's text, its contents
// list): drawn by the Router, joined by the transport once the fragment is there.
struct FramedFragment
{
    QByteArray before;
    QByteArray whenEmpty; // in the fragment's place when it is empty, or cannot be had
    QByteArray after;
    // Told the joined page once the fragment was there: the Router answers later requests
    // with it as it is (see PageMemo::joined).
    std::function<void(const QByteArray &joined)> keep;
};

// A page image that the transport fetches from the page cache, or has rendered off the
// request thread while the connection waits: the Router only names it. With a frame, what the
// cache holds is an HTML fragment, and the answer is the frame around it.
struct PageImageJob
{
    QString sha256;    // the document version's content
    int page = 0;      // 1-based
    int width = 0;     // pixels
    bool webp = false; // WebP may be sent (the smallest encoding the renderer finds)
    QString pdfPath;
    // For the placeholder of a page that cannot be drawn: its words and its proportions.
    QString language;
    QSizeF pagePoints;
    std::optional<FramedFragment> frame;
};

// "Download all": a ZIP the transport streams from the documents' files as it sends it (see
// ZipStream), whole or the byte range asked for.
struct ZipDownload
{
    std::vector<ZipEntry> entries;
    std::vector<QString> sha256;          // each entry's content, to remember its CRC by
    std::vector<std::int64_t> versionIds; // each entry's document version, to count it opened
    std::int64_t offset = 0;
    std::int64_t length = 0;
};

struct PinCheckJob;
struct SurveySubmission;

// What to answer. For HEAD the Router answers exactly as for GET; the transport sends the
// headers (with the body's length) and no body.
struct HttpResponse
{
    int status = 200;
    std::vector<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    std::optional<FileBody> file;
    std::optional<PageImageJob> pageImage; // the body and Content-Type come from the renderer
    // A document version was downloaded (its bytes) or opened in the reader: the transport
    // records it once the response is done, for the Phones column and `stats`.
    std::int64_t versionId = 0;
    // A PIN to check before the answer is known: the transport runs it off its request
    // threads and answers with Router::finishPinCheck.
    std::shared_ptr<const PinCheckJob> pinCheck;
    // A delegate's badge was scanned (a GET of /CODE/C/TOKEN): the transport hands the check-in
    // to the catalog's thread (HttpServer::checkIns()) and answers the page only if it could.
    std::int64_t checkInDelegate = 0;
    // GET /CODE/events: the transport keeps the connection and sends the meeting's current
    // item as server-sent events (the headers are here, the body comes from the snapshot).
    QString eventStream;
    // A survey's answers from a phone: the transport hands them to the catalog's thread
    // (HttpServer::surveyAnswers()) and sends this answer only if it could.
    std::shared_ptr<const SurveySubmission> surveySubmission;
    std::shared_ptr<const ZipDownload> zip; // the body, streamed

    QByteArray header(QByteArrayView name) const;
    void setHeader(const QByteArray &name, const QByteArray &value);
    std::int64_t contentLength() const
    {
        return file ? file->length : zip ? zip->length : body.size();
    }
};

// A meeting PIN to check, with both possible answers ready. PBKDF2 is deliberately slow (and
// a guesser would send many), so the check never runs on a request thread of the server; the
// limiter already holds one try for it (see GuessLimiter) until Router::finishPinCheck.
struct PinCheckJob
{
    QString pin;
    QByteArray salt;
    QByteArray expectedHash;
    // Whose tries the attempt holds in the limiter.
    QString meeting;
    QByteArray clientAddress;
    QByteArray device;
    HttpResponse right; // 303 to where the phone was going, with the meeting's cookie
    HttpResponse wrong; // the form again, saying the PIN was not right
};

enum class PinVerdict
{
    Right,
    Wrong,
    NotChecked // the checker was full or the server is stopping
};

// An answer in plain text, "STATUS text\n", never cached, with the headers every answer of ours
// carries (nosniff, no referrer): errors, refusals, "busy". Written once, here, so that the
// Router's answers and the transport's own agree.
HttpResponse plainTextResponse(int status, const QByteArray &text);

} // namespace docket
