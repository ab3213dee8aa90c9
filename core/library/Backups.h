// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace docket {

struct BackupFile
{
    QString path;
    QDateTime madeAt; // UTC
    QString reason;   // "open", "close", "daily", "manual"
    std::int64_t size = 0;
};

// Copies of the catalog in the library's backups/ folder, made with SQLite's online backup API
// (consistent while others write), each checked by SQLite before it counts, kept in a bounded
// rotation: the kKeepNewest newest, plus the newest of each of the kKeepDays days before them,
// and of those no more than a byte budget (the oldest go first; the newest always stays). A
// backup is refused, clearly, when the disk has less free space than kSpaceMargin times the
// catalog's size. Files set aside by a restore are never rotated away.
class Backups
{
    Q_DECLARE_TR_FUNCTIONS(Backups)

public:
    static constexpr int kKeepNewest = 10;
    static constexpr int kKeepDays = 7;
    static constexpr qint64 kDailySeconds = 24 * 60 * 60;
    static constexpr std::int64_t kDefaultByteBudget = 512LL * 1024 * 1024;
    // Room asked for on the disk before a backup is written: the copy itself, SQLite's
    // journal while it writes, and the library's own needs after it.
    static constexpr int kSpaceMargin = 3;
    static constexpr std::int64_t kSpaceReserve = 4LL * 1024 * 1024;

    explicit Backups(const QString &libraryFolder, std::int64_t byteBudget = kDefaultByteBudget);

    QString folder() const { return m_folder; }
    QString catalogPath() const { return m_catalog; }
    QList<BackupFile> list() const; // newest first

    // A backup now, checked, then the rotation. Throws docket::Error; a backup that fails
    // SQLite's check (the catalog itself is damaged) is not kept.
    BackupFile make(const QString &reason);
    // A checked copy at `target`, outside the rotation (docket-cli backup FILE).
    void makeInto(const QString &target);
    // True when no backup is younger than a day and the catalog holds something to keep.
    bool dailyDue() const;
    // The newest backup that passes SQLite's checks; the ones that did not, with why, in
    // `rejected`.
    std::optional<BackupFile> newestGood(QStringList *rejected = nullptr) const;
    void rotate();

    struct Restored
    {
        QString from;
        QDateTime madeAt;
        QString setAside; // where the catalog that was replaced now is (kept, never deleted)
        int meetings = 0;
    };
    // Puts a checked backup (`backupPath`, else the newest good one) in place of the catalog.
    // The catalog it replaces, damaged or not, is moved into backups/ first, with its -wal.
    // Refuses while another program has the catalog open. Throws docket::Error.
    static Restored restore(const QString &libraryFolder, const QString &backupPath = {});

private:
    QString m_library;
    QString m_folder;
    QString m_catalog;
    std::int64_t m_byteBudget;
};

} // namespace docket
