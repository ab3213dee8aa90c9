// SPDX-License-Identifier: GPL-3.0-or-later
// A PDF that breaks the parser must not break Docket: inspection runs in a docket-cli child with
// limits. Real PDFs (truncated, encrypted with qpdf) and stand-ins that make the child hang,
// crash or eat memory on purpose (DOCKET_INSPECT_FAULT).
#include "library/Library.h"
#include "pdf/IsolatedInspector.h"
#include "support/Curl.h"
#include "support/TempLibrary.h"
#include "support/TestPdf.h"

#include <QElapsedTimer>

#include <catch2/catch.hpp>

using namespace docket;
using namespace testsupport;

namespace {

// The child for this test program, and a fault for it while a scope lasts.
struct ChildInspector
{
    explicit ChildInspector(const QByteArray &fault = {})
    {
        IsolatedInspector::setProgram(QStringLiteral(DOCKET_CLI_PATH));
        if (!fault.isEmpty())
            qputenv("DOCKET_INSPECT_FAULT", fault);
    }
    ~ChildInspector()
    {
        qunsetenv("DOCKET_INSPECT_FAULT");
        IsolatedInspector::setProgram({});
    }
};

} // namespace

TEST_CASE("A readable PDF is inspected in the child: pages, sizes, text", "[inspect]")
{
    const ChildInspector child;
    TempFolder folder;
    const QString path = folder.filePath(QStringLiteral("Báo cáo.pdf"));
    writePdf(path, 3, QStringLiteral("Báo cáo"), QStringLiteral("Hội nghị đại biểu Đoàn"));
    const Inspection result = IsolatedInspector::inspect(path, QStringLiteral("Báo cáo.pdf"));
    CHECK(result.problem.isEmpty());
    CHECK(result.isPdf);
    CHECK(result.pageCount == 3);
    REQUIRE(result.pageSizes.size() == 3);
    CHECK(std::abs(result.pageSizes[0].width() - 595) < 1);
    REQUIRE(result.pageTexts.size() == 3);
    CHECK(result.pageTexts[1].contains(QStringLiteral("Hội nghị đại biểu Đoàn")));
    CHECK(result.title == QStringLiteral("Báo cáo"));
    CHECK_FALSE(result.encrypted);
    // The same as inspecting in process.
    const Inspection inProcess = Inspector::inspect(path, QStringLiteral("Báo cáo.pdf"));
    CHECK(inProcess.toJson() == result.toJson());
}

TEST_CASE("Truncated and encrypted PDFs come back with their reason", "[inspect]")
{
    const ChildInspector child;
    TempFolder folder;
    const QByteArray whole = pdfBytes(2, QStringLiteral("Nguyên bản"));
    const QString truncated = folder.filePath(QStringLiteral("cut.pdf"));
    writeFile(truncated, whole.left(whole.size() / 3));
    const Inspection cut = IsolatedInspector::inspect(truncated, QStringLiteral("cut.pdf"));
    CHECK(cut.isPdf);
    CHECK_FALSE(cut.pageCount);
    CHECK_FALSE(cut.problem.isEmpty());

    const QString plain = folder.filePath(QStringLiteral("plain.pdf"));
    writeFile(plain, whole);
    const QString locked = folder.filePath(QStringLiteral("locked.pdf"));
    const ProcessResult qpdf =
        runProcess(QStringLiteral("qpdf"), {QStringLiteral("--encrypt"), QStringLiteral("user-pw"),
                                            QStringLiteral("owner-pw"), QStringLiteral("256"),
                                            QStringLiteral("--"), plain, locked});
    INFO("qpdf (Debian package qpdf, installed by tools/dev): " << qpdf.err.toStdString());
    REQUIRE(qpdf.exitCode == 0);
    const Inspection encrypted = IsolatedInspector::inspect(locked, QStringLiteral("locked.pdf"));
    CHECK(encrypted.encrypted);
    CHECK(encrypted.isPdf);
    CHECK(encrypted.problem.contains(QStringLiteral("password")));
}

