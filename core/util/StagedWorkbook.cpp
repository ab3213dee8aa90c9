// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/StagedWorkbook.h"

#include "util/Error.h"

#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <xlsxwriter.h>

namespace docket {

StagedWorkbook::StagedWorkbook(const QString &path)
    : m_path(path),
      m_staging(QFileInfo(path).absolutePath() + QStringLiteral("/.docket-XXXXXX.xlsx"))
{
    if (!m_staging.open())
        throw Error(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), m_staging.errorString()));
    m_staging.close();
    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE;
    const QByteArray tmpdir = QFile::encodeName(QFileInfo(path).absolutePath());
    options.tmpdir = const_cast<char *>(tmpdir.constData());
    m_book = workbook_new_opt(QFile::encodeName(m_staging.fileName()).constData(), &options);
    if (!m_book)
        throw Error(tr("Cannot write %1: the workbook could not be started.")
                        .arg(QDir::toNativeSeparators(path)));
}

StagedWorkbook::~StagedWorkbook()
{
    if (m_book)
        workbook_close(m_book); // into the staging file, which QTemporaryFile then removes
}

void StagedWorkbook::commit()
{
    lxw_workbook *book = m_book;
    m_book = nullptr;
    const lxw_error written = workbook_close(book);
    if (written != LXW_NO_ERROR)
        throw Error(
            tr("Cannot write %1: %2")
                .arg(QDir::toNativeSeparators(m_path), QString::fromUtf8(lxw_strerror(written))));
    if (std::rename(QFile::encodeName(m_staging.fileName()).constData(),
                    QFile::encodeName(QFileInfo(m_path).absoluteFilePath()).constData()) != 0)
        throw Error(tr("Cannot write %1: %2")
                        .arg(QDir::toNativeSeparators(m_path), qt_error_string(errno)));
    m_staging.setAutoRemove(false); // it is the file now
}

} // namespace docket
