// SPDX-License-Identifier: GPL-3.0-or-later
// The hall: rosters read from CSV files as Excel saves them (encodings, delimiters, title rows,
// split names, bad rows), the quorum rule at its edges, check-in that counts a delegate once,
// archived meetings that keep their roster, the card URL's QR size, and docket-cli's commands
// on a real library.
#include "attendance/Attendance.h"
#include "attendance/RosterImport.h"
#include "catalog/Catalog.h"
#include "catalog/Sqlite.h"
#include "model/MeetingCode.h"
#include "print/AttendanceRecord.h"
#include "print/PrintLayouts.h"
#include "qr/DelegateUrl.h"
#include "qr/QrCode.h"
#include "support/Cli.h"
#include "support/PdfPages.h"
#include "support/QrDecode.h"
#include "support/TempLibrary.h"
#include "util/Error.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStringEncoder>

#include <catch2/catch.hpp>

using namespace docket;
using namespace docket::attendance;
using namespace testsupport;

namespace {

const QString kCli = QStringLiteral(DOCKET_CLI_PATH);

QStringList names(const RosterPreview &preview)
{
    QStringList out;
    for (const NewDelegate &d : preview.delegates)
        out << d.fullName;
    return out;
}

QByteArray utf16le(const QString &text, bool bom)
{
    QStringEncoder encoder(QStringConverter::Utf16LE, bom ? QStringConverter::Flag::WriteBom
                                                          : QStringConverter::Flag::Default);
    return encoder(text);
}

} // namespace

TEST_CASE("Quorum rules need the right count at their edges", "[attendance]")
{
    const QuorumRule half;
    CHECK(half.required(200) == 101);
    CHECK(half.required(201) == 101);
    CHECK(half.required(1) == 1);
    CHECK_FALSE(half.met(100, 200));
    CHECK(half.met(101, 200));
    CHECK_FALSE(half.met(0, 0)); // no roster, no quorum

    const QuorumRule twoThirds = *QuorumRule::fromKey(QStringLiteral("2/3"));
    CHECK(twoThirds.kind == QuorumRule::Kind::TwoThirds);
    CHECK(twoThirds.required(300) == 200);
    CHECK(twoThirds.required(200) == 134); // 133 is 66.5 %
    CHECK(twoThirds.required(3) == 2);
    CHECK_FALSE(twoThirds.met(199, 300));
    CHECK(twoThirds.met(200, 300));

    const QuorumRule percent = *QuorumRule::fromKey(QStringLiteral(" 75% "));
    CHECK(percent.kind == QuorumRule::Kind::Percent);
    CHECK(percent.percent == 75);
    CHECK(percent.required(200) == 150);
    CHECK(percent.required(201) == 151);
    CHECK(QuorumRule::fromKey(QStringLiteral("80"))->percent == 80);
    CHECK(QuorumRule::fromKey(QStringLiteral("1/2")) == QuorumRule{});

    for (const char *bad : {"0%", "101%", "3/4", "", "half-ish", "-5"})
        CHECK_FALSE(QuorumRule::fromKey(QString::fromLatin1(bad)).has_value());
    for (const QuorumRule &rule : {half, twoThirds, percent})
        CHECK(QuorumRule::fromKey(rule.key()) == rule);
}

TEST_CASE("The quorum sentence counts, rounds down and says what is missing", "[attendance]")
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QLocale vietnamese(QLocale::Vietnamese, QLocale::Vietnam);
    QList<Delegate> roster;
    for (int n = 1; n <= 200; ++n) {
        Delegate d;
        d.number = n;
        d.fullName = QStringLiteral("Đại biểu %1").arg(n);
        d.delegation = n <= 120 ? QStringLiteral("Đoàn Quận 1") : QStringLiteral("Đoàn Quận 2");
        if (n <= 100)
            d.firstCheckIn = d.lastCheckIn = QDateTime::currentDateTimeUtc();
        roster << d;
    }
    roster[5].checkedOut = QDateTime::currentDateTimeUtc(); // was present, left

    Summary summary = Attendance::summarize(roster, QuorumRule{});
    CHECK(summary.roster == 200);
    CHECK(summary.presentNow == 99);
    CHECK(summary.wasPresent == 100);
    CHECK(summary.required == 101);
    CHECK_FALSE(summary.quorumMet);
    REQUIRE(summary.delegations.size() == 2);
    CHECK(summary.delegations[0].name == QStringLiteral("Đoàn Quận 1"));
    CHECK(summary.delegations[0].roster == 120);
    CHECK(summary.delegations[0].presentNow == 99);
    CHECK(summary.delegations[1].presentNow == 0);
    CHECK(Attendance::quorumSentence(summary, english) ==
          QStringLiteral("Present 99/200 (49.5%) — 2 more needed for the quorum"));

    roster[5].checkedOut = {};
    roster[100].firstCheckIn = roster[100].lastCheckIn = QDateTime::currentDateTimeUtc();
    summary = Attendance::summarize(roster, QuorumRule{});
    CHECK(summary.presentNow == 101);
    CHECK(summary.quorumMet);
    CHECK(Attendance::quorumSentence(summary, english) ==
          QStringLiteral("Present 101/200 (50.5%) — quorum reached"));
    CHECK(Attendance::percentText(187, 200, vietnamese) == QStringLiteral("93,5"));
    // 199 of 300 is 66.33 %: read as 66.3, never as the 2/3 it falls short of.
    CHECK(Attendance::percentText(199, 300, english) == QStringLiteral("66.3"));
    CHECK(Attendance::percentText(2, 3, english) == QStringLiteral("66.6"));
    const QByteArray record = Attendance::recordCsv(roster, QTimeZone::utc());
    CHECK(record.startsWith("\xEF\xBB\xBFNumber,Full name,"));
    CHECK(record.count("\r\n") == 201);
    // A name that a spreadsheet would run as a formula stays text.
    roster[0].fullName = QStringLiteral("=HYPERLINK(\"http://x\",\"Bấm\")");
    roster[1].fullName = QStringLiteral("@SUM(A1)");
    const QString neutral = QString::fromUtf8(Attendance::recordCsv(roster, QTimeZone::utc()));
    CHECK(neutral.contains(QStringLiteral(",\"'=HYPERLINK(\"\"http://x\"\",\"\"Bấm\"\")\",")));
    CHECK(neutral.contains(QStringLiteral(",'@SUM(A1),")));
    CHECK(Attendance::quorumSentence(Attendance::summarize({}, QuorumRule{}), english)
              .contains(QStringLiteral("No roster")));
}

