// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgendaTree.h"

#include <QDragEnterEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QMimeData>
#include <QStyle>

#include <algorithm>

namespace docket {

AgendaTree::AgendaTree(QWidget *parent) : QTreeWidget(parent)
{
    setColumnCount(3);
    setHeaderLabels({tr("Agenda"), tr("Details"), tr("Phones")});
    headerItem()->setToolTip(2, tr("How many phones have opened each document"));
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::Interactive);
    header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(false);
    header()->resizeSection(1, 220);
    setTextElideMode(Qt::ElideRight);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setExpandsOnDoubleClick(false);
}

void AgendaTree::showAgenda(const QList<AgendaItem> &items,
                            const QHash<Id, QList<Document>> &documents,
                            const QHash<Id, int> &devices, const QHash<Id, int> &servedVersions)
{
    const auto keepItem = selectedItemId();
    const auto keepDocument = selectedDocumentId();
    clear();
    const QLocale locale;
    for (const AgendaItem &item : items) {
        auto *row = new QTreeWidgetItem(this);
        row->setText(0, QStringLiteral("%1. %2").arg(item.number).arg(item.title));
        const QList<Document> docs = documents.value(item.id);
        QStringList details;
        if (!item.presenter.isEmpty())
            details << item.presenter;
        details << tr("%n document(s)", nullptr, static_cast<int>(docs.size()));
        row->setText(1, details.join(QStringLiteral(" · ")));
        row->setToolTip(0, row->text(0));
        row->setToolTip(1, row->text(1));
        row->setData(0, kKindRole, static_cast<int>(RowKind::Item));
        row->setData(0, kIdRole, QVariant::fromValue<qlonglong>(item.id));
        row->setData(0, kNumberRole, item.number);
        QFont bold = row->font(0);
        bold.setBold(true);
        row->setFont(0, bold);
        for (const Document &doc : docs) {
            auto *child = new QTreeWidgetItem(row);
            child->setText(0, doc.title);
            QStringList facts;
            if (doc.versionCount > 1) {
                const int served = servedVersions.value(doc.id, doc.versionCount);
                facts << (served == doc.versionCount
                              ? tr("v%1").arg(served)
                              : tr("v%1 of %2").arg(served).arg(doc.versionCount));
            }
            if (doc.pageCount)
                facts << tr("%n page(s)", nullptr, *doc.pageCount);
            const QString suffix = QFileInfo(doc.fileName).suffix().toUpper();
            if (!suffix.isEmpty())
                facts << suffix;
            facts << locale.formattedDataSize(doc.size, 1, QLocale::DataSizeSIFormat);
            child->setText(1, facts.join(QStringLiteral(" · ")));
            if (doc.versionCount > 1)
                child->setToolTip(1, tr("%n version(s); Agenda ▸ Versions… lists them", nullptr,
                                        doc.versionCount));
            if (const int opened = devices.value(doc.id); opened > 0) {
                child->setText(2, locale.toString(opened));
                child->setToolTip(2, tr("opened on %n device(s)", nullptr, opened));
            }
            child->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
            child->setToolTip(0, doc.fileName);
            child->setIcon(0, style()->standardIcon(QStyle::SP_FileIcon));
            if (!doc.problem.isEmpty()) {
                child->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
                child->setToolTip(0, doc.fileName + u'\n' + doc.problem);
                // A heavy PDF is still served and read; its heavy pages show a notice.
                child->setText(1, child->text(1) + QStringLiteral(" · ") +
                                      (doc.heavy() ? tr("heavy PDF") : tr("unreadable PDF")));
            }
            child->setData(0, kKindRole, static_cast<int>(RowKind::Document));
            child->setData(0, kIdRole, QVariant::fromValue<qlonglong>(doc.id));
            child->setData(0, kNumberRole, item.number);
        }
        row->setExpanded(true);
    }
    markProjected();
    if (keepDocument)
        selectDocument(*keepDocument);
    if (!currentItem() && keepItem)
        selectItem(*keepItem);
}

