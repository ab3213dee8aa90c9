// SPDX-License-Identifier: GPL-3.0-or-later
// Finding any past document by its words: the text of every PDF page goes into an SQLite FTS5
// index at import, where case and Vietnamese marks do not matter ("hoi nghi doan" finds
// "Hội nghị Đoàn"). Real PDFs written with QPdfWriter, a real catalog file.
#include "library/Library.h"
#include "support/TempLibrary.h"
#include "support/TestPdf.h"
#include "util/Error.h"

#include <catch2/catch.hpp>

using namespace docket;
using namespace testsupport;

namespace {

struct Archive
{
    TempLibrary lib;
    Meeting first;
    Meeting second;
    Document resolution;
    Document budget;

    Archive()
    {
        Catalog &catalog = lib.catalog();
        first = catalog.createMeeting(QStringLiteral("Hội nghị Ban Chấp hành lần 5"));
        second = catalog.createMeeting(QStringLiteral("Hội nghị tổng kết"));
        const AgendaItem a = catalog.addItem(first.id, QStringLiteral("Nghị quyết"));
        const AgendaItem b = catalog.addItem(second.id, QStringLiteral("Tài chính"));
        const QString one = lib.sourcePath(QStringLiteral("Nghị quyết.pdf"));
        writePdf(one, 3, QStringLiteral("Nghị quyết"),
                 QStringLiteral("Nghị quyết Đại hội Đoàn các cấp; đồng chí Bí thư phát biểu."));
        resolution = lib.library().importDocument(a.id, one).document;
        const QString two = lib.sourcePath(QStringLiteral("Dự toán.pdf"));
        writePdf(two, 2, QStringLiteral("Dự toán"),
                 QStringLiteral("Dự toán ngân sách năm 2027 của Đoàn trường."));
        budget = lib.library().importDocument(b.id, two).document;
    }

    QList<SearchHit> search(const QString &query) { return lib.catalog().search(query, 100); }
};

QSet<Id> documentsOf(const QList<SearchHit> &hits)
{
    QSet<Id> ids;
    for (const SearchHit &hit : hits)
        ids.insert(hit.documentId);
    return ids;
}

} // namespace

TEST_CASE("Search ignores case and Vietnamese marks, đ included", "[search]")
{
    Archive archive;
    const QList<SearchHit> hits = archive.search(QStringLiteral("hoi doan"));
    CHECK(documentsOf(hits) == QSet<Id>{archive.resolution.id});
    CHECK(hits.size() == 3); // the words are on each of its three pages
    for (const SearchHit &hit : hits) {
        CHECK(hit.meetingCode == archive.first.code);
        CHECK(hit.itemNumber == 1);
        CHECK(hit.documentTitle == QStringLiteral("Nghị quyết"));
        CHECK(hit.currentVersion);
        CHECK(hit.page >= 1);
        CHECK(hit.page <= 3);
        // Shown in the original letters, with the matches marked.
        CHECK(hit.snippet.contains(QStringLiteral("[hội]")));
        CHECK(hit.snippet.contains(QStringLiteral("[Đoàn]")));
    }
    // Both documents hold "Đoàn"; written with marks, without, in capitals.
    for (const QString &query : {QStringLiteral("doan"), QStringLiteral("Đoàn"),
                                 QStringLiteral("DOAN"), QStringLiteral("đoàn")})
        CHECK(documentsOf(archive.search(query)) ==
              QSet<Id>{archive.resolution.id, archive.budget.id});
    CHECK(documentsOf(archive.search(QStringLiteral("ngan sach 2027"))) ==
          QSet<Id>{archive.budget.id});
    CHECK(documentsOf(archive.search(QStringLiteral("dong chi bi thu"))) ==
          QSet<Id>{archive.resolution.id});
    // The last word as typed so far.
    CHECK(documentsOf(archive.search(QStringLiteral("ngan sa"))) == QSet<Id>{archive.budget.id});
    // All words must be on the page.
    CHECK(archive.search(QStringLiteral("ngan sach bi thu")).isEmpty());
    CHECK(archive.search(QStringLiteral("xyzzy")).isEmpty());
}

