// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSizeF>
#include <QString>

#include <optional>

namespace docket {

struct Inspection
{
    QString mimeType;
    bool isPdf = false;
    std::optional<int> pageCount; // known only for a readable PDF
    QList<QSizeF> pageSizes;      // points, per page
    QString title;                // the PDF's own Title field, when it has one
    QString problem;              // why a PDF could not be read; empty when fine or not a PDF
};

// Looks at a stored file once, at import. Anything that is not a PDF is a plain file; a PDF
// Poppler cannot read is still accepted, with the reason kept in `problem`. Never throws for
// the file's content, only for a file that cannot be opened at all.
class Inspector
{
    Q_DECLARE_TR_FUNCTIONS(Inspector)

public:
    static Inspection inspect(const QString &storedPath, const QString &originalFileName);
};

} // namespace docket
