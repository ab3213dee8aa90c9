// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/SiteSnapshot.h"

#include "catalog/Catalog.h"
#include "pdf/PageFailures.h"
#include "server/DelegatePages.h"
#include "server/HttpParsing.h"
#include "server/SurveyPages.h"
#include "store/BlobStore.h"
#include "util/Pin.h"

#include <QCryptographicHash>

namespace docket {

const SnapshotMeeting *SiteSnapshot::meeting(const QString &code) const
{
    const auto it = meetings.find(code);
    return it == meetings.end() ? nullptr : it->second.get();
}

const SnapshotSurvey *SiteSnapshot::survey(const QString &code) const
{
    const auto it = surveys.find(code);
    return it == surveys.end() ? nullptr : it->second.get();
}

RenderedHtml SiteSnapshot::surveyPage(const SnapshotSurvey &survey, const QString &language)
{
    return survey.pages->get(language,
                             [&] { return surveypages::formPage(survey.survey, language); });
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

// The pages of a document known not to draw at the reader's width, within its page count.
std::vector<int> failedReaderPages(PageFailures &failures, const SnapshotDocument &doc)
{
    std::vector<int> pages;
    for (const int page : failures.failedPages(doc.imageSha256, delegatepages::kReaderWidth))
        if (page <= static_cast<int>(doc.pageSizes.size()))
            pages.push_back(page);
    return pages;
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
                                                        const SiteSnapshot *previous,
                                                        PageFailures *failures)
{
    auto site = std::make_shared<SiteSnapshot>();
    addNotFoundPages(*site);
    // Both may write a new secret, so they come before the read transaction.
    site->deviceSalt = catalog.deviceSalt();
    site->cookieSecret = catalog.cookieSecret();
    site->recordsCheckIns = !catalog.isReadOnly();
    // Taken before the pages are read: a failure learnt meanwhile moves it again, and the next
    // build looks at the pages once more.
    if (failures)
        site->failuresGeneration = failures->generation();
    catalog.consistently([&] {
        collectOpenMeetings(*site, catalog, store, previous, failures);
        collectSurveys(*site, catalog, previous);
    });
    return site;
}

std::shared_ptr<const SiteSnapshot> SiteSnapshot::forMeeting(Catalog &catalog,
                                                             const BlobStore &store, Id meetingId,
                                                             PageFailures *failures)
{
    auto site = std::make_shared<SiteSnapshot>();
    addNotFoundPages(*site);
    site->cookieSecret = catalog.cookieSecret();
    site->recordsCheckIns = false; // a copy records nothing
    bool found = false;
    catalog.consistently([&] {
        const std::optional<Meeting> meeting = catalog.meeting(meetingId);
        if (!meeting)
            return;
        found = true;
        site->meetings.emplace(meeting->code, buildMeeting(*meeting, catalog, store,
                                                           site->cookieSecret, failures, {}, {}));
    });
    return found ? site : nullptr;
}

void SiteSnapshot::collectOpenMeetings(SiteSnapshot &site, Catalog &catalog, const BlobStore &store,
                                       const SiteSnapshot *previous, PageFailures *failures)
{
    const bool failuresMoved =
        failures && (!previous || previous->failuresGeneration != site.failuresGeneration);
    for (const Meeting &meeting : catalog.meetingsInState(MeetingState::Open)) {
        std::shared_ptr<CheckInMemo> checkIns;
        const SnapshotMeeting *previousPart = nullptr;
        // The revision moves with every change to what phones see of the meeting, whichever
        // process made it; the PIN cookies also depend on the library's secret, and the reader
        // pages on which pages are known not to draw.
        if (previous && previous->cookieSecret == site.cookieSecret) {
            const auto it = previous->meetings.find(meeting.code);
            if (it != previous->meetings.end() && it->second->id == meeting.id) {
                checkIns = it->second->checkIns;
                previousPart = it->second.get();
            }
            if (it != previous->meetings.end() && it->second->id == meeting.id &&
                it->second->revision == meeting.revision &&
                !(failuresMoved && failuresChanged(*it->second, *failures))) {
                site.meetings.emplace(meeting.code, it->second);
                continue;
            }
        }
        site.meetings.emplace(meeting.code,
                              buildMeeting(meeting, catalog, store, site.cookieSecret, failures,
                                           std::move(checkIns), previousPart));
        ++site.meetingsBuilt;
    }
}

void SiteSnapshot::collectSurveys(SiteSnapshot &site, Catalog &catalog,
                                  const SiteSnapshot *previous)
{
    // A draft too: its code may already be on paper, and says "not open yet" (no questions).
    for (const SurveyState state : {SurveyState::Open, SurveyState::Closed, SurveyState::Draft})
        for (Survey &survey : catalog.surveysInState(state)) {
            if (previous) {
                const auto it = previous->surveys.find(survey.code);
                if (it != previous->surveys.end() && it->second->survey.id == survey.id &&
                    it->second->survey.revision == survey.revision) {
                    site.surveys.emplace(survey.code, it->second);
                    continue;
                }
            }
            auto entry = std::make_shared<SnapshotSurvey>();
            if (survey.perDelegate && survey.meetingId != 0)
                if (const std::optional<Meeting> meeting = catalog.meeting(survey.meetingId))
                    entry->meetingCode = meeting->code;
            entry->survey = std::move(survey);
            site.surveys.emplace(entry->survey.code, std::move(entry));
        }
}

bool SiteSnapshot::failuresChanged(const SnapshotMeeting &meeting, PageFailures &failures)
{
    for (const SnapshotItem &item : meeting.items)
        for (const SnapshotDocument &doc : item.documents)
            if (doc.readable && failedReaderPages(failures, doc) != doc.failedPages)
                return true;
    return false;
}

QDateTime CheckInMemo::scannedAt(const QString &token) const
{
    const std::lock_guard lock(m_mutex);
    return m_first.value(token);
}

QDateTime CheckInMemo::firstScan(const QString &token, const QDateTime &now) const
{
    const std::lock_guard lock(m_mutex);
    const auto found = m_first.constFind(token);
    if (found != m_first.constEnd())
        return *found;
    m_first.insert(token, now);
    return now;
}

std::shared_ptr<const SnapshotMeeting>
SiteSnapshot::buildMeeting(const Meeting &meeting, Catalog &catalog, const BlobStore &store,
                           const QByteArray &cookieSecret, PageFailures *failures,
                           std::shared_ptr<CheckInMemo> checkIns,
                           const SnapshotMeeting *previousPart)
{
    // The texts of the part being served, by version: a move of the current item rebuilds the
    // part, and must not read every page of the meeting from SQLite again.
    QHash<Id, std::shared_ptr<const DocumentText>> knownTexts;
    if (previousPart)
        for (const SnapshotItem &item : previousPart->items)
            for (const SnapshotDocument &doc : item.documents)
                knownTexts.insert(doc.versionId, doc.text);
    auto built = std::make_shared<SnapshotMeeting>();
    SnapshotMeeting &entry = *built;
    if (checkIns)
        entry.checkIns = std::move(checkIns);
    entry.id = meeting.id;
    entry.revision = meeting.revision;
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
    for (const Delegate &d : catalog.roster(meeting.id))
        entry.delegates.insert(d.token, SnapshotDelegate{d.id, d.number, d.fullName, d.unit,
                                                         d.delegation, d.firstCheckIn});
    for (const AgendaItem &item : catalog.items(meeting.id)) {
        SnapshotItem itemEntry;
        itemEntry.number = item.number;
        if (item.id == meeting.currentItemId)
            entry.currentItem = item.number;
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
            d.lastModifiedSeconds = doc.currentSince.toSecsSinceEpoch();
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
                for (size_t i = 0; i < d.pageSizes.size() && i < size_t(reading->pageSizes.size());
                     ++i) {
                    const QSizeF size = reading->pageSizes[static_cast<qsizetype>(i)];
                    if (size.isValid() && !size.isEmpty())
                        d.pageSizes[i] = size;
                }
                if (failures)
                    d.failedPages = failedReaderPages(*failures, d);
                const QList<int> recognised = catalog.recognisedPages(doc.versionId);
                const auto known = knownTexts.value(doc.versionId);
                if (known && known->recognised == recognised) {
                    d.text = known;
                } else {
                    auto text = std::make_shared<DocumentText>();
                    text->pages = catalog.pageTexts(doc.versionId);
                    text->recognised = recognised;
                    d.text = std::move(text);
                }
            }
            itemEntry.documents.push_back(std::move(d));
        }
        entry.items.push_back(std::move(itemEntry));
    }
    for (const QString &language : delegatepages::languages()) {
        if (entry.hasPin()) {
            using delegatepages::PinNotice;
            const auto form = delegatepages::pinPage(entry, language, PinNotice::None);
            const auto again = delegatepages::pinPage(entry, language, PinNotice::Wrong);
            const auto wait = delegatepages::pinPage(entry, language, PinNotice::TooManyTries);
            entry.pinPages.insert(language, {form.before, form.after});
            entry.wrongPinPages.insert(language, {again.before, again.after});
            entry.waitPinPages.insert(language, {wait.before, wait.after});
        }
    }
    return built;
}

