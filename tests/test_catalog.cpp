// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/Catalog.h"
#include "catalog/Sqlite.h"
#include "model/MeetingCode.h"
#include "support/FakeDocument.h"
#include "support/TempLibrary.h"
#include "util/Error.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <catch2/catch.hpp>

using namespace docket;
using namespace Qt::StringLiterals;
using testsupport::TempFolder;

namespace {

QString catalogPath(const TempFolder &folder)
{
    return folder.filePath(QStringLiteral("catalog.sqlite"));
}

// A second connection, as another docket process would have.
std::int64_t count(const QString &path, const char *sql)
{
    sql::Database db(path);
    sql::Statement s(db, sql);
    REQUIRE(s.step());
    return s.int64(0);
}

NewDocument newDocument(const QString &name, char digit)
{
    return testsupport::fakeDocument(name, digit, 3);
}

QStringList itemTitles(Catalog &catalog, Id meetingId)
{
    QStringList titles;
    int expected = 1;
    for (const AgendaItem &item : catalog.items(meetingId)) {
        CHECK(item.number == expected++); // always dense, 1..n
        titles.append(item.title);
    }
    return titles;
}

} // namespace

TEST_CASE("Meetings get unique 8-character Crockford base32 codes", "[catalog]")
{
    const TempFolder folder;
    Catalog catalog(catalogPath(folder));
    const QRegularExpression crockford(QStringLiteral("^[0-9A-HJKMNP-TV-Z]{8}$"));
    QSet<QString> codes;
    for (int i = 0; i < 40; ++i) {
        const Meeting m = catalog.createMeeting(QStringLiteral("Hội nghị %1").arg(i));
        INFO(m.code.toStdString());
        CHECK(m.code.size() == meetingcode::kLength);
        CHECK(crockford.match(m.code).hasMatch());
        CHECK(m.state == MeetingState::Draft);
        CHECK(m.language == u"vi");
        codes.insert(m.code);
    }
    CHECK(codes.size() == 40);
    CHECK(catalog.meetings().size() == 40);
}

TEST_CASE("A meeting keeps its title date and venue trimmed", "[catalog]")
{
    const TempFolder folder;
    Catalog catalog(catalogPath(folder));
    const Meeting m = catalog.createMeeting(QStringLiteral("  Đại hội Đoàn  "), QDate(2026, 3, 26),
                                            QStringLiteral(" Hội trường A "));
    const auto stored = catalog.meeting(m.id);
    REQUIRE(stored);
    CHECK(stored->title == u"Đại hội Đoàn");
    CHECK(stored->date == QDate(2026, 3, 26));
    CHECK(stored->venue == u"Hội trường A");
    CHECK(stored->createdAt.isValid());
    CHECK_THROWS_AS(catalog.createMeeting(QStringLiteral("   ")), Error);
}

TEST_CASE("findMeeting takes an id or a code in any case with look-alike letters", "[catalog]")
{
    const TempFolder folder;
    Catalog catalog(catalogPath(folder));
    const Meeting first = catalog.createMeeting(QStringLiteral("First"));
    // Keep creating until a code holds both a 0 and a 1, to type them as O and I/L.
    Meeting m = first;
    for (int i = 0; i < 1000 && !(m.code.contains(u'0') && m.code.contains(u'1')); ++i)
        m = catalog.createMeeting(QStringLiteral("Meeting %1").arg(i));
    REQUIRE(m.code.contains(u'0'));
    REQUIRE(m.code.contains(u'1'));

    auto idOf = [&](const QString &text) {
        const auto found = catalog.findMeeting(text);
        return found ? found->id : Id{-1};
    };
    CHECK(idOf(QString::number(first.id)) == first.id);
    CHECK(idOf(QString::number(m.id)) == m.id);
    CHECK(idOf(m.code) == m.id);
    CHECK(idOf(m.code.toLower()) == m.id);
    CHECK(idOf(u"  " + m.code + u" ") == m.id);
    QString lookAlike = m.code;
    lookAlike.replace(u'0', u'O').replace(u'1', u'I');
    CHECK(idOf(lookAlike) == m.id);
    CHECK(idOf(lookAlike.toLower()) == m.id);
    QString withL = m.code;
    withL.replace(u'0', u'o').replace(u'1', u'l');
    CHECK(idOf(withL) == m.id);

    CHECK_FALSE(catalog.findMeeting(m.code.left(7)));
    CHECK_FALSE(catalog.findMeeting(m.code + u'0'));
    CHECK_FALSE(catalog.findMeeting(QStringLiteral("UUUUUUUU"))); // U is not Crockford
    CHECK_FALSE(catalog.findMeeting(QStringLiteral("ABCD-123")));
    CHECK_FALSE(catalog.findMeeting(QStringLiteral("999999")));
    CHECK_FALSE(catalog.findMeeting(QString()));
}

