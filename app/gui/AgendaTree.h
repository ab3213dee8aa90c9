// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Model.h"

#include <QTreeWidget>

namespace docket {

// The agenda of one meeting: its items at the top level, their documents below. Files dragged
// from the desktop onto an item are offered to that item; a single file dragged onto a
// document is offered as that document's new version (several files join the item). A drag
// holding a folder is offered to the item as a folder, for the window to ask what to make of it.
class AgendaTree : public QTreeWidget
{
    Q_OBJECT
public:
    enum class RowKind
    {
        Item,
        Document
    };
    static constexpr int kKindRole = Qt::UserRole;
    static constexpr int kIdRole = Qt::UserRole + 1;
    static constexpr int kNumberRole = Qt::UserRole + 2;
    static constexpr int kProjectedRole = Qt::UserRole + 3; // true on the projected item's row

    explicit AgendaTree(QWidget *parent = nullptr);

    // `devices`: per document, how many phones have opened it (absent: none yet).
    // `servedVersions`: per document with several versions, the number of the one phones get
    // (1 is the first; absent: the newest).
    void showAgenda(const QList<AgendaItem> &items, const QHash<Id, QList<Document>> &documents,
                    const QHash<Id, int> &devices = {}, const QHash<Id, int> &servedVersions = {});

    // The agenda item of the selected row (an item or one of its documents).
    std::optional<Id> selectedItemId() const;
    std::optional<int> selectedItemNumber() const;
    std::optional<Id> selectedDocumentId() const;
    void selectItem(Id itemId);
    void selectDocument(Id documentId);

    // Marks the item the hall sees on the projector (nullopt: none), across reloads.
    void setProjectedItem(std::optional<Id> itemId);
    std::optional<Id> projectedItem() const { return m_projected; }

Q_SIGNALS:
    void filesDropped(docket::Id itemId, const QStringList &paths);
    void fileDroppedOnDocument(docket::Id documentId, const QString &path);
    // At least one of `paths` is a folder; the others may be files.
    void foldersDropped(docket::Id itemId, const QStringList &paths);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // The row that takes the dragged files: the document under them for a single file,
    // otherwise the item under them (or the item of the document under them).
    QTreeWidgetItem *dropRowAt(const QPoint &position, const QStringList &paths) const;
    // The local files and folders of a drag.
    static QStringList localPaths(const QMimeData *mime);
    void markProjected();

    std::optional<Id> m_projected;
};

} // namespace docket
