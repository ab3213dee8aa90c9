// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Model.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <functional>
#include <vector>

namespace docket {

class Library;

// One file of a static copy of a meeting's delegate site.
struct StaticFile
{
    // Its path in the copy, as a web server maps the URL's decoded path to it:
    // "K7Q2M9AB/3/index.html" (the page at /K7Q2M9AB/3), "K7Q2M9AB/3/12/Tờ trình.pdf",
    // "K7Q2M9AB/_img/3f…a1.webp" (a page image, named by its content).
    QString path;
    QString sourcePath; // the bytes are in this file (a stored document, a staged image)...
    QByteArray bytes;   // ...or here (a page)
    QString sha256;
    std::int64_t size = 0;
    // HTML: links to the other files, so sent after them (a reader never gets a page whose
    // links lead nowhere yet).
    bool page = false;
};

// The delegate site of one meeting drawn to files, with the live server's own Router and render
// workers, at the same paths as the live server (/CODE/N/DOC/...), so that a printed code can
// point at a web server holding them. Every link is relative (the copy works under any base
// path); what only the live server can answer (following the meeting, the language switch, the
// go-to-page and search forms) is left out; the pages are in the meeting's language; a PIN is
// not asked (a static copy cannot keep one: see ServerConfig's basic authentication). Page
// images are named by their content (`_img/`), so a web server may let phones keep them for
// good, and a new version of a document brings new names rather than stale images.
class StaticSite
{
    Q_DECLARE_TR_FUNCTIONS(StaticSite)

public:
    // Called after each address drawn: done, and known so far (which grows as pages link on).
    using Progress = std::function<void(int done, int known)>;

    // The folder where a meeting's page images and ZIPs wait between drawing and sending (in
    // the library's cache), and, once sent, what of it the copy no longer uses removed: it
    // never grows past one copy of the meeting.
    static QString stagingFolder(const Library &library, const QString &meetingCode);
    static void pruneStaging(const Library &library, const QString &meetingCode,
                             const std::vector<StaticFile> &copy);

    // Throws docket::Error (translated) when the meeting does not exist or a file cannot be
    // staged. Pages that cannot be drawn come as their placeholder, as phones get them.
    static std::vector<StaticFile> draw(Library &library, Id meetingId,
                                        const Progress &progress = {});

    static constexpr int kMaxAddresses = 200000; // a bound on the crawl, never reached in use
};

} // namespace docket
