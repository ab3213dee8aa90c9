// SPDX-License-Identifier: GPL-3.0-or-later
// The printed layouts, read back as a delegate's phone reads paper: every PDF is rasterised at
// 150 dpi by Poppler and every QR code on it decoded by the real zbar, in reading order.
#include "catalog/Catalog.h"
#include "print/PrintLayouts.h"
#include "qr/DelegateUrl.h"
#include "qr/WifiPayload.h"
#include "support/PdfPages.h"
#include "support/QrDecode.h"
#include "support/TempLibrary.h"
#include "support/TestPdf.h"
#include "util/Error.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace docket;
using namespace testsupport;

namespace {

const QString kBase = QStringLiteral("HTTP://127.0.0.1:8080");
constexpr int kDpi = 150;
constexpr qreal kMmPerPoint = 25.4 / 72.0;

QString normalised(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C).simplified();
}

struct PrintedMeeting
{
    TempLibrary lib;
    Meeting meeting;
    QList<AgendaItem> items;
    WifiNetwork wifi;

    explicit PrintedMeeting(int itemCount = 9, const QString &language = QStringLiteral("vi"))
    {
        Catalog &catalog = lib.catalog();
        meeting = catalog.createMeeting(
            QStringLiteral("Hội nghị Ban Chấp hành Đoàn TNCS Hồ Chí Minh thành phố khoá XII, kỳ "
                           "họp thứ 5 (mở rộng)"),
            QDate(2026, 12, 5), QStringLiteral("Hội trường A, 27 Lê Thánh Tôn"), language);
        for (int i = 1; i <= itemCount; ++i) {
            QString title = QStringLiteral("Báo cáo số %1 về công tác Đoàn và phong trào thanh "
                                           "thiếu nhi")
                                .arg(i);
            if (i == 4) // wraps over several lines, and must not overflow the page
                title = QStringLiteral("Kiểm điểm tập thể Ban Thường vụ và đề xuất phương hướng, "
                                       "nhiệm vụ trọng tâm cho nhiệm kỳ tiếp theo, trong đó có "
                                       "một nội dung rất dài để thử việc xuống dòng của tiêu đề "
                                       "mục %1 trên tờ chương trình")
                            .arg(i);
            items << catalog.addItem(meeting.id, title,
                                     i % 3 == 0 ? QString()
                                                : QStringLiteral("Đ/c Nguyễn Thị Ánh Tuyết"));
        }
        wifi.ssid = QStringLiteral(R"(Hội trường; A:"Đoàn")");
        wifi.password = QStringLiteral(R"(p@ss,w;rd:"x"\)");
        catalog.setVenueWifi(wifi);
    }

    QList<PdfPage> print(PrintLayout layout, QPageSize::PageSizeId paper, int *pageCount = nullptr,
                         const PrintOptions &options = {})
    {
        const QString path = lib.sourcePath(printLayoutKey(layout) + QStringLiteral(".pdf"));
        const int pages = Printing::exportPdf(
            path, layout, Printing::load(lib.catalog(), meeting.id, kBase), paper, options);
        if (pageCount)
            *pageCount = pages;
        return readPdfPages(path, kDpi);
    }

    QString itemUrl(int number) const { return delegateurl::item(kBase, meeting.code, number); }
};

QSizeF paperPoints(QPageSize::PageSizeId paper)
{
    return QPageSize(paper).size(QPageSize::Point);
}

// Every word inside the 12 mm margins: nothing overflows the paper.
void checkInsideMargins(const PdfPage &page)
{
    const qreal margin = 12 / kMmPerPoint - 1; // one point of tolerance for glyph bearings
    for (const QRectF &box : page.wordBoxes) {
        CHECK(box.left() >= margin);
        CHECK(box.right() <= page.sizePoints.width() - margin);
        CHECK(box.top() >= margin);
        CHECK(box.bottom() <= page.sizePoints.height() - margin);
    }
}

} // namespace

