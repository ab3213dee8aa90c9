// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/Backups.h"

#include "catalog/Catalog.h"
#include "util/Error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QStorageInfo>

#include <fcntl.h>
#include <unistd.h>

namespace docket {

namespace {

const QString kStampFormat = QStringLiteral("yyyyMMdd'T'HHmmss.zzz'Z'");

QString stamp(const QDateTime &at)
{
    return at.toUTC().toString(kStampFormat);
}

const QRegularExpression &backupName()
{
    static const QRegularExpression pattern(
        QStringLiteral("^catalog-(\\d{8}T\\d{6}\\.\\d{3}Z)-([a-z]+)\\.sqlite$"));
    return pattern;
}

void syncPath(const QString &path, bool directory)
{
    const int fd = ::open(QFile::encodeName(path).constData(),
                          (directory ? O_RDONLY | O_DIRECTORY : O_RDWR) | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The catalog's size as a copy would have it: the file and what its journal adds.
std::int64_t catalogBytes(const QString &catalogPath)
{
    return QFileInfo(catalogPath).size() + QFileInfo(catalogPath + QStringLiteral("-wal")).size();
}

// A backup that would fill the disk takes the library's last room (imports, page images, the
// catalog's own journal) for a copy: refused, saying how much it needs.
void requireRoomFor(const QString &catalogPath, const QString &targetFolder)
{
    const QStorageInfo storage(targetFolder);
    if (!storage.isValid() || storage.isReadOnly())
        return; // the write itself says what is wrong
    const std::int64_t needed =
        Backups::kSpaceMargin * catalogBytes(catalogPath) + Backups::kSpaceReserve;
    if (storage.bytesAvailable() >= needed)
        return;
    const QLocale locale;
    throw Error(Backups::tr("Not enough free space on %1 for a backup of the catalog: it needs "
                            "%2, %3 is free. Make room on the disk, then try again.")
                    .arg(shown(storage.rootPath()), locale.formattedDataSize(needed),
                         locale.formattedDataSize(storage.bytesAvailable())));
}

// The backup API writes a new file; `.part` until it has been checked, so that a half-made or
// damaged copy is never taken for a backup.
void writeChecked(const QString &catalogPath, const QString &target)
{
    requireRoomFor(catalogPath, QFileInfo(target).absolutePath());
    const QString part = target + QStringLiteral(".part");
    QFile::remove(part);
    try {
        Catalog::backup(catalogPath, part);
    } catch (const Error &error) {
        QFile::remove(part);
        throw Error(
            Backups::tr("Cannot write the backup %1. %2").arg(shown(target), error.message()));
    }
    const CatalogCheck check = Catalog::checkFile(part);
    if (!check.ok()) {
        QFile::remove(part);
        throw Error(Backups::tr("The catalog is damaged, so no backup was made: %1 Restore the "
                                "newest good backup with `docket-cli restore`.")
                        .arg(check.problems.first()));
    }
    syncPath(part, false);
    QFile::remove(target);
    if (!QFile::rename(part, target)) {
        QFile::remove(part);
        throw Error(Backups::tr("Cannot write the backup %1.").arg(shown(target)));
    }
    syncPath(QFileInfo(target).absolutePath(), true);
}

} // namespace

Backups::Backups(const QString &libraryFolder, std::int64_t byteBudget)
    : m_library(libraryFolder), m_folder(libraryFolder + QStringLiteral("/backups")),
      m_catalog(libraryFolder + QStringLiteral("/catalog.sqlite")), m_byteBudget(byteBudget)
{}

QList<BackupFile> Backups::list() const
{
    QList<BackupFile> out;
    const QDir dir(m_folder);
    for (const QFileInfo &info : dir.entryInfoList({QStringLiteral("catalog-*.sqlite")},
                                                   QDir::Files, QDir::Name | QDir::Reversed)) {
        const QRegularExpressionMatch match = backupName().match(info.fileName());
        if (!match.hasMatch())
            continue;
        QDateTime at = QDateTime::fromString(match.captured(1), kStampFormat);
        at.setTimeSpec(Qt::UTC);
        out.append({info.absoluteFilePath(), at, match.captured(2), info.size()});
    }
    return out;
}

BackupFile Backups::make(const QString &reason)
{
    if (!QDir().mkpath(m_folder))
        throw Error(tr("Cannot create the backup folder %1.").arg(shown(m_folder)));
    QDateTime at = QDateTime::currentDateTimeUtc();
    QString path;
    // Two backups in the same millisecond (a meeting opened and closed by a script) get two
    // names.
    for (int attempt = 0; attempt < 100; ++attempt) {
        path = m_folder + QStringLiteral("/catalog-%1-%2.sqlite").arg(stamp(at), reason);
        if (!QFile::exists(path))
            break;
        at = at.addMSecs(1);
    }
    writeChecked(m_catalog, path);
    rotate();
    return {path, at, reason, QFileInfo(path).size()};
}

void Backups::makeInto(const QString &target)
{
    if (QFileInfo(target).isDir())
        throw Error(
            tr("%1 is a folder; give the name of the backup file to write.").arg(shown(target)));
    writeChecked(m_catalog, target);
}

bool Backups::dailyDue() const
{
    const QList<BackupFile> all = list();
    if (!all.isEmpty() &&
        all.first().madeAt.secsTo(QDateTime::currentDateTimeUtc()) < kDailySeconds)
        return false;
    return QFileInfo(m_catalog).size() > 0;
}

std::optional<BackupFile> Backups::newestGood(QStringList *rejected) const
{
    for (const BackupFile &backup : list()) {
        const CatalogCheck check = Catalog::checkFile(backup.path);
        if (check.ok())
            return backup;
        if (rejected)
            *rejected << tr("%1: %2").arg(shown(backup.path), check.problems.first());
    }
    return std::nullopt;
}

void Backups::rotate()
{
    const QList<BackupFile> all = list();
    QSet<QDate> daysKept;
    int older = 0;
    std::int64_t bytesKept = 0;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const BackupFile &backup = all[i];
        // Newest first: once the budget is spent, everything older goes, whatever its day. The
        // newest stays even when it alone is over the budget: it is the one worth having.
        bytesKept += backup.size;
        const bool withinBudget = i == 0 || bytesKept <= m_byteBudget;
        if (withinBudget && i < kKeepNewest) {
            daysKept.insert(backup.madeAt.date());
            continue;
        }
        // Beyond the newest ones, the newest of each earlier day, for a week of days.
        if (withinBudget && !daysKept.contains(backup.madeAt.date()) && older < kKeepDays) {
            daysKept.insert(backup.madeAt.date());
            ++older;
            continue;
        }
        bytesKept -= backup.size;
        QFile::remove(backup.path);
    }
    // What an interrupted backup left behind.
    const QDir dir(m_folder);
    const QDateTime stale = QDateTime::currentDateTimeUtc().addSecs(-3600);
    for (const QFileInfo &info : dir.entryInfoList({QStringLiteral("*.sqlite.part")}, QDir::Files))
        if (info.lastModified().toUTC() < stale)
            QFile::remove(info.absoluteFilePath());
}

Backups::Restored Backups::restore(const QString &libraryFolder, const QString &backupPath)
{
    Backups backups(libraryFolder);
    QString from = backupPath;
    QDateTime madeAt;
    if (from.isEmpty()) {
        QStringList rejected;
        const auto newest = backups.newestGood(&rejected);
        if (!newest)
            throw Error(
                rejected.isEmpty()
                    ? tr("There is no backup of the catalog in %1.").arg(shown(backups.folder()))
                    : tr("No backup in %1 passes the check: %2")
                          .arg(shown(backups.folder()), rejected.join(QStringLiteral("; "))));
        from = newest->path;
        madeAt = newest->madeAt;
    } else {
        from = QFileInfo(from).absoluteFilePath();
        // A backup with a journal beside it (copied by hand from a library in use) cannot be
        // checked read-only without SQLite's index: its copy below is checked instead.
        const bool withJournal = QFileInfo(from + QStringLiteral("-wal")).size() > 32;
        const CatalogCheck check = withJournal ? CatalogCheck{} : Catalog::checkFile(from);
        if (!check.ok())
            throw Error(tr("The backup %1 cannot be restored: %2")
                            .arg(shown(from), check.problems.join(u' ')));
        madeAt = QFileInfo(from).lastModified().toUTC();
    }
    const QString catalog = backups.catalogPath();
    if (QFileInfo(from) == QFileInfo(catalog))
        throw Error(tr("%1 is the catalog itself, not a backup of it.").arg(shown(from)));
    if (Catalog::inUse(catalog))
        throw Error(tr("The catalog is in use by another Docket program (the window, or "
                       "docket-cli serve): close it, then restore again."));
    if (!QFileInfo(libraryFolder).isWritable() || !QDir().mkpath(backups.folder()))
        throw Error(tr("The library %1 is read-only: a backup cannot be restored into it.")
                        .arg(shown(libraryFolder)));

    // The backup is copied first, through SQLite (so that a -wal beside it, which holds its
    // newest changes, is in the copy), and the copy checked, before anything is moved.
    const QString incoming = catalog + QStringLiteral(".restoring");
    const QStringList suffixes{QString(), QStringLiteral("-wal"), QStringLiteral("-shm")};
    const auto dropIncoming = [&] {
        for (const QString &suffix : suffixes)
            QFile::remove(incoming + suffix);
    };
    dropIncoming();
    requireRoomFor(from, libraryFolder);
    try {
        Catalog::backup(from, incoming);
    } catch (const Error &error) {
        dropIncoming();
        throw Error(tr("Cannot copy %1 into the library; nothing was changed. %2")
                        .arg(shown(from), error.message()));
    }
    const CatalogCheck copied = Catalog::checkFile(incoming);
    if (!copied.ok()) {
        dropIncoming();
        throw Error(tr("The copy of %1 in the library does not pass the check, so it was not "
                       "restored; nothing was changed: %2")
                        .arg(shown(from), copied.problems.join(u' ')));
    }
    QFile::setPermissions(incoming, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                        QFile::ReadOther);
    syncPath(incoming, false);

    // Then the catalog aside, with its -wal (which belongs to it alone: replayed onto the
    // restored file, it would damage it) and its -shm.
    Restored restored;
    restored.from = from;
    restored.madeAt = madeAt;
    QStringList moved;
    if (QFile::exists(catalog)) {
        restored.setAside = backups.folder() + QStringLiteral("/catalog-set-aside-%1.sqlite")
                                                   .arg(stamp(QDateTime::currentDateTimeUtc()));
        for (const QString &suffix : suffixes) {
            if (!QFile::exists(catalog + suffix))
                continue;
            if (!QFile::rename(catalog + suffix, restored.setAside + suffix)) {
                for (const QString &back : moved)
                    QFile::rename(restored.setAside + back, catalog + back);
                dropIncoming();
                throw Error(tr("Cannot move the catalog %1 aside; nothing was changed.")
                                .arg(shown(catalog)));
            }
            moved << suffix;
        }
    }
    const auto putBack = [&] {
        QFile::remove(catalog);
        for (const QString &suffix : moved)
            QFile::rename(restored.setAside + suffix, catalog + suffix);
    };
    if (!QFile::rename(incoming, catalog)) {
        dropIncoming();
        putBack();
        throw Error(tr("Cannot put the backup in place of the catalog; nothing was changed."));
    }
    syncPath(libraryFolder, true);
    syncPath(backups.folder(), true);
    // Opened once: brought up to date if the backup is older than this Docket, back in WAL mode.
    Catalog reopened(catalog);
    restored.meetings = static_cast<int>(reopened.meetings().size());
    return restored;
}

} // namespace docket
