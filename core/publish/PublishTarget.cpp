// SPDX-License-Identifier: GPL-3.0-or-later
#include "publish/PublishTarget.h"

#include "util/Error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryDir>

#include <unistd.h>

namespace docket {

namespace {

constexpr QFileDevice::Permissions kReadableByAll = QFileDevice::ReadOwner |
                                                    QFileDevice::WriteOwner |
                                                    QFileDevice::ReadGroup | QFileDevice::ReadOther;

// Writes `file` to `target` through a temporary beside it, renamed over it at the end.
void writeFile(const QString &target, const StaticFile &file)
{
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        throw Error(
            PublishTarget::tr("Cannot make the folder %1.").arg(QFileInfo(target).absolutePath()));
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        throw Error(PublishTarget::tr("Cannot write %1: %2").arg(target, out.errorString()));
    if (file.sourcePath.isEmpty()) {
        if (out.write(file.bytes) != file.bytes.size())
            throw Error(PublishTarget::tr("Cannot write %1: %2").arg(target, out.errorString()));
    } else {
        QFile in(file.sourcePath);
        if (!in.open(QIODevice::ReadOnly))
            throw Error(
                PublishTarget::tr("Cannot read %1: %2").arg(file.sourcePath, in.errorString()));
        QByteArray buffer(1 << 16, Qt::Uninitialized);
        for (;;) {
            const qint64 got = in.read(buffer.data(), buffer.size());
            if (got < 0)
                throw Error(
                    PublishTarget::tr("Cannot read %1: %2").arg(file.sourcePath, in.errorString()));
            if (got == 0)
                break;
            if (out.write(buffer.constData(), got) != got)
                throw Error(
                    PublishTarget::tr("Cannot write %1: %2").arg(target, out.errorString()));
        }
    }
    if (!out.commit())
        throw Error(PublishTarget::tr("Cannot write %1: %2").arg(target, out.errorString()));
    QFile::setPermissions(target, kReadableByAll);
}

} // namespace

bool PublishTarget::isRcloneRemote(const QString &destination)
{
    static const QRegularExpression remote(
        QStringLiteral("^:?[A-Za-z0-9_.][A-Za-z0-9_.\\- ,=']*:"));
    return remote.match(destination).hasMatch() && !destination.startsWith(u'/') &&
           !destination.startsWith(u'.');
}

std::unique_ptr<PublishTarget> PublishTarget::open(const QString &destination)
{
    if (destination.trimmed().isEmpty())
        throw Error(PublishTarget::tr(
            "Say where to publish: a folder, or an rclone remote as REMOTE:PATH."));
    if (isRcloneRemote(destination))
        return std::make_unique<RcloneTarget>(destination);
    return std::make_unique<FolderTarget>(destination);
}

FolderTarget::FolderTarget(const QString &folder) : m_folder(QDir(folder).absolutePath())
{
    if (!QDir().mkpath(m_folder))
        throw Error(PublishTarget::tr("Cannot make the folder %1.").arg(m_folder));
}

std::optional<QByteArray> FolderTarget::read(const QString &path)
{
    QFile file(m_folder + u'/' + path);
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly))
        throw Error(
            PublishTarget::tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
    return file.readAll();
}

void FolderTarget::send(const std::vector<const StaticFile *> &files)
{
    for (const StaticFile *file : files)
        writeFile(m_folder + u'/' + file->path, *file);
}

void FolderTarget::write(const QString &path, const QByteArray &bytes)
{
    StaticFile file;
    file.path = path;
    file.bytes = bytes;
    writeFile(m_folder + u'/' + path, file);
}

void FolderTarget::remove(const QStringList &paths)
{
    const QDir root(m_folder);
    for (const QString &path : paths) {
        const QString full = m_folder + u'/' + path;
        if (QFileInfo::exists(full) && !QFile::remove(full))
            throw Error(PublishTarget::tr("Cannot remove %1.").arg(full));
        // Folders left empty go too, up to the root (never the root, never one still used).
        QString folder = QFileInfo(full).absolutePath();
        while (folder.startsWith(m_folder + u'/') && root.rmdir(folder))
            folder = QFileInfo(folder).absolutePath();
    }
}

RcloneTarget::RcloneTarget(const QString &remote) : m_remote(remote)
{
    while (m_remote.endsWith(u'/'))
        m_remote.chop(1);
}

QString RcloneTarget::remotePath(const QString &path) const
{
    if (m_remote.endsWith(u':'))
        return m_remote + path;
    return m_remote + u'/' + path;
}

