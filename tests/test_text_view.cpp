// SPDX-License-Identifier: GPL-3.0-or-later
// Reading on a small phone: a page's text reflowed (textflow, pure, then the render workers and
// the real server on 127.0.0.1 with curl), the document's own contents, going to a page and
// searching a document's words.
#include "pdf/TextFlow.h"
#include "server/HttpParsing.h"
#include "support/Curl.h"
#include "support/HostedSite.h"
#include "support/OutlinePdf.h"

#include <QFont>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace docket;
using namespace testsupport;
using textflow::Block;
using textflow::Line;

namespace {

Line line(const QString &text, double left, double top, double width, double height = 12)
{
    return Line{text, QRectF(left, top, width, height), 3};
}

// The text of an HTML fragment or page, tags dropped, white space collapsed.
QString textOf(const QByteArray &html)
{
    QString text = QString::fromUtf8(html);
    text.replace(QRegularExpression(QStringLiteral("<[^>]*>")), QStringLiteral(" "));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text.simplified();
}

// Page 1 of a two-column A4 report, drawn line by line as a word processor sets it: a centred
// title in capitals, then in the left column two paragraphs (the first with an English word
// hyphenated at a line end), in the right column a numbered list and a paragraph.
const QStringList kLeftLines = {
    QStringLiteral("Năm 2026, Đoàn thanh niên phường đã tổ"),
    QStringLiteral("chức nhiều hoạt động cho đoàn viên và"),
    QStringLiteral("thanh niên trên địa bàn, từ sinh hoạt"),
    QStringLiteral("chi đoàn đến các phong trào tình nguyện."),
    QStringLiteral("The programme helps the develop-"),
    QStringLiteral("ment of young leaders in every ward."),
    QStringLiteral("Các chi đoàn trường học tổ chức ngày"),
    QStringLiteral("hội đọc sách, câu lạc bộ tiếng Anh và"),
    QStringLiteral("các buổi nói chuyện chuyên đề về lịch"),
    QStringLiteral("sử địa phương cho học sinh."),
};
const QStringList kRightLines = {
    QStringLiteral("1. Kết nạp đoàn viên mới."),
    QStringLiteral("2. Tổ chức hiến máu tình nguyện."),
    QStringLiteral("Phương hướng năm 2027 tiếp tục đẩy"),
    QStringLiteral("mạnh chuyển đổi số trong sinh hoạt"),
    QStringLiteral("đoàn, đưa sổ đoàn viên điện tử đến"),
    QStringLiteral("mọi chi đoàn trên địa bàn phường."),
    QStringLiteral("Ban chấp hành đề nghị các chi đoàn"),
    QStringLiteral("gửi báo cáo quý trước ngày mười lăm"),
    QStringLiteral("của tháng cuối quý để tổng hợp."),
};
// Where each paragraph starts: what the text view and pdftotext must agree on the order of.
const QStringList kParagraphStarts = {QStringLiteral("Năm 2026, Đoàn thanh niên phường"),
                                      QStringLiteral("The programme helps"),
                                      QStringLiteral("Các chi đoàn trường học"),
                                      QStringLiteral("1. Kết nạp"),
                                      QStringLiteral("2. Tổ chức hiến máu"),
                                      QStringLiteral("Phương hướng năm 2027"),
                                      QStringLiteral("Ban chấp hành đề nghị")};

void writeTwoColumnReport(const QString &path)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72); // one unit a point
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter(&writer);
    QFont title(QStringLiteral("DejaVu Sans"));
    title.setPixelSize(22);
    painter.setFont(title);
    painter.drawText(QRectF(0, 60, 595, 30), Qt::AlignHCenter, QStringLiteral("BÁO CÁO TỔNG KẾT"));
    QFont body(QStringLiteral("DejaVu Sans"));
    body.setPixelSize(10);
    painter.setFont(body);
    const auto column = [&](const QStringList &lines, double left, QList<int> gapsBefore) {
        double y = 140;
        for (int i = 0; i < lines.size(); ++i) {
            if (gapsBefore.contains(i))
                y += 14; // a paragraph's space
            painter.drawText(QPointF(left, y), lines[i]);
            y += 14;
        }
    };
    column(kLeftLines, 50, {4, 6});
    column(kRightLines, 320, {1, 2, 6});
    painter.end();
}

