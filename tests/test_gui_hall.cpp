// SPDX-License-Identifier: GPL-3.0-or-later
// Meeting ▸ Hall, as the people at the door use it: a roster imported from a CSV file through
// its preview (a column mapped by hand, skipped rows listed), a handheld scanner typing badge
// URLs and Enter as key events into the Check-in view (a first scan, a repeat, an unknown
// code), the quorum line following each check-in, from this window and from another program,
// the roster found by name without marks, checked out by hand, and an archived meeting's Hall
// read-only. Offscreen, on the sample library.
#include "Dialogs.h"
#include "HallDialog.h"
#include "MainWindow.h"
#include "ProjectorController.h"
#include "ProjectorWindow.h"
#include "qr/DelegateUrl.h"
#include "RosterImportDialog.h"
#include "support/Cli.h"
#include "support/GuiWindow.h"
#include "support/PdfPages.h"
#include "support/QrDecode.h"
#include "support/Wait.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

#include <catch2/catch.hpp>

using namespace docket;
using namespace testsupport;

namespace {

const QString kCli = QStringLiteral(DOCKET_CLI_PATH);

// What a USB or Bluetooth scanner does: one key event per character, then Enter.
void scanWithWedge(QWidget *field, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(field, &press);
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(field, &release);
    }
    QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier, QStringLiteral("\r"));
    QCoreApplication::sendEvent(field, &enter);
}

} // namespace

