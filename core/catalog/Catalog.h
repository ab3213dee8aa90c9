// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/AccessCounts.h"
#include "catalog/ArchivedMeeting.h"
#include "catalog/OcrJobs.h"
#include "catalog/Sqlite.h"
#include "model/Model.h"
#include "model/Quorum.h"
#include "model/Survey.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

#include <memory>

class QTemporaryDir;

namespace docket {

// What import learnt about a file, ready to become a document's version.
struct NewDocument
{
    QString title;
    QString fileName;
    QString mimeType;
    std::int64_t size = 0;
    QString sha256;
    std::optional<int> pageCount;
    QList<QSizeF> pageSizes;
    QString pdfTitle;
    QString problem;
    QStringList pageTexts; // for search
};

// One page that matches a search, with where it is.
struct SearchHit
{
    Id meetingId = 0;
    QString meetingCode;
    QString meetingTitle;
    QDate meetingDate;
    int itemNumber = 0;
    Id itemId = 0;
    QString itemTitle;
    Id documentId = 0;
    QString documentTitle;
    Id versionId = 0;
    QString pdfSha256; // the PDF whose page this is (the version's, or its rendition's)
    // The matched words in the snippet, [start, end) inside the brackets: for the window, which
    // marks them its own way (a page's own brackets cannot be told from the marks).
    QList<std::pair<qsizetype, qsizetype>> snippetMarks;
    bool currentVersion = true;
    int page = 0;    // 1-based
    QString snippet; // the words around the match; matched words between [ and ]
    bool recognised = false;
};

// Only the meetings of one year (of their date; 0: any) or in one state.
struct SearchFilter
{
    int year = 0;
    std::optional<MeetingState> state;
};

struct DocumentStats
{
    Id documentId = 0;
    int itemNumber = 0;
    QString title;
    QString fileName;
    int devices = 0;           // distinct phones that fetched any part of it
    int requests = 0;          // requests that carried bytes (PDF viewers fetch in pieces)
    int completeDownloads = 0; // whole file, start to end, in one request
    std::int64_t bytesSent = 0;
    QDateTime firstSeen; // of any version; invalid when nobody opened it
    QDateTime lastSeen;
};

// Where the catalog holds a given content (a proof of a file): one version of a document, or
// the PDF made from one for reading in the browser.
struct ContentUse
{
    bool rendition = false; // the bytes are the PDF rendition of the version, not the original
    Meeting meeting;
    int itemNumber = 0;
    QString itemTitle;
    Id documentId = 0;
    QString documentTitle;
    bool documentTrashed = false;
    Id versionId = 0;
    int versionNumber = 1; // 1 for the first added
    int versionCount = 1;
    QString fileName;
    QDateTime addedAt;
    QList<CurrentPeriod> periods; // when delegates got it; empty: never current
    bool currentNow = false;
    int devices = 0; // distinct phones that fetched any part of this version
    int requests = 0;
    int completeDownloads = 0;
    QDateTime firstSeen; // invalid when nobody fetched it
    QDateTime lastSeen;
};

// What SQLite's own checks found in a catalog file: sentences for people, each with SQLite's
// line in brackets.
struct CatalogCheck
{
    int schemaVersion = 0;
    int meetings = 0;
    QStringList problems;
    bool ok() const { return problems.isEmpty(); }
};

// A delegate taken off the roster, kept so that the removal can be undone: the stored row
// and the check-ins that went with it (Catalog::removeDelegate, restoreDelegate).
struct RemovedDelegate
{
    Delegate delegate;
    QStringList row;           // the delegate's columns as stored
    QList<QStringList> events; // at, kind, method, device: oldest first
};

// The single source of truth: one SQLite file (WAL, foreign keys on), migrated by
// PRAGMA user_version. Every mutation is one transaction and emits changed() after commit.
// Not thread-safe: one Catalog per thread (server threads never touch it).
class Catalog : public QObject
{
    Q_OBJECT
public:
    static constexpr int kSchemaVersion = 16;

