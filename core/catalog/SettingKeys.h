// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Keys of the catalog's setting table, shared by the GUI and the CLI: one serves, the other
// shows the address delegates use.
namespace docket::settingkeys {

// "HTTP://ADDRESS:PORT" announced by the last server started from this library.
inline QString baseUrl()
{
    return QStringLiteral("server.base_url");
}
// The port the organiser chose; the next start uses it again.
inline QString port()
{
    return QStringLiteral("server.port");
}
// The address (network interface) the GUI last served on.
inline QString address()
{
    return QStringLiteral("server.address");
}

// The venue's Wi-Fi network: the default of every meeting that names none of its own.
inline QString wifiSsid()
{
    return QStringLiteral("venue.wifi.ssid");
}
inline QString wifiPassword()
{
    return QStringLiteral("venue.wifi.password");
}
inline QString wifiSecurity()
{
    return QStringLiteral("venue.wifi.security");
}
inline QString wifiHidden()
{
    return QStringLiteral("venue.wifi.hidden");
}

// The organisation's letterhead for official headers on the agenda sheet.
inline QString letterheadOrganisation()
{
    return QStringLiteral("letterhead.organisation");
}
inline QString letterheadPlace()
{
    return QStringLiteral("letterhead.place");
}

// Where a meeting's static copy is published for the world (HTTPS://HOST/PREFIX), by code.
inline QString publicUrl(const QString &meetingCode)
{
    return QStringLiteral("meeting.public_url.") + meetingCode;
}

// Where the window last published a meeting (a folder, or an rclone REMOTE:PATH), by code.
inline QString publishTarget(const QString &meetingCode)
{
    return QStringLiteral("meeting.publish_to.") + meetingCode;
}

// The name of the screen the organiser chose for the projector (QScreen::name()).
inline QString projectorScreen()
{
    return QStringLiteral("projector.screen");
}

} // namespace docket::settingkeys