TEST_CASE("The Hall imports a roster and checks people in at the door", "[gui][hall]")
{
    GuiWindow gui;
    Catalog &catalog = gui.site.lib.catalog();
    QAction *action = gui.window.findChild<QAction *>(QStringLiteral("hallRosterAction"));
    REQUIRE(action);
    CHECK(action->shortcut() == QKeySequence(QStringLiteral("Ctrl+Shift+R")));
    action->trigger();
    HallDialog *hall = gui.window.findChild<HallDialog *>();
    REQUIRE(hall);
    REQUIRE(hall->isVisible());
    CHECK(hall->quorumLabel()->text().contains(QStringLiteral("No roster")));

    // A roster as a union office saves it: a title row, then "TT" and "Tên" it does not map to
    // the name (the header says "Họ tên đại biểu" in the third column), one row without a name.
    const QString csv = gui.site.lib.sourcePath(QStringLiteral("Danh sách đại biểu.csv"));
    writeFile(csv, QStringLiteral("\uFEFFDANH SÁCH ĐẠI BIỂU DỰ ĐẠI HỘI;;;\r\n"
                                  "TT;Ghi chú;Họ tên đại biểu;Đơn vị\r\n"
                                  "1;x;Nguyễn Văn An;Chi đoàn 1\r\n"
                                  "2;;Trần Thị Bình;Chi đoàn 2\r\n"
                                  "3;;;Chi đoàn 3\r\n"
                                  "4;y;Lê Văn Cường;Chi đoàn 4\r\n")
                       .toUtf8());
    dialogs::presetOpenFiles({csv});
    dialogs::presetRosterImport([](RosterImportDialog &preview) {
        CHECK(preview.preview().headerRow == 2);
        REQUIRE(preview.columnChoices().size() == 4);
        // The number column was guessed; the name column too.
        CHECK(preview.preview().delegates.size() == 3);
        REQUIRE(preview.skippedList()->count() == 1);
        CHECK(preview.skippedList()->item(0)->text() == QStringLiteral("Row 5: no name"));
        // The notes column is mapped to the role by hand.
        QComboBox *notes = preview.columnChoices()[1];
        notes->setCurrentIndex(notes->findText(QStringLiteral("Role")));
        CHECK(preview.preview().delegates[0].role == QStringLiteral("x"));
        CHECK(preview.importButton()->isEnabled());
        return true;
    });
    hall->importRoster();
    CHECK(dialogs::takeRecordedInformation() ==
          QStringList{QStringLiteral("3 delegate(s) added to the roster.")});
    REQUIRE(hall->rosterTable()->rowCount() == 3);
    CHECK(hall->rosterTable()->item(2, 1)->text() == QStringLiteral("Lê Văn Cường"));
    CHECK(hall->rosterTable()->item(0, 4)->text() == QStringLiteral("x"));
    CHECK(hall->quorumLabel()->text() ==
          QStringLiteral("Present 0/3 (0.0%) — 2 more needed for the quorum"));

    // Found by name typed without marks.
    hall->searchField()->setText(QStringLiteral("cuong"));
    REQUIRE(hall->shownDelegates().size() == 1);
    CHECK(hall->shownDelegates()[0].fullName == QStringLiteral("Lê Văn Cường"));
    hall->searchField()->clear();

    // The door: the scanner types the badge's URL, in whatever case it reads it.
    const QList<Delegate> roster = catalog.roster(gui.site.open.id);
    gui.window.findChild<QAction *>(QStringLiteral("hallCheckIn"))->trigger();
    const QString badge = delegateurl::card(QStringLiteral("HTTP://192.168.1.23:8080"),
                                            gui.site.open.code, roster[0].token);
    scanWithWedge(hall->scanField(), badge);
    CHECK(hall->scanField()->text().isEmpty()); // ready for the next one
    CHECK(hall->scanResult()->text() == QStringLiteral("Nguyễn Văn An"));
    CHECK(hall->scanStatus()->text().startsWith(QStringLiteral("Checked in at ")));
    CHECK(catalog.delegate(roster[0].id)->presentNow());
    CHECK(hall->quorumLabel()->text() ==
          QStringLiteral("Present 1/3 (33.3%) — 1 more needed for the quorum"));

    scanWithWedge(hall->scanField(), badge.toLower());
    CHECK(hall->scanStatus()->text().startsWith(QStringLiteral("Already checked in at ")));
    CHECK(hall->quorumLabel()->text().startsWith(QStringLiteral("Present 1/3")));

    scanWithWedge(
        hall->scanField(),
        QStringLiteral("HTTP://192.168.1.23:8080/%1/C/ABCDEFGHJKMNP").arg(gui.site.open.code));
    CHECK(hall->scanResult()->text() == QStringLiteral("Not a badge of this meeting"));
    CHECK(hall->scanStatus()->text() == QStringLiteral("Refused: nobody was checked in."));
    CHECK(hall->recentScans()->count() == 3);

    // Another program checks the second delegate in: the quorum line follows within a second.
    runCliOk(kCli, gui.site.lib.folder(),
             {QStringLiteral("checkin"), gui.site.open.code, QStringLiteral("--number"),
              QStringLiteral("2")});
    REQUIRE(waitUntil(
        [&] { return hall->quorumLabel()->text().startsWith(QStringLiteral("Present 2/3")); },
        2000));
    CHECK(hall->quorumLabel()->text().endsWith(QStringLiteral("quorum reached")));

    // By hand in the roster: the first delegate leaves.
    hall->showRoster();
    hall->rosterTable()->selectRow(0);
    hall->checkOutButton()->click();
    CHECK_FALSE(catalog.delegate(roster[0].id)->presentNow());
    CHECK(hall->rosterTable()->item(0, 5)->text().startsWith(QStringLiteral("left at ")));
    CHECK(hall->quorumLabel()->text().startsWith(QStringLiteral("Present 1/3")));

    // The rule: at least a percentage.
    hall->quorumRule()->setCurrentIndex(2);
    emit hall->quorumRule()->activated(2);
    hall->quorumPercent()->setValue(30);
    emit hall->quorumPercent()->editingFinished();
    CHECK(catalog.quorumRule(gui.site.open.id) == *QuorumRule::fromKey(QStringLiteral("30%")));
    CHECK(hall->quorumLabel()->text().endsWith(QStringLiteral("quorum reached")));

    // Added by hand, removed after asking.
    hall->newName()->setText(QStringLiteral("Đỗ Thị Dung"));
    hall->newUnit()->setText(QStringLiteral("Chi đoàn 5"));
    hall->addButton()->click();
    REQUIRE(hall->rosterTable()->rowCount() == 4);
    CHECK(hall->rosterTable()->item(2, 0)->text() == QStringLiteral("3")); // the lowest free number
    // Edited in place (double-click or F2), and undone.
    QTableWidgetItem *unit = hall->rosterTable()->item(2, 2);
    unit->setText(QStringLiteral("Chi đoàn 6"));
    REQUIRE(waitUntil([&] { return catalog.roster(gui.site.open.id)[2].unit == u"Chi đoàn 6"; }));
    CHECK(hall->rosterTable()->item(2, 2)->text() == QStringLiteral("Chi đoàn 6"));
    hall->undoStack()->undo();
    CHECK(catalog.roster(gui.site.open.id)[2].unit == QStringLiteral("Chi đoàn 5"));
    // A number already taken is refused with the reason, and the cell shows the truth again.
    hall->rosterTable()->item(2, 0)->setText(QStringLiteral("1"));
    REQUIRE(waitUntil([&] { return !dialogs::recordedErrors().isEmpty(); }));
    CHECK(dialogs::takeRecordedErrors().join(u' ').contains(QStringLiteral("already")));
    CHECK(hall->rosterTable()->item(2, 0)->text() == QStringLiteral("3"));

    // Removed at once, and put back by Undo with the same badge and check-ins.
    hall->rosterTable()->selectRow(0);
    const Delegate first = *catalog.delegate(roster[0].id);
    hall->removeButton()->click();
    CHECK(hall->rosterTable()->rowCount() == 3);
    CHECK_FALSE(catalog.delegate(first.id));
    CHECK(hall->scanStatus()->text().contains(QStringLiteral("Undo")));
    hall->undoStack()->undo();
    REQUIRE(catalog.delegate(first.id));
    CHECK(catalog.delegate(first.id)->token == first.token);
    CHECK(catalog.delegate(first.id)->firstCheckIn == first.firstCheckIn);
    CHECK(catalog.delegate(first.id)->checkedOut == first.checkedOut);
    CHECK(hall->rosterTable()->rowCount() == 4);
    hall->undoStack()->redo();
    CHECK_FALSE(catalog.delegate(first.id));
    hall->rosterTable()->selectRow(1);
    hall->removeButton()->click();
    CHECK(hall->rosterTable()->rowCount() == 2);
    CHECK(hall->rosterTable()->item(1, 1)->text() == QStringLiteral("Lê Văn Cường"));

    hall->grab().save(QStringLiteral("/tmp/hall-roster.png"));
    hall->showCheckIn();
    hall->grab().save(QStringLiteral("/tmp/hall-checkin.png"));
    CHECK(dialogs::takeRecordedErrors().isEmpty());
}

