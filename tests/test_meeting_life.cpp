// SPDX-License-Identifier: GPL-3.0-or-later
// A meeting's life: draft → open → closed → archived. Archived is read-only for every program
// (the schema's triggers refuse the edit, whoever writes), reopening is explicit and recorded,
// and each version records when it was current. Real SQLite files, and the real docket-cli.
#include "catalog/Catalog.h"
#include "catalog/Sqlite.h"
#include "support/Cli.h"
#include "support/FakeDocument.h"
#include "support/TempLibrary.h"
#include "util/Error.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <catch2/catch.hpp>

#include <functional>

using namespace docket;
using namespace Qt::StringLiterals;
using testsupport::fakeDocument;
using testsupport::TempFolder;

namespace {

const QString kCli = QStringLiteral(DOCKET_CLI_PATH);

std::int64_t revisionOf(Catalog &catalog, Id meetingId)
{
    return catalog.meeting(meetingId)->revision;
}

// Runs `edit` and expects the archived meeting's refusal, with nothing changed.
void expectRefused(Catalog &catalog, Id meetingId, const char *what,
                   const std::function<void()> &edit)
{
    INFO(what);
    const std::int64_t before = revisionOf(catalog, meetingId);
    try {
        edit();
        FAIL("the edit was made");
    } catch (const Error &error) {
        CHECK(error.message() == Catalog::archivedRefusal());
    }
    CHECK(revisionOf(catalog, meetingId) == before);
}

} // namespace

