// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/PdfPages.h"

#include <catch2/catch.hpp>
#include <poppler-qt6.h>

namespace testsupport {

QList<PdfPage> readPdfPages(const QString &path, int dpi)
{
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    REQUIRE(document);
    REQUIRE_FALSE(document->isLocked());
    document->setRenderHint(Poppler::Document::Antialiasing, true);
    document->setRenderHint(Poppler::Document::TextAntialiasing, true);
    QList<PdfPage> pages;
    for (int i = 0; i < document->numPages(); ++i) {
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        REQUIRE(page);
        PdfPage out;
        out.image = page->renderToImage(dpi, dpi);
        REQUIRE_FALSE(out.image.isNull());
        out.sizePoints = page->pageSizeF();
        QStringList words;
        for (const std::unique_ptr<Poppler::TextBox> &box : page->textList()) {
            words << box->text();
            out.wordBoxes << box->boundingBox();
        }
        out.text = words.join(u' ');
        pages << out;
    }
    return pages;
}

} // namespace testsupport
