// SPDX-License-Identifier: GPL-3.0-or-later
// Opening and closing a catalog (read-only and full-disk ways included), its checks and backups.
#include "catalog/Catalog.h"

#include "catalog/WalJournal.h"
#include "util/Error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>
#include <QTemporaryDir>

#include <fcntl.h>
#include <mutex>
#include <unistd.h>

namespace docket {

namespace {

// Below this much free space, a disk that refused SQLite counts as full rather than read-only.
constexpr std::int64_t kFullDiskBytes = 4 << 20;

QString walPath(const QString &databasePath)
{
    return databasePath + QStringLiteral("-wal");
}

// A -wal file holds pages only past its 32-byte header.
bool hasWalContent(const QString &databasePath)
{
    const QFileInfo wal(walPath(databasePath));
    return wal.exists() && wal.size() > 32;
}

// Catalogs open in this process, by absolute path. Another process is seen through SQLite's own
// lock on the -shm file; one of ours cannot be (POSIX locks are per process, and even looking
// at the file would drop them), so it is counted here.
std::mutex gOpenMutex;
QHash<QString, int> gOpenCatalogs;

// One file reached by two paths (a symbolic link, "..") is one catalog. A file not there yet has
// no canonical path: its absolute one stands in.
QString openKey(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

// Whether a disk that refused SQLite is full rather than read-only or failing.
bool diskNearlyFull(const QString &databasePath)
{
    const QStorageInfo storage(QFileInfo(databasePath).absolutePath());
    return storage.isValid() && !storage.isReadOnly() && storage.bytesAvailable() < kFullDiskBytes;
}

} // namespace

Catalog::Catalog(const QString &databasePath, QObject *parent)
    : QObject(parent), m_path(databasePath)
{
    inspectJournal();
    openBest();
    // Fixed now that the file exists: it is the key this catalog leaves the registry by.
    m_openKey = openKey(m_path);
    {
        const std::lock_guard lock(gOpenMutex);
        ++gOpenCatalogs[m_openKey];
    }
    try {
        finishOpening();
    } catch (...) {
        m_db = sql::Database();
        const std::lock_guard lock(gOpenMutex);
        if (--gOpenCatalogs[m_openKey] <= 0)
            gOpenCatalogs.remove(m_openKey);
        throw;
    }
}

void Catalog::finishOpening()
{
    configure();
    const int version = m_db.userVersion();
    if (version > kSchemaVersion)
        throw Error(tr("This catalog was written by a newer Docket (schema %1; this one knows "
                       "%2). Update Docket to open it.")
                        .arg(version)
                        .arg(kSchemaVersion));
    if (m_resetJournal && !isReadOnly()) {
        // What SQLite could use is in the database now; the damaged rest must not warn again.
        try {
            sql::Statement(m_db, "PRAGMA wal_checkpoint(TRUNCATE)").run();
        } catch (const Error &) {
            // Warned again next time: better than never.
        }
    }
    if (version == kSchemaVersion)
        return;
    if (!isReadOnly()) {
        try {
            migrate();
            return;
        } catch (const CatalogError &error) {
            if (error.kind() != CatalogError::Kind::DiskFull &&
                error.kind() != CatalogError::Kind::Io)
                throw;
            // An I/O error is a full disk only when the disk is (nearly) full; else the medium
            // refuses or fails, and the user must not be sent to free space that is there.
            m_access = error.kind() == CatalogError::Kind::DiskFull || diskNearlyFull(m_path)
                           ? Access::DiskFull
                           : Access::ReadOnlyMedia;
        }
    }
    // An older catalog that cannot be brought up to date where it is: read an up-to-date copy.
    openCopy();
    migrate();
    m_db.exec("PRAGMA query_only = 1");
}

Catalog::~Catalog()
{
    if (!isReadOnly()) {
        try {
            saveRememberedSettings();
        } catch (const Error &error) {
            qWarning("%s", qUtf8Printable(error.message()));
        }
        try {
            checkpoint();
        } catch (const Error &) {
            // SQLite checkpoints again when the last connection closes.
        }
    }
    m_db = sql::Database();
    const std::lock_guard lock(gOpenMutex);
    if (--gOpenCatalogs[m_openKey] <= 0)
        gOpenCatalogs.remove(m_openKey);
}

bool Catalog::inUse(const QString &databasePath)
{
    const QString key = openKey(databasePath);
    {
        const std::lock_guard lock(gOpenMutex);
        if (gOpenCatalogs.value(key) > 0)
            return true;
    }
    // Every connection to a WAL database holds a read lock on the -shm file's "dead man switch"
    // byte (offset 128 in SQLite's unix VFS) for as long as it is open. SQLite follows symbolic
    // links, so the -shm is beside the file itself.
    const int fd =
        ::open(QFile::encodeName(key + QStringLiteral("-shm")).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false; // no -shm: nobody has it open in WAL mode
    struct flock probe = {};
    probe.l_type = F_WRLCK;
    probe.l_whence = SEEK_SET;
    probe.l_start = 128;
    probe.l_len = 1;
    const bool held = ::fcntl(fd, F_GETLK, &probe) == 0 && probe.l_type != F_UNLCK;
    ::close(fd);
    return held;
}

void Catalog::inspectJournal()
{
    // Only the first to open it can tell: for the others, SQLite already replayed it.
    if (!hasWalContent(m_path) || inUse(m_path))
        return;
    const wal::Scan scan = wal::scan(walPath(m_path));
    if (!scan.damaged)
        return;
    // SQLite is about to use what it can and ignore the rest: keep the whole file first.
    const QString folder = QFileInfo(m_path).absolutePath() + QStringLiteral("/backups");
    const QString copy = folder + QStringLiteral("/catalog-journal-%1.sqlite-wal")
                                      .arg(QDateTime::currentDateTimeUtc().toString(
                                          QStringLiteral("yyyyMMdd'T'HHmmss.zzz'Z'")));
    const bool kept = QDir().mkpath(folder) && wal::keepCopy(walPath(m_path), copy);
    QString warning = tr("The catalog's journal %1 was cut short or is damaged: the %n change(s) "
                         "before the damage are kept, those after it are lost.",
                         nullptr, scan.commits)
                          .arg(QDir::toNativeSeparators(walPath(m_path)));
    if (kept)
        warning +=
            u' ' + tr("A copy of the journal is kept as %1.").arg(QDir::toNativeSeparators(copy));
    warning += u' ' + tr("If something recent is missing, compare with the newest backup "
                         "(docket-cli restore keeps the current catalog aside).");
    m_openWarnings << warning;
    // Truncated only after a copy that reached the disk: a failed copy leaves the journal as
    // it is (SQLite still overwrites its damaged tail on the next write).
    m_resetJournal = kept;
}

void Catalog::openBest()
{
    const auto probe = [](sql::Database &db) {
        sql::Statement s(db, "SELECT count(*) FROM sqlite_schema");
        s.step();
    };
    const auto damaged = [](const CatalogError &error) {
        return error.kind() == CatalogError::Kind::Damaged;
    };
    std::optional<CatalogError> first;
    try {
        sql::Database db(m_path, sql::OpenMode::ReadWrite);
        probe(db);
        m_db = std::move(db);
        m_access = m_db.isReadOnly() ? Access::ReadOnlyMedia : Access::Writable;
        if (isReadOnly())
            m_db.setReadOnlyReason(accessNote());
        return;
    } catch (const CatalogError &error) {
        if (damaged(error))
            throw CatalogError(error.kind(),
                               tr("Cannot open the catalog %1. %2")
                                   .arg(QDir::toNativeSeparators(m_path), error.message()),
                               error.sqliteCode());
        // Busy or anything else is no reason to fall back to reading only.
        const bool cannotWrite = error.kind() == CatalogError::Kind::Io ||
                                 error.kind() == CatalogError::Kind::ReadOnly ||
                                 error.kind() == CatalogError::Kind::DiskFull;
        if (!cannotWrite || !QFileInfo::exists(m_path))
            throw;
        first = error;
    }
    // A full disk or a read-only medium: SQLite cannot size its -shm index file. Reading works
    // without writing it when it and the -wal exist; without a -wal, the file alone is the whole
    // catalog and can be read as immutable; else only a copy elsewhere can be read.
    m_access = diskNearlyFull(m_path) ? Access::DiskFull : Access::ReadOnlyMedia;
    for (const sql::OpenMode mode : {sql::OpenMode::ReadOnly, sql::OpenMode::Immutable}) {
        if (mode == sql::OpenMode::Immutable && hasWalContent(m_path))
            continue;
        try {
            sql::Database db(m_path, mode);
            probe(db);
            m_db = std::move(db);
            m_db.setReadOnlyReason(accessNote());
            return;
        } catch (const CatalogError &error) {
            if (damaged(error))
                throw CatalogError(error.kind(),
                                   tr("Cannot open the catalog %1. %2")
                                       .arg(QDir::toNativeSeparators(m_path), error.message()),
                                   error.sqliteCode());
        }
    }
    try {
        openCopy();
        m_db.exec("PRAGMA query_only = 1");
    } catch (const Error &) {
        throw *first;
    }
}

void Catalog::openCopy()
{
    // The catalog and its -wal, as they are, in a folder of this user's: SQLite applies the -wal
    // there. Nothing written to the copy is kept, and query_only keeps anyone from trying.
    auto copy = std::make_unique<QTemporaryDir>(QDir::tempPath() +
                                                QStringLiteral("/docket-catalog-XXXXXX"));
    const QString target = copy->filePath(QStringLiteral("catalog.sqlite"));
    // The open connection first: on some systems a file held open for writing cannot be copied.
    m_db = sql::Database();
    if (!copy->isValid() || !QFile::copy(m_path, target) ||
        (QFile::exists(walPath(m_path)) && !QFile::copy(walPath(m_path), walPath(target))))
        throw Error(
            tr("Cannot make a readable copy of the catalog %1 in %2.")
                .arg(QDir::toNativeSeparators(m_path), QDir::toNativeSeparators(QDir::tempPath())));
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    QFile::setPermissions(walPath(target), QFile::ReadOwner | QFile::WriteOwner);
    m_db = sql::Database(target, sql::OpenMode::ReadWrite);
    m_copy = std::move(copy);
    m_db.setReadOnlyReason(accessNote());
    configure();
}

void Catalog::configure()
{
    m_db.exec("PRAGMA foreign_keys = ON");
    if (m_db.isReadOnly())
        return;
    m_db.exec("PRAGMA journal_mode = WAL");
    // WAL with NORMAL is durable across application crashes; FULL also across power loss,
    // which is what a venue laptop on a power strip needs.
    m_db.exec("PRAGMA synchronous = FULL");
}

QString Catalog::accessNote() const
{
    switch (m_access) {
    case Access::Writable:
        return {};
    case Access::ReadOnlyMedia:
        return tr("The library is read-only: meetings can be shown and served, not changed.");
    case Access::DiskFull:
        return tr("The disk holding the library is full: meetings can be shown and served, not "
                  "changed. Free some space, then start Docket again.");
    }
    return {};
}

void Catalog::checkpoint()
{
    sql::Statement s(m_db, "PRAGMA wal_checkpoint(PASSIVE)");
    s.run();
}

namespace {

// SQLite's lines, each after a sentence of ours.
void describeProblems(sql::Database &db, CatalogCheck &check)
{
    for (const QString &line : db.integrityProblems())
        check.problems << Catalog::tr("The catalog's structure is damaged (SQLite: %1).").arg(line);
    for (const auto &row : db.foreignKeyProblems())
        check.problems << Catalog::tr("A row of %1 (%2) refers to a row of %3 that does not "
                                      "exist.")
                              .arg(row.table)
                              .arg(row.rowId)
                              .arg(row.parent);
    if (!check.problems.isEmpty())
        return;
    // SQLite has no checksums: a flipped byte inside a text leaves the structure sound (a PDF
    // was served as "application/%df"). The values Docket serves and trusts are checked here.
    sql::Statement versions(db, R"sql(
        SELECT id, mime_type, blob_sha256 FROM document_version
        WHERE mime_type GLOB '*[^a-zA-Z0-9/.+;= _-]*' OR mime_type NOT GLOB '[a-z]*/?*'
           OR length(blob_sha256) <> 64 OR blob_sha256 GLOB '*[^0-9a-f]*'
        LIMIT 100)sql");
    while (versions.step())
        check.problems << Catalog::tr("Document version %1 is damaged: its type \"%2\" or its "
                                      "content hash %3 is not one Docket writes.")
                              .arg(versions.int64(0))
                              .arg(versions.text(1), versions.text(2));
    sql::Statement meetings(db, R"sql(
        SELECT id, code FROM meeting
        WHERE length(code) <> 8 OR code GLOB '*[^0-9A-HJKMNP-TV-Z]*' LIMIT 100)sql");
    while (meetings.step())
        check.problems << Catalog::tr("Meeting %1 is damaged: its code \"%2\" is not one Docket "
                                      "writes.")
                              .arg(meetings.int64(0))
                              .arg(meetings.text(1));
}

} // namespace

CatalogCheck Catalog::check()
{
    CatalogCheck result;
    result.schemaVersion = m_db.userVersion();
    describeProblems(m_db, result);
    if (result.ok()) {
        sql::Statement s(m_db, "SELECT count(*) FROM meeting");
        s.step();
        result.meetings = s.int32(0);
    }
    return result;
}

CatalogCheck Catalog::checkFile(const QString &path)
{
    CatalogCheck result;
    if (!QFileInfo(path).isFile()) {
        result.problems << tr("%1 is not a file.").arg(QDir::toNativeSeparators(path));
        return result;
    }
    try {
        // A backup is a single file; a catalog copied with its -wal needs the -wal read.
        sql::Database db(path,
                         hasWalContent(path) ? sql::OpenMode::ReadOnly : sql::OpenMode::Immutable);
        result.schemaVersion = db.userVersion();
        describeProblems(db, result);
        if (!result.ok())
            return result;
        if (result.schemaVersion < 1) {
            result.problems
                << tr("%1 is not a Docket catalog.").arg(QDir::toNativeSeparators(path));
            return result;
        }
        if (result.schemaVersion > kSchemaVersion) {
            result.problems
                << tr("%1 was written by a newer Docket (schema %2; this one knows %3).")
                       .arg(QDir::toNativeSeparators(path))
                       .arg(result.schemaVersion)
                       .arg(kSchemaVersion);
            return result;
        }
        sql::Statement s(db, "SELECT count(*) FROM meeting");
        s.step();
        result.meetings = s.int32(0);
    } catch (const Error &error) {
        result.problems << error.message();
    }
    return result;
}

void Catalog::backup(const QString &databasePath, const QString &target)
{
    // As the catalog itself is opened: for writing when possible (the usual case, which shares
    // SQLite's index with everyone else), else read-only in the ways a read-only medium allows.
    std::optional<CatalogError> failure;
    for (const sql::OpenMode mode :
         {sql::OpenMode::ReadWrite, sql::OpenMode::ReadOnly, sql::OpenMode::Immutable}) {
        if (mode == sql::OpenMode::Immutable && hasWalContent(databasePath))
            continue;
        std::optional<sql::Database> source;
        try {
            source.emplace(databasePath, mode);
            sql::Statement(*source, "SELECT count(*) FROM sqlite_schema").step();
        } catch (const CatalogError &error) {
            if (error.kind() == CatalogError::Kind::Damaged)
                throw;
            failure = error;
            continue;
        }
        source->backupTo(target);
        return;
    }
    throw *failure;
}

} // namespace docket
