// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Model.h"

#include <QCoreApplication>
#include <QString>

namespace docket {

class Library;

// Office files (.docx, .xlsx, .pptx, .odt, .ods, .odp and the older .doc, .xls, .ppt) are
// registered as plain files; phones can only download them. Where LibreOffice is installed,
// Docket makes a PDF of one (headless, in a child with a time limit), stores it beside the
// original as a derived rendition, and phones read that in the browser while Download still
// gives the original.
class Renditions
{
    Q_DECLARE_TR_FUNCTIONS(Renditions)

public:
    static bool isOfficeFile(const QString &fileName);
    // $DOCKET_SOFFICE, else soffice or libreoffice on the PATH; empty when there is none.
    static QString converter();
    // Makes, stores, inspects and records the rendition of the document's current version;
    // returns the document with it. Throws docket::Error (no LibreOffice, not an office file,
    // the conversion failed or took too long); nothing is recorded then.
    static Document make(Library &library, Id documentId, int timeoutSeconds = 120);
};

} // namespace docket
