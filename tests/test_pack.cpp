// SPDX-License-Identifier: GPL-3.0-or-later
// The conference pack, read back with the tools people's viewers are built on: qpdf counts its
// pages and reads its outline, pdftotext reads every page (footer, agenda, marker words). The
// documents are real PDFs made here: a rotated page, A5 and Letter pages, a page whose boxes
// start far from 0 0, an encrypted one that opens without a password, and one whose stored
// bytes are damaged after import.
#include "archive/ConferencePack.h"
#include "support/Cli.h"
#include "support/TempLibrary.h"
#include "util/Error.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace docket;
using namespace testsupport;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
};

Run runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForStarted(10000));
    REQUIRE(process.waitForFinished(60000));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput()};
}

// Page by page: its size and the one marker word it holds (at the top, as text is laid out
// on paper, above where the footer goes).
void writeMarkedPdf(const QString &path, const QList<std::pair<QPageSize, QString>> &pages)
{
    QPdfWriter writer(path);
    writer.setResolution(72);
    writer.setPageSize(pages.first().first);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter;
    REQUIRE(painter.begin(&writer));
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0) {
            writer.setPageSize(pages[i].first);
            REQUIRE(writer.newPage());
        }
        const QRectF page = writer.pageLayout().fullRectPoints();
        painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 14));
        painter.drawText(QPointF(50, 80), pages[i].second);
        painter.drawText(QPointF(50, 110), QStringLiteral("Nội dung trang %1").arg(i + 1));
        // What a document's own last line looks like, 2 cm above the edge.
        painter.drawText(QPointF(50, page.height() - 57), QStringLiteral("Cuối trang"));
    }
    REQUIRE(painter.end());
}

// A page whose MediaBox (inherited from its page tree) starts at 100 200 and whose CropBox is
// smaller still; written by hand, its cross-reference table made by qpdf.
void writeOddBoxPdf(const QString &path, const QString &scratch)
{
    const QByteArray content = "BT /F1 14 Tf 150 600 Td (CHARLIEODD) Tj ET";
    const QByteArray raw =
        "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [100 200 500 700] >> endobj\n"
        "3 0 obj << /Type /Page /Parent 2 0 R /CropBox [120 220 480 680] /Resources << /Font << "
        "/F1 4 0 R >> >> /Contents 5 0 R >> endobj\n"
        "4 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n"
        "5 0 obj << /Length " +
        QByteArray::number(content.size()) + " >> stream\n" + content +
        "\nendstream endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
    writeFile(scratch, raw);
    const Run repaired = runTool(QStringLiteral("qpdf"), {scratch, path});
    REQUIRE((repaired.exitCode == 0 || repaired.exitCode == 3)); // 3: repaired, with warnings
}

