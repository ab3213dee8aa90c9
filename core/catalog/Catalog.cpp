// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/Catalog.h"

#include "catalog/SettingKeys.h"
#include "catalog/WalJournal.h"
#include "model/MeetingCode.h"
#include "qr/WifiPayload.h"
#include "util/Error.h"
#include "util/Pin.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStorageInfo>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <fcntl.h>
#include <mutex>
#include <unistd.h>

namespace docket {

namespace {

// SQLite stores an empty text for "no value"; a null QString would bind NULL.
QString orEmpty(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime readTime(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

// Version 1: meetings, agenda items, documents whose content lives in versions pointing at
// content-addressed blobs. Later versions append steps; a step never edits an earlier one.
constexpr const char *kSchemaV1 = R"sql(
CREATE TABLE setting(
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL);
CREATE TABLE meeting(
    id           INTEGER PRIMARY KEY,
    title        TEXT NOT NULL CHECK (title <> ''),
    meeting_date TEXT,
    venue        TEXT NOT NULL DEFAULT '',
    code         TEXT NOT NULL UNIQUE,
    state        TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'open', 'closed')),
    language     TEXT NOT NULL DEFAULT 'vi',
    created_at   TEXT NOT NULL);
CREATE TABLE agenda_item(
    id         INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    title      TEXT NOT NULL CHECK (title <> ''),
    presenter  TEXT NOT NULL DEFAULT '',
    UNIQUE (meeting_id, position));
CREATE TABLE blob(
    sha256    TEXT PRIMARY KEY CHECK (length(sha256) = 64),
    size      INTEGER NOT NULL CHECK (size >= 0),
    stored_at TEXT NOT NULL);
CREATE TABLE document(
    id                 INTEGER PRIMARY KEY,
    item_id            INTEGER NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE,
    position           INTEGER NOT NULL,
    title              TEXT NOT NULL CHECK (title <> ''),
    current_version_id INTEGER REFERENCES document_version(id) DEFERRABLE INITIALLY DEFERRED,
    created_at         TEXT NOT NULL);
CREATE INDEX document_by_item ON document(item_id, position);
CREATE TABLE document_version(
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    blob_sha256 TEXT NOT NULL REFERENCES blob(sha256),
    file_name   TEXT NOT NULL,
    mime_type   TEXT NOT NULL,
    size        INTEGER NOT NULL CHECK (size >= 0),
    page_count  INTEGER,
    pdf_title   TEXT NOT NULL DEFAULT '',
    problem     TEXT NOT NULL DEFAULT '',
    added_at    TEXT NOT NULL);
CREATE INDEX version_by_document ON document_version(document_id);
CREATE INDEX version_by_blob ON document_version(blob_sha256);
)sql";

// Version 2: who opened what, and the optional meeting PIN (stored hashed). One row per document
// request that carried bytes; the device key is a salted hash of the phone's address and browser,
// never the address itself.
constexpr const char *kSchemaV2 = R"sql(
CREATE TABLE access_event(
    id          INTEGER PRIMARY KEY,
    version_id  INTEGER NOT NULL REFERENCES document_version(id) ON DELETE CASCADE,
    at          TEXT NOT NULL,
    range_start INTEGER NOT NULL CHECK (range_start >= 0),
    length      INTEGER NOT NULL CHECK (length >= 0),
    complete    INTEGER NOT NULL CHECK (complete IN (0, 1)),
    device_key  TEXT NOT NULL);
CREATE INDEX access_by_version ON access_event(version_id);
ALTER TABLE meeting ADD COLUMN pin_hash TEXT NOT NULL DEFAULT '';
ALTER TABLE meeting ADD COLUMN pin_salt TEXT NOT NULL DEFAULT '';
)sql";

// Version 3: the Wi-Fi network of a meeting, shown on the projector and the poster. Kept out of
// the meeting row that the server publishes (Meeting does not carry it).
constexpr const char *kSchemaV3 = R"sql(
ALTER TABLE meeting ADD COLUMN wifi_ssid TEXT NOT NULL DEFAULT '';
ALTER TABLE meeting ADD COLUMN wifi_password TEXT NOT NULL DEFAULT '';
ALTER TABLE meeting ADD COLUMN wifi_security TEXT NOT NULL DEFAULT 'WPA';
ALTER TABLE meeting ADD COLUMN wifi_hidden INTEGER NOT NULL DEFAULT 0 CHECK (wifi_hidden IN (0, 1));
)sql";

// Version 4: each page's size, so a phone lays out the reader before the images arrive.
constexpr const char *kSchemaV4 = R"sql(
ALTER TABLE document_version ADD COLUMN page_sizes TEXT NOT NULL DEFAULT '';
)sql";

// Version 5: the text of every page, for search. `body` is what is indexed (unicode61 drops
// case and diacritics; đ, a letter of its own, is folded to d before it gets there),
// `original` what is shown; folding maps character to character, so positions agree.
constexpr const char *kSchemaV5 = R"sql(
CREATE VIRTUAL TABLE page_text USING fts5(
    body, original UNINDEXED, version_id UNINDEXED, page UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER page_text_gone AFTER DELETE ON document_version BEGIN
    DELETE FROM page_text WHERE version_id = old.id;
END;
)sql";

// Version 6: the trash. A removed document keeps its rows and files until the trash is
// emptied, so a removal can be undone.
constexpr const char *kSchemaV6 = R"sql(
ALTER TABLE document ADD COLUMN trashed_at TEXT;
)sql";

// Version 7: PDF renditions of office files, derived and kept beside the original version.
constexpr const char *kSchemaV7 = R"sql(
CREATE TABLE rendition(
    version_id  INTEGER PRIMARY KEY REFERENCES document_version(id) ON DELETE CASCADE,
    blob_sha256 TEXT NOT NULL REFERENCES blob(sha256),
    page_count  INTEGER NOT NULL CHECK (page_count > 0),
    page_sizes  TEXT NOT NULL DEFAULT '',
    made_at     TEXT NOT NULL);
)sql";

// Version 8: a meeting's revision, raised by triggers whenever anything a phone could see of
// it changes (the meeting, its items, documents, versions, renditions), by whichever process.
// The server rebuilds only the meetings whose revision moved instead of the whole library.
constexpr const char *kSchemaV8 = R"sql(
ALTER TABLE meeting ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
CREATE TRIGGER meeting_revised AFTER UPDATE ON meeting WHEN new.revision = old.revision BEGIN
    UPDATE meeting SET revision = old.revision + 1 WHERE id = new.id;
END;
CREATE TRIGGER item_added AFTER INSERT ON agenda_item BEGIN
    UPDATE meeting SET revision = revision + 1 WHERE id = new.meeting_id;
END;
CREATE TRIGGER item_changed AFTER UPDATE ON agenda_item BEGIN
    UPDATE meeting SET revision = revision + 1 WHERE id IN (old.meeting_id, new.meeting_id);
