// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommands.h"

#include "catalog/SettingKeys.h"
#include "CommandLine.h"
#include "hosting/HostingSession.h"
#include "hosting/LibraryWatch.h"
#include "library/Backups.h"
#include "library/Library.h"
#include "library/Renditions.h"
#include "library/Verify.h"
#include "pdf/Inspector.h"
#include "pdf/IsolatedInspector.h"
#include "pdf/Preparation.h"
#include "pdf/RenderWorker.h"
#include "print/PrintLayouts.h"
#include "qr/DelegateUrl.h"
#include "qr/QrCode.h"
#include "qr/WifiPayload.h"
#include "server/GuessWarning.h"
#include "server/HttpServer.h"
#include "server/NetworkInterfaces.h"
#include "util/Error.h"
#include "util/Pin.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <limits>
#include <memory>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace docket::cli {

namespace {

struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

class Context
{
public:
    QString libraryFolder;
    bool json = false;

    Library &library()
    {
        if (!m_library) {
            m_library = std::make_unique<Library>(libraryFolder);
            announceLibraryState();
        }
        return *m_library;
    }
    // Waits for an automatic backup the command started and says if it failed.
    void finish();
    Catalog &catalog() { return library().catalog(); }

    void printJson(const QJsonValue &value)
    {
        const QJsonDocument doc =
            value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
        out() << QString::fromUtf8(doc.toJson(QJsonDocument::Compact)) << Qt::endl;
    }

private:
    void announceLibraryState();
    std::unique_ptr<Library> m_library;
};

void Context::announceLibraryState()
{
    // On stderr, so that --json output stays what scripts parse.
    for (const QString &warning : m_library->catalog().openWarnings())
        err() << Cli::tr("Warning: %1").arg(warning) << Qt::endl;
    if (m_library->isReadOnly())
        err() << m_library->readOnlyNote() << Qt::endl;
    else
        m_library->backupIfDue();
}

void Context::finish()
{
    if (!m_library)
        return;
    m_library->waitForBackups();
    if (const QString problem = m_library->lastBackupProblem(); !problem.isEmpty())
        err() << Cli::tr("Warning: the automatic backup of the catalog failed: %1").arg(problem)
              << Qt::endl;
}

QString helpText()
{
    return Cli::
        tr("Usage: docket-cli [--library DIR] [--json] COMMAND ...\n"
           "\n"
           "Commands:\n"
           "  meeting create --title T [--date YYYY-MM-DD] [--venue V] [--language vi|en]\n"
           "  meeting list\n"
           "  meeting show MEETING [--base-url URL]\n"
           "  meeting open MEETING        serve the meeting to delegates\n"
           "  meeting close MEETING       stop serving it\n"
           "  meeting pin MEETING (PIN | --clear)   ask delegates for a PIN once\n"
           "  item add MEETING --title T [--presenter P]\n"
           "  doc add MEETING ITEM FILE... [--title T]\n"
           "  doc replace MEETING ITEM DOC FILE   a new version behind the same QR code\n"
           "  doc versions MEETING ITEM DOC       every version, * the one served\n"
           "  doc current MEETING ITEM DOC VERSION   serve that version again\n"
           "  doc render MEETING ITEM DOC  a PDF of an office file, for reading (LibreOffice)\n"
           "  qr MEETING [ITEM] (--png FILE | --svg FILE) [--base-url URL] [--size PIXELS]\n"
           "  qr --wifi SSID [--password P] [--security WPA|WEP|nopass] [--hidden]\n"
           "     (--png FILE | --svg FILE) [--size PIXELS]   the code that joins the Wi-Fi\n"
           "  wifi set (MEETING | --venue) SSID [--password P] [--security WPA|WEP|nopass]\n"
           "     [--hidden]               the network on the welcome slide and poster\n"
           "  wifi clear (MEETING | --venue)\n"
           "  wifi show (MEETING | --venue)\n"
           "  prepare MEETING             draw every page image phones may ask for, now\n"
           "  print MEETING --layout sheet|cards|poster --pdf FILE [--paper a4|letter]\n"
           "     [--base-url URL]         agenda sheet, one card per item, or poster\n"
           "  serve [--bind ADDRESS] [--port N] [--max-per-client N]\n"
           "  stats MEETING [--csv]       who opened which document\n"
           "  search WORDS... [--limit N] pages of any meeting's documents that hold the words\n"
           "  trash (list | empty) MEETING   removed documents; empty removes them for good\n"
           "  trash restore MEETING DOC   put a removed document back\n"
           "  clean [--dry-run]           remove stored files nothing uses any more\n"
           "  verify                      check the catalog, re-hash the stored files, report "
           "damage\n"
           "  backup [FILE]               a checked copy of the catalog (default: in backups/)\n"
           "  backup --list               the catalog's backups, newest first\n"
           "  restore [BACKUP]            put a backup (default: the newest good one) in place "
           "of\n"
           "                              the catalog; the one it replaces is kept aside\n"
           "  inspect FILE... [--name NAME]   what an import learns (PDF: pages, text)\n"
           "\n"
           "MEETING is a meeting id or its delegate code; ITEM is an agenda item number.\n"
           "--library DIR  library folder (default: $DOCKET_LIBRARY, else %1)\n"
           "--json         machine-readable output\n"
           "Exit status: 0 success, 2 usage error, 1 any other error.")
            .arg(QDir::toNativeSeparators(
                QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject meetingJson(const Meeting &m)
{
    return {{QStringLiteral("id"), qint64{m.id}},
            {QStringLiteral("code"), m.code},
            {QStringLiteral("title"), m.title},
            {QStringLiteral("date"),
             m.date.isValid() ? QJsonValue(m.date.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("venue"), m.venue},
            {QStringLiteral("language"), m.language},
            {QStringLiteral("state"), meetingStateKey(m.state)}};
}

QJsonObject documentJson(const Document &d)
{
    return {{QStringLiteral("id"), qint64{d.id}},
            {QStringLiteral("title"), d.title},
            {QStringLiteral("fileName"), d.fileName},
            {QStringLiteral("mimeType"), d.mimeType},
            {QStringLiteral("size"), static_cast<qint64>(d.size)},
            {QStringLiteral("pageCount"), d.pageCount ? QJsonValue(*d.pageCount) : QJsonValue()},
            {QStringLiteral("sha256"), d.sha256},
            {QStringLiteral("problem"), orNull(d.problem)},
            {QStringLiteral("heavy"), d.heavy()}};
}

QString describeDocument(const Document &d)
{
    const QLocale locale;
    QStringList parts{d.mimeType};
    if (d.pageCount)
        parts << Cli::tr("%n page(s)", nullptr, *d.pageCount);
    parts << locale.formattedDataSize(d.size, 1, QLocale::DataSizeSIFormat);
    return parts.join(QStringLiteral(", "));
}

Meeting requireMeeting(Context &ctx, const QString &idOrCode)
{
    const auto meeting = ctx.catalog().findMeeting(idOrCode);
    if (!meeting)
        throw Error(Cli::tr("No meeting has the id or code %1.").arg(idOrCode));
    return *meeting;
}

AgendaItem requireItem(Context &ctx, const Meeting &meeting, const QString &numberText)
{
    bool ok = false;
    const int number = numberText.toInt(&ok);
    if (!ok || number < 1)
        throw UsageError(Cli::tr("ITEM must be an agenda item number, not %1.").arg(numberText));
    const auto item = ctx.catalog().itemByNumber(meeting.id, number);
    if (!item)
        throw Error(Cli::tr("Meeting %1 has no item %2.").arg(meeting.code).arg(number));
    return *item;
}

// --base-url when given, else the address the last `serve` (or the GUI) announced.
QString baseUrl(Context &ctx, const CommandLine &cl, bool required)
{
    QString base;
    if (cl.has(QStringLiteral("--base-url"))) {
        base = delegateurl::normalizeBase(cl.value(QStringLiteral("--base-url")));
        if (base.isEmpty())
            throw UsageError(
                Cli::tr("--base-url needs an http address such as http://192.168.1.23:8080."));
        return base;
    }
    base = ctx.catalog().setting(settingkeys::baseUrl());
    if (base.isEmpty() && required)
        throw Error(
            Cli::tr("No server address is known yet: start `docket-cli serve` once, or pass "
                    "--base-url http://ADDRESS:PORT."));
    return base;
}

// What paper and saved codes carry: they outlive this session, so an address only this
// computer can reach (a dry run on loopback) is refused unless the user names it with
// --base-url.
QString paperBaseUrl(Context &ctx, const CommandLine &cl)
{
    const QString base = baseUrl(ctx, cl, true);
    if (cl.has(QStringLiteral("--base-url")))
        return base;
    const QString problem = network::phoneReachabilityProblem(base, network::addresses());
    if (!problem.isEmpty())
        throw Error(problem + u' ' +
                    Cli::tr("Start `docket-cli serve` on the venue network, or pass --base-url "
                            "to use an address anyway."));
    return base;
}

int meetingCreate(Context &ctx, const QStringList &words)
{
    const CommandLine cl(words,
                         {QStringLiteral("--title"), QStringLiteral("--date"),
                          QStringLiteral("--venue"), QStringLiteral("--language")},
                         {});
    cl.expectPositional(0, 0,
                        QStringLiteral("meeting create --title T [--date YYYY-MM-DD] [--venue V]"));
    if (cl.value(QStringLiteral("--title")).trimmed().isEmpty())
        throw UsageError(Cli::tr("meeting create needs --title."));
    QDate date;
    if (cl.has(QStringLiteral("--date"))) {
        date = QDate::fromString(cl.value(QStringLiteral("--date")), Qt::ISODate);
        if (!date.isValid())
            throw UsageError(Cli::tr("--date must look like 2026-11-28."));
    }
    QString language = QStringLiteral("vi");
    if (cl.has(QStringLiteral("--language"))) {
        language = cl.value(QStringLiteral("--language"));
        if (language != u"vi" && language != u"en")
            throw UsageError(Cli::tr("--language must be vi or en."));
    }
    const Meeting meeting = ctx.catalog().createMeeting(
        cl.value(QStringLiteral("--title")), date, cl.value(QStringLiteral("--venue")), language);
    if (ctx.json)
        ctx.printJson(meetingJson(meeting));
    else
        out()
            << Cli::tr("Created meeting %1 with delegate code %2").arg(meeting.id).arg(meeting.code)
            << Qt::endl;
    return 0;
}

int meetingList(Context &ctx, const QStringList &words)
{
    const CommandLine cl(words, {}, {});
    cl.expectPositional(0, 0, QStringLiteral("meeting list"));
    const QList<Meeting> meetings = ctx.catalog().meetings();
    if (ctx.json) {
        QJsonArray array;
        for (const Meeting &m : meetings)
            array.append(meetingJson(m));
        ctx.printJson(array);
        return 0;
    }
    if (meetings.isEmpty()) {
        out() << Cli::tr("No meetings yet. Create one with: docket-cli meeting create --title T")
              << Qt::endl;
        return 0;
    }
    for (const Meeting &m : meetings)
        out() << QStringLiteral("%1\t%2\t%3\t%4\t%5")
                     .arg(m.id)
                     .arg(m.code, meetingStateKey(m.state),
                          m.date.isValid() ? m.date.toString(Qt::ISODate) : QStringLiteral("-"),
                          m.title)
              << Qt::endl;
    return 0;
}

int meetingShow(Context &ctx, const QStringList &words)
{
    const CommandLine cl(words, {QStringLiteral("--base-url")}, {});
    cl.expectPositional(1, 1, QStringLiteral("meeting show MEETING [--base-url URL]"));
    const Meeting meeting = requireMeeting(ctx, cl.positional().at(0));
    const QString base = baseUrl(ctx, cl, false);
    const QList<AgendaItem> items = ctx.catalog().items(meeting.id);

    if (ctx.json) {
        QJsonObject object = meetingJson(meeting);
        object.insert(QStringLiteral("url"),
                      base.isEmpty() ? QJsonValue() : delegateurl::meeting(base, meeting.code));
        QJsonArray itemArray;
        for (const AgendaItem &item : items) {
            QJsonArray docs;
            for (const Document &d : ctx.catalog().documents(item.id))
                docs.append(documentJson(d));
            itemArray.append(
                QJsonObject{{QStringLiteral("number"), item.number},
                            {QStringLiteral("title"), item.title},
                            {QStringLiteral("presenter"), item.presenter},
                            {QStringLiteral("url"),
                             base.isEmpty() ? QJsonValue()
                                            : delegateurl::item(base, meeting.code, item.number)},
                            {QStringLiteral("documents"), docs}});
        }
        object.insert(QStringLiteral("items"), itemArray);
        ctx.printJson(object);
        return 0;
    }

    QTextStream &o = out();
    o << meeting.title << Qt::endl;
    o << Cli::tr("Id %1 · code %2 · %3")
             .arg(meeting.id)
             .arg(meeting.code, meetingStateLabel(meeting.state));
    if (meeting.date.isValid())
        o << QStringLiteral(" · ") << meeting.date.toString(Qt::ISODate);
    if (!meeting.venue.isEmpty())
        o << QStringLiteral(" · ") << meeting.venue;
    o << Qt::endl;
    if (!base.isEmpty())
        o << Cli::tr("Delegate address: %1").arg(delegateurl::meeting(base, meeting.code))
          << Qt::endl;
    if (items.isEmpty())
        o << Cli::tr("No agenda items yet.") << Qt::endl;
    for (const AgendaItem &item : items) {
        o << Qt::endl << item.number << QStringLiteral(". ") << item.title;
        if (!item.presenter.isEmpty())
            o << QStringLiteral(" — ") << item.presenter;
        o << Qt::endl;
        if (!base.isEmpty())
            o << QStringLiteral("   ") << delegateurl::item(base, meeting.code, item.number)
              << Qt::endl;
        for (const Document &d : ctx.catalog().documents(item.id)) {
            o << QStringLiteral("   [%1] %2 (%3; %4)")
                     .arg(d.id)
                     .arg(d.title, d.fileName, describeDocument(d))
              << Qt::endl;
            if (d.heavy())
                o << QStringLiteral("       ") << Cli::tr("Heavy PDF: %1").arg(d.problem)
                  << Qt::endl;
            else if (!d.problem.isEmpty())
                o << QStringLiteral("       ") << Cli::tr("Problem: %1").arg(d.problem) << Qt::endl;
        }
    }
    return 0;
}

int meetingSetState(Context &ctx, const QStringList &words, MeetingState state)
{
    const CommandLine cl(words, {}, {});
    cl.expectPositional(1, 1,
                        state == MeetingState::Open ? QStringLiteral("meeting open MEETING")
                                                    : QStringLiteral("meeting close MEETING"));
    const Meeting meeting = requireMeeting(ctx, cl.positional().at(0));
    ctx.catalog().setMeetingState(meeting.id, state);
    if (ctx.json)
        ctx.printJson(meetingJson(*ctx.catalog().meeting(meeting.id)));
    else
        out() << (state == MeetingState::Open
                      ? Cli::tr("Meeting %1 (%2) is open: delegates can reach it.")
                      : Cli::tr("Meeting %1 (%2) is closed: delegates no longer reach it."))
                     .arg(meeting.id)
                     .arg(meeting.code)
              << Qt::endl;
    return 0;
}

int meetingPin(Context &ctx, const QStringList &words)
{
    const CommandLine cl(words, {}, {QStringLiteral("--clear")});
    const QString usage = QStringLiteral("meeting pin MEETING (PIN | --clear)");
    const bool clear = cl.has(QStringLiteral("--clear"));
    cl.expectPositional(clear ? 1 : 2, clear ? 1 : 2, usage);
    const Meeting meeting = requireMeeting(ctx, cl.positional().at(0));
    const QString newPin = clear ? QString() : cl.positional().at(1);
    if (!clear && !pin::isWellFormed(newPin))
        throw UsageError(Cli::tr("A PIN is 4 to 8 digits."));
    ctx.catalog().setMeetingPin(meeting.id, newPin);
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("id"), qint64{meeting.id}},
                                  {QStringLiteral("code"), meeting.code},
                                  {QStringLiteral("pin"), !clear}});
    else
        out() << (clear ? Cli::tr("Meeting %1 no longer asks for a PIN.")
                        : Cli::tr("Meeting %1 now asks delegates for a PIN, once per phone."))
                     .arg(meeting.code)
              << Qt::endl;
    return 0;
}

int itemAdd(Context &ctx, const QStringList &words)
{
    const CommandLine cl(words, {QStringLiteral("--title"), QStringLiteral("--presenter")}, {});
    cl.expectPositional(1, 1, QStringLiteral("item add MEETING --title T [--presenter P]"));
    if (cl.value(QStringLiteral("--title")).trimmed().isEmpty())
        throw UsageError(Cli::tr("item add needs --title."));
    const Meeting meeting = requireMeeting(ctx, cl.positional().at(0));
    const AgendaItem item = ctx.catalog().addItem(meeting.id, cl.value(QStringLiteral("--title")),
                                                  cl.value(QStringLiteral("--presenter")));
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("id"), qint64{item.id}},
                                  {QStringLiteral("number"), item.number},
                                  {QStringLiteral("title"), item.title},
                                  {QStringLiteral("presenter"), item.presenter}});
    else
        out() << item.number << Qt::endl;
    return 0;
}

