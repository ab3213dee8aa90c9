// SPDX-License-Identifier: GPL-3.0-or-later
// Proof of a file: a secretary is sent "the report that was shown" and asks Docket whether these
// are exactly the bytes of a version it stored, in which meeting, item and document, when that
// version was current and to how many phones it went. The real docket-cli on a real library.
#include "archive/Proof.h"
#include "library/Library.h"
#include "support/Cli.h"
#include "support/SampleSite.h"
#include "support/TestPdf.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace docket;
using namespace testsupport;
using namespace Qt::StringLiterals;

namespace {

const QString kCli = QStringLiteral(DOCKET_CLI_PATH);

QJsonObject proofJson(const QString &library, const QString &file, int expectedExit)
{
    const CliRun run = runCli(kCli, library, {u"--json"_qs, u"proof"_qs, file});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == expectedExit);
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

} // namespace

TEST_CASE("docket-cli proof names the version holding a file and when it was current", "[proof]")
{
    SampleSite site;
    Library &library = site.lib.library();
    // The first version as a secretary would be sent it: a copy under another name.
    const QString sent = site.lib.sourcePath(u"gửi qua Zalo.pdf"_qs);
    writeFile(sent, site.pdfContent);
    const QString second = site.lib.sourcePath(u"Báo cáo (bản sửa).pdf"_qs);
    writePdf(second, 2, u"Bản sửa"_qs);
    library.replaceDocument(site.pdf.id, second);
    const QList<DocumentVersion> versions = site.lib.catalog().versions(site.pdf.id);
    REQUIRE(versions.size() == 2);
    // Two phones fetched the first version while it was current.
    const QDateTime seen = QDateTime::currentDateTimeUtc();
    site.lib.catalog().recordAccess(
        QList<AccessCount>{{versions[1].id, "phone-a", seen, seen, 3, 0, -1},
                           {versions[1].id, "phone-b", seen, seen, 1, site.pdfContent.size(),
                            site.pdfContent.size()}});

    const QJsonObject first = proofJson(site.lib.folder(), sent, 0);
    CHECK(first[u"known"].toBool());
    CHECK(first[u"sha256"].toString() == site.pdf.sha256);
    const QJsonArray uses = first[u"uses"].toArray();
    REQUIRE(uses.size() == 1);
    const QJsonObject use = uses[0].toObject();
    CHECK(use[u"meeting"][u"code"].toString() == site.open.code);
    CHECK(use[u"item"][u"number"].toInt() == 1);
    CHECK(use[u"document"][u"title"].toString() == site.pdf.title);
    CHECK(use[u"version"][u"number"].toInt() == 1);
    CHECK(use[u"version"][u"of"].toInt() == 2);
    CHECK_FALSE(use[u"version"][u"currentNow"].toBool());
    const QJsonArray periods = use[u"version"][u"currentPeriods"].toArray();
    REQUIRE(periods.size() == 1);
    CHECK(periods[0][u"until"].isString()); // it stopped being current when v2 came
    CHECK(use[u"served"][u"devices"].toInt() == 2);
    CHECK(use[u"served"][u"requests"].toInt() == 4);
    CHECK(use[u"served"][u"completeDownloads"].toInt() == 1);

    const QJsonObject now = proofJson(site.lib.folder(), second, 0);
    const QJsonObject current = now[u"uses"].toArray()[0].toObject();
    CHECK(current[u"version"][u"number"].toInt() == 2);
    CHECK(current[u"version"][u"currentNow"].toBool());
    CHECK(current[u"version"][u"currentPeriods"].toArray()[0][u"until"].isNull());
    CHECK(current[u"served"][u"devices"].toInt() == 0);

    // In words, for people.
    const CliRun words = runCliOk(kCli, site.lib.folder(), {u"proof"_qs, sent});
    CHECK(words.out.contains(u"is exactly a file that Docket stored"));
    CHECK(words.out.contains(u"version 1 of 2"));
    CHECK(words.out.contains(u"Served to 2 devices: 4 request(s)"));
    CHECK(words.out.contains(site.open.title));

    // One byte changed: not a file Docket stored.
    QByteArray altered = site.pdfContent;
    altered[altered.size() / 2] = static_cast<char>(altered[altered.size() / 2] ^ 1);
    const QString forged = site.lib.sourcePath(u"sửa một byte.pdf"_qs);
    writeFile(forged, altered);
    const QJsonObject unknown = proofJson(site.lib.folder(), forged, 1);
    CHECK_FALSE(unknown[u"known"].toBool());
    CHECK(unknown[u"uses"].toArray().isEmpty());
    const CliRun refused = runCli(kCli, site.lib.folder(), {u"proof"_qs, forged});
    CHECK(refused.exitCode == 1);
    CHECK(refused.out.contains(u"is not a file that Docket stored"));

    // A file that cannot be read: a clear error, not "unknown".
    const CliRun missing =
        runCli(kCli, site.lib.folder(), {u"proof"_qs, site.lib.sourcePath(u"không có.pdf"_qs)});
    CHECK(missing.exitCode != 0);
    CHECK(missing.err.contains(u"Cannot read"));
}

TEST_CASE("Proof finds the same bytes in every meeting that holds them", "[proof]")
{
    SampleSite site;
    // The closed meeting's PDF, added again to the open one's second item.
    Library &library = site.lib.library();
    const QString copy = site.lib.sourcePath(u"bản sao.pdf"_qs);
    writeFile(copy, readFile(library.store().pathFor(site.closedPdf.sha256)));
    REQUIRE(library.importDocuments(site.item2.id, {copy}).size() == 1);
    const ProofReport report = Proof::check(site.lib.catalog(), copy);
    REQUIRE(report.uses.size() == 2);
    CHECK(report.uses[0].meeting.id != report.uses[1].meeting.id);
    CHECK(Proof::describe(report).first().contains(u"bản sao.pdf"));
}