TEST_CASE("An archived meeting refuses every edit until it is reopened", "[life]")
{
    TempFolder folder;
    Catalog catalog(folder.filePath(QStringLiteral("catalog.sqlite")));
    const Meeting meeting = catalog.createMeeting(
        QStringLiteral("Đại hội Chi đoàn"), QDate(2026, 11, 28), QStringLiteral("Hội trường"));
    const AgendaItem item = catalog.addItem(meeting.id, QStringLiteral("Báo cáo chính trị"));
    const AgendaItem other = catalog.addItem(meeting.id, QStringLiteral("Bầu cử"));
    const Document doc = catalog.addDocument(item.id, fakeDocument(QStringLiteral("a.pdf"), 'a'));
    const Document trashed =
        catalog.addDocument(item.id, fakeDocument(QStringLiteral("b.pdf"), 'b'));
    catalog.replaceDocument(doc.id, fakeDocument(QStringLiteral("a2.pdf"), 'c'));
    catalog.removeDocument(trashed.id);
    catalog.setMeetingState(meeting.id, MeetingState::Open);

    catalog.archiveMeeting(meeting.id);
    const Meeting archived = *catalog.meeting(meeting.id);
    CHECK(archived.state == MeetingState::Archived);
    CHECK(archived.isArchived());
    CHECK(archived.archivedAt.isValid());
    CHECK(archived.closedAt.isValid()); // archiving an open meeting closes it on the way
    CHECK(catalog.meetingsInState(MeetingState::Archived).size() == 1);
    CHECK(catalog.meetingsInState(MeetingState::Closed).isEmpty());
    CHECK(catalog.meetingsInState(MeetingState::Open).isEmpty()); // never served

    const Id earlier = catalog.versions(doc.id).last().id;
    Meeting renamed = archived;
    renamed.title = QStringLiteral("Đổi tên");
    expectRefused(catalog, meeting.id, "rename meeting", [&] { catalog.updateMeeting(renamed); });
    expectRefused(catalog, meeting.id, "open",
                  [&] { catalog.setMeetingState(meeting.id, MeetingState::Open); });
    expectRefused(catalog, meeting.id, "pin",
                  [&] { catalog.setMeetingPin(meeting.id, u"1234"_qs); });
    expectRefused(catalog, meeting.id, "wifi", [&] {
        catalog.setMeetingWifi(meeting.id,
                               WifiNetwork{QStringLiteral("Hall"), QStringLiteral("secret12"),
                                           WifiSecurity::Wpa, false});
    });
    expectRefused(catalog, meeting.id, "remove meeting",
                  [&] { catalog.removeMeeting(meeting.id); });
    expectRefused(catalog, meeting.id, "add item",
                  [&] { catalog.addItem(meeting.id, QStringLiteral("Thêm")); });
    expectRefused(catalog, meeting.id, "edit item",
                  [&] { catalog.updateItem(item.id, QStringLiteral("Sửa"), {}); });
    expectRefused(catalog, meeting.id, "move item", [&] { catalog.moveItem(other.id, 1); });
    expectRefused(catalog, meeting.id, "remove item", [&] { catalog.removeItem(other.id); });
    expectRefused(catalog, meeting.id, "add document", [&] {
        catalog.addDocument(item.id, fakeDocument(QStringLiteral("d.pdf"), 'd'));
    });
    expectRefused(catalog, meeting.id, "rename document",
                  [&] { catalog.renameDocument(doc.id, QStringLiteral("Khác")); });
    expectRefused(catalog, meeting.id, "replace document", [&] {
        catalog.replaceDocument(doc.id, fakeDocument(QStringLiteral("e.pdf"), 'e'));
    });
    expectRefused(catalog, meeting.id, "earlier version",
                  [&] { catalog.makeVersionCurrent(doc.id, earlier); });
    expectRefused(catalog, meeting.id, "trash document", [&] { catalog.removeDocument(doc.id); });
    expectRefused(catalog, meeting.id, "restore document",
                  [&] { catalog.restoreDocument(trashed.id); });
    expectRefused(catalog, meeting.id, "empty trash", [&] { catalog.emptyTrash(meeting.id); });
    CHECK(catalog.items(meeting.id).size() == 2);
    CHECK(catalog.documents(item.id).size() == 1);
    CHECK(catalog.document(doc.id)->fileName == u"a2.pdf");

    // Another program writing straight to the file is refused by the schema itself.
    {
        sql::Database db(catalog.path());
        CHECK_THROWS_AS(db.exec("UPDATE agenda_item SET title = 'x'"), CatalogError);
        CHECK_THROWS_AS(db.exec("DELETE FROM document"), CatalogError);
        CHECK_THROWS_AS(db.exec("UPDATE meeting SET title = 'x'"), CatalogError);
    }
    CHECK(catalog.items(meeting.id).first().title == u"Báo cáo chính trị");

    // What is derived from what it holds still changes: access counts.
    const QDateTime seen = QDateTime::currentDateTimeUtc();
    catalog.recordAccess(
        QList<AccessCount>{{catalog.document(doc.id)->versionId, "phone", seen, seen, 2, 0, -1}});
    const QList<DocumentStats> stats = catalog.documentStats(meeting.id);
    REQUIRE(stats.size() == 1);
    CHECK(stats.first().devices == 1);
    CHECK(stats.first().requests == 2);

    CHECK_THROWS_AS(catalog.archiveMeeting(meeting.id), Error); // already archived
    catalog.reopenMeeting(meeting.id, QStringLiteral("Sửa lỗi chính tả trong tiêu đề"));
    const Meeting reopened = *catalog.meeting(meeting.id);
    CHECK(reopened.state == MeetingState::Closed);
    CHECK_FALSE(reopened.archivedAt.isValid());
    catalog.updateMeeting(renamed);
    CHECK(catalog.meeting(meeting.id)->title == u"Đổi tên");
    CHECK_THROWS_AS(catalog.reopenMeeting(meeting.id), Error); // not archived

    QStringList record;
    for (const MeetingEvent &event : catalog.meetingEvents(meeting.id))
        record << event.what;
    CHECK(record == QStringList{u"opened"_qs, u"closed"_qs, u"archived"_qs, u"reopened"_qs});
    CHECK(catalog.meetingEvents(meeting.id).last().note == u"Sửa lỗi chính tả trong tiêu đề");
    CHECK(catalog.check().ok());
}

TEST_CASE("A meeting keeps its first opening and its last closing", "[life]")
{
    TempFolder folder;
    Catalog catalog(folder.filePath(QStringLiteral("catalog.sqlite")));
    const Meeting meeting = catalog.createMeeting(QStringLiteral("Họp"));
    CHECK_FALSE(catalog.meeting(meeting.id)->openedAt.isValid());
    catalog.setMeetingState(meeting.id, MeetingState::Open);
    const QDateTime opened = catalog.meeting(meeting.id)->openedAt;
    REQUIRE(opened.isValid());
    catalog.setMeetingState(meeting.id, MeetingState::Closed);
    const QDateTime firstClosed = catalog.meeting(meeting.id)->closedAt;
    QThread::msleep(5);
    catalog.setMeetingState(meeting.id, MeetingState::Open);
    catalog.setMeetingState(meeting.id, MeetingState::Open); // no change: nothing recorded
    catalog.setMeetingState(meeting.id, MeetingState::Closed);
    const Meeting after = *catalog.meeting(meeting.id);
    CHECK(after.openedAt == opened);
    CHECK(after.closedAt > firstClosed);
    CHECK(catalog.meetingEvents(meeting.id).size() == 4);
}

