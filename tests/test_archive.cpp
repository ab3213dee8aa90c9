// SPDX-License-Identifier: GPL-3.0-or-later
// The archive bundle: names, export (sha256sum, Chromium, byte-identical), verify, import round
// trip, hostile ZIPs.
#include "archive/BundleExport.h"
#include "archive/BundleImport.h"
#include "archive/BundleReader.h"
#include "catalog/Catalog.h"
#include "catalog/SettingKeys.h"
#include "library/Library.h"
#include "pdf/ChildProgram.h"
#include "support/Cli.h"
#include "support/TempLibrary.h"
#include "support/TestPdf.h"
#include "util/BundleNames.h"
#include "util/Error.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>

#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <zip.h>

using namespace docket;
using namespace testsupport;

namespace {

const QString kCli = QStringLiteral(DOCKET_CLI_PATH);

struct ChildSetUp
{
    ChildSetUp() { ChildProgram::set(ChildProgram::Use::Archive, kCli); }
};
const ChildSetUp childSetUp;

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &arguments, const QString &folder = {})
{
    QProcess process;
    if (!folder.isEmpty())
        process.setWorkingDirectory(folder);
    process.setProcessEnvironment(cliEnvironment());
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(90000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// Every file under `folder`, relative, sorted.
QStringList filesUnder(const QString &folder)
{
    QStringList out;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(folder).relativeFilePath(it.next());
    out.sort();
    return out;
}

// A finished meeting as a secretary has it: a replaced document, an office file with its PDF
// rendition, Vietnamese names with characters no file system takes, counted opens; archived.
struct ArchivedFixture
{
    TempLibrary lib;
    Meeting meeting;
    QString reportV1Sha;
    QString reportV2Sha;
    QString officeSha;
    QString renditionSha;

    ArchivedFixture()
    {
        Catalog &catalog = lib.catalog();
        catalog.setSetting(settingkeys::baseUrl(), QStringLiteral("http://192.168.1.23:8080"));
        meeting = catalog.createMeeting(QStringLiteral("Hội nghị Ban Chấp hành Đoàn khóa XII"),
                                        QDate(2026, 3, 14), QStringLiteral("Hội trường A"));
        const AgendaItem report = catalog.addItem(meeting.id, QStringLiteral("Báo cáo chính trị"),
                                                  QStringLiteral("Nguyễn Văn Đức"));
        const AgendaItem plan = catalog.addItem(meeting.id, QStringLiteral("Kế hoạch: 2026/2027?"));
        catalog.addItem(meeting.id, QStringLiteral("Ý kiến khác"));

        writePdf(lib.sourcePath(QStringLiteral("v1.pdf")), 2, QStringLiteral("Báo cáo v1"),
                 QStringLiteral("bản đầu tiên"));
        writePdf(lib.sourcePath(QStringLiteral("v2.pdf")), 3, QStringLiteral("Báo cáo v2"),
                 QStringLiteral("bản cuối cùng"));
        const ImportedDocument first =
            lib.library().importDocument(report.id, lib.sourcePath(QStringLiteral("v1.pdf")),
                                         QStringLiteral("Báo cáo chính trị <dự thảo>"));
        reportV1Sha = first.document.sha256;
        const ImportedDocument second = lib.library().replaceDocument(
            first.document.id, lib.sourcePath(QStringLiteral("v2.pdf")));
        reportV2Sha = second.document.sha256;

        // An office file (any bytes under a .docx name) with a rendition set as the renderer
        // would: LibreOffice is not needed here.
        writeFile(lib.sourcePath(QStringLiteral("Tờ trình.docx")),
                  QByteArray("PK\x03\x04 not really a document, kept as it came"));
        const ImportedDocument office = lib.library().importDocument(
            plan.id, lib.sourcePath(QStringLiteral("Tờ trình.docx")), QStringLiteral("Tờ trình"));
        officeSha = office.document.sha256;
        writePdf(lib.sourcePath(QStringLiteral("rendition.pdf")), 1, QStringLiteral("Tờ trình"),
                 QStringLiteral("kế hoạch năm sau"));
        const StoredBlob pdf =
            lib.library().store().importFile(lib.sourcePath(QStringLiteral("rendition.pdf")));
        renditionSha = pdf.sha256;
        NewDocument rendition;
        rendition.title = QStringLiteral("Tờ trình");
        rendition.fileName = QStringLiteral("Tờ trình.pdf");
        rendition.mimeType = QStringLiteral("application/pdf");
        rendition.size = pdf.size;
        rendition.sha256 = pdf.sha256;
        rendition.pageCount = 1;
        rendition.pageSizes = {QSizeF(595, 842)};
        catalog.setRendition(office.document.versionId, rendition);

        // Two phones opened the report, one of them both versions.
        const auto versions = catalog.versions(first.document.id); // newest first
        const QDateTime at(QDate(2026, 3, 14), QTime(8, 30), Qt::UTC);
        catalog.recordAccess(QList<AccessCount>{
            {versions[1].id, "phone-a", at, at.addSecs(60), 3, 1000, -1},
            {versions[0].id, "phone-a", at.addSecs(600), at.addSecs(700), 2, versions[0].size,
             versions[0].size},
            {versions[0].id, "phone-b", at.addSecs(900), at.addSecs(900), 1, 10, -1}});
        catalog.archiveMeeting(meeting.id);
        meeting = *catalog.meeting(meeting.id);
        REQUIRE(meeting.isArchived());
    }

    QString exportTo(const QString &folder, const QString &name = {})
    {
        const QString target =
            QDir(folder).filePath(name.isEmpty() ? BundleExport::defaultFileName(meeting) : name);
        const BundleExportResult result = BundleExport::run(lib.library(), meeting.id, target);
        REQUIRE(result.notes.isEmpty());
        return result.path;
    }
};

QString unzipInto(const QString &zip, const QString &folder)
{
    const Run unzip =
        run(QStringLiteral("unzip"), {QStringLiteral("-q"), zip, QStringLiteral("-d"), folder});
    INFO(unzip.err.toStdString());
    REQUIRE(unzip.code == 0);
    return folder;
}

// A ZIP written by libzip from (name, bytes) pairs; `links` are made symbolic links.
void writeZip(const QString &path, const QList<std::pair<QString, QByteArray>> &entries,
              const QStringList &links = {})
{
    int error = 0;
    zip_t *archive =
        zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    REQUIRE(archive != nullptr);
    QList<QByteArray> keep;
    for (const auto &[name, bytes] : entries) {
        keep << bytes;
        zip_source_t *source = zip_source_buffer(archive, keep.last().constData(),
                                                 static_cast<zip_uint64_t>(keep.last().size()), 0);
        const zip_int64_t index = zip_file_add(archive, name.toUtf8().constData(), source,
                                               ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
        REQUIRE(index >= 0);
        if (links.contains(name))
            zip_file_set_external_attributes(archive, static_cast<zip_uint64_t>(index), 0,
                                             ZIP_OPSYS_UNIX, (S_IFLNK | 0777U) << 16);
    }
    REQUIRE(zip_close(archive) == 0);
}

// The entries of a real bundle, to build hostile ones from.
QList<std::pair<QString, QByteArray>> entriesOf(const QString &zipPath)
{
    int error = 0;
    zip_t *archive = zip_open(QFile::encodeName(zipPath).constData(), ZIP_RDONLY, &error);
    REQUIRE(archive != nullptr);
    QList<std::pair<QString, QByteArray>> out;
    for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i) {
        zip_stat_t st;
        zip_stat_index(archive, static_cast<zip_uint64_t>(i), 0, &st);
        QByteArray bytes(static_cast<qsizetype>(st.size), Qt::Uninitialized);
        zip_file_t *file = zip_fopen_index(archive, static_cast<zip_uint64_t>(i), 0);
        REQUIRE(zip_fread(file, bytes.data(), st.size) == static_cast<zip_int64_t>(st.size));
        zip_fclose(file);
        out.append({QString::fromUtf8(st.name), bytes});
    }
    zip_discard(archive);
    return out;
}

} // namespace

TEST_CASE("bundle names keep Vietnamese and refuse what file systems refuse", "[archive]")
{
    using namespace bundlenames;
    // Decomposed input (as macOS gives it) comes out composed.
    const QString decomposed =
        QStringLiteral("Ba\u0301o ca\u0301o").normalized(QString::NormalizationForm_D);
    CHECK(safeComponent(decomposed, 100, QStringLiteral("_")) == QStringLiteral("Báo cáo"));
    CHECK(safeComponent(QStringLiteral("Kế hoạch: 2026/2027?"), 100, QStringLiteral("_")) ==
          QStringLiteral("Kế hoạch_ 2026_2027_"));
    CHECK(safeComponent(QStringLiteral("a\\b*c\"d<e>f|g\x01h\x7Fi"), 100, QStringLiteral("_")) ==
          QStringLiteral("a_b_c_d_e_f_g_h_i"));
    CHECK(safeComponent(QStringLiteral("..hidden. . "), 100, QStringLiteral("_")) ==
          QStringLiteral("hidden"));
    CHECK(safeComponent(QStringLiteral("  many   spaces\tand\ttabs "), 100, QStringLiteral("_")) ==
          QStringLiteral("many spaces and tabs"));
    CHECK(safeComponent(QStringLiteral("CON"), 100, QStringLiteral("_")) == QStringLiteral("_CON"));
    CHECK(safeComponent(QStringLiteral("nul.txt"), 100, QStringLiteral("_")) ==
          QStringLiteral("_nul.txt"));
    CHECK(safeComponent(QStringLiteral("Com1"), 100, QStringLiteral("_")) ==
          QStringLiteral("_Com1"));
    CHECK(safeComponent(QStringLiteral("CONTRACT"), 100, QStringLiteral("_")) ==
          QStringLiteral("CONTRACT"));
    CHECK(safeComponent(QStringLiteral("..."), 100, QStringLiteral("fallback")) ==
          QStringLiteral("fallback"));
    CHECK(itemFolder(3, 12, QStringLiteral("CON")) == QStringLiteral("03 CON"));
    CHECK(itemFolder(7, 120, QStringLiteral("Bầu cử")) == QStringLiteral("007 Bầu cử"));

    // Limits are in UTF-8 bytes, cut between letters: "ệ" is three bytes and stays whole.
    const QString long_ = QString(100, QChar(0x1EC7));
    const QString cut = safeComponent(long_, 50, QStringLiteral("_"));
    CHECK(utf8Bytes(cut) == 48);
    CHECK(cut == QString(16, QChar(0x1EC7)));
    const QString file = documentFile(QString(300, u'x'), QStringLiteral("pdf"), 12);
    CHECK(utf8Bytes(file) == kMaxFileBytes);
    CHECK(file.endsWith(QStringLiteral(" (v12).pdf")));

    CHECK(extensionOf(QStringLiteral("Tờ trình.DOCX")) == QStringLiteral("docx"));
    CHECK(extensionOf(QStringLiteral("no extension")).isEmpty());
    CHECK(extensionOf(QStringLiteral("weird.p/f")).isEmpty());
    CHECK(documentFile(QStringLiteral("Báo cáo"), QStringLiteral("pdf")) ==
          QStringLiteral("Báo cáo.pdf"));
    CHECK(documentFile(QStringLiteral("Báo cáo"), QStringLiteral("pdf"), 2) ==
          QStringLiteral("Báo cáo (v2).pdf"));

    // Duplicates, also those differing in case or normalisation only.
    NameSet names;
    CHECK(names.claim(QStringLiteral("Báo cáo.pdf")) == QStringLiteral("Báo cáo.pdf"));
    CHECK(names.claim(QStringLiteral("BÁO CÁO.pdf")) == QStringLiteral("BÁO CÁO (2).pdf"));
    CHECK(names.claim(decomposed + QStringLiteral(".pdf")) ==
          decomposed + QStringLiteral(" (3).pdf"));
    CHECK(names.claim(QStringLiteral("Khác.pdf")) == QStringLiteral("Khác.pdf"));

    CHECK(defaultBundleName(QDate(2026, 3, 14), QStringLiteral("Hội nghị: lần 2")) ==
          QStringLiteral("2026-03-14 Hội nghị_ lần 2.zip"));
    CHECK(defaultBundleName({}, QStringLiteral("Họp")) == QStringLiteral("Họp.zip"));

    CHECK(BundleReader::nameProblem(QStringLiteral("01 a/b.pdf")).isEmpty());
    CHECK_FALSE(BundleReader::nameProblem(QStringLiteral("../x")).isEmpty());
    CHECK_FALSE(BundleReader::nameProblem(QStringLiteral("a/../../x")).isEmpty());
    CHECK_FALSE(BundleReader::nameProblem(QStringLiteral("/etc/passwd")).isEmpty());
    CHECK_FALSE(BundleReader::nameProblem(QStringLiteral("C:/x")).isEmpty());
    CHECK_FALSE(BundleReader::nameProblem(QStringLiteral("a\\..\\x")).isEmpty());
    CHECK_FALSE(BundleReader::nameProblem(QStringLiteral("a//b")).isEmpty());
}

TEST_CASE("an exported bundle checks with sha256sum and is the same twice", "[archive]")
{
    ArchivedFixture f;
    TempFolder out;
    const QString zip = f.exportTo(out.path());
    CHECK(QFileInfo(zip).fileName() ==
          QStringLiteral("2026-03-14 Hội nghị Ban Chấp hành Đoàn khóa XII.zip"));

    const QString folder = unzipInto(zip, out.filePath(QStringLiteral("unzipped")));
    const QStringList files = filesUnder(folder);
    INFO(files.join(u'\n').toStdString());
    CHECK(files ==
          QStringList{QStringLiteral("01 Báo cáo chính trị/Báo cáo chính trị _dự thảo_ (v1).pdf"),
                      QStringLiteral("01 Báo cáo chính trị/Báo cáo chính trị _dự thảo_.pdf"),
                      QStringLiteral("02 Kế hoạch_ 2026_2027_/Tờ trình.docx"),
                      QStringLiteral("02 Kế hoạch_ 2026_2027_/Tờ trình.pdf"),
                      QStringLiteral("SHA256SUMS"), QStringLiteral("agenda.pdf"),
                      QStringLiteral("index.html"), QStringLiteral("manifest.json"),
                      QStringLiteral("pack.pdf"), QStringLiteral("stats.csv")});
    CHECK(sha256Hex(readFile(
              folder + QStringLiteral("/01 Báo cáo chính trị/Báo cáo chính trị _dự thảo_.pdf"))) ==
          f.reportV2Sha);
    CHECK(sha256Hex(readFile(
              folder +
              QStringLiteral("/01 Báo cáo chính trị/Báo cáo chính trị _dự thảo_ (v1).pdf"))) ==
          f.reportV1Sha);
    CHECK(sha256Hex(readFile(folder + QStringLiteral("/02 Kế hoạch_ 2026_2027_/Tờ trình.pdf"))) ==
          f.renditionSha);

    const Run sums = run(QStringLiteral("sha256sum"),
                         {QStringLiteral("-c"), QStringLiteral("SHA256SUMS")}, folder);
    INFO(sums.out.toStdString() << sums.err.toStdString());
    CHECK(sums.code == 0);
    CHECK(sums.out.count(QStringLiteral(": OK")) == 9); // every entry but SHA256SUMS itself
    // The conference pack is in the bundle: one PDF of the current documents in agenda order.
    const Run packText =
        run(QStringLiteral("pdftotext"), {QStringLiteral("pack.pdf"), QStringLiteral("-")}, folder);
    CHECK(packText.code == 0);
    CHECK(packText.out.contains(QStringLiteral("Nội dung 1")));

    // The agenda is the printed sheet, with the meeting's title in it.
    const Run text = run(QStringLiteral("pdftotext"),
                         {folder + QStringLiteral("/agenda.pdf"), QStringLiteral("-")});
    CHECK(text.out.contains(QStringLiteral("Báo cáo chính trị")));

    const QByteArray csv = readFile(folder + QStringLiteral("/stats.csv"));
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    CHECK(QString::fromUtf8(csv).contains(QStringLiteral("Báo cáo chính trị <dự thảo>")));
    CHECK(csv.contains("\r\n"));

    const QJsonObject manifest =
        QJsonDocument::fromJson(readFile(folder + QStringLiteral("/manifest.json"))).object();
    CHECK(manifest.value(u"formatVersion").toInt() == 1);
    const QJsonObject meeting = manifest.value(u"meeting").toObject();
    CHECK(meeting.value(u"state").toString() == QStringLiteral("archived"));
    CHECK(meeting.value(u"code").toString() == f.meeting.code);
    CHECK_FALSE(meeting.value(u"events").toArray().isEmpty());
    const QJsonObject report = manifest.value(u"items")
                                   .toArray()[0]
                                   .toObject()
                                   .value(u"documents")
                                   .toArray()[0]
                                   .toObject();
    CHECK(report.value(u"access").toObject().value(u"devices").toInt() == 2);
    const QJsonArray versions = report.value(u"versions").toArray();
    REQUIRE(versions.size() == 2);
    CHECK(versions[0].toObject().value(u"pageCount").toInt() == 2);
    CHECK(versions[0].toObject().value(u"access").toObject().value(u"devices").toInt() == 1);
    CHECK(versions[1].toObject().value(u"access").toObject().value(u"completeDownloads").toInt() ==
          2);
    CHECK_FALSE(
        versions[0].toObject().value(u"periods").toArray()[0].toObject().value(u"until").isNull());
    CHECK(
        versions[1].toObject().value(u"periods").toArray()[0].toObject().value(u"until").isNull());

    // Byte-identical a second time, a while later.
    QThread::msleep(1100);
    const QString again = f.exportTo(out.path(), QStringLiteral("again.zip"));
    CHECK(readFile(again) == readFile(zip));
}

TEST_CASE("index html opens from file urls in Chromium and every link is a file of the bundle",
          "[archive]")
{
    ArchivedFixture f;
    TempFolder out;
    const QString folder = unzipInto(f.exportTo(out.path()), out.filePath(QStringLiteral("usb")));
    const QString chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
    INFO("headless Chromium (Debian package chromium) is needed");
    REQUIRE_FALSE(chromium.isEmpty());
    TempFolder profile;
    const Run browse =
        run(chromium,
            {QStringLiteral("--headless"), QStringLiteral("--no-sandbox"),
             QStringLiteral("--disable-gpu"), QStringLiteral("--disable-quic"),
             QStringLiteral("--no-first-run"), QStringLiteral("--disable-background-networking"),
             QStringLiteral("--disable-component-update"), QStringLiteral("--disable-sync"),
             QStringLiteral("--user-data-dir=") + profile.path(), QStringLiteral("--dump-dom"),
             QUrl::fromLocalFile(folder + QStringLiteral("/index.html")).toString()});
    const QString dom = browse.out;
    INFO(browse.err.toStdString());
    REQUIRE(dom.contains(QStringLiteral("Hội nghị Ban Chấp hành Đoàn khóa XII")));
    CHECK(dom.contains(QStringLiteral("lang=\"vi\"")));
    CHECK(dom.contains(f.reportV1Sha));
    CHECK(dom.contains(QStringLiteral("Báo cáo chính trị &lt;dự thảo&gt;"))); // escaped, not a tag
    CHECK(dom.contains(QStringLiteral("2 device")));
    // No external resource: nothing fetched from anywhere but the folder.
    CHECK_FALSE(dom.contains(QStringLiteral("http://")));
    CHECK_FALSE(dom.contains(QStringLiteral("https://")));
    CHECK_FALSE(dom.contains(QStringLiteral("<script")));

    static const QRegularExpression hrefs(QStringLiteral("href=\"([^\"]*)\""));
    QStringList linked;
    for (auto it = hrefs.globalMatch(dom); it.hasNext();) {
        const QString href =
            it.next().captured(1).replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        if (href.startsWith(u'#'))
            continue;
        const QUrl url =
            QUrl::fromLocalFile(folder + QStringLiteral("/index.html")).resolved(QUrl(href));
        INFO(href.toStdString());
        CHECK(url.isLocalFile());
        CHECK(QFileInfo(url.toLocalFile()).isFile());
        linked << QDir(folder).relativeFilePath(url.toLocalFile());
    }
    // Every document file is linked from the page.
    for (const QString &file : filesUnder(folder))
        if (file.contains(u'/'))
            CHECK(linked.contains(file));
    CHECK(linked.contains(QStringLiteral("agenda.pdf")));
}

TEST_CASE("archive verify names the one altered file and exits 1", "[archive]")
{
    ArchivedFixture f;
    TempFolder out;
    const QString zip = f.exportTo(out.path(), QStringLiteral("bundle.zip"));
    const Run good = run(kCli, {QStringLiteral("archive"), QStringLiteral("verify"), zip});
    INFO(good.out.toStdString() << good.err.toStdString());
    CHECK(good.code == 0);
    CHECK(good.out.contains(QStringLiteral("All 10 file")));

    // One byte in the middle of the stored report (PDFs are stored: its bytes are in the ZIP
    // as they are).
    QByteArray bytes = readFile(zip);
    const QByteArray report = readFile(f.lib.library().store().pathFor(f.reportV2Sha));
    const qsizetype at = bytes.indexOf(report);
    REQUIRE(at > 0);
    bytes[at + report.size() / 2] = static_cast<char>(bytes[at + report.size() / 2] ^ 0x20);
    const QString damaged = out.filePath(QStringLiteral("damaged.zip"));
    writeFile(damaged, bytes);
    const Run bad = run(kCli, {QStringLiteral("archive"), QStringLiteral("verify"), damaged});
    INFO(bad.out.toStdString() << bad.err.toStdString());
    CHECK(bad.code == 1);
    CHECK(bad.out.trimmed() ==
          QStringLiteral("altered: 01 Báo cáo chính trị/Báo cáo chính trị _dự thảo_.pdf"));

    // A file taken out, one put in: each named.
    auto entries = entriesOf(zip);
    entries.removeIf(
        [](const auto &e) { return e.first == u"02 Kế hoạch_ 2026_2027_/Tờ trình.docx"; });
    entries.append({QStringLiteral("extra.txt"), QByteArray("not from Docket")});
    const QString changed = out.filePath(QStringLiteral("changed.zip"));
    writeZip(changed, entries);
    const Run json = run(kCli, {QStringLiteral("--json"), QStringLiteral("archive"),
                                QStringLiteral("verify"), changed});
    CHECK(json.code == 1);
    const QJsonObject answer = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(answer.value(u"missing").toArray() ==
          QJsonArray{QStringLiteral("02 Kế hoạch_ 2026_2027_/Tờ trình.docx")});
    CHECK(answer.value(u"unexpected").toArray() == QJsonArray{QStringLiteral("extra.txt")});
    CHECK(answer.value(u"altered").toArray().isEmpty());
}

TEST_CASE("export then import into an empty library then export gives the same manifest",
          "[archive]")
{
    ArchivedFixture f;
    TempFolder out;
    const QString zip = f.exportTo(out.path(), QStringLiteral("first.zip"));

    TempLibrary other;
    const Run imported =
        run(kCli, {QStringLiteral("--library"), other.folder(), QStringLiteral("--json"),
                   QStringLiteral("archive"), QStringLiteral("import"), zip});
    INFO(imported.out.toStdString() << imported.err.toStdString());
    REQUIRE(imported.code == 0);
    const QJsonObject answer = QJsonDocument::fromJson(imported.out.toUtf8()).object();
    CHECK(answer.value(u"codeKept").toBool());
    CHECK(answer.value(u"newFiles").toInt() == 4);
    other.reopen();
    const QList<Meeting> meetings = other.catalog().meetings();
    REQUIRE(meetings.size() == 1);
    const Meeting &copy = meetings.first();
    CHECK(copy.isArchived());
    CHECK(copy.code == f.meeting.code);
    CHECK(copy.title == f.meeting.title);
    CHECK(other.catalog().items(copy.id).size() == 3);
    const QList<Document> documents =
        other.catalog().documents(other.catalog().items(copy.id)[0].id);
    REQUIRE(documents.size() == 1);
    CHECK(documents[0].sha256 == f.reportV2Sha);
    CHECK(other.catalog().versions(documents[0].id).size() == 2);
    CHECK(other.catalog().documentStats(copy.id)[0].devices == 2);
    CHECK(other.catalog().meetingEvents(copy.id).last().what == QStringLiteral("imported"));
    // Its words are found again: search reads them from the imported files.
    const QList<SearchHit> hits = other.catalog().search(QStringLiteral("cuối cùng"));
    REQUIRE(hits.size() == 3); // the three pages of the current version
    for (const SearchHit &hit : hits) {
        CHECK(hit.meetingCode == f.meeting.code);
        CHECK(hit.documentId == documents[0].id);
        CHECK(hit.currentVersion);
    }
    const QList<SearchHit> earlier = other.catalog().search(QStringLiteral("đầu tiên"));
    REQUIRE(earlier.size() == 2);
    CHECK_FALSE(earlier[0].currentVersion);
    CHECK(other.catalog().search(QStringLiteral("năm sau")).size() == 1); // the rendition's
    // Archived means read-only here too.
    CHECK_THROWS_AS(other.catalog().addItem(copy.id, QStringLiteral("more")), Error);
    CHECK(other.library().store().contains(f.renditionSha));
    CHECK(filesUnder(other.folder() + QStringLiteral("/tmp")).isEmpty());

    const QString second = out.filePath(QStringLiteral("second.zip"));
    BundleExportOptions options;
    options.baseUrl = QStringLiteral("http://192.168.1.23:8080");
    BundleExport::run(other.library(), copy.id, second, options);
    // index.html, agenda.pdf, pack.pdf, stats.csv, manifest.json, ...
    CHECK(QString::fromUtf8(entriesOf(second)[4].second) ==
          QString::fromUtf8(entriesOf(zip)[4].second));
    CHECK(entriesOf(second)[4].first == QStringLiteral("manifest.json"));

    // Again into the same library: the code is taken, so a new one; nothing stored twice.
    const BundleImportResult again = BundleImport::run(other.library(), zip);
    CHECK_FALSE(again.codeKept);
    CHECK(again.meeting.code != f.meeting.code);
    CHECK(again.newBlobs == 0);
    CHECK(other.catalog().meetings().size() == 2);
}

TEST_CASE("hostile ZIPs are refused and nothing is written outside staging", "[archive]")
{
    ArchivedFixture f;
    TempFolder out;
    const QString zip = f.exportTo(out.path(), QStringLiteral("good.zip"));
    const auto good = entriesOf(zip);

    struct Case
    {
        const char *what;
        QList<std::pair<QString, QByteArray>> entries;
        QStringList links;
        QString message;
    };
    auto withExtra = [&](const QString &name, const QByteArray &bytes) {
        auto entries = good;
        entries.append({name, bytes});
        return entries;
    };
    auto withoutManifest = good;
    withoutManifest.removeIf([](const auto &e) { return e.first == u"manifest.json"; });
    QList<Case> cases{
        {"dot dot",
         withExtra(QStringLiteral("../escaped.txt"), "x"),
         {},
         QStringLiteral("leads out")},
        {"deeper dot dot",
         withExtra(QStringLiteral("01 a/../../../escaped.txt"), "x"),
         {},
         QStringLiteral("leads out")},
        {"absolute",
         withExtra(QStringLiteral("/tmp/absolute-docket.txt"), "x"),
         {},
         QStringLiteral("absolute")},
        {"symlink",
         withExtra(QStringLiteral("link"), "/etc/passwd"),
         {QStringLiteral("link")},
         QStringLiteral("symbolic link")},
        {"zip bomb",
         withExtra(QStringLiteral("bomb.txt"), QByteArray(64 << 20, '\0')),
         {},
         QStringLiteral("ZIP bomb")},
        {"not in the manifest",
         withExtra(QStringLiteral("extra.txt"), "hello"),
         {},
         QStringLiteral("unexpected: extra.txt")},
        {"no manifest", withoutManifest, {}, QStringLiteral("no manifest.json")},
        {"case duplicate",
         withExtra(QStringLiteral("INDEX.HTML"), "<p>"),
         {},
         QStringLiteral("twice")},
    };
    TempLibrary target;
    const QStringList before = filesUnder(target.folder());
    const QStringList outBefore = filesUnder(out.path());
    for (const Case &c : cases) {
        INFO(c.what);
        const QString hostile = out.filePath(QStringLiteral("hostile.zip"));
        writeZip(hostile, c.entries, c.links);
        try {
            BundleImport::run(target.library(), hostile);
            FAIL("imported");
        } catch (const Error &e) {
            INFO(e.message().toStdString());
            CHECK(e.message().contains(c.message));
        }
        CHECK(target.catalog().meetings().isEmpty());
        CHECK(filesUnder(target.folder()) == before);
        QStringList outAfter = filesUnder(out.path());
        outAfter.removeAll(QStringLiteral("hostile.zip"));
        CHECK(outAfter == outBefore);
        CHECK_FALSE(QFileInfo::exists(QStringLiteral("/tmp/absolute-docket.txt")));
    }

    // Exactly the same name twice: libzip will not write it, so the second name is patched in.
    {
        auto entries = good;
        entries.append({QStringLiteral("index.htmX"), "<p>"});
        const QString duplicate = out.filePath(QStringLiteral("duplicate.zip"));
        writeZip(duplicate, entries);
        QByteArray bytes = readFile(duplicate);
        bytes.replace("index.htmX", "index.html");
        writeFile(duplicate, bytes);
        CHECK_THROWS_WITH(BundleImport::run(target.library(), duplicate), Catch::Contains("twice"));
        QFile::remove(duplicate);
    }
    // An entry larger than the reader allows is refused from its declared size, unread.
    BundleLimits small;
    small.maxEntryBytes = 1000;
    CHECK_THROWS_WITH(BundleReader::read(zip, {}, {}, small), Catch::Contains("says it holds"));
    // Not a ZIP at all.
    writeFile(out.filePath(QStringLiteral("not.zip")), "just text");
    CHECK_THROWS_WITH(BundleImport::run(target.library(), out.filePath(QStringLiteral("not.zip"))),
                      Catch::Contains("not a readable ZIP"));
    CHECK(target.catalog().meetings().isEmpty());
    CHECK(filesUnder(target.folder()) == before);
}

TEST_CASE("a cancelled export leaves no file", "[archive]")
{
    ArchivedFixture f;
    TempFolder out;
    const QString target = out.filePath(QStringLiteral("cancelled.zip"));
    int calls = 0;
    CHECK_THROWS_AS(
        BundleExport::run(f.lib.library(), f.meeting.id, target, {},
                          [&calls](double fraction) { return ++calls < 3 && fraction < 0.5; }),
        Error);
    CHECK(calls >= 1);
    CHECK(filesUnder(out.path()).isEmpty());
}
