// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Survey.h"
#include "UndoCommands.h"

#include <QDialog>
#include <QHash>
#include <QPageSize>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTableWidget;
class QTabWidget;
class QUndoStack;

namespace docket {

class Library;
class SurveyPhonePreview;
class SurveyResultsView;

// New survey…: from which ready-made survey (or none), in which language (the audience's, which
// may differ from the organiser's), its title, and whether it belongs to the meeting or stands
// on its own (a service counter's, open for weeks).
class NewSurveyForm : public QDialog
{
    Q_OBJECT
public:
    // `meetingTitle` empty: no meeting is selected, so the survey can only be standing.
    NewSurveyForm(const QString &meetingTitle, const QString &language, QWidget *parent = nullptr);

    QComboBox *templateChoice() const { return m_template; }
    QComboBox *languageChoice() const { return m_language; }
    QLineEdit *titleField() const { return m_title; }
    QRadioButton *forMeeting() const { return m_forMeeting; }
    QRadioButton *standing() const { return m_standing; }
    QCheckBox *perDelegateBox() const { return m_perDelegate; }
    QPushButton *createButton() const { return m_create; }

    // False when there is no such template.
    bool chooseTemplate(const QString &key);
    QString templateKey() const; // empty: an empty survey
    QString language() const;
    QString title() const;
    bool isStanding() const;
    bool isPerDelegate() const;

private:
    void fillTemplates();
    void templateChosen();

    QComboBox *m_template = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_title = nullptr;
    QRadioButton *m_forMeeting = nullptr;
    QRadioButton *m_standing = nullptr;
    QCheckBox *m_perDelegate = nullptr;
    QPushButton *m_create = nullptr;
    QString m_suggestedTitle; // the template's, replaced while the user has not typed their own
};

// Add question… and Edit…: a question's kind, text, help line, options (one per line) and
// whether it must be answered. The catalog checks what is entered (CatalogSurveys).
class QuestionForm : public QDialog
{
    Q_OBJECT
public:
    // A rating gets the five labels of `language` when it has none.
    QuestionForm(const SurveyQuestion &initial, const QString &language, QWidget *parent = nullptr);

    QComboBox *kindChoice() const { return m_kind; }
    QLineEdit *textField() const { return m_text; }
    QLineEdit *helpField() const { return m_help; }
    QPlainTextEdit *optionsField() const { return m_options; }
    QCheckBox *requiredBox() const { return m_required; }
    QPushButton *okButton() const { return m_ok; }

    void setKind(QuestionKind kind);
    SurveyQuestion question() const;

private:
    void kindChanged();

    SurveyQuestion m_initial;
    QStringList m_ratingLabels;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_text = nullptr;
    QLabel *m_helpLabel = nullptr;
    QLineEdit *m_help = nullptr;
    QLabel *m_optionsLabel = nullptr;
    QPlainTextEdit *m_options = nullptr;
    QCheckBox *m_required = nullptr;
    QPushButton *m_ok = nullptr;
};

// Hall ▸ Surveys: the feedback surveys of the selected meeting and the standing ones. A survey
// is made from a template, its questions edited while nobody has answered, opened to phones
// (its own address and QR code) and closed; its results follow every answer as it comes in.
// What may be done is the catalog's to say: a refusal is shown as the catalog words it.
class SurveyDialog : public QDialog
{
    Q_OBJECT
public:
    // meetingId 0: the standing surveys only.
    SurveyDialog(Library &library, Id meetingId, QWidget *parent = nullptr);

    Id meetingId() const { return m_meetingId; }
    void setMeeting(Id meetingId);
    // Where phones reach this library now ("HTTP://HOST:PORT"), empty when nobody serves it.
    void setBaseUrl(const QString &base);
    // Reads the surveys again, keeping the selection.
    void refresh();
    // The same, results included: another program (docket-cli serve recording answers)
    // committed to the catalog, which this process hears of by its watch, not by a signal.
    void reloadAll();

    QList<Survey> shownSurveys() const { return m_surveys; }
    std::optional<Survey> currentSurvey() const;
    bool selectSurvey(Id surveyId);
    void selectQuestion(int row);
    void showResults();
    void showQuestions();