TEST_CASE("Pagination never splits a row and fills pages in order", "[print]")
{
    CHECK(Printing::paginate({}, 100, 100).isEmpty());
    CHECK(Printing::paginate({30, 30, 30}, 100, 100) == QList<QList<int>>{{0, 1, 2}});
    CHECK(Printing::paginate({30, 30, 30, 30}, 100, 100) == QList<QList<int>>{{0, 1, 2}, {3}});
    CHECK(Printing::paginate({40, 40, 40, 40, 40}, 50, 100) ==
          QList<QList<int>>{{0}, {1, 2}, {3, 4}});
    // A row that only a later page can hold leaves the first page to the header.
    CHECK(Printing::paginate({80, 10}, 50, 100) == QList<QList<int>>{{}, {0, 1}});
    // A row taller than any page gets a page of its own rather than vanishing.
    CHECK(Printing::paginate({10, 300, 10}, 100, 100) == QList<QList<int>>{{0}, {1}, {2}});
}

TEST_CASE("Layout names", "[print]")
{
    CHECK(printLayoutFromKey(QStringLiteral("sheet")) == PrintLayout::Sheet);
    CHECK(printLayoutFromKey(QStringLiteral("CARDS")) == PrintLayout::Cards);
    CHECK(printLayoutFromKey(QStringLiteral("poster")) == PrintLayout::Poster);
    CHECK_FALSE(printLayoutFromKey(QStringLiteral("slides")));
    CHECK(printLayoutFromKey(QStringLiteral("tent")) == PrintLayout::TentCards);
    for (PrintLayout layout : {PrintLayout::Sheet, PrintLayout::Cards, PrintLayout::Poster,
                               PrintLayout::Badges, PrintLayout::TentCards})
        CHECK(printLayoutFromKey(printLayoutKey(layout)) == layout);
}

TEST_CASE("Cards come 1, 2, 4 or 8 to a page", "[print]")
{
    CHECK(Printing::cardGrid(1) == std::pair{1, 1});
    CHECK(Printing::cardGrid(2) == std::pair{1, 2});
    CHECK(Printing::cardGrid(4) == std::pair{2, 2});
    CHECK(Printing::cardGrid(8) == std::pair{2, 4});
    for (const int refused : {0, 3, 6, 16, -4})
        CHECK_THROWS_AS(Printing::cardGrid(refused), Error);
}

TEST_CASE("The place-and-date line of an official document", "[print]")
{
    const QString hcm = QStringLiteral("TP. Hồ Chí Minh");
    CHECK(Printing::placeAndDate(hcm, QDate(2026, 12, 5), QStringLiteral("vi")) ==
          QStringLiteral("TP. Hồ Chí Minh, ngày 05 tháng 12 năm 2026"));
    CHECK(Printing::placeAndDate(hcm, QDate(2027, 1, 15), QStringLiteral("vi")) ==
          QStringLiteral("TP. Hồ Chí Minh, ngày 15 tháng 01 năm 2027"));
    CHECK(Printing::placeAndDate(hcm, QDate(2027, 2, 9), QStringLiteral("vi")) ==
          QStringLiteral("TP. Hồ Chí Minh, ngày 09 tháng 02 năm 2027"));
    CHECK(Printing::placeAndDate(hcm, QDate(2027, 3, 26), QStringLiteral("vi")) ==
          QStringLiteral("TP. Hồ Chí Minh, ngày 26 tháng 3 năm 2027"));
    CHECK(Printing::placeAndDate({}, QDate(2026, 11, 20), QStringLiteral("vi")) ==
          QStringLiteral("Ngày 20 tháng 11 năm 2026"));
    CHECK(Printing::placeAndDate(QStringLiteral("  Hà   Nội "), {}, QStringLiteral("vi")) ==
          QStringLiteral("Hà Nội"));
    CHECK(
        Printing::placeAndDate(QStringLiteral("Hanoi"), QDate(2026, 12, 5), QStringLiteral("en")) ==
        QStringLiteral("Hanoi, December 5, 2026"));
}

