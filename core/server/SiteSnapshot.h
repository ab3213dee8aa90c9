// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/Model.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QSizeF>
#include <QString>

#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace docket {

class Catalog;
class BlobStore;
class PageFailures;

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
    QHash<QString, QByteArray> readerPages; // language -> rendered HTML
    QHash<QString, QByteArray> readerTags;
};

struct SnapshotItem
{
    int number = 0;
    QString title;
    QString presenter;
    std::vector<SnapshotDocument> documents;
    QHash<QString, QByteArray> pages;    // language -> rendered HTML
    QHash<QString, QByteArray> pageTags; // language -> ETag of that page
};

struct SnapshotMeeting
{
    QString code;
    QString title;
    QDate date;
    QString venue;
    QString language;
    std::vector<SnapshotItem> items;
    QHash<QString, QByteArray> pages;
    QHash<QString, QByteArray> pageTags;
    // With a PIN: what a phone must prove, and the cookie that proves it.
    QByteArray pinHash;
    QByteArray pinSalt;
    QByteArray cookieName;                                           // docket_CODE
    QByteArray cookieToken;                                          // HMAC of code and PIN hash
    QHash<QString, std::pair<QByteArray, QByteArray>> pinPages;      // language -> halves
    QHash<QString, std::pair<QByteArray, QByteArray>> wrongPinPages; // the same, after a miss
    bool hasPin() const { return !pinHash.isEmpty(); }
};

// Everything the server may show, frozen: built on the catalog's thread after each change and
// swapped in atomically, so request threads never wait on SQLite or a lock. Only meetings that
// are open to delegates are in it; anything else simply does not exist for the server.
struct SiteSnapshot
{
    std::map<QString, SnapshotMeeting> meetings; // by normalised code
    QHash<QString, QByteArray> notFoundPages;    // language -> HTML
    QByteArray deviceSalt;                       // for the anonymous device keys

    const SnapshotMeeting *meeting(const QString &code) const;
    const SnapshotItem *item(const SnapshotMeeting &meeting, int number) const;

    static std::shared_ptr<const SiteSnapshot> empty();
    // `failures`, when given, marks the pages known not to draw, so that the reader offers the
    // download right there.
    static std::shared_ptr<const SiteSnapshot> build(Catalog &catalog, const BlobStore &store,
                                                     PageFailures *failures = nullptr);

private:
    static void collectOpenMeetings(SiteSnapshot &site, Catalog &catalog, const BlobStore &store,
                                    const QByteArray &cookieSecret, PageFailures *failures);
};

} // namespace docket
