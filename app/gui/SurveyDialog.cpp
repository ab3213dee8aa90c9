// SPDX-License-Identifier: GPL-3.0-or-later
#include "SurveyDialog.h"

#include "catalog/Catalog.h"
#include "Dialogs.h"
#include "library/Library.h"
#include "print/PrintLayouts.h"
#include "print/QrPainter.h"
#include "qr/DelegateUrl.h"
#include "survey/SurveyTemplates.h"
#include "SurveyPhonePreview.h"
#include "SurveyResultsView.h"
#include "UndoCommands.h"
#include "util/BundleNames.h"
#include "util/Error.h"

#include <QAction>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <deque>

namespace docket {

namespace {

constexpr int kQrSide = 168;

struct FormPresets
{
    std::deque<std::function<bool(NewSurveyForm &)>> newSurvey;
    std::deque<std::function<bool(QuestionForm &)>> question;
};

FormPresets &formPresets()
{
    static FormPresets instance;
    return instance;
}

// Runs `form` as the next preset says, or shows it: true when it was accepted.
template <typename Form> bool runForm(Form &form, std::deque<std::function<bool(Form &)>> &presets)
{
    if (!presets.empty()) {
        const std::function<bool(Form &)> drive = std::move(presets.front());
        presets.pop_front();
        return drive(form);
    }
    return form.exec() == QDialog::Accepted;
}

QString stateText(SurveyState state)
{
    switch (state) {
    case SurveyState::Draft:
        return SurveyDialog::tr("draft");
    case SurveyState::Open:
        return SurveyDialog::tr("open");
    case SurveyState::Closed:
        return SurveyDialog::tr("closed");
    }
    return {};
}

QString kindText(QuestionKind kind)
{
    switch (kind) {
    case QuestionKind::Section:
        return SurveyDialog::tr("Section heading");
    case QuestionKind::Rating:
        return SurveyDialog::tr("Rating 1–5");
    case QuestionKind::Single:
        return SurveyDialog::tr("One choice");
    case QuestionKind::Multiple:
        return SurveyDialog::tr("Several choices");
    case QuestionKind::Text:
        return SurveyDialog::tr("Short answer");
    case QuestionKind::LongText:
        return SurveyDialog::tr("Paragraph");
    }
    return {};
}

bool hasOptions(QuestionKind kind)
{
    return kind == QuestionKind::Single || kind == QuestionKind::Multiple;
}

// The survey's QR code in whole pixels per module (a blurred edge costs a scan), or nothing.
class QrView : public QWidget
{
public:
    explicit QrView(QWidget *parent) : QWidget(parent) { setFixedSize(kQrSide, kQrSide); }