TEST_CASE("The agenda sheet: every item's code decodes, in agenda order, none split",
          "[print][zbar]")
{
    const auto paper = GENERATE(QPageSize::A4, QPageSize::Letter);
    INFO((paper == QPageSize::A4 ? "A4" : "Letter"));
    PrintedMeeting printed;
    int pageCount = 0;
    const QList<PdfPage> pages = printed.print(PrintLayout::Sheet, paper, &pageCount);
    REQUIRE(pages.size() == pageCount);
    REQUIRE(pages.size() >= 2);
    REQUIRE(pages.size() <= 3);

    QStringList decoded;
    QList<int> pageOfCode;
    for (int p = 0; p < pages.size(); ++p) {
        const PdfPage &page = pages[p];
        CHECK(std::abs(page.sizePoints.width() - paperPoints(paper).width()) < 1);
        CHECK(std::abs(page.sizePoints.height() - paperPoints(paper).height()) < 1);
        checkInsideMargins(page);
        for (const DecodedQr &symbol : decodeQrSymbols(page.image)) {
            decoded << symbol.text;
            pageOfCode << p;
            // At least 25 mm for the symbol itself, quiet zone not counted.
            CHECK(symbol.bounds.width() * 25.4 / kDpi >= 25.0);
        }
    }
    QStringList expected{delegateurl::meeting(kBase, printed.meeting.code)};
    for (const AgendaItem &item : printed.items)
        expected << printed.itemUrl(item.number);
    CHECK(decoded == expected);
    REQUIRE(pageOfCode.size() == expected.size());
    CHECK(pageOfCode[0] == 0); // the meeting's code heads the first page
    // Several items per page.
    CHECK(std::count(pageOfCode.begin(), pageOfCode.end(), 0) >= 4);

    // Each item's title, wrapped or not, is whole on the one page that carries its code.
    for (int i = 0; i < printed.items.size(); ++i) {
        const AgendaItem &item = printed.items[i];
        INFO(item.title.toStdString());
        int pagesWithTitle = 0;
        for (int p = 0; p < pages.size(); ++p) {
            if (normalised(pages[p].text).contains(normalised(item.title))) {
                ++pagesWithTitle;
                CHECK(p == pageOfCode[i + 1]);
            }
        }
        CHECK(pagesWithTitle == 1);
    }
    // The header: the meeting's title, the venue, the Wi-Fi line, in Vietnamese letters.
    const QString first = normalised(pages[0].text);
    CHECK(first.contains(normalised(printed.meeting.title)));
    CHECK(first.contains(QStringLiteral("Hội trường A, 27 Lê Thánh Tôn")));
    CHECK(first.contains(QStringLiteral("p@ss,w;rd:\"x\"\\")));
}

TEST_CASE("Cards: one item per page with a large code", "[print][zbar]")
{
    const auto paper = GENERATE(QPageSize::A4, QPageSize::Letter);
    PrintedMeeting printed(5);
    const QList<PdfPage> pages = printed.print(PrintLayout::Cards, paper);
    REQUIRE(pages.size() == printed.items.size());
    for (int i = 0; i < pages.size(); ++i) {
        const QList<DecodedQr> symbols = decodeQrSymbols(pages[i].image);
        REQUIRE(symbols.size() == 1);
        CHECK(symbols[0].text == printed.itemUrl(i + 1));
        CHECK(symbols[0].bounds.width() * 25.4 / kDpi >= 80.0);
        CHECK(normalised(pages[i].text).contains(normalised(printed.items[i].title)));
        checkInsideMargins(pages[i]);
    }
}

// Cuts a page of columns x rows cards into the cards' own images, in reading order.
QList<QImage> cardCells(const QImage &page, int columns, int rows)
{
    const qreal margin = 12.0 * kDpi / 25.4;
    const qreal width = (page.width() - 2 * margin) / columns;
    const qreal height = (page.height() - 2 * margin) / rows;
    QList<QImage> cells;
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < columns; ++c)
            cells << page.copy(
                QRectF(margin + c * width, margin + r * height, width, height).toAlignedRect());
    return cells;
}

