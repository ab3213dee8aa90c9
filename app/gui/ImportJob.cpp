// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportJob.h"

#include "BackgroundWork.h"
#include "library/Library.h"
#include "util/Error.h"

#include <QLocale>

namespace docket {

namespace {

QString dataSize(std::int64_t bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString describeImport(const QString &heading, const WorkProgress &progress)
{
    const int files = progress.files.load();
    if (files == 0)
        return heading; // still looking at the files
    return heading + u'\n' +
           ImportJob::tr("%1 of %2 files · %3 of %4")
               .arg(progress.filesDone.load())
               .arg(files)
               .arg(dataSize(progress.bytesDone.load()), dataSize(progress.bytes.load()));
}

BackgroundWork::Options workOptions(const ImportJob::Labels &labels)
{
    return {QStringLiteral("importProgress"), labels.windowTitle, labels.cancelText,
            [heading = labels.heading](const WorkProgress &progress) {
                return describeImport(heading, progress);
            }};
}

// The pipeline's slow part on the worker, its progress into the dialog's atomics.
bool prepareIn(ImportPipeline &pipeline, WorkProgress &progress)
{
    return pipeline.prepare([&](const ImportProgress &now) {
        progress.files = now.files;
        progress.filesDone = now.filesDone;
        progress.bytes = now.bytes;
        progress.bytesDone = now.bytesDone;
        return !progress.stopping();
    });
}

} // namespace

ImportResult ImportJob::run(QWidget *window, Library &library, Id meetingId,
                            const QList<ImportDestination> &destinations, const Labels &labels)
{
    ImportPipeline pipeline = ImportPipeline::adding(library, meetingId, destinations);
    bool ready = false;
    const auto outcome =
        BackgroundWork::run(window, workOptions(labels),
                            [&](WorkProgress &progress) { ready = prepareIn(pipeline, progress); });
    ImportResult result;
    if (outcome == BackgroundWork::Outcome::Stopped || !ready) {
        result.stopped = true;
        return result;
    }
    // Back on the window's thread, with the catalog.
    const ImportReport report = pipeline.record();
    for (const ImportedFile &file : report.files) {
        if (file.added()) {
            result.added << file.document;
            if (file.elsewhere)
                result.elsewhere << file.fileName;
            continue;
        }
        const QString existing =
            file.document.title.isEmpty() ? file.document.fileName : file.document.title;
        // Named when the import fills several items: "this item" would not say which.
        result.skipped
            << (destinations.size() == 1
                    ? tr("“%1” is already on this item as “%2”.").arg(file.fileName, existing)
                    : tr("“%1” is already on “%2” as “%3”.")
                          .arg(file.fileName, file.item.title, existing));
    }
    result.newItems = report.newItems;
    return result;
}

std::optional<Document> ImportJob::replace(QWidget *window, Library &library, Id documentId,
                                           const QString &path, const Labels &labels)
{
    ImportPipeline pipeline = ImportPipeline::replacing(library, documentId, path);
    bool ready = false;
    const auto outcome =
        BackgroundWork::run(window, workOptions(labels),
                            [&](WorkProgress &progress) { ready = prepareIn(pipeline, progress); });
    if (outcome == BackgroundWork::Outcome::Stopped || !ready)
        return std::nullopt;
    return pipeline.recordReplacement().document;
}

} // namespace docket
