// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The archive bundle of a meeting: one ZIP (libzip) with index.html, the documents under their
// names in agenda order, agenda.pdf, stats.csv, manifest.json and SHA256SUMS. Deterministic: the
// entries come in a fixed order, with times from the catalog (when each file was added; the
// meeting's archiving, closing or date for the generated ones) written as UTC, and nothing of
// the moment or place of the export, so the same meeting gives the same bytes twice.
//
// Two steps, for the window: prepare() reads the catalog (its thread), write() makes the file
// (any thread; what it needs was copied into the plan).

#include "archive/BundleManifest.h"
#include "model/Model.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <cstdint>
#include <functional>

namespace docket {

class Library;

struct BundleExportOptions
{
    // What agenda.pdf's QR codes carry; empty: the address the library last served at. With
    // neither, the bundle has no agenda.pdf (said in the result's notes).
    QString baseUrl;
    // THE CONFERENCE PACK (issue 12, item 3) goes in here: when set, write() calls it with the
    // path of a temporary file to write the pack to, on write()'s thread; the file becomes the
    // entry pack.pdf (after agenda.pdf, covered by SHA256SUMS, linked from index.html). It must
    // be deterministic like the rest. Throwing docket::Error fails the export, leaving no file.
    std::function<void(const QString &packPath)> writeConferencePack;
    // Without a writer of its own, the meeting's own conference pack (archive/ConferencePack,
    // read in prepare(), made in its pack-worker child in write()) unless this is false.
    bool conferencePack = true;
};

struct BundlePlan
{
    struct Entry
    {
        QString name;
        QString sourcePath; // a stored blob, or
        QByteArray bytes;   // generated content
        std::int64_t size = 0;
        QString sha256;
        QString time; // ISO, UTC
        bool compress = false;
    };
    Meeting meeting;
    QString libraryFolder;
    QString baseUrl;
    QString language;
    ArchivedMeeting archived;
    BundleLayout layout;
    QList<Entry> documents; // in entry order
    QByteArray manifest;
    QString generatedTime; // of index.html, agenda.pdf, ... (ISO)
    std::int64_t totalBytes = 0;
    std::function<void(const QString &)> writeConferencePack;
};

struct BundleExportResult
{
    QString path;
    int entries = 0;
    std::int64_t bytes = 0; // of the ZIP
    QStringList notes;      // what people should know (no agenda.pdf...)
};

class BundleExport
{
    Q_DECLARE_TR_FUNCTIONS(BundleExport)

public:
    // Fraction done (0..1); returning false cancels: write() then throws, leaving no file.
    using Progress = std::function<bool(double fraction)>;

    static BundlePlan prepare(Library &library, Id meetingId,
                              const BundleExportOptions &options = {});
    static BundleExportResult write(const BundlePlan &plan, const QString &target,
                                    const Progress &progress = {});
    // prepare() and write() in one.
    static BundleExportResult run(Library &library, Id meetingId, const QString &target,
                                  const BundleExportOptions &options = {},
                                  const Progress &progress = {});

    // "YYYY-MM-DD <meeting title>.zip"
    static QString defaultFileName(const Meeting &meeting);

    // The generated pages, for the tests too.
    static QByteArray indexHtml(const BundlePlan &plan, bool withAgenda, bool withPack);
    static QByteArray statsCsv(const BundlePlan &plan);
};

} // namespace docket