TEST_CASE("Meeting codes normalise like Crockford base32", "[catalog]")
{
    CHECK(meetingcode::normalize(u"abcdefgh") == u"ABCDEFGH");
    CHECK(meetingcode::normalize(u"oOiIlL01") == u"00111101");
    CHECK(meetingcode::normalize(u"ABCDEFGU").isEmpty());
    CHECK(meetingcode::normalize(u"ABCDEFG").isEmpty());
    CHECK(meetingcode::normalize(u"ABCDEFGHJ").isEmpty());
    CHECK(meetingcode::normalize(u"ABCD EFG").isEmpty());
    CHECK(meetingcode::normalize(u"ÀBCDEFGH").isEmpty());
    for (int i = 0; i < 100; ++i) {
        const QString code = meetingcode::generate();
        CHECK(meetingcode::normalize(code) == code);
    }
}

TEST_CASE("Agenda items are numbered 1 to n and stay dense", "[catalog]")
{
    const TempFolder folder;
    Catalog catalog(catalogPath(folder));
    const Meeting m = catalog.createMeeting(QStringLiteral("Agenda"));
    const Meeting other = catalog.createMeeting(QStringLiteral("Other"));
    QList<AgendaItem> added;
    for (const char *title : {"A", "B", "C", "D", "E"})
        added.append(catalog.addItem(m.id, QString::fromLatin1(title), QStringLiteral("Chị Lan")));
    for (int i = 0; i < added.size(); ++i)
        CHECK(added[i].number == i + 1);
    // Another meeting's numbering starts at 1 on its own.
    CHECK(catalog.addItem(other.id, QStringLiteral("X")).number == 1);
    CHECK(itemTitles(catalog, m.id) == QStringList{u"A"_s, u"B"_s, u"C"_s, u"D"_s, u"E"_s});

    SECTION("moving down and up renumbers the rest")
    {
        catalog.moveItem(added[0].id, 4); // A to the 4th place
        CHECK(itemTitles(catalog, m.id) == QStringList{u"B"_s, u"C"_s, u"D"_s, u"A"_s, u"E"_s});
        CHECK(catalog.item(added[0].id)->number == 4);
        catalog.moveItem(added[4].id, 1); // E to the top
        CHECK(itemTitles(catalog, m.id) == QStringList{u"E"_s, u"B"_s, u"C"_s, u"D"_s, u"A"_s});
        CHECK(catalog.itemByNumber(m.id, 1)->id == added[4].id);
        catalog.moveItem(added[2].id, 3); // to where it is: nothing changes
        CHECK(itemTitles(catalog, m.id) == QStringList{u"E"_s, u"B"_s, u"C"_s, u"D"_s, u"A"_s});
        CHECK_THROWS_AS(catalog.moveItem(added[1].id, 0), Error);
        CHECK_THROWS_AS(catalog.moveItem(added[1].id, 6), Error);
        CHECK_THROWS_AS(catalog.moveItem(999999, 1), Error);
        CHECK(itemTitles(catalog, m.id) == QStringList{u"E"_s, u"B"_s, u"C"_s, u"D"_s, u"A"_s});
    }
    SECTION("removing closes the gap")
    {
        catalog.removeItem(added[1].id);
        CHECK(itemTitles(catalog, m.id) == QStringList{u"A"_s, u"C"_s, u"D"_s, u"E"_s});
        CHECK_FALSE(catalog.item(added[1].id));
        CHECK(catalog.item(added[4].id)->number == 4);
        catalog.removeItem(added[0].id);
        CHECK(itemTitles(catalog, m.id) == QStringList{u"C"_s, u"D"_s, u"E"_s});
        CHECK_FALSE(catalog.itemByNumber(m.id, 4));
        CHECK_THROWS_AS(catalog.removeItem(added[0].id), Error);
        // A new item goes to the end of the dense numbering.
        CHECK(catalog.addItem(m.id, QStringLiteral("F")).number == 4);
    }
    SECTION("the other meeting is untouched")
    {
        catalog.moveItem(added[3].id, 1);
        catalog.removeItem(added[0].id);
        REQUIRE(catalog.items(other.id).size() == 1);
        CHECK(catalog.items(other.id).first().number == 1);
    }
}

