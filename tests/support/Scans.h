// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

namespace testsupport {

// Scanned documents for the OCR tests, made from real text: a text PDF with one page per entry
// (each line large and clear), its pages drawn by Poppler into grey images as a scanner sees
// printed pages, and the images wrapped back into a PDF with nothing else (no text layer).
// Every helper REQUIREs success.
QByteArray textPdf(const QList<QStringList> &pages);
QList<QImage> scanPages(const QByteArray &pdf, int dpi);
// `stamp`, when given, is drawn as real text in a corner of each page: a few letters of text
// layer, as a scanner's page numbering leaves.
void writeScannedPdf(const QString &path, const QList<QImage> &images, int dpi,
                     const QString &stamp = {});
// One page of `lines` as a PNG, as a phone's photo of a letter is imported.
void writeScannedPng(const QString &path, const QStringList &lines, int dpi);

// Pages read in children of `program` (docket-cli), as the programs do it, while it lives.
struct RecognitionChild
{
    explicit RecognitionChild(const QString &program);
    ~RecognitionChild();
    RecognitionChild(const RecognitionChild &) = delete;
    RecognitionChild &operator=(const RecognitionChild &) = delete;
};

// An environment variable (DOCKET_TESSERACT, DOCKET_OCR_FAULT) set while it lives; the
// children inherit it.
class ScopedEnv
{
public:
    ScopedEnv(const char *name, const QByteArray &value);
    ~ScopedEnv();
    ScopedEnv(const ScopedEnv &) = delete;
    ScopedEnv &operator=(const ScopedEnv &) = delete;

private:
    const char *m_name;
    bool m_had = false;
    QByteArray m_old;
};

} // namespace testsupport