int docAdd(Context &ctx, const QStringList &words)
{
    const CommandLine cl(words, {QStringLiteral("--title")}, {});
    cl.expectPositional(3, std::numeric_limits<qsizetype>::max(),
                        QStringLiteral("doc add MEETING ITEM FILE... [--title T]"));
    const QStringList files = cl.positional().mid(2);
    if (cl.has(QStringLiteral("--title")) && files.size() != 1)
        throw UsageError(Cli::tr("--title can only name a single file."));
    const Meeting meeting = requireMeeting(ctx, cl.positional().at(0));
    const AgendaItem item = requireItem(ctx, meeting, cl.positional().at(1));
    const QList<ImportedDocument> added =
        ctx.library().importDocuments(item.id, files, cl.value(QStringLiteral("--title")));
    if (ctx.json) {
        QJsonArray array;
        for (const ImportedDocument &imported : added) {
            QJsonObject object = documentJson(imported.document);
            object.insert(QStringLiteral("contentAlreadyStored"), imported.contentAlreadyStored);
            array.append(object);
        }
        ctx.printJson(array);
        return 0;
    }
    for (const ImportedDocument &imported : added) {
        const Document &d = imported.document;
        out() << Cli::tr("Added document %1 \"%2\" to item %3 (%4)")
                     .arg(d.id)
                     .arg(d.title)
                     .arg(item.number)
                     .arg(describeDocument(d))
              << Qt::endl;
        if (d.heavy())
            err() << Cli::tr("Warning: %1 is a heavy PDF: %2").arg(d.fileName, d.problem)
                  << Qt::endl;
        else if (!d.problem.isEmpty())
            err() << Cli::tr("Warning: %1: %2").arg(d.fileName, d.problem) << Qt::endl;
    }
    return 0;
}