TEST_CASE("updateItem changes title and presenter", "[catalog]")
{
    const TempFolder folder;
    Catalog catalog(catalogPath(folder));
    const Meeting m = catalog.createMeeting(QStringLiteral("Agenda"));
    const AgendaItem item = catalog.addItem(m.id, QStringLiteral("Khai mạc"));
    CHECK(item.presenter.isEmpty());
    catalog.updateItem(item.id, QStringLiteral(" Báo cáo chính trị "),
                       QStringLiteral(" Anh Tuấn "));
    const auto updated = catalog.item(item.id);
    REQUIRE(updated);
    CHECK(updated->title == u"Báo cáo chính trị");
    CHECK(updated->presenter == u"Anh Tuấn");
    CHECK(updated->number == 1);
    CHECK_THROWS_AS(catalog.updateItem(item.id, QStringLiteral(" "), QString()), Error);
    CHECK_THROWS_AS(catalog.updateItem(424242, QStringLiteral("X"), QString()), Error);
    CHECK(catalog.item(item.id)->title == u"Báo cáo chính trị");
    CHECK_THROWS_AS(catalog.addItem(m.id, QStringLiteral("  ")), Error);
    CHECK_THROWS_AS(catalog.addItem(424242, QStringLiteral("Orphan")), Error);
}

TEST_CASE("A batch of documents is recorded all or nothing", "[catalog]")
{
    const TempFolder folder;
    const QString path = catalogPath(folder);
    Catalog catalog(path);
    const Meeting m = catalog.createMeeting(QStringLiteral("Docs"));
    const AgendaItem item = catalog.addItem(m.id, QStringLiteral("Item"));

    NewDocument bad = newDocument(QStringLiteral("b.pdf"), 'b');
    bad.sha256 = QStringLiteral("not-a-digest");
    CHECK_THROWS_AS(catalog.addDocuments(item.id, {newDocument(QStringLiteral("a.pdf"), 'a'), bad,
                                                   newDocument(QStringLiteral("c.pdf"), 'c')}),
                    Error);
    CHECK(catalog.documents(item.id).isEmpty());
    CHECK(count(path, "SELECT count(*) FROM document") == 0);
    CHECK(count(path, "SELECT count(*) FROM document_version") == 0);
    CHECK(count(path, "SELECT count(*) FROM blob") == 0);

    const QList<Document> added =
        catalog.addDocuments(item.id, {newDocument(QStringLiteral("Báo cáo.pdf"), 'a'),
                                       newDocument(QStringLiteral("Phụ lục.pdf"), 'c')});
    REQUIRE(added.size() == 2);
    CHECK(added[0].title == u"Báo cáo.pdf"); // no title given: the file name
    CHECK(added[0].position == 1);
    CHECK(added[1].position == 2);
    CHECK(added[0].sha256 == QString(64, u'a'));
    CHECK(added[0].pageCount == std::optional<int>(3));
    CHECK(added[0].size == 1234);
    const QList<Document> listed = catalog.documents(item.id);
    REQUIRE(listed.size() == 2);
    CHECK(listed[0].id == added[0].id);
    CHECK(listed[1].fileName == u"Phụ lục.pdf");
    CHECK(count(path, "SELECT count(*) FROM blob") == 2);

    // A batch for an item that does not exist leaves nothing either.
    CHECK_THROWS_AS(catalog.addDocuments(424242, {newDocument(QStringLiteral("x.pdf"), 'd')}),
                    Error);
    CHECK(count(path, "SELECT count(*) FROM document") == 2);

    catalog.renameDocument(added[0].id, QStringLiteral("Báo cáo tổng kết"));
    CHECK(catalog.document(added[0].id)->title == u"Báo cáo tổng kết");
    catalog.removeDocument(added[1].id);
    CHECK(catalog.documents(item.id).size() == 1);
    CHECK_THROWS_AS(catalog.removeDocument(added[1].id), Error);
}

TEST_CASE("Settings are stored and overwritten", "[catalog]")
{
    const TempFolder folder;
    const QString path = catalogPath(folder);
    {
        Catalog catalog(path);
        CHECK(catalog.setting(QStringLiteral("server.port")).isEmpty());
        catalog.setSetting(QStringLiteral("server.port"), QStringLiteral("8080"));
        catalog.setSetting(QStringLiteral("server.port"), QStringLiteral("8081"));
        catalog.setSetting(QStringLiteral("venue"), QStringLiteral("Nhà văn hoá Thanh niên"));
        CHECK(catalog.setting(QStringLiteral("server.port")) == u"8081");
    }
    Catalog reopened(path);
    CHECK(reopened.setting(QStringLiteral("server.port")) == u"8081");
    CHECK(reopened.setting(QStringLiteral("venue")) == u"Nhà văn hoá Thanh niên");
    CHECK(count(path, "SELECT count(*) FROM setting") == 2);
}

