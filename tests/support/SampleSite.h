// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/TempLibrary.h"

namespace testsupport {

// A library as an organiser leaves it before a meeting: one meeting open to delegates, with a
// real 3-page PDF and a text file under item 1 and an empty item 2, plus a draft and a closed
// meeting that delegates must not reach.
struct SampleSite
{
    SampleSite();

    TempLibrary lib;
    docket::Meeting open;
    docket::Meeting draft;
    docket::Meeting closed;
    docket::AgendaItem item1;
    docket::AgendaItem item2;
    docket::AgendaItem closedItem;
    docket::Document pdf;
    docket::Document text;
    docket::Document closedPdf;
    QByteArray pdfContent;
    QByteArray textContent;

    static QString pdfName() { return QStringLiteral("Báo cáo tổng kết Đoàn 2026.pdf"); }
    static QString textName() { return QStringLiteral("Ghi chú.txt"); }
};

} // namespace testsupport
