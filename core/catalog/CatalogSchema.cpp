// SPDX-License-Identifier: GPL-3.0-or-later
// The schema, one step per version, and the migration through them.
#include "catalog/Catalog.h"
#include "util/Error.h"

namespace docket {

namespace {

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

// Version 10: when a document's current version became current. Last-Modified was the version's
// own add time, so choosing an earlier version again moved it back in time, and a phone asking
// "changed since?" with the later date got "not modified" for different bytes. A document whose
// current version is its newest has been current since it was added; for the others the moment
// is not known, so it is the migration's: one more full download at most, never a stale one.
constexpr const char *kSchemaV10Column = R"sql(
ALTER TABLE document ADD COLUMN current_since TEXT NOT NULL DEFAULT '';
)sql";
constexpr const char *kSchemaV10 = R"sql(
UPDATE document SET current_since = coalesce(
    (SELECT CASE WHEN v.added_at >= (SELECT max(x.added_at) FROM document_version x
                                     WHERE x.document_id = document.id)
                 THEN v.added_at
                 ELSE strftime('%Y-%m-%dT%H:%M:%fZ', 'now') END
     FROM document_version v WHERE v.id = document.current_version_id),
    created_at);
)sql";

// Version 11: the meeting's life, for the secretary's archive. A meeting records when it was
// first opened and last closed, and every step of its life (meeting_event: opened, closed,
// archived, reopened, imported). An archived meeting is a closed one with archived_at set; the
// triggers below refuse every edit of it, from any program, until it is reopened (archived_at
// cleared). Its access counters, search text (OCR) and renditions, derived from what it holds,
// still change.
// version_period: when each version was the current one (until NULL: still current). Before
// this step only the current version's start was known: the earlier ones are taken to have been
// current from their own addition until the next one's (or until the current one became current),
// which is what replacing does.
// ocr_page: pages whose text came from recognition, not from the file; ocr_job: a version's
// recognition, waiting, done or failed (with why).
constexpr const char *kSchemaV11 = R"sql(
ALTER TABLE meeting ADD COLUMN opened_at TEXT;
ALTER TABLE meeting ADD COLUMN closed_at TEXT;
ALTER TABLE meeting ADD COLUMN archived_at TEXT;
CREATE TABLE meeting_event(
    id         INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    at         TEXT NOT NULL,
    what       TEXT NOT NULL CHECK (what IN ('opened', 'closed', 'draft', 'archived',
                                             'reopened', 'imported')),
    note       TEXT NOT NULL DEFAULT '');
CREATE INDEX event_by_meeting ON meeting_event(meeting_id, at);
UPDATE meeting SET opened_at = created_at WHERE state <> 'draft';
UPDATE meeting SET closed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE state = 'closed';
CREATE TABLE version_period(
    version_id    INTEGER NOT NULL REFERENCES document_version(id) ON DELETE CASCADE,
    current_from  TEXT NOT NULL,
    current_until TEXT,
    PRIMARY KEY (version_id, current_from)) WITHOUT ROWID;
CREATE INDEX period_open ON version_period(version_id) WHERE current_until IS NULL;
INSERT INTO version_period(version_id, current_from, current_until)
    SELECT v.id, d.current_since, NULL
    FROM document d JOIN document_version v ON v.id = d.current_version_id;
INSERT INTO version_period(version_id, current_from, current_until)
    SELECT v.id, v.added_at,
           coalesce((SELECT min(n.added_at) FROM document_version n
                     WHERE n.document_id = v.document_id AND n.added_at > v.added_at),
                    d.current_since)
    FROM document_version v JOIN document d ON d.id = v.document_id
    WHERE v.added_at < d.current_since;
CREATE TABLE ocr_page(
    version_id INTEGER NOT NULL REFERENCES document_version(id) ON DELETE CASCADE,
    page       INTEGER NOT NULL CHECK (page >= 1),
    PRIMARY KEY (version_id, page)) WITHOUT ROWID;
CREATE TABLE ocr_job(
    version_id INTEGER PRIMARY KEY REFERENCES document_version(id) ON DELETE CASCADE,
    state      TEXT NOT NULL CHECK (state IN ('waiting', 'done', 'failed')),
    pages      INTEGER NOT NULL DEFAULT 0,
    detail     TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL);
