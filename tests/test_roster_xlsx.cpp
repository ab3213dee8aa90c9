// SPDX-License-Identifier: GPL-3.0-or-later
// Rosters from Excel workbooks (.xlsx): real files written by libxlsxwriter, read through
// RosterImport::readFile in the build's docket-cli child (roster-read-xlsx) and in this process;
// Vietnamese names, numbers, phone numbers kept as text, holes, the first visible sheet; and
// files that must be refused quickly and clearly: truncated, not a workbook, encrypted, over the
// caps, and ZIP bombs, honest and lying about their size.
#include "attendance/RosterImport.h"
#include "attendance/XlsxRoster.h"
#include "pdf/ChildProgram.h"
#include "support/TempLibrary.h"
#include "util/Error.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <catch2/catch.hpp>

#include <functional>
#include <xlsxwriter.h>
#include <zip.h>

using namespace docket;
using namespace docket::attendance;
using namespace testsupport;

namespace {

const QString kCli = QStringLiteral(DOCKET_CLI_PATH);

// The build's docket-cli reads workbooks, as the applications' does; unset again afterwards.
struct ChildSetUp
{
    explicit ChildSetUp(const QString &program = kCli)
    {
        ChildProgram::set(ChildProgram::Use::Archive, program);
    }
    ~ChildSetUp() { ChildProgram::set(ChildProgram::Use::Archive, {}); }
    ChildSetUp(const ChildSetUp &) = delete;
    ChildSetUp &operator=(const ChildSetUp &) = delete;
};

// A workbook written by libxlsxwriter: `fill` writes its sheets. In constant-memory mode it
// writes its text as inline strings rather than shared ones.
void writeWorkbook(const QString &path, const std::function<void(lxw_workbook *)> &fill,
                   bool constantMemory = false)
{
    lxw_workbook_options options{};
    options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
    lxw_workbook *workbook = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    REQUIRE(workbook != nullptr);
    fill(workbook);
    REQUIRE(workbook_close(workbook) == LXW_NO_ERROR);
}

void text(lxw_worksheet *sheet, int row, int column, const QString &value)
{
    REQUIRE(worksheet_write_string(sheet, static_cast<lxw_row_t>(row),
                                   static_cast<lxw_col_t>(column), value.toUtf8().constData(),
                                   nullptr) == LXW_NO_ERROR);
}

void number(lxw_worksheet *sheet, int row, int column, double value)
{
    REQUIRE(worksheet_write_number(sheet, static_cast<lxw_row_t>(row),
                                   static_cast<lxw_col_t>(column), value, nullptr) == LXW_NO_ERROR);
}

struct Person
{
    QString name;
    QString unit;
    QString delegation;
    QString role;
    QString phone;
};

QList<Person> vietnameseRoster(int count)
{
    const QStringList family{QStringLiteral("Nguyễn"), QStringLiteral("Trần"),
                             QStringLiteral("Lê"),     QStringLiteral("Phạm"),
                             QStringLiteral("Hoàng"),  QStringLiteral("Võ"),
                             QStringLiteral("Đặng"),   QStringLiteral("Bùi")};
    const QStringList middle{QStringLiteral("Văn"), QStringLiteral("Thị"), QStringLiteral("Hữu"),
                             QStringLiteral("Ngọc")};
    const QStringList given{QStringLiteral("Ánh"),  QStringLiteral("Đức"),
                            QStringLiteral("Hưng"), QStringLiteral("Thủy"),
                            QStringLiteral("Quốc"), QStringLiteral("Ỷ Lan"),
                            QStringLiteral("Yến"),  QStringLiteral("Phượng")};
    QList<Person> roster;
    for (int i = 0; i < count; ++i)
        roster << Person{family[i % family.size()] + u' ' + middle[i % middle.size()] + u' ' +
                             given[(i / 3) % given.size()] + u' ' + QString::number(i + 1),
                         QStringLiteral("Chi đoàn Khu phố %1").arg(i % 7 + 1),
                         QStringLiteral("Đoàn %1").arg(i % 3 + 1),
                         i == 0 ? QStringLiteral("Bí thư") : QStringLiteral("Đoàn viên"),
                         QStringLiteral("09%1").arg(12345600 + i, 8, 10, QChar(u'0'))};
    return roster;
}

// The roster as a secretary keeps it: a title, a blank row, the header, one delegate a row
// with the number as a number and the phone as text (or, when asked, as Excel makes a typed
// 0912345678: a number, its 0 gone).
void writeRoster(const QString &path, const QList<Person> &roster, bool phoneAsNumber = false)
{
    writeWorkbook(path, [&](lxw_workbook *workbook) {
        lxw_worksheet *sheet = workbook_add_worksheet(workbook, "Danh sách");
        REQUIRE(sheet != nullptr);
        text(sheet, 0, 0, QStringLiteral("DANH SÁCH ĐẠI BIỂU DỰ ĐẠI HỘI"));
        const QStringList header{QStringLiteral("STT"),     QStringLiteral("Họ và tên"),
                                 QStringLiteral("Đơn vị"),  QStringLiteral("Đoàn"),
                                 QStringLiteral("Chức vụ"), QStringLiteral("Số điện thoại")};
        for (int c = 0; c < header.size(); ++c)
            text(sheet, 2, c, header[c]);
        for (int i = 0; i < roster.size(); ++i) {
            const int row = 3 + i;
            number(sheet, row, 0, i + 1);
            text(sheet, row, 1, roster[i].name);
            text(sheet, row, 2, roster[i].unit);
            text(sheet, row, 3, roster[i].delegation);
            text(sheet, row, 4, roster[i].role);
            if (phoneAsNumber)
                number(sheet, row, 5, roster[i].phone.toDouble());
            else
                text(sheet, row, 5, roster[i].phone);
        }
    });
}

// The message of the docket::Error `read` throws; empty (and a failed check) when none.
QString refusal(const std::function<void()> &read)
{
    try {
        read();
    } catch (const Error &error) {
        return error.message();
    }
    FAIL_CHECK("no error");
    return {};
}

// A ZIP written by libzip from (name, bytes) pairs, deflated or, when asked, stored as they are.
void writeZip(const QString &path, const QList<std::pair<QString, QByteArray>> &entries,
              bool stored = false)
{
    int error = 0;
    zip_t *archive =
        zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    REQUIRE(archive != nullptr);
    for (const auto &[name, bytes] : entries) {
        zip_source_t *source = zip_source_buffer(archive, bytes.constData(),
                                                 static_cast<zip_uint64_t>(bytes.size()), 0);
        const zip_int64_t index =
            zip_file_add(archive, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8);
        REQUIRE(index >= 0);
        if (stored)
            REQUIRE(zip_set_file_compression(archive, static_cast<zip_uint64_t>(index),
                                             ZIP_CM_STORE, 0) == 0);
    }
    REQUIRE(zip_close(archive) == 0); // the buffers are read here, so they live until now
}

// The parts of a real workbook, to build hostile ones from.
QList<std::pair<QString, QByteArray>> partsOf(const QString &path)
{
    int error = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error);
    REQUIRE(archive != nullptr);
    QList<std::pair<QString, QByteArray>> parts;
    for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i) {
        zip_stat_t st;
        REQUIRE(zip_stat_index(archive, static_cast<zip_uint64_t>(i), 0, &st) == 0);
        QByteArray bytes(static_cast<qsizetype>(st.size), Qt::Uninitialized);
        zip_file_t *file = zip_fopen_index(archive, static_cast<zip_uint64_t>(i), 0);
        REQUIRE(file != nullptr);
        REQUIRE(zip_fread(file, bytes.data(), st.size) == static_cast<zip_int64_t>(st.size));
        zip_fclose(file);
        parts.append({QString::fromUtf8(st.name), bytes});
    }
    zip_discard(archive);
    return parts;
}

