// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace docket {

// The configuration a web server needs to serve a meeting's static copy (publish/StaticSite) as
// the live server does: one nginx `server { }` block or one Caddy site, with the address to
// listen on and the folder first, for an administrator to change. Content types (active types
// such as HTML or SVG never under their own name, as on the live server), Content-Disposition
// with the file's Vietnamese name (RFC 6266/8187, from the address as the pages link it),
// caching (page images are named by their content: kept for good; pages and documents:
// revalidated), the meeting code in any spelling a person types (any case, O for 0, I or L for
// 1) sent to its one spelling, no directory listings, the publish manifests never served.
namespace serverconfig {

struct Site
{
    QString meetingCode; // normalised, as in the copy's folder name
    QString meetingTitle;
    QString root;        // the folder the copy is in (a `publish --to` folder)
    QString listen;      // "80", "127.0.0.1:8080"; Caddy: the site address (":80")
    bool hasPin = false; // then basic authentication is offered, commented out
};

QString nginx(const Site &site);
QString caddy(const Site &site);

// The meeting code as a regular expression that matches every spelling the live server
// accepts (see http::canonicalDelegatePath): "[0Oo]" for 0, "[1IiLl]" for 1, both cases.
QString codePattern(const QString &meetingCode);

} // namespace serverconfig
} // namespace docket
