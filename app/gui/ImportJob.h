// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/Catalog.h"
#include "store/BlobStore.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QWidget;

namespace docket {

class Library;
struct PageImages;
struct WorkProgress;

// A user's file, stored and inspected: everything its document needs but the catalog row.
struct PreparedFile
{
    QString path;
    NewDocument doc;
    bool alreadyStored = false; // the same bytes were in blobs/ before
};

// Where files go: an item that exists, or a new one made for them (a dropped folder).
struct ImportDestination
{
    std::optional<Id> itemId;
    QString newItemTitle; // when there is no itemId
    QStringList files;
};

// What an import did, for the window to tell the user.
struct ImportResult
{
    bool stopped = false; // Cancel: nothing was added
    QList<Document> added;
    QList<AgendaItem> newItems;
    // "“X” is already on this item as “Y”.": files left out, one line each.
    QStringList skipped;
    // Added, but the same bytes already were a document elsewhere in the library.
    QStringList elsewhere;
};

// The import of issue 6: the slow part (copying and hashing into blobs/, then inspecting each
// PDF in a docket-cli child) runs on a worker thread with a progress dialog, while the catalog
// (SQLite, one connection per thread) is touched only here, on the window's thread, once the
// worker is done. Cancel, or any failure, leaves the catalog as it was; blobs already stored
// are harmless (content-addressed, and a later clean-up collects unreferenced ones).
class ImportJob
{
    Q_DECLARE_TR_FUNCTIONS(ImportJob)

public:
    struct Labels
    {
        QString windowTitle;
        QString cancelText;
        QString heading; // first line of the dialog: "Adding 20 documents…"
    };

    // Stores and inspects every file of `destinations`, then, unless stopped, adds them: the
    // new items first, then the documents. A file whose bytes already are a document of its
    // destination item (or an earlier file of the same destination) is skipped and reported.
    // Throws docket::Error, having added nothing. At most one destination may name an existing
    // item: its documents go in last, in one transaction, so that nothing needs undoing there.
    static ImportResult run(QWidget *window, Library &library, Id meetingId,
                            const QList<ImportDestination> &destinations, const Labels &labels);

    // A new current version of `documentId` from `path`, prepared the same way. Throws
    // docket::Error (the catalog refuses the bytes phones already get); nullopt when stopped.
    static std::optional<Document> replace(QWidget *window, Library &library, Id documentId,
                                           const QString &path, const Labels &labels);

    // On the worker: what Library::importDocuments does before its transaction, through the
    // public BlobStore and IsolatedInspector. BlobStore only reads and writes files and takes
    // flocks, and the inspector's children live and die inside the call, so both are safe
    // on any thread. Progress counts bytes stored and files done; a stop request ends it
    // early (the caller throws the result away).
    static QList<PreparedFile> prepareFiles(BlobStore store, std::shared_ptr<PageImages> images,
                                            const QStringList &paths, WorkProgress &progress);
};

} // namespace docket
