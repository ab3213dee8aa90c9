// SPDX-License-Identifier: GPL-3.0-or-later
// Hall ▸ Surveys, as an organiser uses it: a survey made from the "meeting" template for the
// sample meeting, its questions edited while nobody has answered, opened, its address and QR
// code once hosting runs, answers recorded as the server records them and the results view
// following them without a touch, the catalog's refusal to change questions once answered,
// closed, removed after a question. And the standing surveys when no meeting is selected.
// Offscreen, on the sample library.
#include "catalog/Catalog.h"
#include "Dialogs.h"
#include "HostingBar.h"
#include "MainWindow.h"
#include "print/SurveyReport.h"
#include "qr/DelegateUrl.h"
#include "support/GuiWindow.h"
#include "support/PdfPages.h"
#include "support/QrDecode.h"
#include "support/Wait.h"
#include "survey/SurveyResults.h"
#include "survey/SurveyTemplates.h"
#include "SurveyDialog.h"
#include "SurveyPhonePreview.h"
#include "SurveyResultsView.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableWidget>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace docket;
using namespace testsupport;

namespace {

SurveySubmission submission(const Survey &s, const char *respondent, QDate day, int overall,
                            int discussion, const QString &improve)
{
    SurveySubmission sub{s.id, QByteArray(respondent), day, {}};
    sub.answers << SurveyAnswer{s.questions[0].id, {overall}, {}};
    if (discussion >= 0)
        sub.answers << SurveyAnswer{s.questions[4].id, {discussion}, {}};
    if (!improve.isEmpty())
        sub.answers << SurveyAnswer{s.questions[5].id, {}, improve};
    return sub;
}

// "3 (66.6%)" as the view writes a count of those who answered.
QString counted(int count, int answered)
{
    return QStringLiteral("%1 (%2%)")
        .arg(count)
        .arg(survey::percentText(count, answered, QLocale()));
}

QString meanText(double mean)
{
    return QStringLiteral("Mean %1/5").arg(QLocale().toString(mean, 'f', 1));
}

SurveyDialog *openSurveys(GuiWindow &gui)
{
    QAction *action = gui.window.findChild<QAction *>(QStringLiteral("surveysAction"));
    REQUIRE(action);
    action->trigger();
    auto *dialog = gui.window.findChild<SurveyDialog *>();
    REQUIRE(dialog);
    REQUIRE(dialog->isVisible());
    return dialog;
}

} // namespace

