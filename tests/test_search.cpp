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

TEST_CASE("Earlier versions are found after the current one; removed documents not at all",
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
