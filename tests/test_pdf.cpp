// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/Sqlite.h"
#include "library/Library.h"
#include "pdf/Inspector.h"
#include "support/TempLibrary.h"
#include "support/TestPdf.h"
#include "util/Error.h"

#include <QDirIterator>
#include <QtEndian>

#include <catch2/catch.hpp>

using namespace docket;
using namespace testsupport;

namespace {

const QString kTitle = QStringLiteral("Báo cáo tổng kết công tác Đoàn 2026");

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char c : data) {
        crc ^= static_cast<quint8>(c);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

template <typename T> void put(QByteArray &out, T value)
{
    const T little = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&little), sizeof little);
}

// A real (stored, uncompressed) zip with one member, which is what a .docx is underneath.
QByteArray zipWithOneFile(const QByteArray &name, const QByteArray &content)
{
    const quint32 crc = crc32(content);
    const auto size = static_cast<quint32>(content.size());
    QByteArray zip;
    put<quint32>(zip, 0x04034b50); // local file header
    put<quint16>(zip, 20);
    put<quint16>(zip, 0);
    put<quint16>(zip, 0); // stored
    put<quint16>(zip, 0);
    put<quint16>(zip, 0x21);
    put<quint32>(zip, crc);
    put<quint32>(zip, size);
    put<quint32>(zip, size);
    put<quint16>(zip, static_cast<quint16>(name.size()));
    put<quint16>(zip, 0);
    zip += name + content;
    const auto centralStart = static_cast<quint32>(zip.size());
    put<quint32>(zip, 0x02014b50); // central directory header
    put<quint16>(zip, 20);
    put<quint16>(zip, 20);
    put<quint16>(zip, 0);
    put<quint16>(zip, 0);
    put<quint16>(zip, 0);
    put<quint16>(zip, 0x21);
    put<quint32>(zip, crc);
    put<quint32>(zip, size);
    put<quint32>(zip, size);
    put<quint16>(zip, static_cast<quint16>(name.size()));
    put<quint16>(zip, 0);
    put<quint16>(zip, 0);
    put<quint16>(zip, 0);
    put<quint16>(zip, 0);
    put<quint32>(zip, 0);
    put<quint32>(zip, 0); // offset of the local header
    zip += name;
    const auto centralSize = static_cast<quint32>(zip.size()) - centralStart;
    put<quint32>(zip, 0x06054b50); // end of central directory
    put<quint16>(zip, 0);
    put<quint16>(zip, 0);
    put<quint16>(zip, 1);
    put<quint16>(zip, 1);
    put<quint32>(zip, centralSize);
    put<quint32>(zip, centralStart);
    put<quint16>(zip, 0);
    return zip;
}

QByteArray docxBytes()
{
    return zipWithOneFile("[Content_Types].xml",
                          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://"
                          "schemas.openxmlformats.org/package/2006/content-types\"/>");
}

QByteArray garbage()
{
    QByteArray bytes;
    for (int i = 0; i < 5000; ++i)
        bytes.append(static_cast<char>((i * 7919 + 13) % 251));
    return bytes;
}

} // namespace

TEST_CASE("Inspector reads page count and title of a real PDF", "[pdf]")
{
    const TempFolder folder;
    const QString path = folder.filePath(QStringLiteral("three.pdf"));
    writePdf(path, 3, kTitle);
    const Inspection result = Inspector::inspect(path, QStringLiteral("Báo cáo.pdf"));
    CHECK(result.isPdf);
    CHECK(result.mimeType == u"application/pdf");
    CHECK(result.pageCount == std::optional<int>(3));
    CHECK(result.title == kTitle);
    CHECK(result.problem.isEmpty());

    // Blobs have no extension, and users name files anyhow: the content decides.
    const Inspection unnamed = Inspector::inspect(path, QStringLiteral("scan-from-printer"));
    CHECK(unnamed.isPdf);
    CHECK(unnamed.mimeType == u"application/pdf");
    CHECK(unnamed.pageCount == std::optional<int>(3));
    CHECK(unnamed.problem.isEmpty());
}

TEST_CASE("Inspector counts the pages of PDFs of other lengths", "[pdf]")
{
    const TempFolder folder;
    for (const int pages : {1, 2, 7}) {
        const QString path = folder.filePath(QStringLiteral("p%1.pdf").arg(pages));
        writePdf(path, pages, QStringLiteral("Pages %1").arg(pages));
        const Inspection result = Inspector::inspect(path, QStringLiteral("x.pdf"));
        CHECK(result.pageCount == std::optional<int>(pages));
        CHECK(result.title == QStringLiteral("Pages %1").arg(pages));
    }
}

