// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pdf/PageRenderer.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace docket {

struct SnapshotMeeting;
struct SnapshotItem;
struct SnapshotDelegate;
struct SnapshotDocument;

// The HTML that delegates' phones receive: small, UTF-8, inline CSS, no script, no external
// resource, following the phone's dark mode and font size. Meeting and item pages are rendered
// once per change of their meeting, reader pages when first asked for; in every language
// delegates can ask for, whatever language the organiser's UI is in.
namespace delegatepages {

const QStringList &languages(); // "vi", "en"
// The frame every phone page shares (the survey pages too): doctype, `lang`, viewport, the one
// inline style sheet, the title (escaped here) and the footer, around `body`, which is HTML
// whose text the caller has escaped. An unknown `language` is English.
QByteArray htmlPage(const QString &language, const QString &title, const QString &body);
// The item being discussed (SnapshotMeeting::currentItem) is marked on the agenda and on its
// own page. A phone that chose to follow the meeting (`following`) gets each page with what
// says so, the way to stop, a link to the current item that needs no script, and the small
// same-origin script (followScript()) that moves the page when the organiser advances; any
// other phone gets no script at all and is never moved.
QByteArray meetingPage(const SnapshotMeeting &meeting, const QString &language,
                       bool following = false);
QByteArray itemPage(const SnapshotMeeting &meeting, const SnapshotItem &item,
                    const QString &language, bool following = false);
QByteArray notFoundPage(const QString &language);
// The answer (403) to a form posted from another site's page (see forms::checkOrigin), with a
// link back to the meeting.
QByteArray foreignFormPage(const QString &meetingCode, const QString &language);
// A delegate's badge scanned: greeted by name, told when they were checked in (`already`: by
// an earlier scan; an invalid time: it cannot be recorded now). Only ever sent to the phone
// that holds that badge.
QByteArray badgePage(const SnapshotMeeting &meeting, const SnapshotDelegate &delegate,
                     const QDateTime &checkedInAt, bool already, const QString &language);
// A PDF's pages as images, lazily loaded, readable without script; "Download PDF" beside them.
// A long document comes in parts of kReaderPagesPerPart pages (/read, /read/2, ...) with links
// between them, so that a 20,000-page PDF is not one page of megabytes. `part` is 1-based.
constexpr int kReaderPagesPerPart = 50;
int readerParts(const SnapshotDocument &doc);
QByteArray readerPage(const SnapshotMeeting &meeting, const SnapshotItem &item,
                      const SnapshotDocument &doc, const QString &language, int part = 1,
                      bool following = false);
// A page's text, reflowed, and the document's own contents list: pages around an HTML fragment
// that the render workers read from the PDF (see textflow) and the page cache keeps. Drawn
// once per language with two kFragmentMarker in them: what comes before the fragment, what
// stands in for an empty one (a page without text: its recognised text when a scan was read,
// else the way to its image; a document without an outline), and what comes after.
// The text view has the way to the neighbouring pages, to the page as an image, to any page by
// its number and to the search inside the document, all without script.
inline constexpr char kFragmentMarker[] = "<!--docket:fragment-->";
// Around what only the live server can answer (the offer to follow, the language switch, the
// go-to-page and search forms): a static copy of the site (publish/) leaves it out.
inline constexpr char kLiveStart[] = "<!--live-->";
inline constexpr char kLiveEnd[] = "<!--/live-->";
// Around what a static copy says in their place (a comment on the live server).
inline constexpr char kCopyStart[] = "<!--copy:";
inline constexpr char kCopyEnd[] = "-->";
QByteArray textPage(const SnapshotMeeting &meeting, const SnapshotItem &item,
                    const SnapshotDocument &doc, const QString &language, int page,
                    bool following = false);
QByteArray contentsPage(const SnapshotMeeting &meeting, const SnapshotItem &item,
                        const SnapshotDocument &doc, const QString &language,
                        bool following = false);
// Where the words of `query` are in the document, page by page, each with its words marked;
// `hits` in page order. Drawn per request (it depends on what was typed), never kept.
struct DocumentHit
{
    int page = 0;
    QString snippet; // with the matches between [ and ], as SearchQuery::snippet writes them
    QList<std::pair<qsizetype, qsizetype>> marks;
};
QByteArray searchPage(const SnapshotMeeting &meeting, const SnapshotItem &item,
                      const SnapshotDocument &doc, const QString &language, const QString &query,
                      const QList<DocumentHit> &hits, bool tooMany, const QString &problem);

// /CODE/follow.js: listens to /CODE/events and goes to the item being discussed once it moves
// away from the one the page was drawn with (and is not the page's own item). The same bytes
// for every meeting; its page tells it where it is with data- attributes.
const QByteArray &followScript();

// The widths page images are rendered at: the reader's (a phone's screen at 2-3x) and the
// thumbnails' on the item page. Defined with the renderer, below the server.
constexpr int kReaderWidth = PageRenderer::kPhoneWidth;
constexpr int kThumbnailWidth = PageRenderer::kThumbnailWidth;

// The PIN form of a meeting, in two halves around the URL-encoded path to return to, so that
// it is rendered once per catalog change and only joined per request.
struct SplitPage
{
    QByteArray before;
    QByteArray after;
};
enum class PinNotice
{
    None,
    Wrong,       // the PIN just sent was not right
    TooManyTries // refused before checking (429): too many wrong PINs, wait
};
SplitPage pinPage(const SnapshotMeeting &meeting, const QString &language, PinNotice notice);

} // namespace delegatepages
} // namespace docket