    void setCode(std::optional<QrCode> code)
    {
        m_code = std::move(code);
        update();
    }
    QImage image() const
    {
        if (!m_code)
            return {};
        return m_code->toImageFitting(kQrSide);
    }

protected:
    void paintEvent(QPaintEvent * /*event*/) override
    {
        if (!m_code)
            return;
        QPainter painter(this);
        paintQr(painter, *m_code, QRectF(rect()), QrRendering::Pixels);
    }

private:
    std::optional<QrCode> m_code;
};

} // namespace

// ---------------------------------------------------------------------------------------------

NewSurveyForm::NewSurveyForm(const QString &meetingTitle, const QString &language, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("newSurveyForm"));
    setWindowTitle(tr("New survey"));
    m_template = new QComboBox(this);
    m_template->setAccessibleName(tr("Start from"));
    m_language = new QComboBox(this);
    m_language->addItem(tr("Vietnamese"), QStringLiteral("vi"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
    m_language->setToolTip(tr("The language of the questions phones show: the audience's"));
    m_title = new QLineEdit(this);
    m_title->setMinimumWidth(420);
    m_forMeeting =
        new QRadioButton(meetingTitle.isEmpty() ? tr("For a meeting (select one first)")
                                                : tr("For the meeting “%1”").arg(meetingTitle),
                         this);
    m_standing =
        new QRadioButton(tr("Standing: not tied to a meeting, open as long as needed"), this);
    auto *where = new QButtonGroup(this);
    where->addButton(m_forMeeting);
    where->addButton(m_standing);
    m_forMeeting->setEnabled(!meetingTitle.isEmpty());
    (meetingTitle.isEmpty() ? m_standing : m_forMeeting)->setChecked(true);
    m_perDelegate = new QCheckBox(
        tr("One response per checked-in delegate (each scans their badge first)"), this);
    m_perDelegate->setEnabled(m_forMeeting->isChecked());
    connect(m_forMeeting, &QRadioButton::toggled, m_perDelegate, [this](bool meeting) {
        m_perDelegate->setEnabled(meeting);
        if (!meeting)
            m_perDelegate->setChecked(false);
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("Create"), QDialogButtonBox::AcceptRole);
    m_create->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this,
            [this] { m_create->setEnabled(!m_title->text().trimmed().isEmpty()); });
    connect(m_template, &QComboBox::currentIndexChanged, this, &NewSurveyForm::templateChosen);
    connect(m_language, &QComboBox::currentIndexChanged, this, &NewSurveyForm::fillTemplates);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Start from:"), m_template);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(m_forMeeting);
    form->addRow(m_standing);
    form->addRow(m_perDelegate);
    form->addRow(buttons);
    fillTemplates();
}

void NewSurveyForm::fillTemplates()
{
    // The templates' titles in the survey's language, as phones will show them.
    const QString key = templateKey();
    const QSignalBlocker blocker(m_template);
    m_template->clear();
    for (const QString &k : survey::templateKeys())
        if (const auto draft = survey::fromTemplate(k, language()))
            m_template->addItem(draft->title, k);
    m_template->addItem(tr("An empty survey"), QString());
    m_template->setCurrentIndex(std::max(0, m_template->findData(key)));
    templateChosen();
}

void NewSurveyForm::templateChosen()
{
    const auto draft = survey::fromTemplate(templateKey(), language());
    const QString suggested = draft ? draft->title : QString();
    if (m_title->text().trimmed().isEmpty() || m_title->text() == m_suggestedTitle)
        m_title->setText(suggested);
    m_suggestedTitle = suggested;
    m_create->setEnabled(!m_title->text().trimmed().isEmpty());
}

bool NewSurveyForm::chooseTemplate(const QString &key)
{
    const int index = m_template->findData(key);
    if (index < 0)
        return false;
    m_template->setCurrentIndex(index);
    return true;
}

QString NewSurveyForm::templateKey() const
{
    return m_template->currentData().toString();
}

QString NewSurveyForm::language() const
{
    return m_language->currentData().toString();
}

QString NewSurveyForm::title() const
{
    return m_title->text().trimmed();
}

bool NewSurveyForm::isStanding() const
{
    return m_standing->isChecked();
}

bool NewSurveyForm::isPerDelegate() const
{
    return m_perDelegate->isChecked();
}

// ---------------------------------------------------------------------------------------------

QuestionForm::QuestionForm(const SurveyQuestion &initial, const QString &language, QWidget *parent)
    : QDialog(parent), m_initial(initial), m_ratingLabels(survey::ratingLabels(language))
{
    setObjectName(QStringLiteral("questionForm"));
    setWindowTitle(initial.id == 0 ? tr("Add question") : tr("Edit question"));
    m_kind = new QComboBox(this);
    for (const QuestionKind kind :
         {QuestionKind::Rating, QuestionKind::Single, QuestionKind::Multiple, QuestionKind::Text,
          QuestionKind::LongText, QuestionKind::Section})
        m_kind->addItem(kindText(kind), static_cast<int>(kind));
    m_text = new QLineEdit(initial.text, this);
    m_text->setMinimumWidth(460);
    m_help = new QLineEdit(initial.help, this);
    m_help->setPlaceholderText(tr("optional"));
    m_options = new QPlainTextEdit(this);
    m_options->setPlaceholderText(tr("One option per line"));
    m_options->setTabChangesFocus(true);
    if (hasOptions(initial.kind))
        m_options->setPlainText(initial.options.join(u'\n'));
    m_required = new QCheckBox(tr("An answer is &required"), this);
    m_required->setChecked(initial.required);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_text, &QLineEdit::textChanged, this,
            [this] { m_ok->setEnabled(!m_text->text().trimmed().isEmpty()); });
    m_ok->setEnabled(!m_text->text().trimmed().isEmpty());

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Question:"), m_text);
    m_helpLabel = new QLabel(this);
    m_helpLabel->setBuddy(m_help);
    form->addRow(m_helpLabel, m_help);
    m_optionsLabel = new QLabel(tr("&Options:"), this);
    m_optionsLabel->setBuddy(m_options);
    form->addRow(m_optionsLabel, m_options);
    form->addRow(m_required);
    form->addRow(buttons);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &QuestionForm::kindChanged);
    setKind(initial.kind);
    kindChanged();
}

void QuestionForm::setKind(QuestionKind kind)
{
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(static_cast<int>(kind))));
}

void QuestionForm::kindChanged()
{
    const auto kind = static_cast<QuestionKind>(m_kind->currentData().toInt());
    m_helpLabel->setText(kind == QuestionKind::Section ? tr("&Text:") : tr("&Help line:"));
    m_options->setVisible(hasOptions(kind));
    m_optionsLabel->setVisible(hasOptions(kind));
    m_required->setVisible(kind != QuestionKind::Section);
}

