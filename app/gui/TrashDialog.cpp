// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrashDialog.h"

#include "catalog/Catalog.h"
#include "Dialogs.h"
#include "util/DateText.h"
#include "util/Error.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace docket {

TrashDialog::TrashDialog(Catalog &catalog, Id meetingId, QWidget *parent)
    : QDialog(parent), m_catalog(catalog), m_meetingId(meetingId)
{
    setWindowTitle(tr("Trash"));
    resize(520, 360);
    auto *hint = new QLabel(tr("Documents removed from this meeting. Delegates do not see them "
                               "until they are restored."),
                            this);
    hint->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("trashList"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::ActionRole);
    m_restore->setToolTip(tr("Put the document back under its agenda item"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, [this] { restoreSelected(); });
    connect(m_list, &QListWidget::currentRowChanged, this, &TrashDialog::updateButtons);
    connect(&m_catalog, &Catalog::changed, this, &TrashDialog::reload);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    reload();
}

void TrashDialog::reload()
{
    const int keep = m_list->currentRow();
    m_list->clear();
    m_documents.clear();
    try {
        m_documents = m_catalog.trash(m_meetingId);
    } catch (const Error &error) {
        dialogs::showError(this, error.message());
    }
    for (const Document &doc : m_documents)
        m_list->addItem(tr("%1 (%2), removed %3")
                            .arg(doc.title, doc.fileName, datetext::dateTime(doc.trashedAt)));
    if (m_list->count() > 0)
        m_list->setCurrentRow(std::clamp(keep, 0, m_list->count() - 1));
    updateButtons();
}

void TrashDialog::updateButtons()
{
    m_restore->setEnabled(m_list->currentRow() >= 0);
}

void TrashDialog::selectRow(int row)
{
    m_list->setCurrentRow(row);
}

bool TrashDialog::restoreSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_documents.size())
        return false;
    const Document doc = m_documents.at(row);
    try {
        m_catalog.restoreDocument(doc.id);
    } catch (const Error &error) {
        dialogs::showError(this, error.message());
        return false;
    }
    Q_EMIT message(tr("Restored “%1”: delegates see it again.").arg(doc.title));
    return true;
}

} // namespace docket
