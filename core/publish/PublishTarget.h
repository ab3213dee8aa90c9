// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "publish/StaticSite.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace docket {

// Where a meeting's static copy goes: a folder (a web server's root, or one it serves), or any
// rclone remote (S3-compatible stores, WebDAV, SFTP...). Paths are the copy's (StaticFile::path),
// below the target's root. Every call throws docket::Error (translated) when the target refuses.
class PublishTarget
{
    Q_DECLARE_TR_FUNCTIONS(PublishTarget)

public:
    virtual ~PublishTarget() = default;

    // "/srv/www/docket", "s3:union-site/docket": as the user wrote it.
    virtual QString name() const = 0;
    // The file at `path`, or nullopt when there is none.
    virtual std::optional<QByteArray> read(const QString &path) = 0;
    // Each file to its path, all of them or an Error.
    virtual void send(const std::vector<const StaticFile *> &files) = 0;
    virtual void write(const QString &path, const QByteArray &bytes) = 0;
    virtual void remove(const QStringList &paths) = 0;

    // "REMOTE:PATH" (a name of letters, digits, "_", "-", "." or a leading ":" for rclone's
    // connection strings, before the first ':', no '/' before it): rclone. Anything else: a
    // folder, made when missing.
    static bool isRcloneRemote(const QString &destination);
    static std::unique_ptr<PublishTarget> open(const QString &destination);
};

// A folder on this machine: each file written beside its final name and renamed over it (a
// web server reading it never sees half a file), readable by the web server's user.
class FolderTarget : public PublishTarget
{
public:
    explicit FolderTarget(const QString &folder);
    QString name() const override { return m_folder; }
    std::optional<QByteArray> read(const QString &path) override;
    void send(const std::vector<const StaticFile *> &files) override;
    void write(const QString &path, const QByteArray &bytes) override;
    void remove(const QStringList &paths) override;

private:
    QString m_folder;
};

// An rclone remote, through the `rclone` program (Debian's package): files go in batches with
// `rclone copy --files-from` from a staged folder, removals with `rclone delete --files-from`.
// The user's rclone configuration names the remotes (`rclone config`).
class RcloneTarget : public PublishTarget
{
public:
    explicit RcloneTarget(const QString &remote);
    QString name() const override { return m_remote; }
    std::optional<QByteArray> read(const QString &path) override;
    void send(const std::vector<const StaticFile *> &files) override;
    void write(const QString &path, const QByteArray &bytes) override;
    void remove(const QStringList &paths) override;

    // How long one rclone run may take before it is stopped as stalled.
    static constexpr int kTimeoutMilliseconds = 30 * 60 * 1000;

private:
    QString remotePath(const QString &path) const;
    QByteArray run(const QStringList &arguments, const QByteArray &input = {},
                   int *exitCode = nullptr);

    QString m_remote;
};

} // namespace docket
