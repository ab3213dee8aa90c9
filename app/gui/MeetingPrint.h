// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Model.h"
#include "print/PrintLayouts.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QString>

class QWidget;

namespace docket {

class Catalog;

// Print… and Export PDF… of one meeting: which layout (and paper), then the print preview or
// the file. Every question goes through dialogs::, so tests answer them. Throws docket::Error
// with a message for the user; returns the report for the status bar (empty when cancelled).
class MeetingPrint
{
    Q_DECLARE_TR_FUNCTIONS(MeetingPrint)

public:
    // Letter where the locale measures in inches (the US), else A4.
    static QPageSize::PageSizeId defaultPaper();
    static QString print(QWidget *parent, Catalog &catalog, Id meetingId, const QString &baseUrl);
    static QString exportPdf(QWidget *parent, Catalog &catalog, Id meetingId,
                             const QString &baseUrl);
    // "<meeting title> - sheet.pdf", without the characters file systems refuse.
    static QString suggestedFileName(const QString &meetingTitle, PrintLayout layout);
};

} // namespace docket
