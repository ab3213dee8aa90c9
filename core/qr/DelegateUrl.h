// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>

namespace docket::delegateurl {

// Delegate URLs are uppercase (HTTP://192.168.1.23:8080/K7Q2M9AB/3) so that the whole text is
// in the QR alphanumeric alphabet: a small symbol with large modules. The server matches
// paths case-insensitively, and schemes and hosts are case-insensitive by definition.

// "HTTP://HOST:PORT", IPv6 hosts in brackets.
QString base(const QString &host, std::uint16_t port);
// Accepts what a user types (http://host:port/, with or without scheme or slash) and returns
// the canonical base, or an empty string when it is not an http URL with a host.
QString normalizeBase(const QString &text);

// A meeting's public address, where a static copy of its site is published (publish/): http or
// https, a host, and a path prefix if the copy is not at the root. The scheme and the host
// uppercase (case-insensitive by definition: the QR stays alphanumeric, version 4 or less for
// a typical https host), the port only when it is not the scheme's own, the path prefix as
// typed (web servers match paths case-sensitively; a lowercase prefix makes a larger code),
// without its trailing slash. Empty when it is none of that.
QString normalizePublicBase(const QString &text);

QString meeting(const QString &base, const QString &code);
QString item(const QString &base, const QString &code, int number);
// A delegate's personal card: HTTP://192.168.1.23:8080/K7Q2M9AB/C/TOKEN. With an IPv4 base it
// is at most 53 characters, which a version 3 QR code holds at level M (61 alphanumeric).
QString card(const QString &base, const QString &code, const QString &token);
// What a scanner typed or a camera read from a card: the token of a card URL (any host, any
// case), or the text itself when it is a bare token. Empty when it is neither.
QString cardToken(const QString &scanned);

} // namespace docket::delegateurl
