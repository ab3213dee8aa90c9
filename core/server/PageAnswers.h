// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/HttpMessage.h"

namespace docket {

struct PageOutcome;

// A page image or a page's text, as the Router named it (HttpResponse::pageImage), completed
// with what the page cache or a render worker gave: written once, for the server's
// connections and for a static copy of the site (publish/) alike.
namespace pageanswers {

// The Router's answer for a page image, completed with the image file (or, for a framed page,
// the page joined around its fragment); the placeholder for a page that cannot be drawn; 503
// while busy.
HttpResponse withImage(HttpResponse answer, const PageOutcome &outcome);
// A page that cannot be drawn: an image that says so, in the phone's language, and points to
// the download. Never kept by the phone (no tag, no-store): the page may be drawn one day.
HttpResponse withPlaceholder(HttpResponse answer);
// A plain-text refusal, with Retry-After when `retryAfter` > 0.
HttpResponse unavailable(int status, const QByteArray &text, int retryAfter);

} // namespace pageanswers
} // namespace docket