    // Opens the catalog for writing when it can, else for reading only: on a read-only folder or
    // medium, or a disk too full even to read a WAL database normally, meetings can still be
    // listed and served (see access()). Throws CatalogError (Damaged) for a damaged file.
    explicit Catalog(const QString &databasePath, QObject *parent = nullptr);
    ~Catalog() override;

    QString path() const { return m_path; }
    int schemaVersion();

    enum class Access
    {
        Writable,
        ReadOnlyMedia, // the folder, the file or the medium refuses writes
        DiskFull       // read-only because the disk could not even hold SQLite's index file
    };
    Access access() const { return m_access; }
    bool isReadOnly() const { return m_access != Access::Writable; }
    // Why nothing can be changed, for the window and the CLI; empty when writable.
    QString accessNote() const;
    // What opening found and the user should hear once (a journal cut short...).
    QStringList openWarnings() const { return m_openWarnings; }

    // SQLite's integrity_check and foreign_key_check of this catalog.
    CatalogCheck check();
    // The same for any catalog file (a backup before it is restored), opened read-only.
    static CatalogCheck checkFile(const QString &path);
    // A consistent copy of the catalog at `databasePath` in the single file `target` (which
    // must not exist), through SQLite's online backup API on a connection of its own: safe on
    // any thread and while others write.
    static void backup(const QString &databasePath, const QString &target);
    // True while another program, or another Catalog of this one, has the catalog open.
    static bool inUse(const QString &databasePath);

    Meeting createMeeting(const QString &title, const QDate &date = {}, const QString &venue = {},
                          const QString &language = QStringLiteral("vi"));
    QList<Meeting> meetings();
    QList<Meeting> meetingsInState(MeetingState state);
    std::optional<Meeting> meeting(Id id);
    // MEETING on the command line: a numeric id or a delegate code (any case).
    std::optional<Meeting> findMeeting(const QString &idOrCode);
    void updateMeeting(const Meeting &meeting); // title, date, venue, language
    // Draft, open or closed; Archived is archiveMeeting(). Refused for an archived meeting.
    void setMeetingState(Id meetingId, MeetingState state);
    // Closes the meeting if it is not, then makes it read-only: the catalog refuses every edit
    // of it, its items, documents and versions (from any program) until it is reopened.
    void archiveMeeting(Id meetingId);
    // Explicit and recorded, with the reason given: the meeting is closed and editable again.
    void reopenMeeting(Id meetingId, const QString &reason = {});
    QList<MeetingEvent> meetingEvents(Id meetingId); // oldest first
    // What every refused edit of an archived meeting says, in the window and the CLI.
    static QString archivedRefusal();
    // Delegates must enter this PIN once per phone; an empty PIN removes it. Only a salted
    // PBKDF2 hash is stored; setting a new PIN logs every phone out.
    void setMeetingPin(Id meetingId, const QString &pin);
    // The item being discussed, by its number (nullopt: none), as the projector shows it:
    // phones that follow the meeting move to it. Throws docket::Error for a number that is not
    // on the agenda, or an archived meeting. Emits changed(): what phones are served moves.
    void setCurrentItem(Id meetingId, std::optional<int> number);
    std::optional<AgendaItem> currentItem(Id meetingId);
    void removeMeeting(Id meetingId);

    // The network delegates join, set per meeting; an empty name means "the venue default".
    WifiNetwork meetingWifi(Id meetingId);
    void setMeetingWifi(Id meetingId, const WifiNetwork &network);
    WifiNetwork venueWifi();
    void setVenueWifi(const WifiNetwork &network);
    // The meeting's own network, else the venue default (possibly empty).
    WifiNetwork effectiveWifi(Id meetingId);
    // Who issues the papers, for the agenda sheet's official header; kept for the library.
    // Throws docket::Error for a name longer than four lines or 300 characters.
    Letterhead letterhead();
    void setLetterhead(const Letterhead &letterhead);
    // Where the meeting's static copy is published (delegateurl::normalizePublicBase), for codes
    // that work at home too; empty: none. Throws docket::Error for an address that is not one.
    QString publicUrl(Id meetingId);
    void setPublicUrl(Id meetingId, const QString &url);

