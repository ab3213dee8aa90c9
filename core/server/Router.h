// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/HttpMessage.h"

namespace docket {

struct SiteSnapshot;
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
    // The one request whose body the transport must read (and bound): the PIN form's POST.
    static bool acceptsBody(QByteArrayView method, QByteArrayView rawPath);
};

} // namespace docket
