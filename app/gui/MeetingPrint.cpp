// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeetingPrint.h"

#include "catalog/Catalog.h"
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
    case PrintLayout::TentCards:
        return tr("%1 - tent cards.pdf").arg(stem);
    case PrintLayout::Sheet:
        break;
    }
    return tr("%1 - sheet.pdf").arg(stem);
}

namespace {
// The last setup chosen, offered again the next time (a secretary prints the same cards for
// every meeting of a congress).
PrintSetup &lastSetup()
{
    static PrintSetup setup{PrintLayout::Sheet, MeetingPrint::defaultPaper(), {}, {}};
    return setup;
}

// Asks with the pages beside the choices; keeps an edited letterhead for the library.
std::optional<PrintSetup> chooseSetup(QWidget *parent, PrintSetupDialog::Purpose purpose,
                                      Catalog &catalog, const PrintSource &source)
{
    PrintSetup initial = lastSetup();
    initial.letterhead = source.letterhead;
    auto chosen = dialogs::askPrintSetup(parent, purpose, source, initial);
    if (!chosen)
        return std::nullopt;
    if (chosen->layout == PrintLayout::Sheet && chosen->options.officialHeader &&
        chosen->letterhead != source.letterhead)
        catalog.setLetterhead(chosen->letterhead);
    lastSetup() = *chosen;
    return chosen;
}
} // namespace

QString MeetingPrint::print(QWidget *parent, Catalog &catalog, Id meetingId, const QString &baseUrl)
{
    // First: no address is a reason not to ask anything.
    PrintSource source = Printing::load(catalog, meetingId, baseUrl);
    const auto choice = chooseSetup(parent, PrintSetupDialog::Purpose::Print, catalog, source);
    if (!choice)
        return {};
    source.letterhead = choice->letterhead;
    if (choice->publicAddress && !source.publicBaseUrl.isEmpty())
        source.baseUrl = source.publicBaseUrl;
    QPrinter printer(QPrinter::HighResolution);
    // The printer dialog may change the paper; the layout follows its paint rectangle.
    printer.setPageLayout(Printing::pageLayout(choice->paper));
    printer.setDocName(source.meeting.title);
    if (!dialogs::choosePrinter(parent, printer))
        return {};
    const int pages = Printing::paint(printer, choice->layout, source, choice->options);
    return tr("Printed %n page(s).", nullptr, pages);
}

QString MeetingPrint::exportPdf(QWidget *parent, Catalog &catalog, Id meetingId,
                                const QString &baseUrl)
{
    PrintSource source = Printing::load(catalog, meetingId, baseUrl);
    const auto choice = chooseSetup(parent, PrintSetupDialog::Purpose::ExportPdf, catalog, source);
    if (!choice)
        return {};
    source.letterhead = choice->letterhead;
    if (choice->publicAddress && !source.publicBaseUrl.isEmpty())
        source.baseUrl = source.publicBaseUrl;
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
    const int pages =
        Printing::exportPdf(path, choice->layout, source, choice->paper, choice->options);
    return tr("Exported %n page(s) to %1.", nullptr, pages).arg(QDir::toNativeSeparators(path));
}

} // namespace docket
