// SPDX-License-Identifier: GPL-3.0-or-later
// Meetings: their rows, states and PINs.
#include "catalog/Catalog.h"
#include "catalog/CatalogRows.h"
#include "model/MeetingCode.h"
#include "util/Error.h"
#include "util/Pin.h"

#include <QCoreApplication>

namespace docket {

using namespace catalogrows;

QString meetingStateKey(MeetingState state)
{
    switch (state) {
    case MeetingState::Draft:
        return QStringLiteral("draft");
    case MeetingState::Open:
        return QStringLiteral("open");
    case MeetingState::Closed:
        return QStringLiteral("closed");
    case MeetingState::Archived:
        return QStringLiteral("archived");
    }
    return QStringLiteral("draft");
}

std::optional<MeetingState> meetingStateFromKey(const QString &key)
{
    for (MeetingState s :
         {MeetingState::Draft, MeetingState::Open, MeetingState::Closed, MeetingState::Archived})
        if (meetingStateKey(s) == key)
            return s;
    return std::nullopt;
}

// States named as states (the meeting list showed "Open to delegates", the command's name):
// one word per state, the same in the window, the CLI and the proofs.
QString meetingStateLabel(MeetingState state)
{
    switch (state) {
    case MeetingState::Draft:
        return QCoreApplication::translate("MeetingState", "Draft");
    case MeetingState::Open:
        return QCoreApplication::translate("MeetingState", "Open");
    case MeetingState::Closed:
        return QCoreApplication::translate("MeetingState", "Closed");
    case MeetingState::Archived:
        return QCoreApplication::translate("MeetingState", "Archived (read-only)");
    }
    return {};
}

Meeting Catalog::readMeeting(const sql::Statement &s)
{
    Meeting m;
    m.id = s.int64(0);
    m.title = s.text(1);
    m.date = QDate::fromString(s.text(2), Qt::ISODate);
    m.venue = s.text(3);
    m.code = s.text(4);
    m.state = meetingStateFromKey(s.text(5)).value_or(MeetingState::Draft);
    m.language = s.text(6);
    m.createdAt = readTime(s.text(7));
    m.pinHash = s.text(8).toLatin1();
    m.pinSalt = s.text(9).toLatin1();
    m.revision = s.int64(10);
    if (!s.isNull(11))
        m.openedAt = readTime(s.text(11));
    if (!s.isNull(12))
        m.closedAt = readTime(s.text(12));
    if (!s.isNull(13))
        m.archivedAt = readTime(s.text(13));
    if (!s.isNull(14))
        m.currentItemId = s.int64(14);
    return m;
}

Meeting Catalog::createMeeting(const QString &title, const QDate &date, const QString &venue,
                               const QString &language)
{
    const QString trimmed = title.trimmed();
    if (trimmed.isEmpty())
        throw Error(tr("A meeting needs a title."));
    sql::Transaction tx(m_db);
    // 40 random bits: a collision is rare, but it must never become an error for the user.
    for (int attempt = 0; attempt < 16; ++attempt) {
        const QString code = meetingcode::generate();
        if (codeTaken(m_db, code))
            continue;
        sql::Statement insert(m_db, "INSERT INTO meeting(title, meeting_date, venue, code, "
                                    "created_at, language) VALUES (?, ?, ?, ?, ?, ?)");
        insert.bind(1, trimmed)
            .bind(2, date.isValid() ? date.toString(Qt::ISODate) : QString())
            .bind(3, orEmpty(venue.trimmed()))
            .bind(4, code)
            .bind(5, nowText())
            .bind(6, language.isEmpty() ? QStringLiteral("vi") : language)
            .run();
        const Id id = m_db.lastInsertId();
        tx.commit();
        Q_EMIT changed();
        return *meeting(id);
    }
    throw Error(tr("Could not find a free meeting code."));
}

QList<Meeting> Catalog::meetings()
{
    QList<Meeting> out;
    sql::Statement s(m_db, QByteArray(QByteArray(kMeetingColumns) +
                                      "ORDER BY coalesce(meeting_date, created_at) DESC, id DESC"));
    while (s.step())
        out.append(readMeeting(s));
    return out;
}

QList<Meeting> Catalog::meetingsInState(MeetingState state)
{
    QList<Meeting> out;
    sql::Statement s(m_db, QByteArray(QByteArray(kMeetingColumns) + "WHERE " +
                                      kMeetingStateExpression + " = ? ORDER BY id"));
    s.bind(1, meetingStateKey(state));
    while (s.step())
        out.append(readMeeting(s));
    return out;
}

std::optional<Meeting> Catalog::meeting(Id id)
{
    sql::Statement s(m_db, QByteArray(QByteArray(kMeetingColumns) + "WHERE id = ?"));
    if (s.bind(1, id).step())
        return readMeeting(s);
    return std::nullopt;
}

std::optional<Meeting> Catalog::findMeeting(const QString &idOrCode)
{
    const QString text = idOrCode.trimmed();
    bool isNumber = false;
    const qlonglong id = text.toLongLong(&isNumber);
    if (isNumber && text.size() < meetingcode::kLength)
        return meeting(id);
    const QString code = meetingcode::normalize(text);
    if (code.isEmpty())
        return std::nullopt;
    sql::Statement s(m_db, QByteArray(QByteArray(kMeetingColumns) + "WHERE code = ?"));
    if (s.bind(1, code).step())
        return readMeeting(s);
    return std::nullopt;
}

void Catalog::updateMeeting(const Meeting &meeting)
{
    const QString title = meeting.title.trimmed();
    if (title.isEmpty())
        throw Error(tr("A meeting needs a title."));
    sql::Transaction tx(m_db);
    sql::Statement s(m_db, "UPDATE meeting SET title = ?, meeting_date = ?, venue = ?, "
                           "language = ? WHERE id = ?");
    changeExactlyOne(
        m_db,
        s.bind(1, title)
            .bind(2, meeting.date.isValid() ? meeting.date.toString(Qt::ISODate) : QString())
            .bind(3, orEmpty(meeting.venue.trimmed()))
            .bind(4, meeting.language.isEmpty() ? QStringLiteral("vi") : meeting.language)
            .bind(5, meeting.id),
        tr("No such meeting."));
    tx.commit();
    Q_EMIT changed();
}

namespace {

void recordMeetingEvent(sql::Database &db, Id meetingId, const QString &what, const QString &now,
                        const QString &note = {})
{
    sql::Statement event(db, "INSERT INTO meeting_event(meeting_id, at, what, note) "
                             "VALUES (?, ?, ?, ?)");
    event.bind(1, meetingId).bind(2, now).bind(3, what).bind(4, orEmpty(note)).run();
}

} // namespace

void Catalog::setMeetingState(Id meetingId, MeetingState state)
{
    if (state == MeetingState::Archived) {
        archiveMeeting(meetingId);
        return;
    }
    sql::Transaction tx(m_db);
    const auto before = meeting(meetingId);
    if (!before)
        throw Error(tr("No such meeting."));
    if (before->isArchived())
        throw Error(archivedRefusal());
    if (before->state != state) {
        const QString now = nowText();
        // The first opening and the last closing are the meeting's own times; every step is in
        // its record.
        sql::Statement s(m_db, "UPDATE meeting SET state = ?1, "
                               "opened_at = CASE WHEN ?1 = 'open' THEN coalesce(opened_at, ?2) "
                               "ELSE opened_at END, "
                               "closed_at = CASE WHEN ?1 = 'closed' THEN ?2 ELSE closed_at END "
                               "WHERE id = ?3");
        changeExactlyOne(m_db, s.bind(1, meetingStateKey(state)).bind(2, now).bind(3, meetingId),
                         tr("No such meeting."));
        recordMeetingEvent(m_db, meetingId,
                           state == MeetingState::Open     ? QStringLiteral("opened")
                           : state == MeetingState::Closed ? QStringLiteral("closed")
                                                           : QStringLiteral("draft"),
                           now);
    }
    tx.commit();
    announceStateChange(meetingId, state);
}

void Catalog::archiveMeeting(Id meetingId)
{
    sql::Transaction tx(m_db);
    const auto before = meeting(meetingId);
    if (!before)
        throw Error(tr("No such meeting."));
    if (before->isArchived())
        throw Error(tr("\"%1\" is archived already.").arg(before->title));
    const QString now = nowText();
    // An open meeting is closed on the way: phones stop getting it, as when it is closed by hand.
    if (before->state != MeetingState::Closed) {
        sql::Statement close(m_db,
                             "UPDATE meeting SET state = 'closed', closed_at = ? WHERE id = ?");
        close.bind(1, now).bind(2, meetingId).run();
        recordMeetingEvent(m_db, meetingId, QStringLiteral("closed"), now);
    }
    // Its surveys stop taking answers too: an archived meeting's record does not move.
    sql::Statement surveys(
        m_db, "UPDATE survey SET state = 'closed' WHERE meeting_id = ? AND state = 'open'");
    surveys.bind(1, meetingId).run();
    sql::Statement s(m_db, "UPDATE meeting SET archived_at = ? WHERE id = ?");
    changeExactlyOne(m_db, s.bind(1, now).bind(2, meetingId), tr("No such meeting."));
    recordMeetingEvent(m_db, meetingId, QStringLiteral("archived"), now);
    tx.commit();
    announceStateChange(meetingId, MeetingState::Archived);
}

void Catalog::reopenMeeting(Id meetingId, const QString &reason)
{
    sql::Transaction tx(m_db);
    const auto before = meeting(meetingId);
    if (!before)
        throw Error(tr("No such meeting."));
    if (!before->isArchived())
        throw Error(tr("\"%1\" is not archived: it can be edited already.").arg(before->title));
    const QString now = nowText();
    sql::Statement s(m_db, "UPDATE meeting SET archived_at = NULL WHERE id = ?");
    changeExactlyOne(m_db, s.bind(1, meetingId), tr("No such meeting."));
    recordMeetingEvent(m_db, meetingId, QStringLiteral("reopened"), now, reason.trimmed());
    tx.commit();
    announceStateChange(meetingId, MeetingState::Closed);
}

void Catalog::announceStateChange(Id meetingId, MeetingState state)
{
    // Committed: whoever listens must hear of it even when the checkpoint, a nicety, fails.
    try {
        checkpoint();
    } catch (const Error &error) {
        qWarning("%s", qUtf8Printable(error.message()));
    }
    Q_EMIT changed();
    Q_EMIT meetingStateChanged(meetingId, state);
}

QList<MeetingEvent> Catalog::meetingEvents(Id meetingId)
{
    QList<MeetingEvent> out;
    sql::Statement s(m_db, "SELECT at, what, note FROM meeting_event WHERE meeting_id = ? "
                           "ORDER BY at, id");
    s.bind(1, meetingId);
    while (s.step())
        out.append(MeetingEvent{readTime(s.text(0)), s.text(1), s.text(2)});
    return out;
}

QString Catalog::archivedRefusal()
{
    return sql::archivedMeetingRefusal();
}

void Catalog::setMeetingPin(Id meetingId, const QString &newPin)
{
    QByteArray salt;
    QByteArray hashed;
    if (!newPin.isEmpty()) {
        if (!pin::isWellFormed(newPin))
            throw Error(tr("A PIN is 4 to 8 digits."));
        salt = pin::newSalt();
        hashed = pin::hash(newPin, salt);
    }
    sql::Transaction tx(m_db);
    sql::Statement s(m_db, "UPDATE meeting SET pin_hash = ?, pin_salt = ? WHERE id = ?");
    s.bind(1, orEmpty(QString::fromLatin1(hashed)))
        .bind(2, orEmpty(QString::fromLatin1(salt)))
        .bind(3, meetingId);
    changeExactlyOne(m_db, s, tr("No such meeting."));
    tx.commit();
    Q_EMIT changed();
}

void Catalog::setCurrentItem(Id meetingId, std::optional<int> number)
{
    const std::optional<Meeting> m = meeting(meetingId);
    if (!m)
        throw Error(tr("No such meeting."));
    Id itemId = 0;
    if (number) {
        const std::optional<AgendaItem> item = itemByNumber(meetingId, *number);
        if (!item)
            throw Error(tr("The meeting has no item %1.").arg(*number));
        itemId = item->id;
    }
    // The projector says so again at every redraw: only a move is a change, so that phones'
    // pages are not republished for nothing.
    if (itemId == m->currentItemId)
        return;
    sql::Transaction tx(m_db);
    sql::Statement s(m_db, "UPDATE meeting SET current_item_id = ? WHERE id = ?");
    if (itemId != 0)
        s.bind(1, itemId);
    else
        s.bindNull(1);
    changeExactlyOne(m_db, s.bind(2, meetingId), tr("No such meeting."));
    tx.commit();
    Q_EMIT changed();
}

std::optional<AgendaItem> Catalog::currentItem(Id meetingId)
{
    sql::Statement s(m_db, QByteArray(QByteArray(kItemColumns) +
                                      "WHERE id = (SELECT current_item_id FROM meeting "
                                      "WHERE id = ?)"));
    if (s.bind(1, meetingId).step())
        return readItem(s);
    return std::nullopt;
}

void Catalog::removeMeeting(Id meetingId)
{
    sql::Transaction tx(m_db);
    sql::Statement s(m_db, "DELETE FROM meeting WHERE id = ?");
    changeExactlyOne(m_db, s.bind(1, meetingId), tr("No such meeting."));
    tx.commit();
    Q_EMIT changed();
}

} // namespace docket