WifiNetwork wifiFromOptions(const CommandLine &cl, const QString &ssid)
{
    WifiNetwork network;
    network.ssid = ssid;
    network.password = cl.value(QStringLiteral("--password"));
    network.hidden = cl.has(QStringLiteral("--hidden"));
    if (cl.has(QStringLiteral("--security"))) {
        const auto security = wifipayload::securityFromKey(cl.value(QStringLiteral("--security")));
        if (!security)
            throw UsageError(Cli::tr("--security must be WPA, WEP or nopass."));
        network.security = *security;
    } else if (!cl.has(QStringLiteral("--password"))) {
        network.security = WifiSecurity::None;
    }
    if (network.security == WifiSecurity::None && cl.has(QStringLiteral("--password")))
        throw UsageError(Cli::tr("An open network (nopass) has no password."));
    if (const QString why = wifipayload::problem(network); !why.isEmpty())
        throw UsageError(why);
    return network;
}

Document requireDocument(Context &ctx, const AgendaItem &item, const QString &idText)
{
    bool ok = false;
    const Id id = idText.toLongLong(&ok);
    if (!ok || id < 1)
        throw UsageError(Cli::tr("DOC must be a document id, not %1.").arg(idText));
    const auto doc = ctx.catalog().document(id);
    if (!doc || doc->itemId != item.id)
        throw Error(Cli::tr("Item %1 has no document %2.").arg(item.number).arg(id));
    return *doc;
}

QJsonObject versionJson(const DocumentVersion &v)
{
    return {{QStringLiteral("id"), qint64{v.id}},
            {QStringLiteral("fileName"), v.fileName},
            {QStringLiteral("size"), static_cast<qint64>(v.size)},
            {QStringLiteral("pageCount"), v.pageCount ? QJsonValue(*v.pageCount) : QJsonValue()},
            {QStringLiteral("sha256"), v.sha256},
            {QStringLiteral("addedAt"), v.addedAt.toString(Qt::ISODate)},
            {QStringLiteral("current"), v.current}};
}

int docReplace(Context &ctx, const QStringList &words)
{
    const CommandLine cl(words, {}, {});
    cl.expectPositional(4, 4, QStringLiteral("doc replace MEETING ITEM DOC FILE"));
    const Meeting meeting = requireMeeting(ctx, cl.positional().at(0));
    const AgendaItem item = requireItem(ctx, meeting, cl.positional().at(1));
    const Document before = requireDocument(ctx, item, cl.positional().at(2));
    const ImportedDocument replaced =
        ctx.library().replaceDocument(before.id, cl.positional().at(3));
    const Document &d = replaced.document;
    if (ctx.json) {
        QJsonObject object = documentJson(d);
        object.insert(QStringLiteral("versions"), d.versionCount);
        ctx.printJson(object);
        return 0;
    }
    out() << Cli::tr("Document %1 \"%2\" now serves %3 (version %4; %5). Its links and the "
                     "item's QR code are unchanged.")
                 .arg(d.id)
                 .arg(d.title, d.fileName)
                 .arg(d.versionCount)
                 .arg(describeDocument(d))
          << Qt::endl;
    if (!d.problem.isEmpty())
        err() << Cli::tr("Warning: %1: %2").arg(d.fileName, d.problem) << Qt::endl;
    return 0;
}

int docVersions(Context &ctx, const QStringList &words)
{
    const CommandLine cl(words, {}, {});
    cl.expectPositional(3, 3, QStringLiteral("doc versions MEETING ITEM DOC"));
    const Meeting meeting = requireMeeting(ctx, cl.positional().at(0));
    const AgendaItem item = requireItem(ctx, meeting, cl.positional().at(1));
    const Document doc = requireDocument(ctx, item, cl.positional().at(2));
    const QList<DocumentVersion> versions = ctx.catalog().versions(doc.id);
    if (ctx.json) {
        QJsonArray array;
        for (const DocumentVersion &v : versions)
            array.append(versionJson(v));
        ctx.printJson(array);
        return 0;
    }
    const QLocale locale;
    for (const DocumentVersion &v : versions)
        out() << (v.current ? u'*' : u' ') << u' ' << v.id << u'\t'
              << locale.toString(v.addedAt.toLocalTime(), QLocale::ShortFormat) << u'\t'
              << locale.formattedDataSize(v.size, 1, QLocale::DataSizeSIFormat) << u'\t'
              << v.fileName << Qt::endl;
    return 0;
}

