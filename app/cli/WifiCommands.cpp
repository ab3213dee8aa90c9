// SPDX-License-Identifier: GPL-3.0-or-later
// wifi set, clear, show: the network on the welcome slide and poster.
#include "Command.h"
#include "CommandLine.h"
#include "Context.h"
#include "qr/WifiPayload.h"

#include <optional>

namespace docket::cli {

namespace {

QJsonObject wifiJson(const WifiNetwork &network)
{
    return {{QStringLiteral("ssid"), orNull(network.ssid)},
            {QStringLiteral("password"), orNull(network.password)},
            {QStringLiteral("security"), wifipayload::securityKey(network.security)},
            {QStringLiteral("hidden"), network.hidden}};
}

int wifiCommand(Context &ctx, const QString &sub, const QStringList &words)
{
    const CommandLine cl(words, {QStringLiteral("--password"), QStringLiteral("--security")},
                         {QStringLiteral("--venue"), QStringLiteral("--hidden")});
    const bool venue = cl.has(QStringLiteral("--venue"));
    const qsizetype targets = venue ? 0 : 1;
    std::optional<Meeting> meeting;
    if (sub == u"set") {
        cl.expectPositional(targets + 1, targets + 1,
                            QStringLiteral("wifi set (MEETING | --venue) SSID [--password P] "
                                           "[--security WPA|WEP|nopass] [--hidden]"));
    } else {
        cl.expectPositional(targets, targets,
                            QStringLiteral("wifi %1 (MEETING | --venue)").arg(sub));
        if (cl.has(QStringLiteral("--password")) || cl.has(QStringLiteral("--security")) ||
            cl.has(QStringLiteral("--hidden")))
            throw UsageError(Cli::tr("Only wifi set takes --password, --security and --hidden."));
    }
    if (!venue)
        meeting = requireMeeting(ctx, cl.positional().at(0));
    Catalog &catalog = ctx.catalog();

    if (sub == u"set" || sub == u"clear") {
        const WifiNetwork network =
            sub == u"set" ? wifiFromOptions(cl, cl.positional().at(targets)) : WifiNetwork{};
        if (venue)
            catalog.setVenueWifi(network);
        else
            catalog.setMeetingWifi(meeting->id, network);
    }
    const WifiNetwork own = venue ? catalog.venueWifi() : catalog.meetingWifi(meeting->id);
    const WifiNetwork shown = venue ? own : catalog.effectiveWifi(meeting->id);
    const bool fromVenue = !venue && own.isEmpty() && !shown.isEmpty();
    if (ctx.json) {
        QJsonObject object = wifiJson(shown);
        object.insert(QStringLiteral("source"),
                      venue || fromVenue ? QStringLiteral("venue") : QStringLiteral("meeting"));
        ctx.printJson(object);
    } else if (shown.isEmpty()) {
        out() << (venue ? Cli::tr("No venue Wi-Fi network is set.")
                        : Cli::tr("Meeting %1 has no Wi-Fi network, and no venue default is set.")
                              .arg(meeting->code))
              << Qt::endl;
    } else {
        out() << Cli::tr("Network: %1").arg(shown.ssid) << Qt::endl;
        out() << Cli::tr("Security: %1").arg(wifipayload::securityKey(shown.security)) << Qt::endl;
        if (shown.security != WifiSecurity::None)
            out() << Cli::tr("Password: %1").arg(shown.password) << Qt::endl;
        if (shown.hidden)
            out() << Cli::tr("Hidden network") << Qt::endl;
        if (fromVenue)
            out() << Cli::tr("(the venue default)") << Qt::endl;
    }
    return 0;
}

} // namespace

QList<Command> wifiCommands()
{
    const auto wifi = [](const QString &sub) {
        return [sub](Context &ctx, const QStringList &words) {
            return wifiCommand(ctx, sub, words);
        };
    };
    return {
        {QStringLiteral("wifi set"),
         {{QStringLiteral("wifi set (MEETING | --venue) SSID [--password P]\n"
                          "[--security WPA|WEP|nopass] [--hidden]"),
           Cli::tr("the network on the welcome slide and poster")}},
         wifi(QStringLiteral("set"))},
        {QStringLiteral("wifi clear"),
         {{QStringLiteral("wifi clear (MEETING | --venue)"),
           Cli::tr("no network (a meeting then shows the venue's)")}},
         wifi(QStringLiteral("clear"))},
        {QStringLiteral("wifi show"),
         {{QStringLiteral("wifi show (MEETING | --venue)"),
           Cli::tr("the network delegates are shown")}},
         wifi(QStringLiteral("show"))},
    };
}

} // namespace docket::cli