TEST_CASE("A roster saved by Excel as CSV UTF-8 with semicolons and a title row", "[attendance]")
{
    const QByteArray bytes =
        "\xEF\xBB\xBF"
        "DANH S\xC3\x81"
        "CH \xC4\x90\xE1\xBA\xA0I BI\xE1\xBB\x82U;;;;\r\n"
        "STT;H\xE1\xBB\x8D v\xC3\xA0 t\xC3\xAAn;Chi \xC4\x91o\xC3\xA0n;\xC4\x90o\xC3\xA0n "
        "\xC4\x91\xE1"
        "\xBA\xA1i bi\xE1\xBB\x83u;S\xC4\x90T\r\n"
        "1;Nguy\xE1\xBB\x85n V\xC4\x83n An;Chi \xC4\x91o\xC3\xA0n 1;Qu\xE1\xBA\xADn "
        "1;0912345678\r\n"
        "2;\"Tr\xE1\xBA\xA7n Th\xE1\xBB\x8B; B\xC3\xACnh\";Chi \xC4\x91o\xC3\xA0n "
        "2;Qu\xE1\xBA\xADn 1;\r\n"
        "3;;Chi \xC4\x91o\xC3\xA0n 3;;\r\n"
        "x;L\xC3\xAA V\xC4\x83n C\xC6\xB0\xE1\xBB\x9Dng;;;\r\n"
        "2;Ph\xE1\xBA\xA1m D\xC5\xA9ng;;;\r\n"
        ";;;;\r\n"
        "7;\"Ho\xC3\xA0ng  Th\xE1\xBB\x8B\r\n\xC3\x89n\";;Qu\xE1\xBA\xADn 2;\r\n"
        "8;\xC4\x90\xE1\xBB\x97 Minh;;Qu\xE1\xBA\xADn 2;\r\n";
    const RosterTable table = RosterImport::parseCsv(bytes);
    CHECK(table.encoding == QStringLiteral("UTF-8 with BOM"));
    CHECK(table.delimiter == u';');

    const RosterPreview preview = RosterImport::preview(table, {8});
    CHECK(preview.headerRow == 2);
    CHECK(preview.mapping == QList<RosterField>{RosterField::Number, RosterField::Name,
                                                RosterField::Unit, RosterField::Delegation,
                                                RosterField::Phone});
    CHECK(preview.columnTitles.at(1) == QStringLiteral("Họ và tên"));
    // The delimiter inside quotes, a line break inside quotes and doubled spaces, tidied.
    CHECK(names(preview) == QStringList{QStringLiteral("Nguyễn Văn An"),
                                        QStringLiteral("Trần Thị; Bình"),
                                        QStringLiteral("Hoàng Thị Én")});
    CHECK(preview.delegates[0].number == 1);
    CHECK(preview.delegates[0].unit == QStringLiteral("Chi đoàn 1"));
    CHECK(preview.delegates[0].delegation == QStringLiteral("Quận 1"));
    CHECK(preview.delegates[0].phone == QStringLiteral("0912345678"));
    CHECK(preview.delegateRows == QList<int>{3, 4, 9});
    REQUIRE(preview.skipped.size() == 4);
    CHECK(preview.skipped[0].row == 5);
    CHECK(preview.skipped[0].why == QStringLiteral("no name"));
    CHECK(preview.skipped[1].row == 6);
    CHECK(preview.skipped[1].why.contains(QStringLiteral("\"x\"")));
    CHECK(preview.skipped[2].row == 7);
    CHECK(preview.skipped[2].why == QStringLiteral("number 2 is already row 4's"));
    CHECK(preview.skipped[3].row == 10);
    CHECK(preview.skipped[3].why == QStringLiteral("number 8 is already on the meeting's roster"));
    CHECK(preview.ok());
}

