// SPDX-License-Identifier: GPL-3.0-or-later
// roster import, list, add; checkin; quorum; attendance: the hall's door and its count.
#include "attendance/Attendance.h"
#include "attendance/RosterImport.h"
#include "Command.h"
#include "CommandLine.h"
#include "Context.h"
#include "print/AttendanceRecord.h"
#include "qr/DelegateUrl.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QTimeZone>

namespace docket::cli {

namespace {

using attendance::Attendance;
using attendance::RosterField;
using attendance::RosterImport;

const QString kAttendanceUsage =
    QStringLiteral("attendance MEETING [--json | --csv | --xlsx FILE | --pdf FILE]");

QString localTime(const QDateTime &at)
{
    return at.toLocalTime().toString(QStringLiteral("HH:mm"));
}

QJsonObject delegateJson(const Delegate &d)
{
    return {{QStringLiteral("id"), static_cast<qint64>(d.id)},
            {QStringLiteral("number"), d.number},
            {QStringLiteral("name"), d.fullName},
            {QStringLiteral("unit"), orNull(d.unit)},
            {QStringLiteral("delegation"), orNull(d.delegation)},
            {QStringLiteral("role"), orNull(d.role)},
            {QStringLiteral("phone"), orNull(d.phone)},
            {QStringLiteral("token"), d.token},
            {QStringLiteral("presentNow"), d.presentNow()},
            {QStringLiteral("wasPresent"), d.wasPresent()},
            {QStringLiteral("firstCheckIn"), timeJson(d.firstCheckIn)},
            {QStringLiteral("lastCheckIn"), timeJson(d.lastCheckIn)},
            {QStringLiteral("checkedOut"), timeJson(d.checkedOut)}};
}

// --map number,name,unit: the field of each column in order, "ignore" (or -) for none.
QList<RosterField> mappingFrom(const QString &text)
{
    QList<RosterField> mapping;
    if (text.isEmpty())
        return mapping;
    for (const QString &key : text.split(u',')) {
        const auto field = attendance::rosterFieldFromKey(key.trimmed().toLower());
        if (!field)
            throw UsageError(Cli::tr("--map takes number, name, family, unit, delegation, role, "
                                     "phone or ignore for each column, not \"%1\".")
                                 .arg(key.trimmed()));
        mapping << *field;
    }
    return mapping;
}

int rosterImport(Context &ctx, const QStringList &words)
{
    const CommandLine cl(words, {QStringLiteral("--map")}, {QStringLiteral("--dry-run")});
    cl.expectPositional(2, 2,
                        QStringLiteral("roster import MEETING FILE [--map FIELDS] [--dry-run]"));
    const Meeting meeting = requireMeeting(ctx, cl.positional().at(0));
    const QString path = cl.positional().at(1);
    const QList<RosterField> mapping = mappingFrom(cl.value(QStringLiteral("--map")));
    Catalog &catalog = ctx.catalog();
    QSet<int> taken;
    for (const Delegate &d : catalog.roster(meeting.id))
        taken.insert(d.number);
    const attendance::RosterPreview preview =
        RosterImport::preview(RosterImport::readFile(path), taken, mapping);

    const QString delimiter = preview.table.delimiter == u';'    ? Cli::tr("semicolons")
                              : preview.table.delimiter == u'\t' ? Cli::tr("tabs")
                                                                 : Cli::tr("commas");
    QList<Delegate> added;
    if (preview.ok() && !cl.has(QStringLiteral("--dry-run")))
        added = catalog.addDelegates(meeting.id, preview.delegates);
    if (ctx.json) {
        QJsonArray columns;
        for (qsizetype c = 0; c < preview.mapping.size(); ++c)
            columns.append(QJsonObject{
                {QStringLiteral("title"), preview.columnTitles.value(c)},
                {QStringLiteral("field"), attendance::rosterFieldKey(preview.mapping[c])}});
        QJsonArray skipped;
        for (const attendance::SkippedRow &row : preview.skipped)
            skipped.append(
                QJsonObject{{QStringLiteral("row"), row.row}, {QStringLiteral("why"), row.why}});
        QJsonArray delegates;
        for (const Delegate &d : added)
            delegates.append(delegateJson(d));
        ctx.printJson(QJsonObject{
            {QStringLiteral("encoding"), preview.table.encoding},
            {QStringLiteral("delimiter"), preview.table.delimiter.isNull()
                                              ? QJsonValue()
                                              : QJsonValue(QString(preview.table.delimiter))},
            {QStringLiteral("headerRow"), preview.headerRow},
            {QStringLiteral("columns"), columns},
            {QStringLiteral("accepted"), static_cast<int>(preview.delegates.size())},
            {QStringLiteral("added"), delegates},
            {QStringLiteral("skipped"), skipped},
            {QStringLiteral("problems"), QJsonArray::fromStringList(preview.problems)}});
    } else {
        // A workbook has cells, not a delimiter.
        out() << (preview.table.delimiter.isNull()
                      ? Cli::tr("Read %1: %2.")
                            .arg(QFileInfo(path).fileName(), preview.table.encoding)
                      : Cli::tr("Read %1: %2, %3.")
                            .arg(QFileInfo(path).fileName(), preview.table.encoding, delimiter))
              << Qt::endl;
        out() << (preview.headerRow > 0
                      ? Cli::tr("Header in row %1.").arg(preview.headerRow)
                      : Cli::tr("No header row: columns taken as number, name, unit, delegation, "
                                "role, phone."))
              << Qt::endl;
        for (qsizetype c = 0; c < preview.mapping.size(); ++c)
            out() << Cli::tr("  %1 → %2")
                         .arg(preview.columnTitles.value(c),
                              attendance::rosterFieldLabel(preview.mapping[c]))
                  << Qt::endl;
        for (const attendance::SkippedRow &row : preview.skipped)
            out() << Cli::tr("Row %1 skipped: %2.").arg(row.row).arg(row.why) << Qt::endl;
        for (const QString &problem : preview.problems)
            err() << problem << Qt::endl;
        if (cl.has(QStringLiteral("--dry-run")))
            out() << Cli::tr("%n delegate(s) would be added (dry run: nothing changed).", nullptr,
                             static_cast<int>(preview.delegates.size()))
                  << Qt::endl;
        else if (!added.isEmpty())
            out() << Cli::tr("Added %n delegate(s) to %1, numbers %2 to %3.", nullptr,
                             static_cast<int>(added.size()))
                         .arg(meeting.code)
                         .arg(added.constFirst().number)
                         .arg(added.constLast().number)
                  << Qt::endl;
    }
    return preview.ok() ? 0 : 1;
}

int rosterList(Context &ctx, const QStringList &words)
{
    const CommandLine cl(words, {}, {});
    cl.expectPositional(1, 1, QStringLiteral("roster list MEETING"));
    const Meeting meeting = requireMeeting(ctx, cl.positional().at(0));
    const QList<Delegate> roster = ctx.catalog().roster(meeting.id);
    if (ctx.json) {
        QJsonArray array;
        for (const Delegate &d : roster)
            array.append(delegateJson(d));
        ctx.printJson(array);
        return 0;
    }
    if (roster.isEmpty())
        out() << Cli::tr("Meeting %1 has no roster yet.").arg(meeting.code) << Qt::endl;
    for (const Delegate &d : roster) {
        QStringList parts{QString::number(d.number), d.fullName};
        if (!d.unit.isEmpty())
            parts << d.unit;
        if (!d.delegation.isEmpty())
            parts << d.delegation;
        if (d.presentNow())
            parts << Cli::tr("present since %1").arg(localTime(d.lastCheckIn));
        else if (d.wasPresent())
            parts << Cli::tr("left at %1").arg(localTime(d.checkedOut));
        out() << parts.join(QStringLiteral(" · ")) << Qt::endl;
    }
    return 0;
}

int rosterAdd(Context &ctx, const QStringList &words)
{
    const CommandLine cl(words,
                         {QStringLiteral("--name"), QStringLiteral("--number"),
                          QStringLiteral("--unit"), QStringLiteral("--delegation"),
                          QStringLiteral("--role"), QStringLiteral("--phone")},
                         {});
    const QString usage = QStringLiteral("roster add MEETING --name N [--number N] [--unit U] "
                                         "[--delegation D] [--role R] [--phone P]");
    cl.expectPositional(1, 1, usage);
    if (cl.value(QStringLiteral("--name")).trimmed().isEmpty())
        throw UsageError(Cli::tr("roster add needs --name."));
    NewDelegate d;
    if (cl.has(QStringLiteral("--number"))) {
        bool ok = false;
        d.number = cl.value(QStringLiteral("--number")).toInt(&ok);
        if (!ok || d.number < 1)
            throw UsageError(Cli::tr("--number must be a whole number of 1 or more."));
    }
    d.fullName = cl.value(QStringLiteral("--name"));
    d.unit = cl.value(QStringLiteral("--unit"));
    d.delegation = cl.value(QStringLiteral("--delegation"));
    d.role = cl.value(QStringLiteral("--role"));
    d.phone = cl.value(QStringLiteral("--phone"));
    const Meeting meeting = requireMeeting(ctx, cl.positional().at(0));
    const Delegate added = ctx.catalog().addDelegate(meeting.id, d);
    if (ctx.json)
        ctx.printJson(delegateJson(added));
    else
        out() << Cli::tr("Added delegate %1: %2.").arg(added.number).arg(added.fullName)
              << Qt::endl;
    return 0;
}

int checkin(Context &ctx, const QStringList &words)
{
    const CommandLine cl(words, {QStringLiteral("--number")}, {QStringLiteral("--out")});
    const bool byNumber = cl.has(QStringLiteral("--number"));
    const QString usage = QStringLiteral("checkin MEETING (TOKEN | --number N) [--out]");
    cl.expectPositional(byNumber ? 1 : 2, byNumber ? 1 : 2, usage);
    const Meeting meeting = requireMeeting(ctx, cl.positional().at(0));
    Catalog &catalog = ctx.catalog();
    std::optional<Delegate> found;
    if (byNumber) {
        bool ok = false;
        const int number = cl.value(QStringLiteral("--number")).toInt(&ok);
        if (!ok || number < 1)
            throw UsageError(Cli::tr("--number must be a whole number of 1 or more."));
        found = catalog.delegateByNumber(meeting.id, number);
        if (!found)
            throw Error(
                Cli::tr("No delegate of %1 has the number %2.").arg(meeting.code).arg(number));
    } else {
        found = catalog.delegateByToken(delegateurl::cardToken(cl.positional().at(1)));
        if (!found)
            throw Error(Cli::tr("This is not the code of any delegate's card."));
        if (found->meetingId != meeting.id) {
            const auto other = catalog.meeting(found->meetingId);
            throw Error(Cli::tr("This card is for another meeting (%1).")
                            .arg(other ? other->code : QString()));
        }
    }
    const QString who = found->unit.isEmpty()
                            ? found->fullName
                            : Cli::tr("%1 (%2)").arg(found->fullName, found->unit);
    QJsonObject result;
    if (cl.has(QStringLiteral("--out"))) {
        const bool left = catalog.checkOut(found->id, CheckInMethod::Hand);
        if (!ctx.json)
            out() << (left ? Cli::tr("Checked out: %1.").arg(who)
                           : Cli::tr("%1 was not checked in.").arg(who))
                  << Qt::endl;
        result.insert(QStringLiteral("changed"), left);
    } else {
        const Catalog::CheckIn in = catalog.checkIn(found->id, CheckInMethod::Hand);
        if (!ctx.json)
            out() << (in.already ? Cli::tr("%1: already checked in at %2.")
                                       .arg(who, localTime(in.delegate.lastCheckIn))
                                 : Cli::tr("Checked in: %1 at %2.")
                                       .arg(who, localTime(in.delegate.lastCheckIn)))
                  << Qt::endl;
        result.insert(QStringLiteral("changed"), !in.already);
    }
    if (ctx.json) {
        result.insert(QStringLiteral("delegate"), delegateJson(*catalog.delegate(found->id)));
        ctx.printJson(result);
    }
    return 0;
}

int quorum(Context &ctx, const QStringList &words)
{
    const CommandLine cl(words, {}, {});
    cl.expectPositional(1, 2, QStringLiteral("quorum MEETING [half | 2/3 | PERCENT%]"));
    const Meeting meeting = requireMeeting(ctx, cl.positional().at(0));
    Catalog &catalog = ctx.catalog();
    if (cl.positional().size() == 2) {
        const auto rule = QuorumRule::fromKey(cl.positional().at(1));
        if (!rule)
            throw UsageError(Cli::tr("The quorum is half, 2/3 or a percentage such as 75%, not "
                                     "\"%1\".")
                                 .arg(cl.positional().at(1)));
        catalog.setQuorumRule(meeting.id, *rule);
    }
    const QuorumRule rule = catalog.quorumRule(meeting.id);
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("rule"), rule.key()}});
    else
        out() << Cli::tr("Quorum of %1: %2 of the roster present.")
                     .arg(meeting.code, Attendance::ruleLabel(rule, QLocale()))
              << Qt::endl;
    return 0;
}

