// SPDX-License-Identifier: GPL-3.0-or-later
// verify, backup, restore, proof: the library's health, the catalog's copies, and proof that a
// file is one Docket stored.
#include "archive/Proof.h"
#include "Command.h"
#include "CommandLine.h"
#include "Context.h"
#include "library/Backups.h"
#include "library/Verify.h"
#include "util/Error.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>

#include <unistd.h>

namespace docket::cli {

namespace {

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

// Exit 0: these bytes are a version (or rendition) Docket stored; 1: they are not.
int proof(Context &ctx, const QStringList &words)
{
    const CommandLine cl(words, {}, {});
    cl.expectPositional(1, 1, QStringLiteral("proof FILE"));
    const ProofReport report = Proof::check(ctx.catalog(), cl.positional().at(0));
    if (ctx.json)
        ctx.printJson(Proof::toJson(report));
    else
        for (const QString &line : Proof::describe(report))
            out() << line << Qt::endl;
    return report.known() ? 0 : 1;
}

} // namespace

QList<Command> verifyCommands()
{
    return {
        {QStringLiteral("verify"),
         {{QStringLiteral("verify"),
           Cli::tr("check the catalog, re-hash the stored files, report damage")}},
         verify},
        {QStringLiteral("backup"),
         {{QStringLiteral("backup [FILE]"),
           Cli::tr("a checked copy of the catalog (default: in backups/)")},
          {QStringLiteral("backup --list"), Cli::tr("the catalog's backups, newest first")}},
         backup},
        {QStringLiteral("restore"),
         {{QStringLiteral("restore [BACKUP]"),
           Cli::tr("put a backup (default: the newest good one) in place of\n"
                   "the catalog; the one it replaces is kept aside")}},
         restore},
        {QStringLiteral("proof"),
         {{QStringLiteral("proof FILE"),
           Cli::tr("which meeting, item, document and version hold exactly\n"
                   "these bytes, when it was current, to how many phones it went;\n"
                   "exit 1 when it is not a file Docket stored")}},
         proof},
    };
}

} // namespace docket::cli
