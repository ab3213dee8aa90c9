// SPDX-License-Identifier: GPL-3.0-or-later
// The whole Router: any method, raw path, headers and body against a fixed snapshot of a real
// library (FuzzSite.h). Input, as an HTTP request head:
//   METHOD PATH          everything after the first space is the raw path
//   Name:value           any number of headers; leading spaces of the value are dropped, as
//                        libmicrohttpd does; a line without ':' is skipped
//   (empty line)         then the body, cut to HttpRequest::kMaxBody as the transport does
// Checked on every answer: what may be sent at all (statuses, header syntax, security headers,
// redirects that stay in the meeting, file bodies only from the snapshot and inside the file,
// Content-Range agreeing with the body, nothing of a PIN meeting without its cookie), HEAD
// answered as GET without Range, and what RFC 9110 and the design make of the request (404 for
// everything unpublished, 405, the PIN form, conditional requests, ranges).
//
// Built twice. Checking a PIN costs a deliberately slow hash (PBKDF2, 20000 rounds: some 60 ms
// here under the sanitizers; the server runs it on its PIN checker, here it runs inline through
// Router::handleCheckingPin), so fuzz_router leaves out the requests that reach it, a POST to
// the canonical /CODE/unlock of a PIN meeting with a well-formed PIN and no PIN cookie, and
// fuzz_unlock (DOCKET_FUZZ_UNLOCK) takes only those: one slow target does not starve the
// search through everything else.
#include "FuzzCheck.h"
#include "FuzzSite.h"
#include "server/CanonicalPath.h"
#include "server/DelegatePages.h"
#include "server/HttpParsing.h"
#include "server/Router.h"
#include "util/Pin.h"

#include <QDir>
#include <QFile>
#include <QUrl>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <iterator>
#include <optional>

using namespace docketfuzz;
using docket::HttpRequest;
using docket::HttpResponse;
using docket::SnapshotDocument;
using docket::SnapshotItem;
using docket::SnapshotMeeting;
namespace http = docket::http;

namespace {

#ifdef DOCKET_FUZZ_UNLOCK
constexpr bool kUnlockTarget = true;
#else
constexpr bool kUnlockTarget = false;
#endif

HttpRequest parseInput(QByteArrayView input)
{
    HttpRequest request;
    request.clientAddress = "192.168.1.40";
    const qsizetype blank = input.indexOf("\n\n");
    const QByteArrayView head = blank < 0 ? input : input.first(blank);
    if (blank >= 0)
        request.body = input.sliced(blank + 2)
                           .first(std::min(input.size() - blank - 2, HttpRequest::kMaxBody))
                           .toByteArray();
    const QList<QByteArray> lines = head.toByteArray().split('\n');
    const QByteArray &first = lines.first();
    const qsizetype space = first.indexOf(' ');
    request.method = space < 0 ? first : first.first(space);
    request.path = space < 0 ? QByteArray() : first.sliced(space + 1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon < 0)
            continue;
        QByteArrayView value = QByteArrayView(lines[i]).sliced(colon + 1);
        while (!value.isEmpty() && (value.front() == ' ' || value.front() == '\t'))
            value = value.sliced(1);
        request.headers.emplace_back(lines[i].first(colon), value.toByteArray());
    }
    return request;
}

QByteArray describe(const HttpResponse &response)
{
    QByteArray out = "status " + QByteArray::number(response.status);
    for (const auto &[name, value] : response.headers)
        out += "\n       " + escaped(name) + ": " + escaped(value);
    if (response.file)
        out += "\n       file " + response.file->path.toUtf8() + " offset " +
               QByteArray::number(response.file->offset) + " length " +
               QByteArray::number(response.file->length) + " version " +
               QByteArray::number(response.versionId);
    out += "\n       body " + QByteArray::number(response.body.size()) + " bytes";
    return out;
}

bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

// What the request path names in the snapshot, read with parseDelegatePath (which
// fuzz_delegate_path holds to the design on its own).
struct Target
{
    const SnapshotMeeting *meeting = nullptr; // an open meeting
    const SnapshotItem *item = nullptr;
    const SnapshotDocument *doc = nullptr;
    bool unlock = false; // /CODE/unlock
    bool found = false;  // the page or document exists
    http::DelegatePath::View view = http::DelegatePath::View::File;
    int page = 0;
    int part = 1;
};

