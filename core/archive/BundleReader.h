// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reading an archive bundle: a ZIP from anywhere, so a user's file to be parsed like any other.
// libzip reads it in a docket-cli child (`archive-read`, ChildProgram::Use::Archive) under an
// address-space and a CPU limit; the child refuses what a bundle never holds before reading a
// byte of content (paths with "..", absolute paths, backslashes, links and other special
// entries, encrypted entries, duplicate names, more entries or bytes than the limits, entries
// that expand far more than any document does), then reads each entry bounded by its declared
// size, hashing it and, for an import, writing it into a staging folder and nowhere else.
// This process only reads the child's answer: one JSON line per entry.

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <cstdint>
#include <functional>

namespace docket {

struct BundleLimits
{
    int maxEntries = 20000;
    std::int64_t maxEntryBytes = 4LL << 30;  // one document
    std::int64_t maxTotalBytes = 64LL << 30; // the whole meeting, expanded
    std::int64_t maxTextBytes = 64LL << 20;  // manifest.json and SHA256SUMS, read into memory
    // Deflate cannot do better than about 1:1030; documents (PDFs, office files) rarely beat
    // 1:20. An entry past this ratio and past `ratioFloorBytes` is a bomb, not a document.
    double maxRatio = 200;
    std::int64_t ratioFloorBytes = 1LL << 20;
};

struct BundleEntry
{
    QString name; // as in the ZIP, UTF-8, relative, '/'-separated
    std::int64_t size = 0;
    QString sha256;
};

struct BundleListing
{
    QList<BundleEntry> entries; // in the ZIP's order; directories left out
    bool hasManifest = false;
    QByteArray manifest; // manifest.json
    bool hasSums = false;
    QByteArray sums; // SHA256SUMS
};

class BundleReader
{
    Q_DECLARE_TR_FUNCTIONS(BundleReader)

public:
    // Bytes read so far of the total declared; false stops the reading.
    using Progress = std::function<bool(std::int64_t done, std::int64_t total)>;

    // Runs the child. With `stagingFolder` (which must exist, empty) every entry is written
    // under it. Throws docket::Error with a sentence for people when the file is refused, is not
    // a ZIP, or the child fails.
    static BundleListing read(const QString &zipPath, const QString &stagingFolder = {},
                              const Progress &progress = {}, const BundleLimits &limits = {});

    // The child's side (docket-cli archive-read): JSON lines on stdout; exit 0, or 2 when refused.
    static int runChild(const QString &zipPath, const QString &stagingFolder,
                        const BundleLimits &limits = {});

    // Why a name cannot be an entry of a bundle; empty when it can. Pure, for the tests.
    static QString nameProblem(const QString &name);
};

} // namespace docket
