// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Model.h"
#include "model/Quorum.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

class QPagedPaintDevice;

namespace docket {

// The attendance record (biên bản điểm danh) as it is signed and filed after the roll call: the
// count against the quorum, the totals per unit, the delegates present with the time each
// checked in (and left), the absent ones, and room for the secretary's and the chair's
// signatures. In the meeting's language, like everything printed for the hall; drawn with
// QPainter so that a PDF and a printer get the same pages.
struct AttendanceRecordSource
{
    Meeting meeting;
    QList<Delegate> roster; // by number
    QuorumRule rule;
    QDateTime madeAt; // when the record was drawn: "as of 09:12"
    QTimeZone zone;   // the hall's clock, for the times
};

class AttendanceRecord
{
    Q_DECLARE_TR_FUNCTIONS(AttendanceRecord)

public:
    // Every page onto `device` (its page layout chosen by the caller). Returns the page count.
    // Throws docket::Error for a meeting without a roster: there is nothing to record.
    static int paint(QPagedPaintDevice &device, const AttendanceRecordSource &source);
    // A4 portrait PDF at `path`, atomically (whole or not at all). Returns the page count.
    static int exportPdf(const QString &path, const AttendanceRecordSource &source);
};

} // namespace docket
