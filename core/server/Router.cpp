// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/Router.h"

#include "catalog/SearchQuery.h"
#include "pdf/PageRenderer.h"
#include "server/CanonicalPath.h"
#include "server/DelegatePages.h"
#include "server/GuessLimiter.h"
#include "server/HttpParsing.h"
#include "server/SiteSnapshot.h"
#include "server/SurveyPages.h"
#include "server/ZipStream.h"
#include "survey/SurveyForm.h"
#include "util/AudienceText.h"
#include "util/BundleNames.h"
#include "util/Error.h"
#include "util/Pin.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace docket {

namespace {

// No script, no frames, no outside resource: the page can only show itself.
constexpr char kPagePolicy[] = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; "
                               "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

// A page for a phone that follows the meeting runs one script, its own, and listens to its own
// events; nothing else changes.
constexpr char kFollowingPagePolicy[] =
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; script-src 'self'; "
    "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

// A page that holds a form answers with this policy instead of no-referrer: with no-referrer,
// browsers send "Origin: null" with the form's POST (Fetch standard, "append a request Origin
// header"), which the same-origin check must refuse. same-origin still tells no other site
// anything.
constexpr char kFormPageReferrerPolicy[] = "same-origin";

HttpResponse withCommonHeaders(HttpResponse response)
{
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    return response;
}

HttpResponse plainText(int status, const QByteArray &text)
{
    return plainTextResponse(status, text);
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
    response.setHeader("Vary", "Accept-Language, Cookie"); // the language switch's cookie
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

// A meeting's agenda, item or reader page: it holds the follow form, and differs for a phone
// that follows the meeting (its cookie).
HttpResponse delegatePage(const HttpRequest &request, const RenderedHtml &drawn,
                          const QString &language, bool following)
{
    HttpResponse response = page(request, 200, drawn.html, drawn.tag, language);
    if (following)
        response.setHeader("Content-Security-Policy", kFollowingPagePolicy);
    response.setHeader("Vary", "Accept-Language, Cookie");
    response.setHeader("Referrer-Policy", kFormPageReferrerPolicy);
    return response;
}

// The part of a body of `size` bytes a request asks for. Range applies to GET only; If-Range
// turns a range for another version into the whole new version, so that a resumed download can
// never splice two versions together. `lastModified` < 0: the entity tag only.
http::ByteRange requestedRange(const HttpRequest &request, const QByteArray &etag,
                               std::int64_t lastModified, std::int64_t size)
{
    const QByteArray rangeHeader = request.header("Range");
    const QByteArray ifRange = request.header("If-Range");
    if (request.method != "GET" || rangeHeader.isNull() ||
        (!ifRange.isNull() && !http::ifRangeAllows(ifRange, etag, lastModified)))
        return {};
    return http::parseRange(rangeHeader, size);
}

QByteArray contentRange(const http::ByteRange &range, std::int64_t size)
{
    return "bytes " + QByteArray::number(range.start) + '-' +
           QByteArray::number(range.start + range.length - 1) + '/' + QByteArray::number(size);
}

HttpResponse rangeNotSatisfiable(std::int64_t size)
{
    HttpResponse unsatisfiable = plainText(416, "Range Not Satisfiable");
    unsatisfiable.setHeader("Content-Range", "bytes */" + QByteArray::number(size));
    return unsatisfiable;
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

    const http::ByteRange range =
        requestedRange(request, doc.etag, doc.lastModifiedSeconds, doc.size);

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
        response.setHeader("Content-Range", contentRange(range, doc.size));
        break;
    case http::ByteRange::Kind::Unsatisfiable:
        return rangeNotSatisfiable(doc.size);
    }
    return withCommonHeaders(std::move(response));
}

// What the transport asks the page cache or the render pool for: a page at a width (or its
// text, or the document's outline: see PageRenderer::kTextWidth).
PageImageJob pageJob(const SnapshotDocument &doc, int pageNumber, int width,
                     const QString &language)
{
    PageImageJob job;
    job.sha256 = doc.imageSha256;
    job.page = pageNumber;
    job.width = width;
    job.pdfPath = doc.imagePdfPath;
    job.language = language;
    job.pagePoints = doc.pageSizes[static_cast<size_t>(pageNumber - 1)];
    return job;
}

// A page as an image: named here, fetched from the page cache or rendered by the transport.
// The tag follows the content, the page and the width, so a new version is a new image.
HttpResponse pageImage(const HttpRequest &request, const SnapshotDocument &doc, int pageNumber,
                       int width, bool webp, const QString &language)
{
    HttpResponse response;
    const QByteArray etag = '"' + doc.imageSha256.left(32).toLatin1() + "-p" +
                            QByteArray::number(pageNumber) + "-w" + QByteArray::number(width) +
                            (webp ? "-webp" : "") + '"';
    response.setHeader("ETag", etag);
    // The URL names the document's page, not a version: revalidate (a 304 when unchanged).
    response.setHeader("Cache-Control", "no-cache");
    if (notModified(request, etag, std::nullopt)) {
        response.status = 304;
        return withCommonHeaders(std::move(response));
    }
    response.status = 200;
    response.pageImage = pageJob(doc, pageNumber, width, language);
    response.pageImage->webp = webp;
    return withCommonHeaders(std::move(response));
}

} // namespace

