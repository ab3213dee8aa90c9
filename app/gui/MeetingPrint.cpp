// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeetingPrint.h"

#include "Dialogs.h"
#include "util/BundleNames.h"
#include "util/Error.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPrinter>

namespace docket {

QPageSize::PageSizeId MeetingPrint::defaultPaper()
{
    return QLocale().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter
                                                                      : QPageSize::A4;
}

QString MeetingPrint::suggestedFileName(const QString &meetingTitle, PrintLayout layout)
{
    // The bundle's rule for a name any file system takes (one rule, in core).
    const QString stem = bundlenames::safeComponent(meetingTitle, bundlenames::kMaxFileBytes - 20,
                                                    tr("meeting"), false);
    switch (layout) {
    case PrintLayout::Cards:
        return tr("%1 - cards.pdf").arg(stem);
    case PrintLayout::Poster:
        return tr("%1 - poster.pdf").arg(stem);
    case PrintLayout::Badges:
        return tr("%1 - badges.pdf").arg(stem);
    case PrintLayout::Sheet:
        break;
    }
    return tr("%1 - sheet.pdf").arg(stem);
}

QString MeetingPrint::print(QWidget *parent, Catalog &catalog, Id meetingId, const QString &baseUrl)
{
    const auto choice =
        dialogs::askPrintChoice(parent, tr("Print"), false, {PrintLayout::Sheet, defaultPaper()});
    if (!choice)
        return {};
    const PrintSource source = Printing::load(catalog, meetingId, baseUrl);
    QPrinter printer(QPrinter::HighResolution);
    // The printer dialog may change the paper; the layout follows its paint rectangle.
    printer.setPageLayout(Printing::pageLayout(choice->paper));
    printer.setDocName(source.meeting.title);
    int pages = 0;
    const bool printed = dialogs::previewPrint(parent, printer, [&](QPrinter &target) {
        pages = Printing::paint(target, choice->layout, source);
    });
    return printed ? tr("Printed %n page(s).", nullptr, pages) : QString();
}

QString MeetingPrint::exportPdf(QWidget *parent, Catalog &catalog, Id meetingId,
                                const QString &baseUrl)
{
    const auto choice = dialogs::askPrintChoice(parent, tr("Export PDF"), true,
                                                {PrintLayout::Sheet, defaultPaper()});
    if (!choice)
        return {};
    // Before the file dialog: no address is a reason not to ask for a file name.
    const PrintSource source = Printing::load(catalog, meetingId, baseUrl);
    QString path = dialogs::saveFile(parent, tr("Export PDF"),
                                     suggestedFileName(source.meeting.title, choice->layout),
                                     tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return {};
    // The dialog asked about overwriting the name as typed; a name we complete is asked about
    // here ("Nghị quyết 12.2026" has a suffix, just not ".pdf").
    if (QFileInfo(path).suffix().compare(u"pdf", Qt::CaseInsensitive) != 0) {
        path += QStringLiteral(".pdf");
        if (QFileInfo::exists(path) &&
            !dialogs::confirm(
                parent, tr("Export PDF"),
                tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(path))))
            return {};
    }
    const int pages = Printing::exportPdf(path, choice->layout, source, choice->paper);
    return tr("Exported %n page(s) to %1.", nullptr, pages).arg(QDir::toNativeSeparators(path));
}

} // namespace docket