TEST_CASE("Each version records when it was current", "[life]")
{
    TempFolder folder;
    Catalog catalog(folder.filePath(QStringLiteral("catalog.sqlite")));
    const Meeting meeting = catalog.createMeeting(QStringLiteral("Họp"));
    const AgendaItem item = catalog.addItem(meeting.id, QStringLiteral("Mục"));
    const Document doc = catalog.addDocument(item.id, fakeDocument(QStringLiteral("v1.pdf"), 'a'));
    QThread::msleep(3);
    catalog.replaceDocument(doc.id, fakeDocument(QStringLiteral("v2.pdf"), 'b'));
    QThread::msleep(3);
    QList<DocumentVersion> versions = catalog.versions(doc.id); // newest first
    REQUIRE(versions.size() == 2);
    catalog.makeVersionCurrent(doc.id, versions[1].id); // v1 again
    versions = catalog.versions(doc.id);
    const DocumentVersion v2 = versions[0];
    const DocumentVersion v1 = versions[1];
    REQUIRE(v1.periods.size() == 2);
    REQUIRE(v2.periods.size() == 1);
    // v1 until v2 came, v2 until v1 was chosen again, v1 since: no gap, no overlap.
    CHECK(v1.periods[0].from == v1.addedAt);
    CHECK(v1.periods[0].until == v2.periods[0].from);
    CHECK(v2.periods[0].until == v1.periods[1].from);
    CHECK_FALSE(v1.periods[1].until.isValid());
    CHECK(v1.periods[1].from == catalog.document(doc.id)->currentSince);
    // Choosing the current version again is no new period.
    catalog.makeVersionCurrent(doc.id, v1.id);
    CHECK(catalog.version(v1.id)->periods.size() == 2);
}