TEST_CASE("A truncated PDF is accepted with a problem", "[pdf]")
{
    const TempFolder folder;
    const QByteArray whole = pdfBytes(3, kTitle);
    const QString path = folder.filePath(QStringLiteral("truncated.pdf"));
    writeFile(path, whole.left(whole.size() / 2));
    Inspection result;
    REQUIRE_NOTHROW(result = Inspector::inspect(path, QStringLiteral("Biên bản.pdf")));
    CHECK(result.isPdf);
    CHECK(result.mimeType == u"application/pdf");
    CHECK_FALSE(result.problem.isEmpty());
    CHECK_FALSE(result.pageCount.has_value());
}

TEST_CASE("Garbage named .pdf is accepted with a problem", "[pdf]")
{
    const TempFolder folder;
    const QString path = folder.filePath(QStringLiteral("garbage.pdf"));
    writeFile(path, garbage());
    Inspection result;
    REQUIRE_NOTHROW(result = Inspector::inspect(path, QStringLiteral("garbage.PDF")));
    CHECK(result.isPdf);
    CHECK(result.mimeType == u"application/pdf");
    CHECK_FALSE(result.problem.isEmpty());
    CHECK_FALSE(result.pageCount.has_value());
    CHECK(result.title.isEmpty());

    // Only a header and nothing else.
    writeFile(path, "%PDF-1.7\n%%EOF\n");
    REQUIRE_NOTHROW(result = Inspector::inspect(path, QStringLiteral("header-only.pdf")));
    CHECK(result.isPdf);
    CHECK_FALSE(result.problem.isEmpty());
    CHECK_FALSE(result.pageCount.has_value());
}

