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

// Whether a delegate address such as HTTP://127.0.0.1:8080 only ever works on this computer
// or its own network link: loopback, link-local and unspecified hosts. Pure, for tests.
bool isLocalOnly(const QString &base);

// Paper and saved codes outlive the session that made them, so they must hold an address a
// phone in the hall can reach. Empty when `base` is such an address; else a translated
// sentence saying why it is not and naming this computer's network addresses that would
// work (from `candidates`, normally addresses()).
QString phoneReachabilityProblem(const QString &base, const QList<NetworkAddress> &candidates);

} // namespace network
} // namespace docket
