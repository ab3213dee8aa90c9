// SPDX-License-Identifier: GPL-3.0-or-later
// Text recognition of scanned pages: the jobs (ocr_job), the pages whose text came from
// recognition (ocr_page), and their text in search (page_text). The recognising itself is
// library/Ocr's, in children.
#include "catalog/Catalog.h"
#include "catalog/CatalogRows.h"
#include "util/Error.h"

#include <QHash>

#include <algorithm>

namespace docket {

using namespace catalogrows;

namespace {

// Inspector::kMaxTextPages: no text is kept for later pages, so none is recognised either.
constexpr int kMaxOcrPages = 2000;

bool isOcrImage(const QString &mimeType)
{
    return mimeType == u"image/jpeg" || mimeType == u"image/png";
}

bool isOcrPdf(const QString &mimeType, std::optional<int> pageCount)
{
    return mimeType == u"application/pdf" && pageCount.value_or(0) > 0;
}

void insertJob(sql::Database &db, Id versionId, int pages)
{
    sql::Statement job(db, "INSERT OR IGNORE INTO ocr_job(version_id, state, pages, updated_at) "
                           "VALUES (?, ?, ?, ?)");
    job.bind(1, versionId)
        .bind(2, pages > 0 ? QStringLiteral("waiting") : QStringLiteral("done"))
        .bind(3, pages)
        .bind(4, nowText())
        .run();
}

// The meeting a query is about, or every meeting: `?1 IS NULL OR i.meeting_id = ?1`.
constexpr const char *kScope = "(?1 IS NULL OR i.meeting_id = ?1)";

QByteArray scoped(const char *sql)
{
    return QByteArray(sql).replace("$SCOPE", kScope);
}

QString pageList(const QList<int> &pages)
{
    QStringList numbers;
    for (const int page : pages)
        numbers << QString::number(page);
    return numbers.join(u',');
}

} // namespace

int Catalog::ocrLetterCount(const QString &text)
{
    return static_cast<int>(
        std::count_if(text.cbegin(), text.cend(), [](QChar c) { return c.isLetterOrNumber(); }));
}

int Catalog::ocrPagesNeeded(const NewDocument &doc)
{
    if (isOcrImage(doc.mimeType))
        return 1;
    if (!isOcrPdf(doc.mimeType, doc.pageCount))
        return 0;
    const int pages = std::min(*doc.pageCount, kMaxOcrPages);
    // Without any page text (a version recorded from elsewhere) every page is for recognition;
    // with fewer texts than pages, inspection stopped at its bound on text: the rest had text.
    if (doc.pageTexts.isEmpty())
        return pages;
    int needed = 0;
    for (qsizetype i = 0; i < std::min<qsizetype>(pages, doc.pageTexts.size()); ++i)
        if (ocrLetterCount(doc.pageTexts[i]) < kOcrTextLayerLetters)
            ++needed;
    return needed;
}

void catalogrows::queueOcrOnAdding(sql::Database &db, Id versionId, const NewDocument &doc)
{
    if (isOcrImage(doc.mimeType) || isOcrPdf(doc.mimeType, doc.pageCount))
        insertJob(db, versionId, Catalog::ocrPagesNeeded(doc));
}

int Catalog::queueOcr(std::optional<Id> meetingId)
{
    // Read first, without the write lock: the window asks after every change, and almost
    // always there is nothing to queue. The jobs go in with INSERT OR IGNORE, so another
    // program queueing the same versions meanwhile does no harm.
    // Office files have text (their rendition's); versions with a job were looked at already.
    sql::Statement unchecked(
        m_db, scoped("SELECT v.id, v.mime_type, v.page_count FROM document_version v "
                     "JOIN document d ON d.id = v.document_id "
                     "JOIN agenda_item i ON i.id = d.item_id "
                     "WHERE $SCOPE AND NOT EXISTS (SELECT 1 FROM ocr_job j WHERE j.version_id "
                     "= v.id) AND NOT EXISTS (SELECT 1 FROM rendition r WHERE r.version_id = "
                     "v.id) AND (v.mime_type IN ('image/jpeg', 'image/png') OR "
                     "(v.mime_type = 'application/pdf' AND v.page_count > 0))"));
    unchecked.bind(1, meetingId);
    struct Unchecked
    {
        QString mimeType;
        std::optional<int> pageCount;
    };
    QHash<Id, Unchecked> versions;
    while (unchecked.step()) {
        const auto pages = unchecked.optionalInt64(2);
        versions.insert(
            unchecked.int64(0),
            {unchecked.text(1), pages ? std::optional<int>(int(*pages)) : std::nullopt});
    }
    if (versions.isEmpty())
        return 0;
    // The pages that have text in search, version by version (page_text is indexed by version).
    QHash<Id, QHash<int, int>> letters; // version -> page -> letters
    sql::Statement texts(m_db, "SELECT page, original FROM page_text WHERE version_id = ?");
    for (auto it = versions.cbegin(); it != versions.cend(); ++it) {
        texts.bind(1, it.key());
        while (texts.step())
            letters[it.key()][texts.int32(0)] = ocrLetterCount(texts.text(1));
        texts.reset();
    }
    int waiting = 0;
    sql::Transaction tx(m_db);
    for (auto it = versions.cbegin(); it != versions.cend(); ++it) {
        int pages = 1;
        if (!isOcrImage(it->mimeType)) {
            pages = 0;
            const QHash<int, int> &known = letters[it.key()];
            for (int page = 1; page <= std::min(*it->pageCount, kMaxOcrPages); ++page)
                if (known.value(page, 0) < kOcrTextLayerLetters)
                    ++pages;
        }
        insertJob(m_db, it.key(), pages);
        if (pages > 0)
            ++waiting;
    }
    tx.commit();
    Q_EMIT changed();
    return waiting;
}

QList<OcrWork> Catalog::waitingOcr(std::optional<Id> meetingId)
{
    sql::Statement s(m_db, scoped("SELECT v.id, m.id, m.title, d.title, v.blob_sha256, "
                                  "v.mime_type, coalesce(v.page_count, 1), j.pages, "
                                  "(SELECT group_concat(o.page) FROM ocr_page o "
                                  "WHERE o.version_id = v.id) "
                                  "FROM ocr_job j JOIN document_version v ON v.id = j.version_id "
                                  "JOIN document d ON d.id = v.document_id "
                                  "JOIN agenda_item i ON i.id = d.item_id "
                                  "JOIN meeting m ON m.id = i.meeting_id "
                                  "WHERE j.state = 'waiting' AND d.trashed_at IS NULL AND $SCOPE "
                                  "ORDER BY v.id = d.current_version_id DESC, v.id DESC"));
    s.bind(1, meetingId);
    QList<OcrWork> work;
    while (s.step()) {
        OcrWork w;
        w.versionId = s.int64(0);
        w.meetingId = s.int64(1);
        w.meetingTitle = s.text(2);
        w.documentTitle = s.text(3);
        w.sha256 = s.text(4);
        w.mimeType = s.text(5);
        w.pageCount = std::max(1, s.int32(6));
        w.pages = s.int32(7);
        for (const QString &page : s.text(8).split(u',', Qt::SkipEmptyParts))
            w.recognised << page.toInt();
        work << w;
    }
    return work;
}

bool Catalog::recordOcr(Id versionId, const OcrOutcome &outcome)
{
    sql::Transaction tx(m_db);
    sql::Statement job(m_db, "SELECT 1 FROM ocr_job WHERE version_id = ? AND state = 'waiting'");
    if (!job.bind(1, versionId).step())
        return false;
    QList<int> replaced;
    for (const OcrPageText &page : outcome.pages)
        if (page.replacesTextLayer)
            replaced << page.page;
    if (!replaced.isEmpty()) {
        // The numbers are ours: nothing but digits and commas in the statement.
        sql::Statement old(m_db, QByteArray("DELETE FROM page_text WHERE version_id = ? AND "
                                            "page IN (") +
                                     pageList(replaced).toLatin1() + ')');
        old.bind(1, versionId).run();
    }
    sql::Statement text(m_db, "INSERT INTO page_text(original, version_id, page) VALUES (?, ?, ?)");
    sql::Statement mark(m_db, "INSERT OR IGNORE INTO ocr_page(version_id, page) VALUES (?, ?)");
    for (const OcrPageText &page : outcome.pages) {
        if (page.text.trimmed().isEmpty())
            continue;
        mark.bind(1, versionId).bind(2, page.page).run();
        mark.reset();
        if (m_db.changes() == 0)
            continue; // its recognised text is in search already
        text.bind(1, page.text).bind(2, versionId).bind(3, page.page).run();
        text.reset();
    }
    // Its pages: at least those read now (a retry reads only the ones that failed).
    sql::Statement done(m_db, "UPDATE ocr_job SET state = ?, pages = max(pages, ?), detail = ?, "
                              "updated_at = ? WHERE version_id = ?");
    done.bind(1, outcome.failures.isEmpty() ? QStringLiteral("done") : QStringLiteral("failed"))
        .bind(2, outcome.pagesTried)
        .bind(3, orEmpty(outcome.failures.join(u'\n')))
        .bind(4, nowText())
        .bind(5, versionId)
        .run();
    tx.commit();
    Q_EMIT changed();
    return true;
}

int Catalog::retryOcr(std::optional<Id> meetingId)
{
    sql::Transaction tx(m_db);
    sql::Statement s(m_db, scoped("UPDATE ocr_job SET state = 'waiting', detail = '', "
                                  "updated_at = ?2 WHERE state = 'failed' AND version_id IN "
                                  "(SELECT v.id FROM document_version v "
                                  "JOIN document d ON d.id = v.document_id "
                                  "JOIN agenda_item i ON i.id = d.item_id WHERE $SCOPE)"));
    s.bind(1, meetingId).bind(2, nowText()).run();
    const int count = m_db.changes();
    tx.commit();
    if (count > 0)
        Q_EMIT changed();
    return count;
}

OcrStatus Catalog::ocrStatus(std::optional<Id> meetingId)
{
    sql::ReadTransaction tx(m_db);
    OcrStatus status;
    sql::Statement jobs(m_db, scoped("SELECT j.state, count(*), coalesce(sum(j.pages), 0) "
                                     "FROM ocr_job j JOIN document_version v ON v.id = "
                                     "j.version_id JOIN document d ON d.id = v.document_id "
                                     "JOIN agenda_item i ON i.id = d.item_id "
                                     "WHERE d.trashed_at IS NULL AND j.pages > 0 AND $SCOPE "
                                     "GROUP BY j.state"));
    jobs.bind(1, meetingId);
    while (jobs.step()) {
        const QString state = jobs.text(0);
        if (state == u"waiting") {
            status.waitingDocuments = jobs.int32(1);
            status.waitingPages = jobs.int32(2);
        } else if (state == u"done") {
            status.doneDocuments = jobs.int32(1);
        } else {
            status.failedDocuments = jobs.int32(1);
        }
    }
    sql::Statement pages(m_db, scoped("SELECT count(*) FROM ocr_page o "
                                      "JOIN document_version v ON v.id = o.version_id "
                                      "JOIN document d ON d.id = v.document_id "
                                      "JOIN agenda_item i ON i.id = d.item_id "
                                      "WHERE d.trashed_at IS NULL AND $SCOPE"));
    pages.bind(1, meetingId);
    if (pages.step())
        status.recognisedPages = pages.int32(0);
    sql::Statement failed(m_db, scoped("SELECT d.title, j.detail FROM ocr_job j "
                                       "JOIN document_version v ON v.id = j.version_id "
                                       "JOIN document d ON d.id = v.document_id "
                                       "JOIN agenda_item i ON i.id = d.item_id "
                                       "WHERE j.state = 'failed' AND d.trashed_at IS NULL AND "
                                       "$SCOPE ORDER BY i.position, d.position, v.id"));
    failed.bind(1, meetingId);
    while (failed.step())
        for (const QString &line : failed.text(1).split(u'\n', Qt::SkipEmptyParts))
            status.failures << tr("“%1”: %2").arg(failed.text(0), line);
    return status;
}

QList<int> Catalog::recognisedPages(Id versionId)
{
    sql::Statement s(m_db, "SELECT page FROM ocr_page WHERE version_id = ? ORDER BY page");
    s.bind(1, versionId);
    QList<int> pages;
    while (s.step())
        pages << s.int32(0);
    return pages;
}

} // namespace docket