TEST_CASE("An archived meeting's Hall shows its roster and changes nothing", "[gui][hall]")
{
    GuiWindow gui;
    Catalog &catalog = gui.site.lib.catalog();
    catalog.addDelegate(gui.site.open.id,
                        NewDelegate{0, QStringLiteral("Nguyễn Văn An"), {}, {}, {}, {}});
    catalog.archiveMeeting(gui.site.open.id);
    gui.window.selectMeeting(gui.site.open.id);
    gui.window.findChild<QAction *>(QStringLiteral("hallRosterAction"))->trigger();
    HallDialog *hall = gui.window.findChild<HallDialog *>();
    REQUIRE(hall);
    CHECK(hall->rosterTable()->rowCount() == 1);
    for (QWidget *w : std::initializer_list<QWidget *>{hall->scanField(), hall->importButton(),
                                                       hall->addButton(), hall->checkInButton(),
                                                       hall->removeButton(), hall->quorumRule()})
        CHECK_FALSE(w->isEnabled());
}

TEST_CASE("The projector's quorum slide follows the door", "[gui][hall][projector]")
{
    GuiWindow gui;
    Catalog &catalog = gui.site.lib.catalog();
    const QList<Delegate> roster = catalog.addDelegates(
        gui.site.open.id,
        {NewDelegate{0, QStringLiteral("Nguyễn Văn An"), {}, QStringLiteral("Đoàn A"), {}, {}},
         NewDelegate{0, QStringLiteral("Trần Thị Bình"), {}, QStringLiteral("Đoàn B"), {}, {}},
         NewDelegate{0, QStringLiteral("Lê Văn Cường"), {}, QStringLiteral("Đoàn B"), {}, {}}});
    ProjectorController *projector = gui.window.projector();
    QAction *quorum = gui.window.findChild<QAction *>(QStringLiteral("projectQuorum"));
    REQUIRE(quorum);
    REQUIRE(quorum->isEnabled());
    quorum->trigger();
    ProjectorWindow *slide = projector->window();
    CHECK(slide->slideKind() == ProjectorWindow::SlideKind::Quorum);
    CHECK(projector->statusText() == QStringLiteral("Projector: quorum"));
    const QSize size(1280, 720);
    const QImage before = slide->renderSlide(size);

    gui.window.findChild<QAction *>(QStringLiteral("hallCheckIn"))->trigger();
    HallDialog *hall = gui.window.findChild<HallDialog *>();
    REQUIRE(hall);
    scanWithWedge(hall->scanField(), roster[1].token);
    CHECK(hall->scanResult()->text() == QStringLiteral("Trần Thị Bình"));
    const QImage after = slide->renderSlide(size);
    CHECK(after != before); // redrawn with the new count, with no one touching the projector
    after.save(QStringLiteral("/tmp/quorum-slide.png"));

    // The next slide moves on from the count.
    slide->showWelcome();
    CHECK(slide->slideKind() == ProjectorWindow::SlideKind::Welcome);
    projector->setProjecting(false);
}

