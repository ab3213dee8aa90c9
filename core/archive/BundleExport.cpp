// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/BundleExport.h"

#include "archive/ConferencePack.h"
#include "catalog/Catalog.h"
#include "catalog/SettingKeys.h"
#include "library/Library.h"
#include "pdf/ChildProgram.h"
#include "util/BundleNames.h"
#include "util/Csv.h"
#include "util/Error.h"
#include "util/Sha256.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QUrl>

#include <atomic>
#include <sys/stat.h>
#include <zip.h>

namespace docket {

namespace {

QString sha256Of(const QByteArray &bytes)
{
    Sha256 hash;
    hash.add(bytes);
    return hash.hex();
}

QDateTime timeOf(const QString &iso)
{
    QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(iso, Qt::ISODate);
    return at.toUTC();
}

// "2026-03-14 08:30 UTC": the same on every computer that opens the bundle.
QString shownTime(const QString &iso)
{
    const QDateTime at = timeOf(iso);
    return at.isValid() ? at.toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC")
                        : QString();
}

// Already compressed (PDF streams, images, office files that are ZIPs): storing them costs
// nothing and keeps the export fast.
bool worthCompressing(const QString &name)
{
    static const QStringList stored = {
        QStringLiteral("pdf"),  QStringLiteral("png"),  QStringLiteral("jpg"),
        QStringLiteral("jpeg"), QStringLiteral("gif"),  QStringLiteral("webp"),
        QStringLiteral("docx"), QStringLiteral("xlsx"), QStringLiteral("pptx"),
        QStringLiteral("odt"),  QStringLiteral("ods"),  QStringLiteral("odp"),
        QStringLiteral("zip"),  QStringLiteral("mp4"),  QStringLiteral("mp3"),
        QStringLiteral("heic"), QStringLiteral("7z"),   QStringLiteral("gz")};
    return !stored.contains(bundlenames::extensionOf(name));
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// A relative link to a file of the bundle: each part percent-encoded (spaces, Vietnamese
// letters, '#', '?'), the slashes kept.
QString href(const QString &path)
{
    QStringList parts;
    for (const QString &part : path.split(u'/'))
        parts << QString::fromLatin1(QUrl::toPercentEncoding(part));
    return escaped(parts.join(u'/'));
}

struct AccessTotals
{
    int devices = 0;
    std::int64_t requests = 0;
    std::int64_t downloads = 0;
    std::int64_t bytes = 0;
};

AccessTotals totalsOf(const QList<ArchivedMeeting::Access> &rows)
{
    QSet<QString> devices;
    AccessTotals t;
    for (const auto &row : rows) {
        devices.insert(row.device);
        t.requests += row.requests;
        t.downloads += row.completeDownloads;
        t.bytes += row.bytesSent;
    }
    t.devices = static_cast<int>(devices.size());
    return t;
}

// QPdfWriter stamps the moment it ran; the agenda says the meeting's time instead, in the
// same number of bytes so that no offset in the file moves.
void fixCreationDate(QByteArray &pdf, const QString &iso)
{
    const QByteArray marker = "/CreationDate (D:";
    const qsizetype at = pdf.indexOf(marker);
    const QDateTime time = timeOf(iso);
    if (at < 0 || !time.isValid())
        return;
    const QByteArray stamp = time.toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1();
    const qsizetype start = at + marker.size();
    if (start + stamp.size() <= pdf.size())
        pdf.replace(start, stamp.size(), stamp);
}

// The agenda sheet as `docket-cli print` makes it, in that program: with a fixed hash seed,
// as Qt's PDF writer lists fonts in hash order, which would change the bytes from run to run.
QByteArray printAgenda(const BundlePlan &plan, const QString &folder)
{
    const QString program = ChildProgram::get(ChildProgram::Use::Archive);
    if (program.isEmpty())
        throw Error(BundleExport::tr("The agenda cannot be printed: docket-cli was not found "
                                     "beside Docket."));
    const QString target = folder + QStringLiteral("/agenda.pdf");
    QProcess print;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_HASH_SEED"), QStringLiteral("0"));
    print.setProcessEnvironment(environment);
    print.start(program, {QStringLiteral("--library"), plan.libraryFolder, QStringLiteral("print"),
                          QString::number(plan.meeting.id), QStringLiteral("--layout"),
                          QStringLiteral("sheet"), QStringLiteral("--pdf"), target,
                          QStringLiteral("--base-url"), plan.baseUrl});
    if (!print.waitForFinished(120000) || print.exitStatus() != QProcess::NormalExit ||
        print.exitCode() != 0) {
        print.kill();
        print.waitForFinished(5000);
        throw Error(BundleExport::tr("The agenda could not be printed: %1")
                        .arg(QString::fromUtf8(print.readAllStandardError()).trimmed()));
    }
    QFile file(target);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(BundleExport::tr("The agenda could not be printed."));
    QByteArray pdf = file.readAll();
    fixCreationDate(pdf, plan.generatedTime);
    return pdf;
}

std::pair<zip_uint16_t, zip_uint16_t> dosTime(const QString &iso)
{
    QDateTime at = timeOf(iso);
    if (!at.isValid() || at.date().year() < 1980)
        at = QDateTime(QDate(1980, 1, 1), QTime(0, 0), Qt::UTC);
    const QDate d = at.date();
    const QTime t = at.time();
    const auto time =
        static_cast<zip_uint16_t>((t.hour() << 11) | (t.minute() << 5) | (t.second() / 2));
    const auto date = static_cast<zip_uint16_t>(((std::min(d.year(), 2107) - 1980) << 9) |
                                                (d.month() << 5) | d.day());
    return {time, date};
}

struct ZipDiscard
{
    void operator()(zip_t *archive) const
    {
        if (archive)
            zip_discard(archive);
    }
};

struct WriteState
{
    const BundleExport::Progress *progress = nullptr;
    std::atomic<bool> cancelled{false};
};

} // namespace

QString BundleExport::defaultFileName(const Meeting &meeting)
{
    return bundlenames::defaultBundleName(meeting.date, meeting.title);
}

BundlePlan BundleExport::prepare(Library &library, Id meetingId, const BundleExportOptions &options)
{
    Catalog &catalog = library.catalog();
    BundlePlan plan;
    const auto meeting = catalog.meeting(meetingId);
    if (!meeting)
        throw Error(tr("No such meeting."));
    plan.meeting = *meeting;
    plan.archived = catalog.archivedMeeting(meetingId); // at one moment, on its own
    plan.baseUrl =
        options.baseUrl.isEmpty() ? catalog.setting(settingkeys::baseUrl()) : options.baseUrl;
    if (plan.baseUrl.endsWith(QStringLiteral(":0")))
        plan.baseUrl.clear(); // an address never announced
    plan.libraryFolder = library.folder();
    plan.language = plan.archived.language;
    plan.layout = BundleManifest::layout(plan.archived);
    plan.manifest = BundleManifest::toJson(plan.archived, plan.layout);
    const ArchivedMeeting &a = plan.archived;
    plan.generatedTime = !a.archivedAt.isEmpty() ? a.archivedAt
                         : !a.closedAt.isEmpty() ? a.closedAt
                         : !a.date.isEmpty()     ? a.date + QStringLiteral("T00:00:00Z")
                                                 : a.createdAt;
    for (const BundleFile &file : plan.layout.files) {
        const QString source = library.store().pathFor(file.sha256);
        if (QFileInfo(source).size() != file.size)
            throw Error(tr("The stored file of %1 is missing or damaged: run `docket-cli verify`.")
                            .arg(file.path));
        plan.documents.append({file.path,
                               source,
                               {},
                               file.size,
                               file.sha256,
                               file.time,
                               worthCompressing(file.path)});
        plan.totalBytes += file.size;
    }
    plan.writeConferencePack = options.writeConferencePack;
    if (!plan.writeConferencePack && options.conferencePack) {
        // Read here, on the catalog's thread; made on write()'s, as the window needs.
        const PackSource source = ConferencePack::read(library, meetingId);
        plan.writeConferencePack = [source](const QString &packPath) {
            const PackReport report = ConferencePack::make(source, packPath);
            if (report.cancelled)
                throw Error(tr("Stopped."));
        };
    }
    return plan;
}

QByteArray BundleExport::indexHtml(const BundlePlan &plan, bool withAgenda, bool withPack)
{
    const ArchivedMeeting &m = plan.archived;
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                        "<title>%2</title>\n")
             .arg(escaped(m.language.isEmpty() ? QStringLiteral("vi") : m.language),
                  escaped(m.title));
    // Inline style only: the page opens from a USB stick with no network and nothing beside it.
    h += QStringLiteral(
        "<style>\nbody{font-family:system-ui,sans-serif;max-width:60rem;margin:1rem auto;"
        "padding:0 1rem;line-height:1.4;color:#111}\nh1{margin-bottom:.2rem}\n"
        "table{border-collapse:collapse;width:100%;margin:.3rem 0 1rem}\n"
        "th,td{border:1px solid #bbb;padding:.25rem .4rem;text-align:left;vertical-align:top}\n"
        "code{font-size:.75rem;word-break:break-all}\n.meta{color:#444}\n"
        "section{margin-top:1.5rem}\n</style>\n</head>\n<body>\n");
    h += QStringLiteral("<header>\n<h1>%1</h1>\n").arg(escaped(m.title));
    QStringList facts;
    if (!m.date.isEmpty())
        facts << escaped(m.date);
    if (!m.venue.isEmpty())
        facts << escaped(m.venue);
    facts << tr("Code %1").arg(escaped(m.code));
    h += QStringLiteral("<p class=\"meta\">%1</p>\n").arg(facts.join(QStringLiteral(" · ")));
    QStringList life;
    if (!m.openedAt.isEmpty())
        life << tr("opened %1").arg(shownTime(m.openedAt));
    if (!m.closedAt.isEmpty())
        life << tr("closed %1").arg(shownTime(m.closedAt));
    if (!m.archivedAt.isEmpty())
        life << tr("archived %1").arg(shownTime(m.archivedAt));
    if (!life.isEmpty())
        h += QStringLiteral("<p class=\"meta\">%1</p>\n")
                 .arg(escaped(life.join(QStringLiteral(", "))));
    QStringList files;
    if (withAgenda)
        files << QStringLiteral("<a href=\"agenda.pdf\">%1</a>").arg(escaped(tr("Agenda (PDF)")));
    if (withPack)
        files << QStringLiteral("<a href=\"pack.pdf\">%1</a>")
                     .arg(escaped(tr("Conference pack (PDF)")));
    files << QStringLiteral("<a href=\"stats.csv\">%1</a>").arg(escaped(tr("Statistics (CSV)")))
          << QStringLiteral("<a href=\"manifest.json\">manifest.json</a>")
          << QStringLiteral("<a href=\"SHA256SUMS\">SHA256SUMS</a>");
    h += QStringLiteral("<p>%1</p>\n</header>\n<main>\n").arg(files.join(QStringLiteral(" · ")));