    AgendaItem addItem(Id meetingId, const QString &title, const QString &presenter = {});
    QList<AgendaItem> items(Id meetingId);
    std::optional<AgendaItem> item(Id itemId);
    std::optional<AgendaItem> itemByNumber(Id meetingId, int number);
    void updateItem(Id itemId, const QString &title, const QString &presenter);
    // Moves an item to a new 1-based place; the others shift to keep the numbering dense.
    void moveItem(Id itemId, int newNumber);
    void removeItem(Id itemId);

    Document addDocument(Id itemId, const NewDocument &doc);
    // All or nothing: one transaction for the whole batch.
    QList<Document> addDocuments(Id itemId, const QList<NewDocument> &docs);
    // Several items' documents at once, new items made on the way, in one transaction: a folder
    // dropped on the agenda arrives whole or not at all. New items go at the end, in order.
    struct Addition
    {
        std::optional<Id> itemId; // an existing item, or
        QString newItemTitle;     // a new one
        QList<NewDocument> documents;
    };
    struct Added
    {
        QList<AgendaItem> newItems;
        QList<Document> documents;
    };
    Added addToAgenda(Id meetingId, const QList<Addition> &additions);
    QList<Document> documents(Id itemId);
    // Documents (in any meeting) whose current version has exactly these bytes: an import can
    // say "already there" instead of adding the same file twice.
    QList<Document> documentsWithContent(const QString &sha256);
    std::optional<Document> document(Id documentId);
    void renameDocument(Id documentId, const QString &title);
    // A new version behind the same document (its links and the item's QR code stay); the
    // earlier ones are kept. Throws docket::Error when the bytes are the current version's.
    Document replaceDocument(Id documentId, const NewDocument &doc);
    QList<DocumentVersion> versions(Id documentId); // newest first
    std::optional<DocumentVersion> version(Id versionId);
    // Makes an earlier (or later) version the one delegates get.
    void makeVersionCurrent(Id documentId, Id versionId);
    // Records `pdf` (already stored and inspected) as the readable rendition of a version;
    // its page texts go into search under that version.
    void setRendition(Id versionId, const NewDocument &pdf);

    // The archive bundle (CatalogImport.cpp): all a bundle keeps of a meeting, read at one
    // moment; and such a meeting recorded as a new archived one, in one transaction, its code
    // kept when free (else a new one: see the returned meeting). Every blob it names must be
    // stored already.
    ArchivedMeeting archivedMeeting(Id meetingId);
    Meeting importArchivedMeeting(const ArchivedMeeting &archived, const QString &note = {});

    // Into the meeting's trash: delegates no longer see it, search no longer finds it, and it
    // can be restored until the trash is emptied. Its files stay until a clean-up.
    void removeDocument(Id documentId);
    QList<Document> trash(Id meetingId); // newest first
    void restoreDocument(Id documentId);
    int emptyTrash(Id meetingId); // removed for good; returns how many
    // Stored files no version of any document (trashed ones included) uses any more.
    QStringList unreferencedBlobs();
    void forgetBlob(const QString &sha256);

    // Adds the counts to the catalog's counters per phone and version, in one transaction;
    // emits accessRecorded(), not changed(): counts do not change what delegates are shown.
    void recordAccess(const QList<AccessCount> &counts);
    void recordAccess(const QList<AccessEvent> &events);
    QList<DocumentStats> documentStats(Id meetingId);
    // Every version (and rendition) whose bytes have this SHA-256, trashed documents included,
    // oldest meeting first. (CatalogProof.cpp)
    QList<ContentUse> contentUses(const QString &sha256);
    // Random per library, made on first use: device keys cannot be matched across libraries.
    QByteArray deviceSalt();
    // Signs the PIN cookies; random per library, made on first use.
    QByteArray cookieSecret();

    // Pages of every document version whose text holds all the words of `query` (the query
    // language of SearchQuery: words, "phrases", marks typed or not), current versions first,
    // then by bm25. Throws docket::Error for a query without a word.
    QList<SearchHit> search(const QString &query, int limit = 50, const SearchFilter &filter = {});
    // A version's text as search holds it, page by page (the first page first; an empty string
    // for a page without text), recognised pages' included.
    QStringList pageTexts(Id versionId);

