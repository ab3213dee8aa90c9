// SPDX-License-Identifier: GPL-3.0-or-later
#include "RosterImportDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace docket {

using attendance::RosterField;

namespace {
constexpr int kPreviewRows = 12;
const QList<RosterField> kFields{
    RosterField::Ignore, RosterField::Number,     RosterField::Name, RosterField::FamilyName,
    RosterField::Unit,   RosterField::Delegation, RosterField::Role, RosterField::Phone};
} // namespace

RosterImportDialog::RosterImportDialog(const attendance::RosterTable &table, const QSet<int> &taken,
                                       const QString &fileName, QWidget *parent)
    : QDialog(parent), m_table(table), m_taken(taken)
{
    setWindowTitle(tr("Import roster: %1").arg(fileName));
    resize(860, 560);
    m_preview = attendance::RosterImport::preview(m_table, m_taken);
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    const qsizetype columns = m_preview.mapping.size();
    m_rows = new QTableWidget(0, static_cast<int>(columns), this);
    m_rows->setObjectName(QStringLiteral("rosterPreviewRows"));
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->verticalHeader()->setVisible(true);
    m_rows->setHorizontalHeaderLabels(m_preview.columnTitles);
    layout->addWidget(new QLabel(tr("Map each column of the file to a field:"), this));
    auto *choices = new QTableWidget(1, static_cast<int>(columns), this);
    choices->setObjectName(QStringLiteral("rosterColumnChoices"));
    choices->setHorizontalHeaderLabels(m_preview.columnTitles);
    choices->verticalHeader()->setVisible(false);
    choices->setMaximumHeight(choices->horizontalHeader()->sizeHint().height() + 40);
    for (int c = 0; c < columns; ++c) {
        auto *choice = new QComboBox(choices);
        for (const RosterField field : kFields)
            choice->addItem(attendance::rosterFieldLabel(field), static_cast<int>(field));
        choice->setCurrentIndex(static_cast<int>(kFields.indexOf(m_preview.mapping[c])));
        choice->setAccessibleName(tr("Field of column %1").arg(m_preview.columnTitles.value(c)));
        connect(choice, &QComboBox::currentIndexChanged, this, &RosterImportDialog::refresh);
        choices->setCellWidget(0, c, choice);
        m_choices << choice;
    }
    layout->addWidget(choices);
    layout->addWidget(m_rows, 1);
    layout->addWidget(new QLabel(tr("Rows that will be skipped:"), this));
    m_skipped = new QListWidget(this);
    m_skipped->setObjectName(QStringLiteral("rosterSkippedRows"));
    m_skipped->setMaximumHeight(120);
    layout->addWidget(m_skipped);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    refresh();
}

void RosterImportDialog::refresh()
{
    QList<RosterField> mapping;
    for (QComboBox *choice : std::as_const(m_choices))
        mapping << static_cast<RosterField>(choice->currentData().toInt());
    m_preview = attendance::RosterImport::preview(m_table, m_taken, mapping);

    const QString delimiter = m_table.delimiter == u';'    ? tr("semicolons")
                              : m_table.delimiter == u'\t' ? tr("tabs")
                                                           : tr("commas");
    QStringList lines{
        m_table.delimiter.isNull()
            ? tr("Read as %1.").arg(m_table.encoding)
            : tr("Read as %1, columns split by %2.").arg(m_table.encoding, delimiter)};
    lines << (m_preview.headerRow > 0
                  ? tr("The header is row %1.").arg(m_preview.headerRow)
                  : tr("No header row was found: check the fields of the columns below."));
    for (const QString &problem : m_preview.problems)
        lines << problem;
    if (m_preview.problems.isEmpty())
        lines << tr("%n delegate(s) will be added.", nullptr,
                    static_cast<int>(m_preview.delegates.size()));
    m_summary->setText(lines.join(u'\n'));

    const int shown =
        static_cast<int>(std::min<qsizetype>(m_preview.delegates.size(), kPreviewRows));
    m_rows->setRowCount(shown);
    QStringList rowLabels;
    for (int r = 0; r < shown; ++r) {
        rowLabels << QString::number(m_preview.delegateRows[r]);
        const QStringList &cells = m_table.rows.value(m_preview.delegateRows[r] - 1);
        for (int c = 0; c < m_rows->columnCount(); ++c)
            m_rows->setItem(r, c, new QTableWidgetItem(cells.value(c)));
    }
    m_rows->setVerticalHeaderLabels(rowLabels);
    m_skipped->clear();
    for (const attendance::SkippedRow &row : m_preview.skipped)
        m_skipped->addItem(tr("Row %1: %2").arg(row.row).arg(row.why));
    if (m_preview.skipped.isEmpty())
        m_skipped->addItem(tr("None"));
    m_import->setEnabled(m_preview.ok());
}

} // namespace docket