TEST_CASE("Search survives what people type", "[search]")
{
    Archive archive;
    CHECK_THROWS_AS(archive.search(QString()), Error);
    CHECK_THROWS_AS(archive.search(QStringLiteral("  ;,.!  ")), Error);
    // FTS5 syntax and SQL in the query are just words here.
    CHECK_NOTHROW(archive.search(QStringLiteral("\"doan\" OR NOT) -- '; DROP TABLE meeting")));
    CHECK(archive.lib.catalog().meetings().size() == 2);
    CHECK(documentsOf(archive.search(QStringLiteral("(doan*:"))).contains(archive.resolution.id));
}

TEST_CASE("Earlier versions are found after the current one, removed documents not at all",
          "[search]")
{
    Archive archive;
    const QString revised = archive.lib.sourcePath(QStringLiteral("Nghị quyết (sửa).pdf"));
    writePdf(revised, 1, QStringLiteral("Nghị quyết"),
             QStringLiteral("Nghị quyết sửa đổi về công tác thanh niên."));
    archive.lib.library().replaceDocument(archive.resolution.id, revised);

    const QList<SearchHit> hits = archive.search(QStringLiteral("nghi quyet"));
    REQUIRE(hits.size() == 4); // one page of the new version, three of the old
    CHECK(hits.first().currentVersion);
    CHECK(hits.first().page == 1);
    for (qsizetype i = 1; i < hits.size(); ++i)
        CHECK_FALSE(hits[i].currentVersion);
    CHECK(documentsOf(archive.search(QStringLiteral("thanh nien"))) ==
          QSet<Id>{archive.resolution.id});

    archive.lib.catalog().removeDocument(archive.resolution.id);
    CHECK(archive.search(QStringLiteral("nghi quyet")).isEmpty());
    CHECK(documentsOf(archive.search(QStringLiteral("doan"))) == QSet<Id>{archive.budget.id});

    // And the index is in the catalog file: found again after reopening.
    archive.lib.reopen();
    CHECK(documentsOf(archive.lib.catalog().search(QStringLiteral("ngan sach"))) ==
          QSet<Id>{archive.budget.id});
}

namespace {

// Documents of their own for the query language: one per text, each in its own meeting, so
// that filters and ranking can be told apart.
struct Texts
{
    TempLibrary lib;
    QHash<QString, Id> documents; // by name
    QHash<QString, Meeting> meetings;

    Id add(const QString &name, const QString &text, const QDate &date = {})
    {
        Catalog &catalog = lib.catalog();
        const Meeting meeting = catalog.createMeeting(QStringLiteral("Họp ") + name, date);
        const AgendaItem item = catalog.addItem(meeting.id, QStringLiteral("Nội dung"));
        const QString path = lib.sourcePath(name + QStringLiteral(".pdf"));
        writePdf(path, 1, name, text);
        const Id id = lib.library().importDocument(item.id, path).document.id;
        documents.insert(name, id);
        meetings.insert(name, meeting);
        return id;
    }
    QSet<Id> found(const QString &query, const SearchFilter &filter = {})
    {
        return documentsOf(lib.catalog().search(query, 100, filter));
    }
    QSet<Id> ids(const QStringList &names) const
    {
        QSet<Id> set;
        for (const QString &name : names)
            set.insert(documents.value(name));
        return set;
    }
};

} // namespace

