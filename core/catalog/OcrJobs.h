// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the catalog keeps of text recognition (OCR) of scanned pages: ocr_job, a version's
// recognition (waiting, done or failed, with why), and ocr_page, the pages whose text in search
// came from recognition rather than from the file. The runner is library/Ocr.

#include "model/Model.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace docket {

// A version waiting for recognition, as the runner needs it.
struct OcrWork
{
    Id versionId = 0;
    Id meetingId = 0;
    QString meetingTitle;
    QString documentTitle;
    QString sha256;        // the stored file
    QString mimeType;      // application/pdf, image/jpeg or image/png
    int pageCount = 1;     // of the file; 1 for an image
    int pages = 0;         // pages found without a text layer when it was queued
    QList<int> recognised; // pages read before (a failed job tried again): not read again
};

// One page's recognised text, to be recorded.
struct OcrPageText
{
    int page = 0; // 1-based
    QString text;
    // The page had a few letters of text layer (a stamp, a page number): its row in search is
    // replaced by what recognition read, which holds them too.
    bool replacesTextLayer = false;
};

// What recognition made of one version.
struct OcrOutcome
{
    QList<OcrPageText> pages; // the pages where it read something
    int pagesTried = 0;
    QStringList failures; // one line per page that could not be read, saying why
};

// How far recognition is, for a meeting or the whole library.
struct OcrStatus
{
    int waitingDocuments = 0;
    int waitingPages = 0;
    int doneDocuments = 0; // of those that needed recognition
    int recognisedPages = 0;
    int failedDocuments = 0;
    QStringList failures; // "“Document”: page 2: why"
};

} // namespace docket