TEST_CASE("Cards four to a page: every code decodes in agenda order, by zbar and by ZXing",
          "[print][zbar]")
{
    PrintedMeeting printed(7);
    // A name long enough that "Wi-Fi: name · mật khẩu: password" does not fit a card's width.
    printed.wifi.ssid = QStringLiteral("HoiTruong-Doan");
    printed.wifi.password = QStringLiteral("tuoitre2026");
    printed.lib.catalog().setVenueWifi(printed.wifi);
    int pageCount = 0;
    const QList<PdfPage> pages =
        printed.print(PrintLayout::Cards, QPageSize::A4, &pageCount, PrintOptions{4, false, false});
    REQUIRE(pageCount == 2); // 7 cards: four, then three
    REQUIRE(pages.size() == 2);

    QStringList decoded;
    TempFolder folder;
    QStringList cellFiles;
    for (int p = 0; p < pages.size(); ++p) {
        for (const DecodedQr &symbol : decodeQrSymbols(pages[p].image)) {
            decoded << symbol.text;
            // Still a code a phone reads across a table: at least 40 mm.
            CHECK(symbol.bounds.width() * 25.4 / kDpi >= 40.0);
        }
        const QList<QImage> cells = cardCells(pages[p].image, 2, 2);
        for (int i = 0; i < cells.size() && p * 4 + i < printed.items.size(); ++i) {
            cellFiles << folder.filePath(QStringLiteral("card-%1.png").arg(p * 4 + i + 1));
            REQUIRE(cells[i].save(cellFiles.constLast()));
        }
        checkInsideMargins(pages[p]);
        const QString text = normalised(pages[p].text);
        // Each card says how to scan and how to join, the network set apart as on the sheet.
        CHECK(text.count(QStringLiteral("Quét bằng camera hoặc Zalo")) == (p == 0 ? 4 : 3));
        // (Words of cards side by side come interleaved, line by line: count whole words.)
        const QStringList words = pages[p].text.split(u' ');
        CHECK(words.count(QStringLiteral("HoiTruong-Doan")) == (p == 0 ? 4 : 3));
        CHECK(words.count(QStringLiteral("tuoitre2026")) == (p == 0 ? 4 : 3));
        // Too long for one line, the name and the password take a line each, the password
        // beside its label (never wrapped away from it onto the next line).
        INFO(text.toStdString());
        CHECK(text.count(QStringLiteral("Wi-Fi: HoiTruong-Doan")) == (p == 0 ? 4 : 3));
        CHECK(text.count(QStringLiteral("Mật khẩu: tuoitre2026")) == (p == 0 ? 4 : 3));
    }
    QStringList expected;
    for (int n = 1; n <= printed.items.size(); ++n)
        expected << printed.itemUrl(n);
    CHECK(decoded == expected);

    // ZXing reads like Android phones: each card on its own, in the same order.
    QProcess reader;
    reader.start(
        QStringLiteral("ZXingReader"),
        QStringList{QStringLiteral("-1"), QStringLiteral("-format"), QStringLiteral("QRCode")} +
            cellFiles);
    REQUIRE(reader.waitForFinished(60000));
    const QStringList lines =
        QString::fromUtf8(reader.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == expected.size());
    for (int i = 0; i < lines.size(); ++i)
        CHECK(lines[i] ==
              cellFiles[i] + QStringLiteral(" QRCode \"") + expected[i] + QStringLiteral("\""));
}

TEST_CASE("Cards two and eight to a page, and tent cards that read upright on both faces",
          "[print][zbar]")
{
    PrintedMeeting printed(9);
    QStringList expected;
    for (int n = 1; n <= printed.items.size(); ++n)
        expected << printed.itemUrl(n);
    for (const auto &[perPage, pageTotal] : {std::pair{2, 5}, std::pair{8, 2}}) {
        INFO(perPage);
        int pageCount = 0;
        const QList<PdfPage> pages = printed.print(PrintLayout::Cards, QPageSize::A4, &pageCount,
                                                   PrintOptions{perPage, false, false});
        CHECK(pageCount == pageTotal);
        QStringList decoded;
        for (const PdfPage &page : pages) {
            for (const DecodedQr &symbol : decodeQrSymbols(page.image))
                decoded << symbol.text;
            checkInsideMargins(page);
        }
        CHECK(decoded == expected);
    }

    // A tent: a page per item, the card twice, one half turned round for the far side.
    int pageCount = 0;
    const QList<PdfPage> tents = printed.print(PrintLayout::TentCards, QPageSize::A4, &pageCount);
    CHECK(pageCount == 9);
    REQUIRE(tents.size() == 9);
    for (int i = 0; i < tents.size(); ++i) {
        const QImage &page = tents[i].image;
        const QImage upper = page.copy(0, 0, page.width(), page.height() / 2);
        const QImage lower = page.copy(0, page.height() / 2, page.width(), page.height() / 2);
        CHECK(decodeQr(upper) == QStringList{expected[i]});
        CHECK(decodeQr(lower) == QStringList{expected[i]});
        // The far face is the near one turned round: its image, rotated, matches.
        const QImage turned = upper.transformed(QTransform().rotate(180));
        CHECK(decodeQrSymbols(turned).first().bounds.center().x() ==
              Approx(decodeQrSymbols(lower).first().bounds.center().x()).margin(12));
        checkInsideMargins(tents[i]);
    }
    CHECK(normalised(tents[0].text).contains(QStringLiteral("Gấp theo đường này")));

    // A count the layouts have no grid for is refused, and nothing is written.
    const QString refused = printed.lib.sourcePath(QStringLiteral("three.pdf"));
    CHECK_THROWS_AS(
        Printing::exportPdf(refused, PrintLayout::Cards,
                            Printing::load(printed.lib.catalog(), printed.meeting.id, kBase),
                            QPageSize::A4, PrintOptions{3, false, false}),
        Error);
    CHECK_FALSE(QFileInfo::exists(refused));
}

