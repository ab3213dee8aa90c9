// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

// How the live delegate pages become files of a static copy (publish/StaticSite): pure text
// work on the HTML that server/DelegatePages drew, unit-tested without a server.
namespace docket::staticlinks {

// Where a link of a live page leads: an absolute live path ("/K7Q2M9AB/3/12/read/2", still
// percent-encoded, no query) and the fragment after '#', if any.
struct LiveTarget
{
    QByteArray path;
    QByteArray fragment;
    bool operator==(const LiveTarget &) const = default;
};

// The link `href` of the page served at `pagePath`, resolved as a browser would, and the
// live server's "at?n=P&view=..." (a page of a document in a view) turned into the address
// it redirects to (text/P, or read/PART#pP). nullopt for what a static copy cannot have: other
// sites, a query it cannot answer (?lang=, search), the event stream, following.
std::optional<LiveTarget> resolve(const QByteArray &pagePath, const QString &href);

// The parts only the live server can answer (between DelegatePages' kLiveStart and kLiveEnd)
// taken out, and what the copy says in their place (kCopyStart ... kCopyEnd) brought out.
QString withoutLiveParts(const QString &html);

// `target` as a link from the page whose files sit in folder `fromFolder` ("K7Q2M9AB/3/" for
// the page of item 3, "" for the top): "../12/read/", "Tờ%20trình.pdf". `targetFile` is the
// target's path among the copy's files, "K7Q2M9AB/3/12/read/" for a page (a folder whose
// index.html it is: note the trailing slash), or a file's path, percent-encoded as in a URL.
QString relative(const QString &fromFolder, const QString &targetFile, const QByteArray &fragment);

// Every link of `html` (href, src, srcset, action) given to `map`, which returns what to put
// instead, or nullopt to drop it (an <a> then stays as text, an image loses its source).
using LinkMap = std::function<std::optional<QString>(const QString &href)>;
QString rewriteLinks(const QString &html, const LinkMap &map);

// Every link of `html`, as rewriteLinks gives them to `map` (to crawl a page).
QStringList links(const QString &html);

} // namespace docket::staticlinks
