// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/Catalog.h"

namespace testsupport {

// A version as import would record it, for tests of the catalog alone: `digit` repeated makes
// its SHA-256, so two calls with different digits are two different files.
inline docket::NewDocument fakeDocument(const QString &name, char digit, int pages = 3)
{
    docket::NewDocument doc;
    doc.fileName = name;
    doc.mimeType = QStringLiteral("application/pdf");
    doc.size = 1234;
    doc.sha256 = QString(64, QLatin1Char(digit));
    doc.pageCount = pages;
    return doc;
}

} // namespace testsupport