TEST_CASE("Marks typed must match and marks not typed match any", "[search]")
{
    Texts texts;
    texts.add(QStringLiteral("exact"), QStringLiteral("Lễ kết nạp đoàn viên mới của chi đoàn"));
    texts.add(QStringLiteral("other"), QStringLiteral("Lễ kết nấp đoàn viên theo văn bản"));
    texts.add(QStringLiteral("acute"), QStringLiteral("Báo cáo két náp quỹ của ông Doãn"));
    texts.add(QStringLiteral("capitals"), QStringLiteral("BIÊN BẢN KẾT NẠP ĐOÀN VIÊN"));

    // Without marks: with or without them, any case.
    CHECK(texts.found(QStringLiteral("ket nap")) ==
          texts.ids({QStringLiteral("exact"), QStringLiteral("other"), QStringLiteral("acute"),
                     QStringLiteral("capitals")}));
    // With marks: exactly those marks, in any case (typed in capitals too).
    const QSet<Id> exactMarks = texts.ids({QStringLiteral("exact"), QStringLiteral("capitals")});
    CHECK(texts.found(QStringLiteral("kết nạp")) == exactMarks);
    CHECK(texts.found(QStringLiteral("KẾT NẠP")) == exactMarks);
    CHECK(texts.found(QStringLiteral("Kết Nạp")) == exactMarks);
    CHECK(
        texts.found(QStringLiteral("kết")) ==
        texts.ids({QStringLiteral("exact"), QStringLiteral("other"), QStringLiteral("capitals")}));
    CHECK(texts.found(QStringLiteral("két náp")) == texts.ids({QStringLiteral("acute")}));
    CHECK(texts.found(QStringLiteral("kết nấp")) == texts.ids({QStringLiteral("other")}));
    // Marks on one word, none on the other: each word by its own rule.
    CHECK(texts.found(QStringLiteral("ket nạp")) == exactMarks);
    // Đ is a marked letter: "doan" finds "đoàn" and "Doãn", "đoàn" only "đoàn", "đoan" none.
    CHECK(texts.found(QStringLiteral("doan")).size() == 4);
    CHECK(
        texts.found(QStringLiteral("đoàn")) ==
        texts.ids({QStringLiteral("exact"), QStringLiteral("other"), QStringLiteral("capitals")}));
    CHECK(texts.found(QStringLiteral("doãn")) == texts.ids({QStringLiteral("acute")}));
    CHECK(texts.found(QStringLiteral("đoan")).isEmpty());
    // The last word as a prefix, by the same rules.
    CHECK(texts.found(QStringLiteral("kết nạ")) == exactMarks);
    CHECK(texts.found(QStringLiteral("kết nấ")) == texts.ids({QStringLiteral("other")}));
    // Decomposed marks (as some PDFs and keyboards give them) are the same letters.
    const QString decomposed = QStringLiteral("kết nạp").normalized(QString::NormalizationForm_D);
    REQUIRE(decomposed.size() > 7);
    CHECK(texts.found(decomposed) == exactMarks);
}

TEST_CASE("Quoted phrases match words that follow one another", "[search]")
{
    Texts texts;
    texts.add(QStringLiteral("phrase"), QStringLiteral("Lễ kết nạp đoàn viên mới"));
    texts.add(QStringLiteral("apart"), QStringLiteral("Nạp hồ sơ trước khi kết thúc năm"));
    CHECK(texts.found(QStringLiteral("ket nap")) ==
          texts.ids({QStringLiteral("phrase"), QStringLiteral("apart")}));
    CHECK(texts.found(QStringLiteral("\"ket nap\"")) == texts.ids({QStringLiteral("phrase")}));
    CHECK(texts.found(QStringLiteral("\"kết nạp\" viên")) == texts.ids({QStringLiteral("phrase")}));
    CHECK(texts.found(QStringLiteral("\"nap ket\"")).isEmpty());
    CHECK(texts.found(QStringLiteral("\"kết nấp\"")).isEmpty());
    // A phrase still being typed: its last word as a prefix.
    CHECK(texts.found(QStringLiteral("\"ket na")) == texts.ids({QStringLiteral("phrase")}));
    // A closed phrase is complete: "ket na" is not "ket nap".
    CHECK(texts.found(QStringLiteral("\"ket na\"")).isEmpty());

    const QList<SearchHit> hits = texts.lib.catalog().search(QStringLiteral("\"kết nạp\" mới"));
    REQUIRE(hits.size() == 1);
    // The snippet marks the phrase as one, and says where the marks are.
    CHECK(hits[0].snippet.contains(QStringLiteral("Lễ [kết nạp] đoàn viên [mới]")));
    REQUIRE(hits[0].snippetMarks.size() == 2);
    const auto [from, to] = hits[0].snippetMarks[0];
    CHECK(hits[0].snippet.mid(from, to - from) == QStringLiteral("kết nạp"));
    CHECK(hits[0].snippet.at(from - 1) == u'[');
    CHECK(hits[0].snippet.at(to) == u']');
    CHECK(hits[0].meetingTitle == QStringLiteral("Họp phrase"));
    CHECK(hits[0].meetingId == texts.meetings.value(QStringLiteral("phrase")).id);
    CHECK_FALSE(hits[0].pdfSha256.isEmpty());
    CHECK_FALSE(hits[0].recognised);
}