TEST_CASE("Rosters in UTF-16, without a BOM, in windows-1258 and without a header", "[attendance]")
{
    // Excel's "Unicode Text": UTF-16LE with a BOM, tabs.
    const QString text = QStringLiteral("Số\tHọ và đệm\tTên\tĐơn vị\r\n"
                                        "12\tNguyễn Thị\tHoa\tCơ sở Đoàn A\r\n"
                                        "13\tĐặng\tSơn\tCơ sở Đoàn B\r\n");
    RosterTable table = RosterImport::parseCsv(utf16le(text, true));
    CHECK(table.encoding == QStringLiteral("UTF-16LE"));
    CHECK(table.delimiter == u'\t');
    RosterPreview preview = RosterImport::preview(table);
    CHECK(preview.mapping == QList<RosterField>{RosterField::Number, RosterField::FamilyName,
                                                RosterField::Name, RosterField::Unit});
    CHECK(names(preview) ==
          QStringList{QStringLiteral("Nguyễn Thị Hoa"), QStringLiteral("Đặng Sơn")});
    CHECK(preview.delegates[1].number == 13);

    table = RosterImport::parseCsv(utf16le(text, false));
    CHECK(table.encoding == QStringLiteral("UTF-16LE"));
    CHECK(names(RosterImport::preview(table)).size() == 2);

    // Excel's plain "CSV" on a Vietnamese Windows: windows-1258, tones as combining marks.
    table =
        RosterImport::parseCsv("Name,Unit\r\nNguy\xEA\xDEn V\xE3n Bi\xCCnh,Chi \xF0o\xE0n 9\r\n");
    CHECK(table.encoding == QStringLiteral("windows-1258"));
    preview = RosterImport::preview(table);
    REQUIRE(preview.delegates.size() == 1);
    CHECK(preview.delegates[0].fullName == QStringLiteral("Nguyễn Văn Bình"));
    CHECK(preview.delegates[0].fullName.size() == 15); // NFC: one character per letter
    CHECK(preview.delegates[0].unit == QStringLiteral("Chi đoàn 9"));

    // No header: numbers first, then the name and the unit, commas.
    table = RosterImport::parseCsv(
        "1,An,Chi \xC4\x91o\xC3\xA0n 1\n2,B\xC3\xACnh,\n3,\"C\"\"\xC6\xB0\xE1\xBB\x9Dng\",x\n");
    preview = RosterImport::preview(table);
    CHECK(preview.headerRow == 0);
    CHECK(names(preview) ==
          QStringList{QStringLiteral("An"), QStringLiteral("Bình"), QStringLiteral("C\"ường")});
    CHECK(preview.delegates[2].number == 3);

    // A mapping by hand replaces the guess; a file with no name column cannot be imported.
    preview = RosterImport::preview(table, {},
                                    {RosterField::Ignore, RosterField::Unit, RosterField::Name});
    CHECK(names(preview).at(0) == QStringLiteral("Chi đoàn 1"));
    CHECK(preview.delegates[0].number == 0);
    preview = RosterImport::preview(RosterImport::parseCsv("Unit;Phone\nA;1\n"));
    CHECK_FALSE(preview.ok());
    REQUIRE(preview.problems.size() == 1);
    CHECK(preview.problems[0].contains(QStringLiteral("names")));
}

TEST_CASE("Files that are not a roster are refused with a reason", "[attendance]")
{
    TempFolder folder;
    const auto refusal = [&](const QByteArray &bytes) {
        const QString path = folder.filePath(QStringLiteral("roster"));
        writeFile(path, bytes);
        try {
            RosterImport::readFile(path);
        } catch (const Error &error) {
            return error.message();
        }
        return QString();
    };
    CHECK(refusal("PK\x03\x04 rest of a zip").contains(QStringLiteral("xlsx")));
    CHECK(refusal(QByteArray("\xD0\xCF\x11\xE0", 4) + "old").contains(QStringLiteral(".xls")));
    CHECK(refusal("\xEF\xBB\xBFok\xFF\xFE").contains(QStringLiteral("UTF-8")));
    CHECK(refusal(QByteArray(kMaxRosterBytes + 1, 'a')).contains(QStringLiteral("MB")));
    QByteArray wide = "Name";
    for (int c = 0; c < kMaxRosterColumns; ++c)
        wide += ",x";
    CHECK(refusal(wide + "\n").contains(QStringLiteral("columns")));
    QByteArray tall = "Name\n";
    for (int r = 0; r < kMaxRosterRows; ++r)
        tall += "A\n";
    CHECK(refusal(tall).contains(QStringLiteral("rows")));
}