SurveyQuestion QuestionForm::question() const
{
    SurveyQuestion q = m_initial;
    q.kind = static_cast<QuestionKind>(m_kind->currentData().toInt());
    q.text = m_text->text().trimmed();
    q.help = m_help->text().trimmed();
    q.required = q.kind != QuestionKind::Section && m_required->isChecked();
    q.options.clear();
    if (hasOptions(q.kind)) {
        for (const QString &line : m_options->toPlainText().split(u'\n'))
            if (!line.trimmed().isEmpty())
                q.options << line.trimmed();
    } else if (q.kind == QuestionKind::Rating) {
        // A rating keeps the labels it had; a new one gets the survey language's five.
        q.options = m_initial.kind == QuestionKind::Rating && !m_initial.options.isEmpty()
                        ? m_initial.options
                        : m_ratingLabels;
    }
    return q;
}

// ---------------------------------------------------------------------------------------------

SurveyDialog::SurveyDialog(Library &library, Id meetingId, QWidget *parent)
    : QDialog(parent), m_library(library), m_meetingId(meetingId)
{
    setObjectName(QStringLiteral("surveyDialog"));
    resize(1120, 740);
    auto *layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);

    auto *splitter = new QSplitter(this);
    layout->addWidget(splitter, 1);

    // Left: the surveys and what is done to a whole survey.
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_surveyTable = new QTableWidget(0, 4, left);
    m_surveyTable->setObjectName(QStringLiteral("surveyList"));
    m_surveyTable->setAccessibleName(tr("Surveys"));
    m_surveyTable->setHorizontalHeaderLabels(
        {tr("Survey"), tr("For"), tr("State"), tr("Responses")});
    m_surveyTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_surveyTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_surveyTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_surveyTable->setWordWrap(false);
    m_surveyTable->verticalHeader()->setVisible(false);
    m_surveyTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        m_surveyTable->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    connect(m_surveyTable, &QTableWidget::itemSelectionChanged, this, &SurveyDialog::surveyChosen);
    leftLayout->addWidget(m_surveyTable, 1);
    auto *surveyButtons = new QHBoxLayout;
    m_new = new QPushButton(tr("&New survey…"), left);
    m_open = new QPushButton(tr("&Open"), left);
    m_open->setToolTip(tr("Phones may answer it whenever the library is hosted"));
    m_close = new QPushButton(tr("C&lose"), left);
    m_close->setToolTip(tr("No more answers: the results stay as they are"));
    m_remove = new QPushButton(tr("Re&move…"), left);
    m_remove->setToolTip(tr("The survey and all its answers"));
    connect(m_new, &QPushButton::clicked, this, &SurveyDialog::newSurvey);
    connect(m_open, &QPushButton::clicked, this, &SurveyDialog::openSelected);
    connect(m_close, &QPushButton::clicked, this, &SurveyDialog::closeSelected);
    connect(m_remove, &QPushButton::clicked, this, &SurveyDialog::removeSelected);
    m_project = new QPushButton(tr("&Project code"), left);
    m_project->setObjectName(QStringLiteral("surveyProject"));
    m_project->setToolTip(tr("Puts the survey's code on the projector, with the answers so far"));
    connect(m_project, &QPushButton::clicked, this, [this] {
        if (const std::optional<Survey> s = currentSurvey())
            Q_EMIT projectRequested(s->id);
    });
    m_projectResults = new QPushButton(tr("Project res&ults"), left);
    m_projectResults->setObjectName(QStringLiteral("surveyProjectResults"));
    m_projectResults->setToolTip(tr("Puts the results on the projector, a question per slide "
                                    "(written answers are not shown)"));
    connect(m_projectResults, &QPushButton::clicked, this, [this] {
        if (const std::optional<Survey> s = currentSurvey())
            Q_EMIT projectResultsRequested(s->id);
    });
    m_poster = new QPushButton(tr("P&oster"), left);
    m_poster->setObjectName(QStringLiteral("surveyPoster"));
    m_poster->setToolTip(tr("A poster with the survey's code for a counter or a door, A4 or A5"));
    auto *posterMenu = new QMenu(m_poster);
    m_poster->setMenu(posterMenu);
    for (const QPageSize::PageSizeId paper : {QPageSize::A4, QPageSize::A5}) {
        const QString size = paper == QPageSize::A4 ? QStringLiteral("A4") : QStringLiteral("A5");
        QAction *print = posterMenu->addAction(tr("Print %1 poster…").arg(size));
        print->setObjectName(QStringLiteral("surveyPosterPrint") + size);
        connect(print, &QAction::triggered, this, [this, paper] { posterOf(paper, false); });
        QAction *pdf = posterMenu->addAction(tr("Save %1 poster as PDF…").arg(size));
        pdf->setObjectName(QStringLiteral("surveyPosterPdf") + size);
        connect(pdf, &QAction::triggered, this, [this, paper] { posterOf(paper, true); });
    }
    for (QPushButton *button : {m_new, m_open, m_close, m_remove})
        surveyButtons->addWidget(button);
    surveyButtons->addStretch();
    leftLayout->addLayout(surveyButtons);

    // Right: the chosen survey's address and code, then its results and its questions.
    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    auto *qr = new QrView(right);
    qr->setAccessibleName(tr("The survey's QR code"));
    m_qr = qr;
    top->addWidget(m_qr, 0, Qt::AlignTop);
    auto *words = new QVBoxLayout;
    m_surveyTitle = new QLabel(right);
    QFont big = m_surveyTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_surveyTitle->setFont(big);
    m_surveyTitle->setWordWrap(true);
    m_address = new QLabel(right);
    m_address->setObjectName(QStringLiteral("surveyAddress"));
    m_address->setWordWrap(true);
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Large enough to read out to the hall or type into a phone.
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(m_address->font().pointSizeF() * 1.2);
    m_address->setFont(mono);
    m_addressNote = new QLabel(right);
    m_addressNote->setObjectName(QStringLiteral("surveyAddressNote"));
    m_addressNote->setWordWrap(true);
    words->addWidget(m_surveyTitle);
    words->addWidget(m_address);
    words->addWidget(m_addressNote);
    m_perDelegate = new QCheckBox(tr("One response per checked-in &delegate"), right);
    m_perDelegate->setObjectName(QStringLiteral("surveyPerDelegate"));
    m_perDelegate->setToolTip(tr("Each delegate scans their badge, then the survey's code: a "
                                 "second phone changes their answer instead of adding one"));
    connect(m_perDelegate, &QCheckBox::clicked, this, [this](bool on) {
        if (const std::optional<Survey> s = currentSurvey())
            attempt([&] { m_library.catalog().setSurveyPerDelegate(s->id, on); });
    });
    words->addWidget(m_perDelegate);
    words->addStretch();
    // What is done with the code: on the projector, or on paper.
    auto *codeButtons = new QHBoxLayout;
    for (QPushButton *button : {m_project, m_projectResults, m_poster})
        codeButtons->addWidget(button);
    codeButtons->addStretch();
    words->addLayout(codeButtons);
    top->addLayout(words, 1);
    rightLayout->addLayout(top);

    m_tabs = new QTabWidget(right);
    m_results = new SurveyResultsView(m_library.catalog(), m_tabs);
    auto *questionsTab = new QWidget(m_tabs);
    auto *questionsLayout = new QVBoxLayout(questionsTab);
    m_questionTable = new QTableWidget(0, 4, questionsTab);
    m_questionTable->setObjectName(QStringLiteral("surveyQuestions"));
    m_questionTable->setAccessibleName(tr("Questions"));
    m_questionTable->setHorizontalHeaderLabels(
        {tr("No."), tr("Kind"), tr("Question"), tr("Required")});
    m_questionTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_questionTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_questionTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_questionTable->verticalHeader()->setVisible(false);
    m_questionTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_questionTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_questionTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_questionTable->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    connect(m_questionTable, &QTableWidget::itemSelectionChanged, this,
            &SurveyDialog::updateButtons);
    connect(m_questionTable, &QTableWidget::itemDoubleClicked, this, &SurveyDialog::editQuestion);
    questionsLayout->addWidget(m_questionTable, 1);
    auto *questionButtons = new QHBoxLayout;
    m_addQuestion = new QPushButton(tr("&Add question…"), questionsTab);
    m_editQuestion = new QPushButton(tr("&Edit…"), questionsTab);
    m_moveUp = new QPushButton(tr("Move &up"), questionsTab);
    m_moveDown = new QPushButton(tr("Move do&wn"), questionsTab);
    m_duplicate = new QPushButton(tr("&Duplicate"), questionsTab);
    m_removeQuestion = new QPushButton(tr("&Remove"), questionsTab);
    connect(m_addQuestion, &QPushButton::clicked, this, &SurveyDialog::addQuestion);
    connect(m_editQuestion, &QPushButton::clicked, this, &SurveyDialog::editQuestion);
    connect(m_moveUp, &QPushButton::clicked, this, [this] { moveQuestion(-1); });
    connect(m_moveDown, &QPushButton::clicked, this, [this] { moveQuestion(+1); });
    connect(m_duplicate, &QPushButton::clicked, this, &SurveyDialog::duplicateQuestion);
    connect(m_removeQuestion, &QPushButton::clicked, this, &SurveyDialog::removeQuestion);
    for (QPushButton *button :
         {m_addQuestion, m_editQuestion, m_moveUp, m_moveDown, m_duplicate, m_removeQuestion})
        questionButtons->addWidget(button);
    // Undo and redo of the question edits of the selected survey, while the window is open.
    m_undoStack = new QUndoStack(this);
    m_undo = new QAction(tr("Undo"), this);
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = new QAction(tr("Redo"), this);
    m_redo->setShortcut(QKeySequence::Redo);
    connect(m_undo, &QAction::triggered, m_undoStack, &QUndoStack::undo);
    connect(m_redo, &QAction::triggered, m_undoStack, &QUndoStack::redo);
    const auto syncUndo = [this] {
        m_undo->setEnabled(m_undoStack->canUndo());
        m_redo->setEnabled(m_undoStack->canRedo());
        m_undo->setToolTip(m_undoStack->canUndo() ? tr("Undo: %1").arg(m_undoStack->undoText())
                                                  : tr("Nothing to undo"));
        m_redo->setToolTip(m_undoStack->canRedo() ? tr("Redo: %1").arg(m_undoStack->redoText())
                                                  : tr("Nothing to redo"));
    };
    connect(m_undoStack, &QUndoStack::indexChanged, this, syncUndo);
    connect(m_undoStack, &QUndoStack::cleanChanged, this, syncUndo);
    syncUndo();
    addAction(m_undo);
    addAction(m_redo);
    for (QAction *action : {m_undo, m_redo}) {
        auto *button = new QToolButton(questionsTab);
        button->setDefaultAction(action);
        questionButtons->addWidget(button);
    }
    questionButtons->addStretch();
    questionsLayout->addLayout(questionButtons);
    m_preview = new SurveyPhonePreview(m_tabs);
    m_tabs->addTab(m_results, tr("Re&sults"));
    m_tabs->addTab(questionsTab, tr("&Questions"));
    m_tabs->addTab(m_preview, tr("P&hone preview"));
    rightLayout->addWidget(m_tabs, 1);

    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({420, 680});

    auto *done = new QPushButton(tr("Close window"), this);
    connect(done, &QPushButton::clicked, this, &QDialog::close);
    auto *bottom = new QHBoxLayout;
    bottom->addStretch();
    bottom->addWidget(done);
    layout->addLayout(bottom);

    // Edits here, in another window or by docket-cli (MainWindow relays its watch) all end as
    // a change of the catalog; answers as surveyAnswered, which moves only the counts.
    Catalog &catalog = m_library.catalog();
    connect(&catalog, &Catalog::changed, this, &SurveyDialog::refresh);
    connect(&catalog, &Catalog::surveyAnswered, this, &SurveyDialog::refresh);
    refresh();
}