    h += QStringLiteral("<section>\n<h2>%1</h2>\n<ol>\n").arg(escaped(tr("Agenda")));
    for (const auto &item : m.items)
        h += QStringLiteral("<li value=\"%1\"><a href=\"#item-%1\">%2</a></li>\n")
                 .arg(item.number)
                 .arg(escaped(item.title));
    h += QStringLiteral("</ol>\n</section>\n");

    for (qsizetype i = 0; i < m.items.size(); ++i) {
        const auto &item = m.items[i];
        h += QStringLiteral("<section id=\"item-%1\">\n<h2>%1. %2</h2>\n")
                 .arg(item.number)
                 .arg(escaped(item.title));
        if (!item.presenter.isEmpty())
            h += QStringLiteral("<p class=\"meta\">%1</p>\n")
                     .arg(escaped(tr("Presented by %1").arg(item.presenter)));
        if (item.documents.isEmpty())
            h += QStringLiteral("<p>%1</p>\n").arg(escaped(tr("No documents.")));
        for (qsizetype d = 0; d < item.documents.size(); ++d) {
            const auto &document = item.documents[d];
            h += QStringLiteral("<h3>%1</h3>\n<table>\n<tr><th>%2</th><th>%3</th><th>%4</th>"
                                "<th>%5</th><th>%6</th></tr>\n")
                     .arg(escaped(document.title), escaped(tr("Version")), escaped(tr("File")),
                          escaped(tr("Current")), escaped(tr("Opened by")), escaped(tr("SHA-256")));
            // Newest first, as people look for the last one.
            for (qsizetype v = document.versions.size() - 1; v >= 0; --v) {
                const auto &version = document.versions[v];
                QString file =
                    QStringLiteral("<a href=\"%1\">%2</a>")
                        .arg(href(plan.layout.versionPaths[i][d][v]), escaped(version.fileName));
                QStringList details;
                details << escaped(QLocale::c().formattedDataSize(version.size));
                if (version.pageCount)
                    details << escaped(tr("%n page(s)", nullptr, *version.pageCount));
                file += QStringLiteral("<br><span class=\"meta\">%1</span>")
                            .arg(details.join(QStringLiteral(", ")));
                if (version.rendition)
                    file += QStringLiteral("<br><a href=\"%1\">%2</a>")
                                .arg(href(plan.layout.renditionPaths[i][d][v]),
                                     escaped(tr("PDF rendition")));
                QStringList periods;
                for (const auto &period : version.periods)
                    periods << escaped(
                        period.until.isEmpty()
                            ? tr("from %1").arg(shownTime(period.from))
                            : tr("%1 to %2").arg(shownTime(period.from), shownTime(period.until)));
                if (periods.isEmpty())
                    periods << escaped(tr("never current"));
                const AccessTotals t = totalsOf(version.access);
                const QString opened =
                    escaped(tr("%n device(s)", nullptr, t.devices) + QStringLiteral(", ") +
                            tr("%n request(s)", nullptr, static_cast<int>(t.requests)) +
                            QStringLiteral(", ") +
                            tr("%n download(s)", nullptr, static_cast<int>(t.downloads)));
                QString sha = QStringLiteral("<code>%1</code>").arg(version.sha256);
                if (version.rendition)
                    sha +=
                        QStringLiteral("<br>PDF: <code>%1</code>").arg(version.rendition->sha256);
                h += QStringLiteral("<tr><td>%1%2</td><td>%3</td><td>%4</td><td>%5</td>"
                                    "<td>%6</td></tr>\n")
                         .arg(v + 1)
                         .arg(version.current ? QStringLiteral(" (%1)").arg(escaped(tr("current")))
                                              : QString(),
                              file, periods.join(QStringLiteral("<br>")), opened, sha);
            }
            h += QStringLiteral("</table>\n");
        }
        h += QStringLiteral("</section>\n");
    }
    h +=
        QStringLiteral("</main>\n<footer>\n<p class=\"meta\">%1</p>\n</footer>\n</body>\n</html>\n")
            .arg(escaped(tr("Every file's SHA-256 is in SHA256SUMS: `sha256sum -c SHA256SUMS` in "
                            "this folder checks them all; `docket-cli archive verify` checks "
                            "the ZIP.")));
    return h.toUtf8();
}

QByteArray BundleExport::statsCsv(const BundlePlan &plan)
{
    // UTF-8 with a byte order mark, CRLF: Excel opens it with the Vietnamese letters intact.
    QStringList lines;
    lines << QStringList{tr("Item"),       tr("Item title"),       tr("Document"),
                         tr("Version"),    tr("Current"),          tr("File"),
                         tr("Devices"),    tr("Requests"),         tr("Complete downloads"),
                         tr("Bytes sent"), tr("First seen (UTC)"), tr("Last seen (UTC)")}
                 .join(u',');
    const ArchivedMeeting &m = plan.archived;
    for (qsizetype i = 0; i < m.items.size(); ++i)
        for (qsizetype d = 0; d < m.items[i].documents.size(); ++d) {
            const auto &document = m.items[i].documents[d];
            for (qsizetype v = 0; v < document.versions.size(); ++v) {
                const auto &version = document.versions[v];
                const AccessTotals t = totalsOf(version.access);
                QString first;
                QString last;
                for (const auto &row : version.access) {
                    if (first.isEmpty() || row.firstSeen < first)
                        first = row.firstSeen;
                    if (last.isEmpty() || row.lastSeen > last)
                        last = row.lastSeen;
                }
                lines << QStringList{QString::number(m.items[i].number),
                                     csv::field(m.items[i].title),
                                     csv::field(document.title),
                                     QString::number(v + 1),
                                     version.current ? tr("yes") : tr("no"),
                                     csv::field(plan.layout.versionPaths[i][d][v]),
                                     QString::number(t.devices),
                                     QString::number(t.requests),
                                     QString::number(t.downloads),
                                     QString::number(t.bytes),
                                     shownTime(first),
                                     shownTime(last)}
                             .join(u',');
            }
        }
    return csv::document(lines);
}

BundleExportResult BundleExport::write(const BundlePlan &plan, const QString &target,
                                       const Progress &progress)
{
    BundleExportResult result;
    result.path = QFileInfo(target).absoluteFilePath();
    QTemporaryDir scratch;
    if (!scratch.isValid())
        throw Error(tr("No temporary folder can be made: %1").arg(scratch.errorString()));
    if (progress && !progress(0))
        throw Error(tr("Stopped."));

    QList<BundlePlan::Entry> generated;
    generated.reserve(8); // `order` points into it: it must never move
    const auto add = [&](const char *name, QByteArray bytes, bool compress) {
        BundlePlan::Entry entry;
        entry.name = QString::fromLatin1(name);
        entry.size = bytes.size();
        entry.sha256 = sha256Of(bytes);
        entry.bytes = std::move(bytes);
        entry.time = plan.generatedTime;
        entry.compress = compress;
        generated.append(entry);
    };
    QByteArray agenda;
    if (!plan.baseUrl.isEmpty())
        agenda = printAgenda(plan, scratch.path());
    else
        result.notes << tr("agenda.pdf is left out: no server address is known for its QR "
                           "codes (serve the library once, or give the address).");
    QByteArray pack;
    if (plan.writeConferencePack) {
        const QString packPath = scratch.filePath(QStringLiteral("pack.pdf"));
        plan.writeConferencePack(packPath);
        QFile file(packPath);
        if (!file.open(QIODevice::ReadOnly))
            throw Error(tr("The conference pack was not written."));
        pack = file.readAll();
    }
    if (progress && !progress(0.05))
        throw Error(tr("Stopped."));
    add(bundlefiles::kIndex, indexHtml(plan, !agenda.isEmpty(), !pack.isEmpty()), true);
    if (!agenda.isEmpty())
        add(bundlefiles::kAgenda, agenda, false);
    if (!pack.isEmpty())
        add(bundlefiles::kPack, pack, false);
    add(bundlefiles::kStats, statsCsv(plan), true);
    add(bundlefiles::kManifest, plan.manifest, true);
    QList<const BundlePlan::Entry *> order;
    for (const auto &entry : generated)
        order << &entry;
    for (const auto &entry : plan.documents)
        order << &entry;
    QList<std::pair<QString, QString>> sums;
    for (const BundlePlan::Entry *entry : order)
        sums.append({entry->name, entry->sha256});
    add(bundlefiles::kSums, BundleManifest::sums(sums), true);
    order << &generated.last();

    // libzip writes a temporary file beside the target and renames it over the target only when
    // everything is written: a cancelled or failed export leaves no file, nor a partial one.
    int error = 0;
    std::unique_ptr<zip_t, ZipDiscard> archive(
        zip_open(QFile::encodeName(result.path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error));
    if (!archive) {
        zip_error_t zipError;
        zip_error_init_with_code(&zipError, error);
        const QString why = QString::fromUtf8(zip_error_strerror(&zipError));
        zip_error_fini(&zipError);
        throw Error(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(target), why));
    }
    const auto fail = [&](const QString &name) {
        throw Error(tr("Cannot add %1 to the bundle: %2")
                        .arg(name, QString::fromUtf8(zip_strerror(archive.get()))));
    };
    for (const BundlePlan::Entry *entry : order) {
        zip_source_t *source =
            entry->sourcePath.isEmpty()
                ? zip_source_buffer(archive.get(), entry->bytes.constData(),
                                    static_cast<zip_uint64_t>(entry->bytes.size()), 0)
                : zip_source_file(archive.get(), QFile::encodeName(entry->sourcePath).constData(),
                                  0, entry->size);
        if (!source)
            fail(entry->name);
        const zip_int64_t index =
            zip_file_add(archive.get(), entry->name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(source);
            fail(entry->name);
        }
        const auto at = static_cast<zip_uint64_t>(index);
        const auto [time, date] = dosTime(entry->time);
        if (zip_set_file_compression(archive.get(), at,
                                     entry->compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE,
                                     entry->compress ? 9 : 0) != 0 ||
            zip_file_set_dostime(archive.get(), at, time, date, 0) != 0 ||
            zip_file_set_external_attributes(archive.get(), at, 0, ZIP_OPSYS_UNIX,
                                             (S_IFREG | 0644U) << 16) != 0)
            fail(entry->name);
        ++result.entries;
    }
    WriteState state;
    state.progress = &progress;
    if (progress) {
        zip_register_progress_callback_with_state(
            archive.get(), 0.002,
            [](zip_t *, double fraction, void *ud) {
                auto *s = static_cast<WriteState *>(ud);
                if (!(*s->progress)(0.05 + 0.95 * fraction))
                    s->cancelled = true;
            },
            nullptr, &state);
        zip_register_cancel_callback_with_state(
            archive.get(),
            [](zip_t *, void *ud) { return static_cast<WriteState *>(ud)->cancelled ? 1 : 0; },
            nullptr, &state);
    }
    if (zip_close(archive.get()) != 0) {
        if (state.cancelled)
            throw Error(tr("Stopped."));
        fail(QDir::toNativeSeparators(target));
    }
    (void)archive.release(); // closed: nothing left to discard
    result.bytes = QFileInfo(result.path).size();
    return result;
}

BundleExportResult BundleExport::run(Library &library, Id meetingId, const QString &target,
                                     const BundleExportOptions &options, const Progress &progress)
{
    return write(prepare(library, meetingId, options), target, progress);
}

} // namespace docket
