// SPDX-License-Identifier: GPL-3.0-or-later
// archive export, verify and import: the secretary's bundle of a meeting; archive-read, the
// child that reads a bundle's ZIP; roster-read-xlsx, the child that reads a roster's Excel
// workbook (another ZIP from anywhere, run as the same program: ChildProgram::Use::Archive).
#include "archive/BundleExport.h"
#include "archive/BundleImport.h"
#include "archive/BundleReader.h"
#include "attendance/XlsxRoster.h"
#include "Command.h"
#include "CommandLine.h"
#include "Context.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>
#include <functional>
#include <unistd.h>

namespace docket::cli {

namespace {

// A line on stderr, rewritten in place, while a terminal watches; nothing in a pipe or a log.
class ProgressLine
{
public:
    ProgressLine() : m_terminal(::isatty(STDERR_FILENO) == 1) { m_last.start(); }
    ~ProgressLine()
    {
        if (m_terminal && m_shown)
            err() << u'\r' << QString(70, u' ') << u'\r' << Qt::flush;
    }
    void show(const QString &text)
    {
        if (!m_terminal || m_last.elapsed() < 200)
            return;
        m_last.restart();
        m_shown = true;
        err() << u'\r' << text << Qt::flush;
    }

private:
    bool m_terminal;
    bool m_shown = false;
    QElapsedTimer m_last;
};

QString bytesText(std::int64_t bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

// (Spelled out, not BundleReader::Progress: lupdate reads this file without its namespaces.)
std::function<bool(std::int64_t, std::int64_t)> readingProgress(ProgressLine &line)
{
    return [&line](std::int64_t done, std::int64_t total) {
        line.show(Cli::tr("Reading the bundle: %1 of %2").arg(bytesText(done), bytesText(total)));
        return true;
    };
}

int archiveExport(Context &ctx, const QStringList &words)
{
    const CommandLine cl(words, {QStringLiteral("--out"), QStringLiteral("--base-url")}, {});
    cl.expectPositional(1, 1,
                        QStringLiteral("archive export MEETING [--out FILE] [--base-url URL]"));
    const Meeting meeting = requireMeeting(ctx, cl.positional().at(0));
    QString target = cl.value(QStringLiteral("--out"));
    if (target.isEmpty())
        target = BundleExport::defaultFileName(meeting);
    else if (QFileInfo(target).isDir())
        target = QDir(target).filePath(BundleExport::defaultFileName(meeting));
    BundleExportOptions options;
    options.baseUrl = cl.value(QStringLiteral("--base-url"));
    ProgressLine line;
    const BundleExportResult result =
        BundleExport::run(ctx.library(), meeting.id, target, options, [&line](double fraction) {
            line.show(Cli::tr("Writing the bundle: %1 %").arg(qRound(fraction * 100)));
            return true;
        });
    for (const QString &note : result.notes)
        err() << Cli::tr("Note: %1").arg(note) << Qt::endl;
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("file"), result.path},
                                  {QStringLiteral("entries"), result.entries},
                                  {QStringLiteral("bytes"), static_cast<qint64>(result.bytes)}});
    else
        out() << Cli::tr("Wrote %1 (%n file(s), %2).", nullptr, result.entries)
                     .arg(QDir::toNativeSeparators(result.path), bytesText(result.bytes))
              << Qt::endl;
    return 0;
}

int archiveVerify(Context &ctx, const QStringList &words)
{
    const CommandLine cl(words, {}, {});
    cl.expectPositional(1, 1, QStringLiteral("archive verify FILE.zip"));
    ProgressLine line;
    const BundleCheck check = BundleImport::verify(cl.positional().at(0), readingProgress(line));
    if (ctx.json) {
        ctx.printJson(QJsonObject{
            {QStringLiteral("ok"), check.ok()},
            {QStringLiteral("files"), check.files},
            {QStringLiteral("missing"), QJsonArray::fromStringList(check.missing)},
            {QStringLiteral("altered"), QJsonArray::fromStringList(check.altered)},
            {QStringLiteral("unexpected"), QJsonArray::fromStringList(check.unexpected)},
            {QStringLiteral("problems"), QJsonArray::fromStringList(check.problems)}});
    } else if (check.ok()) {
        out() << Cli::tr("All %n file(s) of the bundle are as recorded.", nullptr, check.files)
              << Qt::endl;
    } else {
        for (const QString &sentence : check.describe())
            out() << sentence << Qt::endl;
    }
    return check.ok() ? 0 : 1;
}

