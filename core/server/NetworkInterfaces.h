// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace docket {

struct NetworkAddress
{
    QString interfaceName; // "wlp2s0"
    QString address;       // "192.168.1.23", "fe80::1"
    bool ipv6 = false;
    bool loopback = false;
    bool defaultRoute = false; // the interface that holds the IPv4 default route
};

namespace network {

// Up interfaces with their addresses, the default-route one first, loopback last.
QList<NetworkAddress> addresses();

// The address delegates should use: the default-route interface's IPv4, else any other
// non-loopback IPv4, else 127.0.0.1.
QString preferredAddress();

// The interface named in /proc/net/route for destination 0.0.0.0, or empty. Pure, for tests.
QString defaultRouteInterface(const QByteArray &procNetRoute);

} // namespace network
} // namespace docket