TEST_CASE("Delegates get unique card tokens and are checked in once", "[attendance]")
{
    TempFolder folder;
    Catalog catalog(folder.filePath(QStringLiteral("catalog.sqlite")));
    const Meeting meeting = catalog.createMeeting(QStringLiteral("Đại hội"), QDate(2026, 12, 5));
    const Meeting other = catalog.createMeeting(QStringLiteral("Hội nghị"));
    int changes = 0;
    int attendanceChanges = 0;
    QObject::connect(&catalog, &Catalog::changed, [&] { ++changes; });
    QObject::connect(&catalog, &Catalog::attendanceChanged, [&](Id id) {
        CHECK(id == meeting.id);
        ++attendanceChanges;
    });

    QList<NewDelegate> batch;
    for (int n = 0; n < 50; ++n)
        batch << NewDelegate{
            n == 10 ? 3 : 0, QStringLiteral("  Đại  biểu %1 ").arg(n), {}, {}, {}, {}};
    const QList<Delegate> added = catalog.addDelegates(meeting.id, batch);
    REQUIRE(added.size() == 50);
    CHECK(changes == 1);
    CHECK(added[0].fullName == QStringLiteral("Đại biểu 0"));
    CHECK(added[0].number == 1);
    CHECK(added[1].number == 2);
    CHECK(added[2].number == 4); // 3 was asked for by the eleventh
    CHECK(added[3].number == 5);
    CHECK(added[10].number == 3);
    QSet<QString> tokens;
    static const QRegularExpression crockford(QStringLiteral("^[0-9A-HJKMNP-TV-Z]{13}$"));
    for (const Delegate &d : added) {
        CHECK(crockford.match(d.token).hasMatch());
        tokens.insert(d.token);
    }
    CHECK(tokens.size() == 50);

    // All or nothing: a taken number, or a nameless delegate, adds no one.
    CHECK_THROWS_AS(
        catalog.addDelegates(other.id, {NewDelegate{0, QStringLiteral("A"), {}, {}, {}, {}},
                                        NewDelegate{0, QStringLiteral(" "), {}, {}, {}, {}}}),
        Error);
    CHECK_THROWS_AS(
        catalog.addDelegate(meeting.id, NewDelegate{4, QStringLiteral("B"), {}, {}, {}, {}}),
        Error);
    CHECK(catalog.roster(other.id).isEmpty());
    CHECK(catalog.roster(meeting.id).size() == 50);

    // The token as typed from paper: lowercase, O for 0, I or L for 1.
    const Delegate first = added[0];
    QString typed = first.token.toLower();
    typed.replace(u'0', u'o').replace(u'1', u'l');
    REQUIRE(catalog.delegateByToken(typed).has_value());
    CHECK(catalog.delegateByToken(typed)->id == first.id);
    CHECK_FALSE(catalog.delegateByToken(first.token.left(12)).has_value());

    changes = 0;
    const Catalog::CheckIn in =
        catalog.checkIn(first.id, CheckInMethod::Door, QStringLiteral("door-1"));
    CHECK_FALSE(in.already);
    CHECK(in.delegate.presentNow());
    CHECK(attendanceChanges == 1);
    CHECK(changes == 0); // delegates' pages are not rebuilt for a check-in
    for (int scan = 0; scan < 5; ++scan) {
        const Catalog::CheckIn again = catalog.checkIn(first.id, CheckInMethod::Card);
        CHECK(again.already);
        CHECK(again.delegate.firstCheckIn == in.delegate.firstCheckIn);
    }
    CHECK(attendanceChanges == 1);
    CHECK(Attendance::summarize(catalog.roster(meeting.id), catalog.quorumRule(meeting.id))
              .presentNow == 1);

    CHECK(catalog.checkOut(first.id, CheckInMethod::Hand));
    CHECK_FALSE(catalog.checkOut(first.id, CheckInMethod::Hand));
    Delegate now = *catalog.delegate(first.id);
    CHECK(now.wasPresent());
    CHECK_FALSE(now.presentNow());
    const Catalog::CheckIn back = catalog.checkIn(first.id, CheckInMethod::Card);
    CHECK_FALSE(back.already);
    CHECK(back.delegate.presentNow());
    CHECK(back.delegate.firstCheckIn == in.delegate.firstCheckIn);
    CHECK(back.delegate.lastCheckIn >= in.delegate.lastCheckIn);
    {
        sql::Database db(catalog.path());
        sql::Statement events(db, "SELECT kind, method, device FROM attendance_event "
                                  "WHERE delegate_id = ? ORDER BY id");
        events.bind(1, first.id);
        QStringList record;
        while (events.step())
            record << events.text(0) + u' ' + events.text(1) + u' ' + events.text(2);
        CHECK(record == QStringList{QStringLiteral("in door door-1"), QStringLiteral("out hand "),
                                    QStringLiteral("in card ")});
    }

    catalog.setQuorumRule(meeting.id, *QuorumRule::fromKey(QStringLiteral("2/3")));
    CHECK(catalog.quorumRule(meeting.id).kind == QuorumRule::Kind::TwoThirds);
    CHECK(catalog.quorumRule(other.id) == QuorumRule{});

    // Archived: the roster, its check-ins and the rule stay as they were.
    catalog.archiveMeeting(meeting.id);
    const auto refused = [&](const std::function<void()> &edit) {
        try {
            edit();
        } catch (const Error &error) {
            return error.message() == Catalog::archivedRefusal();
        }
        return false;
    };
    CHECK(refused([&] {
        catalog.addDelegate(meeting.id, NewDelegate{0, QStringLiteral("C"), {}, {}, {}, {}});
    }));
    CHECK(refused([&] { catalog.checkIn(added[1].id, CheckInMethod::Door); }));
    CHECK(refused([&] { catalog.checkOut(first.id, CheckInMethod::Hand); }));
    CHECK(refused([&] { catalog.removeDelegate(added[1].id); }));
    CHECK(refused([&] { catalog.setQuorumRule(meeting.id, QuorumRule{}); }));
    CHECK(catalog.roster(meeting.id).size() == 50);
    CHECK(catalog.delegate(first.id)->presentNow());
}