TEST_CASE("Migrating to version 11 infers the periods and the meeting times", "[life]")
{
    TempFolder folder;
    const QString path = folder.filePath(QStringLiteral("catalog.sqlite"));
    Id replaced = 0;
    Id closedId = 0;
    {
        Catalog catalog(path);
        const Meeting open = catalog.createMeeting(QStringLiteral("Mở"));
        const Meeting closed = catalog.createMeeting(QStringLiteral("Đóng"));
        closedId = closed.id;
        const AgendaItem item = catalog.addItem(open.id, QStringLiteral("Mục"));
        replaced = catalog.addDocument(item.id, fakeDocument(QStringLiteral("a.pdf"), 'a')).id;
        catalog.replaceDocument(replaced, fakeDocument(QStringLiteral("b.pdf"), 'b'));
        catalog.setMeetingState(open.id, MeetingState::Open);
        catalog.setMeetingState(closed.id, MeetingState::Closed);
    }
    // As Docket 10 left it.
    {
        sql::Database db(path);
        db.exec("UPDATE document_version SET added_at = '2026-03-01T08:00:00.000Z' "
                "WHERE file_name = 'a.pdf'");
        db.exec("UPDATE document_version SET added_at = '2026-03-01T09:00:00.000Z' "
                "WHERE file_name = 'b.pdf'");
        db.exec("UPDATE document SET current_since = '2026-03-01T09:00:00.000Z'");
        db.exec("DROP TRIGGER archived_meeting_kept; DROP TRIGGER archived_meeting_not_removed; "
                "DROP TRIGGER archived_item_added; DROP TRIGGER archived_item_changed; "
                "DROP TRIGGER archived_item_removed; DROP TRIGGER archived_document_added; "
                "DROP TRIGGER archived_document_changed; DROP TRIGGER archived_document_removed; "
                "DROP TRIGGER archived_version_added; DROP TRIGGER archived_version_changed; "
                "DROP TRIGGER archived_version_removed; DROP TRIGGER archived_period_changed; "
                // Version 13's, which read archived_at too (its tables stay: the step is passed).
                "DROP TRIGGER archived_quorum_kept; DROP TRIGGER archived_delegate_added; "
                "DROP TRIGGER archived_delegate_changed; DROP TRIGGER archived_delegate_removed; "
                "DROP TRIGGER archived_attendance_added; "
                // And version 15's surveys.
                "DROP TRIGGER archived_survey_added; DROP TRIGGER archived_survey_changed; "
                "DROP TRIGGER archived_question_added; DROP TRIGGER archived_question_changed; "
                "DROP TRIGGER archived_question_removed; DROP TRIGGER archived_response_added; "
                "DROP TRIGGER archived_survey_removed; DROP TRIGGER archived_response_removed; "
                "DROP TABLE meeting_event; DROP TABLE version_period; DROP TABLE ocr_page; "
                "DROP TABLE ocr_job; ALTER TABLE meeting DROP COLUMN opened_at; "
                "ALTER TABLE meeting DROP COLUMN closed_at; "
                "ALTER TABLE meeting DROP COLUMN archived_at;");
        db.setUserVersion(10);
    }
    Catalog catalog(path);
    CHECK(catalog.schemaVersion() == Catalog::kSchemaVersion);
    const auto at = [](const char *text) {
        return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODateWithMs);
    };
    const QList<DocumentVersion> versions = catalog.versions(replaced);
    REQUIRE(versions.size() == 2);
    CHECK(versions[0].periods == QList<CurrentPeriod>{{at("2026-03-01T09:00:00.000Z"), {}}});
    CHECK(versions[1].periods ==
          QList<CurrentPeriod>{{at("2026-03-01T08:00:00.000Z"), at("2026-03-01T09:00:00.000Z")}});
    CHECK(catalog.meeting(closedId)->closedAt.isValid());
    CHECK(catalog.check().ok());
    // And the new rules hold on the migrated file.
    catalog.archiveMeeting(closedId);
    CHECK_THROWS_AS(catalog.addItem(closedId, QStringLiteral("x")), Error);
}

TEST_CASE("docket-cli archives and reopens a meeting and refuses edits between", "[life][cli]")
{
    TempFolder folder;
    const QString library = folder.path();
    const QString created = testsupport::runCliOk(kCli, library,
                                                  {u"--json"_qs, u"meeting"_qs, u"create"_qs,
                                                   u"--title"_qs, u"Hội nghị"_qs})
                                .out;
    const QString code = QJsonDocument::fromJson(created.toUtf8())[u"code"].toString();
    REQUIRE_FALSE(code.isEmpty());
    testsupport::runCliOk(kCli, library,
                          {u"item"_qs, u"add"_qs, code, u"--title"_qs, u"Khai mạc"_qs});
    const QString archived =
        testsupport::runCliOk(kCli, library, {u"--json"_qs, u"meeting"_qs, u"archive"_qs, code})
            .out;
    const QJsonObject state = QJsonDocument::fromJson(archived.toUtf8()).object();
    CHECK(state[u"state"].toString() == u"archived");
    CHECK(state[u"archivedAt"].isString());

    const auto refused = testsupport::runCli(
        kCli, library, {u"item"_qs, u"add"_qs, code, u"--title"_qs, u"Thêm"_qs});
    CHECK(refused.exitCode != 0);
    CHECK(refused.err.contains(u"archived"));
    CHECK(refused.err.contains(u"meeting reopen"));

    testsupport::runCliOk(kCli, library,
                          {u"meeting"_qs, u"reopen"_qs, code, u"--reason"_qs, u"Bổ sung"_qs});
    testsupport::runCliOk(kCli, library, {u"item"_qs, u"add"_qs, code, u"--title"_qs, u"Thêm"_qs});
    const QJsonObject shown =
        QJsonDocument::fromJson(
            testsupport::runCliOk(kCli, library, {u"--json"_qs, u"meeting"_qs, u"show"_qs, code})
                .out.toUtf8())
            .object();
    CHECK(shown[u"state"].toString() == u"closed");
    const QJsonArray events = shown[u"events"].toArray();
    REQUIRE(events.size() == 3);
    CHECK(events[2][u"what"].toString() == u"reopened");
    CHECK(events[2][u"note"].toString() == u"Bổ sung");
}