TEST_CASE("The schema version is PRAGMA user_version", "[catalog]")
{
    const TempFolder folder;
    const QString path = catalogPath(folder);
    Catalog catalog(path);
    CHECK(catalog.schemaVersion() == Catalog::kSchemaVersion);
    sql::Database other(path);
    CHECK(other.userVersion() == Catalog::kSchemaVersion);
}

TEST_CASE("Reopening a catalog keeps its data", "[catalog]")
{
    const TempFolder folder;
    const QString path = catalogPath(folder);
    Meeting m;
    Id documentId = 0;
    {
        Catalog catalog(path);
        m = catalog.createMeeting(QStringLiteral("Persist"), QDate(2026, 1, 9),
                                  QStringLiteral("Phòng họp 2"));
        catalog.setMeetingState(m.id, MeetingState::Open);
        const AgendaItem item = catalog.addItem(m.id, QStringLiteral("One"), QStringLiteral("P"));
        catalog.addItem(m.id, QStringLiteral("Two"));
        documentId = catalog.addDocument(item.id, newDocument(QStringLiteral("d.pdf"), 'e')).id;
    }
    Catalog catalog(path);
    CHECK(catalog.schemaVersion() == Catalog::kSchemaVersion);
    const auto found = catalog.findMeeting(m.code);
    REQUIRE(found);
    CHECK(found->id == m.id);
    CHECK(found->title == u"Persist");
    CHECK(found->venue == u"Phòng họp 2");
    CHECK(found->date == QDate(2026, 1, 9));
    CHECK(found->state == MeetingState::Open);
    CHECK(itemTitles(catalog, m.id) == QStringList{u"One"_s, u"Two"_s});
    const auto doc = catalog.document(documentId);
    REQUIRE(doc);
    CHECK(doc->fileName == u"d.pdf");
    CHECK(doc->sha256 == QString(64, u'e'));
    CHECK(catalog.meetingsInState(MeetingState::Open).size() == 1);
    CHECK(catalog.meetingsInState(MeetingState::Draft).isEmpty());
}

TEST_CASE("A catalog from a newer Docket is refused", "[catalog]")
{
    const TempFolder folder;
    const QString path = catalogPath(folder);
    {
        Catalog catalog(path);
        catalog.createMeeting(QStringLiteral("Future"));
    }
    {
        sql::Database db(path);
        db.setUserVersion(Catalog::kSchemaVersion + 1);
    }
    try {
        Catalog catalog(path);
        FAIL("a newer schema was opened");
    } catch (const Error &error) {
        CHECK(error.message().contains(QString::number(Catalog::kSchemaVersion + 1)));
    }
    // Refusing must not touch the file.
    sql::Database db(path);
    CHECK(db.userVersion() == Catalog::kSchemaVersion + 1);
    CHECK(count(path, "SELECT count(*) FROM meeting") == 1);
}

TEST_CASE("Foreign keys cascade from a meeting to its items and documents", "[catalog]")
{
    const TempFolder folder;
    const QString path = catalogPath(folder);
    Catalog catalog(path);
    const Meeting gone = catalog.createMeeting(QStringLiteral("Gone"));
    const Meeting kept = catalog.createMeeting(QStringLiteral("Kept"));
    const AgendaItem goneItem = catalog.addItem(gone.id, QStringLiteral("I"));
    const AgendaItem keptItem = catalog.addItem(kept.id, QStringLiteral("K"));
    const Document goneDoc =
        catalog.addDocument(goneItem.id, newDocument(QStringLiteral("g"), '1'));
    catalog.addDocument(keptItem.id, newDocument(QStringLiteral("k"), '2'));
    REQUIRE(count(path, "SELECT count(*) FROM document") == 2);

    catalog.removeMeeting(gone.id);
    CHECK_FALSE(catalog.meeting(gone.id));
    CHECK_FALSE(catalog.item(goneItem.id));
    CHECK_FALSE(catalog.document(goneDoc.id));
    CHECK(count(path, "SELECT count(*) FROM agenda_item") == 1);
    CHECK(count(path, "SELECT count(*) FROM document") == 1);
    CHECK(count(path, "SELECT count(*) FROM document_version") == 1);
    CHECK(catalog.documents(keptItem.id).size() == 1);
    CHECK_THROWS_AS(catalog.removeMeeting(gone.id), Error);

    // Removing an item takes its documents with it.
    catalog.removeItem(keptItem.id);
    CHECK(count(path, "SELECT count(*) FROM document") == 0);
    CHECK(count(path, "SELECT count(*) FROM document_version") == 0);
}