int docRender(Context &ctx, const QStringList &words)
{
    const CommandLine cl(words, {}, {});
    cl.expectPositional(3, 3, QStringLiteral("doc render MEETING ITEM DOC"));
    const Meeting meeting = requireMeeting(ctx, cl.positional().at(0));
    const AgendaItem item = requireItem(ctx, meeting, cl.positional().at(1));
    const Document doc = requireDocument(ctx, item, cl.positional().at(2));
    const Document rendered = Renditions::make(ctx.library(), doc.id);
    if (ctx.json) {
        QJsonObject object = documentJson(rendered);
        object.insert(QStringLiteral("renditionPages"), rendered.renditionPages.value_or(0));
        object.insert(QStringLiteral("renditionSha256"), rendered.renditionSha256);
        ctx.printJson(object);
    } else {
        out() << Cli::tr("Made a PDF of %1 (%n page(s)) for reading in the browser; Download "
                         "still gives the original.",
                         nullptr, rendered.renditionPages.value_or(0))
                     .arg(rendered.fileName)
              << Qt::endl;
    }
    return 0;
}

int docCurrent(Context &ctx, const QStringList &words)
{
    const CommandLine cl(words, {}, {});
    cl.expectPositional(4, 4, QStringLiteral("doc current MEETING ITEM DOC VERSION"));
    const Meeting meeting = requireMeeting(ctx, cl.positional().at(0));
    const AgendaItem item = requireItem(ctx, meeting, cl.positional().at(1));
    const Document doc = requireDocument(ctx, item, cl.positional().at(2));
    bool ok = false;
    const Id versionId = cl.positional().at(3).toLongLong(&ok);
    if (!ok || versionId < 1)
        throw UsageError(
            Cli::tr("VERSION must be a version id, not %1.").arg(cl.positional().at(3)));
    ctx.catalog().makeVersionCurrent(doc.id, versionId);
    const Document now = *ctx.catalog().document(doc.id);
    if (ctx.json)
        ctx.printJson(documentJson(now));
    else
        out() << Cli::tr("Document %1 \"%2\" now serves %3 again.")
                     .arg(now.id)
                     .arg(now.title, now.fileName)
              << Qt::endl;
    return 0;
}

int qr(Context &ctx, const QStringList &words)
{
    const CommandLine cl(words,
                         {QStringLiteral("--png"), QStringLiteral("--svg"),
                          QStringLiteral("--base-url"), QStringLiteral("--size"),
                          QStringLiteral("--wifi"), QStringLiteral("--password"),
                          QStringLiteral("--security")},
                         {QStringLiteral("--hidden")});
    const bool wifi = cl.has(QStringLiteral("--wifi"));
    const QString usage =
        wifi ? QStringLiteral("qr --wifi SSID [--password P] [--security WPA|WEP|nopass] "
                              "[--hidden] (--png FILE | --svg FILE) [--size PIXELS]")
             : QStringLiteral(
                   "qr MEETING [ITEM] (--png FILE | --svg FILE) [--base-url URL] [--size PIXELS]");
    if (wifi)
        cl.expectPositional(0, 0, usage);
    else
        cl.expectPositional(1, 2, usage);
    if (!wifi && (cl.has(QStringLiteral("--password")) || cl.has(QStringLiteral("--security")) ||
                  cl.has(QStringLiteral("--hidden"))))
        throw UsageError(Cli::tr("--password, --security and --hidden go with --wifi."));
    const bool png = cl.has(QStringLiteral("--png"));
    const bool svg = cl.has(QStringLiteral("--svg"));
    if (png == svg)
        throw UsageError(Cli::tr("Give exactly one of --png FILE or --svg FILE."));
    int size = 800;
    if (cl.has(QStringLiteral("--size"))) {
        bool ok = false;
        size = cl.value(QStringLiteral("--size")).toInt(&ok);
        if (!ok || size < 64 || size > 10000)
            throw UsageError(Cli::tr("--size must be between 64 and 10000 pixels."));
    }
    QString url; // what the code holds, printed for the user
    QByteArray payload;
    if (wifi) {
        payload = wifipayload::payload(wifiFromOptions(cl, cl.value(QStringLiteral("--wifi"))));
        url = QString::fromUtf8(payload);
    } else {
        const Meeting meeting = requireMeeting(ctx, cl.positional().at(0));
        const QString base = paperBaseUrl(ctx, cl);
        url = delegateurl::meeting(base, meeting.code);
        if (cl.positional().size() == 2)
            url = delegateurl::item(base, meeting.code,
                                    requireItem(ctx, meeting, cl.positional().at(1)).number);
        payload = url.toUtf8();
    }

    const QrCode code = QrCode::encode(payload);
    const QString target = cl.value(png ? QStringLiteral("--png") : QStringLiteral("--svg"));
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(Cli::tr("Cannot write %1: %2")
                        .arg(QDir::toNativeSeparators(target), file.errorString()));
    bool written = false;
    if (png)
        written = code.toImageFitting(size).save(&file, "PNG");
    else
        written = file.write(code.toSvg()) >= 0;
    if (!written || !file.commit())
        throw Error(Cli::tr("Cannot write %1: %2")
                        .arg(QDir::toNativeSeparators(target), file.errorString()));
    if (ctx.json)
        ctx.printJson(QJsonObject{{wifi ? QStringLiteral("text") : QStringLiteral("url"), url},
                                  {QStringLiteral("version"), code.version()},
                                  {QStringLiteral("modules"), code.modules()},
                                  {QStringLiteral("file"), QFileInfo(target).absoluteFilePath()}});
    else
        out() << url << Qt::endl;
    return 0;
}

QJsonObject wifiJson(const WifiNetwork &network)
{
    return {{QStringLiteral("ssid"), orNull(network.ssid)},
            {QStringLiteral("password"), orNull(network.password)},
            {QStringLiteral("security"), wifipayload::securityKey(network.security)},
            {QStringLiteral("hidden"), network.hidden}};
}

int wifiCommand(Context &ctx, const QString &sub, const QStringList &words)
{
    const CommandLine cl(words, {QStringLiteral("--password"), QStringLiteral("--security")},
                         {QStringLiteral("--venue"), QStringLiteral("--hidden")});
    const bool venue = cl.has(QStringLiteral("--venue"));
    const qsizetype targets = venue ? 0 : 1;
    std::optional<Meeting> meeting;
    if (sub == u"set") {
        cl.expectPositional(targets + 1, targets + 1,
                            QStringLiteral("wifi set (MEETING | --venue) SSID [--password P] "
                                           "[--security WPA|WEP|nopass] [--hidden]"));
    } else {
        cl.expectPositional(targets, targets,
                            QStringLiteral("wifi %1 (MEETING | --venue)").arg(sub));
        if (cl.has(QStringLiteral("--password")) || cl.has(QStringLiteral("--security")) ||
            cl.has(QStringLiteral("--hidden")))
            throw UsageError(Cli::tr("Only wifi set takes --password, --security and --hidden."));
    }
    if (!venue)
        meeting = requireMeeting(ctx, cl.positional().at(0));
    Catalog &catalog = ctx.catalog();

    if (sub == u"set" || sub == u"clear") {
        const WifiNetwork network =
            sub == u"set" ? wifiFromOptions(cl, cl.positional().at(targets)) : WifiNetwork{};
        if (venue)
            catalog.setVenueWifi(network);
        else
            catalog.setMeetingWifi(meeting->id, network);
    }
    const WifiNetwork own = venue ? catalog.venueWifi() : catalog.meetingWifi(meeting->id);
    const WifiNetwork shown = venue ? own : catalog.effectiveWifi(meeting->id);
    const bool fromVenue = !venue && own.isEmpty() && !shown.isEmpty();
    if (ctx.json) {
        QJsonObject object = wifiJson(shown);
        object.insert(QStringLiteral("source"),
                      venue || fromVenue ? QStringLiteral("venue") : QStringLiteral("meeting"));
        ctx.printJson(object);
    } else if (shown.isEmpty()) {
        out() << (venue ? Cli::tr("No venue Wi-Fi network is set.")
                        : Cli::tr("Meeting %1 has no Wi-Fi network, and no venue default is set.")
                              .arg(meeting->code))
              << Qt::endl;
    } else {
        out() << Cli::tr("Network: %1").arg(shown.ssid) << Qt::endl;
        out() << Cli::tr("Security: %1").arg(wifipayload::securityKey(shown.security)) << Qt::endl;
        if (shown.security != WifiSecurity::None)
            out() << Cli::tr("Password: %1").arg(shown.password) << Qt::endl;
        if (shown.hidden)
            out() << Cli::tr("Hidden network") << Qt::endl;
        if (fromVenue)
            out() << Cli::tr("(the venue default)") << Qt::endl;
    }
    return 0;
}