TEST_CASE("A catalog of schema 12 gains the roster tables", "[attendance]")
{
    TempFolder folder;
    const QString path = folder.filePath(QStringLiteral("catalog.sqlite"));
    Id meetingId = 0;
    {
        Catalog catalog(path);
        meetingId = catalog.createMeeting(QStringLiteral("Cũ")).id;
    }
    {
        sql::Database db(path);
        db.exec("DROP TRIGGER archived_quorum_kept; DROP TABLE attendance_event; "
                "DROP TABLE delegate; ALTER TABLE meeting DROP COLUMN quorum_rule;");
        db.setUserVersion(12);
    }
    Catalog catalog(path);
    CHECK(catalog.schemaVersion() == Catalog::kSchemaVersion);
    CHECK(catalog.quorumRule(meetingId) == QuorumRule{});
    CHECK(catalog.addDelegate(meetingId, NewDelegate{0, QStringLiteral("Mới"), {}, {}, {}, {}})
              .number == 1);
}

TEST_CASE("A card's URL stays a version 3 QR code at level M and decodes to itself", "[attendance]")
{
    const QString longest = delegateurl::card(
        delegateurl::base(QStringLiteral("192.168.100.200"), 65535), QStringLiteral("ZZZZZZZZ"),
        meetingcode::generate(meetingcode::kCardTokenLength));
    CHECK(longest.size() <= 53);
    const QrCode code = QrCode::encode(longest.toUtf8(), QrCode::Ecc::M);
    CHECK(code.version() <= 3);
    CHECK(decodeQr(code.toImage(8)) == QStringList{longest});
}

TEST_CASE("docket-cli imports a roster, checks in once and reports the quorum", "[attendance][cli]")
{
    TempFolder folder;
    const QString library = folder.filePath(QStringLiteral("library"));
    runCliOk(kCli, library,
             {QStringLiteral("meeting"), QStringLiteral("create"), QStringLiteral("--title"),
              QStringLiteral("Đại hội Đoàn"), QStringLiteral("--date"),
              QStringLiteral("2026-12-05")});
    const QString code =
        QJsonDocument::fromJson(
            runCliOk(kCli, library,
                     {QStringLiteral("--json"), QStringLiteral("meeting"), QStringLiteral("list")})
                .out.toUtf8())
            .array()
            .at(0)
            .toObject()
            .value(QStringLiteral("code"))
            .toString();
    REQUIRE(code.size() == meetingcode::kLength);
    const QString csvPath = folder.filePath(QStringLiteral("Danh sách.csv"));
    writeFile(csvPath,
              "\xEF\xBB\xBFSTT;H\xE1\xBB\x8D t\xC3\xAAn;\xC4\x90\xC6\xA1n v\xE1\xBB\x8B\r\n"
              "1;Nguy\xE1\xBB\x85n An;Chi \xC4\x91o\xC3\xA0n 1\r\n"
              "2;;Chi \xC4\x91o\xC3\xA0n 2\r\n"
              "3;Tr\xE1\xBA\xA7n B\xC3\xACnh;Chi \xC4\x91o\xC3\xA0n 3\r\n"
              "4;L\xC3\xAA C\xC6\xB0\xE1\xBB\x9Dng;\r\n");
    const CliRun imported = runCliOk(
        kCli, library, {QStringLiteral("roster"), QStringLiteral("import"), code, csvPath});
    CHECK(imported.out.contains(QStringLiteral("UTF-8 with BOM, semicolons")));
    CHECK(imported.out.contains(QStringLiteral("Row 3 skipped: no name.")));
    CHECK(imported.out.contains(QStringLiteral("Added 3 delegates to ")));

    const QJsonArray roster =
        QJsonDocument::fromJson(runCliOk(kCli, library,
                                         {QStringLiteral("--json"), QStringLiteral("roster"),
                                          QStringLiteral("list"), code})
                                    .out.toUtf8())
            .array();
    REQUIRE(roster.size() == 3);
    CHECK(roster.at(0).toObject().value(QStringLiteral("name")).toString() ==
          QStringLiteral("Nguyễn An"));
    const QString token = roster.at(0).toObject().value(QStringLiteral("token")).toString();

    // The card's URL as a scanner types it, twice: one check-in.
    const QString url = delegateurl::card(QStringLiteral("HTTP://127.0.0.1:8080"), code, token);
    CliRun in = runCliOk(kCli, library, {QStringLiteral("checkin"), code, url});
    CHECK(in.out.startsWith(QStringLiteral("Checked in: Nguyễn An (Chi đoàn 1) at ")));
    in = runCliOk(kCli, library, {QStringLiteral("checkin"), code, token.toLower()});
    CHECK(in.out.contains(QStringLiteral("already checked in at")));
    runCliOk(kCli, library,
             {QStringLiteral("checkin"), code, QStringLiteral("--number"), QStringLiteral("4")});
    const CliRun unknown =
        runCli(kCli, library, {QStringLiteral("checkin"), code, QStringLiteral("ABCDEFGHJKMNP")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("not the code of any delegate's card")));

    QJsonObject report =
        QJsonDocument::fromJson(
            runCliOk(kCli, library, {QStringLiteral("--json"), QStringLiteral("attendance"), code})
                .out.toUtf8())
            .object();
    CHECK(report.value(QStringLiteral("roster")).toInt() == 3);
    CHECK(report.value(QStringLiteral("presentNow")).toInt() == 2);
    CHECK(report.value(QStringLiteral("required")).toInt() == 2);
    CHECK(report.value(QStringLiteral("quorumMet")).toBool());
    CHECK(runCliOk(kCli, library, {QStringLiteral("attendance"), code})
              .out.startsWith(QStringLiteral("Present 2/3 (66.6%) — quorum reached")));

    runCliOk(kCli, library, {QStringLiteral("quorum"), code, QStringLiteral("80%")});
    CHECK(
        runCliOk(kCli, library, {QStringLiteral("attendance"), code})
            .out.startsWith(QStringLiteral("Present 2/3 (66.6%) — 1 more needed for the quorum")));
    CHECK(
        runCli(kCli, library, {QStringLiteral("quorum"), code, QStringLiteral("most")}).exitCode ==
        2);

    const CliRun csvRun =
        runCliOk(kCli, library, {QStringLiteral("attendance"), code, QStringLiteral("--csv")});
    // (runCli's fromUtf8 takes the BOM off; recordCsv's own test sees it.)
    CHECK(csvRun.out.contains(QStringLiteral("\r\n1,Nguyễn An,Chi đoàn 1,,,yes,yes,")));
    CHECK(csvRun.out.contains(QStringLiteral("\r\n3,Trần Bình,Chi đoàn 3,,,no,no,,,\r\n")));
}

