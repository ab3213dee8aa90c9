// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/Curl.h"
#include "support/PdfPages.h"
#include "support/QrDecode.h"
#include "support/SampleSite.h"
#include "support/TempLibrary.h"
#include "support/TestPdf.h"

#include <QDeadlineTimer>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QThread>

#include <catch2/catch.hpp>

#include <csignal>
#include <sys/types.h>
#include <tuple>

using namespace docket;
using namespace testsupport;
using namespace Qt::StringLiterals;

namespace {

const QString kCli = QStringLiteral(DOCKET_CLI_PATH);

// English messages, UTF-8 everywhere, and no library but the one given on the command line.
QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("DOCKET_LIBRARY"));
    return env;
}

ProcessResult cli(const QStringList &arguments, const QString &workingDirectory = {})
{
    QProcess process;
    process.setProcessEnvironment(cliEnvironment());
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(kCli, arguments);
    REQUIRE(process.waitForStarted(10000));
    const bool finished = process.waitForFinished(30000);
    if (!finished)
        process.kill();
    REQUIRE(finished);
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

// docket-cli --library FOLDER ...: REQUIREs success and returns stdout.
QByteArray cliOk(const QString &library, const QStringList &arguments)
{
    const ProcessResult run = cli(QStringList{QStringLiteral("--library"), library} + arguments);
    INFO("docket-cli " << arguments.join(u' ').toStdString()
                       << "\nstderr: " << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return run.out;
}

QJsonDocument parseJson(const QByteArray &text);

// docket-cli meeting create --title TITLE: the new meeting's delegate code.
QString createMeeting(const QString &library, const QString &title)
{
    return parseJson(cliOk(library, {QStringLiteral("--json"), QStringLiteral("meeting"),
                                     QStringLiteral("create"), QStringLiteral("--title"), title}))
        .object()
        .value(QStringLiteral("code"))
        .toString();
}

QJsonDocument parseJson(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    INFO("JSON: " << text.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc;
}

// The document links on an item page, by document id.
QMap<qint64, QString> documentLinks(const QByteArray &html, const QString &code, int item)
{
    const QRegularExpression href(QStringLiteral("href=\"(/%1/%2/(\\d+)/[^\"]*)\"")
                                      .arg(QRegularExpression::escape(code))
                                      .arg(item));
    QMap<qint64, QString> links;
    auto it = href.globalMatch(QString::fromUtf8(html));
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        links.insert(match.captured(2).toLongLong(), match.captured(1));
    }
    return links;
}

QString filenameStar(const QByteArray &disposition)
{
    const QByteArray marker = "filename*=UTF-8''";
    const qsizetype at = disposition.indexOf(marker);
    REQUIRE(at >= 0);
    return QString::fromUtf8(QByteArray::fromPercentEncoding(disposition.mid(at + marker.size())));
}

// `docket-cli serve` as a child process, stopped however the test ends.
class ServeProcess
{
public:
    explicit ServeProcess(const QString &library)
    {
        m_process.setProcessEnvironment(cliEnvironment());
        m_process.start(kCli, {QStringLiteral("--library"), library, QStringLiteral("serve"),
                               QStringLiteral("--bind"), QStringLiteral("127.0.0.1"),
                               QStringLiteral("--port"), QStringLiteral("0")});
        REQUIRE(m_process.waitForStarted(10000));
    }
    ~ServeProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    // The first line on stdout: the base URL delegates reach.
    QString readBaseUrl()
    {
        const QDeadlineTimer deadline(10000);
        while (!m_process.canReadLine()) {
            INFO("serve stderr: " << m_process.readAllStandardError().toStdString());
            REQUIRE(m_process.state() == QProcess::Running);
            REQUIRE_FALSE(deadline.hasExpired());
            m_process.waitForReadyRead(100);
        }
        return QString::fromUtf8(m_process.readLine()).trimmed();
    }

    QProcess &process() { return m_process; }

private:
    QProcess m_process;
};

} // namespace

TEST_CASE("docket-cli hosts a meeting from creation to download", "[cli][e2e]")
{
    TempLibrary scratch; // only for its folders: the CLI works on its own library
    const QString library = scratch.folder() + QStringLiteral("-cli");

    // 1. Create a meeting, an item and a document with the CLI alone.
    const QJsonObject created =
        parseJson(
            cliOk(library,
                  {QStringLiteral("meeting"), QStringLiteral("create"), QStringLiteral("--title"),
                   QStringLiteral("Hội nghị tổng kết công tác Đoàn 2026"), QStringLiteral("--date"),
                   QStringLiteral("2026-11-28"), QStringLiteral("--venue"),
                   QStringLiteral("Hội trường A"), QStringLiteral("--json")}))
            .object();
    const QString code = created.value(QStringLiteral("code")).toString();
    REQUIRE(QRegularExpression(QStringLiteral("^[0-9A-HJKMNP-TV-Z]{8}$")).match(code).hasMatch());
    CHECK(created.value(QStringLiteral("title")).toString() ==
          u"Hội nghị tổng kết công tác Đoàn 2026");
    CHECK(created.value(QStringLiteral("state")).toString() == u"draft");
    CHECK(created.value(QStringLiteral("date")).toString() == u"2026-11-28");

    CHECK(cliOk(library, {QStringLiteral("item"), QStringLiteral("add"), code,
                          QStringLiteral("--title"), QStringLiteral("Báo cáo chính trị"),
                          QStringLiteral("--presenter"), QStringLiteral("Anh Tuấn")})
              .trimmed() == "1");

    const QString pdfName = QStringLiteral("Báo cáo tổng kết Đoàn 2026.pdf");
    const QString pdfPath = scratch.sourcePath(pdfName);
    writePdf(pdfPath, 3, QStringLiteral("Báo cáo tổng kết"));
    const QByteArray pdfContent = readFile(pdfPath);
    const QJsonArray addedDocs =
        parseJson(
            cliOk(library, {QStringLiteral("--json"), QStringLiteral("doc"), QStringLiteral("add"),
                            code.toLower(), QStringLiteral("1"), pdfPath}))
            .array();
    REQUIRE(addedDocs.size() == 1);
    const QJsonObject addedDoc = addedDocs.first().toObject();
    CHECK(addedDoc.value(QStringLiteral("sha256")).toString() == sha256Hex(pdfContent));
    CHECK(addedDoc.value(QStringLiteral("pageCount")).toInt() == 3);
    CHECK(addedDoc.value(QStringLiteral("mimeType")).toString() == u"application/pdf");
    CHECK(addedDoc.value(QStringLiteral("fileName")).toString() == pdfName);
    CHECK(addedDoc.value(QStringLiteral("problem")).isNull());
    const qint64 firstDocId = addedDoc.value(QStringLiteral("id")).toInteger();

    const QJsonObject opened =
        parseJson(cliOk(library, {QStringLiteral("--json"), QStringLiteral("meeting"),
                                  QStringLiteral("open"), code}))
            .object();
    CHECK(opened.value(QStringLiteral("state")).toString() == u"open");

    // 2. Serve it.
    ServeProcess serve(library);
    const QString base = serve.readBaseUrl();
    INFO("base URL " << base.toStdString());
    REQUIRE(QRegularExpression(QStringLiteral("^HTTP://127\\.0\\.0\\.1:[1-9][0-9]*$"))
                .match(base)
                .hasMatch());

    // 3. The QR of item 1, as printed on the agenda sheet, read back by a real decoder.
    const QString png = scratch.sourcePath(QStringLiteral("item1.png"));
    // (A loopback address goes on a code only when named: see the test of that refusal.)
    const QByteArray printed =
        cliOk(library, {QStringLiteral("qr"), code, QStringLiteral("1"), QStringLiteral("--png"),
                        png, QStringLiteral("--base-url"), base});
    const QImage image(png);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() <= 800);
    const QStringList decoded = decodeQr(image);
    REQUIRE(decoded.size() == 1);
    const QString &url = decoded.first();
    CHECK(url == base + u'/' + code + QStringLiteral("/1"));
    CHECK(url == url.toUpper());
    CHECK(QString::fromUtf8(printed).trimmed() == url);

    const QJsonObject qrJson =
        parseJson(cliOk(library,
                        {QStringLiteral("--json"), QStringLiteral("qr"), code, QStringLiteral("1"),
                         QStringLiteral("--svg"), scratch.sourcePath(QStringLiteral("item1.svg")),
                         QStringLiteral("--base-url"), base}))
            .object();
    CHECK(qrJson.value(QStringLiteral("url")).toString() == url);
    CHECK(qrJson.value(QStringLiteral("version")).toInt() <= 3);

    // 4. What the phone does: open the URL, follow the document link, download.
    const HttpResult itemPage = curlFetch(url);
    REQUIRE(itemPage.status == 200);
    CHECK(QString::fromUtf8(itemPage.body).contains(u"Báo cáo chính trị"));
    const QMap<qint64, QString> links = documentLinks(itemPage.body, code, 1);
    REQUIRE(links.size() == 1);
    REQUIRE(links.contains(firstDocId));
    const HttpResult download = curlFetch(base + links.value(firstDocId));
    CHECK(download.status == 200);
    CHECK(sha256Hex(download.body) == sha256Hex(pdfContent));
    CHECK(download.header("Content-Type") == "application/pdf");
    CHECK(filenameStar(download.header("Content-Disposition")) == pdfName);

    // `meeting show` now knows the address the server announced.
    const QJsonObject shown =
        parseJson(cliOk(library, {QStringLiteral("--json"), QStringLiteral("meeting"),
                                  QStringLiteral("show"), code}))
            .object();
    CHECK(shown.value(QStringLiteral("url")).toString() == base + u'/' + code);
    CHECK(shown.value(QStringLiteral("items"))
              .toArray()
              .first()
              .toObject()
              .value(QStringLiteral("url")) == url);

    // 5. A last-minute document, added while serving, shows up without a restart.
    const QString annexName = QStringLiteral("Phụ lục số liệu.pdf");
    const QString annexPath = scratch.sourcePath(annexName);
    writePdf(annexPath, 2, QStringLiteral("Phụ lục"));
    const QByteArray annexContent = readFile(annexPath);
    const QJsonArray annexDocs =
        parseJson(cliOk(library, {QStringLiteral("--json"), QStringLiteral("doc"),
                                  QStringLiteral("add"), code, QStringLiteral("1"), annexPath}))
            .array();
    REQUIRE(annexDocs.size() == 1);
    const qint64 annexId = annexDocs.first().toObject().value(QStringLiteral("id")).toInteger();
    QElapsedTimer waited;
    waited.start();
    QMap<qint64, QString> after;
    while (waited.elapsed() < 3000) {
        after = documentLinks(curlFetch(url).body, code, 1);
        if (after.contains(annexId))
            break;
        QThread::msleep(100);
    }
    INFO("waited " << waited.elapsed() << " ms");
    REQUIRE(after.contains(annexId));
    CHECK(after.size() == 2);
    const HttpResult annex = curlFetch(base + after.value(annexId));
    CHECK(annex.status == 200);
    CHECK(annex.body == annexContent);
    CHECK(filenameStar(annex.header("Content-Disposition")) == annexName);

    // 6. Closing the meeting takes it off the network, again without a restart.
    cliOk(library, {QStringLiteral("meeting"), QStringLiteral("close"), code});
    const QByteArray unknown = curlFetch(base + QStringLiteral("/ZZZZZZZZ/1")).body;
    waited.restart();
    int status = 0;
    while (waited.elapsed() < 3000) {
        status = curlFetch(url).status;
        if (status == 404)
            break;
        QThread::msleep(100);
    }
    CHECK(status == 404);
    CHECK(curlFetch(url).body == unknown);

    // 7. SIGTERM stops it cleanly.
    QProcess &process = serve.process();
    REQUIRE(::kill(static_cast<pid_t>(process.processId()), SIGTERM) == 0);
    REQUIRE(process.waitForFinished(10000));
    CHECK(process.exitStatus() == QProcess::NormalExit);
    CHECK(process.exitCode() == 0);
    const ProcessResult refused =
        runCurl({QStringLiteral("-s"), QStringLiteral("-o"), QStringLiteral("/dev/null"), url});
    CHECK(refused.exitCode == 7); // nobody listens any more
}

