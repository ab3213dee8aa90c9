// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Model.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace docket {

class Library;

// Meeting ▸ Archive…: where to save the bundle (through dialogs::, so tests answer), then the
// export on a worker thread with progress and Cancel (BackgroundWork). A cancelled export leaves
// no file. Throws docket::Error for the window's message; returns the status bar's report
// (empty when the user chose no file).
class ArchiveExport
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveExport)

public:
    static QString run(QWidget *window, Library &library, Id meetingId, const QString &baseUrl);
};

} // namespace docket
