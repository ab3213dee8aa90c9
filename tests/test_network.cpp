// SPDX-License-Identifier: GPL-3.0-or-later
// Which addresses may go on paper: pure rules, without sockets.
#include "server/NetworkInterfaces.h"

#include <catch2/catch.hpp>

using namespace docket;

TEST_CASE("Addresses only this computer can reach are told apart from LAN addresses", "[network]")
{
    struct Row
    {
        const char *base;
        bool localOnly;
    };
    const Row rows[] = {
        {"HTTP://127.0.0.1:8080", true},
        {"HTTP://127.4.5.6:8080", true},
        {"http://localhost:8080", true},
        {"http://LOCALHOST", true},
        {"http://docket.localhost:8080", true},
        {"HTTP://[::1]:8080", true},
        {"HTTP://[::FFFF:127.0.0.1]:8080", true},
        {"HTTP://169.254.10.20:8080", true},
        {"HTTP://[FE80::1]:8080", true},
        {"HTTP://0.0.0.0:8080", true},
        {"HTTP://[::]:8080", true},
        {"HTTP://192.168.1.23:8080", false},
        {"HTTP://10.0.0.5", false},
        {"HTTP://172.16.4.1:80", false},
        {"HTTP://128.0.0.1:8080", false},
        {"HTTP://169.255.0.1:8080", false},
        {"HTTP://[FD12:3456::1]:8080", false},
        {"HTTP://[2001:DB8::1]:8080", false},
        {"HTTP://[::FFFF:192.168.1.2]:8080", false},
        {"http://docket.example.org", false},
        {"", false},
    };
    for (const Row &row : rows) {
        INFO(row.base);
        CHECK(network::isLocalOnly(QString::fromLatin1(row.base)) == row.localOnly);
    }
}

TEST_CASE("The refusal names the addresses that would work", "[network]")
{
    const QList<NetworkAddress> here{
        {QStringLiteral("wlp2s0"), QStringLiteral("192.168.1.23"), false, false, true},
        {QStringLiteral("wlp2s0"), QStringLiteral("fe80::1"), true, false, true},
        {QStringLiteral("eth0"), QStringLiteral("fd00::5"), true, false, false},
        {QStringLiteral("lo"), QStringLiteral("127.0.0.1"), false, true, false},
    };
    CHECK(network::phoneReachabilityProblem(QStringLiteral("HTTP://192.168.1.23:8080"), here)
              .isEmpty());
    const QString problem =
        network::phoneReachabilityProblem(QStringLiteral("HTTP://127.0.0.1:42953"), here);
    CHECK(problem.contains(QStringLiteral("HTTP://127.0.0.1:42953")));
    CHECK(problem.contains(QStringLiteral("http://192.168.1.23:42953")));
    CHECK(problem.contains(QStringLiteral("http://[fd00::5]:42953")));
    CHECK_FALSE(problem.contains(QStringLiteral("fe80")));
    CHECK_FALSE(problem.contains(QStringLiteral("http://127.0.0.1")));

    const QString alone =
        network::phoneReachabilityProblem(QStringLiteral("HTTP://127.0.0.1:8080"), {here.last()});
    CHECK(alone.contains(QStringLiteral("join the venue network")));
}
