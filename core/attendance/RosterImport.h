// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A roster from a spreadsheet: the CSV that Excel saves (UTF-8 with or without a BOM, UTF-16,
// or Vietnamese Windows' own code page; commas, semicolons or tabs, found from the text), or
// the first sheet of an Excel workbook (.xlsx), read into cells; its header found and its
// columns mapped to a delegate's fields; each row a delegate or a reason why it is skipped.
// Pure: the catalog adds what the preview accepts, all or nothing. CSV is bounded by
// construction (size, rows and columns are capped before anything is kept), so it is read in
// the process that asks; a workbook is a ZIP of XML, read in a child under limits
// (XlsxRoster), within the same caps. An old .xls, or a workbook with a password, is refused
// with what to do instead.

#include "model/Model.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace docket::attendance {

inline constexpr qsizetype kMaxRosterBytes = 16 * 1024 * 1024;
inline constexpr int kMaxRosterRows = 20000;
inline constexpr int kMaxRosterColumns = 64;

enum class RosterField
{
    Ignore,
    Number,
    Name,       // full name, or the given name after a FamilyName column
    FamilyName, // "Họ và tên đệm" beside "Tên", as school and union lists often split them
    Unit,
    Delegation,
    Role,
    Phone,
};
QString rosterFieldKey(RosterField field); // "number", "name"... as --map takes them
std::optional<RosterField> rosterFieldFromKey(const QString &key);
QString rosterFieldLabel(RosterField field); // translated

// Cells of a spreadsheet, rows as they appear (row 1 first), and how the text was read.
struct RosterTable
{
    QString encoding; // "UTF-8", "UTF-8 with BOM", "UTF-16LE", "windows-1258", or
                      // "Excel workbook (.xlsx)"
    QChar delimiter;  // CSV only (null for a workbook)
    QList<QStringList> rows;
};

struct SkippedRow
{
    int row = 0; // 1-based, as the spreadsheet numbers it
    QString why;
};

struct RosterPreview
{
    RosterTable table;
    int headerRow = 0;          // 1-based; 0: no header, columns taken in the usual order
    QStringList columnTitles;   // the header's cells, or "Column 1", "Column 2"...
    QList<RosterField> mapping; // one per column
    QList<NewDelegate> delegates;
    QList<int> delegateRows; // the row each delegate came from
    QList<SkippedRow> skipped;
    QStringList problems; // what makes the whole import impossible (no name column)
    bool ok() const { return problems.isEmpty() && !delegates.isEmpty(); }
};

class RosterImport
{
    Q_DECLARE_TR_FUNCTIONS(RosterImport)
public:
    // Throws docket::Error for text that is none of the encodings above, or over the caps.
    static RosterTable parseCsv(const QByteArray &bytes);
    // Reads the file: CSV, or an .xlsx (told by its first bytes, whatever its name) in a
    // docket-cli child (XlsxRoster::readIsolated); throws docket::Error with the reason.
    static RosterTable readFile(const QString &path);

    // The header among the first rows, by the words of its cells in Vietnamese or English
    // (marks and case ignored); `mapping`, when given, replaces the guess column by column.
    // Numbers in `taken` are on the roster already: rows asking for them are skipped.
    static RosterPreview preview(const RosterTable &table, const QSet<int> &taken = {},
                                 const QList<RosterField> &mapping = {});
};

} // namespace docket::attendance
