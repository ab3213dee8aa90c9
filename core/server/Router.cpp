// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/Router.h"

#include "server/DelegatePages.h"
#include "server/HttpParsing.h"
#include "server/SiteSnapshot.h"
#include "server/WrongCodeLimiter.h"
#include "util/Pin.h"

#include <algorithm>

namespace docket {

namespace {

// No script, no frames, no outside resource: the page can only show itself.
constexpr char kPagePolicy[] = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; "
                               "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

HttpResponse withCommonHeaders(HttpResponse response)
{
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    return response;
}

HttpResponse plainText(int status, const QByteArray &text)
{
    HttpResponse response;
    response.status = status;
    response.setHeader("Content-Type", "text/plain; charset=utf-8");
    response.setHeader("Cache-Control", "no-store");
    response.body = QByteArray::number(status) + ' ' + text + '\n';
    return withCommonHeaders(std::move(response));
}

// RFC 9110 section 13.2.2: If-None-Match decides when present; If-Modified-Since only
// without it.
bool notModified(const HttpRequest &request, const QByteArray &etag,
                 std::optional<std::int64_t> lastModified)
{
    const QByteArray ifNoneMatch = request.header("If-None-Match");
    if (!ifNoneMatch.isNull())
        return http::etagMatches(ifNoneMatch, etag);
    const QByteArray ifModifiedSince = request.header("If-Modified-Since");
    if (ifModifiedSince.isNull() || !lastModified)
        return false;
    const auto since = http::parseHttpDate(ifModifiedSince);
    return since && *lastModified <= *since;
}

HttpResponse page(const HttpRequest &request, int status, const QByteArray &html,
                  const QByteArray &etag, const QString &language)
{
    HttpResponse response;
    response.status = status;
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    response.setHeader("Content-Language", language.toLatin1());
    response.setHeader("Content-Security-Policy", kPagePolicy);
    // Pages change whenever the organiser edits the agenda: a phone may keep one but must ask
    // again each time, which costs a 304 when nothing changed.
    response.setHeader("Cache-Control", status == 200 ? "no-cache" : "no-store");
    response.setHeader("Vary", "Accept-Language");
    if (!etag.isEmpty())
        response.setHeader("ETag", etag);
    if (status == 200 && !etag.isEmpty() && notModified(request, etag, std::nullopt))
        response.status = 304;
    else
        response.body = html;
    return withCommonHeaders(std::move(response));
}

HttpResponse notFound(const HttpRequest &request, const SiteSnapshot &site, const QString &language)
{
    // Identical for a wrong code, a closed meeting and a missing item: nothing to learn.
    return page(request, 404, site.notFoundPages.value(language), {}, language);
}

HttpResponse document(const HttpRequest &request, const SnapshotDocument &doc)
{
    HttpResponse response;
    response.setHeader("Content-Type", doc.contentType);
    response.setHeader("Content-Disposition", doc.disposition);
    // Whatever a file holds, it cannot script the delegate pages. Not for PDF: browsers
    // refuse to run their PDF viewer in a sandbox.
    if (doc.mimeType != u"application/pdf")
        response.setHeader("Content-Security-Policy", "sandbox");
    response.setHeader("ETag", doc.etag);
    response.setHeader("Last-Modified", doc.lastModified);
    response.setHeader("Accept-Ranges", "bytes");
    // The URL names the document, not one version of it: a phone may keep the bytes but must
    // check they are still the current version (a 304 when they are).
    response.setHeader("Cache-Control", "no-cache");

    if (notModified(request, doc.etag, doc.lastModifiedSeconds)) {
        response.status = 304;
        return withCommonHeaders(std::move(response));
    }

    // Range applies to GET only; If-Range turns a range for another version into the whole
    // new version, so a resumed download can never splice two versions together.
    http::ByteRange range;
    const QByteArray rangeHeader = request.header("Range");
    const QByteArray ifRange = request.header("If-Range");
    if (request.method == "GET" && !rangeHeader.isNull() &&
        (ifRange.isNull() || http::ifRangeAllows(ifRange, doc.etag, doc.lastModifiedSeconds)))
        range = http::parseRange(rangeHeader, doc.size);

    switch (range.kind) {
    case http::ByteRange::Kind::Whole:
        response.status = 200;
        response.file = FileBody{doc.blobPath, 0, doc.size};
        response.versionId = request.method == "GET" ? doc.versionId : 0;
        break;
    case http::ByteRange::Kind::Partial:
        response.status = 206;
        response.file = FileBody{doc.blobPath, range.start, range.length};
        response.versionId = doc.versionId;
        response.setHeader("Content-Range", "bytes " + QByteArray::number(range.start) + '-' +
                                                QByteArray::number(range.start + range.length - 1) +
                                                '/' + QByteArray::number(doc.size));
        break;
    case http::ByteRange::Kind::Unsatisfiable: {
        HttpResponse unsatisfiable = plainText(416, "Range Not Satisfiable");
        unsatisfiable.setHeader("Content-Range", "bytes */" + QByteArray::number(doc.size));
        return unsatisfiable;
    }
    }
    return withCommonHeaders(std::move(response));
}

// A page as an image: named here, fetched from the page cache or rendered by the transport.
// The tag follows the content, the page and the width, so a new version is a new image.
HttpResponse pageImage(const HttpRequest &request, const SnapshotDocument &doc, int pageNumber,
                       int width, const QString &language)
{
    HttpResponse response;
    const QByteArray etag = '"' + doc.imageSha256.left(32).toLatin1() + "-p" +
                            QByteArray::number(pageNumber) + "-w" + QByteArray::number(width) + '"';
    response.setHeader("ETag", etag);
    // The URL names the document's page, not a version: revalidate (a 304 when unchanged).
    response.setHeader("Cache-Control", "no-cache");
    if (notModified(request, etag, std::nullopt)) {
        response.status = 304;
        return withCommonHeaders(std::move(response));
    }
    response.status = 200;
    PageImageJob job;
    job.sha256 = doc.imageSha256;
    job.page = pageNumber;
    job.width = width;
    job.pdfPath = doc.imagePdfPath;
    job.language = language;
    job.pagePoints = doc.pageSizes[static_cast<size_t>(pageNumber - 1)];
    response.pageImage = std::move(job);
    return withCommonHeaders(std::move(response));
}

} // namespace

bool Router::acceptsBody(QByteArrayView method, QByteArrayView rawPath)
{
    if (method != "POST")
        return false;
    const auto path = http::parseDelegatePath(rawPath);
    return path && path->unlock;
}

namespace {

HttpResponse pinForm(const SnapshotMeeting &meeting, const QString &language,
                     const QByteArray &next, bool wrongPin)
{
    const auto &halves = (wrongPin ? meeting.wrongPinPages : meeting.pinPages).value(language);
    HttpResponse response;
    // 403: this phone has not proved the PIN yet; the body is the form that lets it.
    response.status = 403;
    response.body =
        halves.first + QString::fromLatin1(next).toHtmlEscaped().toLatin1() + halves.second;
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    response.setHeader("Content-Language", language.toLatin1());
    response.setHeader("Content-Security-Policy", kPagePolicy);
    response.setHeader("Cache-Control", "no-store");
    return withCommonHeaders(std::move(response));
}

HttpResponse tooManyGuesses(WrongCodeLimiter &limiter, const QByteArray &client)
{
    HttpResponse slowDown = plainText(429, "Too Many Requests");
    slowDown.setHeader("Retry-After", QByteArray::number(limiter.retryAfterSeconds(client)));
    return slowDown;
}

// Where to go after the PIN: a path of the same meeting, never anywhere else.
QByteArray safeNext(const QByteArray &next, const SnapshotMeeting &meeting)
{
    // The form sends back the raw request path we put into it: printable ASCII, still
    // percent-encoded. Anything else (raw bytes, CR LF, spaces) never reaches a header.
    const bool wireSafe =
        std::all_of(next.cbegin(), next.cend(), [](char c) { return c > 0x20 && c < 0x7f; });
    const auto path = wireSafe ? http::parseDelegatePath(next) : std::nullopt;
    if (path && path->code == meeting.code && !path->unlock && !next.contains("//"))
        return next;
    return '/' + meeting.code.toLatin1();
}

HttpResponse unlock(const HttpRequest &request, const SnapshotMeeting &meeting,
                    const QString &language, WrongCodeLimiter *limiter)
{
    if (!meeting.hasPin() || request.method != "POST") {
        HttpResponse away;
        away.status = 303;
        away.setHeader("Location", '/' + meeting.code.toLatin1());
        away.setHeader("Cache-Control", "no-store");
        return withCommonHeaders(std::move(away));
    }
    const QByteArray next =
        safeNext(http::formValue(request.body, "next").value_or(QByteArray()), meeting);
    // Checked before the (deliberately slow) hash, so a guesser cannot burn the CPU either.
    if (limiter && limiter->retryAfterSeconds(request.clientAddress) > 0)
        return tooManyGuesses(*limiter, request.clientAddress);
    const QString entered =
        QString::fromUtf8(http::formValue(request.body, "pin").value_or(QByteArray()));
    if (!pin::isWellFormed(entered) || !pin::matches(entered, meeting.pinSalt, meeting.pinHash)) {
        if (limiter && !limiter->allowMiss(request.clientAddress))
            return tooManyGuesses(*limiter, request.clientAddress);
        return pinForm(meeting, language, next, true);
    }
    HttpResponse in;
    in.status = 303;
    in.setHeader("Location", next);
    in.setHeader("Cache-Control", "no-store");
    // Half a day: the meeting, not the week. Lax so that a link opened from a chat app or a
    // QR scanner (a top-level navigation) still carries it.
    in.setHeader("Set-Cookie", meeting.cookieName + '=' + meeting.cookieToken + "; Path=/" +
                                   meeting.code.toLatin1() +
                                   "; Max-Age=43200; HttpOnly; SameSite=Lax");
    return withCommonHeaders(std::move(in));
}

} // namespace

HttpResponse Router::handle(const HttpRequest &request, const SiteSnapshot &site,
                            WrongCodeLimiter *limiter)
{
    const bool read = request.method == "GET" || request.method == "HEAD";
    if (!read && !acceptsBody(request.method, request.path)) {
        HttpResponse response = plainText(405, "Method Not Allowed");
        response.setHeader("Allow", "GET, HEAD");
        return response;
    }

    const QByteArray acceptLanguage = request.header("Accept-Language");
    const auto path = http::parseDelegatePath(request.path);
    const SnapshotMeeting *meeting = path ? site.meeting(path->code) : nullptr;
    const QString language =
        http::pickLanguage(acceptLanguage, meeting ? meeting->language : QStringLiteral("vi"));
    if (!meeting) {
        // A well-formed code that leads nowhere is what guessing looks like.
        if (path && limiter && !limiter->allowMiss(request.clientAddress))
            return tooManyGuesses(*limiter, request.clientAddress);
        return notFound(request, site, language);
    }
    if (path->unlock)
        return unlock(request, *meeting, language, limiter);
    if (meeting->hasPin() &&
        !pin::equalConstantTime(http::cookieValue(request.header("Cookie"), meeting->cookieName),
                                meeting->cookieToken))
        return pinForm(*meeting, language, request.path, false);

    if (path->item == 0)
        return page(request, 200, meeting->pages.value(language), meeting->pageTags.value(language),
                    language);

    const SnapshotItem *item = site.item(*meeting, path->item);
    if (!item)
        return notFound(request, site, language);
    if (path->doc == 0)
        return page(request, 200, item->pages.value(language), item->pageTags.value(language),
                    language);

    for (const SnapshotDocument &doc : item->documents) {
        if (doc.id != path->doc)
            continue;
        switch (path->view) {
        case http::DelegatePath::View::File:
            return document(request, doc);
        case http::DelegatePath::View::Reader:
            if (!doc.readable)
                break;
            {
                HttpResponse reader = page(request, 200, doc.readerPages.value(language),
                                           doc.readerTags.value(language), language);
                // Reading counts as opening, like a download does (not a revalidation or a HEAD).
                if (reader.status == 200 && request.method == "GET")
                    reader.versionId = doc.versionId;
                return reader;
            }
        case http::DelegatePath::View::PageImage:
        case http::DelegatePath::View::Thumbnail:
            if (!doc.readable || path->page > static_cast<int>(doc.pageSizes.size()))
                break;
            return pageImage(request, doc, path->page,
                             path->view == http::DelegatePath::View::PageImage
                                 ? delegatepages::kReaderWidth
                                 : delegatepages::kThumbnailWidth,
                             language);
        }
        break;
    }
    return notFound(request, site, language);
}

} // namespace docket