CREATE TRIGGER archived_meeting_kept BEFORE UPDATE ON meeting
    WHEN old.archived_at IS NOT NULL AND new.archived_at IS NOT NULL
     AND (new.title IS NOT old.title OR new.meeting_date IS NOT old.meeting_date
          OR new.venue IS NOT old.venue OR new.code IS NOT old.code
          OR new.state IS NOT old.state OR new.language IS NOT old.language
          OR new.pin_hash IS NOT old.pin_hash OR new.wifi_ssid IS NOT old.wifi_ssid
          OR new.wifi_password IS NOT old.wifi_password
          OR new.wifi_security IS NOT old.wifi_security OR new.wifi_hidden IS NOT old.wifi_hidden)
BEGIN
    SELECT RAISE(ABORT, 'docket: archived meeting');
END;
CREATE TRIGGER archived_meeting_not_removed BEFORE DELETE ON meeting
    WHEN old.archived_at IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'docket: archived meeting');
END;
CREATE TRIGGER archived_item_added BEFORE INSERT ON agenda_item
    WHEN (SELECT archived_at FROM meeting WHERE id = new.meeting_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'docket: archived meeting');
END;
CREATE TRIGGER archived_item_changed BEFORE UPDATE ON agenda_item
    WHEN (SELECT archived_at FROM meeting WHERE id IN (old.meeting_id, new.meeting_id)
          AND archived_at IS NOT NULL) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'docket: archived meeting');
END;
CREATE TRIGGER archived_item_removed BEFORE DELETE ON agenda_item
    WHEN (SELECT archived_at FROM meeting WHERE id = old.meeting_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'docket: archived meeting');
END;
CREATE TRIGGER archived_document_added BEFORE INSERT ON document
    WHEN (SELECT m.archived_at FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id
          WHERE i.id = new.item_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'docket: archived meeting');
END;
CREATE TRIGGER archived_document_changed BEFORE UPDATE ON document
    WHEN (SELECT m.archived_at FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id
          WHERE i.id IN (old.item_id, new.item_id) AND m.archived_at IS NOT NULL) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'docket: archived meeting');
END;
CREATE TRIGGER archived_document_removed BEFORE DELETE ON document
    WHEN (SELECT m.archived_at FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id
          WHERE i.id = old.item_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'docket: archived meeting');
END;
CREATE TRIGGER archived_version_added BEFORE INSERT ON document_version
    WHEN (SELECT m.archived_at FROM document d JOIN agenda_item i ON i.id = d.item_id
          JOIN meeting m ON m.id = i.meeting_id WHERE d.id = new.document_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'docket: archived meeting');
END;
CREATE TRIGGER archived_version_changed BEFORE UPDATE ON document_version
    WHEN (SELECT m.archived_at FROM document d JOIN agenda_item i ON i.id = d.item_id
          JOIN meeting m ON m.id = i.meeting_id WHERE d.id = old.document_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'docket: archived meeting');
END;
CREATE TRIGGER archived_version_removed BEFORE DELETE ON document_version
    WHEN (SELECT m.archived_at FROM document d JOIN agenda_item i ON i.id = d.item_id
          JOIN meeting m ON m.id = i.meeting_id WHERE d.id = old.document_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'docket: archived meeting');
END;
CREATE TRIGGER archived_period_changed BEFORE UPDATE ON version_period
    WHEN (SELECT m.archived_at FROM document_version v JOIN document d ON d.id = v.document_id
          JOIN agenda_item i ON i.id = d.item_id JOIN meeting m ON m.id = i.meeting_id
          WHERE v.id = old.version_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'docket: archived meeting');
END;
)sql";

// Version 12: search that finds what was typed, fast. The text of each page moves to a table of
// its own (found by version, where the FTS5 table could only be read whole) and the index,
// page_search, becomes an external-content FTS5 table over it with Docket's tokenizer
// (SearchIndex.h): each word folded and, colocated, with its marks, so a word typed with marks
// is looked up, not checked page by page among thousands that have it without; prefixes of 2
// and 3 letters have their own entries, as typing asks for them. The triggers keep the index in
// step with the text, from any program that has the tokenizer. The folded copy of each text is
// no longer stored: the tokenizer folds. Text of versions gone (none should be) is not carried.
constexpr const char *kSchemaV12 = R"sql(
CREATE TABLE page_text_v12(
    id         INTEGER PRIMARY KEY,
    version_id INTEGER NOT NULL REFERENCES document_version(id) ON DELETE CASCADE,
    page       INTEGER NOT NULL CHECK (page >= 1),
    original   TEXT NOT NULL);
