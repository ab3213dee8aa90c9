// SPDX-License-Identifier: GPL-3.0-or-later
// stats: who opened which document, as text, CSV or JSON.
#include "Command.h"
#include "CommandLine.h"
#include "Context.h"
#include "util/Csv.h"

namespace docket::cli {

namespace {

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
            out() << row.itemNumber << u',' << row.documentId << u',' << csv::field(row.title)
                  << u',' << csv::field(row.fileName) << u',' << row.devices << u',' << row.requests
                  << u',' << row.completeDownloads << u',' << row.bytesSent << Qt::endl;
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

} // namespace

QList<Command> statsCommands()
{
    return {{QStringLiteral("stats"),
             {{QStringLiteral("stats MEETING [--csv]"), Cli::tr("who opened which document")}},
             stats}};
}

} // namespace docket::cli