TEST_CASE("docket-cli exit codes and one-line errors", "[cli]")
{
    const TempFolder folder;
    const QString library = folder.filePath(QStringLiteral("library"));
    struct Row
    {
        QStringList arguments;
        int status;
    };
    const Row rows[] = {
        {{QStringLiteral("frobnicate")}, 2},
        {{QStringLiteral("meeting"), QStringLiteral("frobnicate")}, 2},
        {{}, 2},
        {{QStringLiteral("meeting"), QStringLiteral("create")}, 2},
        {{QStringLiteral("meeting"), QStringLiteral("create"), QStringLiteral("--title")}, 2},
        {{QStringLiteral("meeting"), QStringLiteral("create"), QStringLiteral("--title"),
          QStringLiteral("   ")},
         2},
        {{QStringLiteral("meeting"), QStringLiteral("create"), QStringLiteral("--title"),
          QStringLiteral("T"), QStringLiteral("--date"), QStringLiteral("28/11/2026")},
         2},
        {{QStringLiteral("meeting"), QStringLiteral("create"), QStringLiteral("--title"),
          QStringLiteral("T"), QStringLiteral("--bogus")},
         2},
        {{QStringLiteral("meeting"), QStringLiteral("show"), QStringLiteral("ZZZZZZZZ")}, 1},
        {{QStringLiteral("meeting"), QStringLiteral("open"), QStringLiteral("999")}, 1},
        {{QStringLiteral("item"), QStringLiteral("add"), QStringLiteral("ZZZZZZZZ"),
          QStringLiteral("--title"), QStringLiteral("X")},
         1},
        {{QStringLiteral("doc"), QStringLiteral("add"), QStringLiteral("ZZZZZZZZ"),
          QStringLiteral("1"), QStringLiteral("/nonexistent.pdf")},
         1},
        {{QStringLiteral("qr"), QStringLiteral("ZZZZZZZZ")}, 2}, // neither --png nor --svg
        {{QStringLiteral("doc"), QStringLiteral("add"), QStringLiteral("ZZZZZZZZ"),
          QStringLiteral("1"), QStringLiteral("a.pdf"), QStringLiteral("b.pdf"),
          QStringLiteral("--title"), QStringLiteral("T")},
         2}, // one title for two files
        {{QStringLiteral("meeting"), QStringLiteral("create"), QStringLiteral("--title"),
          QStringLiteral("T"), QStringLiteral("--language"), QStringLiteral("fr")},
         2},
        {{QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("70000")}, 2},
    };
    for (const Row &row : rows) {
        const ProcessResult run =
            cli(QStringList{QStringLiteral("--library"), library} + row.arguments);
        INFO("docket-cli " << row.arguments.join(u' ').toStdString()
                           << "\nstderr: " << run.err.toStdString());
        CHECK(run.exitCode == row.status);
        CHECK(run.out.isEmpty());
        CHECK(run.err.count('\n') == 1);
        CHECK(run.err.endsWith('\n'));
        CHECK(run.err.startsWith("docket-cli: "));
    }

    SECTION("errors that need a meeting first")
    {
        const QJsonObject m =
            parseJson(cliOk(library, {QStringLiteral("--json"), QStringLiteral("meeting"),
                                      QStringLiteral("create"), QStringLiteral("--title"),
                                      QStringLiteral("Họp")}))
                .object();
        const QString code = m.value(QStringLiteral("code")).toString();
        const Row more[] = {
            // No server has run yet, so no address is known for the QR code.
            {{QStringLiteral("qr"), code, QStringLiteral("--png"),
              folder.filePath(QStringLiteral("x.png"))},
             1},
            {{QStringLiteral("qr"), code, QStringLiteral("--png"),
              folder.filePath(QStringLiteral("x.png")), QStringLiteral("--base-url"),
              QStringLiteral("https://1.2.3.4")},
             2},
            {{QStringLiteral("doc"), QStringLiteral("add"), code, QStringLiteral("1"),
              folder.filePath(QStringLiteral("missing.pdf"))},
             1}, // no item 1
            {{QStringLiteral("doc"), QStringLiteral("add"), code, QStringLiteral("one"),
              folder.filePath(QStringLiteral("missing.pdf"))},
             2},
        };
        for (const Row &row : more) {
            const ProcessResult run =
                cli(QStringList{QStringLiteral("--library"), library} + row.arguments);
            INFO("docket-cli " << row.arguments.join(u' ').toStdString()
                               << "\nstderr: " << run.err.toStdString());
            CHECK(run.exitCode == row.status);
            CHECK(run.err.count('\n') == 1);
            CHECK(run.err.startsWith("docket-cli: "));
        }
    }
}