END;
CREATE TRIGGER item_removed AFTER DELETE ON agenda_item BEGIN
    UPDATE meeting SET revision = revision + 1 WHERE id = old.meeting_id;
END;
CREATE TRIGGER document_added AFTER INSERT ON document BEGIN
    UPDATE meeting SET revision = revision + 1
        WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = new.item_id);
END;
CREATE TRIGGER document_changed AFTER UPDATE ON document BEGIN
    UPDATE meeting SET revision = revision + 1 WHERE id IN (
        SELECT meeting_id FROM agenda_item WHERE id IN (old.item_id, new.item_id));
END;
CREATE TRIGGER document_removed AFTER DELETE ON document BEGIN
    UPDATE meeting SET revision = revision + 1
        WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = old.item_id);
END;
CREATE TRIGGER version_added AFTER INSERT ON document_version BEGIN
    UPDATE meeting SET revision = revision + 1 WHERE id = (
        SELECT i.meeting_id FROM document d JOIN agenda_item i ON i.id = d.item_id
        WHERE d.id = new.document_id);
END;
CREATE TRIGGER version_changed AFTER UPDATE ON document_version BEGIN
    UPDATE meeting SET revision = revision + 1 WHERE id = (
        SELECT i.meeting_id FROM document d JOIN agenda_item i ON i.id = d.item_id
        WHERE d.id = new.document_id);
END;
CREATE TRIGGER version_removed AFTER DELETE ON document_version BEGIN
    UPDATE meeting SET revision = revision + 1 WHERE id = (
        SELECT i.meeting_id FROM document d JOIN agenda_item i ON i.id = d.item_id
        WHERE d.id = old.document_id);
END;
CREATE TRIGGER rendition_added AFTER INSERT ON rendition BEGIN
    UPDATE meeting SET revision = revision + 1 WHERE id = (
        SELECT i.meeting_id FROM document_version v JOIN document d ON d.id = v.document_id
        JOIN agenda_item i ON i.id = d.item_id WHERE v.id = new.version_id);
END;
CREATE TRIGGER rendition_changed AFTER UPDATE ON rendition BEGIN
    UPDATE meeting SET revision = revision + 1 WHERE id = (
        SELECT i.meeting_id FROM document_version v JOIN document d ON d.id = v.document_id
        JOIN agenda_item i ON i.id = d.item_id WHERE v.id = new.version_id);
END;
CREATE TRIGGER rendition_removed AFTER DELETE ON rendition BEGIN
    UPDATE meeting SET revision = revision + 1 WHERE id = (
        SELECT i.meeting_id FROM document_version v JOIN document d ON d.id = v.document_id
        JOIN agenda_item i ON i.id = d.item_id WHERE v.id = old.version_id);
END;
)sql";

// Version 9: access counters instead of one row per request. A phone asking for one byte in a
// loop wrote hundreds of thousands of rows a minute; counters grow with phones x versions only.
// Existing rows are added up into them, then dropped.
constexpr const char *kSchemaV9 = R"sql(
CREATE TABLE access_counter(
    version_id         INTEGER NOT NULL REFERENCES document_version(id) ON DELETE CASCADE,
    device_key         TEXT NOT NULL,
    first_seen         TEXT NOT NULL,
    last_seen          TEXT NOT NULL,
    requests           INTEGER NOT NULL CHECK (requests >= 0),
    complete_downloads INTEGER NOT NULL DEFAULT 0 CHECK (complete_downloads >= 0),
    bytes_sent         INTEGER NOT NULL DEFAULT 0 CHECK (bytes_sent >= 0),
    PRIMARY KEY (version_id, device_key)) WITHOUT ROWID;
INSERT INTO access_counter(version_id, device_key, first_seen, last_seen, requests,
                           complete_downloads, bytes_sent)
    SELECT e.version_id, e.device_key, min(e.at), max(e.at), count(*),
           coalesce(sum(e.complete AND e.range_start = 0 AND e.length = v.size), 0),
           coalesce(sum(CASE WHEN e.complete THEN e.length ELSE 0 END), 0)
    FROM access_event e JOIN document_version v ON v.id = e.version_id
    GROUP BY e.version_id, e.device_key;
DROP TABLE access_event;
)sql";

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

QString openKey(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath();
}

constexpr const char *kMeetingColumns =
    "SELECT id, title, meeting_date, venue, code, state, language, created_at, pin_hash, pin_salt, "
    "revision FROM meeting ";
constexpr const char *kItemColumns =
    "SELECT id, meeting_id, position, title, presenter FROM agenda_item ";
constexpr const char *kDocumentColumns =
    "SELECT d.id, d.item_id, d.position, d.title, v.id, v.file_name, v.mime_type, v.size, "
    "v.page_count, v.blob_sha256, v.problem, v.added_at, v.page_sizes, "
    "(SELECT count(*) FROM document_version x WHERE x.document_id = d.id), d.trashed_at, "
    "r.blob_sha256, r.page_count, r.page_sizes "
    "FROM document d JOIN document_version v ON v.id = d.current_version_id "
    "LEFT JOIN rendition r ON r.version_id = v.id ";

} // namespace

QString pageSizesText(const QList<QSizeF> &sizes)
{
    QStringList parts;
    for (const QSizeF &size : sizes)
        parts << QString::number(size.width(), 'g', 6) + u'x' +
                     QString::number(size.height(), 'g', 6);
    return parts.join(u';');
}

QList<QSizeF> pageSizesFromText(const QString &text)
{
    QList<QSizeF> sizes;
    for (const QString &part : text.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype x = part.indexOf(u'x');
        bool okWidth = false;
        bool okHeight = false;
        const double width = part.left(x).toDouble(&okWidth);
        const double height = part.mid(x + 1).toDouble(&okHeight);
        sizes << (x > 0 && okWidth && okHeight && width > 0 && height > 0 ? QSizeF(width, height)
                                                                          : QSizeF());
    }
    return sizes;
}

QString meetingStateKey(MeetingState state)
{
    switch (state) {
    case MeetingState::Draft:
        return QStringLiteral("draft");
    case MeetingState::Open:
        return QStringLiteral("open");
    case MeetingState::Closed:
        return QStringLiteral("closed");
    }
    return QStringLiteral("draft");
}

std::optional<MeetingState> meetingStateFromKey(const QString &key)
{
    for (MeetingState s : {MeetingState::Draft, MeetingState::Open, MeetingState::Closed})
        if (meetingStateKey(s) == key)
            return s;
    return std::nullopt;
}

QString meetingStateLabel(MeetingState state)
{
    switch (state) {
    case MeetingState::Draft:
        return QCoreApplication::translate("MeetingState", "Draft");
    case MeetingState::Open:
        return QCoreApplication::translate("MeetingState", "Open to delegates");
    case MeetingState::Closed:
        return QCoreApplication::translate("MeetingState", "Closed");
    }
    return {};
}