namespace {

// A random name for one phone's browser, set by the PIN form: it lets the limiter count a
// phone's wrong PINs apart from its neighbours' behind the same address. It proves nothing
// (a guesser can drop it or invent one), so it only ever narrows a limit, never widens one.
constexpr char kDeviceCookie[] = "docket_device";

QByteArray deviceOf(const HttpRequest &request)
{
    const QByteArray value = http::cookieValue(request.header("Cookie"), kDeviceCookie);
    const bool wellFormed =
        value.size() == 32 && std::all_of(value.cbegin(), value.cend(), [](char c) {
            return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
        });
    return wellFormed ? value : QByteArray();
}

// Set by the follow form: this phone moves with the meeting (see delegatepages::followBar).
QByteArray followCookieName(const SnapshotMeeting &meeting)
{
    return "docket_follow_" + meeting.code.toLatin1();
}

bool isFollowing(const HttpRequest &request, const SnapshotMeeting &meeting)
{
    return http::cookieValue(request.header("Cookie"), followCookieName(meeting)) == "1";
}

// Where the item being discussed is, or the agenda while there is none.
QByteArray currentPath(const SnapshotMeeting &meeting)
{
    QByteArray path = '/' + meeting.code.toLatin1();
    if (meeting.currentItem > 0)
        path += '/' + QByteArray::number(meeting.currentItem);
    return path;
}

bool hasMeetingCookie(const HttpRequest &request, const SnapshotMeeting &meeting)
{
    return pin::equalConstantTime(http::cookieValue(request.header("Cookie"), meeting.cookieName),
                                  meeting.cookieToken);
}

HttpResponse pinForm(const HttpRequest &request, const SnapshotMeeting &meeting,
                     const QString &language, const QByteArray &next,
                     delegatepages::PinNotice notice)
{
    using delegatepages::PinNotice;
    const auto &pages = notice == PinNotice::Wrong          ? meeting.wrongPinPages
                        : notice == PinNotice::TooManyTries ? meeting.waitPinPages
                                                            : meeting.pinPages;
    const auto &halves = pages.value(language);
    HttpResponse response;
    // 403: this phone has not proved the PIN yet; the body is the form that lets it.
    response.status = 403;
    response.body =
        halves.first + QString::fromLatin1(next).toHtmlEscaped().toLatin1() + halves.second;
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    response.setHeader("Content-Language", language.toLatin1());
    response.setHeader("Content-Security-Policy", kPagePolicy);
    response.setHeader("Cache-Control", "no-store");
    if (deviceOf(request).isEmpty())
        response.setHeader("Set-Cookie", QByteArray(kDeviceCookie) + '=' + pin::newSalt() +
                                             "; Path=/; Max-Age=43200; HttpOnly; SameSite=Lax");
    response = withCommonHeaders(std::move(response));
    response.setHeader("Referrer-Policy", kFormPageReferrerPolicy);
    return response;
}

HttpResponse tooManyGuesses(int retryAfterSeconds)
{
    HttpResponse slowDown = plainText(429, "Too Many Requests");
    slowDown.setHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return slowDown;
}

// Where to go after the PIN: a path of the same meeting, in its one spelling, never anywhere
// else.
QByteArray safeNext(const QByteArray &next, const SnapshotMeeting &meeting)
{
    // The form sends back the raw request path we put into it: printable ASCII, still
    // percent-encoded. Anything else (raw bytes, CR LF, spaces) never reaches a header.
    const bool wireSafe =
        std::all_of(next.cbegin(), next.cend(), [](char c) { return c > 0x20 && c < 0x7f; });
    const auto canonical =
        wireSafe && !next.contains("//") ? http::canonicalDelegatePath(next) : std::nullopt;
    const auto path = canonical ? http::parseDelegatePath(*canonical) : std::nullopt;
    if (path && path->code == meeting.code && !path->unlock)
        return *canonical;
    return '/' + meeting.code.toLatin1();
}

HttpResponse seeOther(const QByteArray &location)
{
    HttpResponse away;
    away.status = 303;
    away.setHeader("Location", location);
    away.setHeader("Cache-Control", "no-store");
    return withCommonHeaders(std::move(away));
}

// The PIN form (/CODE/unlock): the limiter first, then the hash, off the request threads.
HttpResponse unlock(const FormSubmission &form)
{
    const HttpRequest &request = form.request;
    const SnapshotMeeting &meeting = *form.meeting;
    const QString &language = form.language;
    GuessLimiter *limiter = form.limiter;
    if (!meeting.hasPin())
        return seeOther('/' + meeting.code.toLatin1());
    // The form sends back the raw request path we put into it: ASCII, percent-encoded.
    const QByteArray next =
        safeNext(form.fields.value(u"next").value_or(QString()).toUtf8(), meeting);
    // A phone that is in already (Enter tapped twice, the form in an old tab) goes on: nothing
    // to check, nothing counted, whatever guessing goes on meanwhile.
    if (hasMeetingCookie(request, meeting))
        return seeOther(next);
    const QString entered = form.fields.value(u"pin").value_or(QString());
    // A PIN that cannot be right teaches a guesser nothing: no hash, no try spent.
    if (!pin::isWellFormed(entered))
        return pinForm(request, meeting, language, next, delegatepages::PinNotice::Wrong);

    auto job = std::make_shared<PinCheckJob>();
    job->pin = entered;
    job->salt = meeting.pinSalt;
    job->expectedHash = meeting.pinHash;
    job->meeting = meeting.code;
    job->clientAddress = request.clientAddress;
    job->device = deviceOf(request);
    // Before the (deliberately slow) hash, so that a flood is refused cheaply.
    if (limiter) {
        if (const int retryAfter =
                limiter->beginPinAttempt({job->meeting, job->clientAddress, job->device,
                                          static_cast<int>(entered.size())})) {
            HttpResponse wait =
                pinForm(request, meeting, language, next, delegatepages::PinNotice::TooManyTries);
            wait.status = 429;
            wait.setHeader("Retry-After", QByteArray::number(retryAfter));
            return wait;
        }
    }
    job->right = seeOther(next);
    // Half a day: the meeting, not the week. Lax so that a link opened from a chat app or a
    // QR scanner (a top-level navigation) still carries it. The path is the canonical code:
    // every other spelling was redirected to it before this point.
    job->right.setHeader("Set-Cookie", meeting.cookieName + '=' + meeting.cookieToken + "; Path=/" +
                                           meeting.code.toLatin1() +
                                           "; Max-Age=43200; HttpOnly; SameSite=Lax");
    job->wrong = pinForm(request, meeting, language, next, delegatepages::PinNotice::Wrong);
    HttpResponse checking;
    checking.pinCheck = std::move(job);
    return checking;
}

// The follow form (/CODE/follow): follow=1 starts following, and goes to the item being
// discussed; follow=0 stops, back where the phone was. Only a cookie: nothing is counted, and
// the meeting's PIN still guards every page it leads to.
HttpResponse follow(const FormSubmission &form)
{
    const bool start = form.fields.value(u"follow").value_or(QString()) == u"1";
    const QByteArray back =
        safeNext(form.fields.value(u"back").value_or(QString()).toUtf8(), *form.meeting);
    HttpResponse away = seeOther(start ? currentPath(*form.meeting) : back);
    away.setHeader("Set-Cookie", followCookieName(*form.meeting) + (start ? "=1" : "=") +
                                     "; Path=/" + form.meeting->code.toLatin1() +
                                     (start ? "; Max-Age=43200" : "; Max-Age=0") +
                                     "; HttpOnly; SameSite=Lax");
    return away;
}

// /CODE/events: the item being discussed, now and at each move, for the follow script. The
// transport streams it; a HEAD gets the headers alone.
HttpResponse eventStream(const HttpRequest &request, const SnapshotMeeting &meeting)
{
    HttpResponse stream;
    stream.status = 200;
    stream.setHeader("Content-Type", "text/event-stream; charset=utf-8");
    stream.setHeader("Cache-Control", "no-store");
    // A reverse proxy (nginx, when publishing beyond the laptop) must pass each event on as it
    // comes instead of buffering the stream.
    stream.setHeader("X-Accel-Buffering", "no");
    if (request.method == "GET")
        stream.eventStream = meeting.code;
    return withCommonHeaders(std::move(stream));
}

HttpResponse followScript(const HttpRequest &request)
{
    static const QByteArray tag =
        '"' +
        QCryptographicHash::hash(delegatepages::followScript(), QCryptographicHash::Sha256)
            .toHex()
            .left(32) +
        '"';
    HttpResponse script;
    script.setHeader("Content-Type", "text/javascript; charset=utf-8");
    script.setHeader("Cache-Control", "no-cache");
    script.setHeader("ETag", tag);
    if (notModified(request, tag, std::nullopt))
        script.status = 304;
    else
        script.body = delegatepages::followScript();
    return withCommonHeaders(std::move(script));
}

// --- Surveys ------------------------------------------------------------------------------
// A survey has a code of its own, from the same space as meetings'. Its form (GET /CODE) gives
// the phone a random token of its own (a cookie) the first time; the answers POSTed to
// /CODE/answer are stored under a keyed hash of that token, so that the same phone changes its
// answer instead of adding one and nothing stored leads back to the phone; and only the day.

QByteArray surveyCookieName(const Survey &survey)
{
    return "docket_survey_" + survey.code.toLatin1();
}

QByteArray answeredCookieName(const Survey &survey)
{
    return "docket_answered_" + survey.code.toLatin1();
}

// The phone's token for the survey, when it sent a well-formed one.
QByteArray surveyToken(const HttpRequest &request, const Survey &survey)
{
    const QByteArray value = http::cookieValue(request.header("Cookie"), surveyCookieName(survey));
    const bool wellFormed =
        value.size() == 32 && std::all_of(value.cbegin(), value.cend(), [](char c) {
            return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
        });
    return wellFormed ? value : QByteArray();
}

QByteArray surveyCookie(const Survey &survey, const QByteArray &name, const QByteArray &value)
{
    // A standing survey stays open for weeks: the phone keeps its token as long.
    return name + '=' + value + "; Path=/" + survey.code.toLatin1() +
           "; Max-Age=15552000; HttpOnly; SameSite=Lax";
}

HttpResponse surveyHtml(const HttpRequest &request, int status, const QByteArray &html,
                        const QByteArray &tag, const QString &language)
{
    HttpResponse response = page(request, status, html, tag, language);
    response.setHeader("Vary", "Accept-Language, Cookie");
    response.setHeader("Referrer-Policy", kFormPageReferrerPolicy);
    return response;
}

QByteArray delegateCookieName(const QString &meetingCode)
{
    return "docket_delegate_" + meetingCode.toLatin1();
}

// A per-delegate survey's respondent: the badge token this phone was given when the badge was
// scanned (the delegate cookie of the survey's meeting), when that delegate is on the meeting's
// roster and checked in. Empty for anything else, and for every other survey.
QByteArray delegateRespondent(const HttpRequest &request, const SiteSnapshot &site,
                              const SnapshotSurvey &entry)
{
    if (!entry.survey.perDelegate || entry.meetingCode.isEmpty())
        return {};
    const SnapshotMeeting *meeting = site.meeting(entry.meetingCode);
    if (!meeting)
        return {};
    const QByteArray token =
        http::cookieValue(request.header("Cookie"), delegateCookieName(entry.meetingCode));
    if (token.isEmpty())
        return {};
    const QString key = QString::fromLatin1(token);
    const auto found = meeting->delegates.constFind(key);
    if (found == meeting->delegates.constEnd())
        return {};
    if (!found->checkedInAt.isValid() && !meeting->checkIns->scannedAt(key).isValid())
        return {};
    return token;
}

HttpResponse surveyForm(const HttpRequest &request, const SiteSnapshot &site,
                        const SnapshotSurvey &entry, const QString &language)
{
    const Survey &survey = entry.survey;
    if (!entry.open())
        return surveyHtml(request, 200, surveypages::closedPage(survey, language), {}, language);
    if (survey.perDelegate && delegateRespondent(request, site, entry).isEmpty())
        return surveyHtml(request, 403, surveypages::delegatesOnlyPage(survey, language), {},
                          language);
    // Per phone: a second delegate on the same phone has not answered yet.
    const bool answered =
        !survey.perDelegate &&
        http::cookieValue(request.header("Cookie"), answeredCookieName(survey)) == "1";
    HttpResponse response =
        answered ? surveyHtml(request, 200, surveypages::formPage(survey, language, {}, {}, true),
                              {}, language)
                 : [&] {
                       const RenderedHtml drawn = SiteSnapshot::surveyPage(entry, language);
                       return surveyHtml(request, 200, drawn.html, drawn.tag, language);
                   }();
    if (!survey.perDelegate && surveyToken(request, survey).isEmpty())
        response.setHeader("Set-Cookie",
                           surveyCookie(survey, surveyCookieName(survey), pin::newSalt()));
    return response;
}

// POST /CODE/answer: the answers checked (the form again, with what was typed and what is
// wrong, when they do not hold), handed to the catalog's thread, and the phone sent to the
// thanks (POST, redirect, GET: a reload does not send them twice).
HttpResponse answerSurvey(const FormSubmission &form)
{
    const Survey &survey = form.survey->survey;
    if (!form.survey->open())
        return surveyHtml(form.request, 409, surveypages::closedPage(survey, form.language), {},
                          form.language);
    // Never thank a phone for answers that cannot be recorded (a read-only or full library).
    if (!form.site.recordsCheckIns) {
        HttpResponse busy = plainText(503, "This survey cannot take answers right now");
        busy.setHeader("Retry-After", "60");
        return busy;
    }
    const bool answered =
        !survey.perDelegate &&
        http::cookieValue(form.request.header("Cookie"), answeredCookieName(survey)) == "1";
    // A form of before a change of the survey: shown again as it is now, nothing read.
    if (form.fields.value(u"rev").value_or(QString()) != QString::number(survey.revision))
        return surveyHtml(form.request, 409,
                          surveypages::formPage(survey, form.language, {}, {}, answered), {},
                          form.language);
    const survey::ParsedAnswers parsed =
        survey::parseAnswers(survey, form.fields.entries, form.language);
    if (!parsed.ok())
        return surveyHtml(
            form.request, 422,
            surveypages::formPage(survey, form.language, parsed.answers, parsed.errors, answered),
            {}, form.language);
    // The respondent: the phone's own token, or for a per-delegate survey the delegate's badge.
    const QByteArray badge = delegateRespondent(form.request, form.site, *form.survey);
    if (survey.perDelegate && badge.isEmpty())
        return surveyHtml(form.request, 403, surveypages::delegatesOnlyPage(survey, form.language),
                          {}, form.language);
    QByteArray token = survey.perDelegate ? badge : surveyToken(form.request, survey);
    // Counted once the answers hold (a correction after a 422 costs nothing), per address and
    // phone: a hall behind one address (an IPv6 /64, a reverse proxy) is not one budget.
    if (form.limiter)
        if (const int retryAfter = form.limiter->countSurveyAnswer(QByteArray(
                form.request.clientAddress + '|' + (token.isEmpty() ? QByteArray("-") : token))))
            return tooManyGuesses(retryAfter);
    const bool newToken = token.isEmpty();
    if (newToken) // cookies refused, or the form kept from before: this answer starts one
        token = pin::newSalt();
    auto submission = std::make_shared<SurveySubmission>();
    submission->surveyId = survey.id;
    submission->respondent =
        QMessageAuthenticationCode::hash(survey.code.toLatin1() +
                                             (survey.perDelegate ? ":delegate:" : ":") + token,
                                         form.site.cookieSecret, QCryptographicHash::Sha256)
            .toHex()
            .left(32);
    submission->day = QDate::currentDate(); // the day, and nothing finer
    submission->answers = parsed.answers;
    HttpResponse thanks = seeOther('/' + survey.code.toLatin1() + "/thanks");
    thanks.surveySubmission = std::move(submission);
    thanks.headers.emplace_back("Set-Cookie",
                                surveyCookie(survey, answeredCookieName(survey), "1"));
    if (newToken && !survey.perDelegate)
        thanks.headers.emplace_back("Set-Cookie",
                                    surveyCookie(survey, surveyCookieName(survey), token));
    return thanks;
}

// Every address of a survey's code.
std::optional<HttpResponse> surveyRoute(const HttpRequest &request, const SiteSnapshot &site,
                                        const SnapshotSurvey &entry, const http::DelegatePath &path,
                                        const QString &language)
{
    const Survey &survey = entry.survey;
    if (path.item == 0 && path.card.isEmpty() && !path.unlock) {
        switch (path.extra) {
        case http::DelegatePath::Extra::None:
            return surveyForm(request, site, entry, language);
        case http::DelegatePath::Extra::Thanks:
            if (!entry.open())
                return surveyHtml(request, 200, surveypages::closedPage(survey, language), {},
                                  language);
            return surveyHtml(request, 200, surveypages::thankYouPage(survey, language, false), {},
                              language);
        case http::DelegatePath::Extra::Answer: // the form's address, read: to the form
            return seeOther('/' + survey.code.toLatin1());
        default:
            break;
        }
    }
    return std::nullopt; // not a survey's address
}

// A delegate's badge (/CODE/C/TOKEN), scanned by their own phone: a GET checks them in (the
// transport hands it to the catalog, which counts a delegate once however often they scan),
// the page greets them by name and says since when. A HEAD or a revalidation changes nothing.
// A token that is not on the meeting's roster is a wrong code to the limiter and the same 404
// as any other. The badge proves the delegate: it also lets the phone past the meeting's PIN,
// and the phone is remembered as theirs for the meeting (a cookie, for what comes later).
HttpResponse badge(const HttpRequest &request, const SiteSnapshot &site,
                   const SnapshotMeeting &meeting, const QString &token, const QString &language,
                   GuessLimiter *limiter)
{
    const auto found = meeting.delegates.constFind(token);
    if (found == meeting.delegates.constEnd()) {
        if (limiter)
            if (const int retryAfter = limiter->countWrongCode(request.clientAddress))
                return tooManyGuesses(retryAfter);
        return notFound(request, site, language);
    }
    const SnapshotDelegate &delegate = *found;
    const bool get = request.method == "GET" && site.recordsCheckIns;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime at = delegate.checkedInAt;
    if (!at.isValid())
        at = get ? meeting.checkIns->firstScan(token, now) : now;
    const bool already = at != now;
    HttpResponse response;
    response.status = 200;
    response.body = site.recordsCheckIns
                        ? delegatepages::badgePage(meeting, delegate, at, already, language)
                        : delegatepages::badgePage(meeting, delegate, {}, false, language);
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    response.setHeader("Content-Language", language.toLatin1());
    response.setHeader("Content-Security-Policy", kPagePolicy);
    response.setHeader("Cache-Control", "no-store");
    const QByteArray path = "; Path=/" + meeting.code.toLatin1();
    // Path=/: a survey of the meeting, at its own code, counts one response per delegate by
    // it. The PIN's cookie stays with the meeting's pages.
    response.setHeader("Set-Cookie", delegateCookieName(meeting.code) + '=' + token.toLatin1() +
                                         "; Path=/; Max-Age=43200; HttpOnly; SameSite=Lax");
    if (meeting.hasPin()) // a second Set-Cookie: setHeader would replace the first
        response.headers.emplace_back("Set-Cookie", meeting.cookieName + '=' + meeting.cookieToken +
                                                        path +
                                                        "; Max-Age=43200; HttpOnly; SameSite=Lax");
    if (get)
        response.checkInDelegate = delegate.id;
    return withCommonHeaders(std::move(response));
}

// Every other spelling of a delegate path goes to its one spelling, before anything else:
// cookies (their Path is case-sensitive), caches and counts then see one address. It follows
// from the text alone (the normalisation is public), for open meetings and wrong codes alike,
// so it says nothing about which meetings exist. 308 for the PIN form's POST keeps the method
// and the body; 301 for reading, which every browser follows.
HttpResponse toCanonical(const HttpRequest &request, const QByteArray &canonical)
{
    const bool post = request.method == "POST";
    HttpResponse moved =
        plainText(post ? 308 : 301, post ? "Permanent Redirect" : "Moved Permanently");
    // The query goes along (a language asked for, a page to go to): the fields the Router
    // reads, still encoded as they came.
    moved.setHeader("Location",
                    request.query.isEmpty() ? canonical : canonical + '?' + request.query);
    moved.setHeader("Cache-Control", "max-age=3600");
    return moved;
}

// The language switch at the foot of every page: ?lang=vi|en, remembered for the whole server
// (a phone that reads English reads every meeting in English until it switches back).
constexpr char kLanguageCookie[] = "docket_lang";

std::optional<QByteArray> askedLanguage(const HttpRequest &request)
{
    const auto asked = http::formValue(request.query, "lang");
    if (asked && (*asked == "vi" || *asked == "en"))
        return asked;
    return std::nullopt;
}

QString languageFor(const HttpRequest &request, const QString &own)
{
    const QByteArray chosen = askedLanguage(request).value_or(
        http::cookieValue(request.header("Cookie"), kLanguageCookie));
    return http::chooseLanguage(chosen, own, request.header("Accept-Language"));
}

HttpResponse rememberingLanguage(const HttpRequest &request, HttpResponse response)
{
    const auto asked = askedLanguage(request);
    if (asked && http::cookieValue(request.header("Cookie"), kLanguageCookie) != *asked)
        response.headers.emplace_back("Set-Cookie",
                                      kLanguageCookie + ('=' + *asked) +
                                          "; Path=/; Max-Age=15552000; HttpOnly; SameSite=Lax");
    return response;
}

// The view a phone reads documents in: "text" or "pages", chosen with the switch above every
// page (at?view=) and kept, like the language, for the whole server.
constexpr char kViewCookie[] = "docket_view";

QByteArray viewCookie(const QByteArray &view)
{
    return kViewCookie + ('=' + view) + "; Path=/; Max-Age=15552000; HttpOnly; SameSite=Lax";
}

bool readsText(const HttpRequest &request)
{
    return http::cookieValue(request.header("Cookie"), kViewCookie) == "text";
}

// A page of the document around a fragment from the page cache (see FramedFragment): the
// frame's tag with the content's, so that a new version or a new frame is a new page.
HttpResponse framedPage(const HttpRequest &request, const RenderedHtml &frame,
                        const SnapshotDocument &doc, int pageNumber, int width,
                        const QString &language, bool following)
{
    const QByteArray etag = frame.tag.chopped(1) + '-' + doc.imageSha256.left(16).toLatin1() +
                            "-p" + QByteArray::number(pageNumber) + '"';
    // Joined before, for an earlier phone: answered as any page of the snapshot. The tag names
    // the frame, the content and the page, so it names the joined page too.
    const QString joinedKey = QString::fromLatin1(etag) + u'w' + QString::number(width);
    if (const auto joined = doc.textPages->joined(joinedKey))
        return delegatePage(request, *joined, language, following);
    HttpResponse response = delegatePage(request, RenderedHtml{{}, etag}, language, following);
    if (response.status != 200)
        return response;
    const QByteArrayView marker(delegatepages::kFragmentMarker);
    const qsizetype first = frame.html.indexOf(marker);
    const qsizetype second = frame.html.indexOf(marker, first + marker.size());
    if (first < 0 || second < 0)
        return plainText(500, "Internal Server Error");
    PageImageJob job = pageJob(doc, pageNumber, width, language);
    job.frame =
        FramedFragment{frame.html.first(first),
                       frame.html.sliced(first + marker.size(), second - first - marker.size()),
                       frame.html.sliced(second + marker.size()),
                       [memo = doc.textPages, joinedKey, etag](const QByteArray &joined) {
                           memo->keepJoined(joinedKey, RenderedHtml{joined, etag});
                       }};
    response.pageImage = std::move(job);
    return response;
}

// /CODE/N/DOC/at?n=P[&view=text|pages]: to page P in the view asked for, or the phone's.
HttpResponse goToPage(const HttpRequest &request, const SnapshotDocument &doc)
{
    const int pages = static_cast<int>(doc.pageSizes.size());
    bool ok = false;
    const int asked =
        http::formValue(request.query, "n").value_or(QByteArray()).trimmed().toInt(&ok);
    const int page = ok ? std::clamp(asked, 1, pages) : 1;
    const QByteArray view = http::formValue(request.query, "view").value_or(QByteArray());
    const bool text = view == "text" || (view != "pages" && readsText(request));
    const QByteArray base = doc.basePath;
    const int part = (page - 1) / delegatepages::kReaderPagesPerPart + 1;
    QByteArray location = base + "/text/" + QByteArray::number(page);
    if (!text)
        location = base + "/read" + (part > 1 ? '/' + QByteArray::number(part) : QByteArray()) +
                   "#p" + QByteArray::number(page);
    HttpResponse away = seeOther(location);
    if ((view == "text" || view == "pages") &&
        http::cookieValue(request.header("Cookie"), kViewCookie) != view)
        away.setHeader("Set-Cookie", viewCookie(view));
    return away;
}

// /CODE/N/zip and /CODE/zip: an item's documents, or the meeting's in a folder per item, as one
// ZIP streamed from their files (the originals: an office file as it was given, not its PDF).
// Resumable with Range once every file's CRC is known (after its first whole download).
HttpResponse zipDownload(const HttpRequest &request, const SnapshotMeeting &meeting,
                         const SnapshotItem *only)
{
    auto download = std::make_shared<ZipDownload>();
    QCryptographicHash identity(QCryptographicHash::Sha256);
    // The names an archive bundle gives them (util/BundleNames): safe on every file system,
    // told apart within a folder by case and normalisation.
    const auto add = [&](const SnapshotItem &item, const QString &folder) {
        bundlenames::NameSet taken;
        for (const SnapshotDocument &doc : item.documents) {
            const QString extension = bundlenames::extensionOf(doc.fileName);
            const QString stem =
                extension.isEmpty() ? doc.fileName : doc.fileName.chopped(extension.size() + 1);
            const QString file = taken.claim(bundlenames::documentFile(stem, extension));
            ZipEntry entry;
            entry.name = folder.isEmpty() ? file : folder + u'/' + file;
            entry.path = doc.blobPath;
            entry.size = doc.size;
            entry.modified = QDateTime::fromSecsSinceEpoch(doc.lastModifiedSeconds);
            entry.crc32 = ZipCrcMemo::global().find(doc.sha256);
            identity.addData(QByteArray(entry.name.toUtf8() + '\0' + doc.sha256.toLatin1() + '\n'));
            download->entries.push_back(std::move(entry));
            download->sha256.push_back(doc.sha256);
            download->versionIds.push_back(doc.versionId);
        }
    };
    const int items = static_cast<int>(meeting.items.size());
    if (only)
        add(*only, {});
    else
        for (const SnapshotItem &item : meeting.items)
            add(item, bundlenames::itemFolder(item.number, items, item.title));
    const std::int64_t total = ZipStream::totalSize(download->entries);
    if (total < 0)
        return plainText(500, "Internal Server Error");
    const QByteArray etag = "\"zip-" + identity.result().toHex().left(32) + '"';

    HttpResponse response;
    response.setHeader("Content-Type", "application/zip");
    response.setHeader(
        "Content-Disposition",
        http::contentDisposition(only ? bundlenames::itemFolder(only->number, items, only->title) +
                                            QStringLiteral(".zip")
                                      : bundlenames::defaultBundleName(meeting.date, meeting.title),
                                 true));
    response.setHeader("ETag", etag);
    response.setHeader("Cache-Control", "no-cache");
    if (notModified(request, etag, std::nullopt)) {
        response.status = 304;
        return withCommonHeaders(std::move(response));
    }
    const bool resumable =
        std::all_of(download->entries.cbegin(), download->entries.cend(),
                    [](const ZipEntry &entry) { return entry.crc32.has_value(); });
    response.setHeader("Accept-Ranges", resumable ? "bytes" : "none");
    const http::ByteRange range =
        resumable ? requestedRange(request, etag, -1, total) : http::ByteRange{};
    switch (range.kind) {
    case http::ByteRange::Kind::Whole:
        response.status = 200;
        download->length = total;
        break;
    case http::ByteRange::Kind::Partial:
        response.status = 206;
        download->offset = range.start;
        download->length = range.length;
        response.setHeader("Content-Range", contentRange(range, total));
        break;
    case http::ByteRange::Kind::Unsatisfiable:
        return rangeNotSatisfiable(total);
    }
    response.zip = std::move(download);
    return withCommonHeaders(std::move(response));
}

// /CODE/N/DOC/search?q=WORDS: the pages whose text holds them, in the search language of the
// archive (SearchQuery: marks typed or not, "phrases"), over the text search holds.
HttpResponse searchDocument(const HttpRequest &request, const SnapshotMeeting &meeting,
                            const SnapshotItem &item, const SnapshotDocument &doc,
                            const QString &language)
{
    constexpr int kMaxHits = 50;
    const QString typed =
        QString::fromUtf8(http::formValue(request.query, "q").value_or(QByteArray()))
            .simplified()
            .left(200);
    QList<delegatepages::DocumentHit> hits;
    bool tooMany = false;
    QString problem;
    try {
        const SearchQuery query = SearchQuery::parse(typed);
        for (qsizetype i = 0; i < doc.text->pages.size(); ++i) {
            const QString &text = doc.text->pages[i];
            const QList<SearchQuery::Range> matches = query.matches(text);
            if (matches.isEmpty())
                continue;
            if (hits.size() == kMaxHits) {
                tooMany = true;
                break;
            }
            delegatepages::DocumentHit hit;
            hit.page = static_cast<int>(i + 1);
            hit.snippet = SearchQuery::snippet(text, matches, hit.marks, 60);
            hits << hit;
        }
    } catch (const Error &) {
        problem = AudienceText(language, "DelegatePage")(
            QT_TRANSLATE_NOOP("DelegatePage", "Type a word to look for."));
    }
    HttpResponse response =
        page(request, 200,
             delegatepages::searchPage(meeting, item, doc, language, typed, hits, tooMany, problem),
             {}, language);
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Referrer-Policy", kFormPageReferrerPolicy);
    return response;
}

} // namespace