void SurveyDialog::setMeeting(Id meetingId)
{
    if (meetingId == m_meetingId)
        return;
    m_meetingId = meetingId;
    refresh();
}

void SurveyDialog::setBaseUrl(const QString &base)
{
    if (base == m_base)
        return;
    m_base = base;
    updateAddress();
    updateButtons();
}

void SurveyDialog::refresh()
{
    Catalog &catalog = m_library.catalog();
    QList<Survey> surveys;
    QString meetingTitle;
    try {
        if (m_meetingId != 0) {
            const std::optional<Meeting> meeting = catalog.meeting(m_meetingId);
            if (meeting) {
                meetingTitle = meeting->title;
                surveys = catalog.surveys(m_meetingId);
            } else {
                m_meetingId = 0; // removed meanwhile: the standing surveys are still here
            }
        }
        surveys += catalog.surveys(Id{0});
    } catch (const Error &) {
        return; // a busy catalog: the next change reads it again
    }
    m_surveys = surveys;
    setWindowTitle(meetingTitle.isEmpty() ? tr("Surveys") : tr("Surveys: %1").arg(meetingTitle));
    m_heading->setText(meetingTitle.isEmpty()
                           ? tr("Standing surveys (select a meeting in the main window to see "
                                "its surveys too).")
                           : tr("Surveys of “%1”, and the standing surveys.").arg(meetingTitle));
    fillSurveys();
}