int print(Context &ctx, const QStringList &words)
{
    const CommandLine cl(words,
                         {QStringLiteral("--layout"), QStringLiteral("--pdf"),
                          QStringLiteral("--paper"), QStringLiteral("--base-url")},
                         {});
    cl.expectPositional(1, 1,
                        QStringLiteral("print MEETING --layout sheet|cards|poster --pdf FILE "
                                       "[--paper a4|letter] [--base-url URL]"));
    const auto layout = printLayoutFromKey(cl.value(QStringLiteral("--layout")));
    if (!layout)
        throw UsageError(Cli::tr("--layout must be sheet, cards or poster."));
    if (cl.value(QStringLiteral("--pdf")).isEmpty())
        throw UsageError(Cli::tr("print needs --pdf FILE."));
    QPageSize::PageSizeId paper = QPageSize::A4;
    const QString paperName = cl.value(QStringLiteral("--paper")).toLower();
    if (paperName == u"letter")
        paper = QPageSize::Letter;
    else if (cl.has(QStringLiteral("--paper")) && paperName != u"a4")
        throw UsageError(Cli::tr("--paper must be a4 or letter."));

    const Meeting meeting = requireMeeting(ctx, cl.positional().at(0));
    const QString target = cl.value(QStringLiteral("--pdf"));
    const PrintSource source = Printing::load(ctx.catalog(), meeting.id, paperBaseUrl(ctx, cl));
    const int pages = Printing::exportPdf(target, *layout, source, paper);
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("file"), QFileInfo(target).absoluteFilePath()},
                                  {QStringLiteral("layout"), printLayoutKey(*layout)},
                                  {QStringLiteral("paper"), paper == QPageSize::Letter
                                                                ? QStringLiteral("letter")
                                                                : QStringLiteral("a4")},
                                  {QStringLiteral("pages"), pages},
                                  {QStringLiteral("items"), source.items.size()}});
    else
        out() << Cli::tr("Wrote %n page(s) to %1.", nullptr, pages)
                     .arg(QDir::toNativeSeparators(target))
              << Qt::endl;
    return 0;
}

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

int prepare(Context &ctx, const QStringList &words)
{
    const CommandLine cl(words, {}, {});
    cl.expectPositional(1, 1, QStringLiteral("prepare MEETING"));
    const Meeting meeting = requireMeeting(ctx, cl.positional().at(0));
    Library &library = ctx.library();
    const std::shared_ptr<PageImages> images = library.pageImages();
    const int renderedBefore = images->pool.rendersStarted();
    QElapsedTimer clock;
    clock.start();
    Preparation preparation(images->pool,
                            Preparation::jobsFor(library.catalog(), library.store(), meeting.id));
    preparation.start();
    // One line that counts up on a terminal; a line every few seconds in a log.
    const bool terminal = ::isatty(STDERR_FILENO) == 1;
    qint64 lastLine = -10000;
    while (!preparation.waitFor(200)) {
        if (terminal)
            err() << u'\r'
                  << Cli::tr("Preparing page images: %1/%2")
                         .arg(preparation.done())
                         .arg(preparation.total())
                  << Qt::flush;
        else if (clock.elapsed() - lastLine >= 5000) {
            lastLine = clock.elapsed();
            err() << Cli::tr("Preparing page images: %1/%2")
                         .arg(preparation.done())
                         .arg(preparation.total())
                  << Qt::endl;
        }
    }
    if (terminal)
        err() << u'\r' << QString(60, u' ') << u'\r' << Qt::flush;
    const int rendered = images->pool.rendersStarted() - renderedBefore;
    const double seconds = clock.elapsed() / 1000.0;
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("images"), preparation.total()},
                                  {QStringLiteral("rendered"), rendered},
                                  {QStringLiteral("failed"), preparation.failed()},
                                  {QStringLiteral("seconds"), seconds}});
    else
        out() << Cli::tr("%1 page images ready for meeting %2 (%3 drawn now, %4 failed) in %5 s.")
                     .arg(preparation.total())
                     .arg(meeting.code)
                     .arg(rendered)
                     .arg(preparation.failed())
                     .arg(QLocale().toString(seconds, 'f', 1))
              << Qt::endl;
    if (preparation.failed() > 0)
        throw Error(Cli::tr("%1 page images could not be drawn: %2")
                        .arg(preparation.failed())
                        .arg(preparation.lastError()));
    return 0;
}

int verify(Context &ctx, const QStringList &words)
{
    const CommandLine cl(words, {}, {});
    cl.expectPositional(0, 0, QStringLiteral("verify"));
    const bool terminal = ::isatty(STDERR_FILENO) == 1;
    QElapsedTimer lastLine;
    lastLine.start();
    const VerifyReport report =
        Verifier::verify(ctx.library(), [&](std::int64_t done, std::int64_t total) {
            if (terminal && lastLine.elapsed() >= 200) {
                lastLine.restart();
                const QLocale locale;
                err() << u'\r'
                      << Cli::tr("Checking stored files: %1 of %2")
                             .arg(locale.formattedDataSize(done, 1, QLocale::DataSizeSIFormat),
                                  locale.formattedDataSize(total, 1, QLocale::DataSizeSIFormat))
                      << Qt::flush;
            }
            return true;
        });
    if (terminal)
        err() << u'\r' << QString(60, u' ') << u'\r' << Qt::flush;
    if (ctx.json) {
        QJsonArray problems;
        for (const BlobProblem &problem : report.problems)
            problems.append(QJsonObject{
                {QStringLiteral("sha256"), problem.sha256},
                {QStringLiteral("kind"), problem.kind == BlobProblem::Kind::Missing
                                             ? QStringLiteral("missing")
                                             : QStringLiteral("altered")},
                {QStringLiteral("usedBy"), QJsonArray::fromStringList(problem.usedBy)}});
        ctx.printJson(
            QJsonObject{{QStringLiteral("checked"), report.checked},
                        {QStringLiteral("bytes"), static_cast<qint64>(report.bytes)},
                        {QStringLiteral("problems"), problems},
                        {QStringLiteral("catalog"),
                         QJsonObject{{QStringLiteral("ok"), !report.catalogDamaged()},
                                     {QStringLiteral("problems"),
                                      QJsonArray::fromStringList(report.catalogProblems)}}}});
    } else {
        if (report.catalogDamaged()) {
            out() << Verifier::catalogDamagedText(static_cast<int>(report.catalogProblems.size()))
                  << Qt::endl;
            for (const QString &problem : report.catalogProblems)
                out() << QStringLiteral("  ") << problem << Qt::endl;
        } else {
            out() << Cli::tr("The catalog passed SQLite's integrity and foreign-key checks.")
                  << Qt::endl;
        }
        out() << Cli::tr("Checked %1 stored files (%2).")
                     .arg(report.checked)
                     .arg(QLocale().formattedDataSize(report.bytes, 1, QLocale::DataSizeSIFormat))
              << Qt::endl;
        for (const BlobProblem &problem : report.problems)
            out() << Verifier::describe(problem) << Qt::endl;
    }
    if (report.catalogDamaged())
        throw Error(Verifier::catalogDamagedText(static_cast<int>(report.catalogProblems.size())));
    if (!report.problems.isEmpty())
        throw Error(Cli::tr("%1 stored files are missing or altered.").arg(report.problems.size()));
    return 0;
}

QJsonObject backupJson(const BackupFile &backup)
{
    return {{QStringLiteral("file"), backup.path},
            {QStringLiteral("madeAt"), backup.madeAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("reason"), backup.reason},
            {QStringLiteral("size"), static_cast<qint64>(backup.size)}};
}

