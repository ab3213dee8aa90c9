// SPDX-License-Identifier: GPL-3.0-or-later
// The window warns the organiser, without a dialog, while someone guesses a meeting's PIN.
#include "HostingBar.h"
#include "server/GuessLimiter.h"
#include "support/Curl.h"
#include "support/GuiWindow.h"

#include <QDir>

#include <catch2/catch.hpp>

using namespace docket;
using namespace testsupport;

TEST_CASE("The hosting bar warns while someone guesses a meeting's PIN", "[gui]")
{
    GuiWindow w;
    w.site.lib.catalog().setMeetingPin(w.site.open.id, QStringLiteral("2468"));
    w.host();
    HostingBar &bar = *w.window.hostingBar();
    // A small meeting budget, so that a few guesses show what a flood would.
    GuessLimiter::Policy policy;
    policy.pinsPerMeeting = {3, std::chrono::hours(1), 1024};
    bar.guessLimiter().setPolicy(policy);
    const QString meetingUrl = bar.baseUrl() + u'/' + w.site.open.code;
    REQUIRE(waitUntil([&] { return curlFetch(meetingUrl).status == 403; })); // PIN published
    CHECK(bar.guessWarning().isEmpty());

    for (int i = 0; i < 6; ++i)
        curlFetch(meetingUrl + QStringLiteral("/unlock"),
                  {QStringLiteral("--interface"), QStringLiteral("127.0.4.%1").arg(i + 1),
                   QStringLiteral("--data"), QStringLiteral("pin=%1").arg(1000 + i)});
    // The bar reads the server's counters on its own timer.
    REQUIRE(waitUntil([&] { return !bar.guessWarning().isEmpty(); }, 6000));
    const QString warning = bar.guessWarning();
    INFO(warning.toStdString());
    CHECK(warning.contains(w.site.open.code));
    CHECK(warning.contains(QStringLiteral("6 wrong or refused PIN")));
    CHECK(warning.contains(QStringLiteral("not affected")));
    CHECK(dialogs::takeRecordedErrors().isEmpty()); // no dialog
    CHECK(w.window.grab().save(QDir::current().filePath(QStringLiteral("gui-guessing.png"))));

    bar.stopHosting();
    CHECK(bar.guessWarning().isEmpty());
}