// Rewrites the expanded size that the local and the central header give for `name`, as a ZIP
// bomb that lies about its size does. The CRC is left: a reader that trusts the header never
// gets as far as checking it.
void lieAboutSize(const QString &path, const QByteArray &name, quint32 size)
{
    QByteArray zip = readFile(path);
    int patched = 0;
    for (qsizetype at = zip.indexOf(name); at >= 0; at = zip.indexOf(name, at + 1)) {
        qsizetype field = -1;
        if (at >= 30 && zip.mid(at - 30, 4) == "PK\x03\x04")
            field = at - 30 + 22; // local file header: uncompressed size
        else if (at >= 46 && zip.mid(at - 46, 4) == "PK\x01\x02")
            field = at - 46 + 24; // central directory header: uncompressed size
        if (field < 0)
            continue;
        for (int b = 0; b < 4; ++b)
            zip[field + b] = static_cast<char>((size >> (8 * b)) & 0xFF);
        ++patched;
    }
    REQUIRE(patched == 2);
    writeFile(path, zip);
}

} // namespace

TEST_CASE("A Vietnamese roster in an xlsx is imported in a child with its names exact",
          "[roster][xlsx]")
{
    ChildSetUp child;
    TempFolder folder;
    const QString path = folder.filePath(QStringLiteral("Danh sách đại biểu.xlsx"));
    const QList<Person> roster = vietnameseRoster(200);
    writeRoster(path, roster);

    QElapsedTimer timer;
    timer.start();
    const RosterTable table = RosterImport::readFile(path);
    const RosterPreview preview = RosterImport::preview(table);
    INFO("200 rows read and previewed in " << timer.elapsed() << " ms");
    CHECK(timer.elapsed() < 10000);

    CHECK(table.encoding == QStringLiteral("Excel workbook (.xlsx)"));
    CHECK(table.delimiter.isNull());
    REQUIRE(table.rows.size() == 3 + 200);
    CHECK(table.rows[0] ==
          QStringList{QStringLiteral("DANH SÁCH ĐẠI BIỂU DỰ ĐẠI HỘI"), {}, {}, {}, {}, {}});
    CHECK(table.rows[1] == QStringList(6));
    CHECK(table.rows[3][0] == QStringLiteral("1")); // a number, without ".0"
    CHECK(table.rows[202][0] == QStringLiteral("200"));

    REQUIRE(preview.problems.isEmpty());
    CHECK(preview.ok());
    CHECK(preview.headerRow == 3);
    CHECK(preview.mapping == QList<RosterField>{RosterField::Number, RosterField::Name,
                                                RosterField::Unit, RosterField::Delegation,
                                                RosterField::Role, RosterField::Phone});
    CHECK(preview.skipped.isEmpty());
    REQUIRE(preview.delegates.size() == 200);
    for (int i = 0; i < 200; ++i) {
        INFO("delegate " << i + 1);
        const NewDelegate &d = preview.delegates[i];
        CHECK(d.number == i + 1);
        CHECK(d.fullName == roster[i].name);
        CHECK(d.unit == roster[i].unit);
        CHECK(d.delegation == roster[i].delegation);
        CHECK(d.role == roster[i].role);
        CHECK(d.phone == roster[i].phone); // text in the sheet: its leading 0 kept
    }
    CHECK(preview.delegates[0].fullName == QStringLiteral("Nguyễn Văn Ánh 1"));
    CHECK(preview.delegates[15].fullName == QStringLiteral("Bùi Ngọc Ỷ Lan 16"));
    CHECK(preview.delegates[0].phone == QStringLiteral("0912345600"));

    // The name says nothing: a workbook saved as roster.csv is still read as one.
    const QString misnamed = folder.filePath(QStringLiteral("roster.csv"));
    REQUIRE(QFile::copy(path, misnamed));
    CHECK(RosterImport::readFile(misnamed).rows == table.rows);

    // A phone typed into Excel as a number has lost its 0 in the file itself: it comes out as
    // the digits Excel kept, whole, never "912345600.0" or "9.123456E+8".
    writeRoster(path, roster.mid(0, 3), true);
    const RosterPreview numeric = RosterImport::preview(RosterImport::readFile(path));
    REQUIRE(numeric.delegates.size() == 3);
    CHECK(numeric.delegates[0].phone == QStringLiteral("912345600"));
}