QByteArray RcloneTarget::run(const QStringList &arguments, const QByteArray &input, int *exitCode)
{
    QProcess rclone;
    rclone.setProcessChannelMode(QProcess::SeparateChannels);
    // Quiet but for errors; never asks anything (no terminal), never waits on a lock forever.
    QStringList all = arguments;
    all << QStringLiteral("--ask-password=false") << QStringLiteral("--retries")
        << QStringLiteral("3") << QStringLiteral("--low-level-retries") << QStringLiteral("5")
        << QStringLiteral("--contimeout") << QStringLiteral("20s") << QStringLiteral("--timeout")
        << QStringLiteral("60s");
    rclone.start(QStringLiteral("rclone"), all);
    if (!rclone.waitForStarted(10000))
        throw Error(
            PublishTarget::tr("Cannot run rclone (%1): install the rclone package to publish to a "
                              "remote.")
                .arg(rclone.errorString()));
    if (!input.isEmpty())
        rclone.write(input);
    rclone.closeWriteChannel();
    if (!rclone.waitForFinished(kTimeoutMilliseconds)) {
        rclone.kill();
        rclone.waitForFinished(5000);
        throw Error(PublishTarget::tr("rclone did not finish with %1 within %2 minutes.")
                        .arg(m_remote)
                        .arg(kTimeoutMilliseconds / 60000));
    }
    const QByteArray output = rclone.readAllStandardOutput();
    const int code = rclone.exitStatus() == QProcess::NormalExit ? rclone.exitCode() : -1;
    if (exitCode) {
        *exitCode = code;
        return output;
    }
    if (code != 0) {
        const QStringList lines =
            QString::fromUtf8(rclone.readAllStandardError()).split(u'\n', Qt::SkipEmptyParts);
        throw Error(PublishTarget::tr("rclone could not publish to %1: %2")
                        .arg(m_remote, lines.isEmpty() ? PublishTarget::tr("exit code %1").arg(code)
                                                       : lines.constLast().trimmed()));
    }
    return output;
}

std::optional<QByteArray> RcloneTarget::read(const QString &path)
{
    int code = 0;
    const QByteArray bytes = run({QStringLiteral("cat"), remotePath(path)}, {}, &code);
    if (code == 0)
        return bytes;
    if (code == 3 || code == 4) // directory or file not found: nothing published there yet
        return std::nullopt;
    run({QStringLiteral("lsf"), m_remote, QStringLiteral("--max-depth"), QStringLiteral("1")});
    return std::nullopt; // the remote answers (else lsf threw), the file is not there
}

void RcloneTarget::send(const std::vector<const StaticFile *> &files)
{
    if (files.empty())
        return;
    // The batch as a folder of its own, linked (or copied) from where the files are, and the
    // list of them, one per line as they are (--files-from-raw: no comments, no trimming).
    QTemporaryDir staged;
    if (!staged.isValid())
        throw Error(
            PublishTarget::tr("Cannot make a temporary folder: %1").arg(staged.errorString()));
    QByteArray list;
    for (const StaticFile *file : files) {
        const QString target = staged.filePath(file->path);
        QDir().mkpath(QFileInfo(target).absolutePath());
        const bool linked =
            !file->sourcePath.isEmpty() && ::link(QFile::encodeName(file->sourcePath).constData(),
                                                  QFile::encodeName(target).constData()) == 0;
        if (!linked)
            writeFile(target, *file);
        list += file->path.toUtf8() + '\n';
    }
    const QString listFile = staged.filePath(QStringLiteral(".docket-files"));
    StaticFile listing;
    listing.bytes = list;
    writeFile(listFile, listing);
    run({QStringLiteral("copy"), staged.path(), m_remote, QStringLiteral("--files-from-raw"),
         listFile, QStringLiteral("--no-traverse")});
}

void RcloneTarget::write(const QString &path, const QByteArray &bytes)
{
    run({QStringLiteral("rcat"), remotePath(path)}, bytes);
}

void RcloneTarget::remove(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    QTemporaryDir folder;
    if (!folder.isValid())
        throw Error(
            PublishTarget::tr("Cannot make a temporary folder: %1").arg(folder.errorString()));
    StaticFile listing;
    listing.bytes = paths.join(u'\n').toUtf8() + '\n';
    const QString listFile = folder.filePath(QStringLiteral("remove"));
    writeFile(listFile, listing);
    run({QStringLiteral("delete"), m_remote, QStringLiteral("--files-from-raw"), listFile});
}

} // namespace docket