void SurveyDialog::reloadAll()
{
    refresh();
    m_results->reload();
}

void SurveyDialog::fillSurveys()
{
    Catalog &catalog = m_library.catalog();
    m_filling = true;
    m_responseCounts.clear();
    m_surveyTable->setRowCount(static_cast<int>(m_surveys.size()));
    int keep = m_surveys.isEmpty() ? -1 : 0;
    for (int r = 0; r < m_surveys.size(); ++r) {
        const Survey &s = m_surveys[r];
        int responses = 0;
        try {
            responses = catalog.surveyResponseCount(s.id);
        } catch (const Error &) {
        }
        m_responseCounts.insert(s.id, responses);
        const QStringList cells{s.title, s.standing() ? tr("standing") : tr("this meeting"),
                                stateText(s.state), QString::number(responses)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *cell = new QTableWidgetItem(cells[c]);
            if (c == 3)
                cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            cell->setToolTip(c == 0 ? s.title : QString());
            m_surveyTable->setItem(r, c, cell);
        }
        if (s.id == m_selected)
            keep = r;
    }
    if (keep >= 0)
        m_surveyTable->selectRow(keep);
    else
        m_surveyTable->clearSelection();
    m_filling = false;
    surveyChosen();
}

std::optional<Survey> SurveyDialog::currentSurvey() const
{
    for (const Survey &s : m_surveys)
        if (s.id == m_selected)
            return s;
    return std::nullopt;
}

