// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/Router.h"

#include "server/HttpParsing.h"
#include "server/SiteSnapshot.h"

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

HttpResponse page(int status, const QByteArray &html, const QString &language)
{
    HttpResponse response;
    response.status = status;
    response.body = html;
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    response.setHeader("Content-Language", language.toLatin1());
    response.setHeader("Content-Security-Policy", kPagePolicy);
    // Pages change whenever the organiser edits the agenda: always ask again.
    response.setHeader("Cache-Control", status == 200 ? "no-cache" : "no-store");
    response.setHeader("Vary", "Accept-Language");
    return withCommonHeaders(std::move(response));
}

HttpResponse notFound(const SiteSnapshot &site, const QString &language)
{
    // Identical for a wrong code, a closed meeting and a missing item: nothing to learn.
    return page(404, site.notFoundPages.value(language), language);
}

HttpResponse document(const HttpRequest &request, const SnapshotDocument &doc)
{
    HttpResponse response;
    response.setHeader("Content-Type", doc.mimeType.toLatin1());
    response.setHeader("Content-Disposition", doc.disposition);
    response.setHeader("ETag", doc.etag);
    response.setHeader("Last-Modified", doc.lastModified);
    response.setHeader("Accept-Ranges", "bytes");
    // A phone may keep the bytes but must check they are still the current version.
    response.setHeader("Cache-Control", "no-cache");

    if (const QByteArray ifNoneMatch = request.header("If-None-Match");
        !ifNoneMatch.isNull() && http::etagMatches(ifNoneMatch, doc.etag)) {
        response.status = 304;
        return withCommonHeaders(std::move(response));
    }

    const http::ByteRange range = http::parseRange(request.header("Range"), doc.size);
    switch (range.kind) {
    case http::ByteRange::Kind::Whole:
        response.status = 200;
        response.file = FileBody{doc.blobPath, 0, doc.size};
        break;
    case http::ByteRange::Kind::Partial:
        response.status = 206;
        response.file = FileBody{doc.blobPath, range.start, range.length};
        response.setHeader("Content-Range", "bytes " + QByteArray::number(range.start) + '-' +
                                                QByteArray::number(range.start + range.length - 1) +
                                                '/' + QByteArray::number(doc.size));
        break;
    case http::ByteRange::Kind::Unsatisfiable: {
        HttpResponse unsatisfiable;
        unsatisfiable.status = 416;
        unsatisfiable.setHeader("Content-Range", "bytes */" + QByteArray::number(doc.size));
        unsatisfiable.setHeader("Content-Type", "text/plain; charset=utf-8");
        unsatisfiable.body = "416 Range Not Satisfiable\n";
        return withCommonHeaders(std::move(unsatisfiable));
    }
    }
    return withCommonHeaders(std::move(response));
}

} // namespace

HttpResponse Router::handle(const HttpRequest &request, const SiteSnapshot &site)
{
    if (request.method != "GET" && request.method != "HEAD") {
        HttpResponse response;
        response.status = 405;
        response.setHeader("Allow", "GET, HEAD");
        response.setHeader("Content-Type", "text/plain; charset=utf-8");
        response.body = "405 Method Not Allowed\n";
        return withCommonHeaders(std::move(response));
    }

    const QByteArray acceptLanguage = request.header("Accept-Language");
    const auto path = http::parseDelegatePath(request.path);
    const SnapshotMeeting *meeting = path ? site.meeting(path->code) : nullptr;
    const QString language =
        http::pickLanguage(acceptLanguage, meeting ? meeting->language : QStringLiteral("vi"));
    if (!meeting)
        return notFound(site, language);
    if (path->item == 0)
        return page(200, meeting->pages.value(language), language);

    const SnapshotItem *item = site.item(*meeting, path->item);
    if (!item)
        return notFound(site, language);
    if (path->doc == 0)
        return page(200, item->pages.value(language), language);

    for (const SnapshotDocument &doc : item->documents)
        if (doc.id == path->doc)
            return document(request, doc);
    return notFound(site, language);
}

} // namespace docket