    // Text recognition of scans (CatalogOcr.cpp; the runner is library/Ocr). A PDF page whose
    // text layer has fewer letters and digits than this is taken for a scan, as is a JPEG or
    // PNG document (one page). Recognised text is derived: archived meetings get it too.
    static constexpr int kOcrTextLayerLetters = 24;
    static int ocrLetterCount(const QString &text);
    // Of a version being added: how many pages recognition is for (0: none).
    static int ocrPagesNeeded(const NewDocument &doc);
    // Versions (of the meeting, or of every meeting) that were never looked at, such as those
    // of a catalog made before recognition, get their job: waiting when a page needs it, else
    // done. New versions get theirs as they are added. Returns how many became waiting.
    int queueOcr(std::optional<Id> meetingId = {});
    // Waiting jobs of documents not in the trash, current versions and the newest first.
    QList<OcrWork> waitingOcr(std::optional<Id> meetingId = {});
    // One transaction: the texts into search (ocr_page marks them), the job done, or failed
    // with the outcome's failures. False, recording nothing, when the job no longer waits (done
    // by another program meanwhile, or its version removed).
    bool recordOcr(Id versionId, const OcrOutcome &outcome);
    // Failed jobs wait again (after the cause was fixed); returns how many.
    int retryOcr(std::optional<Id> meetingId = {});
    OcrStatus ocrStatus(std::optional<Id> meetingId = {});
    QList<int> recognisedPages(Id versionId); // ascending

    // The hall (CatalogAttendance.cpp). A meeting's roster, by number.
    QList<Delegate> roster(Id meetingId);
    std::optional<Delegate> delegate(Id delegateId);
    // The delegate whose card carries this token (any case; Crockford's look-alikes read as
    // digits), in whichever meeting.
    std::optional<Delegate> delegateByToken(const QString &token);
    std::optional<Delegate> delegateByNumber(Id meetingId, int number);
    // All or nothing, in order, each with a new card token; number 0 takes the lowest free one.
    // Throws docket::Error for a number already taken or a delegate without a name.
    QList<Delegate> addDelegates(Id meetingId, const QList<NewDelegate> &delegates);
    Delegate addDelegate(Id meetingId, const NewDelegate &delegate);
    void updateDelegate(const Delegate &delegate); // number, name, unit, delegation, role, phone
    // With their check-ins; returns what restoreDelegate needs to undo it.
    RemovedDelegate removeDelegate(Id delegateId);
    // Undoes removeDelegate: the same number, badge and record. Throws docket::Error when the
    // number was given to someone else meanwhile.
    // Returns the delegate's id: theirs, or a new one when SQLite gave theirs to another since.
    Id restoreDelegate(const RemovedDelegate &removed);
    struct CheckIn
    {
        Delegate delegate;
        bool already = false; // was present already: nothing changed
    };
    // Idempotent: a delegate present now stays as they were (their first check-in kept); one
    // checked out is present again. Each change is in the record with how it came.
    CheckIn checkIn(Id delegateId, CheckInMethod method, const QString &device = {});
    // The server's check-ins (badges scanned), in one transaction, each as checkIn() would;
    // delegates removed meanwhile are passed over. Returns how many became present.
    int recordCheckIns(const QList<CheckInEvent> &events);
    // False when the delegate was not present.
    bool checkOut(Id delegateId, CheckInMethod method, const QString &device = {});
    QuorumRule quorumRule(Id meetingId);
    void setQuorumRule(Id meetingId, const QuorumRule &rule);