namespace {

// A page's key in its memo: the language, and "+f" for the way a following phone gets it.
QString memoKey(const QString &language, bool following)
{
    return following ? language + QStringLiteral("+f") : language;
}

} // namespace

RenderedHtml SiteSnapshot::meetingPage(const SnapshotMeeting &meeting, const QString &language,
                                       bool following)
{
    return meeting.pages->get(memoKey(language, following), [&] {
        return delegatepages::meetingPage(meeting, language, following);
    });
}

RenderedHtml SiteSnapshot::itemPage(const SnapshotMeeting &meeting, const SnapshotItem &item,
                                    const QString &language, bool following)
{
    return item.pages->get(memoKey(language, following), [&] {
        return delegatepages::itemPage(meeting, item, language, following);
    });
}

std::optional<RenderedHtml> SiteSnapshot::readerPage(const SnapshotMeeting &meeting,
                                                     const SnapshotItem &item,
                                                     const SnapshotDocument &doc,
                                                     const QString &language, int part,
                                                     bool following)
{
    if (!doc.readable || part < 1 || part > delegatepages::readerParts(doc))
        return std::nullopt;
    return doc.readerPages->get(memoKey(language, following) + u'/' + QString::number(part), [&] {
        return delegatepages::readerPage(meeting, item, doc, language, part, following);
    });
}

