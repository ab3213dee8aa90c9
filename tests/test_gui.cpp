// SPDX-License-Identifier: GPL-3.0-or-later
// The main window, offscreen, driven through its actions as a user drives it through menus and
// shortcuts; every modal question is answered through the dialogs:: test seam.
#include "AgendaTree.h"
#include "Dialogs.h"
#include "HostingBar.h"
#include "MainWindow.h"
#include "NewMeetingDialog.h"
#include "qr/DelegateUrl.h"
#include "QrPanel.h"
#include "support/Curl.h"
#include "support/GuiWindow.h"
#include "support/QrDecode.h"
#include "support/SampleSite.h"
#include "support/TestPdf.h"
#include "util/DateText.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDir>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QTreeWidgetItem>

#include <catch2/catch.hpp>

using namespace docket;
using namespace testsupport;

namespace {

QStringList topLevelTexts(const AgendaTree *tree)
{
    QStringList texts;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        texts << tree->topLevelItem(i)->text(0);
    return texts;
}

struct Window : GuiWindow
{
    HttpResult fetchItem(int number)
    {
        return curlFetch(delegateurl::item(window.hostingBar()->baseUrl(), site.open.code, number));
    }
};

} // namespace

TEST_CASE("The dialog seam fails fast: an unpreset question is answered at once, an unused "
          "preset is reported",
          "[gui]")
{
    dialogs::setPresetsOnly(true);
    QElapsedTimer clock;
    clock.start();
    CHECK_FALSE(dialogs::confirm(nullptr, QStringLiteral("t"), QStringLiteral("Delete?")));
    CHECK_FALSE(dialogs::askText(nullptr, QStringLiteral("t"), QStringLiteral("Name"), {}));
    CHECK(dialogs::openFiles(nullptr, QStringLiteral("t"), {}).isEmpty());
    CHECK(clock.elapsed() < 1000); // no modal dialog waited for a click
    CHECK(dialogs::takeUnansweredQuestions() == QStringList{QStringLiteral("confirm"),
                                                            QStringLiteral("text"),
                                                            QStringLiteral("open files")});

    dialogs::presetConfirm(true);
    dialogs::presetText(QStringLiteral("x"));
    CHECK(dialogs::confirm(nullptr, QStringLiteral("t"), QStringLiteral("Delete?")));
    CHECK(dialogs::takeUnansweredQuestions().isEmpty());
    CHECK(dialogs::takeUnusedPresets() == QStringList{QStringLiteral("text")});
    CHECK(dialogs::takeUnusedPresets().isEmpty()); // forgotten once reported
    dialogs::setPresetsOnly(false);
}

TEST_CASE("The window shows the meeting's agenda and the selected item's QR code", "[gui]")
{
    Window w;
    CHECK(w.window.currentMeetingId() == w.site.open.id);
    CHECK(topLevelTexts(w.window.agenda()) ==
          QStringList{QStringLiteral("1. Báo cáo chính trị"), QStringLiteral("2. Thảo luận")});
    const QTreeWidgetItem *first = w.window.agenda()->topLevelItem(0);
    REQUIRE(first->childCount() == 2);
    CHECK(first->child(0)->text(0) == QFileInfo(SampleSite::pdfName()).completeBaseName());
    CHECK(first->child(0)->text(1).contains(QStringLiteral("3")));

    const QString expected =
        delegateurl::item(w.window.hostingBar()->baseUrl(), w.site.open.code, 1);
    CHECK(w.window.qrPanel()->url() == expected);
    const QImage shown = w.window.qrPanel()->renderedImage();
    REQUIRE(!shown.isNull());
    CHECK(shown.width() >= 160);
    CHECK(decodeQr(shown) == QStringList{expected});

    // A screenshot for people to look at, next to the test binary.
    const QString artifact = QDir::current().filePath(QStringLiteral("gui-main-window.png"));
    CHECK(w.window.grab().save(artifact));

    w.window.agenda()->setCurrentItem(w.window.agenda()->topLevelItem(1));
    const QString second = delegateurl::item(w.window.hostingBar()->baseUrl(), w.site.open.code, 2);
    CHECK(decodeQr(w.window.qrPanel()->renderedImage()) == QStringList{second});
}