    // Feedback surveys (CatalogSurveys.cpp), each with its own delegate code. `draft` gives
    // the title, intro, language and questions (a template's, or none); the survey starts as a
    // draft. meetingId 0: a standing survey.
    Survey createSurvey(Id meetingId, const Survey &draft);
    QList<Survey> surveys(std::optional<Id> meetingId = {}); // with their questions; newest first
    std::optional<Survey> survey(Id surveyId);
    std::optional<Survey> findSurvey(const QString &idOrCode);
    QList<Survey> surveysInState(SurveyState state);
    void updateSurvey(const Survey &survey); // title, intro, language
    void setSurveyState(Id surveyId, SurveyState state);
    // One response per checked-in delegate, or per phone. Refused for a standing survey (no
    // roster) and once responses exist (who counts as one respondent would change under them).
    void setSurveyPerDelegate(Id surveyId, bool perDelegate);
    void removeSurvey(Id surveyId); // and its answers
    // Questions are fixed once a response exists: these throw docket::Error then (a copy of the
    // survey, made with createSurvey, can be changed). `number` 0 adds at the end.
    SurveyQuestion addQuestion(Id surveyId, const SurveyQuestion &question, int number = 0);
    void updateQuestion(const SurveyQuestion &question);
    void moveQuestion(Id questionId, int number);
    void removeQuestion(Id questionId);
    // The server's answers, in one transaction: a device that answered already has its answers
    // replaced (its first day kept); answers to a survey that is no longer open are dropped.
    // Returns how many new responses there are.
    int recordSurveyResponses(const QList<SurveySubmission> &submissions);
    QList<SurveyResponse> surveyResponses(Id surveyId); // oldest first
    int surveyResponseCount(Id surveyId);

    // Every stored file the catalog knows, with its size; and who uses one, for reports.
    QList<std::pair<QString, std::int64_t>> blobs();
    QStringList blobUsers(const QString &sha256);

    QString setting(const QString &key);
    void setSetting(const QString &key, const QString &value);
    // For what is only remembered for next time (the address announced, the port): kept for
    // this process alone when the catalog cannot take it (read-only, disk full); when another
    // program keeps it busy, written on a later call or when the catalog closes. Throws only
    // for a damaged catalog or an error of Docket's own.
    void rememberSetting(const QString &key, const QString &value);

    // Runs `read` with every query inside seeing the catalog as of one moment, even while
    // another process commits (used to build what the server publishes).
    template <typename Read> auto consistently(Read &&read)
    {
        sql::ReadTransaction tx(m_db);
        return read();
    }

    // Moves whenever another connection (another docket process) committed a change.
    std::int64_t externalChangeStamp() { return m_db.dataVersion(); }

Q_SIGNALS:
    void changed();
    void accessRecorded();
    // A check-in, a check-out or the quorum rule: not changed(), which rebuilds what delegates
    // are served, for what only the hall's count shows.
    void attendanceChanged(Id meetingId);
    // New or changed answers of a survey: not changed(), nothing served moves with them.
    void surveyAnswered(Id surveyId);
    // After the change was committed: a moment worth a backup.
    void meetingStateChanged(Id meetingId, MeetingState state);

private:
    void inspectJournal();
    void openBest();
    void finishOpening();
    void openCopy();
    void configure();
    void migrate();
    // Moves committed pages from the WAL into the database file, without waiting for anyone:
    // when a meeting opens or closes and when the catalog closes, so that a copy of
    // catalog.sqlite alone, or a WAL that is later lost, loses as little as possible. (Not after
    // every import: its fsync would cost the window's thread 10-20 ms each time.)
    void checkpoint();
    void announceStateChange(Id meetingId, MeetingState state);
    void renumberItems(Id meetingId, const QList<Id> &orderedIds);
    bool checkInLocked(Id delegateId, const QString &at, CheckInMethod method,
                       const QString &device);
    QList<Id> itemIds(Id meetingId);
    Id insertDocument(Id itemId, const NewDocument &doc);
    Id insertVersion(Id documentId, const NewDocument &doc, const QString &now);
    QByteArray librarySecret(const QString &key);
    void saveRememberedSettings();
    static Meeting readMeeting(const sql::Statement &s);
    static AgendaItem readItem(const sql::Statement &s);
    static Document readDocument(const sql::Statement &s);

    QString m_path;
    QString m_openKey; // this catalog in the registry of open ones, fixed when it was opened
    sql::Database m_db;
    Access m_access = Access::Writable;
    QStringList m_openWarnings;
    bool m_resetJournal = false;
    std::unique_ptr<QTemporaryDir> m_copy; // a read-only catalog that had to be copied to be read
    QHash<QString, QString> m_settingOverlay; // settings this process could not store
    QStringList m_unsavedSettings; // of those, the ones a busy catalog refused: tried again
};

} // namespace docket
