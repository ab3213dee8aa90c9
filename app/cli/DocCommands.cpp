// SPDX-License-Identifier: GPL-3.0-or-later
// doc add, replace, versions, current, render.
#include "Command.h"
#include "CommandLine.h"
#include "Context.h"
#include "library/ImportPipeline.h"
#include "library/Renditions.h"
#include "util/Error.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <limits>

namespace docket::cli {

namespace {

// One file of doc add in --json: the document added, or the one already holding its bytes.
QJsonObject importedFileJson(const ImportedFile &file)
{
    if (file.added()) {
        QJsonObject object = documentJson(file.document);
        object.insert(QStringLiteral("contentAlreadyStored"), file.contentAlreadyStored);
        object.insert(QStringLiteral("duplicate"), false);
        return object;
    }
    return {{QStringLiteral("duplicate"), true},
            {QStringLiteral("fileName"), file.fileName},
            {QStringLiteral("existingDocumentId"), qint64{file.document.id}},
            {QStringLiteral("existingTitle"), file.document.title},
            {QStringLiteral("item"), file.item.number}};
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
    bool saidWaiting = false;
    const ImportReport report = ctx.library().importFiles(
        meeting.id, {{item.id, {}, files}}, cl.value(QStringLiteral("--title")),
        [&](const ImportProgress &now) {
            if (now.waitingForCleanUp && !saidWaiting) {
                saidWaiting = true;
                err() << Cli::tr("Waiting for a clean-up of the library to finish…") << Qt::endl;
            }
            return true;
        });
    if (ctx.json) {
        QJsonArray array;
        for (const ImportedFile &file : report.files)
            array.append(importedFileJson(file));
        ctx.printJson(array);
        return 0;
    }
    for (const ImportedFile &file : report.files) {
        // A file already there is not an error: it is reported, nothing is stored, exit 0.
        if (!file.added()) {
            out() << ImportPipeline::alreadyOnItem(file) << u' '
                  << Cli::tr("Nothing was added for it.") << Qt::endl;
            continue;
        }
        const Document &d = file.document;
        out() << Cli::tr("Added document %1 \"%2\" to item %3 (%4)")
                     .arg(d.id)
                     .arg(d.title)
                     .arg(item.number)
                     .arg(describeDocument(d))
              << Qt::endl;
        if (file.heavy())
            err() << Cli::tr("Warning: %1 is a heavy PDF: %2").arg(d.fileName, d.problem)
                  << Qt::endl;
        else if (!file.problem().isEmpty())
            err() << Cli::tr("Warning: %1: %2").arg(d.fileName, d.problem) << Qt::endl;
    }
    return 0;
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
            {QStringLiteral("current"), v.current},
            {QStringLiteral("currentPeriods"), [&v] {
                 QJsonArray periods;
                 for (const CurrentPeriod &p : v.periods)
                     periods.append(QJsonObject{{QStringLiteral("from"), timeJson(p.from)},
                                                {QStringLiteral("until"), timeJson(p.until)}});
                 return periods;
             }()}};
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

} // namespace

QList<Command> docCommands()
{
    return {
        {QStringLiteral("doc add"),
         {{QStringLiteral("doc add MEETING ITEM FILE... [--title T]"),
           Cli::tr("store files under an agenda item")}},
         docAdd},
        {QStringLiteral("doc replace"),
         {{QStringLiteral("doc replace MEETING ITEM DOC FILE"),
           Cli::tr("a new version behind the same QR code")}},
         docReplace},
        {QStringLiteral("doc versions"),
         {{QStringLiteral("doc versions MEETING ITEM DOC"),
           Cli::tr("every version, * the one served")}},
         docVersions},
        {QStringLiteral("doc current"),
         {{QStringLiteral("doc current MEETING ITEM DOC VERSION"),
           Cli::tr("serve that version again")}},
         docCurrent},
        {QStringLiteral("doc render"),
         {{QStringLiteral("doc render MEETING ITEM DOC"),
           Cli::tr("a PDF of an office file, for reading (LibreOffice)")}},
         docRender},
    };
}

} // namespace docket::cli