TEST_CASE("Hosting from the window serves what the QR code points at", "[gui]")
{
    Window w;
    w.host();
    const QString base = w.window.hostingBar()->baseUrl();
    CHECK(base.startsWith(QStringLiteral("HTTP://127.0.0.1:")));
    CHECK(!base.endsWith(QStringLiteral(":0")));
    CHECK(w.site.lib.catalog().setting(QStringLiteral("server.base_url")) == base);

    const QStringList decoded = decodeQr(w.window.qrPanel()->renderedImage());
    REQUIRE(decoded.size() == 1);
    CHECK(decoded.first() == delegateurl::item(base, w.site.open.code, 1));
    const HttpResult page = curlFetch(decoded.first());
    CHECK(page.status == 200);
    CHECK(page.body.contains(QStringLiteral("Báo cáo chính trị").toUtf8()));

    w.window.hostingBar()->stopHosting();
    CHECK_FALSE(w.window.hostingBar()->isHosting());
    const ProcessResult refused = runCurl({QStringLiteral("-s"), decoded.first()});
    CHECK(refused.exitCode != 0); // nothing listens any more
}

TEST_CASE("Agenda edits in the window reach delegates without a restart", "[gui]")
{
    Window w;
    w.host();

    dialogs::presetItem(dialogs::ItemFields{QStringLiteral("Biểu quyết nghị quyết"),
                                            QStringLiteral("Chị Lê Thu Hà")});
    w.window.addItemAction()->trigger();
    const QList<AgendaItem> items = w.site.lib.catalog().items(w.site.open.id);
    REQUIRE(items.size() == 3);
    CHECK(items[2].title == QStringLiteral("Biểu quyết nghị quyết"));
    CHECK(items[2].presenter == QStringLiteral("Chị Lê Thu Hà"));
    CHECK(w.window.agenda()->selectedItemId() == items[2].id);
    REQUIRE(waitUntil([&] { return w.fetchItem(3).status == 200; }));
    CHECK(w.fetchItem(3).body.contains(QStringLiteral("Chị Lê Thu Hà").toUtf8()));

    // Edit (F2), then move it up (Ctrl+Up): it becomes item 2, and item 2 becomes 3.
    dialogs::presetItem(dialogs::ItemFields{QStringLiteral("Biểu quyết"), QString()});
    w.window.editAction()->trigger();
    CHECK(w.site.lib.catalog().item(items[2].id)->title == QStringLiteral("Biểu quyết"));
    // The meeting is open: renumbering asks first, since printed codes would change.
    dialogs::presetConfirm(false);
    w.window.moveUpAction()->trigger();
    CHECK(w.site.lib.catalog().item(items[2].id)->number == 3);
    dialogs::presetConfirm(true);
    w.window.moveUpAction()->trigger();
    CHECK(w.site.lib.catalog().item(items[2].id)->number == 2);
    CHECK(w.site.lib.catalog().item(w.site.item2.id)->number == 3);
    CHECK(topLevelTexts(w.window.agenda()).at(1) == QStringLiteral("2. Biểu quyết"));
    REQUIRE(waitUntil([&] { return w.fetchItem(2).body.contains("Biểu quyết</h1>"); }));

    // Documents: added through the Add documents action, then shown to delegates.
    const QString pdfPath = w.site.lib.sourcePath(QStringLiteral("Dự thảo nghị quyết.pdf"));
    writePdf(pdfPath, 2, QStringLiteral("Dự thảo"));
    dialogs::presetOpenFiles({pdfPath});
    w.window.addDocumentsAction()->trigger();
    const QList<Document> docs = w.site.lib.catalog().documents(items[2].id);
    REQUIRE(docs.size() == 1);
    CHECK(docs[0].fileName == QStringLiteral("Dự thảo nghị quyết.pdf"));
    CHECK(docs[0].pageCount == 2);
    CHECK(w.window.agenda()->selectedDocumentId() == docs[0].id);
    REQUIRE(waitUntil([&] { return w.fetchItem(2).body.contains("Dự thảo nghị quyết"); }));

    // Removing asks first: "Cancel" keeps the document, "Yes" removes it.
    dialogs::presetConfirm(false);
    w.window.removeAction()->trigger();
    CHECK(w.site.lib.catalog().documents(items[2].id).size() == 1);
    dialogs::presetConfirm(true);
    w.window.removeAction()->trigger();
    CHECK(w.site.lib.catalog().documents(items[2].id).isEmpty());

    // Closing the meeting to delegates takes it off the air.
    REQUIRE(w.window.openToDelegatesAction()->isChecked());
    w.window.openToDelegatesAction()->trigger();
    CHECK(w.site.lib.catalog().meeting(w.site.open.id)->state == MeetingState::Closed);
    REQUIRE(waitUntil([&] { return w.fetchItem(1).status == 404; }));
    CHECK(dialogs::takeRecordedErrors().isEmpty());
}