TEST_CASE("The Hall exports the attendance record as PDF and workbook", "[gui][hall]")
{
    GuiWindow gui;
    Catalog &catalog = gui.site.lib.catalog();
    const QList<Delegate> roster = catalog.addDelegates(
        gui.site.open.id,
        {NewDelegate{0, QStringLiteral("Nguyễn Văn An"), QStringLiteral("Chi đoàn 1"), {}, {}, {}},
         NewDelegate{
             0, QStringLiteral("Trần Thị Bình"), QStringLiteral("Chi đoàn 2"), {}, {}, {}}});
    catalog.checkIn(roster[0].id, CheckInMethod::Door);
    gui.window.findChild<QAction *>(QStringLiteral("hallRosterAction"))->trigger();
    HallDialog *hall = gui.window.findChild<HallDialog *>();
    REQUIRE(hall);
    REQUIRE(hall->exportButton());

    const QString pdf = gui.site.lib.sourcePath(QStringLiteral("Biên bản.pdf"));
    dialogs::presetSaveFile(pdf);
    hall->exportButton()->click();
    const QList<PdfPage> pages = readPdfPages(pdf, 40);
    REQUIRE(pages.size() == 1);
    CHECK(pages[0].text.contains(QStringLiteral("Nguyễn Văn An")));
    CHECK(pages[0].text.contains(QStringLiteral("Trần Thị Bình")));
    CHECK(hall->scanStatus()->text().contains(QStringLiteral("Biên bản.pdf")));

    const QString xlsx = gui.site.lib.sourcePath(QStringLiteral("Điểm danh.xlsx"));
    dialogs::presetSaveFile(xlsx);
    hall->exportButton()->click();
    QFile workbook(xlsx);
    REQUIRE(workbook.open(QIODevice::ReadOnly));
    CHECK(workbook.read(4) == QByteArray("PK\x03\x04", 4));
}

TEST_CASE("The projected item is the one phones follow", "[gui][hall][projector]")
{
    GuiWindow gui;
    Catalog &catalog = gui.site.lib.catalog();
    ProjectorController *projector = gui.window.projector();
    gui.window.selectItem(gui.site.item2.id);
    projector->projectItemAction()->trigger();
    REQUIRE(projector->projectedItemId() == gui.site.item2.id);
    REQUIRE(catalog.currentItem(gui.site.open.id));
    CHECK(catalog.currentItem(gui.site.open.id)->id == gui.site.item2.id);
    // A blank slide leaves the discussion where it was.
    projector->window()->setBlank(true);
    CHECK(catalog.currentItem(gui.site.open.id)->id == gui.site.item2.id);
    projector->window()->setBlank(false);
    gui.window.selectItem(gui.site.item1.id);
    projector->projectItemAction()->trigger();
    CHECK(catalog.currentItem(gui.site.open.id)->id == gui.site.item1.id);
    projector->setProjecting(false);
}