TEST_CASE("The agenda sheet's official header and each item's documents", "[print][zbar]")
{
    PrintedMeeting printed(3);
    Catalog &catalog = printed.lib.catalog();
    catalog.setLetterhead({QStringLiteral("ĐOÀN TNCS HỒ CHÍ MINH\nBCH ĐOÀN PHƯỜNG BẾN NGHÉ"),
                           QStringLiteral("TP. Hồ Chí Minh")});
    CHECK(catalog.letterhead().organisation ==
          QStringLiteral("ĐOÀN TNCS HỒ CHÍ MINH\nBCH ĐOÀN PHƯỜNG BẾN NGHÉ"));
    for (const QString &name : {QStringLiteral("Báo cáo chính trị.pdf"),
                                QStringLiteral("Dự thảo Nghị quyết Đại hội.pdf")}) {
        writePdf(printed.lib.sourcePath(name), 1, name);
        printed.lib.library().importDocument(printed.items[1].id, printed.lib.sourcePath(name));
    }

    const PdfPage plain = printed.print(PrintLayout::Sheet, QPageSize::A4)[0];
    CHECK_FALSE(normalised(plain.text).contains(QStringLiteral("BẾN NGHÉ")));
    CHECK_FALSE(normalised(plain.text).contains(QStringLiteral("Báo cáo chính trị")));

    const PdfPage page =
        printed.print(PrintLayout::Sheet, QPageSize::A4, nullptr, PrintOptions{1, true, true})[0];
    const QString text = normalised(page.text);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("ĐOÀN TNCS HỒ CHÍ MINH")));
    CHECK(text.contains(QStringLiteral("BCH ĐOÀN PHƯỜNG BẾN NGHÉ")));
    CHECK(text.contains(QStringLiteral("TP. Hồ Chí Minh, ngày 05 tháng 12 năm 2026")));
    CHECK(text.contains(QStringLiteral("Báo cáo chính trị")));
    CHECK(text.contains(QStringLiteral("Dự thảo Nghị quyết Đại hội")));
    checkInsideMargins(page);
    // The header above the title: the organisation's words come first on the page.
    const qsizetype organisation = text.indexOf(QStringLiteral("BCH ĐOÀN"));
    CHECK(organisation < text.indexOf(QStringLiteral("Hội nghị Ban Chấp hành")));
    // Every code still decodes, in order: the meeting's, then the items'.
    CHECK(decodeQr(page.image) == QStringList{delegateurl::meeting(kBase, printed.meeting.code),
                                              printed.itemUrl(1), printed.itemUrl(2),
                                              printed.itemUrl(3)});

    // A name too long for a header is refused with a reason; what was kept stays.
    CHECK_THROWS_AS(catalog.setLetterhead({QStringLiteral("1\n2\n3\n4\n5"), {}}), Error);
    CHECK(catalog.letterhead().place == QStringLiteral("TP. Hồ Chí Minh"));
}

TEST_CASE("The poster carries the Wi-Fi join code and the meeting's code", "[print][zbar]")
{
    const auto paper = GENERATE(QPageSize::A4, QPageSize::Letter);
    PrintedMeeting printed(2);
    const QList<PdfPage> pages = printed.print(PrintLayout::Poster, paper);
    REQUIRE(pages.size() == 1);
    const QStringList decoded = decodeQr(pages[0].image);
    CHECK(decoded == QStringList{QString::fromUtf8(wifipayload::payload(printed.wifi)),
                                 delegateurl::meeting(kBase, printed.meeting.code)});
    CHECK(normalised(pages[0].text).contains(normalised(printed.wifi.ssid)));
    // The password a word of its own, after its label and not after a colon of a sentence.
    CHECK(pages[0].text.split(u' ').contains(printed.wifi.password));
    CHECK(normalised(pages[0].text).contains(QStringLiteral("Mật khẩu ") + printed.wifi.password));
    checkInsideMargins(pages[0]);

    // Without a network the poster is the meeting's code alone.
    printed.lib.catalog().setVenueWifi({});
    CHECK(decodeQr(printed.print(PrintLayout::Poster, paper)[0].image) ==
          QStringList{delegateurl::meeting(kBase, printed.meeting.code)});
}