bool SurveyDialog::selectSurvey(Id surveyId)
{
    for (int r = 0; r < m_surveys.size(); ++r)
        if (m_surveys[r].id == surveyId) {
            m_surveyTable->selectRow(r);
            return true;
        }
    return false;
}

void SurveyDialog::selectQuestion(int row)
{
    m_questionTable->selectRow(row);
}

void SurveyDialog::showResults()
{
    m_tabs->setCurrentWidget(m_results);
}

void SurveyDialog::showQuestions()
{
    m_tabs->setCurrentIndex(1);
}

void SurveyDialog::showPreview()
{
    m_tabs->setCurrentWidget(m_preview);
}

void SurveyDialog::surveyChosen()
{
    if (m_filling)
        return;
    const QList<QTableWidgetItem *> selected = m_surveyTable->selectedItems();
    const int row = selected.isEmpty() ? -1 : selected.first()->row();
    const Id chosen = row >= 0 && row < m_surveys.size() ? m_surveys[row].id : 0;
    if (chosen != m_selected)
        clearUndo(); // its commands are the other survey's
    m_selected = chosen;
    const std::optional<Survey> s = currentSurvey();
    m_surveyTitle->setText(s ? s->title : tr("No survey yet: make one with New survey…"));
    m_results->setSurvey(m_selected);
    fillQuestions();
    updateAddress();
    updateButtons();
}

void SurveyDialog::fillQuestions()
{
    const std::optional<SurveyQuestion> keep = selectedQuestion();
    const std::optional<Survey> s = currentSurvey();
    m_preview->setSurvey(s);
    const QList<SurveyQuestion> questions = s ? s->questions : QList<SurveyQuestion>();
    m_questionTable->setRowCount(static_cast<int>(questions.size()));
    for (int r = 0; r < questions.size(); ++r) {
        const SurveyQuestion &q = questions[r];
        QString text = q.text;
        if (hasOptions(q.kind))
            text += QStringLiteral(" (") + q.options.join(QStringLiteral(" / ")) + u')';
        const QStringList cells{QString::number(q.number), kindText(q.kind), text,
                                q.required ? tr("yes") : QString()};
        for (int c = 0; c < cells.size(); ++c) {
            auto *cell = new QTableWidgetItem(cells[c]);
            if (c == 0)
                cell->setData(Qt::UserRole, QVariant::fromValue<qint64>(q.id));
            if (c == 2)
                cell->setToolTip(q.help.isEmpty() ? text : text + u'\n' + q.help);
            if (q.kind == QuestionKind::Section) {
                QFont bold = cell->font();
                bold.setBold(true);
                cell->setFont(bold);
            }
            m_questionTable->setItem(r, c, cell);
        }
        if (keep && keep->id == q.id)
            m_questionTable->selectRow(r);
    }
    updateButtons();
}

void SurveyDialog::updateAddress()
{
    const std::optional<Survey> s = currentSurvey();
    auto *qr = static_cast<QrView *>(m_qr);
    m_url.clear();
    m_address->clear();
    m_addressNote->clear();
    qr->setCode(std::nullopt);
    if (!s)
        return;
    if (m_base.isEmpty()) {
        m_addressNote->setText(tr("Not hosted yet: start hosting to get the survey's address "
                                  "and QR code."));
        return;
    }
    m_url = delegateurl::meeting(m_base, s->code);
    QString note;
    switch (s->state) {
    case SurveyState::Draft:
        note = tr("A draft: phones cannot answer it until it is opened.");
        break;
    case SurveyState::Open:
        note = tr("Open: phones answer it at this address.");
        break;
    case SurveyState::Closed:
        note = tr("Closed: it takes no more answers.");
        break;
    }
    m_address->setText(m_url);
    m_addressNote->setText(note);
    try {
        qr->setCode(QrCode::encode(m_url.toUtf8()));
    } catch (const Error &error) {
        m_addressNote->setText(error.message());
    }
}

