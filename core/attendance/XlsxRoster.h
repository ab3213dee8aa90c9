// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A roster from an Excel workbook (.xlsx, Office Open XML): the cells of its first worksheet
// as text, row 1 first, for RosterImport. A workbook is a ZIP of XML parts: xl/workbook.xml
// names the sheets in tab order, xl/_rels/workbook.xml.rels says which part holds each, and
// xl/sharedStrings.xml holds the text most cells only point to.
//
// A workbook comes from anywhere, so it is parsed in a docket-cli child (`roster-read-xlsx`,
// the program of ChildProgram::Use::Archive) under an address-space and a time limit, as a
// bundle's ZIP is (archive/BundleReader); this process only reads the child's answer, one JSON
// array of cells per row. The child is bounded by construction as well: each part's size is
// checked before it is read and again while its bytes are expanded (a header may lie: a ZIP
// bomb), and the cells kept stop at RosterImport's caps on rows, columns and text.

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace docket::attendance {

struct XlsxLimits
{
    std::int64_t maxSheetBytes = 64LL << 20;         // the worksheet's XML, expanded
    std::int64_t maxSharedStringsBytes = 32LL << 20; // xl/sharedStrings.xml, expanded
    std::int64_t maxSmallPartBytes = 4LL << 20;      // workbook.xml and its relationships
};

class XlsxRoster
{
    Q_DECLARE_TR_FUNCTIONS(XlsxRoster)

public:
    // Whether the first bytes of a file are a ZIP's (every .xlsx, but other ZIPs as well).
    static bool looksLikeZip(QByteArrayView head);

    // The first worksheet's cells, read in a child: empty cells as "", every row as wide as the
    // widest, blank rows at the end left out. Throws docket::Error with a sentence for people
    // when the file is not a workbook, is damaged, encrypted or over the caps, or the child
    // fails or takes too long.
    static QList<QStringList> readIsolated(const QString &path);

    // The same, in this process: the child's work, and the tests'. Throws docket::Error.
    static QList<QStringList> read(const QString &path, const XlsxLimits &limits = {});

    // The child's side (docket-cli roster-read-xlsx): one JSON array per row on stdout, then
    // {"done":true}; exit 0, or {"refused":"..."} and exit 2.
    static int runChild(const QString &path);
};

} // namespace docket::attendance
