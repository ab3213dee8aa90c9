// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/HttpMessage.h"

namespace docket {

struct SiteSnapshot;

// Request in, response description out: no sockets, no SQLite, no shared state beyond the
// snapshot it is given. Every HTTP rule (methods, HEAD, ranges, validators, headers) is here,
// once, and the transport only moves bytes.
class Router
{
public:
    static HttpResponse handle(const HttpRequest &request, const SiteSnapshot &site);
};

} // namespace docket
