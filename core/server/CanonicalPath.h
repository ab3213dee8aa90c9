// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace docket::http {

// The one spelling of a delegate path: the meeting code normalised (uppercase, O -> 0,
// I and L -> 1, escapes decoded), the keywords lowercase ("unlock", "read", "page", "thumb")
// but a badge's "C" (/CODE/C/TOKEN, uppercase like the QR code that carries it, the token
// normalised as the code is),
// numbers without leading zeros, no trailing slash; a document's file-name segment is kept as
// sent (it is only there for the browser's download name), with any byte that cannot go into
// a Location header percent-encoded. It is exactly what the delegate pages link to.
// nullopt when the path is not a delegate path at all (parseDelegatePath refuses it).
//
// The server redirects every other spelling to this one before anything else, because cookie
// paths are case-sensitive (a cookie for Path=/K7Q2M9AB is never sent to /k7q2m9ab) and
// caches and counts should see one address. It depends on the text only, never on which
// meetings exist, so the redirect reveals nothing about them.
std::optional<QByteArray> canonicalDelegatePath(QByteArrayView rawPath);

} // namespace docket::http
