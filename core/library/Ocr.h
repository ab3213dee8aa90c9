// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/OcrJobs.h"
#include "model/Model.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <optional>

namespace docket {

class Library;

struct OcrLimits
{
    int dpi = 300;        // what Tesseract reads best; A4 is 2480 x 3508 pixels
    int pageSeconds = 90; // wall time to draw and read one page, the child's start included
    // Address space of the page's child and of its Tesseract each: Tesseract with Vietnamese and
    // English needs about 400 MB for an A4 page at 300 dpi.
    std::int64_t memoryBytes = 1536LL * 1024 * 1024;
};

// How far a run is: pages of the whole run (as estimated when the documents were queued) and
// the page being read now.
struct OcrProgress
{
    int pagesDone = 0;
    int pages = 0;
    QString documentTitle;
    int page = 0; // of that document, 1-based; 0 between pages
};
// Called between pages (page 0), where it may wait (a pause), and every fraction of a second
// while a page is read; false stops the run at once (the child is killed).
using OcrProgressCallback = std::function<bool(const OcrProgress &)>;

// Text recognition (OCR) of scanned documents: PDF pages without a text layer and JPEG or PNG
// documents get their text from Tesseract (Vietnamese and English), which then is searchable
// and marked as recognised (ocr_page). Every page is drawn and read in a `docket-cli ocr-page`
// child (pdf/PageRecognition) under a time and a memory limit; a page that fails or takes too
// long is recorded with why and the others go on. What is recognised of a version is recorded
// in one transaction (Catalog::recordOcr), so a run stopped halfway, or a program killed,
// leaves that version waiting for the next run. New versions are queued as they are added
// (Catalog::queueOcr for those from before). Without Tesseract nothing else changes; the
// programs say that OCR is unavailable.
class Ocr
{
    Q_DECLARE_TR_FUNCTIONS(Ocr)

public:
    // Empty when OCR can run: Tesseract ($DOCKET_TESSERACT, else `tesseract` on the PATH) with
    // Vietnamese and English, and docket-cli for the children. Otherwise the sentence for the
    // user, starting with unavailableMessage(). Starts Tesseract once to ask (some 50 ms): call
    // it off the window's thread.
    static QString unavailableReason();
    static QString unavailableMessage();

    // Any thread, one that lives as long as the call (the children are made on it, see
    // ChildProcess). Reads the pages of `work` (stored at `filePath`) that have no text layer;
    // `workFolder` takes each page's image for Tesseract meanwhile. `progress` counts on from
    // `before`. When the callback stops it, returns nullopt: nothing is to be recorded.
    static std::optional<OcrOutcome> recognise(const OcrWork &work, const QString &filePath,
                                               const QString &workFolder, const OcrLimits &limits,
                                               OcrProgress before,
                                               const OcrProgressCallback &progress = {});

    struct RunReport
    {
        QString unavailable; // why OCR could not run at all; then nothing else was done
        bool stopped = false;
        int documents = 0;       // recorded in this run
        int pagesTried = 0;      // pages without a text layer that were read
        int pagesRecognised = 0; // of those, the pages where text was found
        QStringList failures;    // "“Document”: Page 2: why"
    };
    // Headless, on the catalog's thread (docket-cli, tests): queues what was never looked at,
    // then reads and records every waiting version of the meeting (or of the library).
    static RunReport run(Library &library, std::optional<Id> meetingId,
                         const OcrLimits &limits = {}, const OcrProgressCallback &progress = {});

    // The library's folder for page images while they are read (its tmp/).
    static QString workFolderIn(const Library &library);
};

} // namespace docket
