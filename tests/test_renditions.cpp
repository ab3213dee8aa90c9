// SPDX-License-Identifier: GPL-3.0-or-later
// Office files read in the browser through a PDF rendition. LibreOffice is not part of the test
// machine (it is hundreds of megabytes), so a stand-in converter with LibreOffice's command line
// writes a real PDF; everything after it (storing, inspecting in the child, recording, serving
// the pages, search) is the real thing.
#include "library/Library.h"
#include "library/Renditions.h"
#include "server/Router.h"
#include "server/SiteSnapshot.h"
#include "support/SampleSite.h"
#include "support/TestPdf.h"
#include "util/Error.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace docket;
using namespace testsupport;

namespace {

// soffice --headless ... --convert-to pdf --outdir DIR FILE, as far as the conversion goes.
struct StandInConverter
{
    TempFolder folder;
    QString pdf = folder.filePath(QStringLiteral("made.pdf"));

    explicit StandInConverter(const QByteArray &behaviour = {})
    {
        writePdf(pdf, 2, QStringLiteral("Tờ trình"),
                 QStringLiteral("Tờ trình về kế hoạch tổ chức Đại hội Đoàn trường"));
        const QString script = folder.filePath(QStringLiteral("soffice"));
        writeFile(script, "#!/bin/sh\n"
                          "out=; in=\n"
                          "while [ $# -gt 0 ]; do\n"
                          "  case \"$1\" in --outdir) out=$2; shift ;; -*) ;; *) in=$1 ;; esac\n"
                          "  shift\n"
                          "done\n" +
                              (behaviour == "fail"   ? QByteArray("echo 'source file could not be "
                                                                    "loaded' >&2; exit 1\n")
                               : behaviour == "hang" ? QByteArray("sleep 30\n")
                                                     : QByteArray()) +
                              "base=$(basename \"$in\"); cp \"" + pdf.toUtf8() +
                              "\" \"$out/${base%.*}.pdf\"\n");
        QFile::setPermissions(script, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("DOCKET_SOFFICE", script.toUtf8());
    }
    ~StandInConverter() { qunsetenv("DOCKET_SOFFICE"); }
};

HttpResponse get(const SiteSnapshot &site, const QByteArray &path)
{
    HttpRequest request;
    request.method = "GET";
    request.path = path;
    request.headers = {{"Cookie", "docket_lang=en"}};
    return Router::handle(request, site);
}

Document importDocx(SampleSite &site)
{
    const QString path = site.lib.sourcePath(QStringLiteral("Tờ trình.docx"));
    writeFile(path, QByteArray("PK\x03\x04", 4) + QByteArray(300, 'w'));
    return site.lib.library().importDocument(site.item2.id, path).document;
}

} // namespace

TEST_CASE("An office file gets a PDF rendition that phones read, and keeps its original",
          "[renditions]")
{
    const StandInConverter converter;
    SampleSite site;
    const Document docx = importDocx(site);
    CHECK(Renditions::isOfficeFile(docx.fileName));
    CHECK_FALSE(docx.hasRendition());

    const Document rendered = Renditions::make(site.lib.library(), docx.id);
    REQUIRE(rendered.hasRendition());
    CHECK(rendered.renditionPages == 2);
    CHECK(rendered.sha256 == docx.sha256); // the original is still the document's file
    CHECK(rendered.fileName == QStringLiteral("Tờ trình.docx"));

    const auto snapshot = SiteSnapshot::build(site.lib.catalog(), site.lib.library().store());
    const QByteArray base = '/' + site.open.code.toLatin1() + "/2/" + QByteArray::number(docx.id);
    const QString item =
        QString::fromUtf8(get(*snapshot, '/' + site.open.code.toLatin1() + "/2").body);
    CHECK(item.contains(QString::fromLatin1(base) + QStringLiteral("/read")));
    const QString reader = QString::fromUtf8(get(*snapshot, base + "/read").body);
    CHECK(reader.contains(QStringLiteral("Download the original (DOCX)")));
    CHECK(reader.contains(QStringLiteral("PDF copy")));
    CHECK(reader.count(QStringLiteral("<img src=")) == 2); // its two pages
    CHECK(reader.count(QStringLiteral("/page/")) == 6);    // in src, srcset and WebP's srcset
    const HttpResponse image = get(*snapshot, base + "/page/2");
    REQUIRE(image.pageImage);
    CHECK(image.pageImage->sha256 == rendered.renditionSha256);
    // Download: the original bytes, not the PDF.
    const HttpResponse original = get(*snapshot, base + "/x.docx");
    REQUIRE(original.file);
    CHECK(original.file->path == site.lib.library().store().pathFor(docx.sha256));

    // Its words are searchable, and the rendition's file is in use (not cleaned up).
    const QList<SearchHit> hits = site.lib.catalog().search(QStringLiteral("dai hoi doan truong"));
    REQUIRE(hits.size() == 2);
    CHECK(hits[0].documentId == docx.id);
    CHECK_FALSE(site.lib.catalog().unreferencedBlobs().contains(rendered.renditionSha256));
}

TEST_CASE("Without LibreOffice, or when it fails, nothing is recorded and the reason is given",
          "[renditions]")
{
    SampleSite site;
    const Document docx = importDocx(site);
    {
        qputenv("DOCKET_SOFFICE", "/nonexistent/soffice");
        try {
            Renditions::make(site.lib.library(), docx.id);
            FAIL("made a rendition without a converter");
        } catch (const Error &error) {
            CHECK(error.message().contains(QStringLiteral("LibreOffice is not installed")));
        }
        qunsetenv("DOCKET_SOFFICE");
    }
    {
        const StandInConverter failing("fail");
        try {
            Renditions::make(site.lib.library(), docx.id);
            FAIL("a failed conversion was recorded");
        } catch (const Error &error) {
            CHECK(error.message().contains(QStringLiteral("could not be loaded")));
        }
    }
    {
        const StandInConverter hanging("hang");
        CHECK_THROWS_AS(Renditions::make(site.lib.library(), docx.id, 1), Error);
    }
    {
        const StandInConverter converter;
        CHECK_THROWS_AS(Renditions::make(site.lib.library(), site.pdf.id), Error); // not office
    }
    CHECK_FALSE(site.lib.catalog().document(docx.id)->hasRendition());
    // No working folders left behind.
    CHECK(QDir(site.lib.folder() + QStringLiteral("/tmp"))
              .entryList(QDir::AllEntries | QDir::NoDotAndDotDot)
              .isEmpty());
}
