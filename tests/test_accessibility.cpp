// SPDX-License-Identifier: GPL-3.0-or-later
// Every kind of page a delegate's phone is shown, checked by axe-core (from npm, pinned in
// tests/a11y, injected into Debian's Chromium over the DevTools pipe) against WCAG 2.2 A and
// AA: light and dark, 390 and 320 px wide, served by the real server on 127.0.0.1. Any
// violation fails, named with its rule, what it asks and the elements that break it.
#include "catalog/Catalog.h"
#include "support/DevTools.h"
#include "support/HostedSite.h"
#include "survey/SurveyTemplates.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace docket;
using namespace testsupport;

namespace {

// Empty when axe-core is missing and tools/dev said the registry could not be reached.
QString axeSource()
{
    QFile file(QStringLiteral(DOCKET_AXE_SCRIPT));
    if (!file.exists() && qEnvironmentVariable("DOCKET_ALLOW_NO_AXE") == u"1") {
        WARN("axe-core could not be installed here (DOCKET_ALLOW_NO_AXE=1): not checked.");
        return {};
    }
    INFO("axe-core is a test tool: tools/dev test installs it (npm ci into the build's a11y/)");
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

struct Viewport
{
    int width;
    int height;
    bool dark;
    const char *name() const
    {
        return width == 320 ? (dark ? "320 dark" : "320 light") : (dark ? "390 dark" : "390 light");
    }
};

// Loads `url` in the tab and waits for it (the page before it is marked, so that its own
// "complete" is not taken for the new one's).
void load(DevToolsBrowser &browser, const QString &tab, const QString &url)
{
    browser.evaluate(tab, QStringLiteral("window.docketStale = true"));
    browser.call(QStringLiteral("Page.navigate"), {{QStringLiteral("url"), url}}, tab);
    REQUIRE(browser.waitFor(tab, QStringLiteral("typeof window.docketStale === 'undefined' && "
                                                "document.readyState === 'complete'")));
}

// axe's violations on the page now shown, one line each.
QStringList violations(DevToolsBrowser &browser, const QString &tab, const QString &axe)
{
    browser.evaluate(tab, axe + QStringLiteral("\n;true"));
    const QJsonValue found = browser.evaluate(
        tab,
        QStringLiteral(
            "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', "
            "'wcag21aa', 'wcag22aa']}, resultTypes: ['violations']}).then(r => "
            "r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — ' + "
            "v.nodes.slice(0, 4).map(n => n.target.join(' ') + ' [' + "
            "(n.failureSummary || '').replace(/\\s+/g, ' ') + ']').join('; ')))"),
        true);
    REQUIRE(found.isArray()); // axe ran: an empty list is a finding, not a failure to look
    QStringList lines;
    for (const QJsonValue &line : found.toArray())
        lines << line.toString();
    // Also WCAG 1.4.10: nothing wider than the screen.
    if (browser
            .evaluate(tab, QStringLiteral("document.documentElement.scrollWidth > "
                                          "window.innerWidth"))
            .toBool())
        lines << QStringLiteral("horizontal scroll: the page is wider than the screen");
    return lines;
}

// What each page looks like at each size, kept beside the test program (artifacts/screens/)
// for a person to look at; the test asserts on axe's findings, not on these.
void keepScreenshot(DevToolsBrowser &browser, const QString &tab, const QString &page,
                    const Viewport &view)
{
    const QString folder =
        QCoreApplication::applicationDirPath() + QStringLiteral("/artifacts/screens");
    REQUIRE(QDir().mkpath(folder));
    const QJsonObject shot = browser.call(QStringLiteral("Page.captureScreenshot"),
                                          {{QStringLiteral("format"), QStringLiteral("png")}}, tab);
    const QByteArray png =
        QByteArray::fromBase64(shot.value(QStringLiteral("data")).toString().toLatin1());
    REQUIRE(png.startsWith("\x89PNG"));
    QString name = page;
    name.replace(u' ', u'-');
    QFile file(folder + u'/' + name + u'-' + QString::fromLatin1(view.name()).replace(u' ', u'-') +
               QStringLiteral(".png"));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(png);
}

} // namespace

TEST_CASE("axe-core finds nothing on any delegate page, light or dark, at 390 and 320 px",
          "[browser][accessibility]")
{
    HostedSite site;
    Catalog &catalog = site.lib.catalog();
    const QList<Delegate> roster =
        catalog.addDelegates(site.open.id, {NewDelegate{0,
                                                        QStringLiteral("Nguyễn Thị Ánh Tuyết"),
                                                        QStringLiteral("Chi đoàn Khoa Toán"),
                                                        {},
                                                        {},
                                                        {}}});
    Survey feedback = catalog.createSurvey(
        site.open.id, *survey::fromTemplate(QStringLiteral("meeting"), QStringLiteral("vi")));
    catalog.setSurveyState(feedback.id, SurveyState::Open);
    Survey badgeFirst = *survey::fromTemplate(QStringLiteral("meeting"), QStringLiteral("vi"));
    badgeFirst.perDelegate = true;
    badgeFirst = catalog.createSurvey(site.open.id, badgeFirst);
    catalog.setSurveyState(badgeFirst.id, SurveyState::Open);
    const Survey notYet = catalog.createSurvey(
        0, *survey::fromTemplate(QStringLiteral("public-service"), QStringLiteral("vi")));
    // A second meeting behind a PIN, for its PIN page.
    const Meeting locked =
        catalog.createMeeting(QStringLiteral("Hội nghị Ban Thường vụ"), QDate(2026, 12, 9),
                              QStringLiteral("Phòng họp 2"), QStringLiteral("vi"));
    catalog.setMeetingState(locked.id, MeetingState::Open);
    catalog.setMeetingPin(locked.id, QStringLiteral("2468"));
    site.settle();

    const QString base = site.base();
    const QString code = site.open.code;
    const QList<std::pair<QString, QString>> pages{
        {QStringLiteral("meeting"), base + u'/' + code},
        {QStringLiteral("item"), base + u'/' + code + QStringLiteral("/1")},
        {QStringLiteral("empty item"), base + u'/' + code + QStringLiteral("/2")},
        {QStringLiteral("reader"), base + u'/' + code + QStringLiteral("/1/") +
                                       QString::number(site.pdf.id) +
                                       QStringLiteral("/at?n=1&view=pages")}, // back to images
        {QStringLiteral("text view"), base + u'/' + code + QStringLiteral("/1/") +
                                          QString::number(site.pdf.id) + QStringLiteral("/text/1")},
        {QStringLiteral("contents"), base + u'/' + code + QStringLiteral("/1/") +
                                         QString::number(site.pdf.id) +
                                         QStringLiteral("/contents")},
        {QStringLiteral("search in a document"), base + u'/' + code + QStringLiteral("/1/") +
                                                     QString::number(site.pdf.id) +
                                                     QStringLiteral("/search?q=trang")},
        {QStringLiteral("item in English"), base + u'/' + code + QStringLiteral("/1?lang=en")},
        // The switch back to Vietnamese, which the pages after it keep.
        {QStringLiteral("PIN"), base + u'/' + locked.code + QStringLiteral("?lang=vi")},
        {QStringLiteral("not found"), base + QStringLiteral("/ZZZZ9999")},
        // Before the badge below is scanned on the first pass: "scan your badge first" (403);
        // on the later passes, the form for that delegate.
        {QStringLiteral("survey per delegate"), base + u'/' + badgeFirst.code},
        {QStringLiteral("badge"), base + u'/' + code + QStringLiteral("/C/") + roster[0].token},
        {QStringLiteral("survey"), base + u'/' + feedback.code},
        {QStringLiteral("survey thanks"), base + u'/' + feedback.code + QStringLiteral("/thanks")},
        {QStringLiteral("survey not open"), base + u'/' + notYet.code},
    };

    const QString axe = axeSource();
    if (axe.isEmpty())
        return;
    TempFolder profile;
    DevToolsBrowser browser(profile.path());
    const QString tab = browser.openTab();
    QStringList failures;
    int checked = 0;
    for (const Viewport view : {Viewport{390, 844, false}, Viewport{390, 844, true},
                                Viewport{320, 568, false}, Viewport{320, 568, true}}) {
        browser.call(QStringLiteral("Emulation.setDeviceMetricsOverride"),
                     {{QStringLiteral("width"), view.width},
                      {QStringLiteral("height"), view.height},
                      {QStringLiteral("deviceScaleFactor"), 2},
                      {QStringLiteral("mobile"), true}},
                     tab);
        browser.call(QStringLiteral("Emulation.setEmulatedMedia"),
                     {{QStringLiteral("features"),
                       QJsonArray{QJsonObject{
                           {QStringLiteral("name"), QStringLiteral("prefers-color-scheme")},
                           {QStringLiteral("value"),
                            view.dark ? QStringLiteral("dark") : QStringLiteral("light")}}}}},
                     tab);
        for (const auto &[name, url] : pages) {
            load(browser, tab, url);
            for (const QString &line : violations(browser, tab, axe))
                failures << name + QStringLiteral(" (") + QString::fromLatin1(view.name()) +
                                QStringLiteral("): ") + line;
            keepScreenshot(browser, tab, name, view);
            ++checked;
        }
        // The survey form sent empty: the page of errors, with what was typed kept.
        load(browser, tab, base + u'/' + feedback.code);
        browser.evaluate(tab, QStringLiteral("window.docketStale = true; "
                                             "document.querySelector('form').submit(); true"));
        REQUIRE(browser.waitFor(tab, QStringLiteral("typeof window.docketStale === 'undefined' "
                                                    "&& document.readyState === 'complete'")));
        REQUIRE(browser.evaluate(tab, QStringLiteral("!!document.querySelector('.bad')")).toBool());
        for (const QString &line : violations(browser, tab, axe))
            failures << QStringLiteral("survey errors (") + QString::fromLatin1(view.name()) +
                            QStringLiteral("): ") + line;
        ++checked;
    }
    CHECK(checked == 64);
    INFO(failures.join(u'\n').toStdString());
    CHECK(failures.isEmpty());
}
