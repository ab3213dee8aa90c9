// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSizeF>
#include <QString>

#include <cstdint>
#include <optional>

namespace docket {

using Id = std::int64_t;

// draft → open → closed → archived. Only an open meeting is served; an archived one is closed and
// read-only until it is reopened for editing (then closed again).
enum class MeetingState
{
    Draft,
    Open,
    Closed,
    Archived
};

// "draft", "open", "closed", "archived": stored (archived as closed + archived_at) and in --json
QString meetingStateKey(MeetingState state);
std::optional<MeetingState> meetingStateFromKey(const QString &key);
QString meetingStateLabel(MeetingState state); // translated, for people

struct Meeting
{
    Id id = 0;
    QString title;
    QDate date;
    QString venue;
    QString code; // the delegate code: random Crockford base32, uppercase
    MeetingState state = MeetingState::Draft;
    QString language = QStringLiteral("vi"); // default language of its delegate pages
    QDateTime createdAt;
    QDateTime openedAt;   // first opened to delegates; invalid while never opened
    QDateTime closedAt;   // last closed; invalid while never closed
    QDateTime archivedAt; // set while archived
    QByteArray pinHash;   // empty: no PIN; else PBKDF2 of the PIN (see util/Pin.h)
    QByteArray pinSalt;
    // Raised by the catalog whenever anything delegates could see of the meeting changes.
    std::int64_t revision = 0;
    Id currentItemId = 0; // the item being discussed (Catalog::setCurrentItem); 0: none
    bool hasPin() const { return !pinHash.isEmpty(); }
    bool isArchived() const { return state == MeetingState::Archived; }
};

// A step of a meeting's life, as recorded: opened, closed, draft (set back), archived, reopened
// (for editing, with the reason given), imported (from an archive bundle).
struct MeetingEvent
{
    QDateTime at;
    QString what; // the stored key, as above
    QString note;
};

// A time during which a version was the one delegates got; `until` invalid: still is.
struct CurrentPeriod
{
    QDateTime from;
    QDateTime until;
    bool operator==(const CurrentPeriod &) const = default;
};

struct AgendaItem
{
    Id id = 0;
    Id meetingId = 0;
    int number = 0; // 1-based place in the agenda; the QR of the item encodes it
    QString title;
    QString presenter;
};

enum class WifiSecurity
{
    Wpa, // WPA, WPA2 and WPA3 personal: phones negotiate which
    Wep,
    None
};

// The organisation that issues the papers, as an official header names it: "BAN CHẤP HÀNH
// ĐOÀN TP. HỒ CHÍ MINH" (one or more lines) and the place of the place-and-date line
// ("TP. Hồ Chí Minh"). Kept for the library, like the venue's Wi-Fi.
struct Letterhead
{
    QString organisation;
    QString place;
    bool isEmpty() const { return organisation.trimmed().isEmpty() && place.trimmed().isEmpty(); }
    bool operator==(const Letterhead &) const = default;
};

// The venue network delegates join before they scan anything. Kept in the catalog per meeting
// (with a venue default) and only ever shown on the projector and on paper, never served.
struct WifiNetwork
{
    QString ssid;
    QString password;
    WifiSecurity security = WifiSecurity::Wpa;
    bool hidden = false;
    bool isEmpty() const { return ssid.isEmpty(); }
    bool operator==(const WifiNetwork &) const = default;
};

// A document as delegates see it: its current version's file.
struct Document
{
    Id id = 0;
    Id itemId = 0;
    int position = 0;
    QString title;
    Id versionId = 0;
    QString fileName; // the name the user's file had, shown and offered on download
    QString mimeType;
    std::int64_t size = 0;
    std::optional<int> pageCount;
    QList<QSizeF> pageSizes; // points, per page, when known: phones lay the reader out with them
    QString sha256;          // hex, lowercase: the blob holding the bytes
    // Why a PDF could not be read; empty when fine. With pages (a PDF Poppler read), why its
    // first page could not be drawn within the render limits: see heavy().
    QString problem;
    QDateTime addedAt; // of the current version
    // When the current version became current (added, or chosen again from the earlier ones):
    // what changed for delegates then, hence their Last-Modified. Never earlier than addedAt.
    QDateTime currentSince;
    int versionCount = 1;
    QDateTime trashedAt; // set while it is in its meeting's trash
    // A PDF made from an office file (by LibreOffice) so phones can read it in the browser:
    // derived, kept beside the original, which is still what "Download" gives.
    QString renditionSha256;
    std::optional<int> renditionPages;
    QList<QSizeF> renditionPageSizes;
    bool hasRendition() const { return !renditionSha256.isEmpty(); }