TEST_CASE("A survey from the meeting template collects answers and shows them live",
          "[gui][survey]")
{
    GuiWindow gui;
    Catalog &catalog = gui.site.lib.catalog();
    QAction *action = gui.window.findChild<QAction *>(QStringLiteral("surveysAction"));
    REQUIRE(action);
    CHECK(action->shortcut() == QKeySequence(QStringLiteral("Ctrl+Shift+U")));
    SurveyDialog *dialog = openSurveys(gui);
    CHECK(dialog->objectName() == QStringLiteral("surveyDialog"));
    CHECK(dialog->meetingId() == gui.site.open.id);
    CHECK(dialog->shownSurveys().isEmpty());
    CHECK_FALSE(dialog->openButton()->isEnabled());

    // New survey…: the "meeting" template, in the meeting's language, for this meeting.
    SurveyDialog::presetNewSurvey([&](NewSurveyForm &form) {
        CHECK(form.templateChoice()->count() == 4); // three templates and an empty survey
        CHECK(form.forMeeting()->isEnabled());
        CHECK(form.forMeeting()->isChecked());
        CHECK(form.language() == gui.site.open.language);
        REQUIRE(form.chooseTemplate(QStringLiteral("meeting")));
        const auto draft = survey::fromTemplate(QStringLiteral("meeting"), form.language());
        REQUIRE(draft);
        CHECK(form.templateChoice()->currentText() == draft->title);
        CHECK(form.title() == draft->title); // suggested: the template's title
        form.titleField()->setText(QStringLiteral("Góp ý Đại hội Chi đoàn"));
        // One per delegate is a meeting's choice: a standing survey has no roster.
        CHECK(form.perDelegateBox()->isEnabled());
        form.perDelegateBox()->setChecked(true);
        form.standing()->setChecked(true);
        CHECK_FALSE(form.perDelegateBox()->isEnabled());
        CHECK_FALSE(form.perDelegateBox()->isChecked());
        form.forMeeting()->setChecked(true);
        form.perDelegateBox()->setChecked(true);
        return true;
    });
    dialog->newButton()->click();
    REQUIRE(dialog->shownSurveys().size() == 1);
    Survey made = dialog->shownSurveys().first();
    CHECK(made.meetingId == gui.site.open.id);
    CHECK(made.perDelegate);
    CHECK(dialog->perDelegateBox()->isChecked());
    // Changed back while nobody has answered: one response per phone.
    dialog->perDelegateBox()->click();
    CHECK_FALSE(catalog.survey(made.id)->perDelegate);
    CHECK_FALSE(dialog->perDelegateBox()->isChecked());
    made = *catalog.survey(made.id);
    CHECK(made.title == QStringLiteral("Góp ý Đại hội Chi đoàn"));
    CHECK(made.state == SurveyState::Draft);
    REQUIRE(made.questions.size() == 6);
    REQUIRE(dialog->currentSurvey());
    CHECK(dialog->currentSurvey()->id == made.id);
    CHECK(dialog->surveyTable()->item(0, 2)->text() == QStringLiteral("draft"));
    CHECK(dialog->questionTable()->rowCount() == 6);
    CHECK(dialog->addressLabel()->text().isEmpty());
    CHECK(dialog->addressNote()->text().startsWith(QStringLiteral("Not hosted yet")));
    CHECK(dialog->shownUrl().isEmpty());
    CHECK(dialog->qrImage().isNull());

    // The questions, while nobody has answered: added after the selected one, duplicated,
    // moved, edited, removed.
    dialog->showQuestions();
    dialog->selectQuestion(5);
    SurveyDialog::presetQuestion([](QuestionForm &form) {
        CHECK(form.optionsField()->isHidden()); // a rating has its five labels
        form.setKind(QuestionKind::Single);
        CHECK_FALSE(form.optionsField()->isHidden());
        form.textField()->setText(QStringLiteral("Bạn có muốn dự lần sau không?"));
        form.optionsField()->setPlainText(QStringLiteral("Có\n\nKhông\n"));
        return true;
    });
    dialog->addQuestionButton()->click();
    made = *catalog.survey(made.id);
    REQUIRE(made.questions.size() == 7);
    CHECK(made.questions[6].kind == QuestionKind::Single);
    CHECK(made.questions[6].options == QStringList{QStringLiteral("Có"), QStringLiteral("Không")});
    CHECK(made.questions[6].required);
    CHECK(dialog->questionTable()->currentRow() == 6);
    dialog->duplicateButton()->click();
    made = *catalog.survey(made.id);
    REQUIRE(made.questions.size() == 8);
    CHECK(made.questions[7].text == made.questions[6].text);
    dialog->selectQuestion(7);
    dialog->moveUpButton()->click();
    CHECK(dialog->questionTable()->currentRow() == 6); // the selection follows the question
    SurveyDialog::presetQuestion([](QuestionForm &form) {
        CHECK(form.textField()->text() == QStringLiteral("Bạn có muốn dự lần sau không?"));
        form.textField()->setText(QStringLiteral("Lần sau bạn có tham gia không?"));
        form.requiredBox()->setChecked(false);
        return true;
    });
    dialog->editQuestionButton()->click();
    made = *catalog.survey(made.id);
    CHECK(made.questions[6].text == QStringLiteral("Lần sau bạn có tham gia không?"));
    CHECK_FALSE(made.questions[6].required);
    dialog->removeQuestionButton()->click();
    dialog->selectQuestion(6);
    dialog->removeQuestionButton()->click();
    made = *catalog.survey(made.id);
    REQUIRE(made.questions.size() == 6);
    CHECK(dialog->questionTable()->rowCount() == 6);
    // Cancelled: nothing changes.
    SurveyDialog::presetQuestion([](QuestionForm &form) {
        form.textField()->setText(QStringLiteral("Bỏ qua"));
        return false;
    });
    dialog->addQuestionButton()->click();
    CHECK(catalog.survey(made.id)->questions.size() == 6);

    // Undo walks back through the edits (the two removals, the edit, the move, ...) and redo
    // forward again: each question where it was, with what it said.
    QUndoStack *undo = dialog->undoStack();
    REQUIRE(undo->count() == 6); // add, duplicate, move, edit, remove, remove
    const QList<SurveyQuestion> finalQuestions = catalog.survey(made.id)->questions;
    const auto texts = [&] {
        QStringList list;
        const Survey current = *catalog.survey(made.id);
        for (const SurveyQuestion &q : current.questions)
            list << q.text + (q.required ? QStringLiteral(" *") : QString());
        return list;
    };
    const QStringList atEnd = texts();
    undo->undo(); // the second removal: the original question back at 7
    undo->undo(); // the first: the edited duplicate back at 7
    QStringList now = texts();
    REQUIRE(now.size() == 8);
    CHECK(now[6] == QStringLiteral("Lần sau bạn có tham gia không?"));
    CHECK(now[7] == QStringLiteral("Bạn có muốn dự lần sau không? *"));
    CHECK(dialog->questionTable()->rowCount() == 8);
    undo->undo(); // the edit
    CHECK(texts()[6] == QStringLiteral("Bạn có muốn dự lần sau không? *"));
    undo->undo(); // the move
    undo->undo(); // the duplicate
    undo->undo(); // the addition
    CHECK(texts().size() == 6);
    CHECK_FALSE(undo->canUndo());
    for (int i = 0; i < 6; ++i)
        undo->redo();
    CHECK(texts() == atEnd);
    CHECK(dialogs::takeRecordedErrors().isEmpty());

    // The phone preview: at a phone's width, every question in order, in the survey's words.
    dialog->showPreview();
    SurveyPhonePreview *preview = dialog->phonePreview();
    CHECK(preview->questionCount() == 6);
    CHECK(preview->page()->width() <= SurveyPhonePreview::kPhoneWidth);
    QStringList shownTexts;
    for (const QLabel *label : preview->page()->findChildren<QLabel *>())
        shownTexts << label->text();
    const Survey previewed = *catalog.survey(made.id);
    CHECK(shownTexts.contains(previewed.title));
    CHECK(shownTexts.contains(QStringLiteral("1. ") + previewed.questions[0].text +
                              QStringLiteral(" (bắt buộc)")));
    // A rating's five points, each with its label, as radio buttons.
    QStringList choices;
    for (const QRadioButton *choice : preview->page()->findChildren<QRadioButton *>())
        choices << choice->text();
    CHECK(choices.contains(QStringLiteral("5 · ") + previewed.questions[0].options.value(4)));
    dialog->grab().save(QStringLiteral("/tmp/survey-preview.png"));
    CHECK(catalog.survey(made.id)->questions.size() == finalQuestions.size());

    // Open, and hosted: its own address and a QR code that reads back as it.
    dialog->openButton()->click();
    CHECK(catalog.survey(made.id)->state == SurveyState::Open);
    CHECK(dialog->surveyTable()->item(0, 2)->text() == QStringLiteral("open"));
    CHECK(dialog->closeButton()->isEnabled());
    gui.host();
    const QString url = delegateurl::meeting(gui.window.hostingBar()->servingBaseUrl(), made.code);
    CHECK(dialog->shownUrl() == url);
    CHECK(dialog->addressLabel()->text() == url);
    CHECK(dialog->addressNote()->text().startsWith(QStringLiteral("Open")));
    CHECK(decodeQr(dialog->qrImage()) == QStringList{url});

    // Answers as the server records them: the results follow without a touch.
    dialog->showResults();
    SurveyResultsView *results = dialog->resultsView();
    CHECK(results->tally().responses == 0);
    CHECK(results->totalLabel()->text() == QStringLiteral("No responses yet."));
    const QDate monday(2026, 12, 7); // 2026-W50
    CHECK(catalog.recordSurveyResponses(
              {submission(made, "phone-a", monday, 5, 1, QStringLiteral("Âm thanh nhỏ quá")),
               submission(made, "phone-b", monday, 4, 1, {}),
               submission(made, "phone-c", monday.addDays(7), 5, 0,
                          QStringLiteral("<b>Thêm</b> thời gian thảo luận"))}) == 3);
    CHECK(results->tally().responses == 3);
    REQUIRE(results->tally().questions.size() == 6);
    CHECK(results->tally().questions[0].counts == QList<int>{0, 0, 0, 1, 2});
    CHECK(results->totalLabel()->text() == QStringLiteral("3 response(s)"));
    CHECK(results->weeksLabel()->text() ==
          QStringLiteral("Per ISO week: 2026-W50: 2 · 2026-W51: 1"));
    const QStringList rating = made.questions[0].options;
    REQUIRE(rating.size() == 5);
    QString said = results->accessibleDescription();
    CHECK(said == results->summaryText());
    CHECK(said.contains(QStringLiteral("Question 1: %1; 3 answer(s); %2; ")
                            .arg(made.questions[0].text, meanText(14.0 / 3))));
    CHECK(said.contains(QStringLiteral("5 · %1: %2").arg(rating[4], counted(2, 3))));
    CHECK(said.contains(QStringLiteral("4 · %1: %2").arg(rating[3], counted(1, 3))));
    CHECK(said.contains(QStringLiteral("1 · %1: %2").arg(rating[0], counted(0, 3))));
    CHECK(said.contains(QStringLiteral("%1: %2").arg(made.questions[4].options[1], counted(2, 3))));
    // Text answers, latest first, as plain text.
    CHECK(said.contains(
        QStringLiteral("2 answer(s); “<b>Thêm</b> thời gian thảo luận”; “Âm thanh nhỏ quá”.")));
    CHECK(dialog->surveyTable()->item(0, 3)->text() == QStringLiteral("3"));
    // Answered: who counts as one respondent stays as it was.
    CHECK_FALSE(dialog->perDelegateBox()->isEnabled());

    // More answers: a new phone, and the first phone changing its mind.
    CHECK(catalog.recordSurveyResponses(
              {submission(made, "phone-d", monday.addDays(8), 3, 2, {}),
               submission(made, "phone-a", monday.addDays(8), 2, 2, QStringLiteral("Ổn"))}) == 1);
    CHECK(results->tally().responses == 4);
    CHECK(results->tally().questions[0].counts == QList<int>{0, 1, 1, 1, 1});
    said = results->accessibleDescription();
    CHECK(said.contains(meanText(14.0 / 4)));
    CHECK(said.contains(QStringLiteral("5 · %1: %2").arg(rating[4], counted(1, 4))));
    CHECK(results->totalLabel()->text() == QStringLiteral("4 response(s)"));
    CHECK(results->weeksLabel()->text() ==
          QStringLiteral("Per ISO week: 2026-W50: 2 · 2026-W51: 2"));
    CHECK(dialog->surveyTable()->item(0, 3)->text() == QStringLiteral("4"));

    // Another program's answers (docket-cli serve) reach the window through its watch.
    {
        Catalog other(gui.site.lib.folder() + QStringLiteral("/catalog.sqlite"));
        CHECK(other.recordSurveyResponses(
                  {submission(made, "phone-other", monday.addDays(8), 1, -1, {})}) == 1);
    }
    REQUIRE(waitUntil([&] { return results->tally().responses == 5; }, 2000));
    CHECK(dialog->surveyTable()->item(0, 3)->text() == QStringLiteral("5"));
    CHECK(results->tally().questions[0].counts == QList<int>{1, 1, 1, 1, 1});

    // A text question lists its latest 20 answers, then how many more there are.
    QList<SurveySubmission> many;
    for (int i = 1; i <= 20; ++i)
        many << submission(made, QStringLiteral("phone-%1").arg(i).toLatin1().constData(),
                           monday.addDays(9), 4, -1, QStringLiteral("Ý kiến số %1").arg(i));
    CHECK(catalog.recordSurveyResponses(many) == 20);
    CHECK(results->tally().responses == 25);
    said = results->accessibleDescription();
    CHECK(said.contains(QStringLiteral("22 answer(s); “Ý kiến số 20”; “Ý kiến số 19”; ")));
    CHECK(said.contains(QStringLiteral("“Ý kiến số 2”; “Ý kiến số 1”; and 2 more.")));

    // Questions are fixed while phones answer (and once answered): the catalog says so, and
    // nothing changes.
    dialog->showQuestions();
    dialog->selectQuestion(2);
    SurveyDialog::presetQuestion([](QuestionForm &form) {
        form.setKind(QuestionKind::Text);
        form.textField()->setText(QStringLiteral("Câu hỏi thêm"));
        return true;
    });
    dialog->addQuestionButton()->click();
    const QStringList refused = dialogs::takeRecordedErrors();
    REQUIRE(refused.size() == 1);
    CHECK(refused[0].startsWith(QStringLiteral("Phones are answering this survey")));
    dialog->moveUpButton()->click();
    CHECK(dialogs::takeRecordedErrors().size() == 1);
    CHECK(catalog.survey(made.id)->questions.size() == 6);
    CHECK(catalog.survey(made.id)->questions[2].id == made.questions[2].id);

    // Closed: later answers are dropped, the results stay.
    dialog->closeButton()->click();
    CHECK(catalog.survey(made.id)->state == SurveyState::Closed);
    CHECK(dialog->addressNote()->text().startsWith(QStringLiteral("Closed")));
    CHECK(catalog.recordSurveyResponses(
              {submission(made, "phone-e", monday.addDays(9), 1, 0, {})}) == 0);
    CHECK(results->tally().responses == 25);

    // Monday 21 December: the secretary counts last week (2026-W51) and exports it for the
    // commune, as a PDF, an Excel workbook and a CSV.
    dialog->showResults();
    results->setToday(QDate(2026, 12, 21));
    QComboBox *period = results->periodChoice();
    period->setCurrentIndex(2);
    CHECK(period->currentText().startsWith(QStringLiteral("Last week (2026-W51, 14/12")));
    CHECK(results->range().week == u"2026-W51");
    CHECK(results->tally().responses == 23);
    CHECK(results->weeksLabel()->text() == QStringLiteral("Per ISO week: 2026-W51: 23"));
    CHECK(results->fromEdit()->isHidden());
    const QString folder = gui.site.lib.folder();
    const QString pdf = folder + QStringLiteral("/Kết quả tuần 51.pdf");
    dialogs::presetSaveFile(pdf);
    results->exportButton()->click();
    const QStringList saved = dialogs::takeRecordedInformation();
    REQUIRE(saved.size() == 1);
    CHECK(saved[0] == QStringLiteral("Saved the results of 23 response(s) to %1.").arg(pdf));
    QStringList pages;
    for (const PdfPage &page : readPdfPages(pdf, 40))
        pages << page.text;
    const QString report = pages.join(u' ');
    INFO(report.toStdString());
    CHECK(report.contains(SurveyReport::periodLabel(made.language, results->range())));
    CHECK(report.contains(QStringLiteral("2026-W51")));
    CHECK(report.contains(QStringLiteral(": 23")));
    CHECK(report.contains(QStringLiteral("Ý kiến số 20")));
    CHECK_FALSE(report.contains(QStringLiteral("Âm thanh nhỏ quá"))); // answered in W50

    const QString xlsx = folder + QStringLiteral("/Kết quả tuần 51.xlsx");
    dialogs::presetSaveFile(xlsx);
    results->exportButton()->click();
    CHECK(dialogs::takeRecordedInformation().size() == 1);
    QFile workbook(xlsx);
    REQUIRE(workbook.open(QIODevice::ReadOnly));
    CHECK(workbook.read(2) == "PK");

    // A range of days: 7 December alone holds the two first phones.
    period->setCurrentIndex(3);
    CHECK(results->fromEdit()->isVisible());
    results->fromEdit()->setDate(QDate(2026, 12, 7));
    results->toEdit()->setDate(QDate(2026, 12, 7));
    CHECK(results->tally().responses == 2);
    CHECK(results->range().from == QDate(2026, 12, 7));
    const QString csv = folder + QStringLiteral("/Kết quả 7-12.csv");
    dialogs::presetSaveFile(csv);
    results->exportButton()->click();
    CHECK(dialogs::takeRecordedInformation().size() == 1);
    QFile table(csv);
    REQUIRE(table.open(QIODevice::ReadOnly));
    const QByteArray bytes = table.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.count("\r\n") == 3); // the header and two responses
    // Phone A changed its answer later: its response keeps its first day, with the new words.
    CHECK(QString::fromUtf8(bytes).contains(QStringLiteral("Ổn")));
    CHECK_FALSE(QString::fromUtf8(bytes).contains(QStringLiteral("Âm thanh nhỏ quá")));

    // A week with nobody: said so.
    results->setRange(*survey::DateRange::namedWeek(QStringLiteral("2026-W40")));
    CHECK(period->currentIndex() == 3);
    CHECK(results->tally().responses == 0);
    CHECK(results->totalLabel()->text() == QStringLiteral("No responses in this period."));
    period->setCurrentIndex(0);
    CHECK(results->tally().responses == 25);

    dialog->grab().save(QStringLiteral("/tmp/survey-dialog.png"));
    // And its end: the choices and the text answers (markup shown as typed).
    auto *scroll = results->findChild<QScrollArea *>();
    REQUIRE(scroll);
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    dialog->grab().save(QStringLiteral("/tmp/survey-dialog-end.png"));

    // Remove…: asked first (its answers go too); cancelled, then done.
    dialog->showQuestions();
    dialog->grab().save(QStringLiteral("/tmp/survey-dialog-questions.png"));
    dialogs::presetConfirm(false);
    dialog->removeButton()->click();
    CHECK(catalog.survey(made.id));
    dialogs::presetConfirm(true);
    dialog->removeButton()->click();
    CHECK_FALSE(catalog.survey(made.id));
    CHECK(dialog->shownSurveys().isEmpty());
    CHECK(results->surveyId() == 0);
    CHECK(results->totalLabel()->text() == QStringLiteral("Choose a survey to see its results."));
    CHECK(SurveyDialog::takeUnusedPresets().isEmpty());
    CHECK(dialogs::takeRecordedErrors().isEmpty());
}