int backup(Context &ctx, const QStringList &words)
{
    const CommandLine cl(words, {}, {QStringLiteral("--list")});
    cl.expectPositional(0, 1, QStringLiteral("backup [FILE | --list]"));
    const QLocale locale;
    if (cl.has(QStringLiteral("--list"))) {
        if (!cl.positional().isEmpty())
            throw UsageError(Cli::tr("backup --list takes no FILE."));
        const QList<BackupFile> all = Backups(ctx.libraryFolder).list();
        if (ctx.json) {
            QJsonArray array;
            for (const BackupFile &backup : all)
                array.append(backupJson(backup));
            ctx.printJson(array);
            return 0;
        }
        if (all.isEmpty())
            out() << Cli::tr("No backups of the catalog yet.") << Qt::endl;
        for (const BackupFile &backup : all)
            out() << locale.toString(backup.madeAt.toLocalTime(), QLocale::ShortFormat) << u'\t'
                  << backup.reason << u'\t'
                  << locale.formattedDataSize(backup.size, 1, QLocale::DataSizeSIFormat) << u'\t'
                  << QDir::toNativeSeparators(backup.path) << Qt::endl;
        return 0;
    }
    Library &library = ctx.library();
    BackupFile made;
    if (cl.positional().isEmpty()) {
        if (library.isReadOnly())
            throw Error(Cli::tr("%1 Give a FILE elsewhere to write the backup to.")
                            .arg(library.readOnlyNote()));
        made = library.backups().make(QStringLiteral("manual"));
    } else {
        const QString target = QFileInfo(cl.positional().at(0)).absoluteFilePath();
        if (QFileInfo::exists(target))
            throw Error(Cli::tr("%1 exists already; give a new file name.")
                            .arg(QDir::toNativeSeparators(target)));
        library.backups().makeInto(target);
        made = {target, QDateTime::currentDateTimeUtc(), QStringLiteral("manual"),
                QFileInfo(target).size()};
    }
    if (ctx.json)
        ctx.printJson(backupJson(made));
    else
        out() << Cli::tr("Wrote a checked backup of the catalog to %1 (%2).")
                     .arg(QDir::toNativeSeparators(made.path),
                          locale.formattedDataSize(made.size, 1, QLocale::DataSizeSIFormat))
              << Qt::endl;
    return 0;
}

// Works on the folder, never through a Library: the catalog it replaces may not even open.
int restore(Context &ctx, const QStringList &words)
{
    const CommandLine cl(words, {}, {});
    cl.expectPositional(0, 1, QStringLiteral("restore [BACKUP]"));
    const QString folder = QFileInfo(ctx.libraryFolder).absoluteFilePath();
    const Backups::Restored restored = Backups::restore(folder, cl.positional().value(0));
    if (ctx.json) {
        ctx.printJson(
            QJsonObject{{QStringLiteral("from"), restored.from},
                        {QStringLiteral("madeAt"), restored.madeAt.toString(Qt::ISODateWithMs)},
                        {QStringLiteral("setAside"), orNull(restored.setAside)},
                        {QStringLiteral("meetings"), restored.meetings}});
        return 0;
    }
    out() << Cli::tr("Restored the catalog from %1 (made %2): %n meeting(s).", nullptr,
                     restored.meetings)
                 .arg(QDir::toNativeSeparators(restored.from),
                      QLocale().toString(restored.madeAt.toLocalTime(), QLocale::ShortFormat))
          << Qt::endl;
    if (!restored.setAside.isEmpty())
        out() << Cli::tr("The catalog it replaced is kept as %1.")
                     .arg(QDir::toNativeSeparators(restored.setAside))
              << Qt::endl;
    return 0;
}

// The child of a crash-isolated import (see IsolatedInspector): one file, one JSON answer, or
// with --stream a line per file read and per first page drawn.
int inspect(Context &ctx, const QStringList &words)
{
    const CommandLine cl(
        words,
        {QStringLiteral("--name"), QStringLiteral("--names"), QStringLiteral("--draw-memory")},
        {QStringLiteral("--stream")});
    cl.expectPositional(1, std::numeric_limits<qsizetype>::max(),
                        QStringLiteral("inspect FILE... [--name ORIGINAL-NAME | --names A/B/...]"));
    const QStringList &paths = cl.positional();
    // Stand-ins for the PDFs that break a parser, so that tests can make the child misbehave
    // on purpose; nothing sets this in use.
    const QByteArray fault = qgetenv("DOCKET_INSPECT_FAULT");
    if (fault == "hang")
        for (;;)
            ::pause();
    if (fault == "crash")
        std::abort();
    if (fault == "memory") {
        std::vector<std::unique_ptr<char[]>> hoard;
        for (;;)
            hoard.push_back(std::make_unique<char[]>(64 << 20)); // until the limit says no
    }
    // Original names for the type of each file: --name for one, --names (slash-separated,
    // as no file name holds a slash) for a batch.
    QStringList names = cl.value(QStringLiteral("--names")).split(u'/');
    if (cl.has(QStringLiteral("--name")))
        names = {cl.value(QStringLiteral("--name"))};
    if (cl.has(QStringLiteral("--stream")))
        return IsolatedInspector::runChild(paths, names,
                                           cl.value(QStringLiteral("--draw-memory")).toLongLong());
    QList<Inspection> inspections;
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const QString name =
            i < names.size() && !names[i].isEmpty() ? names[i] : QFileInfo(paths[i]).fileName();
        inspections << Inspector::inspect(paths[i], name);
    }
    if (ctx.json) {
        if (paths.size() == 1) {
            ctx.printJson(inspections.first().toJson());
        } else {
            QJsonArray array;
            for (const Inspection &inspection : inspections)
                array.append(inspection.toJson());
            ctx.printJson(array);
        }
        return 0;
    }
    for (qsizetype i = 0; i < inspections.size(); ++i) {
        const Inspection &inspection = inspections[i];
        if (paths.size() > 1)
            out() << paths[i] << Qt::endl;
        out() << inspection.mimeType << Qt::endl;
        if (inspection.pageCount)
            out() << Cli::tr("%n page(s)", nullptr, *inspection.pageCount) << Qt::endl;
        if (!inspection.title.isEmpty())
            out() << Cli::tr("Title: %1").arg(inspection.title) << Qt::endl;
        if (!inspection.problem.isEmpty())
            out() << Cli::tr("Problem: %1").arg(inspection.problem) << Qt::endl;
    }
    return 0;
}

// A render worker of a serving process (see RenderPool): not for people, so not in --help.
int renderWorker(Context &, const QStringList &words)
{
    const CommandLine cl(words, {}, {});
    cl.expectPositional(0, 0, QStringLiteral("render-worker"));
    if (::fcntl(RenderWorker::kDescriptor, F_GETFD) < 0)
        throw UsageError(Cli::tr("render-worker draws pages for Docket's own server, which "
                                 "starts it."));
    return RenderWorker::serve(RenderWorker::kDescriptor);
}