TEST_CASE("Cells of every kind and holes between them are read in place", "[roster][xlsx]")
{
    TempFolder folder;
    const QString path = folder.filePath(QStringLiteral("cells.xlsx"));
    writeWorkbook(path, [](lxw_workbook *workbook) {
        lxw_worksheet *sheet = workbook_add_worksheet(workbook, nullptr);
        lxw_format *bold = workbook_add_format(workbook);
        format_set_bold(bold);
        number(sheet, 0, 0, 12);
        number(sheet, 0, 1, 3.5);
        number(sheet, 0, 2, -7);
        number(sheet, 0, 3, 0.1);
        text(sheet, 0, 4, QStringLiteral("0912345678"));
        REQUIRE(worksheet_write_boolean(sheet, 0, 5, 1, nullptr) == LXW_NO_ERROR);
        REQUIRE(worksheet_write_formula_num(sheet, 0, 6, "=1+2", nullptr, 3) == LXW_NO_ERROR);
        lxw_rich_string_tuple family{bold, const_cast<char *>("Nguyễn ")};
        lxw_rich_string_tuple rest{nullptr, const_cast<char *>("Thị Ánh")};
        lxw_rich_string_tuple *runs[] = {&family, &rest, nullptr};
        REQUIRE(worksheet_write_rich_string(sheet, 0, 7, runs, nullptr) == LXW_NO_ERROR);
        text(sheet, 0, 8, QStringLiteral("a_b \"q\" <&> ")); // kept as typed, spaces too
        // Row 2: B2 and D2 only.
        text(sheet, 1, 1, QStringLiteral("Bình"));
        text(sheet, 1, 3, QStringLiteral("Đông"));
        // Below: what shows nothing makes no row (a formatted blank, a lone space).
        REQUIRE(worksheet_write_blank(sheet, 40, 2, bold) == LXW_NO_ERROR);
        text(sheet, 41, 0, QStringLiteral(" "));
    });
    const QList<QStringList> rows = XlsxRoster::read(path);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0] == QStringList{QStringLiteral("12"), QStringLiteral("3.5"), QStringLiteral("-7"),
                                 QStringLiteral("0.1"), QStringLiteral("0912345678"),
                                 QStringLiteral("TRUE"), QStringLiteral("3"),
                                 QStringLiteral("Nguyễn Thị Ánh"),
                                 QStringLiteral("a_b \"q\" <&> ")});
    CHECK(rows[1] ==
          QStringList{{}, QStringLiteral("Bình"), {}, QStringLiteral("Đông"), {}, {}, {}, {}, {}});

    // Only B2 and D2: row 1 is a row of empty cells, and no column past D is made.
    writeWorkbook(path, [](lxw_workbook *workbook) {
        lxw_worksheet *sheet = workbook_add_worksheet(workbook, nullptr);
        text(sheet, 1, 1, QStringLiteral("Họ và tên"));
        text(sheet, 1, 3, QStringLiteral("Đơn vị"));
    });
    CHECK(XlsxRoster::read(path) ==
          QList<QStringList>{
              QStringList(4),
              QStringList{{}, QStringLiteral("Họ và tên"), {}, QStringLiteral("Đơn vị")}});

    // Inline strings (t="inlineStr"), as libxlsxwriter writes in constant-memory mode and
    // other programs always do.
    writeWorkbook(
        path,
        [](lxw_workbook *workbook) {
            lxw_worksheet *sheet = workbook_add_worksheet(workbook, nullptr);
            text(sheet, 0, 0, QStringLiteral("Họ và tên"));
            number(sheet, 0, 2, 2026);
            text(sheet, 2, 1, QStringLiteral("Trần Thị Thủy"));
        },
        true);
    CHECK(XlsxRoster::read(path) ==
          QList<QStringList>{{QStringLiteral("Họ và tên"), {}, QStringLiteral("2026")},
                             QStringList(3),
                             {{}, QStringLiteral("Trần Thị Thủy"), {}}});

    // An empty sheet is an empty table (the preview says there is nobody in it).
    writeWorkbook(path, [](lxw_workbook *workbook) { workbook_add_worksheet(workbook, nullptr); });
    CHECK(XlsxRoster::read(path).isEmpty());
}