// 36 pages, each saying which it is, page 17 with the phrase searched for; then an outline
// (bookmarks) added with libqpdf, as an office suite exports headings: "Mở đầu" (page 1) with
// a child "Bối cảnh" (page 2), and "Phụ lục" (page 30).
void writeLongReport(const QString &path)
{
    const QString plain = path + QStringLiteral(".plain.pdf");
    {
        QPdfWriter writer(plain);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(72);
        QPainter painter(&writer);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(12);
        painter.setFont(font);
        for (int page = 1; page <= 36; ++page) {
            if (page > 1)
                writer.newPage();
            painter.drawText(QPointF(60, 80), QStringLiteral("Nội dung trang số %1.").arg(page));
            if (page == 17)
                painter.drawText(QPointF(60, 110),
                                 QStringLiteral("Chi đoàn đã kết nạp đoàn viên mới trong quý."));
            if (page == 30)
                painter.drawText(QPointF(60, 110), QStringLiteral("Phụ lục: danh sách."));
        }
    }
    addOutline(plain, path,
               {{QStringLiteral("Mở đầu"), 1, 0},
                {QStringLiteral("Bối cảnh"), 2, 1},
                {QStringLiteral("Phụ lục"), 30, 0}});
}

struct Reading : HostedSite
{
    Reading() : HostedSite(2)
    {
        const QString twoColumns = lib.sourcePath(QStringLiteral("Báo cáo hai cột.pdf"));
        writeTwoColumnReport(twoColumns);
        const QString longOne = lib.sourcePath(QStringLiteral("Báo cáo dài.pdf"));
        writeLongReport(longOne);
        columns = lib.library().importDocument(item2.id, twoColumns).document;
        report = lib.library().importDocument(item2.id, longOne).document;
        settle();
        sourceOfColumns = twoColumns;
    }
    QString url(const QByteArray &path) const { return base() + QString::fromLatin1(path); }
    QByteArray docPath(const Document &doc) const
    {
        return '/' + open.code.toLatin1() + "/2/" + QByteArray::number(doc.id);
    }
    Document columns;
    Document report;
    QString sourceOfColumns;
};

QStringList cookie(const char *value)
{
    return {QStringLiteral("-H"), QStringLiteral("Cookie: ") + QString::fromLatin1(value)};
}

} // namespace

TEST_CASE("Lines become paragraphs, headings, list items and rows", "[textview]")
{
    const double width = 595;
    // Two paragraphs: the first ends short; the second starts after a space.
    const std::vector<Line> lines = {
        line(QStringLiteral("BÁO CÁO"), 250, 50, 95, 20), // larger, centred
        line(QStringLiteral("Đoàn thanh niên đã tổ chức nhiều hoạt"), 50, 100, 240),
        line(QStringLiteral("động trong năm."), 50, 114, 90),
        line(QStringLiteral("The programme helps the develop-"), 50, 142, 240),
        line(QStringLiteral("ment of young leaders."), 50, 156, 150),
        line(QStringLiteral("1. Kết nạp đoàn viên mới."), 50, 184, 160),
        line(QStringLiteral("- Hiến máu tình nguyện,"), 50, 198, 240),
        line(QStringLiteral("tiếp sức mùa thi."), 62, 212, 100),
        Line{QStringLiteral("Chi đoàn\t12\t15"), QRectF(50, 240, 240, 12), 60},
        // The next column: back up the page.
        line(QStringLiteral("Cột phải bắt đầu ở đây."), 320, 100, 160),
    };
    const std::vector<Block> blocks = textflow::flow(lines, width);
    const std::vector<Block> expected = {
        {Block::Kind::Heading, 2, QStringLiteral("BÁO CÁO")},
        {Block::Kind::Paragraph, 2,
         QStringLiteral("Đoàn thanh niên đã tổ chức nhiều hoạt động trong năm.")},
        {Block::Kind::Paragraph, 3,
         QStringLiteral("The programme helps the development of young leaders.")},
        {Block::Kind::ListItem, 3, QStringLiteral("1. Kết nạp đoàn viên mới.")},
        {Block::Kind::ListItem, 3, QStringLiteral("- Hiến máu tình nguyện, tiếp sức mùa thi.")},
        {Block::Kind::Row, 3, QStringLiteral("Chi đoàn\t12\t15")},
        {Block::Kind::Paragraph, 3, QStringLiteral("Cột phải bắt đầu ở đây.")},
    };
    REQUIRE(blocks.size() == expected.size());
    for (size_t i = 0; i < blocks.size(); ++i) {
        INFO(i << ": " << blocks[i].text.toStdString());
        CHECK(blocks[i].kind == expected[i].kind);
        CHECK(blocks[i].text == expected[i].text);
    }
    CHECK(textflow::flow({}, width).empty());
    // Bullets of every usual kind start list items.
    for (const char *bullet : {"•", "●", "–", "+", "a)", "đ)", "IV."}) {
        INFO(bullet);
        const auto items = textflow::flow(
            {line(QString::fromUtf8(bullet) + QStringLiteral(" Một ý."), 50, 100, 200),
             line(QString::fromUtf8(bullet) + QStringLiteral(" Ý sau."), 50, 114, 200)},
            width);
        REQUIRE(items.size() == 2);
        CHECK(items[0].kind == Block::Kind::ListItem);
    }
}