    // What the reader and the page images show: the PDF itself when Poppler read it, else an
    // office file's rendition; nothing for any other file.
    struct Reading
    {
        QString sha256;
        int pages = 0;
        QList<QSizeF> pageSizes; // as known; may be shorter than `pages`
        bool derived = false;    // from a rendition: Download still gives the original
    };
    // A PDF that reads but whose first page took a renderer to its limits at import: still
    // served and read page by page; the pages that cannot be drawn show a notice to download.
    bool heavy() const
    {
        return mimeType == u"application/pdf" && pageCount && *pageCount > 0 && !problem.isEmpty();
    }
    std::optional<Reading> reading() const
    {
        if (mimeType == u"application/pdf" && pageCount && *pageCount > 0)
            return Reading{sha256, *pageCount, pageSizes, false};
        if (hasRendition() && renditionPages && *renditionPages > 0)
            return Reading{renditionSha256, *renditionPages, renditionPageSizes, true};
        return std::nullopt;
    }
};

// One of a document's versions: the file as it was when it was added.
struct DocumentVersion
{
    Id id = 0;
    Id documentId = 0;
    QString fileName;
    QString mimeType;
    std::int64_t size = 0;
    std::optional<int> pageCount;
    QString sha256;
    QString problem;
    QDateTime addedAt;
    bool current = false;
    QList<CurrentPeriod> periods; // oldest first
};

// One person on a meeting's roster, with their check-in. The card token is what their personal
// QR code carries (meetingcode::kCardTokenLength characters, unique in the library).
struct Delegate
{
    Id id = 0;
    Id meetingId = 0;
    int number = 0; // 1-based, unique in the meeting
    QString fullName;
    QString unit;       // chi đoàn / cơ sở
    QString delegation; // đoàn đại biểu
    QString role;
    QString phone;
    QString token;
    QDateTime firstCheckIn; // invalid: never checked in
    QDateTime lastCheckIn;
    QDateTime checkedOut; // after the last check-in; invalid while present
    bool wasPresent() const { return firstCheckIn.isValid(); }
    bool presentNow() const { return wasPresent() && !checkedOut.isValid(); }
};

// What a roster import or the window adds; number 0 takes the next free one.
struct NewDelegate
{
    int number = 0;
    QString fullName;
    QString unit;
    QString delegation;
    QString role;
    QString phone;
};

// How a check-in reached the catalog, as the record shows it.
enum class CheckInMethod
{
    Card, // the delegate's phone scanned their own card
    Door, // a scanner at the door, into the window's Check-in view
    Hand, // ticked in the roster, or docket-cli checkin
};
QString checkInMethodKey(CheckInMethod method);

// A check-in as the server saw it, on its way to the catalog (see Catalog::recordCheckIns).
struct CheckInEvent
{
    Id delegateId = 0;
    QDateTime at;
    CheckInMethod method = CheckInMethod::Card;
    QByteArray device; // the phone's anonymous key (server/DeviceKeys), for the record
};

// Page sizes in one text column: "595.3x841.9;612x792". Unreadable parts are skipped.
QString pageSizesText(const QList<QSizeF> &sizes);
QList<QSizeF> pageSizesFromText(const QString &text);

} // namespace docket
