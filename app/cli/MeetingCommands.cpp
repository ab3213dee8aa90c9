// SPDX-License-Identifier: GPL-3.0-or-later
// meeting create, list, show, open, close, archive, reopen, pin.
#include "Command.h"
#include "CommandLine.h"
#include "Context.h"
#include "qr/DelegateUrl.h"
#include "util/Error.h"
#include "util/Pin.h"

namespace docket::cli {

namespace {

int meetingCreate(Context &ctx, const QStringList &words)
{
    const CommandLine cl(words,
                         {QStringLiteral("--title"), QStringLiteral("--date"),
                          QStringLiteral("--venue"), QStringLiteral("--language")},
                         {});
    cl.expectPositional(0, 0,
                        QStringLiteral("meeting create --title T [--date YYYY-MM-DD] [--venue V]"));
    if (cl.value(QStringLiteral("--title")).trimmed().isEmpty())
        throw UsageError(Cli::tr("meeting create needs --title."));
    QDate date;
    if (cl.has(QStringLiteral("--date"))) {
        date = QDate::fromString(cl.value(QStringLiteral("--date")), Qt::ISODate);
        if (!date.isValid())
            throw UsageError(Cli::tr("--date must look like 2026-11-28."));
    }
    QString language = QStringLiteral("vi");
    if (cl.has(QStringLiteral("--language"))) {
        language = cl.value(QStringLiteral("--language"));
        if (language != u"vi" && language != u"en")
            throw UsageError(Cli::tr("--language must be vi or en."));
    }
    const Meeting meeting = ctx.catalog().createMeeting(
        cl.value(QStringLiteral("--title")), date, cl.value(QStringLiteral("--venue")), language);
    if (ctx.json)
        ctx.printJson(meetingJson(meeting));
    else
        out()
            << Cli::tr("Created meeting %1 with delegate code %2").arg(meeting.id).arg(meeting.code)
            << Qt::endl;
    return 0;
}

int meetingList(Context &ctx, const QStringList &words)
{
    const CommandLine cl(words, {}, {});
    cl.expectPositional(0, 0, QStringLiteral("meeting list"));
    const QList<Meeting> meetings = ctx.catalog().meetings();
    if (ctx.json) {
        QJsonArray array;
        for (const Meeting &m : meetings)
            array.append(meetingJson(m));
        ctx.printJson(array);
        return 0;
    }
    if (meetings.isEmpty()) {
        out() << Cli::tr("No meetings yet. Create one with: docket-cli meeting create --title T")
              << Qt::endl;
        return 0;
    }
    for (const Meeting &m : meetings)
        out() << QStringLiteral("%1\t%2\t%3\t%4\t%5")
                     .arg(m.id)
                     .arg(m.code, meetingStateKey(m.state),
                          m.date.isValid() ? m.date.toString(Qt::ISODate) : QStringLiteral("-"),
                          m.title)
              << Qt::endl;
    return 0;
}

int meetingShow(Context &ctx, const QStringList &words)
{
    const CommandLine cl(words, {QStringLiteral("--base-url")}, {});
    cl.expectPositional(1, 1, QStringLiteral("meeting show MEETING [--base-url URL]"));
    const Meeting meeting = requireMeeting(ctx, cl.positional().at(0));
    const QString base = baseUrl(ctx, cl, false);
    const QList<AgendaItem> items = ctx.catalog().items(meeting.id);

    if (ctx.json) {
        QJsonObject object = meetingJson(meeting);
        object.insert(QStringLiteral("url"),
                      base.isEmpty() ? QJsonValue() : delegateurl::meeting(base, meeting.code));
        QJsonArray itemArray;
        for (const AgendaItem &item : items) {
            QJsonArray docs;
            for (const Document &d : ctx.catalog().documents(item.id))
                docs.append(documentJson(d));
            itemArray.append(
                QJsonObject{{QStringLiteral("number"), item.number},
                            {QStringLiteral("title"), item.title},
                            {QStringLiteral("presenter"), item.presenter},
                            {QStringLiteral("url"),
                             base.isEmpty() ? QJsonValue()
                                            : delegateurl::item(base, meeting.code, item.number)},
                            {QStringLiteral("documents"), docs}});
        }
        object.insert(QStringLiteral("items"), itemArray);
        QJsonArray events;
        for (const MeetingEvent &e : ctx.catalog().meetingEvents(meeting.id))
            events.append(QJsonObject{{QStringLiteral("at"), timeJson(e.at)},
                                      {QStringLiteral("what"), e.what},
                                      {QStringLiteral("note"), e.note}});
        object.insert(QStringLiteral("events"), events);
        ctx.printJson(object);
        return 0;
    }

    QTextStream &o = out();
    o << meeting.title << Qt::endl;
    o << Cli::tr("Id %1 · code %2 · %3")
             .arg(meeting.id)
             .arg(meeting.code, meetingStateLabel(meeting.state));
    if (meeting.date.isValid())
        o << QStringLiteral(" · ") << meeting.date.toString(Qt::ISODate);
    if (!meeting.venue.isEmpty())
        o << QStringLiteral(" · ") << meeting.venue;
    o << Qt::endl;
    const auto when = [](const QDateTime &t) {
        return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    };
    if (meeting.openedAt.isValid())
        o << Cli::tr("Opened %1").arg(when(meeting.openedAt));
    if (meeting.closedAt.isValid())
        o << (meeting.openedAt.isValid() ? QStringLiteral(" · ") : QString())
          << Cli::tr("closed %1").arg(when(meeting.closedAt));
    if (meeting.archivedAt.isValid())
        o << QStringLiteral(" · ") << Cli::tr("archived %1").arg(when(meeting.archivedAt));
    if (meeting.openedAt.isValid() || meeting.closedAt.isValid())
        o << Qt::endl;
    if (!base.isEmpty())
        o << Cli::tr("Delegate address: %1").arg(delegateurl::meeting(base, meeting.code))
          << Qt::endl;
    if (items.isEmpty())
        o << Cli::tr("No agenda items yet.") << Qt::endl;
    for (const AgendaItem &item : items) {
        o << Qt::endl << item.number << QStringLiteral(". ") << item.title;
        if (!item.presenter.isEmpty())
            o << QStringLiteral(" — ") << item.presenter;
        o << Qt::endl;
        if (!base.isEmpty())
            o << QStringLiteral("   ") << delegateurl::item(base, meeting.code, item.number)
              << Qt::endl;
        for (const Document &d : ctx.catalog().documents(item.id)) {
            o << QStringLiteral("   [%1] %2 (%3; %4)")
                     .arg(d.id)
                     .arg(d.title, d.fileName, describeDocument(d))
              << Qt::endl;
            if (d.heavy())
                o << QStringLiteral("       ") << Cli::tr("Heavy PDF: %1").arg(d.problem)
                  << Qt::endl;
            else if (!d.problem.isEmpty())
                o << QStringLiteral("       ") << Cli::tr("Problem: %1").arg(d.problem) << Qt::endl;
        }
    }
    return 0;
}

int meetingSetState(Context &ctx, const QStringList &words, MeetingState state)
{
    const CommandLine cl(words, {}, {});
    cl.expectPositional(1, 1,
                        state == MeetingState::Open ? QStringLiteral("meeting open MEETING")
                                                    : QStringLiteral("meeting close MEETING"));
    const Meeting meeting = requireMeeting(ctx, cl.positional().at(0));
    ctx.catalog().setMeetingState(meeting.id, state);
    if (ctx.json)
        ctx.printJson(meetingJson(*ctx.catalog().meeting(meeting.id)));
    else
        out() << (state == MeetingState::Open
                      ? Cli::tr("Meeting %1 (%2) is open: delegates can reach it.")
                      : Cli::tr("Meeting %1 (%2) is closed: delegates no longer reach it."))
                     .arg(meeting.id)
                     .arg(meeting.code)
              << Qt::endl;
    return 0;
}

int meetingArchive(Context &ctx, const QStringList &words)
{
    const CommandLine cl(words, {}, {});
    cl.expectPositional(1, 1, QStringLiteral("meeting archive MEETING"));
    const Meeting meeting = requireMeeting(ctx, cl.positional().at(0));
    ctx.catalog().archiveMeeting(meeting.id);
    if (ctx.json)
        ctx.printJson(meetingJson(*ctx.catalog().meeting(meeting.id)));
    else
        out() << Cli::tr("Meeting %1 (%2) is archived: it is closed and read-only until it is "
                         "reopened for editing.")
                     .arg(meeting.id)
                     .arg(meeting.code)
              << Qt::endl;
    return 0;
}

int meetingReopen(Context &ctx, const QStringList &words)
{
    const CommandLine cl(words, {QStringLiteral("--reason")}, {});
    cl.expectPositional(1, 1, QStringLiteral("meeting reopen MEETING [--reason TEXT]"));
    const Meeting meeting = requireMeeting(ctx, cl.positional().at(0));
    ctx.catalog().reopenMeeting(meeting.id, cl.value(QStringLiteral("--reason")));
    if (ctx.json)
        ctx.printJson(meetingJson(*ctx.catalog().meeting(meeting.id)));
    else
        out() << Cli::tr("Meeting %1 (%2) is reopened for editing (recorded); it stays closed to "
                         "delegates.")
                     .arg(meeting.id)
                     .arg(meeting.code)
              << Qt::endl;
    return 0;
}

int meetingPin(Context &ctx, const QStringList &words)
{
    const CommandLine cl(words, {}, {QStringLiteral("--clear")});
    const QString usage = QStringLiteral("meeting pin MEETING (PIN | --clear)");
    const bool clear = cl.has(QStringLiteral("--clear"));
    cl.expectPositional(clear ? 1 : 2, clear ? 1 : 2, usage);
    const Meeting meeting = requireMeeting(ctx, cl.positional().at(0));
    const QString newPin = clear ? QString() : cl.positional().at(1);
    if (!clear && !pin::isWellFormed(newPin))
        throw UsageError(Cli::tr("A PIN is 4 to 8 digits."));
    ctx.catalog().setMeetingPin(meeting.id, newPin);
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("id"), qint64{meeting.id}},
                                  {QStringLiteral("code"), meeting.code},
                                  {QStringLiteral("pin"), !clear}});
    else
        out() << (clear ? Cli::tr("Meeting %1 no longer asks for a PIN.")
                        : Cli::tr("Meeting %1 now asks delegates for a PIN, once per phone."))
                     .arg(meeting.code)
              << Qt::endl;
    return 0;
}

