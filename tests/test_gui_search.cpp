// SPDX-License-Identifier: GPL-3.0-or-later
// Library ▸ Search, as a secretary uses it: typing a query lists pages of every meeting (one
// search for the whole word typed quickly), the state filter narrows them, opening a hit shows
// its page drawn by the render workers with the matched words marked where the child that
// reads the page's words found them, and "Show in the meeting" selects that meeting in the
// window. Offscreen, on the sample library, with the real docket-cli children.
#include "MainWindow.h"
#include "SearchDialog.h"
#include "support/GuiWindow.h"

#include <QAction>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

#include <catch2/catch.hpp>

using namespace docket;
using namespace testsupport;

namespace {

// As a keyboard would: one key press per character, without letting events run between them.
void type(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(widget, &release);
    }
}

// Pixels of the marking colour (a yellow, multiplied over the page's white or black).
int markedPixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.red() > 200 && c.green() > 170 && c.blue() < 80)
                ++count;
        }
    return count;
}

} // namespace

TEST_CASE("Search in the window lists and shows marked pages of every meeting", "[gui]")
{
    GuiWindow gui;
    QAction *action = gui.window.findChild<QAction *>(QStringLiteral("librarySearch"));
    REQUIRE(action);
    CHECK(action->shortcut() == QKeySequence(QStringLiteral("Ctrl+Shift+F")));
    action->trigger();
    auto *dialog = gui.window.findChild<SearchDialog *>();
    REQUIRE(dialog);
    REQUIRE(dialog->isVisible());
    int searches = 0;
    QObject::connect(dialog, &SearchDialog::searched, [&] { ++searches; });

    type(dialog->queryField(), QStringLiteral("kiến nghị"));
    REQUIRE(dialog->queryField()->text() == QStringLiteral("kiến nghị"));
    REQUIRE(waitUntil([&] { return searches > 0; }));
    CHECK(searches == 1); // typed at once: one search, after the pause
    // The open meeting's three pages and the closed meeting's one hold the words.
    const QList<SearchHit> hits = dialog->hits();
    REQUIRE(hits.size() == 4);
    REQUIRE(dialog->results()->count() == 4);
    QSet<Id> meetings;
    for (int row = 0; row < dialog->results()->count(); ++row) {
        const SearchHit &hit = hits[row];
        meetings.insert(hit.meetingId);
        CHECK(dialog->results()->item(row)->text().contains(hit.meetingTitle));
        const QString html = SearchDialog::hitHtml(hit);
        CHECK(html.contains(hit.meetingTitle.toHtmlEscaped()));
        // Two words, each marked (a phrase would be marked as one).
        CHECK(html.contains(QStringLiteral("<b>kiến</b>")));
        CHECK(html.contains(QStringLiteral("<b>nghị</b>")));
        CHECK_FALSE(html.contains(u'['));
    }
    CHECK(meetings == QSet<Id>{gui.site.open.id, gui.site.closed.id});
    CHECK(dialog->status().contains(u'4'));

    // Typing on: "kiến nghịx" is on no page.
    type(dialog->queryField(), QStringLiteral("x"));
    REQUIRE(waitUntil([&] { return searches == 2; }));
    CHECK(dialog->hits().isEmpty());
    dialog->queryField()->backspace(); // back to "kiến nghị"
    REQUIRE(waitUntil([&] { return searches == 3; }));
    REQUIRE(dialog->hits().size() == 4);

    // Only the closed meeting's page.
    QComboBox *state = dialog->stateFilter();
    state->setCurrentIndex(state->findData(QStringLiteral("closed")));
    REQUIRE(waitUntil([&] { return searches == 4; }));
    REQUIRE(dialog->hits().size() == 1);
    CHECK(dialog->hits()[0].meetingId == gui.site.closed.id);
    CHECK(dialog->hits()[0].documentId == gui.site.closedPdf.id);

    // Opening it: the page, drawn by a render worker, the matched words marked on it.
    bool shown = false;
    QObject::connect(dialog, &SearchDialog::pageShown, [&] { shown = true; });
    dialog->openHit(0);
    REQUIRE(waitUntil([&] { return shown; }, 20000));
    const QImage page = dialog->shownPage();
    REQUIRE_FALSE(page.isNull());
    CHECK(page.width() > 500);
    // "Hội nghị không văn bản giấy: … kiến nghị của đại biểu": kiến, and nghị twice.
    CHECK(dialog->markedWords() == 3);
    CHECK(markedPixels(page) > 200);

    // And back to that meeting in the main window.
    REQUIRE(gui.window.currentMeetingId() == gui.site.open.id);
    dialog->meetingButton()->click();
    CHECK(gui.window.currentMeetingId() == gui.site.closed.id);

    // The same dialog again, remembering the search.
    action->trigger();
    CHECK(gui.window.findChildren<SearchDialog *>().size() == 1);
    CHECK(dialog->queryField()->text() == QStringLiteral("kiến nghị"));
}
