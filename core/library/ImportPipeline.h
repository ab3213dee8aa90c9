// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/Catalog.h"
#include "pdf/IsolatedInspector.h"
#include "store/BlobStore.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>

namespace docket {

class Library;
struct PageImages;

// Where files go: an item that exists, or a new one made for them (a dropped folder).
struct ImportDestination
{
    std::optional<Id> itemId;
    QString newItemTitle; // when there is no itemId
    QStringList files;
};

// How far an import is, for a progress bar; the callback returns false to stop it.
struct ImportProgress
{
    int files = 0;
    int filesDone = 0; // copied and hashed
    std::int64_t bytes = 0;
    std::int64_t bytesDone = 0;
    // A clean-up of the library (here or in another process) is removing unused files: the
    // import waits for it before it stores anything.
    bool waitingForCleanUp = false;
};
using ImportProgressCallback = std::function<bool(const ImportProgress &)>;

// What an import did with one file.
struct ImportedFile
{
    enum class Outcome
    {
        Added,
        // Its bytes already are a document of its item (or of an earlier file of the same item
        // in this import): left out, nothing recorded.
        Duplicate
    };
    QString path; // the user's file
    QString fileName;
    Outcome outcome = Outcome::Added;
    // Added: the new document. Duplicate: the document of the item that has these bytes.
    Document document;
    AgendaItem item;                   // where it went, or would have gone
    bool contentAlreadyStored = false; // the same bytes were in blobs/ before
    // Added, although the same bytes already are a document elsewhere in the library (or
    // another item of this import): stored once, shown twice.
    bool elsewhere = false;

    bool added() const { return outcome == Outcome::Added; }
    // Added, readable, but its first page took a renderer to its limits (see Document::heavy).
    bool heavy() const { return added() && document.heavy(); }
    // Added, but delegates may not be able to read it: why (empty when fine). A file that
    // cannot be stored at all fails the whole import instead (all or nothing).
    QString problem() const { return added() ? document.problem : QString(); }
};

struct ImportReport
{
    QList<ImportedFile> files; // in the order given
    QList<AgendaItem> newItems;

    QList<Document> added() const;
    int duplicates() const;
};

// The one way a user's files become documents, for the window and docket-cli alike: every
// file is copied and hashed into tmp/ while the inspection children read the PDFs beside it
// (InspectionBatcher), then one file-system sync and the renames into blobs/, the thumbnails
// and first-page failures kept; then, on the catalog's thread, the duplicate rule and one
// transaction for everything. All or nothing: a file that cannot be read, a full disk or a
// stop leaves the catalog as it was (stored blobs are harmless: content-addressed, and a
// clean-up collects unreferenced ones).
//
// Threads: make it and record() on the catalog's thread; prepare() may run on any other one
// (it touches only files, flocks and its own inspection children), as the window does it to
// keep drawing while a folder goes in.
class ImportPipeline
{
    Q_DECLARE_TR_FUNCTIONS(ImportPipeline)

public:
    // New documents for `destinations` (new items made on the way). `title` names the
    // document when the whole import is a single file. At most one destination may name an
    // existing item. Throws docket::Error (no such item, a path that is not a file, no room).
    static ImportPipeline adding(Library &library, Id meetingId,
                                 const QList<ImportDestination> &destinations,
                                 const QString &title = {});
    // A new current version of `documentId` from `path`.
    static ImportPipeline replacing(Library &library, Id documentId, const QString &path);

    ImportPipeline(ImportPipeline &&) noexcept;
    ~ImportPipeline();
    ImportPipeline(const ImportPipeline &) = delete;
    ImportPipeline &operator=(const ImportPipeline &) = delete;
    ImportPipeline &operator=(ImportPipeline &&) = delete;

    // The slow part: copies, hashes, inspects and stores every file. False when `progress`
    // asked to stop before anything was stored; throws docket::Error.
    bool prepare(const ImportProgressCallback &progress = {});
    // The duplicate rule and the one transaction; after prepare() returned true.
    ImportReport record();
    // For replacing(): the document with its new version made current. Throws
    // docket::Error (the catalog refuses the bytes phones already get).
    ImportedFile recordReplacement();

    // "“a.pdf” is already on item 2 as “Báo cáo”." for a Duplicate.
    static QString alreadyOnItem(const ImportedFile &file);

private:
    ImportPipeline(Library &library, QStringList paths);

    struct Prepared
    {
        NewDocument doc;
        bool alreadyStored = false;
    };

    Library &m_library;
    Id m_meetingId = 0;
    std::optional<Id> m_replacing;
    QList<ImportDestination> m_destinations;
    QStringList m_paths;
    QString m_title;
    std::int64_t m_bytes = 0;
    BlobStore m_store;
    std::shared_ptr<PageImages> m_images;
    InspectionLimits m_limits;
    QList<Prepared> m_prepared;
    // From before the blobs are stored until they are recorded: a clean-up must not remove
    // a blob this import counts on (see BlobStore::Lock).
    BlobStore::Lock m_recordingLock;
    bool m_ready = false;
};

} // namespace docket
