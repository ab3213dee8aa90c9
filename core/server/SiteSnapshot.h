// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Model.h"
#include "model/Survey.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QSizeF>
#include <QString>

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace docket {

class Catalog;
class BlobStore;
class PageFailures;
struct SnapshotMeeting;
struct SnapshotItem;
struct SnapshotDocument;

// A page as sent, with its entity tag (the content's hash).
struct RenderedHtml
{
    QByteArray html;
    QByteArray tag;
};

// Pages drawn when a phone first asks for them, not with the snapshot: most documents and
// items of a large library are not opened in a given hour, and a long PDF's reader comes in
// parts. Kept once drawn for the life of their meeting's part of the snapshot (rebuilt, and
// this with it, when anything in the meeting changes). Thread-safe.
class PageMemo
{
public:
    // The page under `key` ("vi", "en/3"...), drawn by `draw` the first time. Two phones asking
    // at once may both draw it; they get the same bytes.
    template <typename Draw> RenderedHtml get(const QString &key, Draw &&draw) const
    {
        if (auto found = find(key))
            return *found;
        return keep(key, draw());
    }
    int drawn() const; // pages drawn so far: the tests' evidence that nothing is drawn early

    // A page the transport joined from a frame of this memo and its fragment from the page
    // cache (see FramedFragment): later phones get it as it is, without joining it again.
    // Kept up to kJoinedLimit bytes in all; beyond that, joined for each request.
    std::optional<RenderedHtml> joined(const QString &key) const;
    void keepJoined(const QString &key, const RenderedHtml &page) const;
    static constexpr qsizetype kJoinedLimit = 8 * 1024 * 1024;

private:
    std::optional<RenderedHtml> find(const QString &key) const;
    RenderedHtml keep(const QString &key, const QByteArray &html) const;

    mutable std::mutex m_mutex;
    mutable QHash<QString, RenderedHtml> m_pages;
    mutable QHash<QString, RenderedHtml> m_joined;
    mutable qsizetype m_joinedBytes = 0;
};

// A readable document's text as search holds it, for the search inside the document and the
// text view of a scanned page (its recognised text). Shared by the snapshots that follow while
// the version and its recognised pages stay the same.
struct DocumentText
{
    QStringList pages;     // page 1 first; empty for a page without text
    QList<int> recognised; // pages whose text came from recognising a scan, ascending
    QString page(int number) const { return pages.value(number - 1); }
    bool isRecognised(int number) const { return recognised.contains(number); }
};

struct SnapshotDocument
{
    Id id = 0;
    Id versionId = 0;
    QString title;
    QString fileName;
    QString mimeType;
    QByteArray contentType;  // what is sent: active types (HTML, SVG...) become octet-stream
    bool inlineView = false; // a phone may show it in place ("Open"); else download only
    std::int64_t size = 0;
    std::optional<int> pageCount;
    QString blobPath;
    QByteArray etag;         // strong: the content hash
    QByteArray lastModified; // HTTP-date of the version
    std::int64_t lastModifiedSeconds = 0;
    QByteArray disposition; // Content-Disposition, built once
    QByteArray urlPath;     // /CODE/N/DOC/file-name
    QByteArray basePath;    // /CODE/N/DOC: the reader and page images hang below it
    QString sha256;
    QDateTime updatedAt; // when a newer version replaced the first one; invalid otherwise
    // A PDF Poppler reads, or an office file with a PDF rendition: it gets a reader page and
    // page images, drawn from imagePdfPath (the file itself, or the rendition).
    bool readable = false;
    bool derivedReading = false; // the pages come from a rendition; Download gives the original
    QString imageSha256;
    QString imagePdfPath;
    std::vector<QSizeF> pageSizes; // points, per page; A4 where unknown
    std::vector<int> failedPages;  // known not to draw at reader width: the reader links the PDF
    std::shared_ptr<PageMemo> readerPages = std::make_shared<PageMemo>(); // "vi/2": part 2
    // The text view's and contents' frames: "t/vi/17" (page 17), "c/vi".
    std::shared_ptr<PageMemo> textPages = std::make_shared<PageMemo>();
    std::shared_ptr<const DocumentText> text = std::make_shared<DocumentText>();
};

struct SnapshotItem
{
    int number = 0;
    QString title;
    QString presenter;
    std::vector<SnapshotDocument> documents;
    std::shared_ptr<PageMemo> pages = std::make_shared<PageMemo>(); // by language
};

// A delegate as their badge's page shows them, to the phone that holds the badge only.
struct SnapshotDelegate
{
    Id id = 0;
    int number = 0;
    QString fullName;
    QString unit;
    QString delegation;
    QDateTime checkedInAt; // the catalog's first check-in when the part was built; else invalid
};

// When each delegate's badge was first scanned while this part of the snapshot is served:
// the catalog learns of it up to a second later (HttpServer::checkIns()), and a second scan
// meanwhile must already say "checked in at". Thread-safe; bounded by the roster.
class CheckInMemo
{
public:
    // The first time recorded for the delegate, `now` if this is the first.
    // By badge token, never reused (a delegate's id may be, once they are removed).
    QDateTime firstScan(const QString &token, const QDateTime &now) const;
    // When the badge was first scanned while this part is served; invalid when it was not.
    QDateTime scannedAt(const QString &token) const;

private:
    mutable std::mutex m_mutex;
    mutable QHash<QString, QDateTime> m_first;
};

struct SnapshotMeeting
{
    Id id = 0;
    std::int64_t revision = 0; // the catalog's revision it was built from
    QString code;
    QString title;
    QDate date;
    QString venue;
    QString language;
    std::vector<SnapshotItem> items;
    int currentItem = 0; // the number of the item being discussed; 0: none
    std::shared_ptr<PageMemo> pages = std::make_shared<PageMemo>(); // by language
    // With a PIN: what a phone must prove, and the cookie that proves it.
    QByteArray pinHash;
    QByteArray pinSalt;
    QByteArray cookieName;                                           // docket_CODE
    QByteArray cookieToken;                                          // HMAC of code and PIN hash
    QHash<QString, std::pair<QByteArray, QByteArray>> pinPages;      // language -> halves
    QHash<QString, std::pair<QByteArray, QByteArray>> wrongPinPages; // the same, after a miss
    QHash<QString, std::pair<QByteArray, QByteArray>> waitPinPages;  // too many misses: wait
    bool hasPin() const { return !pinHash.isEmpty(); }
    // The roster by badge token, for /CODE/C/TOKEN; nothing of it is on any other page.
    QHash<QString, SnapshotDelegate> delegates;
    std::shared_ptr<CheckInMemo> checkIns = std::make_shared<CheckInMemo>();
};

// A survey as phones answer it: open (the form) or closed (a page that says so); drafts are not
// served. Rebuilt when its revision moves, like a meeting.
struct SnapshotSurvey
{
    Survey survey;       // with its questions
    QString meetingCode; // a per-delegate survey's meeting, whose badges name the respondents
    std::shared_ptr<PageMemo> pages = std::make_shared<PageMemo>(); // the form, by language
    bool open() const { return survey.state == SurveyState::Open; }
};

// Everything the server may show, frozen: built on the catalog's thread after each change and
// swapped in atomically, so request threads never wait on SQLite or a lock. Only meetings that
// are open to delegates are in it; anything else simply does not exist for the server. Each
// meeting is its own immutable part: a change rebuilds the meetings whose catalog revision
// moved and shares the others with the previous snapshot.
struct SiteSnapshot
{
    std::map<QString, std::shared_ptr<const SnapshotMeeting>> meetings; // by normalised code
    std::map<QString, std::shared_ptr<const SnapshotSurvey>> surveys;   // the same codes' space
    QHash<QString, QByteArray> notFoundPages;                           // language -> HTML
    QByteArray deviceSalt;   // for the anonymous device keys
    QByteArray cookieSecret; // what the meetings' PIN cookies were made with
    // False while the catalog cannot be written (read-only medium, full disk): a badge page
    // then says to check in at the door instead of promising what will not be recorded.
    bool recordsCheckIns = true;
    std::uint64_t failuresGeneration = 0; // PageFailures::generation() it was built with
    int meetingsBuilt = 0; // drawn anew for this snapshot; the rest came from the previous one

    const SnapshotMeeting *meeting(const QString &code) const;
    const SnapshotSurvey *survey(const QString &code) const;
    // The survey's form, drawn on first use in `language`.
    static RenderedHtml surveyPage(const SnapshotSurvey &survey, const QString &language);
    const SnapshotItem *item(const SnapshotMeeting &meeting, int number) const;

    // The delegate pages, drawn on first use (see PageMemo) in `language`, as a phone that
    // follows the meeting gets them or as any other does.
    static RenderedHtml meetingPage(const SnapshotMeeting &meeting, const QString &language,
                                    bool following = false);
    static RenderedHtml itemPage(const SnapshotMeeting &meeting, const SnapshotItem &item,
                                 const QString &language, bool following = false);
    // `part` is 1-based; nullopt when the document has no reader or no such part.
    static std::optional<RenderedHtml> readerPage(const SnapshotMeeting &meeting,
                                                  const SnapshotItem &item,
                                                  const SnapshotDocument &doc,
                                                  const QString &language, int part,
                                                  bool following = false);
    // The frames around a page's text and the document's contents (see
    // delegatepages::textPage); nullopt when the document has no reader or no such page.
    static std::optional<RenderedHtml>
    textPage(const SnapshotMeeting &meeting, const SnapshotItem &item, const SnapshotDocument &doc,
             const QString &language, int page, bool following = false);
    static std::optional<RenderedHtml>
    contentsPage(const SnapshotMeeting &meeting, const SnapshotItem &item,
                 const SnapshotDocument &doc, const QString &language, bool following = false);

    static std::shared_ptr<const SiteSnapshot> empty();
    // `previous`: the snapshot being served, whose unchanged meetings are reused.
    // `failures`, when given, marks the pages known not to draw, so that the reader offers the
    // download right there.
    static std::shared_ptr<const SiteSnapshot> build(Catalog &catalog, const BlobStore &store,
                                                     const SiteSnapshot *previous = nullptr,
                                                     PageFailures *failures = nullptr);

    // One meeting, whatever its state, and nothing else: what a static copy of the site
    // (publish/) is drawn from, by the same Router. nullptr when there is no such meeting.
    static std::shared_ptr<const SiteSnapshot> forMeeting(Catalog &catalog, const BlobStore &store,
                                                          Id meetingId,
                                                          PageFailures *failures = nullptr);

private:
    static void collectOpenMeetings(SiteSnapshot &site, Catalog &catalog, const BlobStore &store,
                                    const SiteSnapshot *previous, PageFailures *failures);
    static void collectSurveys(SiteSnapshot &site, Catalog &catalog, const SiteSnapshot *previous);
    static bool failuresChanged(const SnapshotMeeting &meeting, PageFailures &failures);
    // `checkIns`: the badge scans of the meeting's previous part, which the catalog may not
    // have recorded yet (the part is rebuilt with every move of the current item).
    // `previousPart`: the meeting's part being served, whose documents' texts are reused.
    static std::shared_ptr<const SnapshotMeeting>
    buildMeeting(const Meeting &meeting, Catalog &catalog, const BlobStore &store,
                 const QByteArray &cookieSecret, PageFailures *failures,
                 std::shared_ptr<CheckInMemo> checkIns, const SnapshotMeeting *previousPart);
};

} // namespace docket