TEST_CASE("docket-cli takes its command from the first word and not from any other", "[cli]")
{
    const TempFolder folder;
    const QString library = folder.filePath(QStringLiteral("library"));
    // A meeting and an item titled like the child commands are still a meeting and an item.
    const QJsonObject meeting =
        parseJson(cliOk(library, {QStringLiteral("--json"), QStringLiteral("meeting"),
                                  QStringLiteral("create"), QStringLiteral("--title"),
                                  QStringLiteral("inspect")}))
            .object();
    CHECK(meeting.value(QStringLiteral("title")).toString() == u"inspect");
    const QString code = meeting.value(QStringLiteral("code")).toString();
    CHECK(cliOk(library, {QStringLiteral("item"), QStringLiteral("add"), code,
                          QStringLiteral("--title"), QStringLiteral("render-worker")})
              .trimmed() == "1");

    // print lays out text, which needs the platform the child commands start without: a file
    // named "inspect" once cost it that platform (Qt aborted).
    const ProcessResult printed =
        cli({QStringLiteral("--library"), library, QStringLiteral("print"), code,
             QStringLiteral("--layout"), QStringLiteral("sheet"), QStringLiteral("--pdf"),
             QStringLiteral("inspect"), QStringLiteral("--base-url"),
             QStringLiteral("http://192.168.1.23:8080")},
            folder.path());
    INFO("stderr: " << printed.err.toStdString());
    REQUIRE(printed.exitCode == 0);
    QFile pdf(folder.filePath(QStringLiteral("inspect")));
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == "%PDF-");
    const QList<PdfPage> pages = readPdfPages(folder.filePath(QStringLiteral("inspect")), 72);
    REQUIRE(pages.size() == 1);
    CHECK(pages.first().text.contains(u"inspect"));

    // The child command itself, after global options that take a value named like it.
    const QString inspectLibrary = folder.filePath(QStringLiteral("inspect"));
    const ProcessResult child =
        cli({QStringLiteral("--json"), QStringLiteral("--library"), inspectLibrary,
             QStringLiteral("inspect"), folder.filePath(QStringLiteral("inspect"))});
    INFO("stderr: " << child.err.toStdString());
    REQUIRE(child.exitCode == 0);
    CHECK(parseJson(child.out).object().value(QStringLiteral("pageCount")).toInt() == 1);
}