TEST_CASE("Without a selected meeting the Surveys window shows the standing surveys",
          "[gui][survey]")
{
    GuiWindow gui;
    Catalog &catalog = gui.site.lib.catalog();
    Survey meetingDraft;
    meetingDraft.title = QStringLiteral("Khảo sát của cuộc họp");
    const Survey ofMeeting = catalog.createSurvey(gui.site.open.id, meetingDraft);

    gui.window.meetingList()->setCurrentItem(nullptr);
    SurveyDialog *dialog = openSurveys(gui);
    CHECK(dialog->meetingId() == 0);
    CHECK(dialog->shownSurveys().isEmpty()); // the meeting's survey is not among them

    // An empty standing survey: it cannot be opened before it has a question.
    SurveyDialog::presetNewSurvey([](NewSurveyForm &form) {
        CHECK_FALSE(form.forMeeting()->isEnabled());
        CHECK(form.isStanding());
        REQUIRE(form.chooseTemplate(QString()));
        CHECK(form.title().isEmpty());
        CHECK_FALSE(form.createButton()->isEnabled());
        form.titleField()->setText(QStringLiteral("Bộ phận một cửa"));
        return true;
    });
    dialog->newButton()->click();
    REQUIRE(dialog->shownSurveys().size() == 1);
    const Survey standing = dialog->shownSurveys().first();
    CHECK(standing.standing());
    CHECK(standing.questions.isEmpty());
    CHECK(dialog->surveyTable()->item(0, 1)->text() == QStringLiteral("standing"));
    dialog->openButton()->click();
    const QStringList refused = dialogs::takeRecordedErrors();
    REQUIRE(refused.size() == 1);
    CHECK(refused[0].contains(QStringLiteral("has no questions yet")));
    CHECK(catalog.survey(standing.id)->state == SurveyState::Draft);

    // A rating gets the survey language's five labels.
    SurveyDialog::presetQuestion([](QuestionForm &form) {
        CHECK(form.kindChoice()->currentData().toInt() == static_cast<int>(QuestionKind::Rating));
        form.textField()->setText(QStringLiteral("Bạn hài lòng không?"));
        return true;
    });
    dialog->addQuestionButton()->click();
    REQUIRE(catalog.survey(standing.id)->questions.size() == 1);
    CHECK(catalog.survey(standing.id)->questions[0].options ==
          survey::ratingLabels(standing.language));
    dialog->openButton()->click();
    CHECK(catalog.survey(standing.id)->state == SurveyState::Open);

    // One window: the action turns it to the meeting selected since, its surveys and the
    // standing ones.
    gui.window.selectMeeting(gui.site.open.id);
    CHECK(openSurveys(gui) == dialog);
    CHECK(gui.window.findChildren<SurveyDialog *>().size() == 1);
    CHECK(dialog->meetingId() == gui.site.open.id);
    REQUIRE(dialog->shownSurveys().size() == 2);
    CHECK(dialog->shownSurveys()[0].id == ofMeeting.id);
    CHECK(dialog->shownSurveys()[1].id == standing.id);
    CHECK(SurveyDialog::takeUnusedPresets().isEmpty());
}
