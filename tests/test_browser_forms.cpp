// SPDX-License-Identifier: GPL-3.0-or-later
// A real browser posts the delegate forms: headless Chromium, driven over its DevTools pipe,
// types the PIN into the meeting's own page and submits it. What Chromium sends (its Origin
// and Referer under the page's Referrer-Policy, its SameSite cookie handling) is what every
// phone in the hall sends; a same-origin check that refused it would lock the hall out.
#include "catalog/Catalog.h"
#include "hosting/AccessRecorder.h"
#include "hosting/SnapshotPublisher.h"
#include "server/HttpServer.h"
#include "support/DevTools.h"
#include "support/HostedSite.h"
#include "support/TempLibrary.h"
#include "survey/SurveyResults.h"
#include "survey/SurveyTemplates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <catch2/catch.hpp>

using namespace docket;
using namespace testsupport;

TEST_CASE("Chromium types the PIN into the meeting's page and gets in", "[browser]")
{
    HostedSite site;
    site.lib.catalog().setMeetingPin(site.open.id, QStringLiteral("2468"));
    site.settle();

    TempFolder profile;
    DevToolsBrowser browser(profile.path());
    const QString session = browser.openTab();

    const QString meetingUrl = site.base() + u'/' + site.open.code;
    browser.call(QStringLiteral("Page.navigate"), {{QStringLiteral("url"), meetingUrl}}, session);
    REQUIRE(
        browser.waitFor(session, QStringLiteral("document.readyState === 'complete' && "
                                                "!!document.querySelector('input[name=pin]')")));
    // The agenda is not shown before the PIN.
    const QString itemTitle = site.item1.title;
    CHECK_FALSE(browser.evaluate(session, QStringLiteral("document.body.innerText"))
                    .toString()
                    .contains(itemTitle));

    // As a delegate does it: type, press the button (a real form submission, with the
    // browser's own Origin, Referer and cookies).
    browser.evaluate(session, QStringLiteral("document.querySelector('input[name=pin]').value = "
                                             "'2468'; document.querySelector('form')"
                                             ".requestSubmit(); true"));
    const bool inside =
        browser.waitFor(session, QStringLiteral("document.readyState === 'complete' && "
                                                "!document.querySelector('input[name=pin]') && "
                                                "document.body.innerText.includes(%1)")
                                     .arg(jsString(itemTitle)));
    INFO("page: " << browser
                         .evaluate(session, QStringLiteral("location.href + ' | ' + "
                                                           "document.body.innerText"))
                         .toString()
                         .toStdString());
    CHECK(inside);
    CHECK(browser.evaluate(session, QStringLiteral("location.pathname")).toString() ==
          u'/' + site.open.code);
    // No wrong code or wrong PIN was counted for the browser's post.
    CHECK(site.server.guessLimiter().pinGuessing().empty());
}

