// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/Catalog.h"
#include "library/ImportPipeline.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace docket {

class Library;

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

// The import of issue 6, in the window: the slow part of core's ImportPipeline (copying and
// hashing into blobs/, then inspecting each PDF in a docket-cli child) runs on a worker
// thread with a progress dialog, while the catalog (SQLite, one connection per thread) is
// touched only here, on the window's thread, once the worker is done. Cancel, or any failure,
// leaves the catalog as it was; blobs already stored are harmless (content-addressed, and a
// later clean-up collects unreferenced ones). The rules (duplicates, staging, inspection) are
// the pipeline's, the same as docket-cli's.
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
};

} // namespace docket