TEST_CASE("The projector shows a survey's code and its answers so far", "[gui][projector][survey]")
{
    GuiWindow gui;
    Catalog &catalog = gui.site.lib.catalog();
    Survey draft;
    draft.title = QStringLiteral("Góp ý hội nghị");
    SurveyQuestion rating;
    rating.kind = QuestionKind::Rating;
    rating.text = QStringLiteral("Bạn hài lòng không?");
    draft.questions = {rating};
    Survey survey = catalog.createSurvey(gui.site.open.id, draft);
    catalog.setSurveyState(survey.id, SurveyState::Open);
    survey = *catalog.survey(survey.id);
    ProjectorController *projector = gui.window.projector();
    projector->window()->setBaseUrl(QStringLiteral("HTTP://192.168.1.23:8080"));
    projector->projectSurvey(survey.id);
    ProjectorWindow *slide = projector->window();
    REQUIRE(slide->slideKind() == ProjectorWindow::SlideKind::Survey);
    CHECK(projector->statusText() == QStringLiteral("Projector: survey code"));
    const QImage before = slide->renderSlide(QSize(1280, 720));
    CHECK(decodeQr(before) ==
          QStringList{QStringLiteral("HTTP://192.168.1.23:8080/") + survey.code});
    // An answer arrives: the count on the slide follows.
    REQUIRE(catalog.recordSurveyResponses(
                {SurveySubmission{survey.id,
                                  "phone",
                                  QDate::currentDate(),
                                  {SurveyAnswer{survey.questions[0].id, {5}, {}}}}}) == 1);
    CHECK(slide->renderSlide(QSize(1280, 720)) != before);
    slide->renderSlide(QSize(1280, 720)).save(QStringLiteral("/tmp/survey-slide.png"));
    // The next slide moves on.
    slide->next();
    CHECK(slide->slideKind() == ProjectorWindow::SlideKind::Item);
    projector->setProjecting(false);
}

TEST_CASE("The projector steps through a survey's results, a question per slide, live",
          "[gui][projector][survey]")
{
    GuiWindow gui;
    Catalog &catalog = gui.site.lib.catalog();
    Survey draft;
    draft.title = QStringLiteral("Góp ý hội nghị");
    SurveyQuestion rating;
    rating.kind = QuestionKind::Rating;
    rating.text = QStringLiteral("Bạn hài lòng không?");
    SurveyQuestion written;
    written.kind = QuestionKind::Text;
    written.text = QStringLiteral("Ý kiến");
    SurveyQuestion choice;
    choice.kind = QuestionKind::Single;
    choice.text = QStringLiteral("Thời lượng");
    choice.options = {QStringLiteral("Vừa đủ"), QStringLiteral("Quá dài")};
    draft.questions = {rating, written, choice};
    Survey survey = catalog.createSurvey(gui.site.open.id, draft);
    catalog.setSurveyState(survey.id, SurveyState::Open);
    survey = *catalog.survey(survey.id);
    ProjectorController *projector = gui.window.projector();
    projector->projectSurveyResults(survey.id);
    ProjectorWindow *slide = projector->window();
    REQUIRE(slide->slideKind() == ProjectorWindow::SlideKind::SurveyResults);
    CHECK(slide->resultsPageCount() == 2); // the written question is not projected
    CHECK(slide->resultsPage() == 0);
    CHECK(projector->statusText() == QStringLiteral("Projector: survey results, question 1 of 2"));
    const QImage empty = slide->renderSlide(QSize(1280, 720));
    // An answer arrives: the bars follow.
    REQUIRE(catalog.recordSurveyResponses(
                {SurveySubmission{survey.id,
                                  "phone",
                                  QDate::currentDate(),
                                  {SurveyAnswer{survey.questions[0].id, {4}, {}},
                                   SurveyAnswer{survey.questions[2].id, {1}, {}}}}}) == 1);
    const QImage answered = slide->renderSlide(QSize(1280, 720));
    CHECK(answered != empty);
    // The clicker steps to the next question, back, and past the last moves on.
    int changed = 0;
    const QMetaObject::Connection counting =
        QObject::connect(slide, &ProjectorWindow::slideChanged, slide, [&changed] { ++changed; });
    slide->next();
    QObject::disconnect(counting);
    CHECK(slide->resultsPage() == 1);
    CHECK(changed == 1);
    CHECK(projector->statusText() == QStringLiteral("Projector: survey results, question 2 of 2"));
    slide->renderSlide(QSize(1280, 720)).save(QStringLiteral("/tmp/survey-results-projected.png"));
    slide->previous();
    CHECK(slide->resultsPage() == 0);
    CHECK(slide->renderSlide(QSize(1280, 720)) == answered);
    slide->next();
    slide->next();
    CHECK(slide->slideKind() == ProjectorWindow::SlideKind::Item);
    CHECK(slide->resultsPage() == -1);

    // A survey with nothing to chart is not projected.
    Survey words;
    words.title = QStringLiteral("Ý kiến tự do");
    words.questions = {written};
    const Survey onlyText = catalog.createSurvey(gui.site.open.id, words);
    CHECK_FALSE(slide->showSurveyResults(onlyText.id));
    projector->setProjecting(false);
}
