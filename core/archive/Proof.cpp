// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/Proof.h"

#include "util/Error.h"
#include "util/Sha256.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>

namespace docket {

namespace {

QString when(const QDateTime &time)
{
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

} // namespace

QString Proof::hashFile(const QString &path, std::int64_t *size,
                        const std::function<bool(std::int64_t, std::int64_t)> &progress)
{
    QFile file(path);
    if (QFileInfo(path).isDir())
        throw Error(tr("%1 is a folder: choose a file.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("Cannot read %1: %2").arg(path, file.errorString()));
    const std::int64_t total = file.size();
    Sha256 hash;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    std::int64_t done = 0;
    for (;;) {
        const qint64 got = file.read(buffer.data(), buffer.size());
        if (got < 0)
            throw Error(tr("Cannot read %1: %2").arg(path, file.errorString()));
        if (got == 0)
            break;
        hash.add(buffer.constData(), got);
        done += got;
        if (progress && !progress(done, total))
            throw Error(tr("Stopped."));
    }
    if (size)
        *size = done;
    return hash.hex();
}

ProofReport Proof::lookUp(Catalog &catalog, const QString &path, const QString &sha256,
                          std::int64_t size)
{
    ProofReport report;
    report.path = path;
    report.sha256 = sha256;
    report.size = size;
    report.uses = catalog.contentUses(sha256);
    return report;
}

ProofReport Proof::check(Catalog &catalog, const QString &path,
                         const std::function<bool(std::int64_t, std::int64_t)> &progress)
{
    std::int64_t size = 0;
    const QString sha256 = hashFile(path, &size, progress);
    return lookUp(catalog, path, sha256, size);
}

QStringList Proof::describe(const ProofReport &report)
{
    QStringList lines;
    const QString name = QFileInfo(report.path).fileName();
    if (!report.known()) {
        lines << tr("%1 is not a file that Docket stored: no version of any document in this "
                    "library has exactly these bytes (SHA-256 %2).")
                     .arg(name, report.sha256);
        return lines;
    }
    const QLocale locale;
    lines << tr("%1 is exactly a file that Docket stored (SHA-256 %2, %3):")
                 .arg(name, report.sha256,
                      locale.formattedDataSize(report.size, 1, QLocale::DataSizeSIFormat));
    for (const ContentUse &use : report.uses) {
        lines << QString();
        const QString date =
            use.meeting.date.isValid() ? use.meeting.date.toString(Qt::ISODate) : tr("no date");
        lines << tr("Meeting: %1 (%2, code %3, %4)")
                     .arg(use.meeting.title, date, use.meeting.code,
                          meetingStateLabel(use.meeting.state));
        lines << tr("Agenda item %1: %2").arg(use.itemNumber).arg(use.itemTitle);
        lines << (use.rendition
                      ? tr("Document \"%1\": the PDF made for reading of version %2 of %3 (%4)")
                      : tr("Document \"%1\": version %2 of %3 (%4)"))
                     .arg(use.documentTitle)
                     .arg(use.versionNumber)
                     .arg(use.versionCount)
                     .arg(use.fileName);
        if (use.documentTrashed)
            lines << tr("The document is in the meeting's trash now.");
        if (use.periods.isEmpty())
            lines << tr("This version was never the one delegates got.");
        for (const CurrentPeriod &period : use.periods)
            lines
                << (period.until.isValid()
                        ? tr("Current from %1 until %2").arg(when(period.from), when(period.until))
                        : tr("Current from %1 until now").arg(when(period.from)));
        if (use.devices == 0)
            lines << tr("Not fetched by any phone.");
        else
            lines << tr("Served to %n device(s): %1 request(s), %2 "
                        "complete download(s), first %3, last %4",
                        nullptr, use.devices)
                         .arg(use.requests)
                         .arg(use.completeDownloads)
                         .arg(when(use.firstSeen), when(use.lastSeen));
    }
    return lines;
}

QJsonObject Proof::toJson(const ProofReport &report)
{
    QJsonArray uses;
    for (const ContentUse &use : report.uses) {
        QJsonArray periods;
        for (const CurrentPeriod &period : use.periods)
            periods.append(QJsonObject{{QStringLiteral("from"), timeValue(period.from)},
                                       {QStringLiteral("until"), timeValue(period.until)}});
        uses.append(QJsonObject{
            {QStringLiteral("kind"),
             use.rendition ? QStringLiteral("rendition") : QStringLiteral("version")},
            {QStringLiteral("meeting"),
             QJsonObject{
                 {QStringLiteral("id"), qint64{use.meeting.id}},
                 {QStringLiteral("code"), use.meeting.code},
                 {QStringLiteral("title"), use.meeting.title},
                 {QStringLiteral("date"), use.meeting.date.isValid()
                                              ? QJsonValue(use.meeting.date.toString(Qt::ISODate))
                                              : QJsonValue()},
                 {QStringLiteral("state"), meetingStateKey(use.meeting.state)}}},
            {QStringLiteral("item"), QJsonObject{{QStringLiteral("number"), use.itemNumber},
                                                 {QStringLiteral("title"), use.itemTitle}}},
            {QStringLiteral("document"),
             QJsonObject{{QStringLiteral("id"), qint64{use.documentId}},
                         {QStringLiteral("title"), use.documentTitle},
                         {QStringLiteral("trashed"), use.documentTrashed}}},
            {QStringLiteral("version"),
             QJsonObject{{QStringLiteral("id"), qint64{use.versionId}},
                         {QStringLiteral("number"), use.versionNumber},
                         {QStringLiteral("of"), use.versionCount},
                         {QStringLiteral("fileName"), use.fileName},
                         {QStringLiteral("addedAt"), timeValue(use.addedAt)},
                         {QStringLiteral("currentNow"), use.currentNow},
                         {QStringLiteral("currentPeriods"), periods}}},
            {QStringLiteral("served"),
             QJsonObject{{QStringLiteral("devices"), use.devices},
                         {QStringLiteral("requests"), use.requests},
                         {QStringLiteral("completeDownloads"), use.completeDownloads},
                         {QStringLiteral("firstSeen"), timeValue(use.firstSeen)},
                         {QStringLiteral("lastSeen"), timeValue(use.lastSeen)}}}});
    }
    return QJsonObject{{QStringLiteral("file"), report.path},
                       {QStringLiteral("sha256"), report.sha256},
                       {QStringLiteral("size"), static_cast<qint64>(report.size)},
                       {QStringLiteral("known"), report.known()},
                       {QStringLiteral("uses"), uses}};
}

} // namespace docket
