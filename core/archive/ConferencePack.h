// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/PackPlan.h"
#include "model/Model.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>

namespace docket {

class Library;

// Limits of the child that reads the meeting's PDFs and writes the pack. Per document for
// reading: one that takes longer, or crashes the reader, is left out (and said so on the
// agenda), the others go on in a fresh child.
struct PackLimits
{
    int secondsPerDocument = 60;
    int writeSeconds = 600;                              // merging and writing the whole pack
    std::int64_t memoryBytes = 2LL * 1024 * 1024 * 1024; // address space of the child
};

struct PackProgress
{
    int documentsDone = 0;
    int documents = 0;
    bool writing = false; // every document was read; the pack is being written
};
// Called on the thread that runs build(), as each document is read and when writing starts.
using PackProgressCallback = std::function<void(const PackProgress &)>;

struct PackReport
{
    struct Entry
    {
        int itemNumber = 0;
        QString itemTitle;
        QString documentTitle;
        int firstPage = 0; // in the pack, 1-based; 0: not included
        int pages = 0;
        QString omitted; // why it is not in the pack, in the organiser's language; empty: it is
    };
    QString path;
    int pages = 0;
    std::int64_t bytes = 0;
    QList<Entry> documents; // in agenda order
    bool cancelled = false; // nothing was written
    int omittedCount() const;
};

// The conference pack (the "board book"): one PDF of a meeting for reading and printing. A
// cover (title, date, venue), the agenda with the first page of every item and document, then
// every current document's PDF (an office file's rendition) in agenda order, each of its pages
// stamped at the foot "Nội dung 3 · Báo cáo chính trị · trang 12/240"; one bookmark per item,
// one nested per document. The text on the pages follows the meeting's language, as the
// printed agenda sheet does.
//
// Page numbers are the pack's, from the cover on, never a document's own: the agenda, the
// footers and a PDF viewer's page box all say the same number, so "page 37" in the hall finds
// one page whichever way people read the pack, and a document's own numbers (printed on most
// of them already) are left as they are.
//
// Reading users' PDFs is parsing users' files: qpdf runs in a docket-cli child
// (ChildProgram::Use::Packing) under PackLimits. A document it cannot read (damaged, locked by
// a password, past a limit) is left out with the reason on the agenda; it never stops the pack.
// What goes into a pack, read from the catalog (on the catalog's thread): the meeting, its
// agenda, and the stored PDF of every document or why there is none.
struct PackSource
{
    struct Slot
    {
        int item = 0;     // index in plan.items
        int document = 0; // index in that item's documents
    };
    pack::Plan plan;
    QList<Slot> places; // every document, in agenda order
};

class ConferencePack
{
    Q_DECLARE_TR_FUNCTIONS(ConferencePack)

public:
    // Writes the pack of the meeting to `outputPath` (replaced atomically: the file appears
    // whole or not at all). `cancel`, polled about ten times a second, stops the child and
    // leaves no file: the report says cancelled. Throws docket::Error (no meeting, no
    // docket-cli to run, the pack cannot be written).
    static PackReport build(Library &library, Id meetingId, const QString &outputPath,
                            const PackProgressCallback &progress = {},
                            const std::atomic<bool> *cancel = nullptr,
                            const PackLimits &limits = {});
    // build() in two halves, for a window whose catalog lives on its own thread: read() there,
    // make() on a worker thread (the child is made on, and kept by, the thread that calls it).
    static PackSource read(Library &library, Id meetingId);
    static PackReport make(const PackSource &source, const QString &outputPath,
                           const PackProgressCallback &progress = {},
                           const std::atomic<bool> *cancel = nullptr,
                           const PackLimits &limits = {});

    // "<YYYY-MM-DD> <meeting title> - pack.pdf", without the characters file systems refuse.
    static QString suggestedFileName(const Meeting &meeting);

    // The child's side (`docket-cli pack-worker PLAN OUTPUT`): reads the plan build() wrote,
    // says on stdout, one JSON line each, as it reads every document and when it writes, and
    // writes the pack to OUTPUT. Returns its exit status.
    static int runChild(const QString &planPath, const QString &outputPath);
};

} // namespace docket