TEST_CASE("Card tokens are read from what scanners type", "[attendance]")
{
    CHECK(delegateurl::cardToken(QStringLiteral("HTTP://10.0.0.2:8080/K7Q2M9AB/C/M7H18RQNM2ZC8")) ==
          QStringLiteral("M7H18RQNM2ZC8"));
    CHECK(
        delegateurl::cardToken(QStringLiteral(" http://[::1]:80/k7q2m9ab/c/m7hl8rqnm2zc8/\r\n")) ==
        QStringLiteral("M7H18RQNM2ZC8"));
    CHECK(delegateurl::cardToken(QStringLiteral("m7h18rqnm2zc8")) ==
          QStringLiteral("M7H18RQNM2ZC8"));
    CHECK(delegateurl::cardToken(QStringLiteral("HTTP://10.0.0.2:8080/K7Q2M9AB/3")).isEmpty());
    CHECK(delegateurl::cardToken(QStringLiteral("HTTP://10.0.0.2:8080/K7Q2M9AB/X/M7H18RQNM2ZC8"))
              .isEmpty());
    CHECK(delegateurl::cardToken(QStringLiteral("M7H18RQNM2ZC")).isEmpty());
    CHECK(delegateurl::cardToken(QStringLiteral("M7H18RQNM2ZCU")).isEmpty());
}