QString pageText(const QString &pdf, int page)
{
    const Run run =
        runTool(QStringLiteral("pdftotext"),
                {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                 QString::number(page), QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(run.exitCode == 0);
    return QString::fromUtf8(run.out).normalized(QString::NormalizationForm_C);
}

int pageCount(const QString &pdf)
{
    const Run run = runTool(QStringLiteral("qpdf"), {QStringLiteral("--show-npages"), pdf});
    REQUIRE(run.exitCode == 0);
    return run.out.trimmed().toInt();
}

QJsonArray outlines(const QString &pdf)
{
    const Run run = runTool(QStringLiteral("qpdf"),
                            {QStringLiteral("--json"), QStringLiteral("--json-key=outlines"), pdf});
    REQUIRE(run.exitCode == 0);
    return QJsonDocument::fromJson(run.out).object().value(QStringLiteral("outlines")).toArray();
}

const QString kMeetingTitle = QStringLiteral("Hội nghị Ban Chấp hành Đảng bộ lần thứ ba");
const QString kPolitical = QStringLiteral("Báo cáo chính trị");
const QString kBudget = QStringLiteral("Dự toán ngân sách");
const QString kDamaged = QStringLiteral("Tờ trình bị hỏng");
const QString kMap = QStringLiteral("Sơ đồ hội trường");
const QString kLocked = QStringLiteral("Danh sách đại biểu");

// Three items: two pages (the second turned a quarter), then an A5 and a Letter page and a
// document damaged in the store, then the odd-box page and the encrypted one.
struct PackedMeeting
{
    TempLibrary lib;
    Meeting meeting;

    PackedMeeting()
    {
        meeting = lib.catalog().createMeeting(kMeetingTitle, QDate(2026, 12, 2),
                                              QStringLiteral("Hội trường tỉnh ủy"));
        const AgendaItem first = lib.catalog().addItem(meeting.id, QStringLiteral("Khai mạc"));
        const AgendaItem second =
            lib.catalog().addItem(meeting.id, QStringLiteral("Thảo luận ngân sách"));
        const AgendaItem third = lib.catalog().addItem(meeting.id, QStringLiteral("Bế mạc"));

        const QString flat = lib.sourcePath(QStringLiteral("flat.pdf"));
        writeMarkedPdf(flat, {{QPageSize(QPageSize::A4), QStringLiteral("ALPHAONE")},
                              {QPageSize(QPageSize::A4), QStringLiteral("ALPHATWO")}});
        const QString turned = lib.sourcePath(QStringLiteral("bao-cao.pdf"));
        REQUIRE(runTool(QStringLiteral("qpdf"),
                        {flat, QStringLiteral("--rotate=+90:2"), QStringLiteral("--"), turned})
                    .exitCode == 0);
        lib.library().importDocument(first.id, turned, kPolitical);

        const QString sizes = lib.sourcePath(QStringLiteral("du-toan.pdf"));
        writeMarkedPdf(sizes, {{QPageSize(QPageSize::A5), QStringLiteral("BRAVOONE")},
                               {QPageSize(QPageSize::Letter), QStringLiteral("BRAVOTWO")}});
        lib.library().importDocument(second.id, sizes, kBudget);
        const QString fine = lib.sourcePath(QStringLiteral("to-trinh.pdf"));
        writeMarkedPdf(fine, {{QPageSize(QPageSize::A4), QStringLiteral("BROKENWORD")}});
        const Document damaged = lib.library().importDocument(second.id, fine, kDamaged).document;
        // Read fine at import; its stored bytes damaged since (a failing disk, a bad copy).
        const QString stored = lib.library().store().pathFor(damaged.sha256);
        QFile::setPermissions(stored, QFile::ReadOwner | QFile::WriteOwner);
        writeFile(stored, "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R\nnothing here\n");

        const QString odd = lib.sourcePath(QStringLiteral("so-do.pdf"));
        writeOddBoxPdf(odd, lib.sourcePath(QStringLiteral("so-do-raw.pdf")));
        lib.library().importDocument(third.id, odd, kMap);
        const QString open = lib.sourcePath(QStringLiteral("open.pdf"));
        writeMarkedPdf(open, {{QPageSize(QPageSize::A4), QStringLiteral("DELTAONE")}});
        const QString locked = lib.sourcePath(QStringLiteral("danh-sach.pdf"));
        REQUIRE(runTool(QStringLiteral("qpdf"),
                        {QStringLiteral("--encrypt"), QString(), QStringLiteral("owner-secret"),
                         QStringLiteral("256"), QStringLiteral("--"), open, locked})
                    .exitCode == 0);
        lib.library().importDocument(third.id, locked, kLocked);
    }
};

// Cover and one agenda page, then 2 + 2 + 1 + 1 pages of documents.
constexpr int kPages = 8;

} // namespace

TEST_CASE("A conference pack holds cover agenda and every document numbered in agenda order",
          "[pack]")
{
    PackedMeeting m;
    const QString pack = m.lib.sourcePath(QStringLiteral("pack.pdf"));
    QList<PackProgress> steps;
    const PackReport report =
        ConferencePack::build(m.lib.library(), m.meeting.id, pack,
                              [&](const PackProgress &progress) { steps << progress; });
    REQUIRE_FALSE(report.cancelled);
    CHECK(report.pages == kPages);
    CHECK(pageCount(pack) == kPages);
    CHECK(QFileInfo(pack).size() == report.bytes);
    CHECK(steps.last().writing);
    // Nothing left beside it: the staging folder went.
    CHECK(QDir(QFileInfo(pack).absolutePath())
              .entryList({QStringLiteral(".docket-pack-*")}, QDir::Dirs | QDir::Hidden)
              .isEmpty());

    // The damaged document is reported and left out; the others are in.
    REQUIRE(report.documents.size() == 5);
    for (const PackReport::Entry &entry : report.documents)
        UNSCOPED_INFO(entry.documentTitle.toStdString() << ": " << entry.omitted.toStdString());
    CHECK(report.omittedCount() == 1);
    const PackReport::Entry &damaged = report.documents[2];
    CHECK(damaged.documentTitle == kDamaged);
    CHECK(damaged.firstPage == 0);
    CHECK(damaged.omitted.contains(QStringLiteral("damaged")));
    const QList<int> expectedFirst{3, 5, 0, 7, 8};
    for (qsizetype i = 0; i < expectedFirst.size(); ++i)
        CHECK(report.documents[i].firstPage == expectedFirst[i]);

    // Pages in agenda order: each made page's marker word on the page the agenda promises.
    const QStringList markers{QStringLiteral("ALPHAONE"),   QStringLiteral("ALPHATWO"),
                              QStringLiteral("BRAVOONE"),   QStringLiteral("BRAVOTWO"),
                              QStringLiteral("CHARLIEODD"), QStringLiteral("DELTAONE")};
    QStringList texts;
    for (int page = 1; page <= kPages; ++page)
        texts << pageText(pack, page);
    for (qsizetype i = 0; i < markers.size(); ++i) {
        INFO("page " << i + 3);
        CHECK(texts[i + 2].contains(markers[i]));
        for (qsizetype other = 0; other < kPages; ++other)
            if (other != i + 2)
                CHECK_FALSE(texts[other].contains(markers[i]));
    }
    CHECK_FALSE(pack.isEmpty());
    for (const QString &text : texts)
        CHECK_FALSE(text.contains(QStringLiteral("BROKENWORD")));

    // The footer on every page of the documents, Vietnamese intact, numbered in the pack.
    const QList<std::pair<int, QString>> footers{
        {3, QStringLiteral("Nội dung 1 · %1 · trang 3/8").arg(kPolitical)},
        {4, QStringLiteral("Nội dung 1 · %1 · trang 4/8").arg(kPolitical)},
        {5, QStringLiteral("Nội dung 2 · %1 · trang 5/8").arg(kBudget)},
        {6, QStringLiteral("Nội dung 2 · %1 · trang 6/8").arg(kBudget)},
        {7, QStringLiteral("Nội dung 3 · %1 · trang 7/8").arg(kMap)},
        {8, QStringLiteral("Nội dung 3 · %1 · trang 8/8").arg(kLocked)}};
    for (const auto &[page, footer] : footers) {
        INFO("page " << page << ": " << texts[page - 1].toStdString());
        CHECK(texts[page - 1].simplified().contains(footer));
    }

    // The cover, then the agenda with each item's and document's first page.
    CHECK(texts[0].simplified().contains(kMeetingTitle));
    CHECK(texts[0].contains(QStringLiteral("Hội trường tỉnh ủy")));
    const QString agenda = texts[1];
    const auto listedPage = [&](const QString &title) {
        const QRegularExpression line(QRegularExpression::escape(title) +
                                          QStringLiteral("\\s+(\\S+)\\s*$"),
                                      QRegularExpression::MultilineOption);
        const QRegularExpressionMatch match = line.match(agenda);
        INFO(title.toStdString() << " in " << agenda.toStdString());
        REQUIRE(match.hasMatch());
        return match.captured(1);
    };
    CHECK(listedPage(QStringLiteral("Khai mạc")) == u"3");
    CHECK(listedPage(QStringLiteral("Thảo luận ngân sách")) == u"5");
    CHECK(listedPage(QStringLiteral("Bế mạc")) == u"7");
    CHECK(listedPage(kPolitical) == u"3");
    CHECK(listedPage(kBudget) == u"5");
    CHECK(listedPage(kDamaged) == u"—");
    CHECK(listedPage(kMap) == u"7");
    CHECK(listedPage(kLocked) == u"8");
    CHECK(agenda.contains(QStringLiteral("Không có trong tập tài liệu")));

    // One outline entry per item, one nested per document that is in the pack.
    const QJsonArray entries = outlines(pack);
    REQUIRE(entries.size() == 3);
    const QList<QStringList> kids{{kPolitical}, {kBudget}, {kMap, kLocked}};
    const QList<int> itemPages{3, 5, 7};
    for (int i = 0; i < 3; ++i) {
        const QJsonObject entry = entries[i].toObject();
        CHECK(entry.value(QStringLiteral("destpageposfrom1")).toInt() == itemPages[i]);
        const QJsonArray nested = entry.value(QStringLiteral("kids")).toArray();
        REQUIRE(nested.size() == kids[i].size());
        for (qsizetype k = 0; k < nested.size(); ++k)
            CHECK(nested[k].toObject().value(QStringLiteral("title")).toString() == kids[i][k]);
    }
    CHECK(entries[2].toObject().value(QStringLiteral("title")).toString().contains(u"Bế mạc"));
}

TEST_CASE("The same meeting packs to the same bytes", "[pack]")
{
    PackedMeeting m;
    const QString first = m.lib.sourcePath(QStringLiteral("first.pdf"));
    const QString second = m.lib.sourcePath(QStringLiteral("second.pdf"));
    ConferencePack::build(m.lib.library(), m.meeting.id, first);
    ConferencePack::build(m.lib.library(), m.meeting.id, second);
    CHECK(readFile(first) == readFile(second));
}

TEST_CASE("A document that crashes or hangs the reader is left out and the pack still made",
          "[pack]")
{
    PackedMeeting m;
    const QString pack = m.lib.sourcePath(QStringLiteral("pack.pdf"));
    PackLimits limits;
    limits.secondsPerDocument = 2;
    SECTION("crash")
    {
        qputenv("DOCKET_PACK_FAULT", (QStringLiteral("crash:") + kBudget).toUtf8());
        const PackReport report =
            ConferencePack::build(m.lib.library(), m.meeting.id, pack, {}, nullptr, limits);
        qunsetenv("DOCKET_PACK_FAULT");
        CHECK(report.documents[1].firstPage == 0);
        CHECK(report.documents[1].omitted.contains(QStringLiteral("crash")));
        CHECK(report.pages == kPages - 2);
        CHECK(pageCount(pack) == kPages - 2);
    }
    SECTION("hang")
    {
        qputenv("DOCKET_PACK_FAULT", (QStringLiteral("hang:") + kMap).toUtf8());
        const PackReport report =
            ConferencePack::build(m.lib.library(), m.meeting.id, pack, {}, nullptr, limits);
        qunsetenv("DOCKET_PACK_FAULT");
        CHECK(report.documents[3].firstPage == 0);
        CHECK(report.documents[3].omitted.contains(QStringLiteral("longer than 2 seconds")));
        CHECK(pageCount(pack) == kPages - 1);
    }
}

TEST_CASE("A cancelled pack leaves no file", "[pack]")
{
    PackedMeeting m;
    const QString pack = m.lib.sourcePath(QStringLiteral("cancelled.pdf"));
    std::atomic<bool> cancel{false};
    qputenv("DOCKET_PACK_FAULT", (QStringLiteral("hang:") + kBudget).toUtf8());
    const PackReport report = ConferencePack::build(
        m.lib.library(), m.meeting.id, pack,
        [&](const PackProgress &progress) {
            if (progress.documentsDone >= 1)
                cancel = true;
        },
        &cancel);
    qunsetenv("DOCKET_PACK_FAULT");
    CHECK(report.cancelled);
    CHECK_FALSE(QFile::exists(pack));
    CHECK(QDir(QFileInfo(pack).absolutePath())
              .entryList({QStringLiteral(".docket-pack-*")}, QDir::Dirs | QDir::Hidden)
              .isEmpty());
}

TEST_CASE("docket-cli pack writes the pack and names what it left out", "[pack]")
{
    PackedMeeting m;
    const QString pack = m.lib.sourcePath(QStringLiteral("cli.pdf"));
    const CliRun run = runCliOk(
        QStringLiteral(DOCKET_CLI_PATH), m.lib.folder(),
        {QStringLiteral("pack"), QString::number(m.meeting.id), QStringLiteral("--pdf"), pack});
    CHECK(pageCount(pack) == kPages);
    CHECK(run.err.contains(kDamaged));
    CHECK(run.out.contains(QStringLiteral("8 page")));
    const CliRun json = runCliOk(QStringLiteral(DOCKET_CLI_PATH), m.lib.folder(),
                                 {QStringLiteral("--json"), QStringLiteral("pack"), m.meeting.code,
                                  QStringLiteral("--pdf"), pack});
    const QJsonObject answer = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(answer.value(QStringLiteral("pages")).toInt() == kPages);
    CHECK(answer.value(QStringLiteral("documents")).toArray().size() == 5);
}

TEST_CASE("A PDF locked with a password is left out with that reason", "[pack]")
{
    TempLibrary lib;
    const Meeting meeting = lib.catalog().createMeeting(QStringLiteral("Họp kín"));
    const AgendaItem item = lib.catalog().addItem(meeting.id, QStringLiteral("Nhân sự"));
    const QString plain = lib.sourcePath(QStringLiteral("plain.pdf"));
    writeMarkedPdf(plain, {{QPageSize(QPageSize::A4), QStringLiteral("SECRETWORD")}});
    const Document document = lib.library().importDocument(item.id, plain).document;
    // Stored as read at import; since then the stored bytes need a password to open (as a
    // file put in place by hand would).
    const QString locked = lib.sourcePath(QStringLiteral("locked.pdf"));
    REQUIRE(
        runTool(QStringLiteral("qpdf"), {QStringLiteral("--encrypt"), QStringLiteral("user-secret"),
                                         QStringLiteral("owner-secret"), QStringLiteral("256"),
                                         QStringLiteral("--"), plain, locked})
            .exitCode == 0);
    const QString stored = lib.library().store().pathFor(document.sha256);
    QFile::setPermissions(stored, QFile::ReadOwner | QFile::WriteOwner);
    writeFile(stored, readFile(locked));
    const QString pack = lib.sourcePath(QStringLiteral("pack.pdf"));
    const PackReport report = ConferencePack::build(lib.library(), meeting.id, pack);
    REQUIRE(report.documents.size() == 1);
    CHECK(report.documents.first().firstPage == 0);
    CHECK(report.documents.first().omitted.contains(QStringLiteral("password")));
    CHECK(pageCount(pack) == 2);
    CHECK(pageText(pack, 2).contains(QStringLiteral("mật khẩu")));
    CHECK_FALSE(pageText(pack, 2).contains(QStringLiteral("SECRETWORD")));
}

TEST_CASE("An office file is packed as its PDF rendition and one without is listed", "[pack]")
{
    TempLibrary lib;
    const Meeting meeting = lib.catalog().createMeeting(QStringLiteral("Họp giao ban"));
    const AgendaItem item = lib.catalog().addItem(meeting.id, QStringLiteral("Báo cáo tuần"));
    const QString report = lib.sourcePath(QStringLiteral("Báo cáo tuần.docx"));
    writeFile(report, "PK\x03\x04 not really a document, but named as one");
    const Document office = lib.library().importDocument(item.id, report).document;
    const QString slides = lib.sourcePath(QStringLiteral("Trình chiếu.pptx"));
    writeFile(slides, "PK\x03\x04 slides without a PDF version");
    lib.library().importDocument(item.id, slides);
    // Its rendition, as LibreOffice would have made it: stored and recorded on the version.
    const QString rendition = lib.sourcePath(QStringLiteral("rendition.pdf"));
    writeMarkedPdf(rendition, {{QPageSize(QPageSize::A4), QStringLiteral("OFFICEONE")},
                               {QPageSize(QPageSize::A4), QStringLiteral("OFFICETWO")}});
    const StoredBlob blob = lib.library().store().importFile(rendition);
    NewDocument pdf;
    pdf.fileName = QStringLiteral("Báo cáo tuần.pdf");
    pdf.mimeType = QStringLiteral("application/pdf");
    pdf.size = blob.size;
    pdf.sha256 = blob.sha256;
    pdf.pageCount = 2;
    lib.catalog().setRendition(office.versionId, pdf);

    const QString pack = lib.sourcePath(QStringLiteral("pack.pdf"));
    const PackReport made = ConferencePack::build(lib.library(), meeting.id, pack);
    REQUIRE(made.documents.size() == 2);
    CHECK(made.documents[0].firstPage == 3);
    CHECK(made.documents[1].firstPage == 0);
    CHECK(made.documents[1].omitted.contains(QStringLiteral("Trình chiếu.pptx")));
    CHECK(pageCount(pack) == 4);
    CHECK(pageText(pack, 3).contains(QStringLiteral("OFFICEONE")));
    CHECK(pageText(pack, 4).contains(QStringLiteral("OFFICETWO")));
    CHECK(pageText(pack, 2).simplified().contains(
        QStringLiteral("Không có trong tập tài liệu: chưa có bản PDF của tệp văn phòng "
                       "Trình chiếu.pptx")));
}