int search(Context &ctx, const QStringList &words)
{
    const CommandLine cl(words, {QStringLiteral("--limit")}, {});
    cl.expectPositional(1, std::numeric_limits<qsizetype>::max(),
                        QStringLiteral("search WORDS... [--limit N]"));
    int limit = 20;
    if (cl.has(QStringLiteral("--limit"))) {
        bool ok = false;
        limit = cl.value(QStringLiteral("--limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 10000)
            throw UsageError(Cli::tr("--limit must be a number from 1 to 10000."));
    }
    const QList<SearchHit> hits = ctx.catalog().search(cl.positional().join(u' '), limit);
    if (ctx.json) {
        QJsonArray array;
        for (const SearchHit &hit : hits)
            array.append(QJsonObject{{QStringLiteral("meeting"), hit.meetingCode},
                                     {QStringLiteral("meetingTitle"), hit.meetingTitle},
                                     {QStringLiteral("item"), hit.itemNumber},
                                     {QStringLiteral("itemTitle"), hit.itemTitle},
                                     {QStringLiteral("document"), qint64{hit.documentId}},
                                     {QStringLiteral("documentTitle"), hit.documentTitle},
                                     {QStringLiteral("version"), qint64{hit.versionId}},
                                     {QStringLiteral("currentVersion"), hit.currentVersion},
                                     {QStringLiteral("page"), hit.page},
                                     {QStringLiteral("snippet"), hit.snippet}});
        ctx.printJson(array);
        return 0;
    }
    if (hits.isEmpty()) {
        out() << Cli::tr("No page holds all of these words.") << Qt::endl;
        return 0;
    }
    for (const SearchHit &hit : hits) {
        out() << Cli::tr("%1 item %2 · %3, page %4%5")
                     .arg(hit.meetingCode)
                     .arg(hit.itemNumber)
                     .arg(hit.documentTitle)
                     .arg(hit.page)
                     .arg(hit.currentVersion ? QString() : Cli::tr(" (an earlier version)"))
              << Qt::endl;
        out() << QStringLiteral("    ") << hit.snippet << Qt::endl;
    }
    return 0;
}

int trashCommand(Context &ctx, const QString &sub, const QStringList &words)
{
    const CommandLine cl(words, {}, {});
    Catalog &catalog = ctx.catalog();
    if (sub == u"restore") {
        cl.expectPositional(2, 2, QStringLiteral("trash restore MEETING DOC"));
        const Meeting meeting = requireMeeting(ctx, cl.positional().at(0));
        bool ok = false;
        const Id id = cl.positional().at(1).toLongLong(&ok);
        if (!ok || id < 1)
            throw UsageError(
                Cli::tr("DOC must be a document id, not %1.").arg(cl.positional().at(1)));
        bool inThisTrash = false;
        for (const Document &d : catalog.trash(meeting.id))
            inThisTrash = inThisTrash || d.id == id;
        if (!inThisTrash)
            throw Error(Cli::tr("Document %1 is not in the trash of meeting %2.")
                            .arg(id)
                            .arg(meeting.code));
        catalog.restoreDocument(id);
        const Document restored = *catalog.document(id);
        if (ctx.json)
            ctx.printJson(documentJson(restored));
        else
            out() << Cli::tr("Restored document %1 \"%2\".").arg(id).arg(restored.title)
                  << Qt::endl;
        return 0;
    }
    cl.expectPositional(1, 1, QStringLiteral("trash %1 MEETING").arg(sub));
    const Meeting meeting = requireMeeting(ctx, cl.positional().at(0));
    if (sub == u"empty") {
        const int removed = catalog.emptyTrash(meeting.id);
        if (ctx.json)
            ctx.printJson(QJsonObject{{QStringLiteral("removed"), removed}});
        else
            out() << Cli::tr("Removed %n document(s) for good; `docket-cli clean` frees their "
                             "files.",
                             nullptr, removed)
                  << Qt::endl;
        return 0;
    }
    const QList<Document> trashed = catalog.trash(meeting.id);
    if (ctx.json) {
        QJsonArray array;
        for (const Document &d : trashed) {
            QJsonObject object = documentJson(d);
            object.insert(QStringLiteral("trashedAt"), d.trashedAt.toString(Qt::ISODate));
            array.append(object);
        }
        ctx.printJson(array);
        return 0;
    }
    if (trashed.isEmpty())
        out() << Cli::tr("The trash of meeting %1 is empty.").arg(meeting.code) << Qt::endl;
    const QLocale locale;
    for (const Document &d : trashed)
        out() << d.id << u'\t' << locale.toString(d.trashedAt.toLocalTime(), QLocale::ShortFormat)
              << u'\t' << d.title << u'\t' << d.fileName << Qt::endl;
    return 0;
}

int clean(Context &ctx, const QStringList &words)
{
    const CommandLine cl(words, {}, {QStringLiteral("--dry-run")});
    cl.expectPositional(0, 0, QStringLiteral("clean [--dry-run]"));
    const bool dryRun = cl.has(QStringLiteral("--dry-run"));
    const Library::CleanUp done = ctx.library().cleanUp(dryRun);
    const QString size = QLocale().formattedDataSize(done.bytes, 1, QLocale::DataSizeSIFormat);
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("files"), done.files},
                                  {QStringLiteral("bytes"), static_cast<qint64>(done.bytes)},
                                  {QStringLiteral("dryRun"), dryRun}});
    else
        out() << (dryRun ? Cli::tr("%1 stored files (%2) are no longer used; run without "
                                   "--dry-run to remove them.")
                         : Cli::tr("Removed %1 stored files that were no longer used (%2)."))
                     .arg(done.files)
                     .arg(size)
              << Qt::endl;
    return 0;
}

int stats(Context &ctx, const QStringList &words)
{
    const CommandLine cl(words, {}, {QStringLiteral("--csv")});
    cl.expectPositional(1, 1, QStringLiteral("stats MEETING [--csv]"));
    const Meeting meeting = requireMeeting(ctx, cl.positional().at(0));
    const QList<DocumentStats> rows = ctx.catalog().documentStats(meeting.id);
    if (ctx.json) {
        QJsonArray array;
        for (const DocumentStats &row : rows)
            array.append(QJsonObject{
                {QStringLiteral("item"), row.itemNumber},
                {QStringLiteral("document"), qint64{row.documentId}},
                {QStringLiteral("title"), row.title},
                {QStringLiteral("fileName"), row.fileName},
                {QStringLiteral("devices"), row.devices},
                {QStringLiteral("requests"), row.requests},
                {QStringLiteral("completeDownloads"), row.completeDownloads},
                {QStringLiteral("bytesSent"), qint64{row.bytesSent}},
                {QStringLiteral("firstSeen"), row.firstSeen.isValid()
                                                  ? QJsonValue(row.firstSeen.toString(Qt::ISODate))
                                                  : QJsonValue()},
                {QStringLiteral("lastSeen"), row.lastSeen.isValid()
                                                 ? QJsonValue(row.lastSeen.toString(Qt::ISODate))
                                                 : QJsonValue()}});
        ctx.printJson(array);
        return 0;
    }
    if (cl.has(QStringLiteral("--csv"))) {
        // Column names stay English and fixed: spreadsheets and scripts read them.
        out() << QStringLiteral("item,document,title,file_name,devices,requests,"
                                "complete_downloads,bytes_sent")
              << Qt::endl;
        for (const DocumentStats &row : rows)
            out() << row.itemNumber << u',' << row.documentId << u',' << csvField(row.title) << u','
                  << csvField(row.fileName) << u',' << row.devices << u',' << row.requests << u','
                  << row.completeDownloads << u',' << row.bytesSent << Qt::endl;
        return 0;
    }
    if (rows.isEmpty()) {
        out() << Cli::tr("Meeting %1 has no documents.").arg(meeting.code) << Qt::endl;
        return 0;
    }
    for (const DocumentStats &row : rows)
        out() << QStringLiteral("%1. [%2] %3: ")
                     .arg(row.itemNumber)
                     .arg(row.documentId)
                     .arg(row.title)
              << Cli::tr("opened on %n device(s)", nullptr, row.devices) << QStringLiteral(", ")
              << Cli::tr("%n complete download(s)", nullptr, row.completeDownloads) << Qt::endl;
    return 0;
}

// SIGINT and SIGTERM reach the event loop through a socket pair: a signal handler may only
// write(2), and the loop then quits in the ordinary way, stopping the server cleanly.
int gSignalFds[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto ignored = ::write(gSignalFds[1], &byte, 1);
}

