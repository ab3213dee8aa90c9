// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/Library.h"

#include "pdf/Inspector.h"
#include "pdf/PageRenderer.h"
#include "util/Error.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QLocale>
#include <QSet>
#include <QStandardPaths>
#include <QStorageInfo>

namespace docket {

namespace {
QString prepared(const QString &folder)
{
    if (folder.isEmpty() || !QDir().mkpath(folder))
        throw Error(Library::tr("Cannot create the library folder %1.")
                        .arg(QDir::toNativeSeparators(folder)));
    return QDir(folder).absolutePath();
}

// A library copied to a read-only medium may lack tmp/: nothing is imported there anyway.
QString tempRootFor(const QString &folder)
{
    const QString own = folder + QStringLiteral("/tmp");
    if (QFileInfo(own).isDir() || QDir().mkpath(own))
        return own;
    return QDir::tempPath();
}

// Page images of a library that cannot be written go where this user can write: the same
// library always gets the same folder, so they survive a restart.
QString writablePageCache(const QString &folder)
{
    const QByteArray id =
        QCryptographicHash::hash(folder.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    QString base = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (base.isEmpty())
        base = QDir::tempPath() + QStringLiteral("/docket-cache");
    return base + QStringLiteral("/read-only-libraries/") + QString::fromLatin1(id) +
           QStringLiteral("/pages");
}

QString dataSize(std::int64_t bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

// What a catalog needs beside the files: their rows and the words of every page. Generous.
std::int64_t catalogRoomFor(std::int64_t bytes)
{
    return 16LL * 1000 * 1000 + bytes / 20;
}

} // namespace

Library::Library(const QString &folder)
    : m_folder(prepared(folder)),
      m_store(m_folder + QStringLiteral("/blobs"), tempRootFor(m_folder)),
      m_catalog(std::make_unique<Catalog>(m_folder + QStringLiteral("/catalog.sqlite")))
{
    // Nothing else writes there: what is left is from an import that did not finish.
    if (!isReadOnly())
        m_store.removeStaleTemporaries();
    // A backup when a meeting opens (before phones arrive) and when it closes (its counts).
    QObject::connect(m_catalog.get(), &Catalog::meetingStateChanged, m_catalog.get(),
                     [this](Id, MeetingState state) {
                         backupInBackground(state == MeetingState::Open ? QStringLiteral("open")
                                                                        : QStringLiteral("close"));
                     });
}

Library::~Library()
{
    waitForBackups();
}

Library::DiskSpace Library::diskSpace() const
{
    const QStorageInfo storage(m_folder);
    DiskSpace space;
    if (!storage.isValid())
        return space;
    space.available = storage.bytesAvailable();
    const QString root = QDir::toNativeSeparators(storage.rootPath());
    const QString name = storage.displayName();
    space.disk = name.isEmpty() || name == storage.rootPath()
                     ? root
                     : QStringLiteral("%1 (%2)").arg(root, name);
    return space;
}

QString Library::lowSpaceWarning() const
{
    if (isReadOnly())
        return {};
    const DiskSpace space = diskSpace();
    if (space.available < 0 || space.available >= kLowSpaceBytes)
        return {};
    return tr("The disk holding the library, %1, is nearly full: %2 free. Imports will fail and "
              "access counts may not be kept; free some space.")
        .arg(space.disk, dataSize(space.available));
}

void Library::requireSpaceFor(std::int64_t bytes) const
{
    const DiskSpace space = diskSpace();
    const std::int64_t needed = bytes + catalogRoomFor(bytes);
    if (space.available >= 0 && space.available < needed && !QStorageInfo(m_folder).isReadOnly())
        throw Error(tr("Not enough space on %1, the disk holding the library: this import needs "
                       "%2 and %3 are free. Nothing was added; free some space and try again.")
                        .arg(space.disk, dataSize(needed), dataSize(space.available)));
    if (isReadOnly())
        throw Error(readOnlyNote());
}

void Library::backupInBackground(const QString &reason)
{
    if (isReadOnly())
        return;
    const std::lock_guard lock(m_backupMutex);
    if (m_backupRunning) {
        m_backupAgain = reason;
        return;
    }
    if (m_backupThread.joinable())
        m_backupThread.join();
    m_backupRunning = true;
    // A connection of its own (Catalog::backup): the catalog's belongs to its thread.
    m_backupThread = std::thread([this, reason] {
        QString next = reason;
        while (!next.isEmpty()) {
            QString problem;
            try {
                Backups(m_folder).make(next);
            } catch (const Error &error) {
                problem = error.message();
            } catch (const std::exception &error) {
                problem = QString::fromLocal8Bit(error.what());
            }
            const std::lock_guard again(m_backupMutex);
            m_backupProblem = problem;
            next = std::exchange(m_backupAgain, QString());
            if (next.isEmpty())
                m_backupRunning = false;
        }
    });
}

void Library::backupIfDue()
{
    if (!isReadOnly() && backups().dailyDue() && !m_catalog->meetings().isEmpty())
        backupInBackground(QStringLiteral("daily"));
}

void Library::waitForBackups()
{
    std::thread finishing;
    {
        const std::lock_guard lock(m_backupMutex);
        finishing = std::move(m_backupThread);
    }
    if (finishing.joinable())
        finishing.join();
}

QString Library::lastBackupProblem() const
{
    const std::lock_guard lock(m_backupMutex);
    return m_backupProblem;
}

QString Library::defaultFolder()
{
    const QString fromEnvironment = qEnvironmentVariable("DOCKET_LIBRARY");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

ImportReport Library::importFiles(Id meetingId, const QList<ImportDestination> &destinations,
                                  const QString &title, const ImportProgressCallback &progress)
{
    ImportPipeline pipeline = ImportPipeline::adding(*this, meetingId, destinations, title);
    if (!pipeline.prepare(progress))
        throw Error(BlobStore::tr("Import cancelled."));
    return pipeline.record();
}

QList<ImportedDocument> Library::importDocuments(Id itemId, const QStringList &filePaths,
                                                 const QString &title,
                                                 const BlobStore::Progress &progress)
{
    const auto item = m_catalog->item(itemId);
    if (!item)
        throw Error(tr("No such agenda item."));
    const ImportReport report = importFiles(
        item->meetingId, {{itemId, {}, filePaths}}, title,
        [&](const ImportProgress &now) { return !progress || progress(now.bytesDone); });
    QList<ImportedDocument> out;
    for (const ImportedFile &file : report.files)
        if (file.added())
            out.append({file.document, file.contentAlreadyStored});
    return out;
}

ImportedDocument Library::importDocument(Id itemId, const QString &filePath, const QString &title,
                                         const BlobStore::Progress &progress)
{
    const auto item = m_catalog->item(itemId);
    if (!item)
        throw Error(tr("No such agenda item."));
    const ImportReport report = importFiles(
        item->meetingId, {{itemId, {}, {filePath}}}, title,
        [&](const ImportProgress &now) { return !progress || progress(now.bytesDone); });
    const ImportedFile &file = report.files.first();
    if (!file.added())
        throw Error(ImportPipeline::alreadyOnItem(file));
    return {file.document, file.contentAlreadyStored};
}

NewDocument Library::newDocument(const QString &filePath, const QString &title,
                                 const StoredBlob &blob, const Inspection &inspection)
{
    const QFileInfo info(filePath);
    NewDocument doc;
    doc.fileName = info.fileName();
    // The file name, not the PDF's Title field: office software fills that with junk such as
    // "Microsoft Word - Document1", while people name their files on purpose.
    doc.title = !title.trimmed().isEmpty() ? title.trimmed() : info.completeBaseName();
    doc.mimeType = inspection.mimeType;
    doc.size = blob.size;
    doc.sha256 = blob.sha256;
    doc.pageCount = inspection.pageCount;
    doc.pageSizes = inspection.pageSizes;
    doc.pdfTitle = inspection.title;
    doc.problem = inspection.problem;
    doc.pageTexts = inspection.pageTexts;
    return doc;
}

ImportedDocument Library::replaceDocument(Id documentId, const QString &filePath,
                                          const BlobStore::Progress &progress)
{
    ImportPipeline pipeline = ImportPipeline::replacing(*this, documentId, filePath);
    if (!pipeline.prepare(
            [&](const ImportProgress &now) { return !progress || progress(now.bytesDone); }))
        throw Error(BlobStore::tr("Import cancelled."));
    const ImportedFile replaced = pipeline.recordReplacement();
    return {replaced.document, replaced.contentAlreadyStored};
}

Library::CleanUp Library::cleanUp(bool dryRun, const std::function<void()> &beforeRemoving)
{
    CleanUp result;
    // No import is between storing and recording while this is held, here or in another
    // process: what the catalog does not use now stays unused until the files are gone.
    const BlobStore::Lock lock = m_store.lockForCleanUp();
    // Files first, from what the catalog knows now; only files older than a minute are
    // touched among those it does not know (an import of an older Docket may be storing them).
    QSet<QString> known;
    for (const auto &[sha256, size] : m_catalog->blobs())
        known.insert(sha256);
    const QStringList unused = m_catalog->unreferencedBlobs();
    const QSet<QString> unusedSet(unused.cbegin(), unused.cend());
    const QDateTime settled = QDateTime::currentDateTimeUtc().addSecs(-60);
    if (beforeRemoving)
        beforeRemoving();
    QDirIterator it(m_folder + QStringLiteral("/blobs"), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        const QString sha256 = info.fileName();
        const bool orphan = !known.contains(sha256) && info.lastModified().toUTC() < settled;
        if (!orphan && !unusedSet.contains(sha256))
            continue;
        ++result.files;
        result.bytes += info.size();
        if (!dryRun && !QFile::remove(info.filePath()))
            throw Error(tr("Cannot remove %1.").arg(QDir::toNativeSeparators(info.filePath())));
    }
    if (!dryRun)
        for (const QString &sha256 : unused)
            m_catalog->forgetBlob(sha256);
    return result;
}

std::shared_ptr<PageImages> Library::pageImages()
{
    if (!m_pageImages)
        m_pageImages = std::make_shared<PageImages>(pageCacheFolder() + QStringLiteral("/pages"),
                                                    pageFailures(), PageCache::kDefaultLimit, 0,
                                                    m_renderLimits);
    return m_pageImages;
}

void Library::keepFirstPage(const QString &sha256,
                            const std::optional<Inspection::FirstPage> &firstPage)
{
    if (!firstPage)
        return; // in-process inspections draw nothing: no page images made for them
    try {
        keepFirstPage(*pageImages(), sha256, firstPage);
    } catch (const Error &error) {
        qWarning("%s", qUtf8Printable(error.message())); // no page cache: phones draw them
    }
}

void Library::keepFirstPage(PageImages &images, const QString &sha256,
                            const std::optional<Inspection::FirstPage> &firstPage)
{
    if (!firstPage)
        return;
    try {
        const Inspection::FirstPage &first = *firstPage;
        if (!first.image.isEmpty()) {
            // Drawn as the item page asks for it: WebP allowed (see IsolatedInspector).
            const PageKey thumbnail{sha256, 1, PageRenderer::kThumbnailWidth, true};
            if (!images.cache.find(thumbnail))
                images.cache.store(thumbnail, first.image, first.mimeType);
        } else if (first.failure && images.failures) {
            // What broke the thumbnail's limits breaks the reader's larger image too.
            images.failures->remember(PageKey{sha256, 1, PageRenderer::kThumbnailWidth},
                                      *first.failure);
            if (first.failure->kind != PageFailure::Kind::Unreadable)
                images.failures->remember(PageKey{sha256, 1, PageRenderer::kPhoneWidth},
                                          *first.failure);
        }
    } catch (const Error &error) {
        qWarning("%s", qUtf8Printable(error.message()));
    }
}

QString Library::pageCacheFolder() const
{
    // On read-only media the cache lives in the user's cache folder instead: page images are
    // still drawn and kept, and what failed is still remembered.
    if (isReadOnly() && m_catalog->access() == Catalog::Access::ReadOnlyMedia)
        return QFileInfo(writablePageCache(m_folder)).path();
    return m_folder + QStringLiteral("/cache");
}

std::shared_ptr<PageFailures> Library::pageFailures()
{
    if (!m_pageFailures)
        m_pageFailures = std::make_shared<PageFailures>(pageCacheFolder() +
                                                        QStringLiteral("/page-failures.txt"));
    return m_pageFailures;
}

} // namespace docket