TEST_CASE("A page with the word five times ranks above a page with it once", "[search]")
{
    Texts texts;
    // The one with it once first, so that the order of insertion cannot pass for ranking.
    texts.add(QStringLiteral("once"), QStringLiteral("Quỹ hỗ trợ đoàn viên khó khăn năm nay"));
    texts.add(QStringLiteral("five"), QStringLiteral("Quỹ quỹ quỹ hỗ trợ quỹ đoàn viên quỹ"));
    for (const QString &query :
         {QStringLiteral("quy"), QStringLiteral("quỹ"), QStringLiteral("quy doan vien")}) {
        const QList<SearchHit> hits = texts.lib.catalog().search(query);
        REQUIRE(hits.size() == 2);
        CHECK(hits[0].documentId == texts.documents.value(QStringLiteral("five")));
        CHECK(hits[1].documentId == texts.documents.value(QStringLiteral("once")));
    }
    // The limit counts hits after the marks are checked: one asked for, one given, the best.
    const QList<SearchHit> best = texts.lib.catalog().search(QStringLiteral("quỹ"), 1);
    REQUIRE(best.size() == 1);
    CHECK(best[0].documentId == texts.documents.value(QStringLiteral("five")));
}

TEST_CASE("Search filters by the year of the meeting and by its state", "[search]")
{
    Texts texts;
    texts.add(QStringLiteral("y2025"), QStringLiteral("Nghị quyết về công tác cán bộ"),
              QDate(2025, 11, 20));
    texts.add(QStringLiteral("y2026"), QStringLiteral("Nghị quyết về công tác thi đua"),
              QDate(2026, 3, 26));
    texts.add(QStringLiteral("undated"), QStringLiteral("Nghị quyết chưa có ngày"));
    Catalog &catalog = texts.lib.catalog();
    catalog.setMeetingState(texts.meetings.value(QStringLiteral("y2026")).id, MeetingState::Open);
    catalog.archiveMeeting(texts.meetings.value(QStringLiteral("y2025")).id);

    const QString query = QStringLiteral("nghi quyet");
    CHECK(texts.found(query).size() == 3);
    CHECK(texts.found(query, {2025, {}}) == texts.ids({QStringLiteral("y2025")}));
    CHECK(texts.found(query, {2026, {}}) == texts.ids({QStringLiteral("y2026")}));
    CHECK(texts.found(query, {2024, {}}).isEmpty());
    CHECK(texts.found(query, {0, MeetingState::Archived}) == texts.ids({QStringLiteral("y2025")}));
    CHECK(texts.found(query, {0, MeetingState::Open}) == texts.ids({QStringLiteral("y2026")}));
    CHECK(texts.found(query, {0, MeetingState::Draft}) == texts.ids({QStringLiteral("undated")}));
    CHECK(texts.found(query, {0, MeetingState::Closed}).isEmpty()); // archived is not closed
    CHECK(texts.found(query, {2026, MeetingState::Archived}).isEmpty());
    CHECK(texts.found(query, {2025, MeetingState::Archived}) ==
          texts.ids({QStringLiteral("y2025")}));

    const QList<SearchHit> hits = catalog.search(query, 10, {2026, {}});
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].meetingDate == QDate(2026, 3, 26));
    CHECK(hits[0].meetingTitle == QStringLiteral("Họp y2026"));
}

