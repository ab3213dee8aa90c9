// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportJob.h"

#include "BackgroundWork.h"
#include "library/Library.h"
#include "pdf/IsolatedInspector.h"
#include "util/Error.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QSet>

namespace docket {

namespace {

QString dataSize(std::int64_t bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString describeImport(const QString &heading, const WorkProgress &progress)
{
    const int files = progress.files.load();
    if (files == 0)
        return heading; // still looking at the files
    return heading + u'\n' +
           ImportJob::tr("%1 of %2 files · %3 of %4")
               .arg(progress.filesDone.load())
               .arg(files)
               .arg(dataSize(progress.bytesDone.load()), dataSize(progress.bytes.load()));
}

BackgroundWork::Options workOptions(const ImportJob::Labels &labels)
{
    return {QStringLiteral("importProgress"), labels.windowTitle, labels.cancelText,
            [heading = labels.heading](const WorkProgress &progress) {
                return describeImport(heading, progress);
            }};
}

// Made here, on the window's thread; the import's thread only stores into it.
std::shared_ptr<PageImages> pageImagesOf(Library &library)
{
    try {
        return library.pageImages();
    } catch (const Error &) {
        return {}; // no page cache (a read-only library): phones draw the thumbnails
    }
}

} // namespace

QList<PreparedFile> ImportJob::prepareFiles(BlobStore store, std::shared_ptr<PageImages> images,
                                            const QStringList &paths, WorkProgress &progress)
{
    // Every file is looked at before any is copied: a missing one fails the import at once,
    // not after minutes of copying the others.
    std::int64_t total = 0;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isFile())
            throw Error(Library::tr("%1 is not a file.").arg(QDir::toNativeSeparators(path)));
        total += info.size();
    }
    progress.bytes = total;
    progress.files = static_cast<int>(paths.size());

    // As Library::importDocuments does it: each file staged (copied and hashed) and handed to
    // the inspection batcher, whose children parse PDFs on the other core meanwhile; then one
    // file-system sync and the renames.
    std::vector<BlobStore::StagedBlob> staged;
    // First pages are drawn under the limits of the render workers that would draw them.
    InspectionBatcher batcher(images ? inspectionLimits(images->pool.limits())
                                     : InspectionLimits{});
    std::int64_t doneBefore = 0;
    for (const QString &path : paths) {
        if (progress.stopping())
            return {};
        staged.push_back(store.stage(path, [&](std::int64_t done) {
            progress.bytesDone = doneBefore + done;
            return !progress.stopping();
        }));
        batcher.add({staged.back().tempPath, QFileInfo(path).fileName()});
        doneBefore += staged.back().size;
        progress.bytesDone = doneBefore;
        ++progress.filesDone;
    }
    const QList<Inspection> inspections = batcher.finish();
    // A PDF's inspection may take its child up to half a minute: not worth storing for a result
    // that is about to be thrown away.
    if (progress.stopping())
        return {};
    const std::vector<StoredBlob> blobs = store.commit(std::move(staged));
    QList<PreparedFile> prepared;
    for (qsizetype i = 0; i < paths.size(); ++i) {
        PreparedFile file;
        file.path = paths[i];
        file.alreadyStored = blobs[static_cast<size_t>(i)].alreadyStored;
        file.doc =
            Library::newDocument(paths[i], {}, blobs[static_cast<size_t>(i)], inspections[i]);
        // The thumbnails the inspection drew, and the first pages it could not draw, so that
        // no phone waits for either; here, since it writes files.
        if (images)
            Library::keepFirstPage(*images, file.doc.sha256, inspections[i].firstPage);
        prepared.append(std::move(file));
    }
    return prepared;
}

