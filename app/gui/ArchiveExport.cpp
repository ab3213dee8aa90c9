// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArchiveExport.h"

#include "archive/BundleExport.h"
#include "BackgroundWork.h"
#include "catalog/Catalog.h"
#include "Dialogs.h"
#include "library/Library.h"
#include "util/Error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace docket {

QString ArchiveExport::run(QWidget *window, Library &library, Id meetingId, const QString &baseUrl)
{
    const auto meeting = library.catalog().meeting(meetingId);
    if (!meeting)
        throw Error(tr("No such meeting."));
    QString path =
        dialogs::saveFile(window, tr("Archive meeting"), BundleExport::defaultFileName(*meeting),
                          tr("ZIP archives (*.zip)"));
    if (path.isEmpty())
        return {};
    if (!path.endsWith(QStringLiteral(".zip"), Qt::CaseInsensitive))
        path += QStringLiteral(".zip");

    BundleExportOptions options;
    options.baseUrl = baseUrl;
    // The catalog is read here, on its thread; the file is written on the worker's.
    const BundlePlan plan = BundleExport::prepare(library, meetingId, options);
    static constexpr std::int64_t kSteps = 1000;
    BundleExportResult result;
    bool written = false;
    BackgroundWork::Options work;
    work.objectName = QStringLiteral("archiveProgress");
    work.windowTitle = tr("Archive meeting");
    work.cancelText = tr("Cancel");
    work.describe = [](const WorkProgress &progress) {
        return tr("Writing the archive bundle… %1 %").arg(progress.bytesDone.load() * 100 / kSteps);
    };
    const auto outcome = BackgroundWork::run(window, work, [&](WorkProgress &progress) {
        progress.bytes = kSteps;
        result = BundleExport::write(plan, path, [&progress](double fraction) {
            progress.bytesDone = static_cast<std::int64_t>(fraction * kSteps);
            return !progress.stopping();
        });
        written = true;
    });
    if (outcome == BackgroundWork::Outcome::Stopped) {
        // Cancel pressed as the last byte went out: what it made is thrown away all the same.
        if (written)
            QFile::remove(path);
        return tr("Archiving cancelled; no file was written.");
    }
    QString report = tr("Archived “%1” to %2 (%3).")
                         .arg(meeting->title, QDir::toNativeSeparators(result.path),
                              QLocale().formattedDataSize(result.bytes));
    for (const QString &note : result.notes)
        report += u' ' + note;
    return report;
}

} // namespace docket