TEST_CASE("Pages whose text was recognised say so", "[search]")
{
    Texts texts;
    const Id id = texts.add(QStringLiteral("scan"), QStringLiteral("Công văn số 12 của huyện"));
    const Document document = *texts.lib.catalog().document(id);
    // What the OCR records for a page whose text it gave (schema v11's ocr_page).
    sql::Database db(texts.lib.folder() + QStringLiteral("/catalog.sqlite"));
    sql::Statement mark(db, "INSERT INTO ocr_page(version_id, page) VALUES (?, 1)");
    mark.bind(1, document.versionId).run();
    const QList<SearchHit> hits = texts.lib.catalog().search(QStringLiteral("cong van"));
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].recognised);
}

TEST_CASE("A word typed with marks is found on every page that has it among thousands with a "
          "look-alike",
          "[search]")
{
    Texts texts;
    texts.add(QStringLiteral("name"),
              QStringLiteral("Biên bản họp chi bộ ngày 12 tháng 3, do đồng chí Doãn Văn Thịnh "
                             "chủ trì, thư ký ghi chép đầy đủ các ý kiến phát biểu"));
    const Id many = texts.add(QStringLiteral("many"), QStringLiteral("đoàn đoàn"));
    // Pages that say "đoàn" often and little else, which bm25 ranks far above the one that
    // says "Doãn" once among many words: more of them than search ever looked through.
    {
        sql::Database db(texts.lib.folder() + QStringLiteral("/catalog.sqlite"));
        sql::Transaction tx(db);
        sql::Statement page(db, "INSERT INTO page_text(original, version_id, page) "
                                "SELECT 'Đoàn đoàn đoàn', current_version_id, ? FROM document "
                                "WHERE id = ?");
        for (int number = 2; number <= 4600; ++number) {
            page.bind(1, number).bind(2, many).run();
            page.reset();
        }
        tx.commit();
    }
    for (const QString &query : {QStringLiteral("Doãn"), QStringLiteral("doãn văn"),
                                 QStringLiteral("\"Doãn Văn\""), QStringLiteral("Doã")}) {
        const QList<SearchHit> hits = texts.lib.catalog().search(query, 100);
        REQUIRE(hits.size() == 1);
        CHECK(hits[0].documentId == texts.documents.value(QStringLiteral("name")));
        CHECK(hits[0].snippet.contains(QStringLiteral("[Doãn")));
    }
    // Without marks, all of them; the best ones say it most, with the fewest other words.
    const QList<SearchHit> hits = texts.lib.catalog().search(QStringLiteral("doan"), 100);
    REQUIRE(hits.size() == 100);
    CHECK(hits[0].documentId == many);
    CHECK(texts.lib.catalog().search(QStringLiteral("đoàn"), 5000).size() == 4600);
}