TEST_CASE("Dropping files on an item imports them, a bad file is refused whole", "[gui]")
{
    Window w;
    const QString good = w.site.lib.sourcePath(QStringLiteral("Phụ lục.pdf"));
    writePdf(good, 1, QStringLiteral("Phụ lục"));
    // The same signal the tree emits when files are dropped on item 2; the import runs once
    // the drop has returned.
    Q_EMIT w.window.agenda()->filesDropped(w.site.item2.id, {good});
    CHECK(w.site.lib.catalog().documents(w.site.item2.id).isEmpty());
    REQUIRE(waitUntil([&] { return w.site.lib.catalog().documents(w.site.item2.id).size() == 1; }));

    const QString missing = w.site.lib.sourcePath(QStringLiteral("không có.pdf"));
    Q_EMIT w.window.agenda()->filesDropped(w.site.item2.id, {good, missing});
    REQUIRE(waitUntil([&] { return !dialogs::recordedErrors().isEmpty(); }));
    CHECK(w.site.lib.catalog().documents(w.site.item2.id).size() == 1);
    const QStringList errors = dialogs::takeRecordedErrors();
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().contains(QStringLiteral("không có.pdf")));
}

TEST_CASE("The new-meeting form: a wrapping title, the date shown, the venue, the language",
          "[gui]")
{
    NewMeetingDialog dialog({QStringLiteral("Hội trường A"), QStringLiteral("Nhà văn hoá")});
    dialog.show();
    // Nothing to create without a title.
    CHECK_FALSE(dialog.createButton()->isEnabled());
    dialog.titleBox()->setPlainText(
        QStringLiteral("Đại hội đại biểu Đoàn TNCS Hồ Chí Minh\nphường Bến Nghé  lần thứ XII"));
    CHECK(dialog.createButton()->isEnabled());
    // Today unless changed, shown, never silently.
    CHECK(dialog.dateBox()->date() == QDate::currentDate());
    MeetingFields fields = dialog.fields();
    CHECK(fields.title ==
          QStringLiteral("Đại hội đại biểu Đoàn TNCS Hồ Chí Minh phường Bến Nghé lần thứ XII"));
    CHECK(fields.date == QDate::currentDate());
    CHECK(fields.language == QStringLiteral("vi"));
    // "No date yet" is a choice of its own.
    dialog.dateBox()->setDate(dialog.dateBox()->minimumDate());
    CHECK(dialog.dateBox()->text() == QStringLiteral("No date yet"));
    CHECK_FALSE(dialog.fields().date.isValid());
    dialog.setFields({QStringLiteral("Họp"), QDate(2027, 1, 5), QStringLiteral("Nhà văn hoá"),
                      QStringLiteral("en")});
    fields = dialog.fields();
    CHECK(fields.date == QDate(2027, 1, 5));
    CHECK(fields.venue == QStringLiteral("Nhà văn hoá"));
    CHECK(fields.language == QStringLiteral("en"));
    // Enter in the title creates, as in a one-line field.
    QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
    QCoreApplication::sendEvent(dialog.titleBox(), &enter);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.titleBox()->toPlainText() == QStringLiteral("Họp"));
}

TEST_CASE("One way to write a date per language in the window", "[gui]")
{
    CHECK(datetext::date(QDate(2026, 12, 1), QStringLiteral("vi")) == QStringLiteral("01/12/2026"));
    CHECK(datetext::date(QDate(2026, 12, 1), QStringLiteral("en")) == QStringLiteral("1 Dec 2026"));
    CHECK(datetext::date({}, QStringLiteral("vi")).isEmpty());
    const QDateTime at(QDate(2026, 12, 5), QTime(14, 5), QTimeZone::systemTimeZone());
    CHECK(datetext::dateTime(at, QStringLiteral("vi")) == QStringLiteral("05/12/2026 14:05"));
    CHECK(datetext::dateTime(at, QStringLiteral("en")) == QStringLiteral("5 Dec 2026 14:05"));
    CHECK(datetext::time(at) == QStringLiteral("14:05"));

    // The window in Vietnamese writes its dates so, in the list and in the date field.
    datetext::setUiLanguage(QStringLiteral("vi_VN"));
    {
        Window w;
        const Meeting dated =
            w.site.lib.catalog().createMeeting(QStringLiteral("Có ngày"), QDate(2026, 12, 5));
        w.window.selectMeeting(dated.id);
        QCoreApplication::processEvents();
        auto *date = w.window.findChild<QDateEdit *>();
        REQUIRE(date);
        CHECK(date->text() == QStringLiteral("05/12/2026"));
        bool listed = false;
        for (QListWidgetItem *row : w.window.findChild<QListWidget *>()->findItems(
                 QStringLiteral("Có ngày"), Qt::MatchStartsWith))
            listed = row->text().contains(QStringLiteral("05/12/2026"));
        CHECK(listed);
    }
    datetext::setUiLanguage(QStringLiteral("en"));
}

