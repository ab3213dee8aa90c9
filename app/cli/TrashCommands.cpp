// SPDX-License-Identifier: GPL-3.0-or-later
// trash list, empty, restore; clean, which frees the files nothing uses.
#include "Command.h"
#include "CommandLine.h"
#include "Context.h"
#include "util/Error.h"

#include <QLocale>

namespace docket::cli {

namespace {

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

} // namespace

QList<Command> trashCommands()
{
    const auto trash = [](const QString &sub) {
        return [sub](Context &ctx, const QStringList &words) {
            return trashCommand(ctx, sub, words);
        };
    };
    return {
        {QStringLiteral("trash list"),
         {{QStringLiteral("trash list MEETING"), Cli::tr("removed documents")}},
         trash(QStringLiteral("list"))},
        {QStringLiteral("trash empty"),
         {{QStringLiteral("trash empty MEETING"),
           Cli::tr("empty the trash: its documents are removed for good")}},
         trash(QStringLiteral("empty"))},
        {QStringLiteral("trash restore"),
         {{QStringLiteral("trash restore MEETING DOC"), Cli::tr("put a removed document back")}},
         trash(QStringLiteral("restore"))},
        {QStringLiteral("clean"),
         {{QStringLiteral("clean [--dry-run]"),
           Cli::tr("remove stored files nothing uses any more")}},
         clean},
    };
}

} // namespace docket::cli