TEST_CASE("docket-cli --version and --help", "[cli]")
{
    const ProcessResult version = cli({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out == "docket-cli " DOCKET_VERSION "\n");
    CHECK(version.err.isEmpty());

    const ProcessResult help = cli({QStringLiteral("--help")});
    REQUIRE(help.exitCode == 0);
    const QString text = QString::fromUtf8(help.out);
    // Every command people use, each with its syntax; the render worker is not for people.
    for (const char *syntax : {"meeting create --title T",
                               "meeting list",
                               "meeting show MEETING",
                               "meeting open MEETING",
                               "meeting close MEETING",
                               "meeting pin MEETING (PIN | --clear)",
                               "item add MEETING",
                               "doc add MEETING ITEM FILE...",
                               "doc replace MEETING ITEM DOC FILE",
                               "doc versions MEETING ITEM DOC",
                               "doc current MEETING ITEM DOC VERSION",
                               "doc render MEETING ITEM DOC",
                               "qr MEETING [ITEM]",
                               "qr --wifi SSID",
                               "wifi set (MEETING | --venue) SSID",
                               "wifi clear (MEETING | --venue)",
                               "wifi show (MEETING | --venue)",
                               "prepare MEETING",
                               "print MEETING --layout",
                               "serve [--bind ADDRESS]",
                               "stats MEETING [--csv]",
                               "search WORDS...",
                               "trash list MEETING",
                               "trash empty MEETING",
                               "trash restore MEETING DOC",
                               "clean [--dry-run]",
                               "verify",
                               "backup [FILE]",
                               "backup --list",
                               "restore [BACKUP]",
                               "inspect FILE...",
                               "help [GROUP]",
                               "--library DIR",
                               "--json",
                               "--version"}) {
        INFO(syntax);
        CHECK(text.contains(QLatin1StringView(syntax)));
    }
    CHECK_FALSE(text.contains(u"render-worker"));
    CHECK(text.contains(u"serve the meeting to delegates"));

    // `help` alone is --help; `help GROUP` only that group's commands.
    CHECK(cli({QStringLiteral("help")}).out == help.out);
    const ProcessResult doc = cli({QStringLiteral("help"), QStringLiteral("doc")});
    REQUIRE(doc.exitCode == 0);
    const QString docText = QString::fromUtf8(doc.out);
    CHECK(docText.count(QStringLiteral("\n  doc ")) + docText.startsWith(u"  doc ") == 5);
    CHECK(docText.contains(u"a new version behind the same QR code"));
    CHECK_FALSE(docText.contains(u"meeting create"));
    const ProcessResult unknown = cli({QStringLiteral("help"), QStringLiteral("frobnicate")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.out.isEmpty());
    CHECK(unknown.err.startsWith("docket-cli: "));

    // In Vietnamese too, the syntax unchanged.
    QProcess process;
    QProcessEnvironment env = cliEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("vi_VN.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("vi_VN.UTF-8"));
    process.setProcessEnvironment(env);
    process.start(kCli, {QStringLiteral("help"), QStringLiteral("meeting")});
    REQUIRE(process.waitForFinished(30000));
    const QString vi = QString::fromUtf8(process.readAllStandardOutput());
    CHECK(vi.contains(u"meeting open MEETING"));
    CHECK(vi.contains(u"mở hội nghị cho đại biểu truy cập"_s));
}

TEST_CASE("docket-cli --json meeting list is valid JSON", "[cli]")
{
    const TempFolder folder;
    const QString library = folder.filePath(QStringLiteral("library"));
    const QJsonDocument empty = parseJson(cliOk(
        library, {QStringLiteral("--json"), QStringLiteral("meeting"), QStringLiteral("list")}));
    REQUIRE(empty.isArray());
    CHECK(empty.array().isEmpty());

    QSet<QString> codes;
    for (const QString &title : {QStringLiteral("Hội nghị A"), QStringLiteral("Hội nghị \"B\"")}) {
        const QJsonObject m =
            parseJson(cliOk(library, {QStringLiteral("meeting"), QStringLiteral("create"),
                                      QStringLiteral("--title"), title, QStringLiteral("--json")}))
                .object();
        codes.insert(m.value(QStringLiteral("code")).toString());
    }
    // --json may stand after the command too.
    const QJsonDocument list = parseJson(cliOk(
        library, {QStringLiteral("meeting"), QStringLiteral("list"), QStringLiteral("--json")}));
    REQUIRE(list.isArray());
    REQUIRE(list.array().size() == 2);
    QSet<QString> listed;
    QStringList titles;
    for (const QJsonValue &value : list.array()) {
        const QJsonObject m = value.toObject();
        listed.insert(m.value(QStringLiteral("code")).toString());
        titles.append(m.value(QStringLiteral("title")).toString());
        CHECK(m.value(QStringLiteral("state")).toString() == u"draft");
        CHECK(m.value(QStringLiteral("language")).toString() == u"vi");
        CHECK(m.value(QStringLiteral("id")).isDouble());
    }
    CHECK(listed == codes);
    CHECK(titles.contains(u"Hội nghị \"B\""_s));
}

TEST_CASE("docket-cli qr takes an explicit base URL", "[cli]")
{
    const TempFolder folder;
    const QString library = folder.filePath(QStringLiteral("library"));
    const QString code = createMeeting(library, QStringLiteral("QR"));
    cliOk(library, {QStringLiteral("item"), QStringLiteral("add"), code, QStringLiteral("--title"),
                    QStringLiteral("One")});
    cliOk(library, {QStringLiteral("item"), QStringLiteral("add"), code, QStringLiteral("--title"),
                    QStringLiteral("Two")});

    const QString svg = folder.filePath(QStringLiteral("two.svg"));
    const QByteArray out =
        cliOk(library,
              {QStringLiteral("qr"), code.toLower(), QStringLiteral("2"), QStringLiteral("--svg"),
               svg, QStringLiteral("--base-url"), QStringLiteral("http://192.168.1.23:8080/")});
    const QString expected =
        QStringLiteral("HTTP://192.168.1.23:8080/") + code + QStringLiteral("/2");
    CHECK(QString::fromUtf8(out).trimmed() == expected);
    // Rendered by Qt's SVG image plugin, as a browser or a print layout would.
    const QImage rendered(svg);
    REQUIRE_FALSE(rendered.isNull());
    CHECK(decodeQr(rendered.scaled(rendered.size() * 4)) == QStringList{expected});

    const QString png = folder.filePath(QStringLiteral("meeting.png"));
    cliOk(library,
          {QStringLiteral("qr"), code, QStringLiteral("--png"), png, QStringLiteral("--size"),
           QStringLiteral("300"), QStringLiteral("--base-url"), QStringLiteral("10.0.0.5:8080")});
    const QImage image(png);
    CHECK(image.width() <= 300);
    CHECK(decodeQr(image) == QStringList{QStringLiteral("HTTP://10.0.0.5:8080/") + code});
}

TEST_CASE("docket-cli prints the sheet, cards and poster, and makes the Wi-Fi code", "[cli]")
{
    const TempFolder folder;
    const QString library = folder.filePath(QStringLiteral("library"));
    const QString code = createMeeting(library, QStringLiteral("Hội nghị tổng kết"));
    for (const QString &title :
         {QStringLiteral("Khai mạc"), QStringLiteral("Báo cáo"), QStringLiteral("Thảo luận")})
        cliOk(library, {QStringLiteral("item"), QStringLiteral("add"), code,
                        QStringLiteral("--title"), title});
    const QString base = QStringLiteral("HTTP://127.0.0.1:8080");
    const QStringList baseOption{QStringLiteral("--base-url"), QStringLiteral("127.0.0.1:8080")};

    // The venue's network, then the meeting's own, shown back; the JSON says which applies.
    cliOk(library, {QStringLiteral("wifi"), QStringLiteral("set"), QStringLiteral("--venue"),
                    QStringLiteral("Hội trường"), QStringLiteral("--password"),
                    QStringLiteral("venue-pass")});
    QJsonObject shown = parseJson(cliOk(library, {QStringLiteral("--json"), QStringLiteral("wifi"),
                                                  QStringLiteral("show"), code}))
                            .object();
    CHECK(shown.value(QStringLiteral("ssid")).toString() == QStringLiteral("Hội trường"));
    CHECK(shown.value(QStringLiteral("source")).toString() == QStringLiteral("venue"));
    const QString ssid = QStringLiteral(R"(Phòng "họp"; 2:A,\)");
    const QString password = QStringLiteral(R"(p;a:s,s"w\ord)");
    cliOk(library, {QStringLiteral("wifi"), QStringLiteral("set"), code, ssid,
                    QStringLiteral("--password"), password});
    shown = parseJson(cliOk(library, {QStringLiteral("--json"), QStringLiteral("wifi"),
                                      QStringLiteral("show"), code}))
                .object();
    CHECK(shown.value(QStringLiteral("ssid")).toString() == ssid);
    CHECK(shown.value(QStringLiteral("password")).toString() == password);
    CHECK(shown.value(QStringLiteral("security")).toString() == QStringLiteral("WPA"));
    CHECK(shown.value(QStringLiteral("source")).toString() == QStringLiteral("meeting"));

    // Sheet: the meeting's code, then every item's, in order.
    const QString sheet = folder.filePath(QStringLiteral("Chương trình.pdf"));
    const QJsonObject printed =
        parseJson(
            cliOk(library, QStringList{QStringLiteral("--json"), QStringLiteral("print"), code,
                                       QStringLiteral("--layout"), QStringLiteral("sheet"),
                                       QStringLiteral("--pdf"), sheet, QStringLiteral("--paper"),
                                       QStringLiteral("letter")} +
                               baseOption))
            .object();
    CHECK(printed.value(QStringLiteral("pages")).toInt() == 1);
    CHECK(printed.value(QStringLiteral("paper")).toString() == QStringLiteral("letter"));
    const QList<PdfPage> sheetPages = readPdfPages(sheet, 150);
    REQUIRE(sheetPages.size() == 1);
    CHECK(std::abs(sheetPages[0].sizePoints.width() - 612) < 1); // Letter
    CHECK(decodeQr(sheetPages[0].image) == QStringList{base + u'/' + code,
                                                       base + u'/' + code + QStringLiteral("/1"),
                                                       base + u'/' + code + QStringLiteral("/2"),
                                                       base + u'/' + code + QStringLiteral("/3")});

    // Cards: a page per item.
    const QString cards = folder.filePath(QStringLiteral("cards.pdf"));
    const QByteArray cardsOut =
        cliOk(library, QStringList{QStringLiteral("print"), code, QStringLiteral("--layout"),
                                   QStringLiteral("cards"), QStringLiteral("--pdf"), cards} +
                           baseOption);
    CHECK(cardsOut.contains("3 pages"));
    const QList<PdfPage> cardPages = readPdfPages(cards, 150);
    REQUIRE(cardPages.size() == 3);
    for (int i = 0; i < 3; ++i)
        CHECK(decodeQr(cardPages[i].image) ==
              QStringList{base + u'/' + code + u'/' + QString::number(i + 1)});

    // Cards two to a page, and tent cards: the same codes, in order.
    const QString halves = folder.filePath(QStringLiteral("halves.pdf"));
    const QJsonObject halvesOut =
        parseJson(cliOk(library, QStringList{QStringLiteral("--json"), QStringLiteral("print"),
                                             code, QStringLiteral("--layout"),
                                             QStringLiteral("cards"), QStringLiteral("--per-page"),
                                             QStringLiteral("2"), QStringLiteral("--pdf"), halves} +
                                     baseOption))
            .object();
    CHECK(halvesOut.value(QStringLiteral("pages")).toInt() == 2);
    CHECK(halvesOut.value(QStringLiteral("perPage")).toInt() == 2);
    QStringList halvesCodes;
    for (const PdfPage &page : readPdfPages(halves, 150))
        halvesCodes += decodeQr(page.image);
    CHECK(halvesCodes == QStringList{base + u'/' + code + QStringLiteral("/1"),
                                     base + u'/' + code + QStringLiteral("/2"),
                                     base + u'/' + code + QStringLiteral("/3")});
    const QString tent = folder.filePath(QStringLiteral("tent.pdf"));
    CHECK(cliOk(library, QStringList{QStringLiteral("print"), code, QStringLiteral("--layout"),
                                     QStringLiteral("tent"), QStringLiteral("--pdf"), tent} +
                             baseOption)
              .contains("3 pages"));

    // The letterhead, set once for the library, heads the sheet when asked for.
    cliOk(library,
          {QStringLiteral("letterhead"), QStringLiteral("set"), QStringLiteral("--organisation"),
           QStringLiteral("ĐOÀN TNCS HỒ CHÍ MINH\\nBCH ĐOÀN QUẬN 1"), QStringLiteral("--place"),
           QStringLiteral("TP. Hồ Chí Minh")});
    const QJsonObject letterhead =
        parseJson(cliOk(library, {QStringLiteral("--json"), QStringLiteral("letterhead"),
                                  QStringLiteral("show")}))
            .object();
    CHECK(letterhead.value(QStringLiteral("organisation")).toString() ==
          QStringLiteral("ĐOÀN TNCS HỒ CHÍ MINH\nBCH ĐOÀN QUẬN 1"));
    const QString official = folder.filePath(QStringLiteral("official.pdf"));
    cliOk(library, QStringList{QStringLiteral("print"), code, QStringLiteral("--layout"),
                               QStringLiteral("sheet"), QStringLiteral("--official-header"),
                               QStringLiteral("--documents"), QStringLiteral("--pdf"), official} +
                       baseOption);
    const QString officialText = readPdfPages(official, 72).first().text;
    CHECK(officialText.contains(QStringLiteral("QUẬN 1")));
    CHECK(officialText.contains(QStringLiteral("TP. Hồ Chí Minh")));
    cliOk(library, {QStringLiteral("letterhead"), QStringLiteral("clear")});
    CHECK(cliOk(library, {QStringLiteral("letterhead"), QStringLiteral("show")})
              .contains("No letterhead"));

    // Poster: the meeting's own network joins, escaped, then the meeting opens.
    const QString poster = folder.filePath(QStringLiteral("poster.pdf"));
    cliOk(library, QStringList{QStringLiteral("print"), code, QStringLiteral("--layout"),
                               QStringLiteral("poster"), QStringLiteral("--pdf"), poster} +
                       baseOption);
    const QString wifiText = QStringLiteral(R"(WIFI:T:WPA;S:Phòng \"họp\"\; 2\:A\,\\;)"
                                            R"(P:p\;a\:s\,s\"w\\ord;;)");
    CHECK(decodeQr(readPdfPages(poster, 150)[0].image) ==
          QStringList{wifiText, base + u'/' + code});

    // qr --wifi, as PNG and SVG.
    const QString png = folder.filePath(QStringLiteral("wifi.png"));
    const QByteArray qrOut =
        cliOk(library, {QStringLiteral("qr"), QStringLiteral("--wifi"), ssid,
                        QStringLiteral("--password"), password, QStringLiteral("--png"), png});
    CHECK(QString::fromUtf8(qrOut).trimmed() == wifiText);
    CHECK(decodeQr(QImage(png)) == QStringList{wifiText});
    const QString svg = folder.filePath(QStringLiteral("wifi.svg"));
    cliOk(library,
          {QStringLiteral("qr"), QStringLiteral("--wifi"), QStringLiteral("Khách"),
           QStringLiteral("--security"), QStringLiteral("nopass"), QStringLiteral("--svg"), svg});
    const QImage rendered(svg);
    REQUIRE_FALSE(rendered.isNull());
    CHECK(decodeQr(rendered.scaled(rendered.size() * 4)) ==
          QStringList{QStringLiteral("WIFI:T:nopass;S:Khách;;")});

    // Clearing the meeting's network falls back to the venue's.
    cliOk(library, {QStringLiteral("wifi"), QStringLiteral("clear"), code});
    CHECK(parseJson(cliOk(library, {QStringLiteral("--json"), QStringLiteral("wifi"),
                                    QStringLiteral("show"), code}))
              .object()
              .value(QStringLiteral("ssid"))
              .toString() == QStringLiteral("Hội trường"));

    // Mistakes: usage errors (2) and a missing address (1), one line each, no file written.
    const QString never = folder.filePath(QStringLiteral("never.pdf"));
    struct Row
    {
        QStringList arguments;
        int status;
    };
    const Row rows[] = {
        {{QStringLiteral("print"), code, QStringLiteral("--layout"), QStringLiteral("slides"),
          QStringLiteral("--pdf"), never},
         2},
        {{QStringLiteral("print"), code, QStringLiteral("--layout"), QStringLiteral("sheet")}, 2},
        {{QStringLiteral("print"), code, QStringLiteral("--layout"), QStringLiteral("sheet"),
          QStringLiteral("--pdf"), never, QStringLiteral("--paper"), QStringLiteral("a3")},
         2},
        {{QStringLiteral("print"), code, QStringLiteral("--layout"), QStringLiteral("sheet"),
          QStringLiteral("--pdf"), never},
         1}, // no server has announced an address in this library
        {{QStringLiteral("qr"), QStringLiteral("--wifi"), QStringLiteral("X"),
          QStringLiteral("--password"), QStringLiteral("short"), QStringLiteral("--png"), never},
         2},
        {{QStringLiteral("qr"), QStringLiteral("--wifi"), QStringLiteral("X"),
          QStringLiteral("--security"), QStringLiteral("WPA9"), QStringLiteral("--png"), never},
         2},
        {{QStringLiteral("qr"), QStringLiteral("--wifi"), QStringLiteral("X"),
          QStringLiteral("--security"), QStringLiteral("nopass"), QStringLiteral("--password"),
          QStringLiteral("12345678"), QStringLiteral("--png"), never},
         2},
        {{QStringLiteral("qr"), code, QStringLiteral("--password"), QStringLiteral("12345678"),
          QStringLiteral("--png"), never},
         2},
        {{QStringLiteral("wifi"), QStringLiteral("set"), code}, 2},
        {QStringList{QStringLiteral("print"), code, QStringLiteral("--layout"),
                     QStringLiteral("cards"), QStringLiteral("--per-page"), QStringLiteral("3"),
                     QStringLiteral("--pdf"), never} +
             baseOption,
         2},
        {QStringList{QStringLiteral("print"), code, QStringLiteral("--layout"),
                     QStringLiteral("poster"), QStringLiteral("--per-page"), QStringLiteral("2"),
                     QStringLiteral("--pdf"), never} +
             baseOption,
         2},
        {QStringList{QStringLiteral("print"), code, QStringLiteral("--layout"),
                     QStringLiteral("cards"), QStringLiteral("--official-header"),
                     QStringLiteral("--pdf"), never} +
             baseOption,
         2},
        {{QStringLiteral("letterhead"), QStringLiteral("set")}, 2},
        {{QStringLiteral("letterhead"), QStringLiteral("set"), QStringLiteral("--place"),
          QStringLiteral("x").repeated(101)},
         1},
        {{QStringLiteral("wifi"), QStringLiteral("show"), QStringLiteral("ZZZZZZZZ")}, 1},
    };
    for (const Row &row : rows) {
        const ProcessResult run =
            cli(QStringList{QStringLiteral("--library"), library} + row.arguments);
        INFO("docket-cli " << row.arguments.join(u' ').toStdString()
                           << "\nstderr: " << run.err.toStdString());
        CHECK(run.exitCode == row.status);
        CHECK(run.out.isEmpty());
        CHECK(run.err.count('\n') == 1);
        CHECK(run.err.startsWith("docket-cli: "));
    }
    CHECK_FALSE(QFileInfo::exists(never));
}

TEST_CASE("docket-cli prepare draws every page image once", "[cli]")
{
    const TempFolder folder;
    const QString library = folder.filePath(QStringLiteral("library"));
    const QString code = createMeeting(library, QStringLiteral("Chuẩn bị"));
    cliOk(library, {QStringLiteral("item"), QStringLiteral("add"), code, QStringLiteral("--title"),
                    QStringLiteral("Một")});
    const QString pdf = folder.filePath(QStringLiteral("Báo cáo.pdf"));
    writePdf(pdf, 3, QStringLiteral("Báo cáo"));
    const QString text = folder.filePath(QStringLiteral("ghi chú.txt"));
    writeFile(text, "no pages");
    cliOk(library,
          {QStringLiteral("doc"), QStringLiteral("add"), code, QStringLiteral("1"), pdf, text});

    // A thumbnail and three pages at the reader's two widths; the text file has none. The
    // thumbnail is there already: the import drew it, in its inspection child.
    const QJsonObject first =
        parseJson(cliOk(library, {QStringLiteral("--json"), QStringLiteral("prepare"), code}))
            .object();
    CHECK(first.value(QStringLiteral("images")).toInt() == 7);
    CHECK(first.value(QStringLiteral("rendered")).toInt() == 6);
    CHECK(first.value(QStringLiteral("failed")).toInt() == 0);
    int files = 0;
    QDirIterator it(library + QStringLiteral("/cache/pages"), QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QImage image(it.next());
        CHECK((image.width() == 1080 || image.width() == 720 || image.width() == 240));
        ++files;
    }
    CHECK(files == 7);
    // Again: all ready, nothing drawn.
    const QByteArray again = cliOk(library, {QStringLiteral("prepare"), code});
    CHECK(again.contains("7 page images ready"));
    CHECK(again.contains("0 drawn now"));
}

TEST_CASE("docket-cli replaces a document behind the same link and can go back", "[cli]")
{
    const TempFolder folder;
    const QString library = folder.filePath(QStringLiteral("library"));
    const QString code = createMeeting(library, QStringLiteral("Phiên bản"));
    cliOk(library, {QStringLiteral("item"), QStringLiteral("add"), code, QStringLiteral("--title"),
                    QStringLiteral("Một")});
    const QString v1 = folder.filePath(QStringLiteral("Tờ trình.pdf"));
    writePdf(v1, 2, QStringLiteral("v1"));
    const qint64 doc =
        parseJson(cliOk(library, {QStringLiteral("--json"), QStringLiteral("doc"),
                                  QStringLiteral("add"), code, QStringLiteral("1"), v1}))
            .array()
            .at(0)
            .toObject()
            .value(QStringLiteral("id"))
            .toInteger();
    const QString v2 = folder.filePath(QStringLiteral("Tờ trình (sửa).pdf"));
    writePdf(v2, 3, QStringLiteral("v2"));
    const QStringList target{code, QStringLiteral("1"), QString::number(doc)};
    const QJsonObject replaced =
        parseJson(cliOk(library, QStringList{QStringLiteral("--json"), QStringLiteral("doc"),
                                             QStringLiteral("replace")} +
                                     target + QStringList{v2}))
            .object();
    CHECK(replaced.value(QStringLiteral("id")).toInteger() == doc);
    CHECK(replaced.value(QStringLiteral("pageCount")).toInt() == 3);
    CHECK(replaced.value(QStringLiteral("versions")).toInt() == 2);

    const QJsonArray versions =
        parseJson(cliOk(library, QStringList{QStringLiteral("--json"), QStringLiteral("doc"),
                                             QStringLiteral("versions")} +
                                     target))
            .array();
    REQUIRE(versions.size() == 2);
    CHECK(versions.at(0).toObject().value(QStringLiteral("current")).toBool());
    CHECK(versions.at(1).toObject().value(QStringLiteral("fileName")).toString() ==
          QStringLiteral("Tờ trình.pdf"));
    const QString first =
        QString::number(versions.at(1).toObject().value(QStringLiteral("id")).toInteger());

    const QByteArray back =
        cliOk(library, QStringList{QStringLiteral("doc"), QStringLiteral("current")} + target +
                           QStringList{first});
    CHECK(QString::fromUtf8(back).contains(QStringLiteral("Tờ trình.pdf")));
    // The same file again is refused (1), a wrong document is an error (1), a bad id usage (2).
    const ProcessResult same = cli(QStringList{QStringLiteral("--library"), library,
                                               QStringLiteral("doc"), QStringLiteral("replace")} +
                                   target + QStringList{v1});
    CHECK(same.exitCode == 1);
    CHECK(same.err.count('\n') == 1);
    CHECK(cli({QStringLiteral("--library"), library, QStringLiteral("doc"),
               QStringLiteral("replace"), code, QStringLiteral("1"), QStringLiteral("999"), v2})
              .exitCode == 1);
    CHECK(
        cli({QStringLiteral("--library"), library, QStringLiteral("doc"), QStringLiteral("current"),
             code, QStringLiteral("1"), QString::number(doc), QStringLiteral("x")})
            .exitCode == 2);
}

TEST_CASE("docket-cli verify reports a stored file that changed, search finds its words", "[cli]")
{
    const TempFolder folder;
    const QString library = folder.filePath(QStringLiteral("library"));
    const QString code = createMeeting(library, QStringLiteral("Kiểm tra"));
    cliOk(library, {QStringLiteral("item"), QStringLiteral("add"), code, QStringLiteral("--title"),
                    QStringLiteral("Một")});
    const QString pdf = folder.filePath(QStringLiteral("Nghị quyết.pdf"));
    writePdf(pdf, 2, QStringLiteral("Nghị quyết"), QStringLiteral("Nghị quyết về công tác Đoàn"));
    const QString sha =
        parseJson(cliOk(library, {QStringLiteral("--json"), QStringLiteral("doc"),
                                  QStringLiteral("add"), code, QStringLiteral("1"), pdf}))
            .array()
            .at(0)
            .toObject()
            .value(QStringLiteral("sha256"))
            .toString();
    const QJsonObject clean =
        parseJson(cliOk(library, {QStringLiteral("--json"), QStringLiteral("verify")})).object();
    CHECK(clean.value(QStringLiteral("checked")).toInt() == 1);
    CHECK(clean.value(QStringLiteral("problems")).toArray().isEmpty());

    const QString blob = library + QStringLiteral("/blobs/") + sha.left(2) + u'/' + sha;
    REQUIRE(QFile::exists(blob));
    QFile::setPermissions(blob, QFile::ReadOwner | QFile::WriteOwner);
    {
        QFile file(blob);
        REQUIRE(file.open(QIODevice::Append));
        file.write("tampered");
    }
    const ProcessResult bad = cli({QStringLiteral("--library"), library, QStringLiteral("verify")});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.count('\n') == 1);
    CHECK(bad.out.contains(sha.toLatin1()));
    CHECK(QString::fromUtf8(bad.out).contains(QStringLiteral("Nghị quyết")));

    // The document's words are searchable, without marks.
    const QJsonArray hits =
        parseJson(cliOk(library, {QStringLiteral("--json"), QStringLiteral("search"),
                                  QStringLiteral("nghi"), QStringLiteral("quyet")}))
            .array();
    REQUIRE(hits.size() == 2); // both pages
    CHECK(hits.at(0).toObject().value(QStringLiteral("meeting")).toString() == code);
    CHECK(hits.at(0)
              .toObject()
              .value(QStringLiteral("snippet"))
              .toString()
              .contains(QStringLiteral("[Nghị] [quyết]")));
    const ProcessResult nothing =
        cli({QStringLiteral("--library"), library, QStringLiteral("search"), QStringLiteral("!!")});
    CHECK(nothing.exitCode == 1);

    // The window's query language: a phrase in quotes, marks typed must match; each hit names
    // its meeting by title.
    const QString listed = QString::fromUtf8(
        cliOk(library, {QStringLiteral("search"), QStringLiteral("\"công tác đoàn\""),
                        QStringLiteral("--limit"), QStringLiteral("1")}));
    CHECK(listed.contains(QStringLiteral("Kiểm tra")));
    CHECK(listed.contains(QStringLiteral("[công tác Đoàn]")));
    const auto found = [&](const QStringList &words) {
        return parseJson(
                   cliOk(library,
                         QStringList{QStringLiteral("--json"), QStringLiteral("search")} + words))
            .array()
            .size();
    };
    CHECK(found({QStringLiteral("\"tac cong\"")}) == 0);
    CHECK(found({QStringLiteral("công"), QStringLiteral("tắc")}) == 0);
    CHECK(found({QStringLiteral("cong"), QStringLiteral("tac")}) == 2);
    CHECK(found({QStringLiteral("doan"), QStringLiteral("--state"), QStringLiteral("draft")}) == 2);
    CHECK(found({QStringLiteral("doan"), QStringLiteral("--state"), QStringLiteral("open")}) == 0);
    CHECK(found({QStringLiteral("doan"), QStringLiteral("--year"), QStringLiteral("1999")}) == 0);
    const QJsonObject first =
        parseJson(cliOk(library, {QStringLiteral("--json"), QStringLiteral("search"),
                                  QStringLiteral("doan")}))
            .array()
            .at(0)
            .toObject();
    CHECK(first.value(QStringLiteral("meetingTitle")).toString() == QStringLiteral("Kiểm tra"));
    CHECK(first.contains(QStringLiteral("meetingDate")));
    CHECK(cli({QStringLiteral("--library"), library, QStringLiteral("search"),
               QStringLiteral("doan"), QStringLiteral("--state"), QStringLiteral("finished")})
              .exitCode == 2);
}

// `serve` announces its URL on stdout before it installs its SIGTERM/SIGINT handlers
// (ServeCommands.cpp, serve()), so a supervisor that stops it as soon as it has read the URL
// kills it with the default action: terminated by SIGTERM, no "Stopped serving.", instead of a
// clean exit with status 0.
TEST_CASE("docket-cli serve stops cleanly on SIGTERM right after announcing its URL", "[cli]")
{
    const TempFolder folder;
    const QString library = folder.filePath(QStringLiteral("library"));
    cliOk(library, {QStringLiteral("meeting"), QStringLiteral("list")});
    for (int attempt = 0; attempt < 5; ++attempt) {
        ServeProcess serve(library);
        REQUIRE(serve.readBaseUrl().startsWith(u"HTTP://127.0.0.1:"));
        QProcess &process = serve.process();
        REQUIRE(::kill(static_cast<pid_t>(process.processId()), SIGTERM) == 0);
        REQUIRE(process.waitForFinished(10000));
        INFO("attempt " << attempt << ", stderr: " << process.readAllStandardError().toStdString());
        CHECK(process.exitStatus() == QProcess::NormalExit);
        CHECK(process.exitCode() == 0);
    }
}

TEST_CASE("docket-cli print and qr refuse an address only this computer can reach", "[cli]")
{
    const TempFolder folder;
    const QString library = folder.filePath(QStringLiteral("library"));
    const QString code = createMeeting(library, QStringLiteral("Hội nghị thử"));
    cliOk(library, {QStringLiteral("item"), QStringLiteral("add"), code, QStringLiteral("--title"),
                    u"Khai mạc"_s});
    // A dry run on loopback: the server announces HTTP://127.0.0.1:PORT and remembers it.
    QString announced;
    {
        ServeProcess serve(library);
        announced = serve.readBaseUrl();
        REQUIRE(announced.startsWith(u"HTTP://127.0.0.1:"));
    }
    const QString sheet = folder.filePath(QStringLiteral("sheet.pdf"));
    const QString png = folder.filePath(QStringLiteral("item.png"));
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("print"), code, QStringLiteral("--layout"),
                      QStringLiteral("sheet"), QStringLiteral("--pdf"), sheet},
          QStringList{QStringLiteral("qr"), code, QStringLiteral("1"), QStringLiteral("--png"),
                      png}}) {
        const ProcessResult run =
            cli(QStringList{QStringLiteral("--library"), library} + arguments);
        INFO("docket-cli " << arguments.join(u' ').toStdString()
                           << "\nstderr: " << run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(announced.toUtf8()));
        CHECK(run.err.contains("phones in the hall could not reach it"));
        CHECK(run.err.contains("--base-url"));
        CHECK(run.err.count('\n') == 1);
        CHECK(run.out.isEmpty());
    }
    CHECK_FALSE(QFileInfo::exists(sheet));
    CHECK_FALSE(QFileInfo::exists(png));

    // Named explicitly, the same address is the user's choice (a test sheet for this laptop).
    cliOk(library, {QStringLiteral("qr"), code, QStringLiteral("1"), QStringLiteral("--png"), png,
                    QStringLiteral("--base-url"), announced});
    CHECK(decodeQr(QImage(png)) == QStringList{announced + u'/' + code + QStringLiteral("/1")});
}

