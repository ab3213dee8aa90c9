// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendance/Attendance.h"

#include "util/AudienceText.h"
#include "util/Csv.h"

#include <QHash>
#include <QLocale>
#include <QTimeZone>

namespace docket::attendance {

namespace {

// Adds `d` to its group of `groups` (by `key`), opening the group at its first delegate.
void count(QList<GroupCount> &groups, QHash<QString, qsizetype> &index, const QString &key,
           const Delegate &d)
{
    auto found = index.constFind(key);
    if (found == index.constEnd()) {
        found = index.insert(key, groups.size());
        groups.append(GroupCount{key, 0, 0});
    }
    GroupCount &group = groups[*found];
    ++group.roster;
    if (d.presentNow())
        ++group.presentNow;
}

} // namespace

Summary Attendance::summarize(const QList<Delegate> &roster, const QuorumRule &rule)
{
    Summary summary;
    summary.rule = rule;
    summary.roster = static_cast<int>(roster.size());
    QHash<QString, qsizetype> delegationOf;
    QHash<QString, qsizetype> unitOf;
    for (const Delegate &d : roster) {
        count(summary.delegations, delegationOf, d.delegation, d);
        count(summary.units, unitOf, d.unit, d);
        if (d.presentNow())
            ++summary.presentNow;
        if (d.wasPresent())
            ++summary.wasPresent;
    }
    summary.required = rule.required(summary.roster);
    summary.quorumMet = rule.met(summary.presentNow, summary.roster);
    return summary;
}

QString Attendance::percentText(int present, int roster, const QLocale &locale)
{
    if (roster <= 0)
        return locale.toString(0.0, 'f', 1);
    // Rounded down at one decimal: 199 of 300 is 66.3 %, and a share just short of a threshold
    // never reads as the threshold itself.
    const long long tenths = static_cast<long long>(present) * 1000 / roster;
    return locale.toString(static_cast<double>(tenths) / 10.0, 'f', 1);
}

QString Attendance::ruleLabel(const QuorumRule &rule, const QLocale &locale)
{
    switch (rule.kind) {
    case QuorumRule::Kind::MoreThanHalf:
        return tr("more than half");
    case QuorumRule::Kind::TwoThirds:
        return tr("at least two thirds");
    case QuorumRule::Kind::Percent:
        break;
    }
    return tr("at least %1%").arg(locale.toString(rule.percent));
}

namespace {

// The one wording of the count, for the organiser's language (tr) and the hall's (AudienceText).
template <typename Say> QString sentence(const Summary &summary, const QLocale &locale, Say say)
{
    if (summary.roster == 0)
        return say(QT_TRANSLATE_NOOP("Attendance",
                                     "No roster yet: add the delegates to count the quorum."),
                   -1);
    const QString count =
        say(QT_TRANSLATE_NOOP("Attendance", "Present %1/%2 (%3%)"), -1)
            .arg(locale.toString(summary.presentNow), locale.toString(summary.roster),
                 Attendance::percentText(summary.presentNow, summary.roster, locale));
    if (summary.quorumMet)
        return say(QT_TRANSLATE_NOOP("Attendance", "%1 — quorum reached"), -1).arg(count);
    return say(QT_TRANSLATE_N_NOOP("Attendance", "%1 — %n more needed for the quorum"),
               summary.required - summary.presentNow)
        .arg(count);
}

} // namespace

QString Attendance::quorumSentence(const Summary &summary, const QLocale &locale)
{
    return sentence(summary, locale, [](const char *source, int n) {
        return QCoreApplication::translate("Attendance", source, nullptr, n);
    });
}

QString Attendance::quorumSentence(const Summary &summary, const AudienceText &text)
{
    return sentence(summary, text.locale(),
                    [&](const char *source, int n) { return text(source, n); });
}

QStringList Attendance::recordHeader()
{
    return {tr("Number"),        tr("Full name"),   tr("Unit"),        tr("Delegation"),
            tr("Role"),          tr("Present now"), tr("Was present"), tr("First check-in"),
            tr("Last check-in"), tr("Checked out")};
}

QByteArray Attendance::recordCsv(const QList<Delegate> &roster, const QTimeZone &zone)
{
    const auto time = [&](const QDateTime &at) {
        return at.isValid() ? at.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                            : QString();
    };
    QStringList rows{csv::row(recordHeader())};
    for (const Delegate &d : roster)
        rows << csv::row({QString::number(d.number), d.fullName, d.unit, d.delegation, d.role,
                          d.presentNow() ? tr("yes") : tr("no"),
                          d.wasPresent() ? tr("yes") : tr("no"), time(d.firstCheckIn),
                          time(d.lastCheckIn), time(d.checkedOut)});
    return csv::document(rows);
}

} // namespace docket::attendance