TEST_CASE("A hyphen at a line's end is undone only where it broke a word", "[textview]")
{
    CHECK(textflow::joinLines(QStringLiteral("the develop-"), QStringLiteral("ment of")) ==
          u"the development of");
    CHECK(textflow::joinLines(QStringLiteral("COVID-"), QStringLiteral("19")) == u"COVID-19");
    CHECK(textflow::joinLines(QStringLiteral("Hà Nội -"), QStringLiteral("Hải Phòng")) ==
          u"Hà Nội -Hải Phòng"); // a dash after a space is the text's
    CHECK(textflow::joinLines(QStringLiteral("Thành-"), QStringLiteral("phố")) == u"Thành-phố");
    CHECK(textflow::joinLines(QStringLiteral("North-"), QStringLiteral("West")) == u"North-West");
    CHECK(textflow::joinLines(QStringLiteral("infor\u00ad"), QStringLiteral("mation")) ==
          u"information");
    CHECK(textflow::joinLines(QStringLiteral("một"), QStringLiteral("hai")) == u"một hai");
}

TEST_CASE("The worker's blocks are checked and escaped before any phone sees them", "[textview]")
{
    const std::vector<Block> blocks = {
        {Block::Kind::Heading, 2, QStringLiteral("<script>alert(1)</script>")},
        {Block::Kind::Paragraph, 2, QStringLiteral("Đoàn & \"thanh niên\"")},
        {Block::Kind::ListItem, 2, QStringLiteral("1. một")},
        {Block::Kind::ListItem, 2, QStringLiteral("2. hai")},
        {Block::Kind::Row, 2, QStringLiteral("a\tb")},
    };
    const auto back = textflow::fromJson(textflow::toJson(blocks));
    REQUIRE(back);
    CHECK(*back == blocks);
    const QByteArray html = textflow::html(blocks);
    CHECK(html == QStringLiteral("<h2>&lt;script&gt;alert(1)&lt;/script&gt;</h2>"
                                 "<p>Đoàn &amp; &quot;thanh niên&quot;</p>"
                                 "<ul><li>1. một</li><li>2. hai</li></ul>"
                                 "<p class=\"tr\"><span>a</span> <span>b</span></p>")
                      .toUtf8());
    for (const char *nonsense :
         {"", "{}", "[{\"k\":\"script\",\"t\":\"x\"}]", "[1,2", "\"text\""}) {
        INFO(nonsense);
        CHECK_FALSE(textflow::fromJson(nonsense));
    }
    CHECK(textflow::html({}).isEmpty());

    using textflow::OutlineEntry;
    const std::vector<OutlineEntry> outline = {{QStringLiteral("Mở đầu"), 1, 0},
                                               {QStringLiteral("Bối <cảnh>"), 2, 1},
                                               {QStringLiteral("Không trang"), 0, 1},
                                               {QStringLiteral("Phụ lục"), 30, 0}};
    const auto entries = textflow::outlineFromJson(textflow::outlineToJson(outline));
    REQUIRE(entries);
    CHECK(*entries == outline);
    CHECK(textflow::outlineHtml(outline) ==
          QStringLiteral("<ol><li><a href=\"at?n=1\">Mở đầu</a> <span class=\"meta\">1</span>"
                         "<ol><li><a href=\"at?n=2\">Bối &lt;cảnh&gt;</a> <span class=\"meta\">2"
                         "</span></li><li>Không trang</li></ol></li><li><a href=\"at?n=30\">Phụ "
                         "lục</a> <span class=\"meta\">30</span></li></ol>")
              .toUtf8());
    CHECK(textflow::outlineHtml({}).isEmpty());
    // A jump of depth (0 then 3) nests one level at a time: every list sits inside an item.
    const QByteArray deep =
        textflow::outlineHtml({{QStringLiteral("a"), 1, 0}, {QStringLiteral("b"), 2, 3}});
    CHECK(deep.count("<ol>") == deep.count("</ol>"));
    CHECK(deep.count("<li>") == deep.count("</li>"));
}