// Where the meeting's static copy is published (`publish`), for `qr --public` and `print
// --public`: one printed code that works in the hall and at home.
int meetingPublicUrl(Context &ctx, const QStringList &words)
{
    const CommandLine cl(words, {}, {QStringLiteral("--clear")});
    const QString usage = QStringLiteral("meeting public-url MEETING [URL | --clear]");
    const bool clear = cl.has(QStringLiteral("--clear"));
    cl.expectPositional(1, clear ? 1 : 2, usage);
    const Meeting meeting = requireMeeting(ctx, cl.positional().at(0));
    Catalog &catalog = ctx.catalog();
    if (clear || cl.positional().size() == 2)
        catalog.setPublicUrl(meeting.id, clear ? QString() : cl.positional().at(1));
    const QString url = catalog.publicUrl(meeting.id);
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("code"), meeting.code},
                                  {QStringLiteral("publicUrl"), url}});
    else if (url.isEmpty())
        out() << Cli::tr("Meeting %1 has no public address.").arg(meeting.code) << Qt::endl;
    else
        out() << Cli::tr("Meeting %1 is published at %2; its codes with --public: %3")
                     .arg(meeting.code, url, delegateurl::meeting(url, meeting.code))
              << Qt::endl;
    if (!url.isEmpty() && meeting.hasPin())
        err() << Cli::tr("Note: the meeting's PIN does not protect the published copy.")
              << Qt::endl;
    return 0;
}