QImage SurveyDialog::qrImage() const
{
    return static_cast<QrView *>(m_qr)->image();
}

void SurveyDialog::updateButtons()
{
    const std::optional<Survey> s = currentSurvey();
    const bool writable = !m_library.catalog().isReadOnly();
    const std::optional<SurveyQuestion> q = selectedQuestion();
    const int count = s ? static_cast<int>(s->questions.size()) : 0;
    m_new->setEnabled(writable);
    m_open->setEnabled(writable && s && s->state != SurveyState::Open);
    m_close->setEnabled(writable && s && s->state == SurveyState::Open);
    m_remove->setEnabled(writable && s);
    m_project->setEnabled(s && s->state == SurveyState::Open);
    m_poster->setEnabled(s && s->state != SurveyState::Closed && !m_base.isEmpty());
    m_perDelegate->setChecked(s && s->perDelegate);
    m_perDelegate->setVisible(s && !s->standing());
    // As counted when the list was filled: every answer refills it (Catalog::surveyAnswered).
    m_perDelegate->setEnabled(writable && s && m_responseCounts.value(s->id) == 0);
    m_projectResults->setEnabled(s && std::any_of(s->questions.cbegin(), s->questions.cend(),
                                                  [](const SurveyQuestion &each) {
                                                      return each.kind == QuestionKind::Rating ||
                                                             hasOptions(each.kind);
                                                  }));
    m_addQuestion->setEnabled(writable && s);
    for (QPushButton *button : {m_editQuestion, m_duplicate, m_removeQuestion})
        button->setEnabled(writable && q);
    m_moveUp->setEnabled(writable && q && q->number > 1);
    m_moveDown->setEnabled(writable && q && q->number < count);
}

std::optional<SurveyQuestion> SurveyDialog::selectedQuestion() const
{
    const std::optional<Survey> s = currentSurvey();
    const QList<QTableWidgetItem *> selected = m_questionTable->selectedItems();
    if (!s || selected.isEmpty())
        return std::nullopt;
    // By id, not by row: the table may still show the order before a move.
    const QTableWidgetItem *first = m_questionTable->item(selected.first()->row(), 0);
    const Id id = first ? first->data(Qt::UserRole).toLongLong() : 0;
    for (const SurveyQuestion &q : s->questions)
        if (q.id == id)
            return q;
    return std::nullopt;
}

void SurveyDialog::attempt(const std::function<void()> &edit)
{
    try {
        edit();
    } catch (const Error &error) {
        dialogs::showError(this, error.message());
    }
    refresh();
}

void SurveyDialog::newSurvey()
{
    QString meetingTitle;
    QString language = QStringLiteral("vi");
    try {
        if (m_meetingId != 0)
            if (const std::optional<Meeting> meeting = m_library.catalog().meeting(m_meetingId)) {
                meetingTitle = meeting->title;
                language = meeting->language;
            }
    } catch (const Error &error) {
        dialogs::showError(this, error.message());
        return;
    }
    NewSurveyForm form(meetingTitle, language, this);
    if (!runForm(form, formPresets().newSurvey))
        return;
    attempt([&] {
        Survey draft = survey::fromTemplate(form.templateKey(), form.language()).value_or(Survey{});
        draft.language = form.language();
        draft.title = form.title();
        draft.perDelegate = !form.isStanding() && form.isPerDelegate();
        const Survey made =
            m_library.catalog().createSurvey(form.isStanding() ? 0 : m_meetingId, draft);
        clearUndo(); // its commands are the previous survey's
        m_selected = made.id;
    });
}

void SurveyDialog::openSelected()
{
    if (const std::optional<Survey> s = currentSurvey())
        attempt([&] { m_library.catalog().setSurveyState(s->id, SurveyState::Open); });
}

void SurveyDialog::closeSelected()
{
    if (const std::optional<Survey> s = currentSurvey())
        attempt([&] { m_library.catalog().setSurveyState(s->id, SurveyState::Closed); });
}

void SurveyDialog::removeSelected()
{
    const std::optional<Survey> s = currentSurvey();
    if (!s)
        return;
    int responses = 0;
    try {
        responses = m_library.catalog().surveyResponseCount(s->id);
    } catch (const Error &error) {
        dialogs::showError(this, error.message());
        return;
    }
    // No undo for this one: the answers go with the survey.
    if (!dialogs::confirm(this, tr("Remove survey"),
                          tr("Remove the survey “%1”? Its %n response(s) are removed with it, "
                             "and its QR code no longer leads anywhere.",
                             nullptr, responses)
                              .arg(s->title)))
        return;
    attempt([&] { m_library.catalog().removeSurvey(s->id); });
}

