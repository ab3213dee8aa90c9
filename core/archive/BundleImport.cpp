// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/BundleImport.h"

#include "archive/BundleManifest.h"
#include "catalog/Catalog.h"
#include "library/Library.h"
#include "model/MeetingCode.h"
#include "pdf/IsolatedInspector.h"
#include "util/Error.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>

namespace docket {

QStringList BundleCheck::describe() const
{
    QStringList out = problems;
    for (const QString &name : missing)
        out << BundleImport::tr("missing: %1").arg(name);
    for (const QString &name : altered)
        out << BundleImport::tr("altered: %1").arg(name);
    for (const QString &name : unexpected)
        out << BundleImport::tr("unexpected: %1").arg(name);
    return out;
}

BundleCheck BundleImport::check(const BundleListing &listing)
{
    BundleCheck out;
    QHash<QString, QString> actual;
    for (const BundleEntry &entry : listing.entries)
        actual.insert(entry.name, entry.sha256);
    out.files = static_cast<int>(listing.entries.size());

    // What should be there, in the order it was recorded.
    QList<std::pair<QString, QString>> expected;
    QHash<QString, QString> expectedHash;
    const auto expect = [&](const QString &name, const QString &hash) {
        if (!expectedHash.contains(name)) {
            expected.append({name, hash});
            expectedHash.insert(name, hash);
        }
    };
    QSet<QString> known = {QString::fromLatin1(bundlefiles::kManifest),
                           QString::fromLatin1(bundlefiles::kSums)};
    for (const QString &name : bundlefiles::generated())
        known.insert(name);

    QList<BundleFile> documents;
    if (!listing.hasManifest) {
        out.problems << tr("There is no manifest.json: this is not a Docket archive bundle.");
    } else {
        try {
            documents = BundleManifest::parse(listing.manifest).files;
        } catch (const Error &e) {
            out.problems << e.message();
        }
    }
    if (!listing.hasSums) {
        out.problems << tr("There is no SHA256SUMS.");
    } else {
        try {
            const QHash<QString, QString> sums = BundleManifest::parseSums(listing.sums);
            // In the file's order, for messages that follow it.
            for (const QByteArray &line : listing.sums.split('\n'))
                if (line.size() > 66) {
                    const QString name = QString::fromUtf8(line.mid(66));
                    expect(name, sums.value(name));
                }
        } catch (const Error &e) {
            out.problems << e.message();
        }
    }
    for (const BundleFile &file : documents) {
        known.insert(file.path);
        if (expectedHash.contains(file.path) && expectedHash.value(file.path) != file.sha256)
            out.problems << tr("manifest.json and SHA256SUMS disagree about %1.").arg(file.path);
        expect(file.path, file.sha256);
    }
    for (const auto &[name, hash] : expected) {
        if (!actual.contains(name))
            out.missing << name;
        else if (actual.value(name) != hash)
            out.altered << name;
    }
    for (const BundleEntry &entry : listing.entries)
        if (!known.contains(entry.name) ||
            (!expectedHash.contains(entry.name) && entry.name != QLatin1String(bundlefiles::kSums)))
            out.unexpected << entry.name;
    return out;
}

BundleCheck BundleImport::verify(const QString &zipPath, const BundleReader::Progress &progress)
{
    return check(BundleReader::read(zipPath, {}, progress));
}

namespace {

// The words of every PDF (and rendition), for search: read again from the files, in the
// inspection children as any import does, since the manifest does not carry them.
void readPageTexts(ArchivedMeeting &meeting, const QString &staging)
{
    const BundleLayout layout = BundleManifest::layout(meeting);
    QList<IsolatedInspector::File> files;
    QList<QStringList *> targets;
    for (qsizetype i = 0; i < meeting.items.size(); ++i)
        for (qsizetype d = 0; d < meeting.items[i].documents.size(); ++d)
            for (qsizetype v = 0; v < meeting.items[i].documents[d].versions.size(); ++v) {
                ArchivedMeeting::Version &version = meeting.items[i].documents[d].versions[v];
                if (version.mimeType == u"application/pdf" && version.pageCount.value_or(0) > 0) {
                    files.append({staging + u'/' + layout.versionPaths[i][d][v], version.fileName});
                    targets << &version.pageTexts;
                }
                if (version.rendition) {
                    files.append({staging + u'/' + layout.renditionPaths[i][d][v],
                                  QStringLiteral("rendition.pdf")});
                    targets << &version.rendition->pageTexts;
                }
            }
    const QList<Inspection> inspections = IsolatedInspector::inspectMany(files);
    for (qsizetype n = 0; n < inspections.size() && n < targets.size(); ++n)
        *targets[n] = inspections[n].pageTexts;
}

} // namespace

BundleImportResult BundleImport::run(Library &library, const QString &zipPath,
                                     const BundleReader::Progress &progress)
{
    if (library.isReadOnly())
        throw Error(library.readOnlyNote());
    // Inside the library, beside the store's own temporary files: on the same disk, and
    // cleaned away with them.
    const QString tmp = library.folder() + QStringLiteral("/tmp");
    QDir().mkpath(tmp);
    QTemporaryDir staging(tmp + QStringLiteral("/archive-import-XXXXXX"));
    if (!staging.isValid())
        throw Error(
            tr("No staging folder can be made in the library: %1").arg(staging.errorString()));
    const BundleListing listing = BundleReader::read(zipPath, staging.path(), progress);
    const BundleCheck check = BundleImport::check(listing);
    if (!check.ok())
        throw Error(tr("%1 is refused: %2")
                        .arg(QDir::toNativeSeparators(QFileInfo(zipPath).fileName()),
                             check.describe().join(QStringLiteral("; "))));
    BundleManifest::Parsed parsed = BundleManifest::parse(listing.manifest);
    readPageTexts(parsed.meeting, staging.path());

    BundleImportResult result;
    result.bundleCode = parsed.meeting.code;
    result.files = static_cast<int>(parsed.files.size());
    BlobStore &store = library.store();
    std::int64_t needed = 0;
    QSet<QString> toStore;
    for (const BundleFile &file : parsed.files)
        if (!store.contains(file.sha256) && !toStore.contains(file.sha256)) {
            toStore.insert(file.sha256);
            needed += file.size;
        }
    library.requireSpaceFor(needed);

    // From storing to recording, as every import: a clean-up cannot take the blobs between.
    const BlobStore::Lock lock = store.lockForRecording();
    std::vector<BlobStore::StagedBlob> staged;
    QSet<QString> stagedHashes;
    for (const BundleFile &file : parsed.files) {
        if (!toStore.contains(file.sha256) || stagedHashes.contains(file.sha256))
            continue;
        BlobStore::StagedBlob blob = store.stage(staging.filePath(file.path));
        // Hashed again as it is copied: the bytes recorded are the bytes checked.
        if (blob.sha256 != file.sha256)
            throw Error(tr("%1 changed while it was imported.").arg(file.path));
        stagedHashes.insert(file.sha256);
        staged.push_back(std::move(blob));
    }
    result.newBlobs = static_cast<int>(staged.size());
    store.commit(std::move(staged));
    result.meeting = library.catalog().importArchivedMeeting(
        parsed.meeting, tr("from %1").arg(QFileInfo(zipPath).fileName()));
    result.codeKept = result.meeting.code == meetingcode::normalize(parsed.meeting.code);
    return result;
}

} // namespace docket
