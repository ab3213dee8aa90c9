// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/ConferencePack.h"

#include "archive/PackPlan.h"
#include "library/Library.h"
#include "library/Renditions.h"
#include "pdf/ChildProcess.h"
#include "pdf/ChildProgram.h"
#include "util/BundleNames.h"
#include "util/Error.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTemporaryDir>

#include <algorithm>
#include <map>
#include <tuple>

namespace docket {

namespace {

using pack::Plan;

using Slot = PackSource::Slot;

pack::Plan readPlan(Library &library, const Meeting &meeting, QList<Slot> &places)
{
    Catalog &catalog = library.catalog();
    Plan plan;
    plan.language = meeting.language;
    plan.title = meeting.title;
    plan.date = meeting.date;
    plan.venue = meeting.venue;
    for (const AgendaItem &item : catalog.items(meeting.id)) {
        Plan::Item planItem;
        planItem.number = item.number;
        planItem.title = item.title;
        planItem.presenter = item.presenter;
        for (const Document &document : catalog.documents(item.id)) {
            if (document.trashedAt.isValid())
                continue;
            Plan::Document planDocument;
            planDocument.title = document.title;
            if (const auto reading = document.reading()) {
                planDocument.path = library.store().pathFor(reading->sha256);
            } else if (Renditions::isOfficeFile(document.fileName)) {
                planDocument.omitted = QStringLiteral("no-rendition");
                planDocument.detail = document.fileName;
            } else if (document.mimeType == u"application/pdf") {
                planDocument.omitted = QStringLiteral("unreadable");
                planDocument.detail = document.problem;
            } else {
                planDocument.omitted = QStringLiteral("not-pdf");
                planDocument.detail = document.fileName;
            }
            places.append(
                {static_cast<int>(plan.items.size()), static_cast<int>(planItem.documents.size())});
            planItem.documents.append(planDocument);
        }
        plan.items.append(planItem);
    }
    return plan;
}

Plan::Document &documentAt(Plan &plan, const Slot &slot)
{
    return plan.items[slot.item].documents[slot.document];
}

void writePlan(const Plan &plan, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(plan.toJson()).toJson(QJsonDocument::Compact)) < 0)
        throw Error(ConferencePack::tr("Cannot write %1: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
}

// How one run of the child ended.
enum class RunEnd
{
    Written,
    Cancelled,
    DocumentFailed, // the child died or ran out of time on the document it was reading
};

} // namespace

int PackReport::omittedCount() const
{
    return static_cast<int>(std::count_if(documents.begin(), documents.end(),
                                          [](const Entry &entry) { return entry.firstPage == 0; }));
}

int ConferencePack::runChild(const QString &planPath, const QString &outputPath)
{
    return pack::runChild(planPath, outputPath);
}

QString ConferencePack::suggestedFileName(const Meeting &meeting)
{
    // The bundle's rule for a name any file system takes (one rule).
    QString stem = bundlenames::safeComponent(meeting.title, bundlenames::kMaxFileBytes - 30,
                                              tr("meeting"), false);
    if (meeting.date.isValid())
        stem = meeting.date.toString(Qt::ISODate) + u' ' + stem;
    return tr("%1 - pack.pdf").arg(stem);
}

PackReport ConferencePack::build(Library &library, Id meetingId, const QString &outputPath,
                                 const PackProgressCallback &progress,
                                 const std::atomic<bool> *cancel, const PackLimits &limits)
{
    return make(read(library, meetingId), outputPath, progress, cancel, limits);
}

PackSource ConferencePack::read(Library &library, Id meetingId)
{
    const std::optional<Meeting> meeting = library.catalog().meeting(meetingId);
    if (!meeting)
        throw Error(tr("No such meeting."));
    PackSource source;
    source.plan = readPlan(library, *meeting, source.places);
    return source;
}

PackReport ConferencePack::make(const PackSource &source, const QString &outputPath,
                                const PackProgressCallback &progress,
                                const std::atomic<bool> *cancel, const PackLimits &limits)
{
    const QString program = ChildProgram::get(ChildProgram::Use::Packing);
    if (program.isEmpty())
        throw Error(tr("The conference pack needs docket-cli, which reads the documents in a "
                       "process of its own; it was not found beside Docket."));
    Plan plan = source.plan;
    const QList<Slot> &places = source.places;

    // The child writes into a folder beside the target, so that the finished pack is renamed
    // into place (whole or not at all) and a cancelled one leaves nothing behind.
    const QFileInfo target(outputPath);
    QTemporaryDir staging(target.absoluteDir().filePath(QStringLiteral(".docket-pack-XXXXXX")));
    if (!staging.isValid())
        throw Error(
            tr("Cannot write in %1: %2")
                .arg(QDir::toNativeSeparators(target.absolutePath()), staging.errorString()));
    const QString planPath = staging.filePath(QStringLiteral("plan.json"));
    const QString packPath = staging.filePath(QStringLiteral("pack.pdf"));

    PackProgress shown;
    shown.documents = static_cast<int>(places.size());
    const auto tell = [&] {
        if (progress)
            progress(shown);
    };
    const auto cancelled = [&] {
        return cancel && cancel->load();
    };
    std::map<int, std::pair<QString, QString>> omittedHere; // by slot: key, the reader's words
    QList<int> firstPages;
    int totalPages = 0;

    // A document that kills the child or holds it past its limit is left out and the pack
    // made again without it: at most once per document.
    for (qsizetype attempt = 0; attempt <= places.size(); ++attempt) {
        writePlan(plan, planPath);
        QStringList arguments = ChildProgram::command(ChildProgram::Use::Packing);
        arguments << planPath << packPath;
        const int cpuSeconds =
            limits.secondsPerDocument * static_cast<int>(places.size() + 1) + limits.writeSeconds;
        ChildProcess child(program, arguments, ChildLimits{limits.memoryBytes, cpuSeconds},
                           ChildProcess::Channel::Output);
        QElapsedTimer phase;
        phase.start();
        int reading = -1; // the slot being read, while one is
        bool writing = false;
        bool written = false;
        QByteArray buffer;
        RunEnd end = RunEnd::DocumentFailed;
        QString failure;
        shown.documentsDone = 0;
        shown.writing = false;
        tell();
        for (;;) {
            if (cancelled()) {
                end = RunEnd::Cancelled;
                break;
            }
            const qint64 limit =
                (writing ? limits.writeSeconds : limits.secondsPerDocument) * 1000LL;
            if (phase.elapsed() > limit) {
                failure = QStringLiteral("too-long");
                break;
            }
            if (child.waitReadable(QDeadlineTimer(100)) == ChildProcess::Wait::Timeout)
                continue;
            const QByteArray data = child.readAvailable();
            if (data.isEmpty())
                break; // the end of its output: it finished, or died
            buffer += data;
            for (qsizetype newline; (newline = buffer.indexOf('\n')) >= 0;) {
                const QJsonObject line = QJsonDocument::fromJson(buffer.left(newline)).object();
                buffer.remove(0, newline + 1);
                if (line.contains(QStringLiteral("reading"))) {
                    reading = line.value(QStringLiteral("reading")).toInt();
                    phase.restart();
                } else if (line.contains(QStringLiteral("read"))) {
                    const int index = line.value(QStringLiteral("read")).toInt();
                    if (line.contains(QStringLiteral("omitted")))
                        omittedHere[index] = {line.value(QStringLiteral("omitted")).toString(),
                                              line.value(QStringLiteral("detail")).toString()};
                    reading = -1;
                    shown.documentsDone = index + 1;
                    tell();
                } else if (line.contains(QStringLiteral("writing"))) {
                    writing = true;
                    phase.restart();
                    shown.documentsDone = shown.documents;
                    shown.writing = true;
                    tell();
                } else if (line.contains(QStringLiteral("written"))) {
                    written = true;
                    totalPages = line.value(QStringLiteral("written")).toInt();
                    firstPages.clear();
                    for (const QJsonValue &page :
                         line.value(QStringLiteral("firstPages")).toArray())
                        firstPages << page.toInt();
                }
            }
        }
        if (end == RunEnd::Cancelled) {
            child.kill();
            child.wait();
            PackReport report;
            report.cancelled = true;
            return report; // the staging folder goes, with whatever the child wrote
        }
        if (failure.isEmpty()) {
            const ChildProcess::Exit exit = child.wait();
            if (written && !exit.signalled && exit.code == 0) {
                end = RunEnd::Written;
            } else if (reading >= 0) {
                failure =
                    child.ranOutOfMemory() ? QStringLiteral("memory") : QStringLiteral("crashed");
            } else {
                throw Error(tr("The conference pack could not be written: %1")
                                .arg(QString::fromLocal8Bit(child.errorOutput()).trimmed()));
            }
        } else {
            child.kill();
            child.wait();
            if (reading < 0)
                throw Error(tr("Writing the conference pack took longer than %n second(s).",
                               nullptr, limits.writeSeconds));
        }
        if (end == RunEnd::Written)
            break;
        // Left out, then the pack once more without it.
        Plan::Document &document = documentAt(plan, places[reading]);
        document.omitted = failure;
        document.detail =
            failure == u"too-long" ? QString::number(limits.secondsPerDocument) : QString();
        document.path.clear();
    }

    if (!QFile::exists(packPath) || firstPages.size() != places.size())
        throw Error(tr("The conference pack could not be written."));
    QFile::remove(outputPath);
    if (!QFile::rename(packPath, outputPath))
        throw Error(tr("Cannot write %1.").arg(QDir::toNativeSeparators(outputPath)));

    PackReport report;
    report.path = QFileInfo(outputPath).absoluteFilePath();
    report.pages = totalPages;
    report.bytes = QFileInfo(outputPath).size();
    const pack::Translate organiser = [](const char *text) {
        return QCoreApplication::translate("ConferencePack", text);
    };
    for (qsizetype s = 0; s < places.size(); ++s) {
        const Plan::Item &item = plan.items[places[s].item];
        const Plan::Document &document = documentAt(plan, places[s]);
        PackReport::Entry entry;
        entry.itemNumber = item.number;
        entry.itemTitle = item.title;
        entry.documentTitle = document.title;
        entry.firstPage = firstPages[s];
        if (entry.firstPage == 0) {
            QString key = document.omitted;
            QString detail = document.detail;
            if (const auto here = omittedHere.find(static_cast<int>(s)); here != omittedHere.end())
                std::tie(key, detail) = here->second;
            entry.omitted = pack::omittedReason(key, detail, organiser);
            // The organiser is told the reader's own words too (they are not for delegates).
            if (!detail.isEmpty() &&
                (key == u"damaged" || key == u"password" || key == u"unreadable"))
                entry.omitted += QStringLiteral(" (%1)").arg(detail);
        }
        report.documents << entry;
    }
    // Pages per document: up to the next one's start, or the end.
    for (qsizetype s = 0; s < report.documents.size(); ++s) {
        PackReport::Entry &entry = report.documents[s];
        if (entry.firstPage == 0)
            continue;
        int next = totalPages + 1;
        for (qsizetype t = s + 1; t < report.documents.size(); ++t)
            if (report.documents[t].firstPage > 0) {
                next = report.documents[t].firstPage;
                break;
            }
        entry.pages = next - entry.firstPage;
    }
    return report;
}

} // namespace docket