TEST_CASE("A child that hangs, crashes or eats memory is stopped; the file stays a plain file",
          "[inspect]")
{
    TempFolder folder;
    const QString path = folder.filePath(QStringLiteral("hostile.pdf"));
    writePdf(path, 1, QStringLiteral("x"));

    {
        const ChildInspector child("hang");
        QElapsedTimer clock;
        clock.start();
        const Inspection hung =
            IsolatedInspector::inspect(path, QStringLiteral("hostile.pdf"), {2, 2LL << 30});
        CHECK(clock.elapsed() < 6000);
        CHECK(hung.isPdf);
        CHECK(hung.mimeType == QStringLiteral("application/pdf"));
        CHECK_FALSE(hung.pageCount);
        CHECK(hung.problem.contains(QStringLiteral("longer than 2 second")));
    }
    {
        const ChildInspector child("crash");
        const Inspection crashed = IsolatedInspector::inspect(path, QStringLiteral("hostile.pdf"));
        CHECK(crashed.problem.contains(QStringLiteral("crash")));
        CHECK_FALSE(crashed.pageCount);
    }
    {
        const ChildInspector child("memory");
        const Inspection hoarded =
            IsolatedInspector::inspect(path, QStringLiteral("hostile.pdf"), {20, 512LL << 20});
        CHECK(hoarded.problem.contains(QStringLiteral("memory")));
        CHECK_FALSE(hoarded.pageCount);
    }
}

TEST_CASE("An import survives a crashing PDF and records it with the reason", "[inspect]")
{
    TempLibrary lib;
    const Meeting meeting = lib.catalog().createMeeting(QStringLiteral("Họp"));
    const AgendaItem item = lib.catalog().addItem(meeting.id, QStringLiteral("Một"));
    const QString good = lib.sourcePath(QStringLiteral("good.pdf"));
    writePdf(good, 2, QStringLiteral("good"));
    const QList<ImportedDocument> before = lib.library().importDocuments(item.id, {good});
    REQUIRE(before.size() == 1);

    const QString bad = lib.sourcePath(QStringLiteral("bad.pdf"));
    writePdf(bad, 2, QStringLiteral("bad"), QStringLiteral("other text"));
    const ChildInspector child("crash");
    const QList<ImportedDocument> added = lib.library().importDocuments(item.id, {bad});
    REQUIRE(added.size() == 1);
    const Document doc = added[0].document;
    CHECK(doc.mimeType == QStringLiteral("application/pdf"));
    CHECK_FALSE(doc.pageCount);
    CHECK(doc.problem.contains(QStringLiteral("crash")));
    CHECK(lib.catalog().documents(item.id).size() == 2); // this process is still here
}

TEST_CASE("Many files are inspected in batches, in order, each as it would be alone", "[inspect]")
{
    TempFolder folder;
    QList<IsolatedInspector::File> files;
    for (int i = 0; i < 37; ++i) {
        const QString path = folder.filePath(QStringLiteral("%1.pdf").arg(i));
        if (i == 5) {
            writeFile(path, "Ghi chú, not a PDF at all");
            files << IsolatedInspector::File{path, QStringLiteral("Ghi chú.txt")};
            continue;
        }
        writePdf(path, 1 + i % 4, QStringLiteral("T%1").arg(i),
                 QStringLiteral("Tài liệu số %1").arg(i));
        files << IsolatedInspector::File{path, QStringLiteral("Tài liệu %1.pdf").arg(i)};
    }
    {
        const ChildInspector child;
        const QList<Inspection> results = IsolatedInspector::inspectMany(files);
        REQUIRE(results.size() == files.size());
        for (int i = 0; i < files.size(); ++i) {
            INFO(i);
            if (i == 5) {
                CHECK_FALSE(results[i].isPdf);
                CHECK(results[i].mimeType.startsWith(QStringLiteral("text/plain")));
                continue;
            }
            CHECK(results[i].pageCount == 1 + i % 4);
            CHECK(results[i].pageTexts.first().contains(QStringLiteral("Tài liệu số %1").arg(i)));
        }
    }
    {
        // Every child crashes: each batch is asked again file by file, and each file ends up a
        // plain document with the reason; the text file never needed a child.
        const ChildInspector child("crash");
        const QList<Inspection> results = IsolatedInspector::inspectMany(files.mid(0, 8));
        REQUIRE(results.size() == 8);
        for (int i = 0; i < 8; ++i) {
            INFO(i);
            if (i == 5)
                CHECK(results[i].problem.isEmpty());
            else
                CHECK(results[i].problem.contains(QStringLiteral("crash")));
        }
    }
}