int attendanceReport(Context &ctx, const QStringList &words)
{
    const CommandLine cl(words, {QStringLiteral("--pdf"), QStringLiteral("--xlsx")},
                         {QStringLiteral("--csv")});
    cl.expectPositional(1, 1, kAttendanceUsage);
    const Meeting meeting = requireMeeting(ctx, cl.positional().at(0));
    Catalog &catalog = ctx.catalog();
    const QList<Delegate> roster = catalog.roster(meeting.id);
    const QuorumRule rule = catalog.quorumRule(meeting.id);
    const attendance::Summary summary = Attendance::summarize(roster, rule);
    if (cl.has(QStringLiteral("--pdf"))) {
        const QString path = cl.value(QStringLiteral("--pdf"));
        const int pages = AttendanceRecord::exportPdf(
            path, AttendanceRecordSource{meeting, roster, rule, QDateTime::currentDateTimeUtc(),
                                         QTimeZone::systemTimeZone()});
        out() << Cli::tr("Wrote the attendance record of %1 to %2 (%n page(s)).", nullptr, pages)
                     .arg(meeting.code, QDir::toNativeSeparators(path))
              << Qt::endl;
        return 0;
    }
    if (cl.has(QStringLiteral("--xlsx"))) {
        const QString path = cl.value(QStringLiteral("--xlsx"));
        Attendance::writeRecordXlsx(path, roster, summary, QTimeZone::systemTimeZone());
        out() << Cli::tr("Wrote the attendance of %1 to %2.")
                     .arg(meeting.code, QDir::toNativeSeparators(path))
              << Qt::endl;
        return 0;
    }
    if (cl.has(QStringLiteral("--csv"))) {
        // fromUtf8 drops the BOM: it goes out as U+FEFF, which the UTF-8 stream writes as the
        // same three bytes.
        out() << QChar(0xFEFF)
              << QString::fromUtf8(Attendance::recordCsv(roster, QTimeZone::systemTimeZone()));
        out().flush();
        return 0;
    }
    if (ctx.json) {
        QJsonArray delegations;
        for (const attendance::GroupCount &group : summary.delegations)
            delegations.append(QJsonObject{{QStringLiteral("delegation"), orNull(group.name)},
                                           {QStringLiteral("roster"), group.roster},
                                           {QStringLiteral("presentNow"), group.presentNow}});
        ctx.printJson(QJsonObject{{QStringLiteral("meeting"), meeting.code},
                                  {QStringLiteral("rule"), summary.rule.key()},
                                  {QStringLiteral("roster"), summary.roster},
                                  {QStringLiteral("presentNow"), summary.presentNow},
                                  {QStringLiteral("wasPresent"), summary.wasPresent},
                                  {QStringLiteral("required"), summary.required},
                                  {QStringLiteral("quorumMet"), summary.quorumMet},
                                  {QStringLiteral("delegations"), delegations}});
        return 0;
    }
    const QLocale locale;
    out() << Attendance::quorumSentence(summary, locale) << Qt::endl;
    out() << Cli::tr("Quorum: %1 of %2 (%3).")
                 .arg(locale.toString(summary.required), locale.toString(summary.roster),
                      Attendance::ruleLabel(summary.rule, locale))
          << Qt::endl;
    if (summary.wasPresent > summary.presentNow)
        out() << Cli::tr("%n checked in and left since.", nullptr,
                         summary.wasPresent - summary.presentNow)
              << Qt::endl;
    if (summary.delegations.size() > 1 || !summary.delegations.value(0).name.isEmpty())
        for (const attendance::GroupCount &group : summary.delegations)
            out() << Cli::tr("  %1: %2/%3")
                         .arg(group.name.isEmpty() ? Cli::tr("(no delegation)") : group.name,
                              locale.toString(group.presentNow), locale.toString(group.roster))
                  << Qt::endl;
    return 0;
}

} // namespace