TEST_CASE("docket-cli stats reports who opened what, as text, CSV and JSON", "[cli]")
{
    SampleSite site;
    const Id version = site.pdf.versionId;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Two phones: one read the whole PDF, the other only its first kilobyte.
    site.lib.catalog().recordAccess({
        AccessEvent{version, now, 0, site.pdfContent.size(), true, "aaaa"},
        AccessEvent{version, now, 0, 1024, true, "bbbb"},
        AccessEvent{version, now, 0, site.pdfContent.size(), false, "bbbb"},
    });
    const QString library = site.lib.folder();
    const QString code = site.open.code;

    const QByteArray csv = cliOk(library, {QStringLiteral("stats"), code, QStringLiteral("--csv")});
    const QList<QByteArray> lines = csv.trimmed().split('\n');
    REQUIRE(lines.size() == 3); // header, the PDF, the text file
    CHECK(lines[0] ==
          "item,document,title,file_name,devices,requests,complete_downloads,bytes_sent");
    CHECK(lines[1] == "1," + QByteArray::number(site.pdf.id) + ',' + site.pdf.title.toUtf8() + ',' +
                          SampleSite::pdfName().toUtf8() + ",2,3,1," +
                          QByteArray::number(site.pdfContent.size() + 1024));
    CHECK(lines[2].endsWith(",0,0,0,0"));

    const QJsonDocument json = QJsonDocument::fromJson(
        cliOk(library, {QStringLiteral("--json"), QStringLiteral("stats"), code}));
    REQUIRE(json.isArray());
    CHECK(json.array().at(0).toObject().value(QStringLiteral("devices")).toInt() == 2);
    CHECK(json.array().at(0).toObject().value(QStringLiteral("completeDownloads")).toInt() == 1);

    const QString text = QString::fromUtf8(cliOk(library, {QStringLiteral("stats"), code}));
    CHECK(text.contains(QStringLiteral("opened on 2 devices, 1 complete download")));
}