TEST_CASE("The first visible worksheet is the one read", "[roster][xlsx]")
{
    TempFolder folder;
    const QString path = folder.filePath(QStringLiteral("sheets.xlsx"));
    writeWorkbook(path, [](lxw_workbook *workbook) {
        lxw_worksheet *first = workbook_add_worksheet(workbook, "Đại biểu");
        lxw_worksheet *second = workbook_add_worksheet(workbook, "Ghi chú");
        text(first, 0, 0, QStringLiteral("Lê Văn Tám"));
        text(second, 0, 0, QStringLiteral("ghi chú"));
    });
    CHECK(XlsxRoster::read(path) == QList<QStringList>{{QStringLiteral("Lê Văn Tám")}});

    // A hidden first sheet (lists of units, lookups) is not what people see first.
    writeWorkbook(path, [](lxw_workbook *workbook) {
        lxw_worksheet *hidden = workbook_add_worksheet(workbook, "Danh mục");
        lxw_worksheet *shown = workbook_add_worksheet(workbook, "Đại biểu");
        text(hidden, 0, 0, QStringLiteral("Chi đoàn 1"));
        text(shown, 0, 0, QStringLiteral("Lê Văn Tám"));
        worksheet_activate(shown);
        worksheet_hide(hidden);
    });
    CHECK(XlsxRoster::read(path) == QList<QStringList>{{QStringLiteral("Lê Văn Tám")}});
}