std::optional<RenderedHtml> SiteSnapshot::textPage(const SnapshotMeeting &meeting,
                                                   const SnapshotItem &item,
                                                   const SnapshotDocument &doc,
                                                   const QString &language, int page,
                                                   bool following)
{
    if (!doc.readable || page < 1 || page > static_cast<int>(doc.pageSizes.size()))
        return std::nullopt;
    return doc.textPages->get(
        QStringLiteral("t/") + memoKey(language, following) + u'/' + QString::number(page),
        [&] { return delegatepages::textPage(meeting, item, doc, language, page, following); });
}

std::optional<RenderedHtml> SiteSnapshot::contentsPage(const SnapshotMeeting &meeting,
                                                       const SnapshotItem &item,
                                                       const SnapshotDocument &doc,
                                                       const QString &language, bool following)
{
    if (!doc.readable)
        return std::nullopt;
    return doc.textPages->get(QStringLiteral("c/") + memoKey(language, following), [&] {
        return delegatepages::contentsPage(meeting, item, doc, language, following);
    });
}

std::optional<RenderedHtml> PageMemo::find(const QString &key) const
{
    const std::lock_guard lock(m_mutex);
    if (const auto it = m_pages.constFind(key); it != m_pages.cend())
        return *it;
    return std::nullopt;
}

RenderedHtml PageMemo::keep(const QString &key, const QByteArray &html) const
{
    RenderedHtml page{html, pageTag(html)};
    const std::lock_guard lock(m_mutex);
    return *m_pages.insert(key, page);
}

std::optional<RenderedHtml> PageMemo::joined(const QString &key) const
{
    const std::lock_guard lock(m_mutex);
    if (const auto it = m_joined.constFind(key); it != m_joined.cend())
        return *it;
    return std::nullopt;
}

void PageMemo::keepJoined(const QString &key, const RenderedHtml &page) const
{
    const std::lock_guard lock(m_mutex);
    if (m_joined.contains(key) || m_joinedBytes + page.html.size() > kJoinedLimit)
        return;
    m_joined.insert(key, page);
    m_joinedBytes += page.html.size();
}

int PageMemo::drawn() const
{
    const std::lock_guard lock(m_mutex);
    return static_cast<int>(m_pages.size());
}

} // namespace docket