Catalog::Catalog(const QString &databasePath, QObject *parent)
    : QObject(parent), m_path(databasePath)
{
    inspectJournal();
    openBest();
    {
        const std::lock_guard lock(gOpenMutex);
        ++gOpenCatalogs[openKey(m_path)];
    }
    try {
        finishOpening();
    } catch (...) {
        m_db = sql::Database();
        const std::lock_guard lock(gOpenMutex);
        if (--gOpenCatalogs[openKey(m_path)] <= 0)
            gOpenCatalogs.remove(openKey(m_path));
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
            m_access = Access::DiskFull;
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
            checkpoint();
        } catch (const Error &) {
            // SQLite checkpoints again when the last connection closes.
        }
    }
    m_db = sql::Database();
    const std::lock_guard lock(gOpenMutex);
    if (--gOpenCatalogs[openKey(m_path)] <= 0)
        gOpenCatalogs.remove(openKey(m_path));
}

bool Catalog::inUse(const QString &databasePath)
{
    {
        const std::lock_guard lock(gOpenMutex);
        if (gOpenCatalogs.value(openKey(databasePath)) > 0)
            return true;
    }
    // Every connection to a WAL database holds a read lock on the -shm file's "dead man switch"
    // byte (offset 128 in SQLite's unix VFS) for as long as it is open.
    const int fd = ::open(QFile::encodeName(databasePath + QStringLiteral("-shm")).constData(),
                          O_RDONLY | O_CLOEXEC);
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
    const bool kept = QDir().mkpath(folder) && QFile::copy(walPath(m_path), copy);
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
    m_resetJournal = true;
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
    const QStorageInfo storage(QFileInfo(m_path).absolutePath());
    const bool full =
        storage.isValid() && !storage.isReadOnly() && storage.bytesAvailable() < kFullDiskBytes;
    m_access = full ? Access::DiskFull : Access::ReadOnlyMedia;
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

int Catalog::schemaVersion()
{
    return m_db.userVersion();
}

void Catalog::migrate()
{
    sql::Transaction tx(m_db);
    const int version = m_db.userVersion();
    if (version >= kSchemaVersion)
        return; // another process was quicker
    if (version < 1)
        m_db.exec(kSchemaV1);
    if (version < 2)
        m_db.exec(kSchemaV2);
    if (version < 3)
        m_db.exec(kSchemaV3);
    if (version < 4)
        m_db.exec(kSchemaV4);
    if (version < 5)
        m_db.exec(kSchemaV5);
    if (version < 6)
        m_db.exec(kSchemaV6);
    if (version < 7)
        m_db.exec(kSchemaV7);
    if (version < 8)
        m_db.exec(kSchemaV8);
    if (version < 9)
        m_db.exec(kSchemaV9);
    m_db.setUserVersion(kSchemaVersion);
    tx.commit();
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

Meeting Catalog::readMeeting(const sql::Statement &s)
{
    Meeting m;
    m.id = s.int64(0);
    m.title = s.text(1);
    m.date = QDate::fromString(s.text(2), Qt::ISODate);
    m.venue = s.text(3);
    m.code = s.text(4);
    m.state = meetingStateFromKey(s.text(5)).value_or(MeetingState::Draft);
    m.language = s.text(6);
    m.createdAt = readTime(s.text(7));
    m.pinHash = s.text(8).toLatin1();
    m.pinSalt = s.text(9).toLatin1();
    m.revision = s.int64(10);
    return m;
}

AgendaItem Catalog::readItem(const sql::Statement &s)
{
    AgendaItem item;
    item.id = s.int64(0);
    item.meetingId = s.int64(1);
    item.number = s.int32(2);
    item.title = s.text(3);
    item.presenter = s.text(4);
    return item;
}

Document Catalog::readDocument(const sql::Statement &s)
{
    Document d;
    d.id = s.int64(0);
    d.itemId = s.int64(1);
    d.position = s.int32(2);
    d.title = s.text(3);
    d.versionId = s.int64(4);
    d.fileName = s.text(5);
    d.mimeType = s.text(6);
    d.size = s.int64(7);
    if (const auto pages = s.optionalInt64(8))
        d.pageCount = static_cast<int>(*pages);
    d.pageSizes = pageSizesFromText(s.text(12));
    d.versionCount = s.int32(13);
    if (!s.isNull(14))
        d.trashedAt = readTime(s.text(14));
    if (!s.isNull(15)) {
        d.renditionSha256 = s.text(15);
        d.renditionPages = s.int32(16);
        d.renditionPageSizes = pageSizesFromText(s.text(17));
    }
    d.sha256 = s.text(9);
    d.problem = s.text(10);
    d.addedAt = readTime(s.text(11));
    return d;
}

Meeting Catalog::createMeeting(const QString &title, const QDate &date, const QString &venue,
                               const QString &language)
{
    const QString trimmed = title.trimmed();
    if (trimmed.isEmpty())
        throw Error(tr("A meeting needs a title."));
    sql::Transaction tx(m_db);
    // 40 random bits: a collision is rare, but it must never become an error for the user.
    for (int attempt = 0; attempt < 16; ++attempt) {
        const QString code = meetingcode::generate();
        sql::Statement exists(m_db, "SELECT 1 FROM meeting WHERE code = ?");
        if (exists.bind(1, code).step())
            continue;
        sql::Statement insert(m_db, "INSERT INTO meeting(title, meeting_date, venue, code, "
                                    "created_at, language) VALUES (?, ?, ?, ?, ?, ?)");
        insert.bind(1, trimmed)
            .bind(2, date.isValid() ? date.toString(Qt::ISODate) : QString())
            .bind(3, orEmpty(venue.trimmed()))
            .bind(4, code)
            .bind(5, nowText())
            .bind(6, language.isEmpty() ? QStringLiteral("vi") : language)
            .run();
        const Id id = m_db.lastInsertId();
        tx.commit();
        Q_EMIT changed();
        return *meeting(id);
    }
    throw Error(tr("Could not find a free meeting code."));
}

QList<Meeting> Catalog::meetings()
{
    QList<Meeting> out;
    sql::Statement s(m_db, QByteArray(QByteArray(kMeetingColumns) +
                                      "ORDER BY coalesce(meeting_date, created_at) DESC, id DESC"));
    while (s.step())
        out.append(readMeeting(s));
    return out;
}

QList<Meeting> Catalog::meetingsInState(MeetingState state)
{
    QList<Meeting> out;
    sql::Statement s(m_db, QByteArray(QByteArray(kMeetingColumns) + "WHERE state = ? ORDER BY id"));
    s.bind(1, meetingStateKey(state));
    while (s.step())
        out.append(readMeeting(s));
    return out;
}

std::optional<Meeting> Catalog::meeting(Id id)
{
    sql::Statement s(m_db, QByteArray(QByteArray(kMeetingColumns) + "WHERE id = ?"));
    if (s.bind(1, id).step())
        return readMeeting(s);
    return std::nullopt;
}

std::optional<Meeting> Catalog::findMeeting(const QString &idOrCode)
{
    const QString text = idOrCode.trimmed();
    bool isNumber = false;
    const qlonglong id = text.toLongLong(&isNumber);
    if (isNumber && text.size() < meetingcode::kLength)
        return meeting(id);
    const QString code = meetingcode::normalize(text);
    if (code.isEmpty())
        return std::nullopt;
    sql::Statement s(m_db, QByteArray(QByteArray(kMeetingColumns) + "WHERE code = ?"));
    if (s.bind(1, code).step())
        return readMeeting(s);
    return std::nullopt;
}

void Catalog::updateMeeting(const Meeting &meeting)
{
    const QString title = meeting.title.trimmed();
    if (title.isEmpty())
        throw Error(tr("A meeting needs a title."));
    sql::Transaction tx(m_db);
    sql::Statement s(m_db, "UPDATE meeting SET title = ?, meeting_date = ?, venue = ?, "
                           "language = ? WHERE id = ?");
    s.bind(1, title)
        .bind(2, meeting.date.isValid() ? meeting.date.toString(Qt::ISODate) : QString())
        .bind(3, orEmpty(meeting.venue.trimmed()))
        .bind(4, meeting.language.isEmpty() ? QStringLiteral("vi") : meeting.language)
        .bind(5, meeting.id)
        .run();
    if (m_db.changes() != 1)
        throw Error(tr("No such meeting."));
    tx.commit();
    Q_EMIT changed();
}

void Catalog::setMeetingState(Id meetingId, MeetingState state)
{
    sql::Transaction tx(m_db);
    sql::Statement s(m_db, "UPDATE meeting SET state = ? WHERE id = ?");
    s.bind(1, meetingStateKey(state)).bind(2, meetingId).run();
    if (m_db.changes() != 1)
        throw Error(tr("No such meeting."));
    tx.commit();
    checkpoint();
    Q_EMIT changed();
    Q_EMIT meetingStateChanged(meetingId, state);
}

void Catalog::setMeetingPin(Id meetingId, const QString &newPin)
{
    QByteArray salt;
    QByteArray hashed;
    if (!newPin.isEmpty()) {
        if (!pin::isWellFormed(newPin))
            throw Error(tr("A PIN is 4 to 8 digits."));
        salt = pin::newSalt();
        hashed = pin::hash(newPin, salt);
    }
    sql::Transaction tx(m_db);
    sql::Statement s(m_db, "UPDATE meeting SET pin_hash = ?, pin_salt = ? WHERE id = ?");
    s.bind(1, orEmpty(QString::fromLatin1(hashed)))
        .bind(2, orEmpty(QString::fromLatin1(salt)))
        .bind(3, meetingId);
    s.run();
    if (m_db.changes() != 1)
        throw Error(tr("No such meeting."));
    tx.commit();
    Q_EMIT changed();
}

void Catalog::removeMeeting(Id meetingId)
{
    sql::Transaction tx(m_db);
    sql::Statement s(m_db, "DELETE FROM meeting WHERE id = ?");
    s.bind(1, meetingId).run();
    if (m_db.changes() != 1)
        throw Error(tr("No such meeting."));
    tx.commit();
    Q_EMIT changed();
}

namespace {
void checkWifi(const WifiNetwork &network)
{
    if (network.isEmpty())
        return; // clears it
    if (const QString why = wifipayload::problem(network); !why.isEmpty())
        throw Error(why);
}
} // namespace

WifiNetwork Catalog::meetingWifi(Id meetingId)
{
    sql::Statement s(m_db, "SELECT wifi_ssid, wifi_password, wifi_security, wifi_hidden "
                           "FROM meeting WHERE id = ?");
    if (!s.bind(1, meetingId).step())
        throw Error(tr("No such meeting."));
    WifiNetwork network;
    network.ssid = s.text(0);
    network.password = s.text(1);
    network.security = wifipayload::securityFromKey(s.text(2)).value_or(WifiSecurity::Wpa);
    network.hidden = s.int64(3) != 0;
    return network;
}

void Catalog::setMeetingWifi(Id meetingId, const WifiNetwork &network)
{
    checkWifi(network);
    sql::Transaction tx(m_db);
    sql::Statement s(m_db, "UPDATE meeting SET wifi_ssid = ?, wifi_password = ?, "
                           "wifi_security = ?, wifi_hidden = ? WHERE id = ?");
    s.bind(1, orEmpty(network.ssid))
        .bind(2, network.isEmpty() ? QStringLiteral("") : orEmpty(network.password))
        .bind(3, wifipayload::securityKey(network.security))
        .bind(4, network.hidden ? 1 : 0)
        .bind(5, meetingId)
        .run();
    if (m_db.changes() != 1)
        throw Error(tr("No such meeting."));
    tx.commit();
    Q_EMIT changed();
}

WifiNetwork Catalog::venueWifi()
{
    WifiNetwork network;
    network.ssid = setting(settingkeys::wifiSsid());
    network.password = setting(settingkeys::wifiPassword());
    network.security = wifipayload::securityFromKey(setting(settingkeys::wifiSecurity()))
                           .value_or(WifiSecurity::Wpa);
    network.hidden = setting(settingkeys::wifiHidden()) == u"1";
    return network;
}

void Catalog::setVenueWifi(const WifiNetwork &network)
{
    checkWifi(network);
    sql::Transaction tx(m_db);
    setSetting(settingkeys::wifiSsid(), network.ssid);
    setSetting(settingkeys::wifiPassword(), network.isEmpty() ? QString() : network.password);
    setSetting(settingkeys::wifiSecurity(), wifipayload::securityKey(network.security));
    setSetting(settingkeys::wifiHidden(),
               network.hidden ? QStringLiteral("1") : QStringLiteral("0"));
    tx.commit();
    Q_EMIT changed();
}

WifiNetwork Catalog::effectiveWifi(Id meetingId)
{
    const WifiNetwork own = meetingWifi(meetingId);
    return own.isEmpty() ? venueWifi() : own;
}

Catalog::Added Catalog::addToAgenda(Id meetingId, const QList<Addition> &additions)
{
    sql::Transaction tx(m_db);
    if (!meeting(meetingId))
        throw Error(tr("No such meeting."));
    QList<Id> newItemIds;
    QList<Id> documentIds;
    for (const Addition &addition : additions) {
        Id itemId = 0;
        if (addition.itemId) {
            const auto existing = item(*addition.itemId);
            if (!existing || existing->meetingId != meetingId)
                throw Error(tr("No such agenda item."));
            itemId = existing->id;
        } else {
            const QString title = addition.newItemTitle.trimmed();
            if (title.isEmpty())
                throw Error(tr("An agenda item needs a title."));
            sql::Statement s(m_db,
                             "INSERT INTO agenda_item(meeting_id, position, title, presenter) "
                             "VALUES (?1, (SELECT coalesce(max(position), 0) + 1 FROM "
                             "agenda_item WHERE meeting_id = ?1), ?2, '')");
            s.bind(1, meetingId).bind(2, title).run();
            itemId = m_db.lastInsertId();
            newItemIds << itemId;
        }
        for (const NewDocument &doc : addition.documents)
            documentIds << insertDocument(itemId, doc);
    }
    tx.commit();
    Q_EMIT changed();
    Added added;
    for (const Id id : newItemIds)
        added.newItems << *item(id);
    for (const Id id : documentIds)
        added.documents << *document(id);
    return added;
}

AgendaItem Catalog::addItem(Id meetingId, const QString &title, const QString &presenter)
{
    const QString trimmed = title.trimmed();
    if (trimmed.isEmpty())
        throw Error(tr("An agenda item needs a title."));
    sql::Transaction tx(m_db);
    if (!meeting(meetingId))
        throw Error(tr("No such meeting."));
    sql::Statement s(m_db, "INSERT INTO agenda_item(meeting_id, position, title, presenter) "
                           "VALUES (?1, (SELECT coalesce(max(position), 0) + 1 FROM "
                           "agenda_item WHERE meeting_id = ?1), ?2, ?3)");
    s.bind(1, meetingId).bind(2, trimmed).bind(3, orEmpty(presenter.trimmed())).run();
    const Id id = m_db.lastInsertId();
    tx.commit();
    Q_EMIT changed();
    return *item(id);
}

QList<AgendaItem> Catalog::items(Id meetingId)
{
    QList<AgendaItem> out;
    sql::Statement s(
        m_db, QByteArray(QByteArray(kItemColumns) + "WHERE meeting_id = ? ORDER BY position"));
    s.bind(1, meetingId);
    while (s.step())
        out.append(readItem(s));
    return out;
}

std::optional<AgendaItem> Catalog::item(Id itemId)
{
    sql::Statement s(m_db, QByteArray(QByteArray(kItemColumns) + "WHERE id = ?"));
    if (s.bind(1, itemId).step())
        return readItem(s);
    return std::nullopt;
}

std::optional<AgendaItem> Catalog::itemByNumber(Id meetingId, int number)
{
    sql::Statement s(
        m_db, QByteArray(QByteArray(kItemColumns) + "WHERE meeting_id = ? AND position = ?"));
    if (s.bind(1, meetingId).bind(2, number).step())
        return readItem(s);
    return std::nullopt;
}

void Catalog::updateItem(Id itemId, const QString &title, const QString &presenter)
{
    const QString trimmed = title.trimmed();
    if (trimmed.isEmpty())
        throw Error(tr("An agenda item needs a title."));
    sql::Transaction tx(m_db);
    sql::Statement s(m_db, "UPDATE agenda_item SET title = ?, presenter = ? WHERE id = ?");
    s.bind(1, trimmed).bind(2, orEmpty(presenter.trimmed())).bind(3, itemId).run();
    if (m_db.changes() != 1)
        throw Error(tr("No such agenda item."));
    tx.commit();
    Q_EMIT changed();
}

QList<Id> Catalog::itemIds(Id meetingId)
{
    QList<Id> ids;
    sql::Statement s(m_db, "SELECT id FROM agenda_item WHERE meeting_id = ? ORDER BY position");
    s.bind(1, meetingId);
    while (s.step())
        ids.append(s.int64(0));
    return ids;
}

void Catalog::renumberItems(Id meetingId, const QList<Id> &orderedIds)
{
    // Two passes because UNIQUE(meeting_id, position) is checked row by row.
    sql::Statement park(m_db, "UPDATE agenda_item SET position = -position WHERE meeting_id = ?");
    park.bind(1, meetingId).run();
    sql::Statement place(m_db, "UPDATE agenda_item SET position = ? WHERE id = ?");
    for (int i = 0; i < orderedIds.size(); ++i) {
        place.reset();
        place.bind(1, i + 1).bind(2, orderedIds[i]).run();
    }
}

void Catalog::moveItem(Id itemId, int newNumber)
{
    sql::Transaction tx(m_db);
    const auto moved = item(itemId);
    if (!moved)
        throw Error(tr("No such agenda item."));
    QList<Id> ids = itemIds(moved->meetingId);
    if (newNumber < 1 || newNumber > ids.size())
        throw Error(
            tr("Item number %1 is outside the agenda (1 to %2).").arg(newNumber).arg(ids.size()));
    ids.move(ids.indexOf(itemId), newNumber - 1);
    renumberItems(moved->meetingId, ids);
    tx.commit();
    Q_EMIT changed();
}

void Catalog::removeItem(Id itemId)
{
    sql::Transaction tx(m_db);
    const auto removed = item(itemId);
    if (!removed)
        throw Error(tr("No such agenda item."));
    sql::Statement s(m_db, "DELETE FROM agenda_item WHERE id = ?");
    s.bind(1, itemId).run();
    renumberItems(removed->meetingId, itemIds(removed->meetingId));
    tx.commit();
    Q_EMIT changed();
}

Id Catalog::insertVersion(Id documentId, const NewDocument &doc, const QString &now)
{
    sql::Statement blob(m_db,
                        "INSERT OR IGNORE INTO blob(sha256, size, stored_at) VALUES (?, ?, ?)");
    blob.bind(1, doc.sha256).bind(2, doc.size).bind(3, now).run();
    sql::Statement version(m_db, "INSERT INTO document_version(document_id, blob_sha256, "
                                 "file_name, mime_type, size, page_count, pdf_title, problem, "
                                 "added_at, page_sizes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    version.bind(1, documentId)
        .bind(2, doc.sha256)
        .bind(3, doc.fileName)
        .bind(4, doc.mimeType.isEmpty() ? QStringLiteral("application/octet-stream") : doc.mimeType)
        .bind(5, doc.size)
        .bind(6, doc.pageCount)
        .bind(7, orEmpty(doc.pdfTitle))
        .bind(8, orEmpty(doc.problem))
        .bind(9, now)
        .bind(10, orEmpty(pageSizesText(doc.pageSizes)))
        .run();
    const Id versionId = m_db.lastInsertId();
    sql::Statement text(m_db, "INSERT INTO page_text(body, original, version_id, page) "
                              "VALUES (?, ?, ?, ?)");
    for (qsizetype i = 0; i < doc.pageTexts.size(); ++i) {
        if (doc.pageTexts[i].trimmed().isEmpty())
            continue;
        text.bind(1, searchFold(doc.pageTexts[i]))
            .bind(2, doc.pageTexts[i])
            .bind(3, versionId)
            .bind(4, static_cast<int>(i + 1))
            .run();
        text.reset();
    }
    return versionId;
}

Document Catalog::replaceDocument(Id documentId, const NewDocument &doc)
{
    if (doc.sha256.size() != 64)
        throw Error(tr("Internal error: a document without a stored blob."));
    sql::Transaction tx(m_db);
    const auto existing = document(documentId);
    if (!existing)
        throw Error(tr("No such document."));
    if (existing->sha256 == doc.sha256)
        throw Error(tr("%1 is the same file as the current version of \"%2\".")
                        .arg(doc.fileName, existing->title));
    const Id versionId = insertVersion(documentId, doc, nowText());
    sql::Statement current(m_db, "UPDATE document SET current_version_id = ? WHERE id = ?");
    current.bind(1, versionId).bind(2, documentId).run();
    tx.commit();
    Q_EMIT changed();
    return *document(documentId);
}

namespace {
constexpr const char *kVersionColumns =
    "SELECT v.id, v.document_id, v.file_name, v.mime_type, v.size, v.page_count, v.blob_sha256, "
    "v.problem, v.added_at, v.id = d.current_version_id "
    "FROM document_version v JOIN document d ON d.id = v.document_id ";

DocumentVersion readVersion(const sql::Statement &s)
{
    DocumentVersion v;
    v.id = s.int64(0);
    v.documentId = s.int64(1);
    v.fileName = s.text(2);
    v.mimeType = s.text(3);
    v.size = s.int64(4);
    if (const auto pages = s.optionalInt64(5))
        v.pageCount = static_cast<int>(*pages);
    v.sha256 = s.text(6);
    v.problem = s.text(7);
    v.addedAt = readTime(s.text(8));
    v.current = s.int64(9) != 0;
    return v;
}
} // namespace

QList<DocumentVersion> Catalog::versions(Id documentId)
{
    QList<DocumentVersion> out;
    sql::Statement s(m_db, QByteArray(QByteArray(kVersionColumns) +
                                      "WHERE v.document_id = ? ORDER BY v.id DESC"));
    s.bind(1, documentId);
    while (s.step())
        out.append(readVersion(s));
    return out;
}

std::optional<DocumentVersion> Catalog::version(Id versionId)
{
    sql::Statement s(m_db, QByteArray(QByteArray(kVersionColumns) + "WHERE v.id = ?"));
    if (s.bind(1, versionId).step())
        return readVersion(s);
    return std::nullopt;
}

void Catalog::makeVersionCurrent(Id documentId, Id versionId)
{
    sql::Transaction tx(m_db);
    const auto chosen = version(versionId);
    if (!chosen || chosen->documentId != documentId)
        throw Error(tr("That version does not belong to this document."));
    sql::Statement current(m_db, "UPDATE document SET current_version_id = ? WHERE id = ?");
    current.bind(1, versionId).bind(2, documentId).run();
    tx.commit();
    Q_EMIT changed();
}

Document Catalog::addDocument(Id itemId, const NewDocument &doc)
{
    return addDocuments(itemId, {doc}).first();
}

QList<Document> Catalog::addDocuments(Id itemId, const QList<NewDocument> &docs)
{
    sql::Transaction tx(m_db);
    if (!item(itemId))
        throw Error(tr("No such agenda item."));
    QList<Id> ids;
    for (const NewDocument &doc : docs)
        ids.append(insertDocument(itemId, doc));
    tx.commit();
    Q_EMIT changed();
    QList<Document> added;
    for (Id id : ids)
        added.append(*document(id));
    return added;
}

Id Catalog::insertDocument(Id itemId, const NewDocument &doc)
{
    if (doc.sha256.size() != 64)
        throw Error(tr("Internal error: a document without a stored blob."));
    const QString title = doc.title.trimmed().isEmpty() ? doc.fileName : doc.title.trimmed();
    if (title.isEmpty())
        throw Error(tr("A document needs a title."));
    const QString now = nowText();
    sql::Statement document(m_db, "INSERT INTO document(item_id, position, title, created_at) "
                                  "VALUES (?1, (SELECT coalesce(max(position), 0) + 1 FROM "
                                  "document WHERE item_id = ?1), ?2, ?3)");
    document.bind(1, itemId).bind(2, title).bind(3, now).run();
    const Id documentId = m_db.lastInsertId();
    const Id versionId = insertVersion(documentId, doc, now);
    sql::Statement current(m_db, "UPDATE document SET current_version_id = ? WHERE id = ?");
    current.bind(1, versionId).bind(2, documentId).run();
    return documentId;
}

QList<Document> Catalog::documents(Id itemId)
{
    QList<Document> out;
    sql::Statement s(m_db, QByteArray(QByteArray(kDocumentColumns) +
                                      "WHERE d.trashed_at IS NULL AND d.item_id = ? "
                                      "ORDER BY d.position, d.id"));
    s.bind(1, itemId);
    while (s.step())
        out.append(readDocument(s));
    return out;
}

QList<Document> Catalog::documentsWithContent(const QString &sha256)
{
    QList<Document> out;
    sql::Statement s(m_db,
                     QByteArray(QByteArray(kDocumentColumns) +
                                "WHERE d.trashed_at IS NULL AND v.blob_sha256 = ? ORDER BY d.id"));
    s.bind(1, sha256);
    while (s.step())
        out.append(readDocument(s));
    return out;
}

std::optional<Document> Catalog::document(Id documentId)
{
    sql::Statement s(
        m_db, QByteArray(QByteArray(kDocumentColumns) + "WHERE d.trashed_at IS NULL AND d.id = ?"));
    if (s.bind(1, documentId).step())
        return readDocument(s);
    return std::nullopt;
}

void Catalog::renameDocument(Id documentId, const QString &title)
{
    const QString trimmed = title.trimmed();
    if (trimmed.isEmpty())
        throw Error(tr("A document needs a title."));
    sql::Transaction tx(m_db);
    sql::Statement s(m_db, "UPDATE document SET title = ? WHERE id = ?");
    s.bind(1, trimmed).bind(2, documentId).run();
    if (m_db.changes() != 1)
        throw Error(tr("No such document."));
    tx.commit();
    Q_EMIT changed();
}

void Catalog::setRendition(Id versionId, const NewDocument &pdf)
{
    if (pdf.sha256.size() != 64 || !pdf.pageCount || *pdf.pageCount <= 0)
        throw Error(tr("Internal error: a rendition needs a readable PDF."));
    sql::Transaction tx(m_db);
    if (!version(versionId))
        throw Error(tr("No such document."));
    const QString now = nowText();
    sql::Statement blob(m_db,
                        "INSERT OR IGNORE INTO blob(sha256, size, stored_at) VALUES (?, ?, ?)");
    blob.bind(1, pdf.sha256).bind(2, pdf.size).bind(3, now).run();
    sql::Statement row(m_db, "INSERT OR REPLACE INTO rendition(version_id, blob_sha256, "
                             "page_count, page_sizes, made_at) VALUES (?, ?, ?, ?, ?)");
    row.bind(1, versionId)
        .bind(2, pdf.sha256)
        .bind(3, *pdf.pageCount)
        .bind(4, orEmpty(pageSizesText(pdf.pageSizes)))
        .bind(5, now)
        .run();
    sql::Statement previous(m_db, "DELETE FROM page_text WHERE version_id = ?");
    previous.bind(1, versionId).run();
    sql::Statement text(m_db, "INSERT INTO page_text(body, original, version_id, page) "
                              "VALUES (?, ?, ?, ?)");
    for (qsizetype i = 0; i < pdf.pageTexts.size(); ++i) {
        if (pdf.pageTexts[i].trimmed().isEmpty())
            continue;
        text.bind(1, searchFold(pdf.pageTexts[i]))
            .bind(2, pdf.pageTexts[i])
            .bind(3, versionId)
            .bind(4, static_cast<int>(i + 1))
            .run();
        text.reset();
    }
    tx.commit();
    Q_EMIT changed();
}

void Catalog::removeDocument(Id documentId)
{
    sql::Transaction tx(m_db);
    sql::Statement s(m_db,
                     "UPDATE document SET trashed_at = ? WHERE id = ? AND trashed_at IS NULL");
    s.bind(1, nowText()).bind(2, documentId).run();
    if (m_db.changes() != 1)
        throw Error(tr("No such document."));
    tx.commit();
    Q_EMIT changed();
}

QList<Document> Catalog::trash(Id meetingId)
{
    QList<Document> out;
    sql::Statement s(m_db, QByteArray(QByteArray(kDocumentColumns) +
                                      "WHERE d.trashed_at IS NOT NULL AND d.item_id IN "
                                      "(SELECT id FROM agenda_item WHERE meeting_id = ?) "
                                      "ORDER BY d.trashed_at DESC, d.id DESC"));
    s.bind(1, meetingId);
    while (s.step())
        out.append(readDocument(s));
    return out;
}

void Catalog::restoreDocument(Id documentId)
{
    sql::Transaction tx(m_db);
    sql::Statement s(m_db, "UPDATE document SET trashed_at = NULL, position = (SELECT "
                           "coalesce(max(position), 0) + 1 FROM document x WHERE x.item_id = "
                           "document.item_id) WHERE id = ? AND trashed_at IS NOT NULL");
    s.bind(1, documentId).run();
    if (m_db.changes() != 1)
        throw Error(tr("That document is not in the trash."));
    tx.commit();
    Q_EMIT changed();
}

int Catalog::emptyTrash(Id meetingId)
{
    sql::Transaction tx(m_db);
    sql::Statement s(m_db, "DELETE FROM document WHERE trashed_at IS NOT NULL AND item_id IN "
                           "(SELECT id FROM agenda_item WHERE meeting_id = ?)");
    s.bind(1, meetingId).run();
    const int removed = m_db.changes();
    tx.commit();
    if (removed > 0)
        Q_EMIT changed();
    return removed;
}

QStringList Catalog::unreferencedBlobs()
{
    QStringList out;
    sql::Statement s(m_db, "SELECT sha256 FROM blob WHERE NOT EXISTS (SELECT 1 FROM "
                           "document_version v WHERE v.blob_sha256 = blob.sha256) AND NOT EXISTS "
                           "(SELECT 1 FROM rendition r WHERE r.blob_sha256 = blob.sha256) "
                           "ORDER BY sha256");
    while (s.step())
        out << s.text(0);
    return out;
}

void Catalog::forgetBlob(const QString &sha256)
{
    sql::Statement s(m_db, "DELETE FROM blob WHERE sha256 = ? AND NOT EXISTS (SELECT 1 FROM "
                           "document_version v WHERE v.blob_sha256 = blob.sha256) AND NOT EXISTS "
                           "(SELECT 1 FROM rendition r WHERE r.blob_sha256 = blob.sha256)");
    s.bind(1, sha256).run();
}

void Catalog::recordAccess(const QList<AccessEvent> &events)
{
    AccessTally tally;
    for (const AccessEvent &event : events)
        tally.add(event);
    recordAccess(tally.counts());
}

void Catalog::recordAccess(const QList<AccessCount> &counts)
{
    if (counts.isEmpty())
        return;
    // Counts arrive every second while phones read: an fsync each time buys little, as a power
    // cut loses at most the last second of counts (the data stays consistent), never an edit.
    m_db.exec("PRAGMA synchronous = NORMAL");
    struct Restore
    {
        sql::Database &db;
        ~Restore()
        {
            try {
                db.exec("PRAGMA synchronous = FULL");
            } catch (const Error &) {
                // A connection that cannot set a PRAGMA cannot commit either.
            }
        }
    } restore{m_db};
    sql::Transaction tx(m_db);
    // A version removed meanwhile has nothing left to count: skip it. A complete response from
    // byte 0 is a download when it covered the version's whole size.
    sql::Statement upsert(m_db, R"sql(
        INSERT INTO access_counter(version_id, device_key, first_seen, last_seen, requests,
                                   complete_downloads, bytes_sent)
        SELECT ?1, ?2, ?3, ?4, ?5, CASE WHEN ?6 >= 0 AND ?6 = v.size THEN ?5 ELSE 0 END, ?7
        FROM document_version v WHERE v.id = ?1
        ON CONFLICT (version_id, device_key) DO UPDATE SET
            first_seen = min(first_seen, excluded.first_seen),
            last_seen = max(last_seen, excluded.last_seen),
            requests = requests + excluded.requests,
            complete_downloads = complete_downloads + excluded.complete_downloads,
            bytes_sent = bytes_sent + excluded.bytes_sent)sql");
    const QString now = nowText();
    const auto timeText = [&now](const QDateTime &at) {
        return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : now;
    };
    for (const AccessCount &count : counts) {
        upsert.reset();
        upsert.bind(1, count.versionId)
            .bind(2, QString::fromLatin1(count.deviceKey))
            .bind(3, timeText(count.firstSeen))
            .bind(4, timeText(count.lastSeen))
            .bind(5, count.requests)
            .bind(6, count.fromStartLength)
            .bind(7, count.bytesSent)
            .run();
    }
    tx.commit();
    Q_EMIT accessRecorded();
}

QList<DocumentStats> Catalog::documentStats(Id meetingId)
{
    // A download counts when one request carried the whole file to its end; a PDF viewer that
    // fetches pieces shows up as devices and requests, not as downloads.
    sql::Statement s(m_db, R"sql(
        SELECT d.id, i.position, d.title, v.file_name,
               count(DISTINCT c.device_key),
               coalesce(sum(c.requests), 0),
               coalesce(sum(c.complete_downloads), 0),
               coalesce(sum(c.bytes_sent), 0),
               min(c.first_seen), max(c.last_seen)
        FROM document d
        JOIN agenda_item i ON i.id = d.item_id
        JOIN document_version v ON v.id = d.current_version_id
        LEFT JOIN document_version ev ON ev.document_id = d.id
        LEFT JOIN access_counter c ON c.version_id = ev.id
        WHERE i.meeting_id = ? AND d.trashed_at IS NULL
        GROUP BY d.id
        ORDER BY i.position, d.position, d.id)sql");
    s.bind(1, meetingId);
    QList<DocumentStats> out;
    while (s.step()) {
        DocumentStats stats;
        stats.documentId = s.int64(0);
        stats.itemNumber = s.int32(1);
        stats.title = s.text(2);
        stats.fileName = s.text(3);
        stats.devices = s.int32(4);
        stats.requests = s.int32(5);
        stats.completeDownloads = s.int32(6);
        stats.bytesSent = s.int64(7);
        if (!s.isNull(8)) {
            stats.firstSeen = readTime(s.text(8));
            stats.lastSeen = readTime(s.text(9));
        }
        out.append(stats);
    }
    return out;
}

QByteArray Catalog::librarySecret(const QString &key)
{
    QString secret = setting(key);
    if (secret.size() != 32) {
        secret = QString::fromLatin1(pin::newSalt());
        rememberSetting(key, secret);
    }
    return secret.toLatin1();
}

QByteArray Catalog::deviceSalt()
{
    return librarySecret(QStringLiteral("server.device_salt"));
}

QByteArray Catalog::cookieSecret()
{
    return librarySecret(QStringLiteral("server.cookie_secret"));
}

QString Catalog::searchFold(QString text)
{
    text.replace(QChar(0x0111), u'd'); // đ
    text.replace(QChar(0x0110), u'D'); // Đ
    return text;
}

namespace {

constexpr QChar kMatchStart(0x0001);
constexpr QChar kMatchEnd(0x0002);

// The highlighted folded text, back in the original's letters (same length, char for char),
// cut to about `radius` characters either side of the first match.
QString snippetFrom(const QString &highlighted, const QString &original, int radius = 80)
{
    QString text;
    text.reserve(highlighted.size());
    qsizetype at = 0;
    for (const QChar c : highlighted) {
        if (c == kMatchStart)
            text += u'[';
        else if (c == kMatchEnd)
            text += u']';
        else
            text += at < original.size() ? original[at++] : c;
    }
    const qsizetype first = text.indexOf(u'[');
    const qsizetype from = std::max<qsizetype>(0, first - radius);
    qsizetype to = std::min<qsizetype>(text.size(), std::max<qsizetype>(first, 0) + radius * 2);
    // Whole words at the edges.
    qsizetype start = from;
    if (start > 0)
        while (start < first && !text[start - 1].isSpace())
            ++start;
    while (to < text.size() && !text[to].isSpace() && to - first < radius * 3)
        ++to;
    QString cut = text.mid(start, to - start).trimmed();
    if (start > 0)
        cut.prepend(u'…');
    if (to < text.size())
        cut.append(u'…');
    return cut;
}

} // namespace

QList<SearchHit> Catalog::search(const QString &query, int limit)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    const QStringList words = searchFold(query).split(separators, Qt::SkipEmptyParts);
    if (words.isEmpty())
        throw Error(tr("Nothing to search for: give at least one word."));
    QStringList terms;
    for (const QString &word : words)
        terms << u'"' + word + u'"';
    terms.last() += u'*'; // the last word as typed so far
    const QString match = terms.join(u' ');

    QList<SearchHit> hits;
    sql::Statement s(m_db,
                     "SELECT m.code, m.title, m.meeting_date, i.position, i.title, d.id, d.title, "
                     "v.id, v.id = d.current_version_id, t.page, "
                     "highlight(page_text, 0, char(1), char(2)), t.original "
                     "FROM page_text t "
                     "JOIN document_version v ON v.id = t.version_id "
                     "JOIN document d ON d.id = v.document_id "
                     "JOIN agenda_item i ON i.id = d.item_id "
                     "JOIN meeting m ON m.id = i.meeting_id "
                     "WHERE page_text MATCH ? AND d.trashed_at IS NULL "
                     "ORDER BY v.id = d.current_version_id DESC, rank LIMIT ?");
    s.bind(1, match).bind(2, std::max(1, limit));
    while (s.step()) {
        SearchHit hit;
        hit.meetingCode = s.text(0);
        hit.meetingTitle = s.text(1);
        hit.meetingDate = QDate::fromString(s.text(2), Qt::ISODate);
        hit.itemNumber = s.int32(3);
        hit.itemTitle = s.text(4);
        hit.documentId = s.int64(5);
        hit.documentTitle = s.text(6);
        hit.versionId = s.int64(7);
        hit.currentVersion = s.int64(8) != 0;
        hit.page = s.int32(9);
        hit.snippet = snippetFrom(s.text(10), s.text(11));
        hits.append(hit);
    }
    return hits;
}

QList<std::pair<QString, std::int64_t>> Catalog::blobs()
{
    QList<std::pair<QString, std::int64_t>> out;
    sql::Statement s(m_db, "SELECT sha256, size FROM blob ORDER BY sha256");
    while (s.step())
        out.append({s.text(0), s.int64(1)});
    return out;
}

QStringList Catalog::blobUsers(const QString &sha256)
{
    QStringList users;
    sql::Statement s(m_db, "SELECT m.code, i.position, d.title, v.id = d.current_version_id "
                           "FROM document_version v JOIN document d ON d.id = v.document_id "
                           "JOIN agenda_item i ON i.id = d.item_id "
                           "JOIN meeting m ON m.id = i.meeting_id "
                           "WHERE v.blob_sha256 = ? ORDER BY m.code, i.position");
    s.bind(1, sha256);
    while (s.step())
        users << (s.int64(3) != 0 ? tr("%1 item %2: %3 (current version)")
                                  : tr("%1 item %2: %3 (earlier version)"))
                     .arg(s.text(0))
                     .arg(s.int64(1))
                     .arg(s.text(2));
    return users;
}

QString Catalog::setting(const QString &key)
{
    if (const auto kept = m_settingOverlay.constFind(key); kept != m_settingOverlay.cend())
        return *kept;
    sql::Statement s(m_db, "SELECT value FROM setting WHERE key = ?");
    if (s.bind(1, key).step())
        return s.text(0);
    return {};
}

void Catalog::setSetting(const QString &key, const QString &value)
{
    sql::Statement s(m_db, "INSERT INTO setting(key, value) VALUES (?, ?) "
                           "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    s.bind(1, key).bind(2, orEmpty(value)).run();
    m_settingOverlay.remove(key);
}

void Catalog::rememberSetting(const QString &key, const QString &value)
{
    if (!isReadOnly()) {
        try {
            setSetting(key, value);
            return;
        } catch (const CatalogError &error) {
            if (error.kind() == CatalogError::Kind::Other ||
                error.kind() == CatalogError::Kind::Damaged)
                throw;
        }
    }
    m_settingOverlay.insert(key, value);
}

} // namespace docket
