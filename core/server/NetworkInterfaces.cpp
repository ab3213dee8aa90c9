// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/NetworkInterfaces.h"

#include <QFile>

#include <algorithm>
#include <arpa/inet.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <netinet/in.h>

namespace docket::network {

QString defaultRouteInterface(const QByteArray &procNetRoute)
{
    // Iface  Destination  Gateway  Flags ... ; the first line is a header.
    const QList<QByteArray> lines = procNetRoute.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> fields = lines[i].simplified().split(' ');
        if (fields.size() >= 4 && fields[1] == "00000000") {
            bool ok = false;
            const uint flags = fields[3].toUInt(&ok, 16);
            if (ok && (flags & 0x1)) // RTF_UP
                return QString::fromLocal8Bit(fields[0]);
        }
    }
    return {};
}

QList<NetworkAddress> addresses()
{
    QString routeInterface;
    QFile route(QStringLiteral("/proc/net/route"));
    if (route.open(QIODevice::ReadOnly))
        routeInterface = defaultRouteInterface(route.readAll());

    QList<NetworkAddress> out;
    ifaddrs *list = nullptr;
    if (getifaddrs(&list) != 0)
        return out;
    for (ifaddrs *entry = list; entry; entry = entry->ifa_next) {
        if (!entry->ifa_addr || !(entry->ifa_flags & IFF_UP))
            continue;
        const int family = entry->ifa_addr->sa_family;
        if (family != AF_INET && family != AF_INET6)
            continue;
        char text[INET6_ADDRSTRLEN] = {};
        const void *raw =
            family == AF_INET
                ? static_cast<const void *>(
                      &reinterpret_cast<const sockaddr_in *>(entry->ifa_addr)->sin_addr)
                : static_cast<const void *>(
                      &reinterpret_cast<const sockaddr_in6 *>(entry->ifa_addr)->sin6_addr);
        if (!inet_ntop(family, raw, text, sizeof text))
            continue;
        NetworkAddress address;
        address.interfaceName = QString::fromLocal8Bit(entry->ifa_name);
        address.address = QString::fromLatin1(text);
        address.ipv6 = family == AF_INET6;
        address.loopback = (entry->ifa_flags & IFF_LOOPBACK) != 0;
        address.defaultRoute = !routeInterface.isEmpty() && address.interfaceName == routeInterface;
        // Link-local IPv6 needs a zone id that phones cannot type; leave it out.
        if (address.ipv6 && address.address.startsWith(u"fe80", Qt::CaseInsensitive))
            continue;
        out.append(address);
    }
    freeifaddrs(list);
    std::stable_sort(out.begin(), out.end(), [](const NetworkAddress &a, const NetworkAddress &b) {
        auto rank = [](const NetworkAddress &x) {
            return x.loopback ? 3 : x.defaultRoute ? (x.ipv6 ? 1 : 0) : (x.ipv6 ? 2 : 1);
        };
        return rank(a) < rank(b);
    });
    return out;
}

QString preferredAddress()
{
    for (const NetworkAddress &address : addresses())
        if (!address.ipv6 && !address.loopback)
            return address.address;
    return QStringLiteral("127.0.0.1");
}

} // namespace docket::network