TEST_CASE("Sheets over the roster caps are refused with the cell that is too far", "[roster][xlsx]")
{
    TempFolder folder;
    const QString path = folder.filePath(QStringLiteral("large.xlsx"));
    // The last row and column allowed are read...
    writeWorkbook(path, [](lxw_workbook *workbook) {
        lxw_worksheet *sheet = workbook_add_worksheet(workbook, nullptr);
        text(sheet, 0, kMaxRosterColumns - 1, QStringLiteral("x"));
        text(sheet, kMaxRosterRows - 1, 0, QStringLiteral("y"));
    });
    const QList<QStringList> rows = XlsxRoster::read(path);
    CHECK(rows.size() == kMaxRosterRows);
    CHECK(rows[0].size() == kMaxRosterColumns);
    CHECK(rows.last()[0] == QStringLiteral("y"));
    // ...one more is not.
    writeWorkbook(path, [](lxw_workbook *workbook) {
        lxw_worksheet *sheet = workbook_add_worksheet(workbook, nullptr);
        text(sheet, 4, kMaxRosterColumns, QStringLiteral("x"));
    });
    QString why = refusal([&] { XlsxRoster::read(path); });
    CHECK(why.contains(QStringLiteral("columns")));
    CHECK(why.contains(QStringLiteral("BM5")));
    writeWorkbook(path, [](lxw_workbook *workbook) {
        lxw_worksheet *sheet = workbook_add_worksheet(workbook, nullptr);
        text(sheet, 0, 0, QStringLiteral("Họ và tên"));
        text(sheet, 1048575, 0, QStringLiteral("z")); // Excel's last row
    });
    why = refusal([&] { XlsxRoster::read(path); });
    CHECK(why.contains(QStringLiteral("rows")));
    CHECK(why.contains(QStringLiteral("A1048576")));
}