QList<Command> attendanceCommands()
{
    return {
        {QStringLiteral("roster import"),
         {{QStringLiteral("roster import MEETING FILE [--map FIELDS] [--dry-run]"),
           Cli::tr(
               "delegates from an .xlsx or a CSV as Excel saves it; --map number,name,unit,...")}},
         rosterImport},
        {QStringLiteral("roster list"),
         {{QStringLiteral("roster list MEETING"), Cli::tr("the meeting's delegates, by number")}},
         rosterList},
        {QStringLiteral("roster add"),
         {{QStringLiteral("roster add MEETING --name N [--number N] [--unit U]\n"
                          "[--delegation D] [--role R] [--phone P]"),
           Cli::tr("one delegate, with a new card")}},
         rosterAdd},
        {QStringLiteral("checkin"),
         {{QStringLiteral("checkin MEETING (TOKEN | --number N) [--out]"),
           Cli::tr("a delegate present (once, however often); --out: left")}},
         checkin},
        {QStringLiteral("quorum"),
         {{QStringLiteral("quorum MEETING [half | 2/3 | PERCENT%]"),
           Cli::tr("the share of the roster that must be present")}},
         quorum},
        {QStringLiteral("attendance"),
         {{kAttendanceUsage, Cli::tr("who is present, against the quorum; --csv, --xlsx, "
                                     "--pdf: the record")}},
         attendanceReport},
    };
}

} // namespace docket::cli
