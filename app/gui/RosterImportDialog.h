// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attendance/RosterImport.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;
class QTableWidget;

namespace docket {

// The preview of a roster file before anything is added: how it was read, its first rows under
// the field each column goes to (a choice per column, guessed from the header), every row that
// would be skipped and why, and how many delegates Import adds. The guess is redone as the
// columns are mapped by hand.
class RosterImportDialog : public QDialog
{
    Q_OBJECT
public:
    RosterImportDialog(const attendance::RosterTable &table, const QSet<int> &taken,
                       const QString &fileName, QWidget *parent = nullptr);

    const attendance::RosterPreview &preview() const { return m_preview; }
    // One per column of the file, in order.
    QList<QComboBox *> columnChoices() const { return m_choices; }
    QListWidget *skippedList() const { return m_skipped; }
    QPushButton *importButton() const { return m_import; }

private:
    void refresh();

    attendance::RosterTable m_table;
    QSet<int> m_taken;
    attendance::RosterPreview m_preview;
    QList<QComboBox *> m_choices;
    QLabel *m_summary = nullptr;
    QTableWidget *m_rows = nullptr;
    QListWidget *m_skipped = nullptr;
    QPushButton *m_import = nullptr;
};

} // namespace docket
