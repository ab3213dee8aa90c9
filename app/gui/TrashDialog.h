// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Model.h"

#include <QDialog>

class QListWidget;
class QPushButton;

namespace docket {

class Catalog;

// The documents removed from one meeting, newest first; the selected one can be restored to
// its agenda item. The list follows the catalog while the dialog is open.
class TrashDialog : public QDialog
{
    Q_OBJECT
public:
    TrashDialog(Catalog &catalog, Id meetingId, QWidget *parent = nullptr);

    QList<Document> documents() const { return m_documents; }
    // Rows as listed: 0 is the most recently removed document.
    void selectRow(int row);
    // False when nothing was restored: no selection, or an error (shown).
    bool restoreSelected();

    QListWidget *list() const { return m_list; }
    QPushButton *restoreButton() const { return m_restore; }

Q_SIGNALS:
    void message(const QString &text);

private:
    void reload();
    void updateButtons();

    Catalog &m_catalog;
    Id m_meetingId;
    QList<Document> m_documents;
    QListWidget *m_list = nullptr;
    QPushButton *m_restore = nullptr;
};

} // namespace docket