// The item being discussed, for phones that follow the meeting: what the projector sets in the
// window, for a server without one (`serve` picks it up within a tenth of a second).
int meetingCurrent(Context &ctx, const QStringList &words)
{
    const CommandLine cl(words, {}, {QStringLiteral("--clear")});
    const QString usage = QStringLiteral("meeting current MEETING [ITEM | --clear]");
    const bool none = cl.has(QStringLiteral("--clear"));
    cl.expectPositional(1, none ? 1 : 2, usage);
    const Meeting meeting = requireMeeting(ctx, cl.positional().at(0));
    Catalog &catalog = ctx.catalog();
    if (!none && cl.positional().size() == 2) {
        bool ok = false;
        const int number = cl.positional().at(1).toInt(&ok);
        if (!ok || number < 1)
            throw UsageError(Cli::tr("ITEM is an agenda item's number, such as 3."));
        catalog.setCurrentItem(meeting.id, number);
    } else if (none) {
        catalog.setCurrentItem(meeting.id, std::nullopt);
    }
    const std::optional<AgendaItem> current = catalog.currentItem(meeting.id);
    if (ctx.json) {
        ctx.printJson(QJsonObject{
            {QStringLiteral("meeting"), meeting.code},
            {QStringLiteral("current"), current ? QJsonValue(current->number) : QJsonValue()},
            {QStringLiteral("title"), current ? QJsonValue(current->title) : QJsonValue()}});
        return 0;
    }
    if (current)
        out() << Cli::tr("Being discussed in %1: item %2, %3.")
                     .arg(meeting.code)
                     .arg(current->number)
                     .arg(current->title)
              << Qt::endl;
    else
        out() << Cli::tr("No item of %1 is being discussed.").arg(meeting.code) << Qt::endl;
    return 0;
}

} // namespace