TEST_CASE("Every badge's code decodes, with zbar and with ZXing, to its own delegate",
          "[attendance][print][zbar]")
{
    TempFolder folder;
    Catalog catalog(folder.filePath(QStringLiteral("catalog.sqlite")));
    const Meeting meeting =
        catalog.createMeeting(QStringLiteral("Đại hội Đoàn TNCS Hồ Chí Minh"), QDate(2026, 12, 5));
    QList<NewDelegate> batch;
    for (int n = 1; n <= 23; ++n)
        batch << NewDelegate{0,
                             QStringLiteral("Nguyễn Thị Đại Biểu %1").arg(n),
                             QStringLiteral("Chi đoàn %1").arg(n),
                             QStringLiteral("Đoàn Quận %1").arg(n % 4),
                             {},
                             {}};
    const QList<Delegate> roster = catalog.addDelegates(meeting.id, batch);
    const QString base = QStringLiteral("HTTP://192.168.100.200:8080");
    const QString pdf = folder.filePath(QStringLiteral("badges.pdf"));
    const PrintSource source = Printing::load(catalog, meeting.id, base);
    CHECK(Printing::exportPdf(pdf, PrintLayout::Badges, source, QPageSize::A4) == 3);
    const QList<PdfPage> pages = readPdfPages(pdf, 200);
    REQUIRE(pages.size() == 3);

    // Each badge on its own, as a phone sees one card: the cell of the grid, cut out of the page
    // inside its 12 mm margins. (A whole page of codes side by side is not what either decoder
    // is made for: at 200 dpi each misses one now and then.)
    const std::pair<int, int> grid = Printing::badgeGrid(QSizeF(210 - 24, 297 - 24));
    CHECK(grid.first == 2);
    CHECK(grid.second == 5);
    const auto cellImage = [&](int index) {
        const QImage &page = pages[index / 10].image;
        const double mm = 200 / 25.4;
        const int i = index % 10;
        const int column = i % grid.first;
        const int row = i / grid.first; // whole rows
        const QRectF cell((12 + column * 93.0) * mm, (12 + row * 54.6) * mm, 93.0 * mm, 54.6 * mm);
        return page.copy(cell.toRect());
    };
    QStringList zxingFiles;
    for (int index = 0; index < roster.size(); ++index) {
        const Delegate &d = roster[index];
        INFO(d.fullName.toStdString());
        const QImage cell = cellImage(index);
        const QStringList decoded = decodeQr(cell);
        REQUIRE(decoded.size() == 1);
        CHECK(decoded[0] == delegateurl::card(base, meeting.code, d.token));
        CHECK(QrCode::encode(decoded[0].toUtf8(), QrCode::Ecc::M).version() <= 3);
        const auto found = catalog.delegateByToken(delegateurl::cardToken(decoded[0]));
        REQUIRE(found.has_value());
        CHECK(found->id == d.id);
        // The name is printed on the page that carries the code.
        CHECK(pages[index / 10].text.contains(d.fullName));
        zxingFiles << folder.filePath(
            QStringLiteral("badge-%1.png").arg(index + 1, 2, 10, QChar(u'0')));
        REQUIRE(cell.save(zxingFiles.constLast()));
    }

    // ZXing reads like Android phones: the same code from each badge.
    QProcess reader;
    reader.start(
        QStringLiteral("ZXingReader"),
        QStringList{QStringLiteral("-1"), QStringLiteral("-format"), QStringLiteral("QRCode")} +
            zxingFiles);
    REQUIRE(reader.waitForFinished(60000));
    const QStringList lines =
        QString::fromUtf8(reader.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == roster.size());
    for (int index = 0; index < roster.size(); ++index) {
        INFO(lines[index].toStdString());
        CHECK(lines[index] == zxingFiles[index] + QStringLiteral(" QRCode \"") +
                                  delegateurl::card(base, meeting.code, roster[index].token) +
                                  u'"');
    }

    // A meeting without a roster has no badges to print.
    const Meeting empty = catalog.createMeeting(QStringLiteral("Trống"));
    CHECK_THROWS_AS(Printing::exportPdf(folder.filePath(QStringLiteral("none.pdf")),
                                        PrintLayout::Badges,
                                        Printing::load(catalog, empty.id, base), QPageSize::A4),
                    Error);
}

TEST_CASE("The attendance record lists the present with times and the absent by unit",
          "[attendance][print]")
{
    TempFolder folder;
    Catalog catalog(folder.filePath(QStringLiteral("catalog.sqlite")));
    const Meeting meeting =
        catalog.createMeeting(QStringLiteral("Đại hội Đoàn phường Bến Nghé"), QDate(2026, 12, 5),
                              QStringLiteral("Hội trường A"));
    QList<NewDelegate> batch;
    for (int n = 1; n <= 130; ++n)
        batch << NewDelegate{0,
                             QStringLiteral("Nguyễn Văn Đại Biểu %1").arg(n),
                             n % 2 ? QStringLiteral("Chi đoàn Khu phố 1")
                                   : QStringLiteral("Chi đoàn Trường THCS"),
                             {},
                             {},
                             {}};
    const QList<Delegate> added = catalog.addDelegates(meeting.id, batch);
    const QTimeZone zone = QTimeZone::systemTimeZone();
    // 100 checked in at 07:42 of the meeting's day, one of them left; 30 absent.
    const QDateTime at(QDate(2026, 12, 5), QTime(7, 42), zone);
    QList<CheckInEvent> scans;
    for (int i = 0; i < 100; ++i)
        scans << CheckInEvent{added[i].id, at.toUTC(), CheckInMethod::Door, {}};
    REQUIRE(catalog.recordCheckIns(scans) == 100);
    REQUIRE(catalog.checkOut(added[5].id, CheckInMethod::Hand));
    const QList<Delegate> roster = catalog.roster(meeting.id);
    const QString pdf = folder.filePath(QStringLiteral("Biên bản điểm danh.pdf"));
    const int pages = AttendanceRecord::exportPdf(
        pdf,
        AttendanceRecordSource{meeting, roster, catalog.quorumRule(meeting.id),
                               QDateTime(QDate(2026, 12, 5), QTime(8, 5), zone).toUTC(), zone});
    const QList<PdfPage> read = readPdfPages(pdf, 40);
    REQUIRE(read.size() == pages);
    CHECK(pages >= 4); // 130 rows do not fit on one page: the header repeats
    QString text;
    for (const PdfPage &page : read)
        text += page.text + u' ';
    // The meeting's language (Vietnamese), its title, the count against the quorum.
    CHECK(text.contains(QStringLiteral("BIÊN BẢN ĐIỂM DANH")));
    CHECK(text.contains(QStringLiteral("Đại hội Đoàn phường Bến Nghé")));
    CHECK(text.contains(QStringLiteral("Có mặt 99/130")));
    CHECK(text.contains(QStringLiteral("08:05")));
    // Per unit: 65 each, present 50 (odd numbers) and 49 (even, without the one who left).
    CHECK(text.contains(QStringLiteral("Chi đoàn Khu phố 1 65 50 15")));
    CHECK(text.contains(QStringLiteral("Chi đoàn Trường THCS 65 49 16")));
    // The present with their time, the absent (and the one who left, with when).
    CHECK(text.contains(QStringLiteral("Có mặt (99)")));
    CHECK(text.contains(QStringLiteral("Vắng mặt (31)")));
    CHECK(text.contains(QStringLiteral("1 Nguyễn Văn Đại Biểu 1 Chi đoàn Khu phố 1 07:42")));
    CHECK(text.contains(QStringLiteral("130 Nguyễn Văn Đại Biểu 130 Chi đoàn Trường THCS")));
    CHECK(text.contains(QStringLiteral("THƯ KÝ")));
    CHECK(text.contains(QStringLiteral("CHỦ TỌA")));
    // Page numbers say of how many.
    CHECK(text.contains(QStringLiteral("Trang %1/%1").arg(pages)));
    // No roster: nothing to record, said so.
    const Meeting empty = catalog.createMeeting(QStringLiteral("Trống"));
    CHECK_THROWS_AS(AttendanceRecord::exportPdf(folder.filePath(QStringLiteral("x.pdf")),
                                                AttendanceRecordSource{empty, {}, {}, {}, zone}),
                    Error);
    CHECK_FALSE(QFile::exists(folder.filePath(QStringLiteral("x.pdf"))));
}