TEST_CASE("Chromium follows the meeting once opted in and only then", "[browser][follow]")
{
    HostedSite site;
    Catalog &catalog = site.lib.catalog();
    catalog.setCurrentItem(site.open.id, 1);
    site.settle();
    const QString code = site.open.code;

    TempFolder followerProfile;
    DevToolsBrowser follower(followerProfile.path());
    const QString tab = follower.openTab();
    TempFolder readerProfile;
    DevToolsBrowser reader(readerProfile.path());
    const QString other = reader.openTab();

    // Both open item 2; only the follower taps "Follow the meeting", a real form submission,
    // and lands on the item being discussed.
    const QString item2 = site.base() + u'/' + code + QStringLiteral("/2");
    for (auto [browser, session] : {std::pair{&follower, tab}, std::pair{&reader, other}}) {
        browser->call(QStringLiteral("Page.navigate"), {{QStringLiteral("url"), item2}}, session);
        REQUIRE(browser->waitFor(session, QStringLiteral("document.readyState === 'complete' && "
                                                         "!!document.querySelector('form')")));
        CHECK(browser->evaluate(session, QStringLiteral("document.scripts.length")).toInt() == 0);
    }
    follower.evaluate(tab, QStringLiteral("document.querySelector('form').requestSubmit(); true"));
    REQUIRE(follower.waitFor(tab, QStringLiteral("location.pathname === '/%1/1' && "
                                                 "document.readyState === 'complete' && "
                                                 "document.scripts.length === 1")
                                      .arg(code)));

    // The organiser advances: the follower's page moves on by itself, the other stays.
    QElapsedTimer moved;
    moved.start();
    catalog.setCurrentItem(site.open.id, 2);
    site.settle();
    const bool followed = follower.waitFor(
        tab,
        QStringLiteral("location.pathname === '/%1/2' && document.readyState === 'complete'")
            .arg(code),
        10000);
    INFO("follower at "
         << follower.evaluate(tab, QStringLiteral("location.href")).toString().toStdString());
    CHECK(followed);
    CHECK(moved.elapsed() < 3000);
    // The moved page marks the item and still follows.
    CHECK(follower.evaluate(tab, QStringLiteral("!!document.querySelector('h1 + .now')")).toBool());
    CHECK(follower.evaluate(tab, QStringLiteral("document.scripts.length")).toInt() == 1);
    catalog.setCurrentItem(site.open.id, 1);
    site.settle();
    CHECK(follower.waitFor(tab, QStringLiteral("location.pathname === '/%1/1'").arg(code), 10000));
    QThread::msleep(500);
    CHECK(reader.evaluate(other, QStringLiteral("location.pathname")).toString() ==
          u'/' + code + QStringLiteral("/2"));

    // Stop following: back on the same page, without the script, and not moved any more.
    follower.evaluate(tab,
                      QStringLiteral("document.querySelector('input[name=follow][value=\"0\"]')"
                                     ".form.requestSubmit(); true"));
    REQUIRE(follower.waitFor(tab, QStringLiteral("document.readyState === 'complete' && "
                                                 "location.pathname === '/%1/1' && "
                                                 "document.scripts.length === 0")
                                      .arg(code)));
    catalog.setCurrentItem(site.open.id, 2);
    site.settle();
    QThread::msleep(1000);
    CHECK(follower.evaluate(tab, QStringLiteral("location.pathname")).toString() ==
          u'/' + code + QStringLiteral("/1"));
}

TEST_CASE("Chromium answers every shipped survey without script", "[browser][survey]")
{
    HostedSite site;
    Catalog &catalog = site.lib.catalog();
    AccessRecorder recorder(catalog, site.server.accessLog(), &site.server.checkIns());
    recorder.setSurveyAnswers(&site.server.surveyAnswers());
    TempFolder profile;
    DevToolsBrowser browser(profile.path());
    const QString tab = browser.openTab();
    for (const QString &key : survey::templateKeys()) {
        INFO("template " << key.toStdString());
        const Survey shipped =
            catalog.createSurvey(0, *survey::fromTemplate(key, QStringLiteral("vi")));
        catalog.setSurveyState(shipped.id, SurveyState::Open);
        site.settle();
        browser.call(QStringLiteral("Page.navigate"),
                     {{QStringLiteral("url"), QString(site.base() + u'/' + shipped.code)}}, tab);
        REQUIRE(browser.waitFor(tab, QStringLiteral("document.readyState === 'complete' && "
                                                    "!!document.querySelector('form')")));
        CHECK(browser.evaluate(tab, QStringLiteral("document.scripts.length")).toInt() == 0);
        // As a person does it: the last option of every radio group (the best rating), the
        // first box of every checkbox group, a word in every text field; then the button.
        browser.evaluate(
            tab, QStringLiteral("const names = new Set();"
                                "document.querySelectorAll('input[type=radio]').forEach(r => "
                                "names.add(r.name));"
                                "names.forEach(n => { const all = document.querySelectorAll("
                                "'input[type=radio][name=' + n + ']'); "
                                "all[all.length - 1].checked = true; });"
                                "document.querySelectorAll('textarea, input[type=text]')"
                                ".forEach(t => t.value = 'Tốt');"
                                "document.querySelector('form').requestSubmit(); true"));
        const bool thanked =
            browser.waitFor(tab, QStringLiteral("location.pathname === '/%1/thanks' && "
                                                "document.readyState === 'complete'")
                                     .arg(shipped.code));
        INFO("page: " << browser
                             .evaluate(tab, QStringLiteral("location.href + ' | ' + "
                                                           "document.body.innerText"))
                             .toString()
                             .toStdString());
        CHECK(thanked);
        recorder.recordNow();
        const QList<SurveyResponse> responses = catalog.surveyResponses(shipped.id);
        REQUIRE(responses.size() == 1);
        // Every rating was answered with its best point.
        const survey::Tally tally = survey::tally(shipped, responses);
        for (qsizetype q = 0; q < tally.questions.size(); ++q)
            if (tally.questions[q].mean)
                CHECK(*tally.questions[q].mean == Approx(5.0));
    }
}
