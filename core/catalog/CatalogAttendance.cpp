// SPDX-License-Identifier: GPL-3.0-or-later
// The hall: a meeting's roster, its delegates' check-ins and check-outs, the quorum rule.
#include "catalog/Catalog.h"
#include "catalog/CatalogRows.h"
#include "model/MeetingCode.h"
#include "util/Error.h"

#include <QSet>

namespace docket {

using namespace catalogrows;

namespace {

constexpr const char *kDelegateColumns =
    "SELECT id, meeting_id, number, full_name, unit, delegation, role, phone, token, "
    "first_in_at, last_in_at, out_at FROM delegate ";

Delegate readDelegate(const sql::Statement &s)
{
    Delegate d;
    d.id = s.int64(0);
    d.meetingId = s.int64(1);
    d.number = s.int32(2);
    d.fullName = s.text(3);
    d.unit = s.text(4);
    d.delegation = s.text(5);
    d.role = s.text(6);
    d.phone = s.text(7);
    d.token = s.text(8);
    if (!s.isNull(9))
        d.firstCheckIn = readTime(s.text(9));
    if (!s.isNull(10))
        d.lastCheckIn = readTime(s.text(10));
    if (!s.isNull(11))
        d.checkedOut = readTime(s.text(11));
    return d;
}

// Names and fields as they will be stored: trimmed, runs of spaces as one (as Excel leaves
// them), so that the same person typed twice is the same text.
QString tidy(const QString &text)
{
    return text.simplified();
}

void recordAttendance(sql::Database &db, Id delegateId, const QString &at, const char *kind,
                      const QString &method, const QString &device)
{
    sql::Statement event(db, "INSERT INTO attendance_event(delegate_id, at, kind, method, device) "
                             "VALUES (?, ?, ?, ?, ?)");
    event.bind(1, delegateId)
        .bind(2, at)
        .bind(3, QString::fromLatin1(kind))
        .bind(4, method)
        .bind(5, orEmpty(device))
        .run();
}

} // namespace

QString checkInMethodKey(CheckInMethod method)
{
    switch (method) {
    case CheckInMethod::Card:
        return QStringLiteral("card");
    case CheckInMethod::Door:
        return QStringLiteral("door");
    case CheckInMethod::Hand:
        break;
    }
    return QStringLiteral("hand");
}

QList<Delegate> Catalog::roster(Id meetingId)
{
    sql::Statement s(m_db, QByteArray(kDelegateColumns) + "WHERE meeting_id = ? ORDER BY number");
    s.bind(1, meetingId);
    QList<Delegate> out;
    while (s.step())
        out.append(readDelegate(s));
    return out;
}

std::optional<Delegate> Catalog::delegate(Id delegateId)
{
    sql::Statement s(m_db, QByteArray(kDelegateColumns) + "WHERE id = ?");
    if (s.bind(1, delegateId).step())
        return readDelegate(s);
    return std::nullopt;
}

std::optional<Delegate> Catalog::delegateByToken(const QString &token)
{
    const QString normalized =
        meetingcode::normalize(token.trimmed(), meetingcode::kCardTokenLength);
    if (normalized.isEmpty())
        return std::nullopt;
    sql::Statement s(m_db, QByteArray(kDelegateColumns) + "WHERE token = ?");
    if (s.bind(1, normalized).step())
        return readDelegate(s);
    return std::nullopt;
}

std::optional<Delegate> Catalog::delegateByNumber(Id meetingId, int number)
{
    sql::Statement s(m_db, QByteArray(kDelegateColumns) + "WHERE meeting_id = ? AND number = ?");
    if (s.bind(1, meetingId).bind(2, number).step())
        return readDelegate(s);
    return std::nullopt;
}

QList<Delegate> Catalog::addDelegates(Id meetingId, const QList<NewDelegate> &delegates)
{
    sql::Transaction tx(m_db);
    const auto target = meeting(meetingId);
    if (!target)
        throw Error(tr("No such meeting."));
    if (target->isArchived())
        throw Error(archivedRefusal());
    QSet<int> taken;
    {
        sql::Statement numbers(m_db, "SELECT number FROM delegate WHERE meeting_id = ?");
        numbers.bind(1, meetingId);
        while (numbers.step())
            taken.insert(numbers.int32(0));
    }
    int next = 1;
    const auto nextFree = [&] {
        while (taken.contains(next))
            ++next;
        return next;
    };
    sql::Statement insert(m_db, "INSERT INTO delegate(meeting_id, number, full_name, unit, "
                                "delegation, role, phone, token, added_at) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    sql::Statement tokenUsed(m_db, "SELECT 1 FROM delegate WHERE token = ?");
    const QString now = nowText();
    QList<Id> ids;
    // Numbers given first, so that one given later in the list is not taken by an automatic one.
    for (const NewDelegate &d : delegates) {
        if (d.number < 0)
            throw Error(tr("A delegate's number must be 1 or more, not %1.").arg(d.number));
        if (d.number > 0 && taken.contains(d.number))
            throw Error(tr("Number %1 is already on the roster.").arg(d.number));
        if (d.number > 0)
            taken.insert(d.number);
    }
    for (const NewDelegate &d : delegates) {
        const QString name = tidy(d.fullName);
        if (name.isEmpty())
            throw Error(tr("A delegate needs a name."));
        const int number = d.number > 0 ? d.number : nextFree();
        taken.insert(number);
        QString token;
        do { // 65 random bits: a second draw is for the astronomically unlucky
            token = meetingcode::generate(meetingcode::kCardTokenLength);
            tokenUsed.reset();
        } while (tokenUsed.bind(1, token).step());
        tokenUsed.reset();
        insert.reset();
        insert.bind(1, meetingId)
            .bind(2, number)
            .bind(3, name)
            .bind(4, orEmpty(tidy(d.unit)))
            .bind(5, orEmpty(tidy(d.delegation)))
            .bind(6, orEmpty(tidy(d.role)))
            .bind(7, orEmpty(tidy(d.phone)))
            .bind(8, token)
            .bind(9, now)
            .run();
        ids.append(m_db.lastInsertId());
    }
    QList<Delegate> added;
    for (const Id id : ids)
        added.append(*delegate(id));
    tx.commit();
    Q_EMIT changed();
    return added;
}

Delegate Catalog::addDelegate(Id meetingId, const NewDelegate &delegate)
{
    return addDelegates(meetingId, {delegate}).constFirst();
}

void Catalog::updateDelegate(const Delegate &edited)
{
    const QString name = tidy(edited.fullName);
    if (name.isEmpty())
        throw Error(tr("A delegate needs a name."));
    if (edited.number < 1)
        throw Error(tr("A delegate's number must be 1 or more, not %1.").arg(edited.number));
    sql::Transaction tx(m_db);
    const auto before = delegate(edited.id);
    if (!before)
        throw Error(tr("No such delegate."));
    if (edited.number != before->number && delegateByNumber(before->meetingId, edited.number))
        throw Error(tr("Number %1 is already on the roster.").arg(edited.number));
    sql::Statement s(m_db, "UPDATE delegate SET number = ?, full_name = ?, unit = ?, "
                           "delegation = ?, role = ?, phone = ? WHERE id = ?");
    changeExactlyOne(m_db,
                     s.bind(1, edited.number)
                         .bind(2, name)
                         .bind(3, orEmpty(tidy(edited.unit)))
                         .bind(4, orEmpty(tidy(edited.delegation)))
                         .bind(5, orEmpty(tidy(edited.role)))
                         .bind(6, orEmpty(tidy(edited.phone)))
                         .bind(7, edited.id),
                     tr("No such delegate."));
    tx.commit();
    Q_EMIT changed();
}

namespace {

// A delegate's stored row, as removeDelegate keeps it for restoreDelegate: every column in
// this order, NULLs as null strings.
constexpr const char *kDelegateRow = "id, meeting_id, number, full_name, unit, delegation, role, "
                                     "phone, token, added_at, first_in_at, last_in_at, out_at";
constexpr int kDelegateRowColumns = 13;

} // namespace

RemovedDelegate Catalog::removeDelegate(Id delegateId)
{
    sql::Transaction tx(m_db);
    RemovedDelegate removed;
    const auto before = delegate(delegateId);
    if (!before)
        throw Error(tr("No such delegate."));
    removed.delegate = *before;
    sql::Statement row(m_db, QByteArray("SELECT ") + kDelegateRow + " FROM delegate WHERE id = ?");
    if (row.bind(1, delegateId).step())
        for (int c = 0; c < kDelegateRowColumns; ++c)
            removed.row << row.text(c);
    sql::Statement events(m_db, "SELECT at, kind, method, device FROM attendance_event "
                                "WHERE delegate_id = ? ORDER BY id");
    events.bind(1, delegateId);
    while (events.step())
        removed.events << QStringList{events.text(0), events.text(1), events.text(2),
                                      events.text(3)};
    sql::Statement s(m_db, "DELETE FROM delegate WHERE id = ?");
    changeExactlyOne(m_db, s.bind(1, delegateId), tr("No such delegate."));
    tx.commit();
    Q_EMIT changed();
    return removed;
}

Id Catalog::restoreDelegate(const RemovedDelegate &removed)
{
    if (removed.row.size() != kDelegateRowColumns)
        throw Error(tr("No such delegate."));
    sql::Transaction tx(m_db);
    const Delegate &d = removed.delegate;
    if (const auto taken = delegateByNumber(d.meetingId, d.number))
        throw Error(tr("%1 cannot be put back as No. %2: %3 has that number now.")
                        .arg(d.fullName)
                        .arg(d.number)
                        .arg(taken->fullName));
    if (delegateByToken(d.token))
        throw Error(tr("%1 is on the roster already.").arg(d.fullName));
    // SQLite reuses the largest id once it is free: then the delegate comes back under a new
    // one (their number, badge and record are what people know them by).
    QStringList row = removed.row;
    if (delegate(d.id))
        row[0] = QString();
    // The same id, number and badge token: the printed badge works again, and the record
    // reads as if the delegate had never gone.
    sql::Statement insert(m_db, QByteArray("INSERT INTO delegate(") + kDelegateRow +
                                    ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (int c = 0; c < kDelegateRowColumns; ++c)
        insert.bind(c + 1, row[c]);
    insert.run();
    const Id id = m_db.lastInsertId();
    sql::Statement event(m_db, "INSERT INTO attendance_event(delegate_id, at, kind, method, "
                               "device) VALUES (?, ?, ?, ?, ?)");
    for (const QStringList &e : removed.events) {
        event.reset();
        event.bind(1, id)
            .bind(2, e.value(0))
            .bind(3, e.value(1))
            .bind(4, e.value(2))
            .bind(5, e.value(3));
        event.run();
    }
    tx.commit();
    Q_EMIT changed();
    Q_EMIT attendanceChanged(d.meetingId);
    return id;
}

// Inside a transaction: present unless present already (then nothing changes); false when
// nothing changed. Throws for a delegate that is not there.
bool Catalog::checkInLocked(Id delegateId, const QString &at, CheckInMethod method,
                            const QString &device)
{
    const auto before = delegate(delegateId);
    if (!before)
        throw Error(tr("No such delegate."));
    if (before->presentNow()) // counted once, however often the card is scanned
        return false;
    sql::Statement s(m_db, "UPDATE delegate SET first_in_at = coalesce(first_in_at, ?1), "
                           "last_in_at = ?1, out_at = NULL WHERE id = ?2");
    changeExactlyOne(m_db, s.bind(1, at).bind(2, delegateId), tr("No such delegate."));
    recordAttendance(m_db, delegateId, at, "in", checkInMethodKey(method), device);
    return true;
}

Catalog::CheckIn Catalog::checkIn(Id delegateId, CheckInMethod method, const QString &device)
{
    sql::Transaction tx(m_db);
    const bool changedNow = checkInLocked(delegateId, nowText(), method, device);
    const Delegate after = *delegate(delegateId);
    tx.commit();
    if (changedNow)
        Q_EMIT attendanceChanged(after.meetingId);
    return {after, !changedNow};
}

int Catalog::recordCheckIns(const QList<CheckInEvent> &events)
{
    if (events.isEmpty())
        return 0;
    sql::Transaction tx(m_db);
    QSet<Id> meetings;
    int changedCount = 0;
    for (const CheckInEvent &event : events) {
        const auto who = delegate(event.delegateId);
        if (!who)
            continue; // removed from the roster since the badge was scanned
        const QDateTime at = event.at.isValid() ? event.at : QDateTime::currentDateTimeUtc();
        if (checkInLocked(event.delegateId, at.toUTC().toString(Qt::ISODateWithMs), event.method,
                          QString::fromLatin1(event.device))) {
            meetings.insert(who->meetingId);
            ++changedCount;
        }
    }
    tx.commit();
    for (const Id meetingId : std::as_const(meetings))
        Q_EMIT attendanceChanged(meetingId);
    return changedCount;
}

bool Catalog::checkOut(Id delegateId, CheckInMethod method, const QString &device)
{
    sql::Transaction tx(m_db);
    const auto before = delegate(delegateId);
    if (!before)
        throw Error(tr("No such delegate."));
    if (!before->presentNow())
        return false;
    const QString now = nowText();
    sql::Statement s(m_db, "UPDATE delegate SET out_at = ? WHERE id = ?");
    changeExactlyOne(m_db, s.bind(1, now).bind(2, delegateId), tr("No such delegate."));
    recordAttendance(m_db, delegateId, now, "out", checkInMethodKey(method), device);
    tx.commit();
    Q_EMIT attendanceChanged(before->meetingId);
    return true;
}

QuorumRule Catalog::quorumRule(Id meetingId)
{
    sql::Statement s(m_db, "SELECT quorum_rule FROM meeting WHERE id = ?");
    if (!s.bind(1, meetingId).step())
        throw Error(tr("No such meeting."));
    return QuorumRule::fromKey(s.text(0)).value_or(QuorumRule{});
}

void Catalog::setQuorumRule(Id meetingId, const QuorumRule &rule)
{
    sql::Transaction tx(m_db);
    sql::Statement s(m_db, "UPDATE meeting SET quorum_rule = ? WHERE id = ?");
    changeExactlyOne(m_db, s.bind(1, rule.key()).bind(2, meetingId), tr("No such meeting."));
    tx.commit();
    Q_EMIT attendanceChanged(meetingId);
}

} // namespace docket
