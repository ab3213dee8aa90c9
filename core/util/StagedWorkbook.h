// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTemporaryFile>

#include <memory>

struct lxw_workbook;

namespace docket {

// An .xlsx written through libxlsxwriter next to its place and renamed over it on commit(): a
// full disk or a crash halfway leaves the previous file, never half a workbook. Every workbook
// Docket writes (the attendance record, survey results) goes through here. Throws
// docket::Error with the reason.
class StagedWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(StagedWorkbook)

public:
    explicit StagedWorkbook(const QString &path);
    ~StagedWorkbook(); // without commit(): the staging file goes, the target is untouched
    StagedWorkbook(const StagedWorkbook &) = delete;
    StagedWorkbook &operator=(const StagedWorkbook &) = delete;

    lxw_workbook *get() const { return m_book; }
    void commit();

private:
    QString m_path;
    QTemporaryFile m_staging;
    lxw_workbook *m_book = nullptr;
};

} // namespace docket