namespace {

// Every form phones may POST. The PIN form's body is two short fields; 2 KB leaves room for a
// `next` path of a long file name.
constexpr FormAction kFormActions[] = {
    {"unlock", 2048, &unlock},
    {"follow", 2048, &follow},
    // A survey's answers: a field per question and per ticked box; the longest texts allowed,
    // each percent-encoded (up to 9 bytes a character), with room to spare.
    {"answer", 512 * 1024, &answerSurvey, true, 2048},
};

HttpResponse foreignForm(const SnapshotMeeting *meeting, const QString &code,
                         const QString &language)
{
    HttpResponse refused;
    refused.status = 403;
    refused.body = delegatepages::foreignFormPage(meeting ? meeting->code : code, language);
    refused.setHeader("Content-Type", "text/html; charset=utf-8");
    refused.setHeader("Content-Language", language.toLatin1());
    refused.setHeader("Content-Security-Policy", kPagePolicy);
    refused.setHeader("Cache-Control", "no-store");
    return withCommonHeaders(std::move(refused));
}

// A POST to a form action, through the gates every form passes (see FormAction).
HttpResponse postedForm(const HttpRequest &request, const SiteSnapshot &site,
                        const FormAction &action, GuessLimiter *limiter)
{
    const QByteArrayView rawPath = request.path;
    const qsizetype lastSlash = rawPath.chopped(rawPath.endsWith('/') ? 1 : 0).lastIndexOf('/');
    const QByteArrayView meetingPath = rawPath.first(std::max<qsizetype>(lastSlash, 0));
    const auto canonicalMeeting = http::canonicalDelegatePath(meetingPath);
    const auto path = http::parseDelegatePath(meetingPath);
    if (!canonicalMeeting || !path) // formActionFor made sure of both
        return plainText(404, "Not Found");
    const QByteArray canonical = *canonicalMeeting + '/' + action.name.toByteArray();
    if (canonical != request.path)
        return toCanonical(request, canonical);

    const SnapshotMeeting *meeting = action.survey ? nullptr : site.meeting(path->code);
    const SnapshotSurvey *survey = action.survey ? site.survey(path->code) : nullptr;
    const QString language = languageFor(request, meeting  ? meeting->language
                                                  : survey ? survey->survey.language
                                                           : QString());
    // Before anything is counted or checked: a form another site's page made this browser
    // send is answered alike whether the meeting exists or not. A request with neither Origin
    // nor Referer goes on: every browser of the last years sends Origin with a form's POST
    // (Chrome since 2014ish, Firefox since 70, Safari since 2013ish), so only an old phone's
    // browser, or a program that is no browser at all (against which such a check cannot guard
    // anyway), sends neither; refusing them would lock old phones out of the meeting, while
    // their cookies are SameSite=Lax and the limiter still counts every PIN.
    if (forms::checkOrigin(request.header("Origin"), request.header("Referer"),
                           request.header("Host")) == forms::Origin::Foreign)
        return foreignForm(meeting, path->code, language);
    switch (forms::bodyType(request.header("Content-Type"))) {
    case forms::BodyType::Form:
        break;
    case forms::BodyType::WrongType:
        return plainText(415, "Unsupported Media Type: send application/x-www-form-urlencoded");
    case forms::BodyType::WrongCharset:
        return plainText(415, "Unsupported Media Type: send the form in UTF-8");
    }
    if (request.body.size() > action.maxBody)
        return plainText(413, "Content Too Large");
    const std::optional<forms::Fields> fields =
        forms::parseUrlEncoded(request.body, action.maxFields);
    if (!fields)
        return plainText(400, "Bad Request: the form's fields cannot be read");
    if (!meeting && !survey) {
        // A well-formed code that leads nowhere is what guessing looks like.
        if (limiter)
            if (const int retryAfter = limiter->countWrongCode(request.clientAddress))
                return tooManyGuesses(retryAfter);
        return notFound(request, site, language);
    }
    return action.handle({request, site, meeting, survey, language, *fields, limiter});
}

} // namespace