void SurveyDialog::addQuestion()
{
    const std::optional<Survey> s = currentSurvey();
    if (!s)
        return;
    SurveyQuestion initial;
    initial.required = true;
    QuestionForm form(initial, s->language, this);
    if (!runForm(form, formPresets().question))
        return;
    // After the selected question, or at the end.
    const std::optional<SurveyQuestion> after = selectedQuestion();
    m_undoStack->push(new AddQuestionCommand(undoContext(), s->id, form.question(),
                                             after ? after->number + 1 : 0));
}

void SurveyDialog::editQuestion()
{
    const std::optional<Survey> s = currentSurvey();
    const std::optional<SurveyQuestion> q = selectedQuestion();
    if (!s || !q)
        return;
    QuestionForm form(*q, s->language, this);
    if (!runForm(form, formPresets().question))
        return;
    m_undoStack->push(new EditQuestionCommand(undoContext(), *q, form.question()));
}

void SurveyDialog::moveQuestion(int delta)
{
    if (const std::optional<SurveyQuestion> q = selectedQuestion())
        m_undoStack->push(new MoveQuestionCommand(undoContext(), *q, q->number + delta));
}

void SurveyDialog::duplicateQuestion()
{
    const std::optional<Survey> s = currentSurvey();
    const std::optional<SurveyQuestion> q = selectedQuestion();
    if (!s || !q)
        return;
    m_undoStack->push(new AddQuestionCommand(undoContext(), s->id, *q, q->number + 1));
}

void SurveyDialog::removeQuestion()
{
    const std::optional<Survey> s = currentSurvey();
    const std::optional<SurveyQuestion> q = selectedQuestion();
    if (!s || !q)
        return;
    // No question first: it is one Undo away.
    m_undoStack->push(new RemoveQuestionCommand(undoContext(), s->id, *q));
}

void SurveyDialog::clearUndo()
{
    if (m_undoStack)
        m_undoStack->clear();
    // Question ids are reused by SQLite: an old alias must not steer a later command.
    m_questionAliases->clear();
}

UndoContext SurveyDialog::undoContext()
{
    return UndoContext{m_library.catalog(),
                       this,
                       [this](Id questionId) {
                           if (const std::optional<Survey> s = currentSurvey())
                               for (int r = 0; r < s->questions.size(); ++r)
                                   if (s->questions[r].id == questionId)
                                       m_questionTable->selectRow(r);
                       },
                       {},
                       m_questionAliases};
}

void SurveyDialog::posterOf(QPageSize::PageSizeId paper, bool toPdf)
{
    const std::optional<Survey> s = currentSurvey();
    if (!s)
        return;
    try {
        const SurveyPosterSource source =
            Printing::loadSurveyPoster(m_library.catalog(), s->id, m_base);
        if (toPdf) {
            const QString stem = bundlenames::safeComponent(
                s->title, bundlenames::kMaxFileBytes - 20, tr("survey"), false);
            QString path =
                dialogs::saveFile(this, tr("Save the poster as PDF"),
                                  tr("%1 - poster.pdf").arg(stem), tr("PDF documents (*.pdf)"));
            if (path.isEmpty())
                return;
            if (QFileInfo(path).suffix().compare(u"pdf", Qt::CaseInsensitive) != 0)
                path += QStringLiteral(".pdf");
            Printing::exportSurveyPosterPdf(path, source, paper);
            dialogs::showInformation(
                this, tr("Saved the poster to %1.").arg(QDir::toNativeSeparators(path)));
            return;
        }
        QPrinter printer(QPrinter::HighResolution);
        printer.setPageLayout(Printing::pageLayout(paper));
        printer.setDocName(s->title);
        dialogs::previewPrint(
            this, printer, [&](QPrinter &target) { Printing::paintSurveyPoster(target, source); });
    } catch (const Error &error) {
        dialogs::showError(this, error.message());
    }
}

void SurveyDialog::presetNewSurvey(const std::function<bool(NewSurveyForm &)> &drive)
{
    formPresets().newSurvey.push_back(drive);
}

void SurveyDialog::presetQuestion(const std::function<bool(QuestionForm &)> &drive)
{
    formPresets().question.push_back(drive);
}

QStringList SurveyDialog::takeUnusedPresets()
{
    FormPresets &p = formPresets();
    QStringList unused;
    for (std::size_t i = 0; i < p.newSurvey.size(); ++i)
        unused << QStringLiteral("new survey");
    for (std::size_t i = 0; i < p.question.size(); ++i)
        unused << QStringLiteral("question");
    p.newSurvey.clear();
    p.question.clear();
    return unused;
}

} // namespace docket