TEST_CASE("A two-column page reads as its paragraphs, in pdftotext's order", "[textview][server]")
{
    Reading site;
    const QByteArray base = site.docPath(site.columns);
    const HttpResult page = curlFetch(site.url(base + "/text/1"));
    REQUIRE(page.status == 200);
    CHECK(page.header("Content-Type") == "text/html; charset=utf-8");
    CHECK(page.header("Content-Security-Policy").contains("default-src 'none'"));
    CHECK(page.header("Set-Cookie").startsWith("docket_view=text;"));
    const QByteArray html = page.body;
    CHECK_FALSE(html.contains("<script"));
    const qsizetype from = html.indexOf("<article class=\"tx\" lang=\"vi\">");
    REQUIRE(from > 0);
    const QByteArray article = html.mid(from, html.indexOf("</article>", from) - from);
    // The heading, and every paragraph in one piece: lines joined, the hyphen undone.
    CHECK(article.contains("<h2>BÁO CÁO TỔNG KẾT</h2>"));
    const QString text = textOf(article);
    // Every paragraph in one piece, the hyphen undone, the list's items apart.
    for (const QString &paragraph :
         {QStringLiteral("Năm 2026, Đoàn thanh niên phường đã tổ chức nhiều hoạt động cho đoàn "
                         "viên và thanh niên trên địa bàn, từ sinh hoạt chi đoàn đến các phong "
                         "trào tình nguyện."),
          QStringLiteral("The programme helps the development of young leaders in every ward."),
          QStringLiteral("Phương hướng năm 2027 tiếp tục đẩy mạnh chuyển đổi số trong sinh hoạt "
                         "đoàn, đưa sổ đoàn viên điện tử đến mọi chi đoàn trên địa bàn phường.")}) {
        INFO(paragraph.toStdString());
        CHECK(article.contains(QByteArray("<p>" + paragraph.toUtf8() + "</p>")));
    }
    CHECK(article.contains("<ul><li>1. Kết nạp đoàn viên mới.</li><li>2. Tổ chức hiến máu tình "
                           "nguyện.</li></ul>"));
    CHECK_FALSE(text.contains(u"develop-"));
    // In the order pdftotext reads the page in: the left column, then the right one.
    const ProcessResult reference =
        runProcess(QStringLiteral("pdftotext"), {site.sourceOfColumns, QStringLiteral("-")});
    REQUIRE(reference.exitCode == 0);
    const QString plain = QString::fromUtf8(reference.out).simplified();
    qsizetype inText = -1;
    qsizetype inReference = -1;
    for (const QString &start : kParagraphStarts) {
        INFO(start.toStdString());
        const qsizetype here = text.indexOf(start);
        const qsizetype there = plain.indexOf(start);
        CHECK(here > inText);
        CHECK(there > inReference);
        inText = here;
        inReference = there;
    }

    // From the cache the second time, the same bytes; revalidation is a 304.
    const HttpResult again = curlFetch(site.url(base + "/text/1"));
    CHECK(again.body == page.body);
    CHECK(curlFetch(site.url(base + "/text/1"),
                    {QStringLiteral("-H"),
                     QStringLiteral("If-None-Match: ") + QString::fromLatin1(page.header("ETag"))})
              .status == 304);
    CHECK(curlFetch(site.url(base + "/text/2")).status == 404);
    CHECK(curlFetch(site.url(base + "/text/0")).status == 404);
    // The phone that reads text goes from "Read" to the text.
    const HttpResult read = curlFetch(site.url(base + "/read"), cookie("docket_view=text"));
    CHECK(read.status == 303);
    CHECK(read.header("Location") == base + "/text/1");
    CHECK(curlFetch(site.url(base + "/read"), cookie("docket_view=pages")).status == 200);
}

