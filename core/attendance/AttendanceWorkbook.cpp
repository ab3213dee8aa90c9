// SPDX-License-Identifier: GPL-3.0-or-later
// The attendance record as an .xlsx, through libxlsxwriter: a well-kept C writer that Debian
// packages, which writes what Excel and LibreOffice open without a repair prompt.
#include "attendance/Attendance.h"
#include "util/Error.h"
#include "util/StagedWorkbook.h"

#include <xlsxwriter.h>

namespace docket::attendance {

namespace {

lxw_datetime excelTime(const QDateTime &at, const QTimeZone &zone)
{
    const QDateTime local = at.toTimeZone(zone);
    const QDate d = local.date();
    const QTime t = local.time();
    return lxw_datetime{d.year(), d.month(),  d.day(),
                        t.hour(), t.minute(), static_cast<double>(t.second())};
}

} // namespace

void Attendance::writeRecordXlsx(const QString &path, const QList<Delegate> &roster,
                                 const Summary &summary, const QTimeZone &zone)
{
    StagedWorkbook book(path);
    lxw_format *bold = workbook_add_format(book.get());
    format_set_bold(bold);
    format_set_bg_color(bold, 0xEEF1F5);
    lxw_format *time = workbook_add_format(book.get());
    format_set_num_format(time, "yyyy-mm-dd hh:mm:ss");

    // Sheet names: at most 31 characters and none of []:*?/\ ; translations keep to that.
    const QByteArray recordName = tr("Attendance").left(31).toUtf8();
    lxw_worksheet *sheet = workbook_add_worksheet(book.get(), recordName.constData());
    const QStringList header = recordHeader();
    for (qsizetype c = 0; c < header.size(); ++c)
        worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), header[c].toUtf8().constData(),
                               bold);
    lxw_row_t row = 1;
    const QByteArray yes = tr("yes").toUtf8();
    const QByteArray no = tr("no").toUtf8();
    for (const Delegate &d : roster) {
        worksheet_write_number(sheet, row, 0, d.number, nullptr);
        worksheet_write_string(sheet, row, 1, d.fullName.toUtf8().constData(), nullptr);
        worksheet_write_string(sheet, row, 2, d.unit.toUtf8().constData(), nullptr);
        worksheet_write_string(sheet, row, 3, d.delegation.toUtf8().constData(), nullptr);
        worksheet_write_string(sheet, row, 4, d.role.toUtf8().constData(), nullptr);
        worksheet_write_string(sheet, row, 5, (d.presentNow() ? yes : no).constData(), nullptr);
        worksheet_write_string(sheet, row, 6, (d.wasPresent() ? yes : no).constData(), nullptr);
        lxw_col_t column = 7;
        for (const QDateTime &at : {d.firstCheckIn, d.lastCheckIn, d.checkedOut}) {
            if (at.isValid()) {
                lxw_datetime value = excelTime(at, zone);
                worksheet_write_datetime(sheet, row, column, &value, time);
            }
            ++column;
        }
        ++row;
    }
    worksheet_set_column(sheet, 0, 0, 8, nullptr);
    worksheet_set_column(sheet, 1, 1, 28, nullptr);
    worksheet_set_column(sheet, 2, 4, 22, nullptr);
    worksheet_set_column(sheet, 5, 6, 12, nullptr);
    worksheet_set_column(sheet, 7, 9, 20, nullptr);
    worksheet_freeze_panes(sheet, 1, 0);
    worksheet_autofilter(sheet, 0, 0, row > 1 ? row - 1 : 1,
                         static_cast<lxw_col_t>(header.size() - 1));

    const QByteArray totalsName = tr("Totals").left(31).toUtf8();
    lxw_worksheet *totals = workbook_add_worksheet(book.get(), totalsName.constData());
    lxw_row_t t = 0;
    const auto group = [&](const QString &title, const QList<GroupCount> &groups,
                           const QString &noName) {
        worksheet_write_string(totals, t, 0, title.toUtf8().constData(), bold);
        worksheet_write_string(totals, t, 1, tr("Roster").toUtf8().constData(), bold);
        worksheet_write_string(totals, t, 2, tr("Present now").toUtf8().constData(), bold);
        ++t;
        for (const GroupCount &g : groups) {
            worksheet_write_string(
                totals, t, 0, (g.name.isEmpty() ? noName : g.name).toUtf8().constData(), nullptr);
            worksheet_write_number(totals, t, 1, g.roster, nullptr);
            worksheet_write_number(totals, t, 2, g.presentNow, nullptr);
            ++t;
        }
        ++t;
    };
    worksheet_write_string(totals, t, 0, tr("Roster").toUtf8().constData(), bold);
    worksheet_write_number(totals, t++, 1, summary.roster, nullptr);
    worksheet_write_string(totals, t, 0, tr("Present now").toUtf8().constData(), bold);
    worksheet_write_number(totals, t++, 1, summary.presentNow, nullptr);
    worksheet_write_string(totals, t, 0, tr("Was present").toUtf8().constData(), bold);
    worksheet_write_number(totals, t++, 1, summary.wasPresent, nullptr);
    worksheet_write_string(totals, t, 0, tr("Required for the quorum").toUtf8().constData(), bold);
    worksheet_write_number(totals, t++, 1, summary.required, nullptr);
    ++t;
    group(tr("Delegation"), summary.delegations, tr("(no delegation)"));
    group(tr("Unit"), summary.units, tr("(no unit)"));
    worksheet_set_column(totals, 0, 0, 32, nullptr);
    worksheet_set_column(totals, 1, 2, 14, nullptr);

    book.commit();
}

} // namespace docket::attendance