int serve(Context &ctx, const QStringList &words)
{
    const CommandLine cl(
        words,
        {QStringLiteral("--bind"), QStringLiteral("--port"), QStringLiteral("--max-per-client")},
        {});
    cl.expectPositional(0, 0,
                        QStringLiteral("serve [--bind ADDRESS] [--port N] [--max-per-client N]"));
    Library &library = ctx.library();

    ServerOptions options;
    if (cl.has(QStringLiteral("--bind")))
        options.bindAddress = cl.value(QStringLiteral("--bind"));
    const QString portText = cl.has(QStringLiteral("--port"))
                                 ? cl.value(QStringLiteral("--port"))
                                 : library.catalog().setting(settingkeys::port());
    if (!portText.isEmpty()) {
        bool ok = false;
        const uint port = portText.toUInt(&ok);
        if (!ok || port > 65535)
            throw UsageError(Cli::tr("--port must be a number from 0 to 65535."));
        options.port = static_cast<std::uint16_t>(port);
    }

    // Signals are caught before the URL is announced: a supervisor that stops us as soon as it
    // has read the URL must still get a clean shutdown.
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, gSignalFds) != 0)
        throw Error(Cli::tr("Cannot set up signal handling."));
    QSocketNotifier notifier(gSignalFds[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, QCoreApplication::instance(),
                     &QCoreApplication::quit);
    struct sigaction action = {};
    action.sa_handler = &onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);

    if (cl.has(QStringLiteral("--max-per-client"))) {
        // Phones have an address each; a benchmark or a proxy in front needs more.
        bool ok = false;
        const uint cap = cl.value(QStringLiteral("--max-per-client")).toUInt(&ok);
        if (!ok || cap < 1 || cap > 100000)
            throw UsageError(Cli::tr("--max-per-client must be a number from 1 to 100000."));
        options.perClientConnectionLimit = cap;
    }

    // The same session as the window's hosting bar: one server per library (a window already
    // serving it is named, with its address), the first snapshot published before the socket
    // listens, the address announced to other processes and remembered for `qr` and `print`.
    LibraryWatch watch(library);
    HostingSession session(library, watch, HostingSession::Program::Cli);
    session.start(options);
    HttpServer &server = session.server();
    const QString base = session.baseUrl();
    if (cl.has(QStringLiteral("--port")) && options.port != 0)
        library.catalog().rememberSetting(settingkeys::port(), QString::number(options.port));

    out() << base << Qt::endl;
    const int open = static_cast<int>(library.catalog().meetingsInState(MeetingState::Open).size());
    err() << Cli::tr("Serving %n open meeting(s) on port %1. Press Ctrl+C to stop.", nullptr, open)
                 .arg(server.port())
          << Qt::endl;

    // Someone guessing a meeting's PIN is worth a line on stderr now and then, not one a
    // request: the window shows the same warning.
    GuessWarningThrottle guessWarnings;
    QTimer guessPoll;
    QObject::connect(&guessPoll, &QTimer::timeout, &guessPoll, [&] {
        if (const auto line = guessWarnings.poll(server.guessLimiter().pinGuessing(),
                                                 GuessWarningThrottle::Clock::now()))
            err() << *line << Qt::endl;
    });
    guessPoll.start(2000);

    // A server that runs for days still gets its daily backup of the catalog.
    QTimer dailyBackup;
    QObject::connect(&dailyBackup, &QTimer::timeout, &library.catalog(),
                     [&library] { library.backupIfDue(); });
    dailyBackup.start(60 * 60 * 1000);
    QCoreApplication::exec();
    session.stop();
    err() << Cli::tr("Stopped serving.") << Qt::endl;
    return 0;
}

int dispatch(Context &ctx, const QStringList &words)
{
    const QString command = words.value(0);
    const QString sub = words.value(1);
    const QStringList rest = words.mid(2);
    if (command == u"meeting") {
        if (sub == u"create")
            return meetingCreate(ctx, rest);
        if (sub == u"list")
            return meetingList(ctx, rest);
        if (sub == u"show")
            return meetingShow(ctx, rest);
        if (sub == u"open")
            return meetingSetState(ctx, rest, MeetingState::Open);
        if (sub == u"close")
            return meetingSetState(ctx, rest, MeetingState::Closed);
        if (sub == u"pin")
            return meetingPin(ctx, rest);
    } else if (command == u"item") {
        if (sub == u"add")
            return itemAdd(ctx, rest);
    } else if (command == u"doc") {
        if (sub == u"add")
            return docAdd(ctx, rest);
        if (sub == u"replace")
            return docReplace(ctx, rest);
        if (sub == u"versions")
            return docVersions(ctx, rest);
        if (sub == u"current")
            return docCurrent(ctx, rest);
        if (sub == u"render")
            return docRender(ctx, rest);
    } else if (command == u"wifi") {
        if (sub == u"set" || sub == u"clear" || sub == u"show")
            return wifiCommand(ctx, sub, rest);
    } else if (command == u"trash") {
        if (sub == u"list" || sub == u"restore" || sub == u"empty")
            return trashCommand(ctx, sub, rest);
    } else if (command == u"clean") {
        return clean(ctx, words.mid(1));
    } else if (command == u"search") {
        return search(ctx, words.mid(1));
    } else if (command == u"inspect") {
        return inspect(ctx, words.mid(1));
    } else if (command == u"render-worker") {
        return renderWorker(ctx, words.mid(1));
    } else if (command == u"verify") {
        return verify(ctx, words.mid(1));
    } else if (command == u"backup") {
        return backup(ctx, words.mid(1));
    } else if (command == u"restore") {
        return restore(ctx, words.mid(1));
    } else if (command == u"prepare") {
        return prepare(ctx, words.mid(1));
    } else if (command == u"print") {
        return print(ctx, words.mid(1));
    } else if (command == u"qr") {
        return qr(ctx, words.mid(1));
    } else if (command == u"serve") {
        return serve(ctx, words.mid(1));
    } else if (command == u"stats") {
        return stats(ctx, words.mid(1));
    }
    throw UsageError(
        Cli::tr("Unknown command \"%1\". See docket-cli --help.").arg(words.mid(0, 2).join(u' ')));
}

void installTranslator()
{
    static QTranslator translator;
    // docket_en holds the English plural forms and stands in for locales we do not translate.
    if (translator.load(QLocale(), QStringLiteral("docket"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")) ||
        translator.load(QStringLiteral(":/i18n/docket_en.qm")))
        QCoreApplication::installTranslator(&translator);
}

} // namespace

namespace {
QString oneLine(QString message)
{
    message.replace(u'\n', u' ');
    message.replace(u'\r', u' ');
    return message;
}
} // namespace

int run(const QStringList &arguments)
{
    installTranslator();
    Context ctx;
    ctx.libraryFolder = Library::defaultFolder();
    QStringList words;
    bool help = false;
    try {
        // Global options may stand anywhere before "--".
        const QStringList all = arguments.mid(1);
        bool optionsEnded = false;
        for (qsizetype i = 0; i < all.size(); ++i) {
            const QString &word = all[i];
            if (word == u"--")
                optionsEnded = true;
            if (optionsEnded) {
                words.append(word);
            } else if (word == u"--json") {
                ctx.json = true;
            } else if (word == u"--help" || word == u"-h") {
                help = true;
            } else if (word == u"--version") {
                out() << QStringLiteral("docket-cli ") << QCoreApplication::applicationVersion()
                      << Qt::endl;
                return 0;
            } else if (word == u"--library" || word.startsWith(u"--library=")) {
                if (word.contains(u'='))
                    ctx.libraryFolder = word.mid(word.indexOf(u'=') + 1);
                else if (i + 1 < all.size())
                    ctx.libraryFolder = all[++i];
                else
                    throw UsageError(Cli::tr("Option --library needs a value."));
            } else {
                words.append(word);
            }
        }
        if (help) {
            out() << helpText() << Qt::endl;
            return 0;
        }
        if (words.isEmpty())
            throw UsageError(Cli::tr("No command given. See docket-cli --help."));
        const int status = dispatch(ctx, words);
        ctx.finish();
        return status;
    } catch (const UsageError &error) {
        err() << QStringLiteral("docket-cli: ") << oneLine(error.message()) << Qt::endl;
        return 2;
    } catch (const Error &error) {
        err() << QStringLiteral("docket-cli: ") << oneLine(error.message()) << Qt::endl;
        return 1;
    } catch (const std::exception &error) {
        err() << QStringLiteral("docket-cli: ") << oneLine(QString::fromLocal8Bit(error.what()))
              << Qt::endl;
        return 1;
    }
}

} // namespace docket::cli
