// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeetingPack.h"

#include "archive/ConferencePack.h"
#include "BackgroundWork.h"
#include "Dialogs.h"
#include "library/Library.h"
#include "util/Error.h"

#include <QDir>
#include <QLocale>

#include <algorithm>

namespace docket {

QString MeetingPack::exportPack(QWidget *parent, Library &library, Id meetingId)
{
    const std::optional<Meeting> meeting = library.catalog().meeting(meetingId);
    if (!meeting)
        return {};
    // Read on the window's thread, which owns the catalog; the child runs on the worker's.
    const PackSource source = ConferencePack::read(library, meetingId);
    const QString path =
        dialogs::saveFile(parent, tr("Conference pack"),
                          ConferencePack::suggestedFileName(*meeting), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return {};
    BackgroundWork::Options options;
    options.objectName = QStringLiteral("packProgress");
    options.windowTitle = tr("Conference pack");
    options.cancelText = tr("Cancel");
    options.describe = [](const WorkProgress &progress) {
        if (progress.files.load() == 0)
            return tr("Starting…");
        if (progress.filesDone.load() < progress.files.load())
            return tr("Reading documents: %1 of %2")
                .arg(progress.filesDone.load())
                .arg(progress.files.load());
        return tr("Writing the pack…");
    };
    PackReport report;
    const BackgroundWork::Outcome outcome =
        BackgroundWork::run(parent, options, [&](WorkProgress &progress) {
            report = ConferencePack::make(
                source, path,
                [&](const PackProgress &step) {
                    progress.files = std::max(1, step.documents);
                    progress.filesDone = step.writing ? progress.files.load() : step.documentsDone;
                },
                &progress.stopRequested);
        });
    if (outcome == BackgroundWork::Outcome::Stopped || report.cancelled)
        return {};
    QStringList left;
    for (const PackReport::Entry &entry : report.documents)
        if (entry.firstPage == 0)
            left << tr("Item %1, “%2”: %3")
                        .arg(entry.itemNumber)
                        .arg(entry.documentTitle, entry.omitted);
    if (!left.isEmpty())
        dialogs::showInformation(
            parent, tr("The conference pack was written without these documents; the agenda in "
                       "it says so:\n\n%1")
                        .arg(left.join(u'\n')));
    return tr("Wrote the conference pack (%n page(s), %1) to %2.", nullptr, report.pages)
        .arg(QLocale().formattedDataSize(report.bytes), QDir::toNativeSeparators(path));
}

} // namespace docket
