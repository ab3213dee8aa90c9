// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Model.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace docket {

class Library;

// Meeting ▸ Conference pack…: where to save it (dialogs::saveFile), then the pack made on a
// worker thread (BackgroundWork: progress, Cancel) by the same core function the CLI's `pack`
// runs. A cancelled pack leaves no file. Throws docket::Error; returns the report for the
// status bar (empty when cancelled), after telling which documents were left out and why.
class MeetingPack
{
    Q_DECLARE_TR_FUNCTIONS(MeetingPack)

public:
    static QString exportPack(QWidget *parent, Library &library, Id meetingId);
};

} // namespace docket