std::optional<Id> AgendaTree::selectedItemId() const
{
    const QTreeWidgetItem *row = currentItem();
    if (!row)
        return std::nullopt;
    if (row->parent())
        row = row->parent();
    return row->data(0, kIdRole).toLongLong();
}

std::optional<int> AgendaTree::selectedItemNumber() const
{
    const QTreeWidgetItem *row = currentItem();
    if (!row)
        return std::nullopt;
    return row->data(0, kNumberRole).toInt();
}

std::optional<Id> AgendaTree::selectedDocumentId() const
{
    const QTreeWidgetItem *row = currentItem();
    if (!row || row->data(0, kKindRole).toInt() != static_cast<int>(RowKind::Document))
        return std::nullopt;
    return row->data(0, kIdRole).toLongLong();
}

void AgendaTree::selectItem(Id itemId)
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (topLevelItem(i)->data(0, kIdRole).toLongLong() == itemId) {
            setCurrentItem(topLevelItem(i));
            return;
        }
    }
}

void AgendaTree::selectDocument(Id documentId)
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem *row = topLevelItem(i);
        for (int j = 0; j < row->childCount(); ++j) {
            if (row->child(j)->data(0, kIdRole).toLongLong() == documentId) {
                setCurrentItem(row->child(j));
                return;
            }
        }
    }
}

void AgendaTree::setProjectedItem(std::optional<Id> itemId)
{
    if (itemId == m_projected)
        return;
    m_projected = itemId;
    markProjected();
}

void AgendaTree::markProjected()
{
    // An icon rather than a change to the row's text, which stays "N. Title" for the
    // organiser (and for screen readers) whatever the projector does.
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem *row = topLevelItem(i);
        const bool projected = m_projected && row->data(0, kIdRole).toLongLong() == *m_projected;
        if (row->data(0, kProjectedRole).toBool() == projected)
            continue;
        row->setData(0, kProjectedRole, projected);
        row->setIcon(0, projected ? style()->standardIcon(QStyle::SP_MediaPlay) : QIcon());
        row->setToolTip(0, projected ? row->text(0) + u'\n' + tr("On the projector now")
                                     : row->text(0));
    }
}

QTreeWidgetItem *AgendaTree::dropRowAt(const QPoint &position, const QStringList &paths) const
{
    QTreeWidgetItem *row = itemAt(position);
    if (!row || paths.isEmpty())
        return nullptr;
    const bool onDocument = row->data(0, kKindRole).toInt() == static_cast<int>(RowKind::Document);
    if (onDocument && paths.size() == 1 && QFileInfo(paths.first()).isFile())
        return row;
    return row->parent() ? row->parent() : row;
}

QStringList AgendaTree::localPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (!url.isLocalFile())
            continue;
        const QFileInfo info(url.toLocalFile());
        if (info.isFile() || info.isDir())
            paths.append(url.toLocalFile());
    }
    return paths;
}

void AgendaTree::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void AgendaTree::dragMoveEvent(QDragMoveEvent *event)
{
    QTreeWidgetItem *row = dropRowAt(event->position().toPoint(), localPaths(event->mimeData()));
    if (row) {
        setCurrentItem(row); // shows which item the files will join, or which document goes
        event->acceptProposedAction();
    } else {
        event->ignore();
    }
}

void AgendaTree::dropEvent(QDropEvent *event)
{
    const QStringList paths = localPaths(event->mimeData());
    QTreeWidgetItem *row = dropRowAt(event->position().toPoint(), paths);
    if (!row) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    const bool hasFolder = std::any_of(paths.cbegin(), paths.cend(),
                                       [](const QString &path) { return QFileInfo(path).isDir(); });
    if (hasFolder)
        Q_EMIT foldersDropped(row->data(0, kIdRole).toLongLong(), paths);
    else if (row->data(0, kKindRole).toInt() == static_cast<int>(RowKind::Document))
        Q_EMIT fileDroppedOnDocument(row->data(0, kIdRole).toLongLong(), paths.first());
    else
        Q_EMIT filesDropped(row->data(0, kIdRole).toLongLong(), paths);
}

} // namespace docket