int archiveImport(Context &ctx, const QStringList &words)
{
    const CommandLine cl(words, {}, {});
    cl.expectPositional(1, 1, QStringLiteral("archive import FILE.zip"));
    ProgressLine line;
    const BundleImportResult result =
        BundleImport::run(ctx.library(), cl.positional().at(0), readingProgress(line));
    if (ctx.json) {
        QJsonObject json = meetingJson(result.meeting);
        json.insert(QStringLiteral("codeKept"), result.codeKept);
        json.insert(QStringLiteral("bundleCode"), result.bundleCode);
        json.insert(QStringLiteral("files"), result.files);
        json.insert(QStringLiteral("newFiles"), result.newBlobs);
        ctx.printJson(json);
        return 0;
    }
    out() << Cli::tr("Imported \"%1\" as archived meeting %2 (code %3): %n file(s).", nullptr,
                     result.files)
                 .arg(result.meeting.title)
                 .arg(result.meeting.id)
                 .arg(result.meeting.code)
          << Qt::endl;
    if (!result.codeKept)
        out() << Cli::tr("The bundle's code %1 is taken in this library: the meeting has a new "
                         "code.")
                     .arg(result.bundleCode)
              << Qt::endl;
    return 0;
}

// The child: reads the ZIP under the limits its parent set (see BundleReader).
int archiveRead(Context &, const QStringList &words)
{
    const CommandLine cl(words,
                         {QStringLiteral("--into"), QStringLiteral("--max-entries"),
                          QStringLiteral("--max-entry-bytes"), QStringLiteral("--max-total-bytes")},
                         {});
    cl.expectPositional(1, 1, QStringLiteral("archive-read FILE.zip [--into FOLDER]"));
    BundleLimits limits;
    // The parent's limits, never looser than the defaults.
    if (const int entries = cl.value(QStringLiteral("--max-entries")).toInt(); entries > 0)
        limits.maxEntries = std::min(entries, limits.maxEntries);
    if (const qint64 bytes = cl.value(QStringLiteral("--max-entry-bytes")).toLongLong(); bytes > 0)
        limits.maxEntryBytes = std::min<std::int64_t>(bytes, limits.maxEntryBytes);
    if (const qint64 bytes = cl.value(QStringLiteral("--max-total-bytes")).toLongLong(); bytes > 0)
        limits.maxTotalBytes = std::min<std::int64_t>(bytes, limits.maxTotalBytes);
    return BundleReader::runChild(cl.positional().at(0), cl.value(QStringLiteral("--into")),
                                  limits);
}

// The child: reads a roster's workbook under the limits its parent set (see XlsxRoster).
int rosterReadXlsx(Context &, const QStringList &words)
{
    const CommandLine cl(words, {}, {});
    cl.expectPositional(1, 1, QStringLiteral("roster-read-xlsx FILE.xlsx"));
    return attendance::XlsxRoster::runChild(cl.positional().at(0));
}

} // namespace

QList<Command> archiveCommands()
{
    return {{QStringLiteral("archive export"),
             {{QStringLiteral("archive export MEETING [--out FILE] [--base-url URL]"),
               Cli::tr("the meeting as one ZIP: index.html, documents, agenda, manifest")}},
             archiveExport},
            {QStringLiteral("archive verify"),
             {{QStringLiteral("archive verify FILE.zip"),
               Cli::tr("names each missing, altered or unexpected file (exit 1 if any)")}},
             archiveVerify},
            {QStringLiteral("archive import"),
             {{QStringLiteral("archive import FILE.zip"),
               Cli::tr("brings a bundle's meeting into the library, archived")}},
             archiveImport},
            {QStringLiteral("archive-read"), {}, archiveRead},
            {QStringLiteral("roster-read-xlsx"), {}, rosterReadXlsx}};
}

} // namespace docket::cli