TEST_CASE("Contents, go to page and search lead to the right pages of a 36-page report",
          "[textview][server]")
{
    Reading site;
    const QByteArray base = site.docPath(site.report);
    const HttpResult contents = curlFetch(site.url(base + "/contents"));
    REQUIRE(contents.status == 200);
    const QByteArray html = contents.body;
    CHECK(html.contains("<a href=\"at?n=1\">Mở đầu</a>"));
    CHECK(html.contains("<a href=\"at?n=2\">Bối cảnh</a>"));
    CHECK(html.contains("<a href=\"at?n=30\">Phụ lục</a>"));
    CHECK(html.indexOf("Bối cảnh") < html.indexOf("Phụ lục"));
    // The child inside its parent's item.
    CHECK(html.contains("<span class=\"meta\">1</span><ol><li><a href=\"at?n=2\">"));

    // The annex from the contents: in the text view, or as the page's image.
    const HttpResult toText = curlFetch(site.url(base + "/at?n=30"), cookie("docket_view=text"));
    CHECK(toText.status == 303);
    CHECK(toText.header("Location") == base + "/text/30");
    const HttpResult annex = curlFetch(site.url(base + "/text/30"));
    REQUIRE(annex.status == 200);
    CHECK(textOf(annex.body).contains(u"Nội dung trang số 30. Phụ lục: danh sách."));
    CHECK(annex.body.contains("Trang 30/36"));
    CHECK(annex.body.contains(QByteArray("rel=\"prev\" href=\"" + base + "/text/29\"")));
    CHECK(annex.body.contains(QByteArray("rel=\"next\" href=\"" + base + "/text/31\"")));
    const HttpResult toImage = curlFetch(site.url(base + "/at?n=30&view=pages"));
    CHECK(toImage.status == 303);
    CHECK(toImage.header("Location") == base + "/read#p30");
    CHECK(toImage.header("Set-Cookie").startsWith("docket_view=pages;"));
    const HttpResult reader = curlFetch(site.url(base + "/read"));
    REQUIRE(reader.status == 200);
    CHECK(reader.body.contains("<figure class=\"pg\" id=\"p30\">"));
    // Without a view chosen, pages; a number out of range lands on the last or the first.
    CHECK(curlFetch(site.url(base + "/at?n=99&view=text")).header("Location") == base + "/text/36");
    CHECK(curlFetch(site.url(base + "/at?n=abc")).header("Location") == base + "/read#p1");

    // Search: the phrase typed without marks finds page 17, its words marked.
    const HttpResult found = curlFetch(site.url(base + "/search?q=ket+nap+doan"));
    REQUIRE(found.status == 200);
    CHECK(found.header("Cache-Control") == "no-store");
    CHECK(found.body.contains(QByteArray("href=\"" + base + "/at?n=17\"")));
    CHECK(found.body.count("<li><a class=\"card\"") == 1);
    CHECK(found.body.contains("<mark>kết</mark> <mark>nạp</mark> <mark>đoàn</mark>"));
    CHECK(found.body.contains("value=\"ket nap doan\""));
    const HttpResult everywhere = curlFetch(site.url(base + "/search?q=%22n%E1%BB%99i+dung%22"));
    CHECK(everywhere.body.count("<li><a class=\"card\"") == 36);
    const HttpResult none = curlFetch(site.url(base + "/search?q=xyzzy"));
    CHECK(none.status == 200);
    CHECK(none.body.contains("Không trang nào của tài liệu có “xyzzy”."));
    CHECK(curlFetch(site.url(base + "/search?q=")).body.contains("class=\"err\""));

    // A document without an outline says so and offers the other ways.
    const HttpResult plain = curlFetch(site.url(site.docPath(site.columns) + "/contents"));
    REQUIRE(plain.status == 200);
    CHECK(plain.body.contains("<form class=\"go\""));
    CHECK_FALSE(plain.body.contains("at?n="));
}
