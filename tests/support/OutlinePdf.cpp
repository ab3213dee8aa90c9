// SPDX-License-Identifier: GPL-3.0-or-later
// C++17 (see tests/CMakeLists.txt): qpdf 11's headers do not compile as C++20 under clang.
#include "support/OutlinePdf.h"

#ifndef POINTERHOLDER_TRANSITION
#define POINTERHOLDER_TRANSITION 4
#endif
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <catch2/catch.hpp>

namespace testsupport {

void addOutline(const QString &from, const QString &to, const std::vector<OutlineItem> &items)
{
    QPDF pdf;
    pdf.processFile(from.toLocal8Bit().constData());
    const std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(pdf).getAllPages();
    QPDFObjectHandle outlines =
        pdf.makeIndirectObject(QPDFObjectHandle::parse("<< /Type /Outlines >>"));
    std::vector<QPDFObjectHandle> top;
    std::vector<std::vector<QPDFObjectHandle>> children;
    for (const OutlineItem &item : items) {
        REQUIRE(item.page >= 1);
        REQUIRE(static_cast<size_t>(item.page) <= pages.size());
        QPDFObjectHandle entry = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
        entry.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(item.title.toStdString()));
        QPDFObjectHandle dest = QPDFObjectHandle::newArray();
        dest.appendItem(pages[static_cast<size_t>(item.page - 1)].getObjectHandle());
        dest.appendItem(QPDFObjectHandle::newName("/Fit"));
        entry.replaceKey("/Dest", dest);
        if (item.depth == 0 || top.empty()) {
            entry.replaceKey("/Parent", outlines);
            top.push_back(entry);
            children.emplace_back();
        } else {
            entry.replaceKey("/Parent", top.back());
            children.back().push_back(entry);
        }
    }
    const auto chain = [](QPDFObjectHandle parent, std::vector<QPDFObjectHandle> &list) {
        if (list.empty())
            return;
        for (size_t i = 0; i + 1 < list.size(); ++i) {
            list[i].replaceKey("/Next", list[i + 1]);
            list[i + 1].replaceKey("/Prev", list[i]);
        }
        parent.replaceKey("/First", list.front());
        parent.replaceKey("/Last", list.back());
        parent.replaceKey("/Count",
                          QPDFObjectHandle::newInteger(static_cast<long long>(list.size())));
    };
    for (size_t i = 0; i < top.size(); ++i)
        chain(top[i], children[i]);
    chain(outlines, top);
    pdf.getRoot().replaceKey("/Outlines", outlines);
    QPDFWriter out(pdf, to.toLocal8Bit().constData());
    out.write();
}

} // namespace testsupport