INSERT INTO page_text_v12(id, version_id, page, original)
    SELECT rowid, version_id, page, original FROM page_text
    WHERE version_id IN (SELECT id FROM document_version) AND page >= 1 ORDER BY rowid;
DROP TRIGGER page_text_gone;
DROP TABLE page_text;
ALTER TABLE page_text_v12 RENAME TO page_text;
CREATE INDEX page_text_by_version ON page_text(version_id, page);
CREATE VIRTUAL TABLE page_search USING fts5(
    original, content = 'page_text', content_rowid = 'id', tokenize = 'docket',
    prefix = '2 3');
CREATE TRIGGER page_text_indexed AFTER INSERT ON page_text BEGIN
    INSERT INTO page_search(rowid, original) VALUES (new.id, new.original);
END;
CREATE TRIGGER page_text_unindexed AFTER DELETE ON page_text BEGIN
    INSERT INTO page_search(page_search, rowid, original) VALUES ('delete', old.id, old.original);
END;
CREATE TRIGGER page_text_reindexed AFTER UPDATE ON page_text BEGIN
    INSERT INTO page_search(page_search, rowid, original) VALUES ('delete', old.id, old.original);
    INSERT INTO page_search(rowid, original) VALUES (new.id, new.original);
END;
-- The foreign key removes a version's text where foreign keys are on (Docket's connections);
-- this trigger, where they are not (another program).
CREATE TRIGGER page_text_gone AFTER DELETE ON document_version BEGIN
    DELETE FROM page_text WHERE version_id = old.id;
END;
INSERT INTO page_search(page_search) VALUES ('rebuild');
)sql";

// Version 13: the hall checks in. A meeting's roster, one row per delegate with their card's
// token (unique in the library, so a scanned card names its meeting) and their presence: the
// first and last check-in and a check-out after the last (present now: checked in, not out);
// every check-in and check-out in attendance_event for the record. The quorum rule per meeting.
// An archived meeting's roster and attendance are kept as they were, like its documents.
constexpr const char *kSchemaV13 = R"sql(
CREATE TABLE delegate(
    id            INTEGER PRIMARY KEY,
    meeting_id    INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    number        INTEGER NOT NULL CHECK (number >= 1),
    full_name     TEXT NOT NULL CHECK (full_name <> ''),
    unit          TEXT NOT NULL DEFAULT '',
    delegation    TEXT NOT NULL DEFAULT '',
    role          TEXT NOT NULL DEFAULT '',
    phone         TEXT NOT NULL DEFAULT '',
    token         TEXT NOT NULL UNIQUE,
    added_at      TEXT NOT NULL,
    first_in_at   TEXT,
    last_in_at    TEXT,
    out_at        TEXT,
    UNIQUE (meeting_id, number));
CREATE TABLE attendance_event(
    id          INTEGER PRIMARY KEY,
    delegate_id INTEGER NOT NULL REFERENCES delegate(id) ON DELETE CASCADE,
    at          TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('in', 'out')),
    method      TEXT NOT NULL,
    device      TEXT NOT NULL DEFAULT '');
CREATE INDEX attendance_by_delegate ON attendance_event(delegate_id, at);
ALTER TABLE meeting ADD COLUMN quorum_rule TEXT NOT NULL DEFAULT 'half';
CREATE TRIGGER archived_quorum_kept BEFORE UPDATE OF quorum_rule ON meeting
    WHEN old.archived_at IS NOT NULL AND new.archived_at IS NOT NULL
     AND new.quorum_rule IS NOT old.quorum_rule
BEGIN
    SELECT RAISE(ABORT, 'docket: archived meeting');
END;
CREATE TRIGGER archived_delegate_added BEFORE INSERT ON delegate
    WHEN (SELECT archived_at FROM meeting WHERE id = new.meeting_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'docket: archived meeting');
END;
CREATE TRIGGER archived_delegate_changed BEFORE UPDATE ON delegate
    WHEN (SELECT archived_at FROM meeting WHERE id = old.meeting_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'docket: archived meeting');
END;
CREATE TRIGGER archived_delegate_removed BEFORE DELETE ON delegate
    WHEN (SELECT archived_at FROM meeting WHERE id = old.meeting_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'docket: archived meeting');
