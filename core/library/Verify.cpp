// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/Verify.h"

#include "library/Library.h"
#include "util/Error.h"
#include "util/Sha256.h"

#include <QFile>

#include <optional>

namespace docket {

namespace {

struct Stored
{
    QString sha256;
    std::int64_t size = 0;
    QStringList usedBy;
};

// Hashes in pieces so that progress moves and a stop is honoured within a piece.
std::optional<QString> hashFile(const QString &path, std::int64_t &done, std::int64_t total,
                                const Verifier::Progress &progress, bool &stopped)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    Sha256 hash;
    QByteArray chunk;
    for (;;) {
        chunk = file.read(1 << 20);
        if (chunk.isEmpty())
            break;
        hash.add(chunk);
        done += chunk.size();
        if (progress && !progress(done, total)) {
            stopped = true;
            return std::nullopt;
        }
    }
    if (file.error() != QFile::NoError)
        return std::nullopt;
    return hash.hex();
}

} // namespace

VerifyReport Verifier::verify(Library &library, const Progress &progress)
{
    VerifyReport report;
    QList<Stored> stored;
    try {
        report.catalogProblems = library.catalog().check().problems;
        library.catalog().consistently([&] {
            for (const auto &[sha256, size] : library.catalog().blobs())
                stored.append({sha256, size, library.catalog().blobUsers(sha256)});
        });
    } catch (const Error &error) {
        // So damaged that the checks themselves fail: that is the finding.
        report.catalogProblems << error.message();
    }
    std::int64_t total = 0;
    for (const Stored &blob : stored)
        total += blob.size;

    std::int64_t done = 0;
    for (const Stored &blob : stored) {
        const QString path = library.store().pathFor(blob.sha256);
        if (!QFile::exists(path)) {
            report.problems.append({blob.sha256, BlobProblem::Kind::Missing, blob.usedBy});
            done += blob.size;
            continue;
        }
        bool stopped = false;
        const std::int64_t before = done;
        const auto hash = hashFile(path, done, total, progress, stopped);
        if (stopped) {
            report.cancelled = true;
            break;
        }
        ++report.checked;
        report.bytes += done - before;
        if (!hash || *hash != blob.sha256)
            report.problems.append({blob.sha256, BlobProblem::Kind::Altered, blob.usedBy});
    }
    return report;
}

QString Verifier::catalogDamagedText(int problems)
{
    return tr("The catalog is damaged: SQLite's checks found %n problem(s). Restore the newest "
              "good backup with `docket-cli restore` (or Library ▸ Restore from backup in the "
              "window); the damaged catalog is kept aside.",
              nullptr, problems);
}

QString Verifier::describe(const BlobProblem &problem)
{
    const QString what = problem.kind == BlobProblem::Kind::Missing
                             ? tr("The stored file %1 is missing.")
                             : tr("The stored file %1 has changed: its bytes no longer match "
                                  "its SHA-256.");
    QString text = what.arg(problem.sha256);
    if (!problem.usedBy.isEmpty())
        text += u' ' + tr("Used by: %1.").arg(problem.usedBy.join(QStringLiteral("; ")));
    return text;
}

} // namespace docket