TEST_CASE("Printing refuses what would make a useless or half-written sheet", "[print]")
{
    PrintedMeeting printed(0);
    // No address for the codes.
    CHECK_THROWS_AS(Printing::load(printed.lib.catalog(), printed.meeting.id, {}), Error);
    CHECK_THROWS_AS(Printing::load(printed.lib.catalog(), 9999, kBase), Error);
    const PrintSource source = Printing::load(printed.lib.catalog(), printed.meeting.id, kBase);

    // Cards of a meeting without items: an error, no file left behind, and a file already
    // there is left as it was.
    const QString cards = printed.lib.sourcePath(QStringLiteral("cards.pdf"));
    CHECK_THROWS_AS(Printing::exportPdf(cards, PrintLayout::Cards, source, QPageSize::A4), Error);
    CHECK_FALSE(QFileInfo::exists(cards));
    writeFile(cards, "keep me");
    CHECK_THROWS_AS(Printing::exportPdf(cards, PrintLayout::Cards, source, QPageSize::A4), Error);
    CHECK(readFile(cards) == "keep me");

    // A sheet without items still prints its header and says so.
    const QString sheet = printed.lib.sourcePath(QStringLiteral("sheet.pdf"));
    CHECK(Printing::exportPdf(sheet, PrintLayout::Sheet, source, QPageSize::A4) == 1);
    const QList<PdfPage> pages = readPdfPages(sheet, kDpi);
    CHECK(decodeQr(pages[0].image) ==
          QStringList{delegateurl::meeting(kBase, printed.meeting.code)});

    // A place that cannot be written: a clear error naming it.
    const QString nowhere = printed.lib.sourcePath(QStringLiteral("no such folder/sheet.pdf"));
    try {
        Printing::exportPdf(nowhere, PrintLayout::Sheet, source, QPageSize::A4);
        FAIL("exported into a missing folder");
    } catch (const Error &error) {
        CHECK(error.message().contains(QStringLiteral("no such folder")));
    }
}

TEST_CASE("Paper speaks the meeting's language, whatever the organiser's UI language", "[print]")
{
    PrintedMeeting vietnamese(2, QStringLiteral("vi"));
    const QString vi = normalised(vietnamese.print(PrintLayout::Sheet, QPageSize::A4)[0].text);
    CHECK(vi.contains(QStringLiteral("Người trình bày: Đ/c Nguyễn Thị Ánh Tuyết")));
    CHECK(vi.contains(QStringLiteral("Thứ Bảy, 5 tháng 12, 2026")));
    CHECK(vi.contains(QStringLiteral("Tất cả tài liệu")));
    const QString viCard = normalised(vietnamese.print(PrintLayout::Cards, QPageSize::A4)[1].text);
    CHECK(viCard.contains(QStringLiteral("Nội dung 2")));
    const QString viPoster =
        normalised(vietnamese.print(PrintLayout::Poster, QPageSize::A4)[0].text);
    CHECK(viPoster.contains(QStringLiteral("1. Kết nối Wi-Fi")));

    PrintedMeeting english(2, QStringLiteral("en"));
    const QString en = normalised(english.print(PrintLayout::Sheet, QPageSize::Letter)[0].text);
    CHECK(en.contains(QStringLiteral("Presenter: Đ/c Nguyễn Thị Ánh Tuyết")));
    CHECK(en.contains(QStringLiteral("Saturday, December 5, 2026")));
    CHECK(en.contains(QStringLiteral("All documents")));
    const QString enPoster = normalised(english.print(PrintLayout::Poster, QPageSize::A4)[0].text);
    CHECK(enPoster.contains(QStringLiteral("1. Join the Wi-Fi")));
}

