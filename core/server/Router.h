// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/HttpMessage.h"

namespace docket {

struct SiteSnapshot;
class WrongCodeLimiter;

// Request in, response description out: no sockets, no SQLite, no shared state beyond the
// snapshot it is given. Every HTTP rule (methods, HEAD, ranges, validators, headers) is here,
// once, and the transport only moves bytes.
class Router
{
public:
    // `limiter`, when given, counts requests for codes that are not open meetings per client
    // address and turns them into 429 once a client guesses too often.
    static HttpResponse handle(const HttpRequest &request, const SiteSnapshot &site,
                               WrongCodeLimiter *limiter = nullptr);
    // The one request whose body the transport must read (and bound): the PIN form's POST.
    static bool acceptsBody(QByteArrayView method, QByteArrayView rawPath);
};

} // namespace docket