ImportResult ImportJob::run(QWidget *window, Library &library, Id meetingId,
                            const QList<ImportDestination> &destinations, const Labels &labels)
{
    Catalog &catalog = library.catalog();
    QStringList paths;
    [[maybe_unused]] int existingItems = 0;
    for (const ImportDestination &destination : destinations) {
        if (destination.itemId && !catalog.item(*destination.itemId))
            throw Error(Library::tr("No such agenda item."));
        existingItems += destination.itemId ? 1 : 0;
        paths += destination.files;
    }
    Q_ASSERT(existingItems <= 1);
    // Before anything is copied: a full disk is named, with the room the import needs.
    std::int64_t bytes = 0;
    for (const QString &path : paths)
        bytes += QFileInfo(path).size();
    library.requireSpaceFor(bytes);

    QList<PreparedFile> prepared;
    const BlobStore store = library.store();
    const std::shared_ptr<PageImages> images = pageImagesOf(library);
    const auto outcome =
        BackgroundWork::run(window, workOptions(labels), [&](WorkProgress &progress) {
            prepared = prepareFiles(store, images, paths, progress);
        });
    ImportResult result;
    if (outcome == BackgroundWork::Outcome::Stopped) {
        result.stopped = true;
        return result;
    }

    // Back on the window's thread, with the catalog: which files are already there.
    QList<QList<NewDocument>> documents(destinations.size());
    QSet<QString> inBatch; // content this import adds, whichever item it goes to
    qsizetype next = 0;
    for (qsizetype i = 0; i < destinations.size(); ++i) {
        const ImportDestination &destination = destinations[i];
        QString itemTitle = destination.newItemTitle;
        if (destination.itemId) {
            if (const auto item = catalog.item(*destination.itemId))
                itemTitle = item->title;
        }
        QHash<QString, QString> onItem; // content -> title of its document on this item
        for (qsizetype k = 0; k < destination.files.size(); ++k) {
            const NewDocument &doc = prepared.at(next++).doc;
            QString sameItem = onItem.value(doc.sha256);
            bool inLibrary = inBatch.contains(doc.sha256);
            if (sameItem.isEmpty()) {
                for (const Document &existing : catalog.documentsWithContent(doc.sha256)) {
                    if (destination.itemId && existing.itemId == *destination.itemId) {
                        sameItem = existing.title;
                        break;
                    }
                    inLibrary = true;
                }
            }
            if (!sameItem.isEmpty()) {
                // Named when the import fills several items: "this item" would not say which.
                result.skipped << (destinations.size() == 1
                                       ? tr("“%1” is already on this item as “%2”.")
                                             .arg(doc.fileName, sameItem)
                                       : tr("“%1” is already on “%2” as “%3”.")
                                             .arg(doc.fileName, itemTitle, sameItem));
                continue;
            }
            if (inLibrary)
                result.elsewhere << doc.fileName;
            onItem.insert(doc.sha256, doc.title.isEmpty() ? doc.fileName : doc.title);
            inBatch.insert(doc.sha256);
            documents[i].append(doc);
        }
    }

    // One transaction for the new items and every document: the folder arrives whole or not
    // at all, with one reload of the window and one republication of the site.
    QList<Catalog::Addition> additions;
    for (qsizetype i = 0; i < destinations.size(); ++i)
        additions << Catalog::Addition{destinations[i].itemId, destinations[i].newItemTitle,
                                       documents[i]};
    const Catalog::Added added = catalog.addToAgenda(meetingId, additions);
    result.newItems = added.newItems;
    result.added = added.documents;
    return result;
}

std::optional<Document> ImportJob::replace(QWidget *window, Library &library, Id documentId,
                                           const QString &path, const Labels &labels)
{
    Catalog &catalog = library.catalog();
    if (!catalog.document(documentId))
        throw Error(Library::tr("No such document."));
    library.requireSpaceFor(QFileInfo(path).size());
    QList<PreparedFile> prepared;
    const BlobStore store = library.store();
    const std::shared_ptr<PageImages> images = pageImagesOf(library);
    const auto outcome =
        BackgroundWork::run(window, workOptions(labels), [&](WorkProgress &progress) {
            prepared = prepareFiles(store, images, {path}, progress);
        });
    if (outcome == BackgroundWork::Outcome::Stopped)
        return std::nullopt;
    return catalog.replaceDocument(documentId, prepared.first().doc);
}

} // namespace docket