TEST_CASE("The agenda sheet sets the Wi-Fi apart: no punctuation touches name or password",
          "[print]")
{
    PrintedMeeting printed(2, QStringLiteral("vi"));
    printed.wifi.ssid = QStringLiteral("DoanTN-2026");
    printed.wifi.password = QStringLiteral("tuoitre2026");
    printed.lib.catalog().setVenueWifi(printed.wifi);
    const PdfPage page = printed.print(PrintLayout::Sheet, QPageSize::A4)[0];
    const QString text = normalised(page.text);
    INFO(text.toStdString());
    // (The page's words come in the order of their positions, which may put the first item's
    // big number between the two.)
    CHECK(text.contains(QStringLiteral("Wi-Fi: DoanTN-2026")));
    CHECK(text.contains(QStringLiteral("· mật khẩu: tuoitre2026")));
    // Each is a word of its own on the page, exactly as typed: no full stop or comma after it.
    const QStringList words = page.text.split(u' ');
    CHECK(words.count(QStringLiteral("tuoitre2026")) == 1);
    CHECK(words.count(QStringLiteral("DoanTN-2026")) == 1);
    CHECK_FALSE(text.contains(QStringLiteral("tuoitre2026.")));
    CHECK_FALSE(text.contains(QStringLiteral("tuoitre2026,")));
}

TEST_CASE("Nothing is cut off: an unbreakable word wraps, an endless title shrinks above the "
          "footer",
          "[print]")
{
    PrintedMeeting printed(0);
    Catalog &catalog = printed.lib.catalog();
    const QString pasted =
        QStringLiteral("Báo_cáo_tổng_kết_công_tác_năm_2026_và_phương_hướng_nhiệm_"
                       "vụ_năm_2027_của_Ban_Chấp_hành_Đoàn_trường");
    catalog.addItem(printed.meeting.id, pasted, pasted);
    QString endless;
    for (int i = 0; i < 700; ++i)
        endless += QStringLiteral("nội dung ");
    catalog.addItem(printed.meeting.id, endless.trimmed());
    catalog.addItem(printed.meeting.id, QStringLiteral("Bế mạc"));

    const QList<PdfPage> pages = printed.print(PrintLayout::Sheet, QPageSize::A4);
    auto squeezed = [](const QString &text) {
        QString out = text.normalized(QString::NormalizationForm_C);
        out.remove(QRegularExpression(QStringLiteral("\\s")));
        return out;
    };
    // The whole pasted name is on the paper, in pieces if need be.
    CHECK(squeezed(pages[0].text).contains(squeezed(pasted)));
    const qreal footerTop = pages[0].sizePoints.height() - (12 + 8) / kMmPerPoint;
    QStringList decoded;
    for (const PdfPage &page : pages) {
        checkInsideMargins(page);
        // No word of a row reaches into the footer (the page number's line).
        int intoFooter = 0;
        for (const QRectF &box : page.wordBoxes)
            intoFooter += box.bottom() > footerTop && box.top() < footerTop - 1;
        CHECK(intoFooter == 0);
        decoded << decodeQr(page.image);
    }
    // Every code is still there, in order.
    CHECK(decoded == QStringList{delegateurl::meeting(kBase, printed.meeting.code),
                                 printed.itemUrl(1), printed.itemUrl(2), printed.itemUrl(3)});
    // A server that never started has port 0: no sheet with codes that lead nowhere.
    CHECK_THROWS_AS(
        Printing::load(catalog, printed.meeting.id, QStringLiteral("HTTP://192.168.1.23:0")),
        Error);
}

namespace {

Survey surveyWith(Catalog &catalog, Id meetingId, const QString &title, SurveyState state)
{
    Survey draft;
    draft.title = title;
    SurveyQuestion rating;
    rating.kind = QuestionKind::Rating;
    rating.text = QStringLiteral("Bạn hài lòng với hội nghị không?");
    draft.questions = {rating};
    const Survey made = catalog.createSurvey(meetingId, draft);
    if (state != SurveyState::Draft)
        catalog.setSurveyState(made.id, state);
    return *catalog.survey(made.id);
}

} // namespace