    QTableWidget *surveyTable() const { return m_surveyTable; }
    QTableWidget *questionTable() const { return m_questionTable; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *closeButton() const { return m_close; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *projectButton() const { return m_project; }
    QPushButton *projectResultsButton() const { return m_projectResults; }
    // Its menu: print or save as PDF an A4 or A5 poster with the survey's code.
    QPushButton *posterButton() const { return m_poster; }
    QPushButton *addQuestionButton() const { return m_addQuestion; }
    QPushButton *editQuestionButton() const { return m_editQuestion; }
    QPushButton *moveUpButton() const { return m_moveUp; }
    QPushButton *moveDownButton() const { return m_moveDown; }
    QPushButton *duplicateButton() const { return m_duplicate; }
    QPushButton *removeQuestionButton() const { return m_removeQuestion; }
    // The question edits of the selected survey (Ctrl+Z, Ctrl+Shift+Z).
    QUndoStack *undoStack() const { return m_undoStack; }
    QLabel *addressLabel() const { return m_address; }
    // Whether phones can answer at that address now (a draft, open, closed).
    QLabel *addressNote() const { return m_addressNote; }
    // One response per checked-in delegate (a meeting's survey, before any answer).
    QCheckBox *perDelegateBox() const { return m_perDelegate; }
    SurveyResultsView *resultsView() const { return m_results; }
    SurveyPhonePreview *phonePreview() const { return m_preview; }
    void showPreview();
    // The address the QR code holds; empty when there is none (not hosted, no survey).
    QString shownUrl() const { return m_url; }
    QImage qrImage() const;

    void newSurvey();
    void openSelected();
    void closeSelected();
    void removeSelected();
    void addQuestion();
    void editQuestion();
    void moveQuestion(int delta);
    void duplicateQuestion();
    void removeQuestion();
    // The counter poster on `paper`: the print preview, or (toPdf) a PDF file.
    void posterOf(QPageSize::PageSizeId paper, bool toPdf);

    // Test seams: the next form of that kind is not shown; `drive` fills it in as a user would
    // and returns true for OK, false for Cancel.
    static void presetNewSurvey(const std::function<bool(NewSurveyForm &)> &drive);
    static void presetQuestion(const std::function<bool(QuestionForm &)> &drive);
    // The preset forms no question used ("new survey", "question"), forgotten.
    static QStringList takeUnusedPresets();

Q_SIGNALS:
    // "Project code": the main window puts the survey's code on the projector.
    void projectRequested(Id surveyId);
    // "Project results": its results, a question per slide.
    void projectResultsRequested(Id surveyId);

private:
    void fillSurveys();
    void surveyChosen();
    void fillQuestions();
    void updateAddress();
    void updateButtons();
    std::optional<SurveyQuestion> selectedQuestion() const;
    // Runs a catalog edit; its refusal is shown as the catalog words it. Then reads again.
    void attempt(const std::function<void()> &edit);
    UndoContext undoContext();
    void clearUndo();

    Library &m_library;
    Id m_meetingId = 0;
    QString m_base;
    QString m_url;
    QList<Survey> m_surveys;
    QHash<Id, int> m_responseCounts; // of m_surveys, read with them
    Id m_selected = 0;
    QLabel *m_heading = nullptr;
    QTableWidget *m_surveyTable = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_close = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_project = nullptr;
    QPushButton *m_projectResults = nullptr;
    QPushButton *m_poster = nullptr;
    QLabel *m_surveyTitle = nullptr;
    QLabel *m_address = nullptr;
    QLabel *m_addressNote = nullptr;
    QCheckBox *m_perDelegate = nullptr;
    QWidget *m_qr = nullptr;
    QTabWidget *m_tabs = nullptr;
    SurveyResultsView *m_results = nullptr;
    SurveyPhonePreview *m_preview = nullptr;
    QTableWidget *m_questionTable = nullptr;
    QPushButton *m_addQuestion = nullptr;
    QPushButton *m_editQuestion = nullptr;
    QPushButton *m_moveUp = nullptr;
    QPushButton *m_moveDown = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_removeQuestion = nullptr;
    bool m_filling = false;
    QUndoStack *m_undoStack = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    std::shared_ptr<QHash<Id, Id>> m_questionAliases = std::make_shared<QHash<Id, Id>>();
};

} // namespace docket