END;
-- Phones see a delegate's badge page: the roster is part of what the server publishes, its
-- check-ins are not (they travel to the window by their own signal).
CREATE TRIGGER delegate_added AFTER INSERT ON delegate BEGIN
    UPDATE meeting SET revision = revision + 1 WHERE id = new.meeting_id;
END;
CREATE TRIGGER delegate_changed
    AFTER UPDATE OF number, full_name, unit, delegation, role, token ON delegate BEGIN
    UPDATE meeting SET revision = revision + 1 WHERE id = new.meeting_id;
END;
CREATE TRIGGER delegate_removed AFTER DELETE ON delegate BEGIN
    UPDATE meeting SET revision = revision + 1 WHERE id = old.meeting_id;
END;
CREATE TRIGGER archived_attendance_added BEFORE INSERT ON attendance_event
    WHEN (SELECT m.archived_at FROM delegate d JOIN meeting m ON m.id = d.meeting_id
          WHERE d.id = new.delegate_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'docket: archived meeting');
END;
)sql";

// Version 14: the item being discussed (on the projector, or set by `meeting current`), so that
// phones following the meeting move with it and a headless server knows it too. Any update of
// the meeting raises its revision (meeting_revised), which republishes its pages.
constexpr const char *kSchemaV14 = R"sql(
ALTER TABLE meeting ADD COLUMN current_item_id INTEGER REFERENCES agenda_item(id) ON DELETE SET NULL;
)sql";

// Version 15: feedback surveys, attached to a meeting or standing, with their own code. A
// response belongs to a device (a keyed hash of its cookie, never the cookie or an address)
// and keeps only its day; answering again replaces its answers. Questions are fixed once
// answers exist (the catalog refuses to change them then), so that tallies never mix two
// wordings; an archived meeting's surveys are read-only like the rest of it.
constexpr const char *kSchemaV15 = R"sql(
CREATE TABLE survey(
    id         INTEGER PRIMARY KEY,
    meeting_id INTEGER REFERENCES meeting(id) ON DELETE CASCADE,
    code       TEXT NOT NULL UNIQUE,
    title      TEXT NOT NULL CHECK (title <> ''),
    intro      TEXT NOT NULL DEFAULT '',
    language   TEXT NOT NULL DEFAULT 'vi',
    state      TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'open', 'closed')),
    created_at TEXT NOT NULL,
    revision   INTEGER NOT NULL DEFAULT 0);