TEST_CASE("The agenda sheet ends with a box per survey the hall will answer", "[print][zbar]")
{
    PrintedMeeting printed(3);
    Catalog &catalog = printed.lib.catalog();
    const Survey open = surveyWith(catalog, printed.meeting.id,
                                   QStringLiteral("Góp ý sau hội nghị"), SurveyState::Open);
    const Survey later =
        surveyWith(catalog, printed.meeting.id, QStringLiteral("Đánh giá công tác tổ chức"),
                   SurveyState::Draft);
    const Survey closed = surveyWith(catalog, printed.meeting.id,
                                     QStringLiteral("Khảo sát kỳ trước"), SurveyState::Closed);
    const Survey standing = surveyWith(catalog, 0, QStringLiteral("Một cửa"), SurveyState::Open);

    const QList<PdfPage> pages = printed.print(PrintLayout::Sheet, QPageSize::A4);
    QStringList decoded;
    QString text;
    for (const PdfPage &page : pages) {
        checkInsideMargins(page);
        for (const DecodedQr &symbol : decodeQrSymbols(page.image)) {
            decoded << symbol.text;
            CHECK(symbol.bounds.width() * 25.4 / kDpi >= 25.0);
        }
        text += normalised(page.text) + u' ';
    }
    QStringList expected{delegateurl::meeting(kBase, printed.meeting.code)};
    for (const AgendaItem &item : printed.items)
        expected << printed.itemUrl(item.number);
    // After the agenda, in the order they were made; not the closed one, not another's.
    expected << delegateurl::meeting(kBase, open.code) << delegateurl::meeting(kBase, later.code);
    CHECK(decoded == expected);
    CHECK(text.contains(QStringLiteral("Khảo sát: Góp ý sau hội nghị")));
    CHECK(text.contains(QStringLiteral("Khảo sát: Đánh giá công tác tổ chức")));
    CHECK_FALSE(text.contains(closed.title));
    CHECK_FALSE(text.contains(standing.title));
    // A draft's box says when it can be answered.
    CHECK(text.contains(QStringLiteral("khi ban tổ chức mở khảo sát")));
}

TEST_CASE("A survey's counter poster, A4 and A5: its code, the Wi-Fi and the privacy notice",
          "[print][zbar]")
{
    const auto paper = GENERATE(QPageSize::A4, QPageSize::A5);
    INFO((paper == QPageSize::A4 ? "A4" : "A5"));
    PrintedMeeting printed(1);
    Catalog &catalog = printed.lib.catalog();
    const Survey counter = surveyWith(catalog, 0,
                                      QStringLiteral("Khảo sát mức độ hài lòng tại "
                                                     "bộ phận một cửa"),
                                      SurveyState::Open);
    const QString path = printed.lib.sourcePath(QStringLiteral("poster.pdf"));
    Printing::exportSurveyPosterPdf(path, Printing::loadSurveyPoster(catalog, counter.id, kBase),
                                    paper);
    const QList<PdfPage> pages = readPdfPages(path, kDpi);
    REQUIRE(pages.size() == 1);
    const PdfPage &page = pages[0];
    CHECK(std::abs(page.sizePoints.width() - paperPoints(paper).width()) < 1);
    checkInsideMargins(page);
    const QList<DecodedQr> symbols = decodeQrSymbols(page.image);
    REQUIRE(symbols.size() == 2);
    // The survey's code first and largest, then the Wi-Fi of the venue (a standing survey's).
    CHECK(symbols[0].text == delegateurl::meeting(kBase, counter.code));
    CHECK(symbols[1].text == QString::fromUtf8(wifipayload::payload(printed.wifi)));
    CHECK(symbols[0].bounds.width() * 25.4 / kDpi >= (paper == QPageSize::A4 ? 85.0 : 60.0));
    CHECK(symbols[0].bounds.width() > 2 * symbols[1].bounds.width());
    const QString text = normalised(page.text);
    CHECK(text.contains(normalised(counter.title)));
    CHECK(text.contains(QStringLiteral("Quét mã để trả lời khảo sát")));
    CHECK(text.contains(normalised(printed.wifi.ssid)));
    CHECK(text.contains(QStringLiteral("p@ss,w;rd:\"x\"\\")));
    CHECK(text.contains(QStringLiteral("Ẩn danh")));

    // No address yet: refused, nothing written.
    const QString none = printed.lib.sourcePath(QStringLiteral("none.pdf"));
    CHECK_THROWS_AS(Printing::loadSurveyPoster(catalog, counter.id, {}), Error);
    SurveyPosterSource unaddressed = Printing::loadSurveyPoster(catalog, counter.id, kBase);
    unaddressed.baseUrl.clear();
    CHECK_THROWS_AS(Printing::exportSurveyPosterPdf(none, unaddressed, paper), Error);
    CHECK_FALSE(QFileInfo::exists(none));
}