const FormAction *formActionFor(QByteArrayView rawPath)
{
    QByteArrayView trimmed = rawPath;
    if (trimmed.endsWith('/'))
        trimmed.chop(1); // one trailing slash is harmless, as for every delegate path
    const qsizetype lastSlash = trimmed.lastIndexOf('/');
    if (lastSlash <= 0)
        return nullptr;
    const auto name = http::decodePathSegment(trimmed.sliced(lastSlash + 1));
    if (!name)
        return nullptr;
    for (const FormAction &action : kFormActions) {
        if (name->compare(action.name, Qt::CaseInsensitive) != 0)
            continue;
        // The action of a meeting: what comes before it is a meeting's own path, no "//".
        if (trimmed.first(lastSlash).endsWith('/'))
            return nullptr;
        const auto meetingPath = http::parseDelegatePath(trimmed.first(lastSlash));
        if (meetingPath && meetingPath->item == 0 && !meetingPath->unlock &&
            meetingPath->card.isEmpty() && meetingPath->extra == http::DelegatePath::Extra::None)
            return &action;
        return nullptr;
    }
    return nullptr;
}

bool Router::acceptsBody(QByteArrayView method, QByteArrayView rawPath)
{
    return maxBody(method, rawPath) > 0;
}

qsizetype Router::maxBody(QByteArrayView method, QByteArrayView rawPath)
{
    if (method != "POST")
        return 0;
    const FormAction *action = formActionFor(rawPath);
    return action ? action->maxBody : 0;
}