CREATE TABLE survey_question(
    id        INTEGER PRIMARY KEY,
    survey_id INTEGER NOT NULL REFERENCES survey(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    kind      TEXT NOT NULL
              CHECK (kind IN ('section', 'rating', 'single', 'multi', 'text', 'longtext')),
    text      TEXT NOT NULL,
    help      TEXT NOT NULL DEFAULT '',
    options   TEXT NOT NULL DEFAULT '[]',
    required  INTEGER NOT NULL DEFAULT 0);
CREATE INDEX survey_question_order ON survey_question(survey_id, position);
CREATE TABLE survey_response(
    id         INTEGER PRIMARY KEY,
    survey_id  INTEGER NOT NULL REFERENCES survey(id) ON DELETE CASCADE,
    respondent TEXT NOT NULL,
    day        TEXT NOT NULL,
    UNIQUE (survey_id, respondent));
CREATE TABLE survey_answer(
    response_id INTEGER NOT NULL REFERENCES survey_response(id) ON DELETE CASCADE,
    question_id INTEGER NOT NULL REFERENCES survey_question(id) ON DELETE CASCADE,
    choice      INTEGER,
    text        TEXT);
CREATE INDEX survey_answer_by_response ON survey_answer(response_id);
CREATE TRIGGER survey_revised AFTER UPDATE ON survey WHEN new.revision = old.revision BEGIN
    UPDATE survey SET revision = old.revision + 1 WHERE id = new.id;
END;
CREATE TRIGGER survey_question_added AFTER INSERT ON survey_question BEGIN
    UPDATE survey SET revision = revision + 1 WHERE id = new.survey_id;
END;
CREATE TRIGGER survey_question_changed AFTER UPDATE ON survey_question BEGIN
    UPDATE survey SET revision = revision + 1 WHERE id = new.survey_id;
END;
CREATE TRIGGER survey_question_removed AFTER DELETE ON survey_question BEGIN
    UPDATE survey SET revision = revision + 1 WHERE id = old.survey_id;
END;
CREATE TRIGGER archived_survey_added BEFORE INSERT ON survey
    WHEN (SELECT archived_at FROM meeting WHERE id = new.meeting_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'docket: archived meeting');
END;
CREATE TRIGGER archived_survey_changed BEFORE UPDATE ON survey
    WHEN (SELECT archived_at FROM meeting WHERE id = old.meeting_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'docket: archived meeting');
END;
CREATE TRIGGER archived_question_added BEFORE INSERT ON survey_question
    WHEN (SELECT m.archived_at FROM survey s JOIN meeting m ON m.id = s.meeting_id
          WHERE s.id = new.survey_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'docket: archived meeting');
END;
CREATE TRIGGER archived_question_changed BEFORE UPDATE ON survey_question
    WHEN (SELECT m.archived_at FROM survey s JOIN meeting m ON m.id = s.meeting_id
          WHERE s.id = old.survey_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'docket: archived meeting');
END;
CREATE TRIGGER archived_question_removed BEFORE DELETE ON survey_question
    WHEN (SELECT m.archived_at FROM survey s JOIN meeting m ON m.id = s.meeting_id
          WHERE s.id = old.survey_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'docket: archived meeting');
END;
CREATE TRIGGER archived_survey_removed BEFORE DELETE ON survey
    WHEN (SELECT archived_at FROM meeting WHERE id = old.meeting_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'docket: archived meeting');
END;
CREATE TRIGGER archived_response_removed BEFORE DELETE ON survey_response
    WHEN (SELECT m.archived_at FROM survey s JOIN meeting m ON m.id = s.meeting_id
          WHERE s.id = old.survey_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'docket: archived meeting');
END;
CREATE TRIGGER archived_response_added BEFORE INSERT ON survey_response
    WHEN (SELECT m.archived_at FROM survey s JOIN meeting m ON m.id = s.meeting_id
          WHERE s.id = new.survey_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'docket: archived meeting');
END;
)sql";

// 16: a meeting's survey may take one response per checked-in delegate (the badge's token,
// keyed, is the respondent) instead of one per phone.
constexpr const char *kSchemaV16 = R"sql(
ALTER TABLE survey ADD COLUMN per_delegate INTEGER NOT NULL DEFAULT 0
    CHECK (per_delegate IN (0, 1));
)sql";

} // namespace

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
    if (version < 10) {
        // A catalog set back to an earlier user_version by hand (as tests of the earlier steps
        // do) may have the column already: the step fills it all the same.
        const bool hasColumn = sql::Statement(m_db, "SELECT 1 FROM pragma_table_info('document') "
                                                    "WHERE name = 'current_since'")
                                   .step();
        if (!hasColumn)
            m_db.exec(kSchemaV10Column);
        m_db.exec(kSchemaV10);
    }
    // Likewise a catalog set back by hand from 11 or later has this step's tables already.
    if (version < 11 && !sql::Statement(m_db, "SELECT 1 FROM sqlite_master WHERE type = 'table' "
                                              "AND name = 'meeting_event'")
                             .step())
        m_db.exec(kSchemaV11);
    if (version < 12 && !sql::Statement(m_db, "SELECT 1 FROM sqlite_master WHERE type = 'table' "
                                              "AND name = 'page_search'")
                             .step())
        m_db.exec(kSchemaV12);
    if (version < 13 && !sql::Statement(m_db, "SELECT 1 FROM sqlite_master WHERE type = 'table' "
                                              "AND name = 'delegate'")
                             .step())
        m_db.exec(kSchemaV13);
    if (version < 14 && !sql::Statement(m_db, "SELECT 1 FROM pragma_table_info('meeting') "
                                              "WHERE name = 'current_item_id'")
                             .step())
        m_db.exec(kSchemaV14);
    if (version < 15 && !sql::Statement(m_db, "SELECT 1 FROM sqlite_master WHERE type = 'table' "
                                              "AND name = 'survey'")
                             .step())
        m_db.exec(kSchemaV15);
    if (version < 16 && !sql::Statement(m_db, "SELECT 1 FROM pragma_table_info('survey') "
                                              "WHERE name = 'per_delegate'")
                             .step())
        m_db.exec(kSchemaV16);
    m_db.setUserVersion(kSchemaVersion);
    tx.commit();
}

} // namespace docket
