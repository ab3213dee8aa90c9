// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/SiteSnapshot.h"

#include "catalog/Catalog.h"
#include "pdf/PageFailures.h"
#include "server/DelegatePages.h"
#include "server/HttpParsing.h"
#include "store/BlobStore.h"
#include "util/Pin.h"

#include <QCryptographicHash>

namespace docket {

const SnapshotMeeting *SiteSnapshot::meeting(const QString &code) const
{
    const auto it = meetings.find(code);
    return it == meetings.end() ? nullptr : &it->second;
}

const SnapshotItem *SiteSnapshot::item(const SnapshotMeeting &meeting, int number) const
{
    for (const SnapshotItem &candidate : meeting.items)
        if (candidate.number == number)
            return &candidate;
    return nullptr;
}

namespace {
// A page's entity tag is its content's hash: a phone revalidating an unchanged agenda gets a
// 304 of a few hundred bytes instead of the page.
QByteArray pageTag(const QByteArray &html)
{
    return '"' + QCryptographicHash::hash(html, QCryptographicHash::Sha256).toHex().left(32) + '"';
}

void addNotFoundPages(SiteSnapshot &site)
{
    for (const QString &language : delegatepages::languages())
        site.notFoundPages.insert(language, delegatepages::notFoundPage(language));
}
} // namespace

std::shared_ptr<const SiteSnapshot> SiteSnapshot::empty()
{
    auto site = std::make_shared<SiteSnapshot>();
    addNotFoundPages(*site);
    return site;
}

std::shared_ptr<const SiteSnapshot> SiteSnapshot::build(Catalog &catalog, const BlobStore &store,
                                                        PageFailures *failures)
{
    auto site = std::make_shared<SiteSnapshot>();
    addNotFoundPages(*site);
    // Both may write a new secret, so they come before the read transaction.
    site->deviceSalt = catalog.deviceSalt();
    const QByteArray cookieSecret = catalog.cookieSecret();
    catalog.consistently(
        [&] { collectOpenMeetings(*site, catalog, store, cookieSecret, failures); });
    return site;
}

void SiteSnapshot::collectOpenMeetings(SiteSnapshot &site, Catalog &catalog, const BlobStore &store,
                                       const QByteArray &cookieSecret, PageFailures *failures)
{
    for (const Meeting &meeting : catalog.meetingsInState(MeetingState::Open)) {
        SnapshotMeeting entry;
        entry.code = meeting.code;
        entry.title = meeting.title;
        entry.date = meeting.date;
        entry.venue = meeting.venue;
        entry.language = meeting.language;
        if (meeting.hasPin()) {
            entry.pinHash = meeting.pinHash;
            entry.pinSalt = meeting.pinSalt;
            entry.cookieName = "docket_" + meeting.code.toLatin1();
            entry.cookieToken = pin::cookieToken(cookieSecret, meeting.code, meeting.pinHash);
        }
        for (const AgendaItem &item : catalog.items(meeting.id)) {
            SnapshotItem itemEntry;
            itemEntry.number = item.number;
            itemEntry.title = item.title;
            itemEntry.presenter = item.presenter;
            for (const Document &doc : catalog.documents(item.id)) {
                SnapshotDocument d;
                d.id = doc.id;
                d.versionId = doc.versionId;
                d.title = doc.title;
                d.fileName = doc.fileName;
                d.mimeType = doc.mimeType;
                d.size = doc.size;
                d.pageCount = doc.pageCount;
                d.blobPath = store.pathFor(doc.sha256);
                d.etag = '"' + doc.sha256.toLatin1() + '"';
                d.lastModifiedSeconds = doc.addedAt.toSecsSinceEpoch();
                d.lastModified = http::httpDate(d.lastModifiedSeconds);
                d.contentType = http::servedContentType(doc.mimeType);
                d.inlineView = http::showsInline(doc.mimeType);
                d.disposition = http::contentDisposition(doc.fileName, !d.inlineView);
                d.basePath = '/' + meeting.code.toLatin1() + '/' + QByteArray::number(item.number) +
                             '/' + QByteArray::number(doc.id);
                d.urlPath = d.basePath + '/' + http::documentNameSegment(doc.fileName);
                d.sha256 = doc.sha256;
                if (doc.versionCount > 1)
                    d.updatedAt = doc.addedAt;
                if (const auto reading = doc.reading()) {
                    d.readable = true;
                    d.derivedReading = reading->derived;
                    d.imageSha256 = reading->sha256;
                    d.imagePdfPath = store.pathFor(reading->sha256);
                    d.pageSizes.assign(static_cast<size_t>(reading->pages), QSizeF(595.28, 841.89));
                    for (size_t i = 0;
                         i < d.pageSizes.size() && i < size_t(reading->pageSizes.size()); ++i) {
                        const QSizeF size = reading->pageSizes[static_cast<qsizetype>(i)];
                        if (size.isValid() && !size.isEmpty())
                            d.pageSizes[i] = size;
                    }
                    if (failures)
                        for (const int page :
                             failures->failedPages(reading->sha256, delegatepages::kReaderWidth))
                            if (page <= reading->pages)
                                d.failedPages.push_back(page);
                }
                itemEntry.documents.push_back(std::move(d));
            }
            entry.items.push_back(std::move(itemEntry));
        }
        for (const QString &language : delegatepages::languages()) {
            if (entry.hasPin()) {
                const auto form = delegatepages::pinPage(entry, language, false);
                const auto again = delegatepages::pinPage(entry, language, true);
                entry.pinPages.insert(language, {form.before, form.after});
                entry.wrongPinPages.insert(language, {again.before, again.after});
            }
            const QByteArray meetingHtml = delegatepages::meetingPage(entry, language);
            entry.pages.insert(language, meetingHtml);
            entry.pageTags.insert(language, pageTag(meetingHtml));
            for (SnapshotItem &itemEntry : entry.items) {
                const QByteArray itemHtml = delegatepages::itemPage(entry, itemEntry, language);
                itemEntry.pages.insert(language, itemHtml);
                itemEntry.pageTags.insert(language, pageTag(itemHtml));
                for (SnapshotDocument &doc : itemEntry.documents) {
                    if (!doc.readable)
                        continue;
                    const QByteArray reader =
                        delegatepages::readerPage(entry, itemEntry, doc, language);
                    doc.readerPages.insert(language, reader);
                    doc.readerTags.insert(language, pageTag(reader));
                }
            }
        }
        site.meetings.emplace(entry.code, std::move(entry));
    }
}

} // namespace docket