TEST_CASE("The attendance workbook keeps numbers and times and names intact", "[attendance]")
{
    TempFolder folder;
    Catalog catalog(folder.filePath(QStringLiteral("catalog.sqlite")));
    const Meeting meeting = catalog.createMeeting(QStringLiteral("Hội nghị"), QDate(2026, 12, 5));
    const QList<Delegate> added = catalog.addDelegates(
        meeting.id, {NewDelegate{7,
                                 QStringLiteral("Trần Thị Ánh Tuyết"),
                                 QStringLiteral("Chi đoàn Ấp 3"),
                                 QStringLiteral("Đoàn xã"),
                                 {},
                                 {}},
                     NewDelegate{8, QStringLiteral("=HYPERLINK(\"x\")"), {}, {}, {}, {}}});
    const QTimeZone zone = QTimeZone::systemTimeZone();
    REQUIRE(catalog.recordCheckIns(
                {CheckInEvent{added[0].id,
                              QDateTime(QDate(2026, 12, 5), QTime(7, 42, 9), zone).toUTC(),
                              CheckInMethod::Card,
                              {}}}) == 1);
    const QList<Delegate> roster = catalog.roster(meeting.id);
    const QString path = folder.filePath(QStringLiteral("Điểm danh.xlsx"));
    Attendance::writeRecordXlsx(path, roster, Attendance::summarize(roster, QuorumRule{}), zone);
    const auto part = [&](const QString &name) {
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), path, name});
        REQUIRE(unzip.waitForFinished(10000));
        REQUIRE(unzip.exitCode() == 0);
        return QString::fromUtf8(unzip.readAllStandardOutput());
    };
    const QString strings = part(QStringLiteral("xl/sharedStrings.xml"));
    CHECK(strings.contains(QStringLiteral("Trần Thị Ánh Tuyết")));
    CHECK(strings.contains(QStringLiteral("Chi đoàn Ấp 3")));
    // A name that looks like a formula stays text.
    CHECK((strings.contains(QStringLiteral("<t>=HYPERLINK(\"x\")</t>")) ||
           strings.contains(QStringLiteral("<t>=HYPERLINK(&quot;x&quot;)</t>"))));
    const QString sheet = part(QStringLiteral("xl/worksheets/sheet1.xml"));
    CHECK_FALSE(sheet.contains(QStringLiteral("<f>")));
    CHECK(sheet.contains(QStringLiteral("<c r=\"A2\"><v>7</v></c>")));
    // 07:42:09 on 2026-12-05 is Excel's serial 46361.32094...
    CHECK(sheet.contains(QStringLiteral("<v>46361.3209")));
    CHECK(part(QStringLiteral("xl/workbook.xml")).contains(QStringLiteral("name=\"Totals\"")));
    // Written whole or not at all: a folder that is not there leaves nothing behind.
    CHECK_THROWS_AS(Attendance::writeRecordXlsx(folder.filePath(QStringLiteral("no/such.xlsx")),
                                                roster, Attendance::summarize(roster, {}), zone),
                    Error);
}
