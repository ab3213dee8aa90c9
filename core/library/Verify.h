// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>

namespace docket {

class Library;

// A stored file that is not what the catalog says it is.
struct BlobProblem
{
    enum class Kind
    {
        Missing, // gone from blobs/
        Altered  // its bytes no longer hash to its name
    };
    QString sha256;
    Kind kind = Kind::Missing;
    QStringList usedBy; // "K7Q2M9AB item 3: Báo cáo (current version)", for the report
};

struct VerifyReport
{
    int checked = 0;
    std::int64_t bytes = 0;
    QList<BlobProblem> problems;
    bool cancelled = false;
    // SQLite's integrity and foreign-key checks of the catalog, as sentences; empty when sound.
    QStringList catalogProblems;
    bool catalogDamaged() const { return !catalogProblems.isEmpty(); }
    bool ok() const { return problems.isEmpty() && catalogProblems.isEmpty(); }
};

// Checks the catalog with SQLite's own integrity and foreign-key checks, then re-hashes every
// stored file against its SHA-256: proves the files are the ones that were shown, and finds a
// disk that lost or changed one. Reads only; repairs nothing.
class Verifier
{
    Q_DECLARE_TR_FUNCTIONS(Verifier)

public:
    // Bytes hashed so far and in all; returning false stops (the report says cancelled).
    using Progress = std::function<bool(std::int64_t done, std::int64_t total)>;
    static VerifyReport verify(Library &library, const Progress &progress = {});
    static QString describe(const BlobProblem &problem);
    // The first line of a report on a damaged catalog, with the way back.
    static QString catalogDamagedText(int problems);
};

} // namespace docket