PinVerdict Router::checkPin(const PinCheckJob &job)
{
    return pin::matches(job.pin, job.salt, job.expectedHash) ? PinVerdict::Right
                                                             : PinVerdict::Wrong;
}

HttpResponse Router::finishPinCheck(const PinCheckJob &job, PinVerdict verdict,
                                    GuessLimiter *limiter)
{
    if (limiter) {
        const GuessLimiter::PinOutcome outcome =
            verdict == PinVerdict::Right   ? GuessLimiter::PinOutcome::Right
            : verdict == PinVerdict::Wrong ? GuessLimiter::PinOutcome::Wrong
                                           : GuessLimiter::PinOutcome::NotChecked;
        limiter->endPinAttempt(
            {job.meeting, job.clientAddress, job.device, static_cast<int>(job.pin.size())},
            outcome);
    }
    switch (verdict) {
    case PinVerdict::Right:
        return job.right;
    case PinVerdict::Wrong:
        return job.wrong;
    case PinVerdict::NotChecked:
        break;
    }
    HttpResponse busy = plainText(503, "Busy checking PINs, try again in a moment");
    busy.setHeader("Retry-After", "2");
    return busy;
}

HttpResponse Router::handleCheckingPin(const HttpRequest &request, const SiteSnapshot &site,
                                       GuessLimiter *limiter)
{
    HttpResponse answer = handle(request, site, limiter);
    if (!answer.pinCheck)
        return answer;
    const std::shared_ptr<const PinCheckJob> job = answer.pinCheck;
    return finishPinCheck(*job, checkPin(*job), limiter);
}