TEST_CASE("A catalog from before the search index of schema 12 keeps its text and finds it as "
          "typed",
          "[search]")
{
    Texts texts;
    texts.add(QStringLiteral("name"), QStringLiteral("Ý kiến của đồng chí Doãn về ngân sách"));
    texts.add(QStringLiteral("union"), QStringLiteral("Báo cáo của Đoàn trường về ngân sách"));
    const QString path = texts.lib.folder() + QStringLiteral("/catalog.sqlite");
    {
        // As schema 11 had it: one FTS5 table holding the text twice, đ folded by hand in
        // `body`; and a row whose version is gone, which schema 12 does not carry.
        sql::Database db(path);
        db.exec("CREATE TABLE kept AS SELECT version_id, page, original FROM page_text;"
                "DROP TRIGGER page_text_gone; DROP TRIGGER page_text_indexed;"
                "DROP TRIGGER page_text_unindexed; DROP TRIGGER page_text_reindexed;"
                "DROP TABLE page_search; DROP TABLE page_text;"
                "CREATE VIRTUAL TABLE page_text USING fts5(body, original UNINDEXED, "
                "version_id UNINDEXED, page UNINDEXED, "
                "tokenize = 'unicode61 remove_diacritics 2');"
                "INSERT INTO page_text(body, original, version_id, page) SELECT "
                "replace(replace(original, 'đ', 'd'), 'Đ', 'D'), original, version_id, page "
                "FROM kept;"
                "INSERT INTO page_text(body, original, version_id, page) "
                "VALUES ('Doan', 'Doãn', 999999, 1);"
                "CREATE TRIGGER page_text_gone AFTER DELETE ON document_version BEGIN "
                "DELETE FROM page_text WHERE version_id = old.id; END;"
                "DROP TABLE kept;");
        db.setUserVersion(11);
    }
    texts.lib.reopen();
    Catalog &catalog = texts.lib.catalog();
    CHECK(catalog.schemaVersion() == Catalog::kSchemaVersion);
    CHECK(texts.found(QStringLiteral("ngan sach")) ==
          texts.ids({QStringLiteral("name"), QStringLiteral("union")}));
    CHECK(texts.found(QStringLiteral("Doãn")) == texts.ids({QStringLiteral("name")}));
    CHECK(texts.found(QStringLiteral("đoàn")) == texts.ids({QStringLiteral("union")}));
    CHECK(texts.found(QStringLiteral("doan")).size() == 2);
    sql::Database db(path);
    {
        sql::Statement orphans(db, "SELECT count(*) FROM page_text WHERE version_id = 999999");
        REQUIRE(orphans.step());
        CHECK(orphans.int64(0) == 0);
    } // its read ends here: the next one sees the removal
    CHECK(catalog.check().ok());
    // And the index follows the text: a removed document's pages leave it.
    catalog.removeDocument(texts.documents.value(QStringLiteral("name")));
    CHECK(catalog.emptyTrash(texts.meetings.value(QStringLiteral("name")).id) == 1);
    sql::Statement indexed(db, "SELECT count(*) FROM page_search WHERE page_search MATCH 'doãn'");
    REQUIRE(indexed.step());
    CHECK(indexed.int64(0) == 0);
}

TEST_CASE("Docket's rank is FTS5's bm25 and follows the index when it changes", "[search]")
{
    Texts texts;
    texts.add(QStringLiteral("once"), QStringLiteral("Quỹ hỗ trợ đoàn viên khó khăn năm nay"));
    texts.add(QStringLiteral("five"), QStringLiteral("Quỹ quỹ quỹ hỗ trợ quỹ đoàn viên quỹ"));
    texts.add(QStringLiteral("long"), QStringLiteral("Báo cáo quỹ đoàn viên của chi đoàn trường "
                                                     "trung học phổ thông năm học 2025 2026"));
    sql::Database db(texts.lib.folder() + QStringLiteral("/catalog.sqlite"));
    const auto compare = [&](int expectedRows) {
        for (const char *expression : {"\"quy\"", "\"quy\" \"doan\" \"vi\"*", "\"quỹ\" \"đoàn\""}) {
            // Twice: the second time with the pages per phrase remembered.
            for (int round = 0; round < 2; ++round) {
                sql::Statement both(db, "SELECT docket_rank(page_search, ?1) < 0, "
                                        "abs(docket_rank(page_search, ?1) - bm25(page_search)) "
                                        "<= 1e-9 * abs(bm25(page_search)) "
                                        "FROM page_search WHERE page_search MATCH ?1");
                both.bind(1, QString::fromUtf8(expression));
                int rows = 0;
                while (both.step()) {
                    ++rows;
                    CHECK(both.int64(0) == 1);
                    CHECK(both.int64(1) == 1);
                }
                CHECK(rows == expectedRows);
            }
        }
    };
    compare(3);
    // A new page changes every page's idf and the average length: nothing remembered is used.
    texts.add(QStringLiteral("more"), QStringLiteral("Quỹ đoàn viên"));
    compare(4);
}