TEST_CASE("Damaged and foreign files are refused quickly with a reason", "[roster][xlsx]")
{
    ChildSetUp child;
    TempFolder folder;
    const QString good = folder.filePath(QStringLiteral("good.xlsx"));
    writeRoster(good, vietnameseRoster(50));
    const QByteArray bytes = readFile(good);
    const QString path = folder.filePath(QStringLiteral("bad.xlsx"));
    const auto readRoster = [&] {
        RosterImport::readFile(path);
    };

    QElapsedTimer timer;
    timer.start();
    // Cut off mid-download: the central directory is gone.
    writeFile(path, bytes.left(bytes.size() / 2));
    QString why = refusal(readRoster);
    CHECK(why.contains(QStringLiteral("bad.xlsx")));
    CHECK(why.contains(QStringLiteral("damaged")));
    // The magic and nothing else.
    writeFile(path, "PK\x03\x04 rest of a zip");
    CHECK(refusal(readRoster).contains(QStringLiteral("xlsx")));
    // A ZIP, but no workbook.
    writeZip(path, {{QStringLiteral("hello.txt"), "xin chào"}});
    CHECK(refusal(readRoster).contains(QStringLiteral("not an Excel workbook")));
    // One letter changed on the disk: its checksum tells.
    QList<std::pair<QString, QByteArray>> parts = partsOf(good);
    writeZip(path, parts, true);
    QByteArray altered = readFile(path);
    const qsizetype letter = altered.indexOf("Nguy");
    REQUIRE(letter > 0);
    altered[letter] = 'M';
    writeFile(path, altered);
    CHECK(refusal(readRoster).contains(QStringLiteral("checksum")));
    // A workbook whose sheet is not XML.
    for (auto &[name, content] : parts)
        if (name == u"xl/worksheets/sheet1.xml")
            content = "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>";
    writeZip(path, parts);
    why = refusal(readRoster);
    CHECK(why.contains(QStringLiteral("sheet1.xml")));
    CHECK(why.contains(QStringLiteral("XML")));
    // A workbook whose cell points past its shared strings.
    for (auto &[name, content] : parts)
        if (name == u"xl/worksheets/sheet1.xml")
            content = "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>99999</v></c>"
                      "</row></sheetData></worksheet>";
    writeZip(path, parts);
    CHECK(refusal(readRoster).contains(QStringLiteral("damaged")));
    // A DTD, whose entities could expand: no workbook has one.
    for (auto &[name, content] : parts)
        if (name == u"xl/worksheets/sheet1.xml")
            content = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\">]>"
                      "<worksheet><sheetData/></worksheet>";
    writeZip(path, parts);
    CHECK(refusal(readRoster).contains(QStringLiteral("XML")));
    // Elements in elements, a million deep: each left open would cost the parser memory.
    for (auto &[name, content] : parts)
        if (name == u"xl/worksheets/sheet1.xml")
            content = "<worksheet>" + QByteArray("<a>").repeated(1000000);
    writeZip(path, parts);
    CHECK(refusal(readRoster).contains(QStringLiteral("deeper")));
    // A cell position Excel never writes.
    for (auto &[name, content] : parts)
        if (name == u"xl/worksheets/sheet1.xml")
            content = "<worksheet><sheetData><row r=\"1\"><c r=\"ZZZZ1\"><v>1</v></c>"
                      "</row></sheetData></worksheet>";
    writeZip(path, parts);
    CHECK(refusal(readRoster).contains(QStringLiteral("ZZZZ1")));
    INFO("eight refusals in " << timer.elapsed() << " ms");
    CHECK(timer.elapsed() < 20000);

    // An old .xls and a workbook with a password (an encrypted package in the same compound
    // file format) are told apart, each with what to do.
    writeFile(path, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(512, '\0'));
    CHECK(refusal(readRoster).contains(QStringLiteral(".xls")));
    QByteArray packaged = QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(512, '\0');
    for (const QChar c : QStringLiteral("EncryptedPackage"))
        packaged.append(static_cast<char>(c.unicode())).append('\0'); // UTF-16LE
    writeFile(path, packaged);
    CHECK(refusal(readRoster).contains(QStringLiteral("password")));
}