HttpResponse Router::handle(const HttpRequest &request, const SiteSnapshot &site,
                            GuessLimiter *limiter)
{
    return rememberingLanguage(request, route(request, site, limiter));
}

HttpResponse Router::route(const HttpRequest &request, const SiteSnapshot &site,
                           GuessLimiter *limiter)
{
    const bool read = request.method == "GET" || request.method == "HEAD";
    if (!read) {
        if (request.method == "POST")
            if (const FormAction *action = formActionFor(request.path))
                return postedForm(request, site, *action, limiter);
        HttpResponse response = plainText(405, "Method Not Allowed");
        response.setHeader("Allow", "GET, HEAD");
        return response;
    }
    const auto canonical = http::canonicalDelegatePath(request.path);
    if (canonical && *canonical != request.path)
        return toCanonical(request, *canonical);

    const auto path = http::parseDelegatePath(request.path);
    const SnapshotMeeting *meeting = path ? site.meeting(path->code) : nullptr;
    if (const SnapshotSurvey *survey = path && !meeting ? site.survey(path->code) : nullptr) {
        const QString language = languageFor(request, survey->survey.language);
        if (std::optional<HttpResponse> answer =
                surveyRoute(request, site, *survey, *path, language))
            return *answer;
        return notFound(request, site, language);
    }
    const QString language = languageFor(request, meeting ? meeting->language : QString());
    if (!meeting) {
        // A well-formed code that leads nowhere is what guessing looks like.
        if (path && limiter)
            if (const int retryAfter = limiter->countWrongCode(request.clientAddress))
                return tooManyGuesses(retryAfter);
        return notFound(request, site, language);
    }
    if (path->unlock) // where the PIN form is POSTed: read, it leads to the meeting
        return seeOther('/' + meeting->code.toLatin1());
    if (!path->card.isEmpty())
        return badge(request, site, *meeting, path->card, language, limiter);
    if (path->extra == http::DelegatePath::Extra::FollowScript)
        return followScript(request); // the same for everyone: nothing of the meeting in it
    if (meeting->hasPin() && !hasMeetingCookie(request, *meeting))
        return pinForm(request, *meeting, language, request.path, delegatepages::PinNotice::None);

    const bool following = isFollowing(request, *meeting);
    switch (path->extra) {
    case http::DelegatePath::Extra::Events:
        return eventStream(request, *meeting);
    case http::DelegatePath::Extra::Now:
        return seeOther(currentPath(*meeting));
    case http::DelegatePath::Extra::Follow: // the form's address, read: to the agenda
        return seeOther('/' + meeting->code.toLatin1());
    case http::DelegatePath::Extra::Zip: {
        const SnapshotItem *only = path->item > 0 ? site.item(*meeting, path->item) : nullptr;
        if (path->item > 0 && (!only || only->documents.empty()))
            return notFound(request, site, language);
        return zipDownload(request, *meeting, only);
    }
    case http::DelegatePath::Extra::Answer: // a survey's addresses, not a meeting's
    case http::DelegatePath::Extra::Thanks:
        return notFound(request, site, language);
    case http::DelegatePath::Extra::FollowScript:
    case http::DelegatePath::Extra::None:
        break;
    }

    if (path->item == 0)
        return delegatePage(request, SiteSnapshot::meetingPage(*meeting, language, following),
                            language, following);

    const SnapshotItem *item = site.item(*meeting, path->item);
    if (!item)
        return notFound(request, site, language);
    if (path->doc == 0)
        return delegatePage(request, SiteSnapshot::itemPage(*meeting, *item, language, following),
                            language, following);

    for (const SnapshotDocument &doc : item->documents) {
        if (doc.id != path->doc)
            continue;
        switch (path->view) {
        case http::DelegatePath::View::File:
            return document(request, doc);
        case http::DelegatePath::View::Reader:
            if (!doc.readable)
                break;
            // A phone that reads text goes from "Read" to the text of page 1.
            if (readsText(request) && request.path.endsWith("/read"))
                return seeOther(doc.basePath + "/text/1");
            if (const auto drawn = SiteSnapshot::readerPage(*meeting, *item, doc, language,
                                                            path->part, following)) {
                HttpResponse reader = delegatePage(request, *drawn, language, following);
                // Reading counts as opening, like a download does (not a revalidation or a HEAD).
                if (reader.status == 200 && request.method == "GET")
                    reader.versionId = doc.versionId;
                return reader;
            }
            break;
        case http::DelegatePath::View::PageImage:
        case http::DelegatePath::View::Thumbnail:
            if (!doc.readable || path->page > static_cast<int>(doc.pageSizes.size()))
                break;
            return pageImage(request, doc, path->page,
                             path->view == http::DelegatePath::View::Thumbnail
                                 ? delegatepages::kThumbnailWidth
                             : path->width > 0 ? path->width
                                               : delegatepages::kReaderWidth,
                             path->webp, language);
        case http::DelegatePath::View::Text: {
            if (!doc.readable)
                break;
            const auto frame =
                SiteSnapshot::textPage(*meeting, *item, doc, language, path->page, following);
            if (!frame)
                break;
            HttpResponse text = framedPage(request, *frame, doc, path->page,
                                           PageRenderer::kTextWidth, language, following);
            if (text.status == 200 && request.method == "GET")
                text.versionId = doc.versionId; // reading, as in the reader
            if (!readsText(request))
                text.setHeader("Set-Cookie", viewCookie("text"));
            return text;
        }
        case http::DelegatePath::View::Contents: {
            const auto frame =
                SiteSnapshot::contentsPage(*meeting, *item, doc, language, following);
            if (!frame)
                break;
            return framedPage(request, *frame, doc, 1, PageRenderer::kOutlineWidth, language,
                              following);
        }
        case http::DelegatePath::View::GoTo:
            if (!doc.readable)
                break;
            return goToPage(request, doc);
        case http::DelegatePath::View::Search:
            if (!doc.readable)
                break;
            return searchDocument(request, *meeting, *item, doc, language);
        }
        break;
    }
    return notFound(request, site, language);
}

} // namespace docket
