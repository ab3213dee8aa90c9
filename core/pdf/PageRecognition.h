// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <cstdint>

namespace docket {

// Text recognition (OCR) of one page of a scanned document, the child's side: `docket-cli
// ocr-page` draws the page (Poppler for a PDF, Qt's readers for a JPEG or PNG) as a grey image
// at the resolution asked for and has Tesseract read it. Tesseract is its own program, run as a
// grandchild under the same limits: it is an optional package (Docket works without it, and says
// so), it needs no library at build time, and whatever it does with a hostile image stays in
// its own process. The parent (library/Ocr) runs one child per page under a time limit.
//
// Each command prints one JSON line on stdout:
//   ocr-page FILE --survey          {"letters": [n1, n2, ...]}: letters and digits of each PDF
//                                   page's text layer, to tell scanned pages from the others
//   ocr-page FILE --page N ...      {"text": "...", "layerLetters": n, "dpi": d}
// or {"error": "..."} with exit status 1.
class PageRecognition
{
    Q_DECLARE_TR_FUNCTIONS(PageRecognition)

public:
    struct Options
    {
        QString tesseract;            // the program
        QString languages;            // "vie+eng"
        int dpi = 300;                // for PDF pages
        QString imagePath;            // where the page image goes for Tesseract
        std::int64_t memoryBytes = 0; // Tesseract's address space; 0: no limit
        int cpuSeconds = 0;           // Tesseract's CPU time; 0: no limit
    };
    // Larger pages (a poster, a huge photo) are read at a lower resolution, not out of memory.
    static constexpr int kMaxPixels = 40'000'000;
    static constexpr int kMaxSurveyPages = 2000; // Inspector::kMaxTextPages

    static int runSurvey(const QString &path);
    static int runPage(const QString &path, int page, const Options &options);

    // $DOCKET_TESSERACT when set (empty when that is not a program), else tesseract on the PATH.
    static QString findTesseract();
    static QString defaultLanguages() { return QStringLiteral("vie+eng"); }
    // Empty when `program` runs and has every language of `languages`; else why not, for people.
    static QString tesseractProblem(const QString &program, const QString &languages);
};

} // namespace docket