TEST_CASE("Encrypted entries are refused as a workbook with a password", "[roster][xlsx]")
{
    TempFolder folder;
    const QString good = folder.filePath(QStringLiteral("good.xlsx"));
    writeRoster(good, vietnameseRoster(3));
    const QString path = folder.filePath(QStringLiteral("locked.xlsx"));
    const QList<std::pair<QString, QByteArray>> parts = partsOf(good);
    int error = 0;
    zip_t *archive =
        zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    REQUIRE(archive != nullptr);
    bool encrypted = true;
    for (const auto &[name, bytes] : parts) {
        zip_source_t *source = zip_source_buffer(archive, bytes.constData(),
                                                 static_cast<zip_uint64_t>(bytes.size()), 0);
        const zip_int64_t index = zip_file_add(archive, name.toUtf8().constData(), source, 0);
        REQUIRE(index >= 0);
        encrypted = encrypted && zip_file_set_encryption(archive, static_cast<zip_uint64_t>(index),
                                                         ZIP_EM_AES_256, "mật khẩu") == 0;
    }
    REQUIRE(zip_close(archive) == 0);
    if (!encrypted) {
        WARN("this libzip cannot encrypt: not checked");
        return;
    }
    CHECK(refusal([&] { XlsxRoster::read(path); }).contains(QStringLiteral("password")));
}

TEST_CASE("ZIP bombs are refused by their size and by the bytes they really expand to",
          "[roster][xlsx]")
{
    ChildSetUp child;
    TempFolder folder;
    const QString good = folder.filePath(QStringLiteral("good.xlsx"));
    writeRoster(good, vietnameseRoster(5));
    QList<std::pair<QString, QByteArray>> parts = partsOf(good);
    // 200 MB of zeros in place of the shared strings: about 200 KB deflated.
    const QByteArray zeros(200 * 1024 * 1024, '\0');
    for (auto &[name, content] : parts)
        if (name == u"xl/sharedStrings.xml")
            content = zeros;
    const QString path = folder.filePath(QStringLiteral("bomb.xlsx"));
    writeZip(path, parts);
    REQUIRE(QFileInfo(path).size() < 2 * 1024 * 1024);

    // Its header tells the truth: refused before a byte is expanded.
    QElapsedTimer timer;
    timer.start();
    QString why = refusal([&] { RosterImport::readFile(path); });
    const qint64 honest = timer.elapsed();
    INFO("honest bomb refused in " << honest << " ms");
    CHECK(why.contains(QStringLiteral("too large")));
    CHECK(why.contains(QStringLiteral("sharedStrings.xml")));
    CHECK(honest < 10000);

    // Its headers say 1000 bytes: it is expanded only as far as one byte past what they say.
    lieAboutSize(path, "xl/sharedStrings.xml", 1000);
    timer.restart();
    why = refusal([&] { RosterImport::readFile(path); });
    const qint64 lying = timer.elapsed();
    INFO("lying bomb refused in " << lying << " ms: " << why.toStdString());
    CHECK(why.contains(QStringLiteral("more than it says")));
    CHECK(lying < 10000);
    // The same in this process, where the limits are XlsxRoster's own.
    CHECK(refusal([&] { XlsxRoster::read(path); }).contains(QStringLiteral("more than it says")));
}

TEST_CASE("Without a working child a workbook is refused and never parsed here", "[roster][xlsx]")
{
    TempFolder folder;
    const QString path = folder.filePath(QStringLiteral("roster.xlsx"));
    writeRoster(path, vietnameseRoster(2));
    // No program set, as in a window that found no docket-cli beside it.
    QString why = refusal([&] { RosterImport::readFile(path); });
    CHECK(why.contains(QStringLiteral("docket-cli")));
    CHECK(why.contains(QStringLiteral("CSV UTF-8")));
    // A child that fails says so, with its status.
    {
        ChildSetUp failing(QStringLiteral("/bin/false"));
        why = refusal([&] { RosterImport::readFile(path); });
        CHECK(why.contains(QStringLiteral("roster.xlsx")));
        CHECK(why.contains(QStringLiteral("status 1")));
    }
    // And the real one reads it.
    ChildSetUp child;
    CHECK(RosterImport::preview(RosterImport::readFile(path)).delegates.size() == 2);
}
