// SPDX-License-Identifier: GPL-3.0-or-later
#include "FuzzSite.h"

#include "catalog/Catalog.h"
#include "catalog/Sqlite.h"
#include "FuzzCheck.h"
#include "library/Library.h"
#include "server/HttpParsing.h"
#include "util/Error.h"
#include "util/Pin.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace docketfuzz {

namespace {

// A one-page PDF small enough to write by hand; Poppler repairs the missing xref table.
constexpr char kPdf[] = "%PDF-1.4\n"
                        "1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
                        "2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n"
                        "3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>> endobj\n"
                        "trailer <</Root 1 0 R>>\n"
                        "%%EOF\n";

QString g_folder; // removed at exit; a crash leaves it under $TMPDIR, which tools/fuzz/run empties
// Never destroyed: the snapshot's blob paths stay valid for the whole run.
docket::Library *g_library = nullptr;

void removeFolder()
{
    if (!g_folder.isEmpty())
        QDir(g_folder).removeRecursively();
}

QString writeSource(const QString &folder, const QString &name, const QByteArray &bytes)
{
    const QString path = folder + QLatin1Char('/') + name;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        fail("source file written", __FILE__, __LINE__, path.toUtf8());
    return path;
}

// Meeting codes, dates and PIN salts are random; the corpus needs them fixed, so they are
// rewritten in the catalog file itself, as another docket process could, before the snapshot
// is taken.
void pinCodesAndDates(const QString &catalogPath,
                      const QList<std::pair<docket::Id, QString>> &codes, docket::Id lockedId)
{
    docket::sql::Database db(catalogPath);
    const QByteArray salt = "00112233445566778899aabbccddeeff";
    docket::sql::Statement(db, "UPDATE meeting SET pin_salt = ?, pin_hash = ? WHERE id = ?")
        .bind(1, QString::fromLatin1(salt))
        .bind(2, QString::fromLatin1(docket::pin::hash(QString::fromLatin1(kPin), salt)))
        .bind(3, lockedId)
        .run();
    for (const auto &[id, code] : codes) {
        docket::sql::Statement s(db, "UPDATE meeting SET code = ? WHERE id = ?");
        s.bind(1, code).bind(2, id).run();
    }
    const QString addedAt =
        QDateTime::fromSecsSinceEpoch(kAddedAt, Qt::UTC).toString(Qt::ISODateWithMs);
    docket::sql::Statement(db, "UPDATE document_version SET added_at = ?").bind(1, addedAt).run();
}

std::unique_ptr<FuzzSite> build()
{
    if (!QCoreApplication::instance()) {
        static int argc = 1;
        static char name[] = "docket-fuzz";
        static char *argv[] = {name, nullptr};
        new QCoreApplication(argc, argv); // lives as long as the process
    }
    QTemporaryDir temp(QDir::tempPath() + QStringLiteral("/docket-fuzz-XXXXXX"));
    if (!temp.isValid())
        fail("temporary folder", __FILE__, __LINE__, temp.errorString().toUtf8());
    temp.setAutoRemove(false);
    g_folder = temp.path();
    std::atexit(removeFolder);
    const QString sources = g_folder + QStringLiteral("/sources");
    QDir().mkpath(sources);

    g_library = new docket::Library(g_folder + QStringLiteral("/library"));
    docket::Library *library = g_library;
    docket::Catalog &catalog = library->catalog();

    const docket::Meeting open =
        catalog.createMeeting(QStringLiteral("Hội nghị tổng kết công tác Đoàn 2026"),
                              QDate(2026, 11, 28), QStringLiteral("Hội trường A"));
    const docket::AgendaItem item1 = catalog.addItem(open.id, QStringLiteral("Báo cáo chính trị"),
                                                     QStringLiteral("Anh Nguyễn Văn Tuấn"));
    catalog.addItem(open.id, QStringLiteral("Thảo luận"));
    const docket::AgendaItem item3 = catalog.addItem(open.id, QStringLiteral("Biểu quyết"));
    QByteArray text;
    while (text.size() < 4096)
        text += QStringLiteral("Ghi chú của thư ký: 14 câu hỏi khảo sát. ").toUtf8();
    text.truncate(4096);
    library->importDocuments(
        item1.id,
        {writeSource(sources, QStringLiteral("Báo cáo tổng kết Đoàn 2026.pdf"), kPdf),
         writeSource(sources, QStringLiteral("Ghi chú.txt"), text),
         writeSource(sources, QStringLiteral("rỗng.txt"), QByteArray()),
         writeSource(sources, QStringLiteral("Tờ trình \"số 1\" 100% a\\b\tđ.txt"), "x")});
    library->importDocument(item3.id, writeSource(sources, QStringLiteral("bản sao.pdf"), kPdf));
    catalog.setMeetingState(open.id, docket::MeetingState::Open);

    docket::Meeting english = catalog.createMeeting(QStringLiteral("Annual review"));
    english.language = QStringLiteral("en");
    catalog.updateMeeting(english);
    const docket::AgendaItem englishItem = catalog.addItem(english.id, QStringLiteral("Report"));
    library->importDocument(englishItem.id,
                            writeSource(sources, QStringLiteral("report.txt"), "Annual report\n"));
    catalog.setMeetingState(english.id, docket::MeetingState::Open);

    const docket::Meeting locked = catalog.createMeeting(QStringLiteral("Họp kín"));
    const docket::AgendaItem lockedItem = catalog.addItem(locked.id, QStringLiteral("Nhân sự"));
    library->importDocument(
        lockedItem.id, writeSource(sources, QStringLiteral("danh sách.txt"), "confidential\n"));
    catalog.setMeetingPin(locked.id, QString::fromLatin1(kPin));
    catalog.setMeetingState(locked.id, docket::MeetingState::Open);
    catalog.setSetting(QStringLiteral("server.cookie_secret"),
                       QStringLiteral("f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0"));

    const docket::Meeting draft = catalog.createMeeting(QStringLiteral("Bản nháp"));
    const docket::AgendaItem draftItem = catalog.addItem(draft.id, QStringLiteral("Chưa công bố"));
    library->importDocument(draftItem.id,
                            writeSource(sources, QStringLiteral("nháp.txt"), "draft\n"));

    const docket::Meeting closed = catalog.createMeeting(QStringLiteral("Hội nghị đã kết thúc"));
    const docket::AgendaItem closedItem = catalog.addItem(closed.id, QStringLiteral("Lưu trữ"));
    library->importDocument(closedItem.id,
                            writeSource(sources, QStringLiteral("Biên bản.pdf"), kPdf));
    catalog.setMeetingState(closed.id, docket::MeetingState::Open);
    catalog.setMeetingState(closed.id, docket::MeetingState::Closed);

    pinCodesAndDates(catalog.path(),
                     {{open.id, QString::fromLatin1(kOpenCode)},
                      {english.id, QString::fromLatin1(kEnglishCode)},
                      {locked.id, QString::fromLatin1(kPinCode)},
                      {draft.id, QString::fromLatin1(kDraftCode)},
                      {closed.id, QString::fromLatin1(kClosedCode)}},
                     locked.id);
    FUZZ_CHECK(catalog.cookieSecret() == "f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0",
               "the cookie secret is pinned (setting server.cookie_secret)");

    auto site = std::make_unique<FuzzSite>();
    site->snapshot = docket::SiteSnapshot::build(catalog, library->store());

    // The seeds in tools/fuzz/run name these codes, items and document ids: stop at once if the
    // site is not what they expect rather than fuzz a corpus of 404s.
    const docket::SiteSnapshot &snapshot = *site->snapshot;
    const docket::SnapshotMeeting *m = snapshot.meeting(QString::fromLatin1(kOpenCode));
    const docket::SnapshotMeeting *e = snapshot.meeting(QString::fromLatin1(kEnglishCode));
    const docket::SnapshotMeeting *p = snapshot.meeting(QString::fromLatin1(kPinCode));
    FUZZ_CHECK(snapshot.meetings.size() == 3 && m && e && p, "the three open meetings");
    FUZZ_CHECK(p->hasPin() && !e->hasPin() && !m->hasPin() && p->items.size() == 1 &&
                   p->items[0].documents.size() == 1 && p->items[0].documents[0].id == 7,
               "the meeting behind a PIN");
    FUZZ_CHECK(m->items.size() == 3 && m->items[0].documents.size() == 4 &&
                   m->items[1].documents.empty() && m->items[2].documents.size() == 1 &&
                   e->items.size() == 1 && e->items[0].documents.size() == 1,
               "the agenda of the open meetings");
    FUZZ_CHECK(m->items[0].documents[0].id == 1 && m->items[2].documents[0].id == 5 &&
                   e->items[0].documents[0].id == 6,
               "document ids 1-4 (item 1), 5 (item 3), 6 (English meeting)");
    FUZZ_CHECK(m->items[0].documents[2].size == 0 && m->items[0].documents[3].size == 1,
               "an empty and a 1-byte document");
    for (const auto &[code, meeting] : snapshot.meetings) {
        for (const docket::SnapshotItem &item : meeting->items) {
            for (const docket::SnapshotDocument &doc : item.documents) {
                const QFileInfo info(doc.blobPath);
                FUZZ_CHECK(info.isFile() && info.size() == doc.size, doc.blobPath.toUtf8());
                FUZZ_CHECK(referenceHttpDate(doc.lastModified, CaseSensitive::Yes) == kAddedAt,
                           doc.lastModified);
                site->blobSizes.insert(doc.blobPath, doc.size);
            }
        }
    }
    std::fprintf(stderr,
                 "docket fuzz site: %s (vi) items 1-3 documents 1-5, %s (en) item 1 document 6, "
                 "%s (PIN %s) item 1 document 7, draft %s, closed %s, Last-Modified %s\n",
                 kOpenCode, kEnglishCode, kPinCode, kPin, kDraftCode, kClosedCode,
                 m->items[0].documents[0].lastModified.constData());
    return site;
}

} // namespace

const FuzzSite &fuzzSite()
{
    static const std::unique_ptr<FuzzSite> site = [] {
        try {
            return build();
        } catch (const docket::Error &error) {
            fail("fuzz site built", __FILE__, __LINE__, error.message().toUtf8());
        }
    }();
    return *site;
}

} // namespace docketfuzz