Target resolve(const QByteArray &rawPath, const docket::SiteSnapshot &site)
{
    Target target;
    const auto path = http::parseDelegatePath(rawPath);
    if (!path)
        return target;
    target.meeting = site.meeting(path->code);
    if (!target.meeting)
        return target;
    if (path->unlock) {
        target.unlock = true;
        return target;
    }
    if (path->item == 0) {
        target.found = true;
        return target;
    }
    target.item = site.item(*target.meeting, path->item);
    if (!target.item)
        return target;
    if (path->doc == 0) {
        target.found = true;
        return target;
    }
    for (const SnapshotDocument &doc : target.item->documents)
        if (doc.id == path->doc)
            target.doc = &doc;
    target.view = path->view;
    target.page = path->page;
    target.part = path->part;
    // The reader and page images exist only for a readable PDF, and only for its pages (the
    // reader's parts only as far as its pages go).
    switch (path->view) {
    case http::DelegatePath::View::File:
        target.found = target.doc != nullptr;
        break;
    case http::DelegatePath::View::Reader:
        target.found = target.doc && target.doc->readable &&
                       path->part <= docket::delegatepages::readerParts(*target.doc);
        break;
    case http::DelegatePath::View::PageImage:
    case http::DelegatePath::View::Thumbnail:
        target.found = target.doc && target.doc->readable &&
                       path->page <= static_cast<int>(target.doc->pageSizes.size());
        break;
    }
    return target;
}

bool hasPinCookie(const HttpRequest &request, const SnapshotMeeting &meeting)
{
    return http::cookieValue(request.header("Cookie"), meeting.cookieName) == meeting.cookieToken;
}

// The request makes the Router hash a PIN: the form posted to the canonical address, by a
// phone that is not in yet, with a PIN that could be right.
bool checksPin(const HttpRequest &request, const docket::SiteSnapshot &site)
{
    const auto path = http::parseDelegatePath(request.path);
    if (request.method != "POST" || !path || !path->unlock ||
        http::canonicalDelegatePath(request.path) != request.path)
        return false;
    const SnapshotMeeting *meeting = site.meeting(path->code);
    return meeting && meeting->hasPin() && !hasPinCookie(request, *meeting) &&
           docket::pin::isWellFormed(
               QString::fromUtf8(http::formValue(request.body, "pin").value_or(QByteArray())));
}

// Another spelling of a delegate path: the Router sends it to the canonical one first.
bool isRedirected(const HttpRequest &request)
{
    const auto canonical = http::canonicalDelegatePath(request.path);
    return canonical && *canonical != request.path;
}