QList<Command> meetingCommands()
{
    return {
        {QStringLiteral("meeting create"),
         {{QStringLiteral(
               "meeting create --title T [--date YYYY-MM-DD] [--venue V] [--language vi|en]"),
           Cli::tr("a new meeting and its delegate code")}},
         meetingCreate},
        {QStringLiteral("meeting list"),
         {{QStringLiteral("meeting list"), Cli::tr("every meeting: id, code, state, date, title")}},
         meetingList},
        {QStringLiteral("meeting show"),
         {{QStringLiteral("meeting show MEETING [--base-url URL]"),
           Cli::tr("agenda items, documents and their addresses")}},
         meetingShow},
        {QStringLiteral("meeting open"),
         {{QStringLiteral("meeting open MEETING"), Cli::tr("serve the meeting to delegates")}},
         [](Context &ctx, const QStringList &words) {
             return meetingSetState(ctx, words, MeetingState::Open);
         }},
        {QStringLiteral("meeting close"),
         {{QStringLiteral("meeting close MEETING"), Cli::tr("stop serving it")}},
         [](Context &ctx, const QStringList &words) {
             return meetingSetState(ctx, words, MeetingState::Closed);
         }},
        {QStringLiteral("meeting archive"),
         {{QStringLiteral("meeting archive MEETING"),
           Cli::tr("close it for good: read-only until reopened")}},
         meetingArchive},
        {QStringLiteral("meeting reopen"),
         {{QStringLiteral("meeting reopen MEETING [--reason TEXT]"),
           Cli::tr("make an archived meeting editable again (recorded)")}},
         meetingReopen},
        {QStringLiteral("meeting pin"),
         {{QStringLiteral("meeting pin MEETING (PIN | --clear)"),
           Cli::tr("ask delegates for a PIN once")}},
         meetingPin},
        {QStringLiteral("meeting public-url"),
         {{QStringLiteral("meeting public-url MEETING [URL | --clear]"),
           Cli::tr("where its copy is published (publish), for qr and print --public")}},
         meetingPublicUrl},
        {QStringLiteral("meeting current"),
         {{QStringLiteral("meeting current MEETING [ITEM | --clear]"),
           Cli::tr("the item being discussed: following phones move to it")}},
         meetingCurrent},
    };
}

} // namespace docket::cli