TEST_CASE("Other files are not PDFs and have no problem", "[pdf]")
{
    const TempFolder folder;
    SECTION("a .docx (a zip)")
    {
        const QString path = folder.filePath(QStringLiteral("stored-blob"));
        writeFile(path, docxBytes());
        const Inspection result = Inspector::inspect(path, QStringLiteral("Tờ trình.docx"));
        CHECK_FALSE(result.isPdf);
        CHECK(result.mimeType ==
              u"application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        CHECK(result.problem.isEmpty());
        CHECK_FALSE(result.pageCount.has_value());
    }
    SECTION("a text file")
    {
        const QString path = folder.filePath(QStringLiteral("notes"));
        writeFile(path, QStringLiteral("Ghi chú cuộc họp\n").toUtf8());
        const Inspection result = Inspector::inspect(path, QStringLiteral("ghi-chu.txt"));
        CHECK_FALSE(result.isPdf);
        // UTF-8 text says so, or phones garble the Vietnamese.
        CHECK(result.mimeType == u"text/plain; charset=utf-8");
        CHECK(result.problem.isEmpty());
        CHECK_FALSE(result.pageCount.has_value());
    }
    SECTION("UTF-8 text whose sniffed head ends inside a character is still UTF-8")
    {
        const QString path = folder.filePath(QStringLiteral("long"));
        // 'a' then 2-byte letters: byte 1024 cuts an "ư" in two.
        writeFile(path, "a" + QStringLiteral("ư").repeated(2000).toUtf8());
        const Inspection result = Inspector::inspect(path, QStringLiteral("dai.txt"));
        CHECK(result.mimeType == u"text/plain; charset=utf-8");
    }
    SECTION("legacy-encoded text gets no charset")
    {
        const QString path = folder.filePath(QStringLiteral("legacy"));
        writeFile(path, QByteArray("Ghi ch\xfa"
                                   " cu\xf4"
                                   "c h\xf4"
                                   "p\n")); // Latin-1/CP1258 bytes
        const Inspection result = Inspector::inspect(path, QStringLiteral("cu.txt"));
        CHECK(result.mimeType == u"text/plain");
    }
    SECTION("a missing file throws")
    {
        CHECK_THROWS_AS(
            Inspector::inspect(folder.filePath(QStringLiteral("none")), QStringLiteral("none.pdf")),
            Error);
    }
}

TEST_CASE("Library import records mime types page counts and problems", "[pdf][library]")
{
    TempLibrary lib;
    const Meeting m = lib.catalog().createMeeting(QStringLiteral("Import"));
    const AgendaItem item = lib.catalog().addItem(m.id, QStringLiteral("Item"));

    const QString pdf = lib.sourcePath(QStringLiteral("Báo cáo tổng kết.pdf"));
    writePdf(pdf, 3, kTitle);
    const QString text = lib.sourcePath(QStringLiteral("Ghi chú.txt"));
    writeFile(text, QStringLiteral("Nội dung\n").toUtf8());
    const QString corrupt = lib.sourcePath(QStringLiteral("Hỏng.pdf"));
    writeFile(corrupt, garbage());

    std::int64_t progress = 0;
    const QList<ImportedDocument> added = lib.library().importDocuments(
        item.id, {pdf, text, corrupt}, QString(), [&](std::int64_t done) {
            progress = done;
            return true;
        });
    REQUIRE(added.size() == 3);
    const Document &d0 = added[0].document;
    const Document &d1 = added[1].document;
    const Document &d2 = added[2].document;

    CHECK(d0.title == u"Báo cáo tổng kết");
    CHECK(d0.fileName == u"Báo cáo tổng kết.pdf");
    CHECK(d0.mimeType == u"application/pdf");
    CHECK(d0.pageCount == std::optional<int>(3));
    CHECK(d0.problem.isEmpty());
    CHECK(d0.size == QFileInfo(pdf).size());
    CHECK(d0.sha256 == sha256Hex(readFile(pdf)));

    CHECK(d1.title == u"Ghi chú");
    CHECK(d1.mimeType == u"text/plain; charset=utf-8");
    CHECK_FALSE(d1.pageCount.has_value());
    CHECK(d1.problem.isEmpty());

    CHECK(d2.mimeType == u"application/pdf");
    CHECK_FALSE(d2.pageCount.has_value());
    CHECK_FALSE(d2.problem.isEmpty());

    CHECK(progress == QFileInfo(pdf).size() + QFileInfo(text).size() + QFileInfo(corrupt).size());
    for (const ImportedDocument &imported : added) {
        CHECK_FALSE(imported.contentAlreadyStored);
        CHECK(lib.library().store().contains(imported.document.sha256));
    }

    // The PDF's own Title field is kept beside the document.
    sql::Database db(lib.folder() + QStringLiteral("/catalog.sqlite"));
    sql::Statement s(db, "SELECT pdf_title FROM document_version WHERE document_id = ?");
    REQUIRE(s.bind(1, d0.id).step());
    CHECK(s.text(0) == kTitle);

    // The same bytes again, under another name: on the same item they are already there
    // (issue 11: the window's rule and docket-cli's are one), nothing is added.
    const QString copy = lib.sourcePath(QStringLiteral("copy.pdf"));
    writeFile(copy, readFile(pdf));
    CHECK(lib.library().importDocuments(item.id, {copy}).isEmpty());
    CHECK(lib.catalog().documents(item.id).size() == 3);
    // On another item, under another title: a new document, the same blob.
    const AgendaItem other = lib.catalog().addItem(m.id, QStringLiteral("Other"));
    const ImportedDocument again =
        lib.library().importDocument(other.id, copy, QStringLiteral("  Bản sao  "));
    CHECK(again.contentAlreadyStored);
    CHECK(again.document.title == u"Bản sao");
    CHECK(again.document.sha256 == d0.sha256);
    CHECK(again.document.id != d0.id);
    CHECK(lib.catalog().documents(other.id).size() == 1);
}

TEST_CASE("Library import is all or nothing", "[pdf][library]")
{
    TempLibrary lib;
    const Meeting m = lib.catalog().createMeeting(QStringLiteral("Import"));
    const AgendaItem item = lib.catalog().addItem(m.id, QStringLiteral("Item"));
    const QString pdf = lib.sourcePath(QStringLiteral("a.pdf"));
    writePdf(pdf, 1, QStringLiteral("A"));
    CHECK_THROWS_AS(lib.library().importDocuments(
                        item.id, {pdf, lib.sourcePath(QStringLiteral("missing.pdf"))}),
                    Error);
    CHECK_THROWS_AS(lib.library().importDocuments(item.id, {pdf, lib.sourcePath(QString())}),
                    Error);
    CHECK(lib.catalog().documents(item.id).isEmpty());
    CHECK_THROWS_AS(lib.library().importDocument(424242, pdf), Error);
    CHECK(lib.catalog().documents(item.id).isEmpty());
    QDirIterator blobs(lib.folder() + QStringLiteral("/blobs"), QDir::Files,
                       QDirIterator::Subdirectories);
    CHECK_FALSE(blobs.hasNext());
}