// The random device cookie the PIN form sets for the limiter (docket_device=32 hex digits).
bool isDeviceCookie(const QByteArray &setCookie)
{
    const QByteArray prefix = "docket_device=";
    const QByteArray suffix = "; Path=/; Max-Age=43200; HttpOnly; SameSite=Lax";
    if (!setCookie.startsWith(prefix) || !setCookie.endsWith(suffix) ||
        setCookie.size() != prefix.size() + 32 + suffix.size())
        return false;
    const QByteArray value = setCookie.mid(prefix.size(), 32);
    return std::all_of(value.cbegin(), value.cend(),
                       [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

bool acceptsBody(const HttpRequest &request)
{
    const auto path = http::parseDelegatePath(request.path);
    return request.method == "POST" && path && path->unlock;
}

// &amp; &lt; &gt; &quot; back to the characters; nullopt when a markup character is left raw.
std::optional<QByteArray> htmlUnescaped(QByteArrayView text)
{
    QByteArray out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '<' || c == '>' || c == '"')
            return std::nullopt;
        if (c != '&') {
            out.append(c);
            continue;
        }
        bool known = false;
        for (const auto &[entity, character] :
             {std::pair{"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}}) {
            if (text.sliced(i).startsWith(entity)) {
                out.append(character);
                i += qstrlen(entity) - 1;
                known = true;
                break;
            }
        }
        if (!known)
            return std::nullopt;
    }
    return out;
}

// A date header as RFC 9110 reads it: a date when written exactly to one of its three forms;
// no opinion (nullopt) when only a lenient reader (core's or the reference's) takes it; not a
// date (nullopt inside) when no reader does.
std::optional<std::optional<std::int64_t>> dateHeader(const QByteArray &value)
{
    if (const auto exact = referenceHttpDate(value, CaseSensitive::Yes))
        return exact;
    if (referenceHttpDate(value.trimmed()) || http::parseHttpDate(value))
        return std::nullopt;
    return std::optional<std::int64_t>();
}

// Checks that hold for any answer to any request.
void checkWellFormed(const HttpRequest &request, const HttpResponse &response, const FuzzSite &site)
{
    const QByteArray context = describe(response);
    // The limiter is not given, so never 429; the PIN is checked on this thread, so never 503.
    static const int kStatuses[] = {200, 206, 301, 303, 304, 308, 403, 404, 405, 416};
    FUZZ_CHECK(std::find(std::begin(kStatuses), std::end(kStatuses), response.status) !=
                   std::end(kStatuses),
               context);

    for (std::size_t i = 0; i < response.headers.size(); ++i) {
        const auto &[name, value] = response.headers[i];
        FUZZ_CHECK(!name.isEmpty(), context);
        for (char c : name)
            FUZZ_CHECK(isTokenChar(c), context);
        // Printable ASCII and tab only: no CR/LF to split the response, no NUL to cut it, no
        // raw byte a client would read in another charset. (Location has a check name of its
        // own: see tests/test_fuzz_regressions.cpp.)
        const bool location = name.compare("Location", Qt::CaseInsensitive) == 0;
        if (!location || enabled("location"))
            for (char c : value)
                FUZZ_CHECK((c >= 0x20 && c < 0x7f) || c == '\t', context);
        for (std::size_t j = 0; j < i; ++j)
            FUZZ_CHECK(response.headers[j].first.compare(name, Qt::CaseInsensitive) != 0,
                       "header twice: " + context);
    }
    FUZZ_CHECK(response.header("X-Content-Type-Options") == "nosniff", context);
    FUZZ_CHECK(response.header("Referrer-Policy") == "no-referrer", context);
    FUZZ_CHECK(response.header("Server").isNull(), context);
    if (!response.body.isEmpty() || response.file)
        FUZZ_CHECK(!response.header("Content-Type").isEmpty(), context);
    if (response.header("Content-Type").startsWith("text/html")) {
        FUZZ_CHECK(response.header("Content-Security-Policy").contains("default-src 'none'"),
                   context);
        FUZZ_CHECK(!response.header("Content-Language").isEmpty(), context);
    }
    // Recorded as opened: a GET that sends the file's bytes, or its reader page.
    FUZZ_CHECK(response.versionId == 0 ||
                   (request.method == "GET" &&
                    (response.file || http::parseDelegatePath(request.path)->view ==
                                          http::DelegatePath::View::Reader)),
               context);

    const bool read = request.method == "GET" || request.method == "HEAD";
    FUZZ_CHECK(docket::Router::acceptsBody(request.method, request.path) == acceptsBody(request),
               context);
    if (!read && !acceptsBody(request)) {
        FUZZ_CHECK(response.status == 405 && response.header("Allow") == "GET, HEAD", context);
        return;
    }
    FUZZ_CHECK(response.status != 405, context);

    // Every other spelling of a delegate path goes to its one spelling, before anything else,
    // whether the code is an open meeting or not: 301 for reading, 308 for the PIN form.
    const QByteArray location = response.header("Location");
    if (isRedirected(request)) {
        FUZZ_CHECK(response.status == (read ? 301 : 308), context);
        FUZZ_CHECK(location == *http::canonicalDelegatePath(request.path), context);
        FUZZ_CHECK(http::canonicalDelegatePath(location) == location, context); // no loop
        for (char c : location)
            FUZZ_CHECK(c > 0x20 && c < 0x7f && c != '\\', context);
        FUZZ_CHECK(!response.file && response.versionId == 0 && !response.pinCheck, context);
        FUZZ_CHECK(response.header("Set-Cookie").isNull(), context);
        return;
    }
    FUZZ_CHECK(response.status != 301 && response.status != 308, context);

    const Target target = resolve(request.path, *site.snapshot);
    // Only a meeting the snapshot publishes is ever answered with anything but a 404.
    if (response.status != 404)
        FUZZ_CHECK(target.meeting, context);
    if (response.status == 200 || response.status == 206 || response.status == 304 ||
        response.status == 416) {
        FUZZ_CHECK(read && target.found, context);
        // Nothing of a meeting behind a PIN without the cookie that proves it.
        if (target.meeting->hasPin())
            FUZZ_CHECK(hasPinCookie(request, *target.meeting), context);
    }

    // Redirects: only after the PIN form (or to it), only within the same meeting, whatever a
    // browser makes of the Location (it drops tabs and newlines and reads '\' as '/').
    FUZZ_CHECK(location.isNull() == (response.status != 303), context);
    if (response.status == 303) {
        FUZZ_CHECK(target.unlock, context);
        const auto to = http::parseDelegatePath(location);
        FUZZ_CHECK(to && to->code == target.meeting->code && !to->unlock, context);
        QByteArray browser = location;
        browser.replace('\\', '/');
        browser.removeIf([](char c) { return c == '\t' || c == '\r' || c == '\n'; });
        FUZZ_CHECK(browser.startsWith('/') && !browser.startsWith("//"), context);
        FUZZ_CHECK(response.header("Cache-Control") == "no-store", context);
    }
    // The device cookie: set by the PIN form, for a phone that has none yet.
    if (const QByteArray cookie = response.header("Set-Cookie"); isDeviceCookie(cookie)) {
        FUZZ_CHECK(response.status == 403 && target.meeting->hasPin(), context);
        const QByteArray sent = http::cookieValue(request.header("Cookie"), "docket_device");
        FUZZ_CHECK(!isDeviceCookie("docket_device=" + sent +
                                   "; Path=/; Max-Age=43200; HttpOnly; SameSite=Lax"),
                   context);
    } else if (!cookie.isNull()) {
        // The cookie that opens a PIN meeting: only for its PIN, scoped to it, out of script's
        // reach.
        FUZZ_CHECK(response.status == 303 && request.method == "POST" && target.meeting->hasPin(),
                   context);
        FUZZ_CHECK(http::formValue(request.body, "pin") == QByteArray(kPin), context);
        FUZZ_CHECK(cookie.startsWith(QByteArray(target.meeting->cookieName + '=' +
                                                target.meeting->cookieToken + ';')),
                   context);
        FUZZ_CHECK(cookie.contains("; HttpOnly") && cookie.contains("; SameSite=") &&
                       cookie.contains(QByteArray("; Path=/" + target.meeting->code.toLatin1())),
                   context);
    }
    // The PIN form: only for a PIN meeting, with the path to return to escaped in the page.
    if (response.status == 403) {
        FUZZ_CHECK(target.meeting->hasPin() && !response.file, context);
        FUZZ_CHECK(response.header("Cache-Control") == "no-store", context);
        bool isForm = false;
        for (const auto *pages : {&target.meeting->pinPages, &target.meeting->wrongPinPages}) {
            for (const auto &[before, after] : *pages) {
                if (response.body.startsWith(before) && response.body.endsWith(after) &&
                    response.body.size() >= before.size() + after.size()) {
                    const QByteArrayView next =
                        QByteArrayView(response.body)
                            .sliced(before.size(),
                                    response.body.size() - before.size() - after.size());
                    isForm = isForm || htmlUnescaped(next).has_value();
                }
            }
        }
        FUZZ_CHECK(isForm, context);
    }

    // Document bytes: only a blob of the snapshot, only the document the path names, only
    // inside the file.
    if (response.file) {
        FUZZ_CHECK(response.status == 200 || response.status == 206, context);
        FUZZ_CHECK(response.body.isEmpty(), context);
        FUZZ_CHECK(site.blobSizes.contains(response.file->path), context);
        FUZZ_CHECK(target.doc && response.file->path == target.doc->blobPath, context);
        const std::int64_t fileSize = site.blobSizes.value(response.file->path);
        FUZZ_CHECK(response.file->offset >= 0 && response.file->length >= 0 &&
                       response.file->offset <= fileSize &&
                       response.file->length <= fileSize - response.file->offset,
                   context);
        // The transport records a download of this version for GET, never for HEAD.
        FUZZ_CHECK(response.versionId == (request.method == "GET" ? target.doc->versionId : 0),
                   context);
    } else {
        FUZZ_CHECK(response.status != 206, context);
    }
    if (response.status == 206) {
        // Range is defined for GET only (RFC 9110 section 14.2).
        FUZZ_CHECK(request.method == "GET" && !request.header("Range").isNull(), context);
        const docket::FileBody &file = *response.file;
        FUZZ_CHECK(file.length >= 1, context);
        FUZZ_CHECK(response.header("Content-Range") ==
                       "bytes " + QByteArray::number(file.offset) + '-' +
                           QByteArray::number(file.offset + file.length - 1) + '/' +
                           QByteArray::number(target.doc->size),
                   context);
    }
    if (response.status == 416) {
        FUZZ_CHECK(target.doc && request.method == "GET" && !request.header("Range").isNull(),
                   context);
        FUZZ_CHECK(response.header("Content-Range") ==
                       "bytes */" + QByteArray::number(target.doc->size),
                   context);
    }
    if (response.status == 304) {
        FUZZ_CHECK(response.body.isEmpty() && !response.file, context);
        FUZZ_CHECK(!response.header("ETag").isEmpty(), context);
    }
    if (response.status == 404) {
        FUZZ_CHECK(!response.file, context);
        bool isNotFoundPage = false;
        for (const QByteArray &page : site.snapshot->notFoundPages)
            isNotFoundPage = isNotFoundPage || response.body == page;
        FUZZ_CHECK(isNotFoundPage, context);
    }
}

// What RFC 9110 and the design make of a request that is not a 405, given what the path names.
void checkOutcome(const HttpRequest &request, const HttpResponse &response, const FuzzSite &site)
{
    const QByteArray context = describe(response);
    if (isRedirected(request))
        return; // checkWellFormed checked the redirect: nothing else is answered
    const Target target = resolve(request.path, *site.snapshot);
    const QString language =
        http::pickLanguage(request.header("Accept-Language"),
                           target.meeting ? target.meeting->language : QStringLiteral("vi"));
    const QByteArray ifNoneMatch = request.header("If-None-Match");

    if (!target.meeting) {
        FUZZ_CHECK(response.status == 404, context);
        FUZZ_CHECK(response.body == site.snapshot->notFoundPages.value(language), context);
        FUZZ_CHECK(response.header("Cache-Control") == "no-store", context);
        return;
    }
    const SnapshotMeeting &meeting = *target.meeting;
    const QByteArray home = '/' + meeting.code.toLatin1();
    if (target.unlock) {
        // Without a PIN to check, or without a form, back to the meeting.
        if (request.method != "POST" || !meeting.hasPin()) {
            FUZZ_CHECK(response.status == 303 && response.header("Location") == home, context);
            return;
        }
        // A phone that is in already goes on, whatever it sent as the PIN.
        const bool in = hasPinCookie(request, meeting);
        const bool right = in || http::formValue(request.body, "pin") == QByteArray(kPin);
        FUZZ_CHECK(response.status == (right ? 303 : 403), context);
        if (right) {
            FUZZ_CHECK(response.header("Set-Cookie").isNull() == in, context);
            const QByteArray next = http::formValue(request.body, "next").value_or(QByteArray());
            const QByteArray to = response.header("Location");
            FUZZ_CHECK(to == home || to == http::canonicalDelegatePath(next), context);
        } else {
            FUZZ_CHECK(response.body.startsWith(meeting.wrongPinPages.value(language).first),
                       context);
        }
        return;
    }
    if (meeting.hasPin() && !hasPinCookie(request, meeting)) {
        const auto &[before, after] = meeting.pinPages.value(language);
        FUZZ_CHECK(
            response.status == 403 && response.body.startsWith(before) &&
                response.body.endsWith(after) &&
                htmlUnescaped(QByteArrayView(response.body)
                                  .sliced(before.size(), response.body.size() - before.size() -
                                                             after.size())) == request.path,
            context);
        return;
    }
    if (!target.found) {
        FUZZ_CHECK(response.status == 404, context);
        FUZZ_CHECK(response.body == site.snapshot->notFoundPages.value(language), context);
        return;
    }
    if (!target.doc) {
        const SnapshotItem *item = target.item;
        const docket::RenderedHtml drawn =
            item ? docket::SiteSnapshot::itemPage(meeting, *item, language)
                 : docket::SiteSnapshot::meetingPage(meeting, language);
        const QByteArray html = drawn.html;
        const QByteArray tag = drawn.tag;
        FUZZ_CHECK(response.header("Content-Language") == language.toLatin1(), context);
        FUZZ_CHECK(response.header("ETag") == tag, context);
        // A page has no Last-Modified: only its tag can make it a 304.
        const bool notModified = !ifNoneMatch.isNull() && http::etagMatches(ifNoneMatch, tag);
        FUZZ_CHECK(response.status == (notModified ? 304 : 200), context);
        if (!notModified)
            FUZZ_CHECK(response.body == html, context);
        return;
    }

    const SnapshotDocument &doc = *target.doc;
    if (target.view == http::DelegatePath::View::Reader) {
        const auto reader =
            docket::SiteSnapshot::readerPage(meeting, *target.item, doc, language, target.part);
        FUZZ_CHECK(reader.has_value(), context);
        const QByteArray tag = reader->tag;
        FUZZ_CHECK(response.header("ETag") == tag && !tag.isEmpty(), context);
        const bool notModified = !ifNoneMatch.isNull() && http::etagMatches(ifNoneMatch, tag);
        FUZZ_CHECK(response.status == (notModified ? 304 : 200), context);
        if (!notModified)
            FUZZ_CHECK(response.body == reader->html, context);
        FUZZ_CHECK(response.versionId ==
                       (!notModified && request.method == "GET" ? doc.versionId : 0),
                   context);
        return;
    }
    if (target.view != http::DelegatePath::View::File) {
        // A page image is only named: the transport fetches or renders exactly that page.
        const int width = target.view == http::DelegatePath::View::PageImage
                              ? docket::delegatepages::kReaderWidth
                              : docket::delegatepages::kThumbnailWidth;
        const QByteArray tag = '"' + doc.imageSha256.left(32).toLatin1() + "-p" +
                               QByteArray::number(target.page) + "-w" + QByteArray::number(width) +
                               '"';
        FUZZ_CHECK(response.header("ETag") == tag, context);
        FUZZ_CHECK(!response.file && response.body.isEmpty() && response.versionId == 0, context);
        const bool notModified = !ifNoneMatch.isNull() && http::etagMatches(ifNoneMatch, tag);
        FUZZ_CHECK(response.status == (notModified ? 304 : 200), context);
        FUZZ_CHECK(response.pageImage.has_value() == !notModified, context);
        if (response.pageImage)
            FUZZ_CHECK(response.pageImage->sha256 == doc.imageSha256 &&
                           response.pageImage->page == target.page &&
                           response.pageImage->width == width &&
                           response.pageImage->pdfPath == doc.imagePdfPath,
                       context);
        return;
    }
    if (response.status == 200 || response.status == 206) {
        FUZZ_CHECK(response.header("Last-Modified") == doc.lastModified, context);
        FUZZ_CHECK(response.header("Content-Disposition") == doc.disposition, context);
        FUZZ_CHECK(response.header("Accept-Ranges") == "bytes", context);
    }
    if (response.status != 416)
        FUZZ_CHECK(response.header("ETag") == doc.etag, context);

    // Section 13.2.2: If-None-Match decides when present; If-Modified-Since only without it.
    std::optional<bool> notModified;
    if (!ifNoneMatch.isNull()) {
        notModified = http::etagMatches(ifNoneMatch, doc.etag);
    } else if (const QByteArray since = request.header("If-Modified-Since"); since.isNull()) {
        notModified = false;
    } else if (const auto date = dateHeader(since)) {
        notModified = date->has_value() && doc.lastModifiedSeconds <= **date;
    }
    if (notModified)
        FUZZ_CHECK((response.status == 304) == *notModified, context);
    if (response.status == 304)
        return;

    // Section 13.1.5: a range only when If-Range, if any, names this very version.
    const QByteArray rangeHeader = request.header("Range");
    const QByteArray ifRange = request.header("If-Range");
    std::optional<bool> rangeApplies;
    if (request.method != "GET" || rangeHeader.isNull()) {
        rangeApplies = false;
    } else if (ifRange.isNull()) {
        rangeApplies = true;
    } else if (const QByteArray validator = ifRange.trimmed(); validator.startsWith('"')) {
        rangeApplies = validator == doc.etag;
    } else if (validator.startsWith("W/")) {
        rangeApplies = false;
    } else if (const auto date = dateHeader(validator)) {
        rangeApplies = date->has_value() && **date == doc.lastModifiedSeconds;
    }
    const http::ByteRange range = http::parseRange(rangeHeader, doc.size);
    const bool asWhole = response.status == 200 && response.file && response.file->offset == 0 &&
                         response.file->length == doc.size;
    const bool asRange =
        (range.kind == http::ByteRange::Kind::Whole && asWhole) ||
        (range.kind == http::ByteRange::Kind::Partial && response.status == 206 &&
         response.file->offset == range.start && response.file->length == range.length) ||
        (range.kind == http::ByteRange::Kind::Unsatisfiable && response.status == 416);
    if (!rangeApplies)
        FUZZ_CHECK(asWhole || asRange, context);
    else if (*rangeApplies)
        FUZZ_CHECK(asRange, context);
    else
        FUZZ_CHECK(asWhole, context);
}

bool sameResponse(HttpResponse a, HttpResponse b)
{
    // The device cookie is random on every PIN form, HEAD or GET alike.
    for (HttpResponse *response : {&a, &b})
        if (isDeviceCookie(response->header("Set-Cookie")))
            response->setHeader("Set-Cookie", "docket_device=(random)");
    const bool sameFile =
        a.file.has_value() == b.file.has_value() &&
        (!a.file || (a.file->path == b.file->path && a.file->offset == b.file->offset &&
                     a.file->length == b.file->length));
    return a.status == b.status && a.headers == b.headers && a.body == b.body && sameFile;
}

// A few realistic requests, written with the snapshot's own URLs, tags, dates and cookie.
void writeSeeds(const QString &folder, const FuzzSite &site)
{
    const SnapshotMeeting &meeting = *site.snapshot->meeting(QString::fromLatin1(kOpenCode));
    const SnapshotMeeting &locked = *site.snapshot->meeting(QString::fromLatin1(kPinCode));
    const SnapshotDocument &pdf = meeting.items[0].documents[0];
    const SnapshotDocument &text = meeting.items[0].documents[1];
    const SnapshotDocument &empty = meeting.items[0].documents[2];
    const SnapshotDocument &odd = meeting.items[0].documents[3];
    const SnapshotDocument &secret = locked.items[0].documents[0];
    const QByteArray phone = "\nHost: 192.168.1.23:8080\nAccept-Language: vi-VN,vi;q=0.9,en;q=0.8";
    const QByteArray code = kOpenCode;
    const QByteArray pinCode = kPinCode;
    const QByteArray cookie = "\nCookie: _ga=1; " + locked.cookieName + '=' + locked.cookieToken;
    const std::pair<const char *, QByteArray> seeds[] = {
        {"meeting", "GET /" + code + phone},
        {"item-en", "GET /" + code.toLower() + "/1/\nAccept-Language: en-US,en;q=0.9"},
        {"item-revalidate",
         "GET /" + code + "/1" + phone + "\nIf-None-Match: " +
             docket::SiteSnapshot::itemPage(meeting, meeting.items[0], QStringLiteral("vi")).tag},
        {"pdf", "GET " + pdf.urlPath + phone},
        {"pdf-head", "HEAD " + pdf.urlPath + phone},
        {"pdf-etag", "GET " + pdf.urlPath + phone + "\nIf-None-Match: " + pdf.etag},
        {"pdf-date", "GET " + pdf.urlPath + phone + "\nIf-Modified-Since: " + pdf.lastModified},
        {"text-range", "GET " + text.urlPath + phone + "\nRange: bytes=0-1023"},
        {"text-head-range", "HEAD " + text.urlPath + "\nRange: bytes=0-1023"},
        {"text-resume",
         "GET " + text.urlPath + phone + "\nRange: bytes=1024-\nIf-Range: " + text.etag},
        {"text-resume-date",
         "GET " + text.urlPath + "\nRange: bytes=-500\nIf-Range: " + text.lastModified},
        {"text-stale", "GET " + text.urlPath + "\nRange: bytes=10-20\nIf-Range: \"0000\""},
        {"text-ranges", "GET " + text.urlPath + "\nRange: bytes=0-1,5-6"},
        {"empty-range", "GET " + empty.urlPath + "\nRange: bytes=0-"},
        {"odd-name", "GET " + odd.urlPath + "\nRange: bytes=-1"},
        {"english", "GET /" + QByteArray(kEnglishCode) + "/1/6\nAccept-Language: vi"},
        {"pin-form", "GET " + secret.urlPath + phone},
        {"pin-cookie", "GET " + secret.urlPath + phone + cookie + "\nRange: bytes=2-"},
        {"pin-page-cookie", "GET /" + pinCode + "/1" + cookie},
        {"pin-unlock", "POST /" + pinCode + "/unlock" + phone +
                           "\nContent-Type: application/x-www-form-urlencoded\n\nnext=" +
                           QUrl::toPercentEncoding(QString::fromLatin1(secret.urlPath)) +
                           "&pin=" + kPin},
        {"pin-wrong", "POST /" + pinCode + "/unlock\n\npin=1357&next=%2F" + pinCode + "%2F1"},
        {"pin-item",
         "POST /" + pinCode.toLower() + "/unlock\n\npin=2468&next=%2F" + pinCode + "%2F1%2F"},
        {"pin-elsewhere", "POST /" + pinCode + "/unlock\n\nnext=%2F" + code + "%2F1&pin=2468"},
        {"pin-wrong-long", "POST /" + pinCode + "/unlock\n\npin=12345678&next="},
        {"pin-get", "GET /" + pinCode + "/UNLOCK"},
        {"unlock-no-pin", "POST /" + code + "/unlock\n\npin=2468"},
        {"draft", "GET /" + QByteArray(kDraftCode) + "/1" + phone},
        {"closed", "GET /CLOSED00/1/9" + phone},
        {"post", "POST /" + code + "/1\nCookie: docket_pin=1234"},
    };
    QDir().mkpath(folder);
    for (const auto &[name, bytes] : seeds) {
        QFile file(folder + QLatin1Char('/') + QLatin1String(name));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(bytes) != bytes.size())
            fail("seed written", __FILE__, __LINE__, file.fileName().toUtf8());
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    const FuzzSite &site = fuzzSite();
    if (const QString folder = qEnvironmentVariable("DOCKET_FUZZ_WRITE_SEEDS"); !folder.isEmpty())
        writeSeeds(folder, site);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    setCurrentInput(data, size);
    const FuzzSite &site = fuzzSite();
    const HttpRequest request =
        parseInput(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (checksPin(request, *site.snapshot) != kUnlockTarget)
        return -1; // the other target's request: not kept in this corpus
    const HttpResponse response = docket::Router::handleCheckingPin(request, *site.snapshot);
    static const bool trace = qEnvironmentVariableIsSet("DOCKET_FUZZ_TRACE");
    if (trace) {
        QByteArray text = escaped(request.method) + ' ' + escaped(request.path);
        for (const auto &[name, value] : request.headers)
            text += "\n       " + escaped(name) + ": " + escaped(value);
        if (!request.body.isEmpty())
            text += "\n       body " + escaped(request.body);
        std::fprintf(stderr, "request %s\n  -> %s\n", text.constData(),
                     describe(response).constData());
    }

    checkWellFormed(request, response, site);
    if (response.status == 405)
        return 0;
    if (enabled("outcome"))
        checkOutcome(request, response, site);

    // HEAD is answered exactly as GET would be, Range aside (Range is for GET only); the
    // transport then leaves the body out.
    const bool read = request.method == "GET" || request.method == "HEAD";
    if (read && enabled("head") && (request.method == "HEAD" || request.header("Range").isNull())) {
        HttpRequest get = request;
        get.method = request.method == "HEAD" ? "GET" : "HEAD";
        std::erase_if(get.headers, [](const auto &header) {
            return header.first.compare("Range", Qt::CaseInsensitive) == 0;
        });
        const HttpResponse other = docket::Router::handleCheckingPin(get, *site.snapshot);
        FUZZ_CHECK(sameResponse(response, other), "HEAD and GET differ:\n     " +
                                                      describe(response) + "\n     " +
                                                      describe(other));
    }
    return 0;
}
