// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/ImportPipeline.h"

#include "library/Library.h"
#include "pdf/ChildProgram.h"
#include "pdf/RenderPool.h"
#include "util/Error.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <utility>

namespace docket {

namespace {

// Made on the catalog's thread; prepare() only stores into it. Only when a child inspects:
// in-process inspection draws no first pages, and page images made now would fix the render
// limits before the program sets them (Library::setRenderLimits).
std::shared_ptr<PageImages> pageImagesOf(Library &library)
{
    if (ChildProgram::get(ChildProgram::Use::Inspection).isEmpty())
        return {};
    try {
        return library.pageImages();
    } catch (const Error &) {
        return {}; // no page cache (a read-only library): phones draw the thumbnails
    }
}

} // namespace

QList<Document> ImportReport::added() const
{
    QList<Document> out;
    for (const ImportedFile &file : files)
        if (file.added())
            out << file.document;
    return out;
}

int ImportReport::duplicates() const
{
    int count = 0;
    for (const ImportedFile &file : files)
        count += file.added() ? 0 : 1;
    return count;
}

ImportPipeline::ImportPipeline(Library &library, QStringList paths)
    : m_library(library), m_paths(std::move(paths)), m_store(library.store()),
      m_images(pageImagesOf(library)),
      // First pages are drawn under the limits of the render workers that would draw them.
      m_limits(inspectionLimits(m_images ? m_images->pool.limits() : library.renderLimits()))
{
    // Every file is looked at before any is copied: a missing one fails the import at once,
    // not after minutes of copying the others.
    for (const QString &path : std::as_const(m_paths)) {
        const QFileInfo info(path);
        if (!info.isFile())
            throw Error(Library::tr("%1 is not a file.").arg(QDir::toNativeSeparators(path)));
        m_bytes += info.size();
    }
    // Before anything is copied: a full disk is named, with the room the import needs.
    library.requireSpaceFor(m_bytes);
}

ImportPipeline::ImportPipeline(ImportPipeline &&) noexcept = default;
ImportPipeline::~ImportPipeline() = default;

ImportPipeline ImportPipeline::adding(Library &library, Id meetingId,
                                      const QList<ImportDestination> &destinations,
                                      const QString &title)
{
    QStringList paths;
    [[maybe_unused]] int existingItems = 0;
    for (const ImportDestination &destination : destinations) {
        if (destination.itemId) {
            const auto item = library.catalog().item(*destination.itemId);
            if (!item || item->meetingId != meetingId)
                throw Error(Library::tr("No such agenda item."));
            ++existingItems;
        }
        paths += destination.files;
    }
    Q_ASSERT(existingItems <= 1);
    ImportPipeline pipeline(library, paths);
    pipeline.m_meetingId = meetingId;
    pipeline.m_destinations = destinations;
    pipeline.m_title = paths.size() == 1 ? title : QString();
    return pipeline;
}

ImportPipeline ImportPipeline::replacing(Library &library, Id documentId, const QString &path)
{
    if (!library.catalog().document(documentId))
        throw Error(Library::tr("No such document."));
    ImportPipeline pipeline(library, {path});
    pipeline.m_replacing = documentId;
    return pipeline;
}

bool ImportPipeline::prepare(const ImportProgressCallback &progress)
{
    ImportProgress now;
    now.files = static_cast<int>(m_paths.size());
    now.bytes = m_bytes;
    const auto goOn = [&] {
        return !progress || progress(now);
    };
    if (!goOn())
        return false;

    // Each file staged (copied and hashed, no sync yet) and handed to the inspection batcher,
    // whose children parse batches of PDFs on the other core while later files are still
    // being copied; then one file-system sync and the renames into place.
    std::vector<BlobStore::StagedBlob> staged;
    InspectionBatcher batcher(m_limits);
    for (const QString &path : std::as_const(m_paths)) {
        const std::int64_t before = now.bytesDone;
        staged.push_back(m_store.stage(path, [&](std::int64_t done) {
            now.bytesDone = before + done;
            return goOn();
        }));
        batcher.add({staged.back().tempPath, QFileInfo(path).fileName()});
        now.bytesDone = before + staged.back().size;
        ++now.filesDone;
        if (!goOn())
            return false;
    }
    const QList<Inspection> inspections = batcher.finish();
    // A PDF's inspection may take its child up to half a minute: not worth storing for a result
    // that is about to be thrown away.
    if (!goOn())
        return false;

    // Held until record(): a clean-up that listed these bytes as unused must be done
    // removing them before they are stored again, and must not start before they are
    // recorded.
    m_recordingLock = m_store.lockForRecording([&] {
        now.waitingForCleanUp = true;
        goOn(); // a stop asked now is honoured right after the wait: a clean-up is quick
        now.waitingForCleanUp = false;
    });
    if (!goOn()) {
        m_recordingLock = {};
        return false;
    }
    const std::vector<StoredBlob> blobs = m_store.commit(std::move(staged));
    m_prepared.clear();
    for (qsizetype i = 0; i < m_paths.size(); ++i) {
        const StoredBlob &blob = blobs[static_cast<size_t>(i)];
        Prepared file;
        file.alreadyStored = blob.alreadyStored;
        file.doc = Library::newDocument(m_paths[i], m_title, blob, inspections[i]);
        // The thumbnails the inspection drew, and the first pages it could not draw, so that
        // no phone waits for either.
        if (m_images)
            Library::keepFirstPage(*m_images, blob.sha256, inspections[i].firstPage);
        m_prepared.append(std::move(file));
    }
    m_ready = true;
    return true;
}

ImportReport ImportPipeline::record()
{
    Q_ASSERT(m_ready && !m_replacing);
    Catalog &catalog = m_library.catalog();
    ImportReport report;
    QList<Catalog::Addition> additions;
    // Which report entry each added document belongs to, in the order the catalog adds them.
    QList<qsizetype> addedAt;
    // Per new-item destination, the report entries that go to it.
    QList<QList<qsizetype>> newItemFiles;
    QHash<qsizetype, qsizetype> duplicateOfEarlier; // entry -> the entry added with its bytes
    QSet<QString> inBatch; // content this import adds, whichever item it goes to
    qsizetype next = 0;
    for (const ImportDestination &destination : std::as_const(m_destinations)) {
        AgendaItem item;
        item.title = destination.newItemTitle;
        if (destination.itemId) {
            const auto existing = catalog.item(*destination.itemId);
            if (!existing)
                throw Error(Library::tr("No such agenda item.")); // removed meanwhile
            item = *existing;
        }
        Catalog::Addition addition{destination.itemId, destination.newItemTitle, {}};
        QHash<QString, qsizetype> onItem; // content -> the entry that adds it to this item
        QList<qsizetype> entries;
        for (qsizetype k = 0; k < destination.files.size(); ++k) {
            const Prepared &prepared = m_prepared.at(next);
            ImportedFile file;
            file.path = m_paths.at(next);
            file.fileName = prepared.doc.fileName;
            file.item = item;
            file.contentAlreadyStored = prepared.alreadyStored;
            ++next;
            const QString &sha256 = prepared.doc.sha256;
            const qsizetype entry = report.files.size();
            entries << entry;
            if (onItem.contains(sha256)) {
                file.outcome = ImportedFile::Outcome::Duplicate;
                duplicateOfEarlier.insert(entry, onItem.value(sha256));
                report.files << file;
                continue;
            }
            bool elsewhere = inBatch.contains(sha256);
            for (const Document &existing : catalog.documentsWithContent(sha256)) {
                if (destination.itemId && existing.itemId == *destination.itemId) {
                    file.outcome = ImportedFile::Outcome::Duplicate;
                    file.document = existing;
                    break;
                }
                elsewhere = true;
            }
            if (!file.added()) {
                report.files << file;
                continue;
            }
            file.elsewhere = elsewhere;
            onItem.insert(sha256, entry);
            inBatch.insert(sha256);
            addition.documents.append(prepared.doc);
            addedAt << entry;
            report.files << file;
        }
        if (!destination.itemId)
            newItemFiles << entries;
        additions << addition;
    }

    // One transaction for the new items and every document: a folder arrives whole or not at
    // all, with one reload of the window and one republication of the site. Nothing at all
    // when every file was already there.
    if (!addedAt.isEmpty() || !newItemFiles.isEmpty()) {
        const Catalog::Added added = catalog.addToAgenda(m_meetingId, additions);
        Q_ASSERT(added.documents.size() == addedAt.size());
        for (qsizetype i = 0; i < addedAt.size() && i < added.documents.size(); ++i)
            report.files[addedAt[i]].document = added.documents[i];
        for (qsizetype i = 0; i < newItemFiles.size() && i < added.newItems.size(); ++i)
            for (const qsizetype entry : std::as_const(newItemFiles[i]))
                report.files[entry].item = added.newItems[i];
        report.newItems = added.newItems;
    }
    for (auto it = duplicateOfEarlier.cbegin(); it != duplicateOfEarlier.cend(); ++it)
        report.files[it.key()].document = report.files[it.value()].document;
    m_recordingLock = {};
    return report;
}

ImportedFile ImportPipeline::recordReplacement()
{
    Q_ASSERT(m_ready && m_replacing && m_prepared.size() == 1);
    ImportedFile file;
    file.path = m_paths.first();
    file.fileName = m_prepared.first().doc.fileName;
    file.contentAlreadyStored = m_prepared.first().alreadyStored;
    file.document = m_library.catalog().replaceDocument(*m_replacing, m_prepared.first().doc);
    if (const auto item = m_library.catalog().item(file.document.itemId))
        file.item = *item;
    m_recordingLock = {};
    return file;
}

QString ImportPipeline::alreadyOnItem(const ImportedFile &file)
{
    const QString existing =
        file.document.title.isEmpty() ? file.document.fileName : file.document.title;
    return tr("“%1” is already on item %2 as “%3”.")
        .arg(file.fileName)
        .arg(file.item.number)
        .arg(existing);
}

} // namespace docket
