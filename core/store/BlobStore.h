// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

class QTemporaryFile;

namespace docket {

struct StoredBlob
{
    QString sha256; // lowercase hex
    std::int64_t size = 0;
    QString path;
    bool alreadyStored = false; // the same content was there before this import
};

// Content-addressed files under ROOT/ab/abcdef... named by their SHA-256. Import copies into
// ROOT/../tmp, syncs, then renames into place, so a blob path either holds the complete
// content or does not exist. The user's own file is only ever read.
class BlobStore
{
    Q_DECLARE_TR_FUNCTIONS(BlobStore)

public:
    // Reports bytes copied so far; returning false cancels the import.
    using Progress = std::function<bool(std::int64_t bytesDone)>;

    BlobStore(const QString &blobRoot, const QString &tempRoot);

    StoredBlob importFile(const QString &sourcePath, const Progress &progress = {});

    // The same in two steps, for many files: stage() copies and hashes into tmp/ without a
    // sync; commit() syncs the file system once, then renames every staged file into place and
    // syncs the folders. A staged file is readable (to inspect it) at tempPath. What is not
    // committed is removed when the StagedBlob goes.
    struct StagedBlob
    {
        StagedBlob();
        StagedBlob(StagedBlob &&) noexcept;
        StagedBlob &operator=(StagedBlob &&) noexcept;
        ~StagedBlob();
        QString sha256;
        std::int64_t size = 0;
        QString tempPath;
        std::unique_ptr<QTemporaryFile> file;
    };
    StagedBlob stage(const QString &sourcePath, const Progress &progress = {});
    std::vector<StoredBlob> commit(std::vector<StagedBlob> staged);
    QString pathFor(const QString &sha256) const;
    bool contains(const QString &sha256) const;

    // Who stores blobs and then records them in the catalog holds a shared lock from before
    // the store until the record (an import that finds its bytes already stored counts on
    // them staying); a clean-up holds it exclusively from listing unused blobs until it has
    // removed them. Between processes too (flock on blobs/.lock): a window and a docket-cli
    // may run together. Released when the Lock goes.
    class Lock
    {
    public:
        Lock() = default;
        Lock(Lock &&other) noexcept;
        Lock &operator=(Lock &&other) noexcept;
        ~Lock();
        Lock(const Lock &) = delete;
        Lock &operator=(const Lock &) = delete;
        bool held() const { return m_fd >= 0; }

    private:
        friend class BlobStore;
        int m_fd = -1;
    };
    // Blocks while a clean-up runs; `waiting` is called once first when it has to wait.
    Lock lockForRecording(const std::function<void()> &waiting = {}) const;
    // Blocks while any import is between storing and recording.
    Lock lockForCleanUp() const;

    // Temporary files left by an import that a crash interrupted; files of an import still
    // running in another process are locked and kept.
    int removeStaleTemporaries();

    static QString sha256OfFile(const QString &path);

private:
    Lock lock(bool exclusive, const std::function<void()> &waiting) const;

    QString m_root;
    QString m_tempRoot;
};

} // namespace docket