TEST_CASE("docket-cli doc add of a file already on the item reports it and stores nothing", "[cli]")
{
    const TempFolder folder;
    const QString library = folder.filePath(QStringLiteral("library"));
    const QString code = createMeeting(library, QStringLiteral("Trùng lặp"));
    for (const QString &title : {QStringLiteral("Một"), QStringLiteral("Hai")})
        cliOk(library, {QStringLiteral("item"), QStringLiteral("add"), code,
                        QStringLiteral("--title"), title});
    const QString pdf = folder.filePath(QStringLiteral("Tờ trình.pdf"));
    writePdf(pdf, 2, QStringLiteral("Tờ trình"));
    const qint64 first =
        parseJson(cliOk(library, {QStringLiteral("--json"), QStringLiteral("doc"),
                                  QStringLiteral("add"), code, QStringLiteral("1"), pdf}))
            .array()
            .at(0)
            .toObject()
            .value(QStringLiteral("id"))
            .toInteger();
    const QString copy = folder.filePath(QStringLiteral("Bản sao tờ trình.pdf"));
    writeFile(copy, readFile(pdf));
    const auto counts = [&] {
        Library lib(library);
        const QList<AgendaItem> items = lib.catalog().items(1);
        return std::make_tuple(lib.catalog().documents(items.at(0).id).size(),
                               lib.catalog().documents(items.at(1).id).size(),
                               lib.catalog().blobs().size());
    };
    REQUIRE(counts() == std::make_tuple(qsizetype{1}, qsizetype{0}, qsizetype{1}));

    // Said in words, exit 0, nothing stored.
    const QByteArray said = cliOk(
        library, {QStringLiteral("doc"), QStringLiteral("add"), code, QStringLiteral("1"), copy});
    CHECK(QString::fromUtf8(said).contains(
        QStringLiteral("“Bản sao tờ trình.pdf” is already on item 1 as “Tờ trình”.")));
    CHECK_FALSE(said.contains("Added document"));
    CHECK(counts() == std::make_tuple(qsizetype{1}, qsizetype{0}, qsizetype{1}));

    // In JSON, beside a new file of the same call, which is added.
    const QString annex = folder.filePath(QStringLiteral("Phụ lục.txt"));
    writeFile(annex, "Phụ lục");
    const QJsonArray files =
        parseJson(cliOk(library, {QStringLiteral("--json"), QStringLiteral("doc"),
                                  QStringLiteral("add"), code, QStringLiteral("1"), copy, annex}))
            .array();
    REQUIRE(files.size() == 2);
    const QJsonObject duplicate = files.at(0).toObject();
    CHECK(duplicate.value(QStringLiteral("duplicate")).toBool());
    CHECK(duplicate.value(QStringLiteral("existingDocumentId")).toInteger() == first);
    CHECK(duplicate.value(QStringLiteral("existingTitle")).toString() == u"Tờ trình");
    CHECK(duplicate.value(QStringLiteral("fileName")).toString() == u"Bản sao tờ trình.pdf");
    CHECK(duplicate.value(QStringLiteral("item")).toInt() == 1);
    const QJsonObject added = files.at(1).toObject();
    CHECK_FALSE(added.value(QStringLiteral("duplicate")).toBool(true));
    CHECK(added.value(QStringLiteral("fileName")).toString() == u"Phụ lục.txt");
    CHECK(counts() == std::make_tuple(qsizetype{2}, qsizetype{0}, qsizetype{2}));

    // On another item the same bytes are a new document, stored once.
    const QJsonObject other =
        parseJson(cliOk(library, {QStringLiteral("--json"), QStringLiteral("doc"),
                                  QStringLiteral("add"), code, QStringLiteral("2"), copy}))
            .array()
            .at(0)
            .toObject();
    CHECK_FALSE(other.value(QStringLiteral("duplicate")).toBool(true));
    CHECK(other.value(QStringLiteral("contentAlreadyStored")).toBool());
    CHECK(counts() == std::make_tuple(qsizetype{2}, qsizetype{1}, qsizetype{2}));
}
