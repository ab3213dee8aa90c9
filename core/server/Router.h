// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/FormPost.h"
#include "server/HttpMessage.h"

namespace docket {

struct SiteSnapshot;
struct SnapshotMeeting;
struct SnapshotSurvey;
class GuessLimiter;

// Request in, response description out: no sockets, no SQLite, no shared state beyond the
// snapshot it is given. Every HTTP rule (methods, HEAD, ranges, validators, headers) is here,
// once, and the transport only moves bytes.
class Router
{
public:
    // `limiter`, when given, counts requests for codes that are not open meetings and wrong
    // PINs, and turns them into 429 once someone guesses too often (see GuessLimiter).
    // The answer to the PIN form's POST is a pinCheck to run, not yet a response: the
    // transport runs it off its request threads (checkPin) and answers with finishPinCheck.
    static HttpResponse handle(const HttpRequest &request, const SiteSnapshot &site,
                               GuessLimiter *limiter = nullptr);
    // The deliberately slow part (PBKDF2): thread-safe, touches nothing but the job.
    static PinVerdict checkPin(const PinCheckJob &job);
    // The answer once the PIN was checked (or could not be); gives the limiter's try back when
    // it was right or never checked.
    static HttpResponse finishPinCheck(const PinCheckJob &job, PinVerdict verdict,
                                       GuessLimiter *limiter);
    // handle(), with any PIN check run on the calling thread: for tests and tools, never for
    // the server's request threads.
    static HttpResponse handleCheckingPin(const HttpRequest &request, const SiteSnapshot &site,
                                          GuessLimiter *limiter = nullptr);
    // The requests whose body the transport reads: a POST to a form action (see FormAction).
    static bool acceptsBody(QByteArrayView method, QByteArrayView rawPath);
    // The most bytes of body the transport reads for that request, 0 for none: a longer body
    // (by its Content-Length) is answered 413 before a byte of it is read.
    static qsizetype maxBody(QByteArrayView method, QByteArrayView rawPath);

private:
    static HttpResponse route(const HttpRequest &request, const SiteSnapshot &site,
                              GuessLimiter *limiter);
};

// A form that phones POST to /CODE/<name>, and what handles it. Every POST passes the same
// gates before its handler sees it, in this order: the path in its one spelling (308), a
// same-origin check (403, see forms::checkOrigin), the body's type (415) and size (413), its
// fields parsed (400), an open meeting (404, counted as a wrong code). Adding a form (a
// check-in, a survey answer) is an entry in the table in Router.cpp and a handler; slow or
// catalog-bound work leaves the request thread through a SubmissionQueue (as the PIN check
// does) or a SubmissionInbox drained on the catalog's thread.
struct FormSubmission
{
    const HttpRequest &request;
    const SiteSnapshot &site;
    // The meeting the form belongs to, or, for a survey's action, the survey: never both.
    const SnapshotMeeting *meeting;
    const SnapshotSurvey *survey;
    const QString &language;
    const forms::Fields &fields;
    GuessLimiter *limiter;
};
struct FormAction
{
    QByteArrayView name; // the path's last segment, lowercase
    qsizetype maxBody;   // bytes
    HttpResponse (*handle)(const FormSubmission &);
    bool survey = false;      // posted to a survey's code, not a meeting's
    qsizetype maxFields = 64; // forms::kMaxFields unless it needs more
};
// The action a POST to `rawPath` goes to, in any spelling of the path, or null.
const FormAction *formActionFor(QByteArrayView rawPath);

} // namespace docket
