// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/Catalog.h"
#include "pdf/Inspector.h"
#include "pdf/RenderPool.h"
#include "store/BlobStore.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

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
    // Page images of the library's PDFs (cache/pages/), made on first use; shared with the
    // servers that send them, so it lives as long as any of them.
    std::shared_ptr<PageImages> pageImages();
    // The pages that could not be drawn (cache/page-failures.txt), made on first use; also
    // what pageImages() remembers them in.
    std::shared_ptr<PageFailures> pageFailures();
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

    ImportedDocument importDocument(Id itemId, const QString &filePath, const QString &title = {},
                                    const BlobStore::Progress &progress = {});
    // All files or none: every file is stored and inspected first, then recorded in one
    // transaction. `title` applies only when there is a single file.
    QList<ImportedDocument> importDocuments(Id itemId, const QStringList &filePaths,
                                            const QString &title = {},
                                            const BlobStore::Progress &progress = {});

    // What a stored and inspected file becomes in the catalog (title: `title`, else the file's
    // name without its suffix). Public for imports that store and inspect on another thread.
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
    CleanUp cleanUp(bool dryRun = false);

private:
    // Stores and inspects one file: everything a version needs but the catalog row.
    NewDocument prepare(const QString &filePath, const QString &title, std::int64_t doneBefore,
                        const BlobStore::Progress &progress, bool *alreadyStored);

    QString m_folder;
    BlobStore m_store;
    std::unique_ptr<Catalog> m_catalog;
    std::shared_ptr<PageImages> m_pageImages;
    std::shared_ptr<PageFailures> m_pageFailures;
    RenderLimits m_renderLimits;
};

} // namespace docket
