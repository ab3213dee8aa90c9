// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/NetworkInterfaces.h"

#include <QCoreApplication>
#include <QFile>
#include <QUrl>

#include <algorithm>
#include <arpa/inet.h>
#include <cstdint>
#include <cstring>
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

bool isLocalOnly(const QString &base)
{
    const QUrl url(base);
    const QString host = url.host();
    if (host.isEmpty())
        return false;
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0 ||
        host.endsWith(u".localhost", Qt::CaseInsensitive))
        return true;
    const QByteArray text = host.section(u'%', 0, 0).toLatin1(); // fe80::1%eth0
    in_addr v4{};
    in6_addr v6{};
    if (inet_pton(AF_INET6, text.constData(), &v6) == 1) {
        if (IN6_IS_ADDR_LOOPBACK(&v6) || IN6_IS_ADDR_LINKLOCAL(&v6) || IN6_IS_ADDR_UNSPECIFIED(&v6))
            return true;
        if (!IN6_IS_ADDR_V4MAPPED(&v6))
            return false;
        // ::ffff:127.0.0.1 is judged as the IPv4 address it holds.
        std::memcpy(&v4, v6.s6_addr + 12, sizeof v4);
    } else if (inet_pton(AF_INET, text.constData(), &v4) != 1) {
        return false; // a name: whether phones resolve it is theirs to say
    }
    const std::uint32_t address = ntohl(v4.s_addr);
    return (address >> 24) == 127 || (address >> 16) == 0xa9fe || address == 0;
}

QString phoneReachabilityProblem(const QString &base, const QList<NetworkAddress> &candidates)
{
    if (!isLocalOnly(base))
        return {};
    const QUrl url(base);
    const int port = url.port(80);
    QStringList better;
    for (const NetworkAddress &candidate : candidates) {
        const QString text =
            (candidate.ipv6 ? QStringLiteral("http://[%1]:%2") : QStringLiteral("http://%1:%2"))
                .arg(candidate.address)
                .arg(port);
        if (candidate.loopback || isLocalOnly(text) || better.contains(text))
            continue;
        better << text;
    }
    const QString why = QCoreApplication::translate(
                            "network", "%1 can only be opened on this computer (or its own network "
                                       "link): phones in the hall could not reach it.")
                            .arg(base);
    if (better.isEmpty())
        return why + u' ' +
               QCoreApplication::translate("network",
                                           "This computer is on no other network right now: "
                                           "join the venue network and start the server again.");
    return why + u' ' +
           QCoreApplication::translate("network", "Addresses of this computer that would work: %1.")
               .arg(better.join(QStringLiteral(", ")));
}

} // namespace docket::network
