// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pdf/PageFailures.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <optional>

namespace docket {

struct Inspection
{
    QString mimeType;
    bool isPdf = false;
    std::optional<int> pageCount; // known only for a readable PDF
    QList<QSizeF> pageSizes;      // points, per page
    QString title;                // the PDF's own Title field, when it has one
    // Why a PDF could not be read; empty when fine or not a PDF. With a page count, why its
    // first page could not be drawn: a heavy PDF, still read page by page (Document::heavy).
    QString problem;
    bool encrypted = false; // a password-protected PDF
    QStringList pageTexts;  // each page's text, for search

    // What drawing the first page at thumbnail width, under the render workers' limits, showed.
    // Set by IsolatedInspector for a readable PDF (its child draws it after reading the file);
    // not part of toJson, which is what the file itself says.
    struct FirstPage
    {
        QByteArray image; // PNG or JPEG, when it was drawn
        QByteArray mimeType;
        std::optional<PageFailure> failure; // when it could not be drawn
    };
    std::optional<FirstPage> firstPage;

    // The form `docket-cli inspect --json` prints and IsolatedInspector reads back.
    QJsonObject toJson() const;
    static std::optional<Inspection> fromJson(const QJsonObject &json);
};

// Looks at a stored file once, at import. Anything that is not a PDF is a plain file; a PDF
// Poppler cannot read is still accepted, with the reason kept in `problem`. Never throws for
// the file's content, only for a file that cannot be opened at all.
class Inspector
{
    Q_DECLARE_TR_FUNCTIONS(Inspector)

public:
    // In this process: for the inspection child itself, and where no child can be started.
    static Inspection inspect(const QString &storedPath, const QString &originalFileName);

    // Bounds on the text kept for search: a huge scanned-then-OCRed book stays an import.
    static constexpr int kMaxTextPages = 2000;
    static constexpr qsizetype kMaxTextChars = 8 * 1024 * 1024;
};

} // namespace docket
