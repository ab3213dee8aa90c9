// SPDX-License-Identifier: GPL-3.0-or-later
// Agenda items: adding, numbering, moving, removing.
#include "catalog/Catalog.h"
#include "catalog/CatalogRows.h"
#include "util/Error.h"

namespace docket {

using namespace catalogrows;

AgendaItem Catalog::readItem(const sql::Statement &s)
{
    AgendaItem item;
    item.id = s.int64(0);
    item.meetingId = s.int64(1);
    item.number = s.int32(2);
    item.title = s.text(3);
    item.presenter = s.text(4);
    return item;
}

Catalog::Added Catalog::addToAgenda(Id meetingId, const QList<Addition> &additions)
{
    sql::Transaction tx(m_db);
    if (!meeting(meetingId))
        throw Error(tr("No such meeting."));
    QList<Id> newItemIds;
    QList<Id> documentIds;
    for (const Addition &addition : additions) {
        Id itemId = 0;
        if (addition.itemId) {
            const auto existing = item(*addition.itemId);
            if (!existing || existing->meetingId != meetingId)
                throw Error(tr("No such agenda item."));
            itemId = existing->id;
        } else {
            const QString title = addition.newItemTitle.trimmed();
            if (title.isEmpty())
                throw Error(tr("An agenda item needs a title."));
            sql::Statement s(m_db,
                             "INSERT INTO agenda_item(meeting_id, position, title, presenter) "
                             "VALUES (?1, (SELECT coalesce(max(position), 0) + 1 FROM "
                             "agenda_item WHERE meeting_id = ?1), ?2, '')");
            s.bind(1, meetingId).bind(2, title).run();
            itemId = m_db.lastInsertId();
            newItemIds << itemId;
        }
        for (const NewDocument &doc : addition.documents)
            documentIds << insertDocument(itemId, doc);
    }
    tx.commit();
    Q_EMIT changed();
    Added added;
    for (const Id id : newItemIds)
        added.newItems << *item(id);
    for (const Id id : documentIds)
        added.documents << *document(id);
    return added;
}

AgendaItem Catalog::addItem(Id meetingId, const QString &title, const QString &presenter)
{
    const QString trimmed = title.trimmed();
    if (trimmed.isEmpty())
        throw Error(tr("An agenda item needs a title."));
    sql::Transaction tx(m_db);
    if (!meeting(meetingId))
        throw Error(tr("No such meeting."));
    sql::Statement s(m_db, "INSERT INTO agenda_item(meeting_id, position, title, presenter) "
                           "VALUES (?1, (SELECT coalesce(max(position), 0) + 1 FROM "
                           "agenda_item WHERE meeting_id = ?1), ?2, ?3)");
    s.bind(1, meetingId).bind(2, trimmed).bind(3, orEmpty(presenter.trimmed())).run();
    const Id id = m_db.lastInsertId();
    tx.commit();
    Q_EMIT changed();
    return *item(id);
}

QList<AgendaItem> Catalog::items(Id meetingId)
{
    QList<AgendaItem> out;
    sql::Statement s(
        m_db, QByteArray(QByteArray(kItemColumns) + "WHERE meeting_id = ? ORDER BY position"));
    s.bind(1, meetingId);
    while (s.step())
        out.append(readItem(s));
    return out;
}

std::optional<AgendaItem> Catalog::item(Id itemId)
{
    sql::Statement s(m_db, QByteArray(QByteArray(kItemColumns) + "WHERE id = ?"));
    if (s.bind(1, itemId).step())
        return readItem(s);
    return std::nullopt;
}

std::optional<AgendaItem> Catalog::itemByNumber(Id meetingId, int number)
{
    sql::Statement s(
        m_db, QByteArray(QByteArray(kItemColumns) + "WHERE meeting_id = ? AND position = ?"));
    if (s.bind(1, meetingId).bind(2, number).step())
        return readItem(s);
    return std::nullopt;
}

void Catalog::updateItem(Id itemId, const QString &title, const QString &presenter)
{
    const QString trimmed = title.trimmed();
    if (trimmed.isEmpty())
        throw Error(tr("An agenda item needs a title."));
    sql::Transaction tx(m_db);
    sql::Statement s(m_db, "UPDATE agenda_item SET title = ?, presenter = ? WHERE id = ?");
    changeExactlyOne(m_db, s.bind(1, trimmed).bind(2, orEmpty(presenter.trimmed())).bind(3, itemId),
                     tr("No such agenda item."));
    tx.commit();
    Q_EMIT changed();
}

QList<Id> Catalog::itemIds(Id meetingId)
{
    QList<Id> ids;
    sql::Statement s(m_db, "SELECT id FROM agenda_item WHERE meeting_id = ? ORDER BY position");
    s.bind(1, meetingId);
    while (s.step())
        ids.append(s.int64(0));
    return ids;
}

void Catalog::renumberItems(Id meetingId, const QList<Id> &orderedIds)
{
    // Two passes because UNIQUE(meeting_id, position) is checked row by row.
    sql::Statement park(m_db, "UPDATE agenda_item SET position = -position WHERE meeting_id = ?");
    park.bind(1, meetingId).run();
    sql::Statement place(m_db, "UPDATE agenda_item SET position = ? WHERE id = ?");
    for (int i = 0; i < orderedIds.size(); ++i) {
        place.reset();
        place.bind(1, i + 1).bind(2, orderedIds[i]).run();
    }
}

void Catalog::moveItem(Id itemId, int newNumber)
{
    sql::Transaction tx(m_db);
    const auto moved = item(itemId);
    if (!moved)
        throw Error(tr("No such agenda item."));
    QList<Id> ids = itemIds(moved->meetingId);
    if (newNumber < 1 || newNumber > ids.size())
        throw Error(
            tr("Item number %1 is outside the agenda (1 to %2).").arg(newNumber).arg(ids.size()));
    ids.move(ids.indexOf(itemId), newNumber - 1);
    renumberItems(moved->meetingId, ids);
    tx.commit();
    Q_EMIT changed();
}

void Catalog::removeItem(Id itemId)
{
    sql::Transaction tx(m_db);
    const auto removed = item(itemId);
    if (!removed)
        throw Error(tr("No such agenda item."));
    sql::Statement s(m_db, "DELETE FROM agenda_item WHERE id = ?");
    s.bind(1, itemId).run();
    renumberItems(removed->meetingId, itemIds(removed->meetingId));
    tx.commit();
    Q_EMIT changed();
}

} // namespace docket