TEST_CASE("The catalog runs in WAL mode", "[catalog]")
{
    const TempFolder folder;
    const QString path = catalogPath(folder);
    Catalog catalog(path);
    catalog.createMeeting(QStringLiteral("WAL"));
    sql::Database other(path);
    sql::Statement mode(other, "PRAGMA journal_mode");
    REQUIRE(mode.step());
    CHECK(mode.text(0) == u"wal");
    CHECK(QFileInfo::exists(path + u"-wal"));
}

TEST_CASE("externalChangeStamp moves when another connection commits", "[catalog]")
{
    const TempFolder folder;
    const QString path = catalogPath(folder);
    Catalog catalog(path);
    int changes = 0;
    QObject::connect(&catalog, &Catalog::changed, &catalog, [&changes] { ++changes; });

    const std::int64_t before = catalog.externalChangeStamp();
    const Meeting m = catalog.createMeeting(QStringLiteral("Own change"));
    CHECK(changes == 1);
    // Its own commits are not "external".
    CHECK(catalog.externalChangeStamp() == before);

    {
        Catalog other(path); // another process, say docket-cli
        other.addItem(m.id, QStringLiteral("Added elsewhere"));
    }
    const std::int64_t after = catalog.externalChangeStamp();
    CHECK(after != before);
    CHECK(catalog.items(m.id).size() == 1);
    CHECK(catalog.externalChangeStamp() == after); // stable until the next outside commit
    CHECK(changes == 1);                           // changed() is about this connection only

    sql::Database raw(path);
    raw.exec("UPDATE meeting SET title = 'Renamed elsewhere'");
    CHECK(catalog.externalChangeStamp() != after);
    CHECK(catalog.meeting(m.id)->title == u"Renamed elsewhere");
}

TEST_CASE("A folder's items and documents are added in one transaction, or not at all", "[catalog]")
{
    TempFolder folder;
    Catalog catalog(folder.filePath(QStringLiteral("catalog.sqlite")));
    const Meeting meeting = catalog.createMeeting(QStringLiteral("Họp"));
    const AgendaItem existing = catalog.addItem(meeting.id, QStringLiteral("Khai mạc"));
    int changes = 0;
    QObject::connect(&catalog, &Catalog::changed, &catalog, [&] { ++changes; });

    const Catalog::Added added = catalog.addToAgenda(
        meeting.id,
        {{std::nullopt,
          QStringLiteral("Báo cáo chính trị"),
          {newDocument(QStringLiteral("a.pdf"), 'a'), newDocument(QStringLiteral("b.pdf"), 'b')}},
         {existing.id, {}, {newDocument(QStringLiteral("c.pdf"), 'c')}},
         {std::nullopt, QStringLiteral("Thảo luận"), {}}});
    CHECK(changes == 1); // one reload of the window, one publication of the site
    REQUIRE(added.newItems.size() == 2);
    CHECK(added.newItems[0].number == 2);
    CHECK(added.newItems[1].number == 3);
    CHECK(added.documents.size() == 3);
    CHECK(catalog.documents(added.newItems[0].id).size() == 2);
    CHECK(catalog.documents(existing.id).size() == 1);

    // A bad entry anywhere: nothing of the plan stays, not even the items before it.
    NewDocument broken = newDocument(QStringLiteral("d.pdf"), 'd');
    broken.sha256.clear();
    CHECK_THROWS_AS(
        catalog.addToAgenda(
            meeting.id,
            {{std::nullopt, QStringLiteral("Bế mạc"), {newDocument(QStringLiteral("e.pdf"), 'e')}},
             {std::nullopt, QStringLiteral("Khác"), {broken}}}),
        Error);
    CHECK(catalog.items(meeting.id).size() == 3);
    CHECK_THROWS_AS(catalog.addToAgenda(meeting.id, {{Id{9999}, {}, {}}}), Error);
    CHECK(catalog.items(meeting.id).size() == 3);
}
