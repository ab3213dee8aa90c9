// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/Catalog.h"
#include "library/Backups.h"
#include "library/ImportPipeline.h"
#include "pdf/Inspector.h"
#include "pdf/RenderPool.h"
#include "store/BlobStore.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace docket {

struct ImportedDocument
{
    Document document;
    bool contentAlreadyStored = false; // the same bytes were in the library before
};

// The library folder: catalog.sqlite, blobs/ and tmp/ side by side. It is the one place that
// turns a user's file into a document: store the bytes, inspect them, then record them.
class Library
{
    Q_DECLARE_TR_FUNCTIONS(Library)

public:
    explicit Library(const QString &folder);
    ~Library();

    // $DOCKET_LIBRARY, else the platform's application data folder.
    static QString defaultFolder();

    QString folder() const { return m_folder; }
    Catalog &catalog() { return *m_catalog; }
    // A library on a read-only medium, or on a disk too full to write: shown and served, not
    // changed. The note says which, for the window and the CLI.
    bool isReadOnly() const { return m_catalog->isReadOnly(); }
    QString readOnlyNote() const { return m_catalog->accessNote(); }

    // The disk holding the library, as people know it ("/media/usb (KINGSTON)"), and its room.
    struct DiskSpace
    {
        QString disk;
        std::int64_t available = -1; // bytes; -1 when unknown
    };
    DiskSpace diskSpace() const;
    // Below this the window warns, before an import or a meeting runs out of room.
    static constexpr std::int64_t kLowSpaceBytes = 500LL * 1000 * 1000;
    // The warning, or nothing when there is room (or the library is read-only anyway).
    QString lowSpaceWarning() const;
    // Throws a docket::Error naming the disk when `bytes` more (an import) would not fit with
    // room to spare for the catalog.
    void requireSpaceFor(std::int64_t bytes) const;

    // Rotating copies of the catalog in backups/ (see Backups). Automatic ones are made when a
    // meeting opens or closes, and at least daily (backupIfDue, called by the programs), on a
    // thread of their own; never on a read-only library. A failure does not stop anything: it
    // is kept for lastBackupProblem().
    Backups backups() const { return Backups(m_folder); }
    void backupInBackground(const QString &reason);
    void backupIfDue();
    void waitForBackups();
    QString lastBackupProblem() const;
    // Page images of the library's PDFs (cache/pages/), made on first use; shared with the
    // servers that send them, so it lives as long as any of them.
    std::shared_ptr<PageImages> pageImages();
    // The pages that could not be drawn (cache/page-failures.txt), made on first use; also
    // what pageImages() remembers them in.
    std::shared_ptr<PageFailures> pageFailures();
    // Where page images and their failures are kept: cache/ in the library, or a folder of the
    // user's own when the library is on read-only media.
    QString pageCacheFolder() const;
    // The render workers' limits, for page images and for the first page an import draws.
    // Takes effect for page images made after it (before the first pageImages()).
    void setRenderLimits(const RenderLimits &limits) { m_renderLimits = limits; }
    const RenderLimits &renderLimits() const { return m_renderLimits; }
    // What an import learnt by drawing a file's first page (see Inspection::firstPage): the
    // thumbnail goes into the page cache, a page that could not be drawn into the failures,
    // so that no phone waits for either. Best effort: a cache that cannot be written is
    // filled by the first phone instead.
    void keepFirstPage(const QString &sha256,
                       const std::optional<Inspection::FirstPage> &firstPage);
    // The same on any thread, for an import that stores and inspects off the window's thread.
    static void keepFirstPage(PageImages &images, const QString &sha256,
                              const std::optional<Inspection::FirstPage> &firstPage);
    BlobStore &store() { return m_store; }

    // The import of every program (see ImportPipeline), on one thread: files into
    // `destinations` of the meeting; a file already on its item is left out and reported.
    // `title` names the document when there is a single file. Throws docket::Error, having
    // added nothing (also when `progress` stops it).
    ImportReport importFiles(Id meetingId, const QList<ImportDestination> &destinations,
                             const QString &title = {},
                             const ImportProgressCallback &progress = {});
    // The same for one item, returning what was added (a file already on the item is not).
    QList<ImportedDocument> importDocuments(Id itemId, const QStringList &filePaths,
                                            const QString &title = {},
                                            const BlobStore::Progress &progress = {});
    // One file; throws docket::Error when it is already on the item.
    ImportedDocument importDocument(Id itemId, const QString &filePath, const QString &title = {},
                                    const BlobStore::Progress &progress = {});

    // What a stored and inspected file becomes in the catalog (title: `title`, else the file's
    // name without its suffix).
    static NewDocument newDocument(const QString &filePath, const QString &title,
                                   const StoredBlob &blob, const Inspection &inspection);

    // A new version of a document from a file: stored, inspected, then made current in one
    // transaction; the document's links and its item's QR code keep working.
    ImportedDocument replaceDocument(Id documentId, const QString &filePath,
                                     const BlobStore::Progress &progress = {});

    // Stored files that nothing uses any more (emptied trash, replaced-then-forgotten
    // versions, an import interrupted between storing and recording): removed only when asked,
    // never silently. With dryRun, only counted.
    struct CleanUp
    {
        int files = 0;
        std::int64_t bytes = 0;
    };
    // An import may store the same bytes meanwhile: the listing and the removal happen under
    // the store's lock (BlobStore::lockForCleanUp), which imports hold from storing to
    // recording. `beforeRemoving` (tests) runs between the two.
    CleanUp cleanUp(bool dryRun = false, const std::function<void()> &beforeRemoving = {});

private:
    QString m_folder;
    BlobStore m_store;
    std::unique_ptr<Catalog> m_catalog;
    std::shared_ptr<PageImages> m_pageImages;

    mutable std::mutex m_backupMutex;
    std::thread m_backupThread;
    bool m_backupRunning = false;
    QString m_backupAgain; // a reason asked for while one ran: done once more after it
    QString m_backupProblem;
    std::shared_ptr<PageFailures> m_pageFailures;
    RenderLimits m_renderLimits;
};

} // namespace docket