TEST_CASE("A new meeting starts from the window, a busy port is a clear message", "[gui]")
{
    Window w;
    dialogs::presetNewMeeting(MeetingFields{QStringLiteral("Họp giao ban tháng 12"),
                                            QDate(2026, 12, 21), QStringLiteral("Phòng họp 2"),
                                            QStringLiteral("en")});
    w.window.newMeetingAction()->trigger();
    const auto current = w.window.currentMeetingId();
    REQUIRE(current);
    const auto meeting = w.site.lib.catalog().meeting(*current);
    REQUIRE(meeting);
    CHECK(meeting->title == QStringLiteral("Họp giao ban tháng 12"));
    CHECK(meeting->date == QDate(2026, 12, 21));
    CHECK(meeting->venue == QStringLiteral("Phòng họp 2"));
    CHECK(meeting->language == QStringLiteral("en"));
    CHECK(meeting->state == MeetingState::Draft);
    // The meeting's language is changed in the window, like its other details.
    auto *language = w.window.findChild<QComboBox *>(QStringLiteral("meetingLanguage"));
    REQUIRE(language);
    CHECK(language->currentData().toString() == QStringLiteral("en"));
    language->setCurrentIndex(language->findData(QStringLiteral("vi")));
    Q_EMIT language->activated(language->currentIndex());
    CHECK(w.site.lib.catalog().meeting(*current)->language == QStringLiteral("vi"));
    CHECK(w.window.agenda()->topLevelItemCount() == 0);
    CHECK(w.window.qrPanel()->url() ==
          delegateurl::meeting(w.window.hostingBar()->baseUrl(), meeting->code));

    // A second window's server, on another library (one library has one server, see
    // test_gui_hosting), on the port the first one holds.
    w.host();
    const int port = w.window.hostingBar()->baseUrl().section(u':', -1).toInt();
    SampleSite otherSite;
    MainWindow other(otherSite.lib.library());
    other.hostingBar()->setAddress(QStringLiteral("127.0.0.1"));
    other.hostingBar()->setPort(port);
    CHECK_FALSE(other.hostingBar()->startHosting());
    CHECK_FALSE(other.hostingBar()->isHosting());
    const QStringList errors = dialogs::takeRecordedErrors();
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().contains(QString::number(port)));
    CHECK(errors.first().contains(QStringLiteral("already in use")));
}

TEST_CASE("The details form never changes a meeting the user did not edit", "[gui]")
{
    Window w;
    // A meeting made without a date (as docket-cli does) keeps having none.
    const Meeting undated = w.site.lib.catalog().createMeeting(QStringLiteral("Không ngày"));
    w.window.selectMeeting(undated.id);
    QCoreApplication::processEvents();
    auto *title = w.window.findChild<QLineEdit *>(QStringLiteral("meetingTitle"));
    REQUIRE(title);
    REQUIRE(title->text() == QStringLiteral("Không ngày"));
    Q_EMIT title->editingFinished(); // focus in and out, as tabbing through the form does
    CHECK_FALSE(w.site.lib.catalog().meeting(undated.id)->date.isValid());

    // A title typed for one meeting never lands on the next one created meanwhile, even
    // though the field keeps the keyboard focus.
    QApplication::setActiveWindow(&w.window);
    title->setFocus();
    REQUIRE(waitUntil([&] { return title->hasFocus(); }));
    title->setText(QStringLiteral("Tên sửa dở"));
    dialogs::presetNewMeeting(
        MeetingFields{QStringLiteral("Cuộc họp mới"), {}, {}, QStringLiteral("vi")});
    w.window.newMeetingAction()->trigger();
    const auto created = w.window.currentMeetingId();
    REQUIRE(created);
    CHECK(title->text() == QStringLiteral("Cuộc họp mới"));
    Q_EMIT title->editingFinished();
    CHECK(w.site.lib.catalog().meeting(*created)->title == QStringLiteral("Cuộc họp mới"));
    CHECK(w.site.lib.catalog().meeting(undated.id)->title == QStringLiteral("Không ngày"));

    // An edit is saved to the meeting it was made on.
    title->setText(QStringLiteral("Cuộc họp mới (sửa)"));
    Q_EMIT title->editingFinished();
    CHECK(w.site.lib.catalog().meeting(*created)->title == QStringLiteral("Cuộc họp mới (sửa)"));
}
