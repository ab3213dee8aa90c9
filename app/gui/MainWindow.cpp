// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AgendaTree.h"
#include "ArchiveExport.h"
#include "BackgroundWork.h"
#include "catalog/SettingKeys.h"
#include "Dialogs.h"
#include "HallDialog.h"
#include "HallPreparation.h"
#include "hosting/LibraryWatch.h"
#include "HostingBar.h"
#include "ImportJob.h"
#include "library/Backups.h"
#include "library/FolderImport.h"
#include "library/Library.h"
#include "library/Verify.h"
#include "MeetingPack.h"
#include "MeetingPrint.h"
#include "MeetingStateIcon.h"
#include "NewMeetingDialog.h"
#include "OcrJob.h"
#include "ProjectorController.h"
#include "ProjectorWindow.h"
#include "ProofDialog.h"
#include "PublishDialog.h"
#include "qr/DelegateUrl.h"
#include "QrPanel.h"
#include "SearchDialog.h"
#include "server/NetworkInterfaces.h"
#include "SurveyDialog.h"
#include "TrashDialog.h"
#include "UndoCommands.h"
#include "util/DateText.h"
#include "util/Error.h"
#include "util/Pin.h"
#include "VersionsDialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace docket {

namespace {
constexpr int kMeetingIdRole = Qt::UserRole;
constexpr int kLibraryCheckMilliseconds = 30000; // free space, the daily backup
} // namespace

MainWindow::MainWindow(Library &library, QWidget *parent) : QMainWindow(parent), m_library(library)
{
    setWindowTitle(tr("Docket"));
    resize(1200, 760);
    m_projector = new ProjectorController(library.catalog(), this);
    m_hall = new HallPreparation(this);
    connect(m_hall, &HallPreparation::finished, this, &MainWindow::hallPrepared);
    createActions();
    createLayout();

    connect(&library.catalog(), &Catalog::changed, this, [this] {
        reloadMeetings();
        reloadMeeting();
    });
    // Live counts while the meeting runs (the recorder writes at most once a second).
    connect(&library.catalog(), &Catalog::accessRecorded, this, &MainWindow::reloadMeeting);
    // Someone may edit the library with docket-cli while the window is open: the same watch
    // that keeps the delegates' pages fresh tells the window.
    connect(&m_hosting->libraryWatch(), &LibraryWatch::catalogChanged, this,
            &MainWindow::checkForExternalChanges);
    connect(&m_hosting->libraryWatch(), &LibraryWatch::catalogChanged, m_ocr, &OcrJob::schedule);
    connect(&m_libraryCheck, &QTimer::timeout, this, [this] {
        m_library.backupIfDue();
        updateLibraryNotice();
    });
    m_libraryCheck.start(kLibraryCheckMilliseconds);
    m_library.backupIfDue();
    updateLibraryNotice();

    reloadMeetings();
    if (m_meetings->count() > 0)
        m_meetings->setCurrentRow(0);
    reloadMeeting();
}

MainWindow::~MainWindow()
{
    // The hosting bar, destroyed with the children after this, records the last access counts
    // into the catalog: its signals must not reach a window that is half gone.
    disconnect(&m_library.catalog(), nullptr, this, nullptr);
}

void MainWindow::createActions()
{
    auto make = [this](const QString &text, const QKeySequence &shortcut,
                       QStyle::StandardPixmap icon, const std::function<void()> &slot) {
        auto *action = new QAction(style()->standardIcon(icon), text, this);
        action->setShortcut(shortcut);
        // Whatever an action runs, a catalog error ends as a message, never as an abort.
        connect(action, &QAction::triggered, this, [this, slot] { attempt(slot); });
        return action;
    };
    m_newMeeting = make(tr("&New meeting…"), QKeySequence::New, QStyle::SP_FileDialogNewFolder,
                        [this] { newMeeting(); });
    m_deleteMeeting =
        make(tr("&Delete meeting…"), {}, QStyle::SP_TrashIcon, [this] { deleteMeeting(); });
    m_addItem = make(tr("Add agenda &item…"), QKeySequence(Qt::CTRL | Qt::Key_I),
                     QStyle::SP_FileDialogListView, [this] { addItem(); });
    m_addDocuments = make(tr("Add &documents…"), QKeySequence::Open, QStyle::SP_FileIcon,
                          [this] { addDocuments(); });
    m_edit = make(tr("&Edit…"), QKeySequence(Qt::Key_F2), QStyle::SP_FileDialogDetailedView,
                  [this] { editSelected(); });
    m_moveUp = make(tr("Move &up"), QKeySequence(Qt::CTRL | Qt::Key_Up), QStyle::SP_ArrowUp,
                    [this] { moveSelected(-1); });
    m_moveDown = make(tr("Move do&wn"), QKeySequence(Qt::CTRL | Qt::Key_Down), QStyle::SP_ArrowDown,
                      [this] { moveSelected(+1); });
    m_remove = make(tr("&Remove…"), QKeySequence::Delete, QStyle::SP_TrashIcon,
                    [this] { removeSelected(); });
    m_replace = make(tr("Re&place with new version…"), QKeySequence(Qt::CTRL | Qt::Key_R),
                     QStyle::SP_BrowserReload, [this] { replaceSelected(); });
    m_replace->setToolTip(tr("Phones get the new file through the same link and QR code; "
                             "nothing needs reprinting"));
    m_versions =
        make(tr("&Versions…"), {}, QStyle::SP_FileDialogInfoView, [this] { showVersions(); });
    m_versions->setToolTip(tr("Every version of the document: serve an earlier one again, or "
                              "save a copy"));
    m_print = make(tr("&Print…"), QKeySequence::Print, QStyle::SP_FileDialogContentsView,
                   [this] { printMeeting(); });
    m_exportPdf = make(tr("&Export PDF…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                       QStyle::SP_DialogSaveButton, [this] { exportPdf(); });
    m_publishToWeb =
        make(tr("Publish to the &web…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W),
             QStyle::SP_DriveNetIcon, [this] { publishDialog()->show(); });
    m_publishToWeb->setToolTip(tr("A copy of the meeting for a web server or an rclone remote, "
                                  "for delegates on 4G and readers at home"));
    m_conferencePack = make(tr("&Conference pack…"), {}, QStyle::SP_FileDialogDetailedView, [this] {
        if (const auto meetingId = currentMeetingId())
            if (const QString report = MeetingPack::exportPack(this, m_library, *meetingId);
                !report.isEmpty())
                statusBar()->showMessage(report, 8000);
    });
    m_conferencePack->setToolTip(tr("One PDF to read or print: cover, agenda with page numbers, "
                                    "then every document, each page numbered"));
    m_archiveBundle =
        make(tr("&Archive…"), {}, QStyle::SP_DriveFDIcon, [this] { archiveBundle(); });
    m_archiveBundle->setToolTip(tr("The meeting as one ZIP to keep: its documents under their "
                                   "names, an index page, the agenda and a manifest to check"));
    m_prepare = make(tr("Prepare for the &hall…"), {}, QStyle::SP_BrowserReload,
                     [this] { prepareForHall(); });
    m_prepare->setToolTip(tr("Draw every page image of the meeting now, so that delegates' "
                             "phones get them at once"));
    m_verify = make(tr("&Verify stored files…"), {}, QStyle::SP_DialogApplyButton,
                    [this] { verifyLibrary(); });
    m_verify->setToolTip(tr("Check the catalog and hash every stored file again, to prove each "
                            "is the file that was shown and to find a disk that lost or changed "
                            "one"));
    m_restore = make(tr("&Restore from backup…"), {}, QStyle::SP_DialogResetButton,
                     [this] { offerRestore(); });
    m_restore->setToolTip(tr("Put the newest good backup of the catalog in place of the current "
                             "one, which is kept aside"));
    m_markArchived = make(tr("Close and mark &archived…"), {}, QStyle::SP_DialogSaveButton,
                          [this] { markArchived(); });
    m_markArchived->setIcon(meetingStateIcon(MeetingState::Archived));
    m_markArchived->setToolTip(tr("The meeting is finished: close it to delegates and keep it "
                                  "read-only, so that what was shown stays as it was"));
    m_reopen = make(tr("Reopen for &editing…"), {}, QStyle::SP_DialogResetButton,
                    [this] { reopenForEditing(); });
    m_reopen->setToolTip(tr("Make an archived meeting editable again; the reopening is "
                            "recorded with its reason"));
    m_checkFile =
        make(tr("&Check a file…"), {}, QStyle::SP_FileDialogContentsView, [this] { checkFile(); });
    m_checkFile->setToolTip(tr("Is this file exactly one that was shown? Which meeting, "
                               "document and version hold it, when, and to how many phones"));
    m_trash = make(tr("&Trash…"), {}, QStyle::SP_TrashIcon, [this] { showTrash(); });
    m_trash->setToolTip(tr("Documents removed from the meeting, to restore"));

    // Undo covers the agenda edits of the selected meeting; the actions name the edit.
    m_itemAliases = std::make_shared<QHash<Id, Id>>();
    m_undoStack = new QUndoStack(this);
    m_undo = m_undoStack->createUndoAction(this, tr("Undo"));
    m_undo->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_undo->setShortcuts(QKeySequence::Undo);
    m_redo = m_undoStack->createRedoAction(this, tr("Redo"));
    m_redo->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    QList<QKeySequence> redoKeys{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Redo))
        if (!redoKeys.contains(key))
            redoKeys.append(key);
    m_redo->setShortcuts(redoKeys);

    m_openToDelegates = new QAction(style()->standardIcon(QStyle::SP_DialogYesButton),
                                    tr("&Open to delegates"), this);
    m_openToDelegates->setCheckable(true);
    m_openToDelegates->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_openToDelegates->setToolTip(tr("Only meetings open to delegates are served"));
    connect(m_openToDelegates, &QAction::triggered, this,
            [this](bool open) { attempt([&] { setOpenToDelegates(open); }); });

    QMenu *file = menuBar()->addMenu(tr("&Meeting"));
    file->addAction(m_newMeeting);
    file->addAction(m_openToDelegates);
    file->addAction(m_prepare);
    file->addAction(m_trash);
    file->addSeparator();
    file->addAction(m_print);
    file->addAction(m_exportPdf);
    file->addAction(m_publishToWeb);
    file->addAction(m_conferencePack);
    file->addAction(m_archiveBundle);
    file->addSeparator();
    file->addAction(m_markArchived);
    file->addAction(m_reopen);
    file->addSeparator();
    file->addAction(m_deleteMeeting);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    QMenu *agenda = menuBar()->addMenu(tr("&Agenda"));
    for (QAction *action :
         {m_addItem, m_addDocuments, m_replace, m_versions, m_edit, m_moveUp, m_moveDown, m_remove})
        agenda->addAction(action);
    m_projector->fillMenu(menuBar()->addMenu(tr("&Projector")));
    QMenu *hall = menuBar()->addMenu(tr("&Hall"));
    m_checkInAtDoor = hall->addAction(tr("&Check-in at the door…"));
    m_checkInAtDoor->setObjectName(QStringLiteral("hallCheckIn"));
    m_checkInAtDoor->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_checkInAtDoor->setToolTip(tr("A handheld scanner reads delegates' badges into this window; "
                                   "the count against the quorum follows live."));
    connect(m_checkInAtDoor, &QAction::triggered, this, [this] {
        if (HallDialog *dialog = hallDialog())
            dialog->showCheckIn();
    });
    m_roster = hall->addAction(tr("&Roster…"));
    m_roster->setObjectName(QStringLiteral("hallRosterAction"));
    m_roster->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(m_roster, &QAction::triggered, this, [this] {
        if (HallDialog *dialog = hallDialog())
            dialog->showRoster();
    });
    hall->addSeparator();
    QAction *surveys = hall->addAction(tr("&Surveys…"));
    surveys->setObjectName(QStringLiteral("surveysAction"));
    surveys->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    surveys->setToolTip(tr("Feedback surveys of the selected meeting and the standing ones: "
                           "their questions, QR codes and results as they come in"));
    connect(surveys, &QAction::triggered, this, [this] {
        // One Surveys window, kept while the window lives and turned to the selected meeting
        // (to the standing surveys alone when none is).
        const Id meetingId = currentMeetingId().value_or(0);
        auto *dialog = findChild<SurveyDialog *>();
        if (!dialog) {
            dialog = new SurveyDialog(m_library, meetingId, this);
            // Only an address a server answers on goes into the survey's QR code.
            const auto follow = [this, dialog] {
                dialog->setBaseUrl(m_hosting->servingBaseUrl());
            };
            connect(m_hosting, &HostingBar::baseUrlChanged, dialog, follow);
            connect(&m_hosting->libraryWatch(), &LibraryWatch::catalogChanged, dialog,
                    &SurveyDialog::reloadAll);
            connect(dialog, &SurveyDialog::projectRequested, m_projector,
                    &ProjectorController::projectSurvey);
            connect(dialog, &SurveyDialog::projectResultsRequested, m_projector,
                    &ProjectorController::projectSurveyResults);
            follow();
        } else {
            dialog->setMeeting(meetingId);
        }
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    });
    QMenu *libraryMenu = menuBar()->addMenu(tr("&Library"));
    libraryMenu->addAction(m_checkFile);
    QAction *search = libraryMenu->addAction(tr("&Search…"));
    search->setObjectName(QStringLiteral("librarySearch"));
    search->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(search, &QAction::triggered, this, [this] {
        auto *dialog = findChild<SearchDialog *>();
        if (!dialog) { // one, kept while the window lives: it remembers the last search
            dialog = new SearchDialog(m_library, this);
            connect(dialog, &SearchDialog::showMeeting, this, [this](Id meetingId, Id itemId) {
                selectMeeting(meetingId);
                selectItem(itemId);
                activateWindow();
            });
        }
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    });
    libraryMenu->addSeparator();
    libraryMenu->addAction(m_verify);
    libraryMenu->addAction(m_restore);
    // Scans get their text in the background, progress in the status bar (OcrJob).
    m_ocr = new OcrJob(m_library, statusBar(), this);
    libraryMenu->addAction(m_ocr->resumeAction());

    QToolBar *tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->setMovable(false);
    for (QAction *action : {m_newMeeting, m_addItem, m_addDocuments})
        tools->addAction(action);
    tools->addSeparator();
    tools->addAction(m_openToDelegates);
    tools->addAction(m_projector->showAction());
}

void MainWindow::createLayout()
{
    m_meetings = new QListWidget(this);
    m_meetings->setMinimumWidth(220);
    m_meetings->setWordWrap(true);
    m_meetings->setSpacing(2);
    connect(m_meetings, &QListWidget::currentRowChanged, this, [this] {
        if (!m_loading)
            reloadMeeting();
    });

    // The meeting's own details, edited in place.
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("meetingTitle"));
    m_date = new QDateEdit(this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(datetext::dateFormat());
    // The minimum stands for "no date", so that a meeting without one is never given today's.
    m_date->setMinimumDate(QDate(2000, 1, 1));
    m_date->setSpecialValueText(tr("No date"));
    m_venue = new QLineEdit(this);
    m_venue->setPlaceholderText(tr("Where the meeting takes place"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("meetingLanguage"));
    for (const auto &[code, name] : meetingLanguages())
        m_language->addItem(name, code);
    m_language->setToolTip(tr("The language of the delegates' pages, the printed sheets and the "
                              "slides"));
    connect(m_language, &QComboBox::activated, this, &MainWindow::commitMeetingDetails);
    m_state = new QLabel(this);
    connect(m_title, &QLineEdit::editingFinished, this, &MainWindow::commitMeetingDetails);
    connect(m_venue, &QLineEdit::editingFinished, this, &MainWindow::commitMeetingDetails);
    connect(m_date, &QDateEdit::editingFinished, this, &MainWindow::commitMeetingDetails);
    auto *details = new QFormLayout;
    details->addRow(tr("&Title:"), m_title);
    details->addRow(tr("&Date:"), m_date);
    details->addRow(tr("&Venue:"), m_venue);
    details->addRow(tr("Delegates' &language:"), m_language);
    m_pinButton = new QPushButton(this);
    connect(m_pinButton, &QPushButton::clicked, this, [this] { attempt([this] { editPin(); }); });
    auto *stateRow = new QHBoxLayout;
    stateRow->addWidget(m_state, 1);
    stateRow->addWidget(m_pinButton);
    details->addRow(tr("Delegates:"), stateRow);
    m_wifi = new QLabel(this);
    m_wifiButton = new QPushButton(tr("Wi-Fi…"), this);
    m_wifiButton->setToolTip(tr("The network delegates join, shown on the welcome slide and the "
                                "poster"));
    connect(m_wifiButton, &QPushButton::clicked, this, [this] { attempt([this] { editWifi(); }); });
    auto *wifiRow = new QHBoxLayout;
    wifiRow->addWidget(m_wifi, 1);
    wifiRow->addWidget(m_wifiButton);
    details->addRow(tr("Wi-Fi:"), wifiRow);

    m_agenda = new AgendaTree(this);
    m_agenda->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (QAction *action : {m_projector->projectItemAction(), m_addDocuments, m_replace, m_versions,
                            m_edit, m_moveUp, m_moveDown, m_remove})
        m_agenda->addAction(action);
    connect(m_agenda, &AgendaTree::currentItemChanged, this, [this] {
        updateQr();
        updateActions();
    });
    connect(m_agenda, &AgendaTree::itemDoubleClicked, this,
            [this] { attempt([this] { editSelected(); }); });
    // Queued: the import (with its progress dialog) runs after the drop has returned, so the
    // file manager is not left waiting in the middle of a drag.
    connect(m_agenda, &AgendaTree::filesDropped, this, &MainWindow::importFiles,
            Qt::QueuedConnection);
    connect(m_agenda, &AgendaTree::foldersDropped, this, &MainWindow::importDropped,
            Qt::QueuedConnection);
    connect(
        m_agenda, &AgendaTree::fileDroppedOnDocument, this,
        [this](Id documentId, const QString &path) {
            attempt([&] { replaceWithDroppedFile(documentId, path); });
        },
        Qt::QueuedConnection);

    auto *hint = new QLabel(tr("Drop files on an agenda item to add them as its documents, a "
                               "folder to make agenda items of its sub-folders, or one file on a "
                               "document to replace it with a new version."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *meetingPane = new QWidget(this);
    auto *meetingLayout = new QVBoxLayout(meetingPane);
    meetingLayout->addLayout(details);
    meetingLayout->addWidget(m_agenda, 1);
    meetingLayout->addWidget(hint);

    auto *empty =
        new QLabel(tr("No meeting yet.\nCreate one with Meeting ▸ New meeting (Ctrl+N)."), this);
    empty->setAlignment(Qt::AlignCenter);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(empty);
    m_stack->addWidget(meetingPane);

    m_qr = new QrPanel(this);
    m_qr->setMinimumWidth(220);

    // The agenda gets the width (its titles are what the organiser reads and edits); the QR
    // panel a quarter, and it can be dragged narrower or closed altogether (collapsible).
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_meetings);
    splitter->addWidget(m_stack);
    splitter->addWidget(m_qr);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 1);
    splitter->setCollapsible(1, false);
    splitter->setSizes({220, 680, 300});

    m_hosting = new HostingBar(m_library, this);
    connect(m_hosting, &HostingBar::baseUrlChanged, this, &MainWindow::updateQr);
    connect(m_hosting, &HostingBar::hostingChanged, this, [this](bool hosting) {
        statusBar()->showMessage(hosting ? tr("Hosting started.") : tr("Hosting stopped."), 5000);
    });
    // The hall only gets a code that works: none until hosting runs.
    connect(m_hosting, &HostingBar::baseUrlChanged, this,
            [this] { m_projector->setBaseUrl(m_hosting->servingBaseUrl()); });
    connect(m_projector, &ProjectorController::stateChanged, this,
            &MainWindow::updateProjectorStatus);
    connect(m_projector, &ProjectorController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_libraryNotice = new QLabel(this);
    m_libraryNotice->setObjectName(QStringLiteral("libraryNotice"));
    m_libraryNotice->setWordWrap(true);
    m_libraryNotice->setMargin(6);
    // Dark on pale amber: readable (WCAG AA) and unlike anything else in the window.
    m_libraryNotice->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff3cd; color: #5c4400; border: 1px solid #e0c36b; }"));
    m_libraryNotice->hide();
    layout->addWidget(m_libraryNotice);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_hosting);
    setCentralWidget(central);
    // Phones connected now, where the organiser's eye rests during the meeting (the hosting
    // bar says it too, but it scrolls off with the guess warning when one shows).
    m_phonesStatus = new QLabel(this);
    m_phonesStatus->setObjectName(QStringLiteral("phonesStatus"));
    statusBar()->addPermanentWidget(m_phonesStatus);
    const auto sayPhones = [this](int phones) {
        m_phonesStatus->setText(
            m_hosting->isHosting() ? tr("%n phone(s) connected", nullptr, phones) : QString());
        m_phonesStatus->setVisible(m_hosting->isHosting());
    };
    connect(m_hosting, &HostingBar::phonesConnectedChanged, this, sayPhones);
    connect(m_hosting, &HostingBar::hostingChanged, this,
            [this, sayPhones] { sayPhones(m_hosting->phonesConnected()); });
    sayPhones(0);
    m_projectorStatus = new QLabel(this);
    m_projectorStatus->setObjectName(QStringLiteral("projectorStatus"));
    statusBar()->addPermanentWidget(m_projectorStatus);
    updateProjectorStatus();
}

HallDialog *MainWindow::hallDialog()
{
    const auto meetingId = currentMeetingId();
    if (!meetingId)
        return nullptr;
    // One per meeting, kept while the window lives: the door's scanner may go on while the
    // organiser works on the agenda.
    HallDialog *dialog = nullptr;
    for (HallDialog *open : findChildren<HallDialog *>())
        if (open->meetingId() == *meetingId)
            dialog = open;
    if (!dialog)
        dialog = new HallDialog(m_library, *meetingId, this);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

std::optional<Id> MainWindow::currentMeetingId() const
{
    const QListWidgetItem *row = m_meetings->currentItem();
    if (!row)
        return std::nullopt;
    return row->data(kMeetingIdRole).toLongLong();
}

void MainWindow::selectMeeting(Id meetingId)
{
    for (int i = 0; i < m_meetings->count(); ++i) {
        if (m_meetings->item(i)->data(kMeetingIdRole).toLongLong() == meetingId) {
            m_meetings->setCurrentRow(i);
            return;
        }
    }
}

void MainWindow::selectItem(Id itemId)
{
    m_agenda->selectItem(itemId);
}

bool MainWindow::attempt(const std::function<void()> &edit)
{
    try {
        edit();
        return true;
    } catch (const CatalogError &error) {
        // A damaged catalog: the way back is offered once, not after every click.
        if (error.kind() == CatalogError::Kind::Damaged && !m_restoreOffered)
            offerRestore(error.message());
        else
            dialogs::showError(this, error.message());
        return false;
    } catch (const Error &error) {
        dialogs::showError(this, error.message());
        return false;
    }
}

void MainWindow::updateLibraryNotice()
{
    QStringList lines;
    if (m_library.isReadOnly())
        lines << m_library.readOnlyNote();
    else if (const QString low = m_library.lowSpaceWarning(); !low.isEmpty())
        lines << low;
    if (const QString problem = m_library.lastBackupProblem(); !problem.isEmpty())
        lines << tr("The last automatic backup of the catalog failed: %1").arg(problem);
    m_libraryNotice->setText(lines.join(u'\n'));
    m_libraryNotice->setVisible(!lines.isEmpty());
}

void MainWindow::offerRestore(const QString &why)
{
    m_restoreOffered = true;
    const Backups backups = m_library.backups();
    QStringList rejected;
    const auto newest = backups.newestGood(&rejected);
    if (!newest) {
        QString text = why.isEmpty() ? QString() : why + u"\n\n";
        text += tr("No good backup of the catalog is available in %1.")
                    .arg(QDir::toNativeSeparators(backups.folder()));
        if (!rejected.isEmpty())
            text += u'\n' + rejected.join(u'\n');
        dialogs::showError(this, text);
        return;
    }
    QString question = why.isEmpty() ? QString() : why + u"\n\n";
    question +=
        tr("Put the newest good backup of the catalog, made %1, in place of the current "
           "one? The current catalog is kept aside in %2. Docket then starts again (any "
           "hosting stops for a moment).")
            .arg(datetext::dateTime(newest->madeAt), QDir::toNativeSeparators(backups.folder()));
    if (!dialogs::confirm(this, tr("Restore the catalog"), question))
        return;
    m_restoreRequested = true;
    m_hostingToResume = m_hosting->endpoint();
    close();
    QApplication::exit(0);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A restore closes the window to open it again, hosting where it hosted: nothing to ask.
    if (m_hosting->isHosting() && !m_restoreRequested) {
        const int phones = m_hosting->phonesConnected();
        const QString question =
            (phones > 0
                 ? tr("%n phone(s) are connected to this computer now.", nullptr, phones) + u' '
                 : QString()) +
            tr("Quitting stops hosting: no phone reaches the meeting's documents until Docket "
               "hosts again. Quit anyway?");
        if (!dialogs::confirm(this, tr("Stop hosting and quit"), question)) {
            event->ignore();
            return;
        }
    }
    QMainWindow::closeEvent(event);
}

bool MainWindow::resumeHosting(const HostingBar::Endpoint &endpoint)
{
    m_hosting->setAddress(endpoint.address);
    m_hosting->setPort(endpoint.port);
    // A failure was shown by the bar already; the status line says what it means.
    const bool resumed = m_hosting->startHosting();
    statusBar()->showMessage(
        resumed ? tr("Hosting resumed at %1 with the restored catalog.").arg(m_hosting->baseUrl())
                : tr("Hosting stopped for the restore and could not start again: delegates "
                     "cannot reach any meeting until it is started."),
        resumed ? 10000 : 0);
    return resumed;
}

bool MainWindow::restoreNewestBackup(QWidget *parent, const QString &folder)
{
    try {
        const Backups::Restored restored = Backups::restore(folder);
        dialogs::showInformation(
            parent, tr("The catalog was restored from the backup made %1 (%n meeting(s)). The "
                       "catalog it replaced is kept as %2.",
                       nullptr, restored.meetings)
                        .arg(datetext::dateTime(restored.madeAt),
                             QDir::toNativeSeparators(restored.setAside)));
        return true;
    } catch (const Error &error) {
        dialogs::showError(parent, error.message());
        return false;
    }
}

void MainWindow::reloadMeetings()
{
    const auto keep = currentMeetingId();
    m_loading = true;
    m_meetings->clear();
    attempt([&] {
        for (const Meeting &meeting : m_library.catalog().meetings()) {
            // The state in words as well as by its icon: every state, not only "open".
            QString subtitle = meeting.date.isValid() ? datetext::date(meeting.date) : QString();
            subtitle += (subtitle.isEmpty() ? QString() : QStringLiteral(" · ")) +
                        meetingStateLabel(meeting.state);
            auto *row = new QListWidgetItem(meeting.title + u'\n' + subtitle, m_meetings);
            row->setData(kMeetingIdRole, QVariant::fromValue<qlonglong>(meeting.id));
            row->setIcon(meetingStateIcon(meeting.state));
            row->setToolTip(meetingStateLabel(meeting.state));
        }
    });
    // Reselected while still loading: every caller reloads the meeting next, and a reload from
    // the selection change as well would draw the agenda (and its QR code) twice per change.
    if (keep)
        selectMeeting(*keep);
    m_loading = false;
}

void MainWindow::reloadMeeting()
{
    const auto meetingId = currentMeetingId();
    // What the stack would undo belongs to the meeting it was done in.
    if (meetingId != m_undoFor) {
        m_undoStack->clear();
        m_itemAliases->clear();
        m_undoFor = meetingId;
    }
    std::optional<Meeting> meeting;
    attempt([&] {
        if (meetingId)
            meeting = m_library.catalog().meeting(*meetingId);
    });
    m_stack->setCurrentIndex(meeting ? 1 : 0);
    if (!meeting) {
        m_detailsFor.reset();
        m_agenda->clear();
        setWindowTitle(tr("Docket"));
        updateQr();
        updateActions();
        return;
    }
    setWindowTitle(tr("%1 — Docket").arg(meeting->title));
    m_loading = true;
    // A field being edited keeps its text, unless the fields now show another meeting.
    const bool otherMeeting = m_detailsFor != meeting->id;
    m_detailsFor = meeting->id;
    if (otherMeeting || !m_title->hasFocus())
        m_title->setText(meeting->title);
    if (otherMeeting || !m_venue->hasFocus())
        m_venue->setText(meeting->venue);
    if (otherMeeting || !m_date->hasFocus())
        m_date->setDate(meeting->date.isValid() ? meeting->date : m_date->minimumDate());
    m_language->setCurrentIndex(std::max(0, m_language->findData(meeting->language)));
    m_shownArchived = meeting->isArchived();
    for (QLineEdit *field : {m_title, m_venue})
        field->setReadOnly(m_shownArchived);
    m_date->setReadOnly(m_shownArchived);
    m_language->setEnabled(!m_shownArchived);
    m_state->setText(
        meeting->state == MeetingState::Open
            ? tr("Open: delegates can reach it while hosting runs (code %1)").arg(meeting->code)
        : m_shownArchived
            ? tr("Archived on %1: read-only (code %2). Meeting ▸ Reopen for editing to change it.")
                  .arg(datetext::date(meeting->archivedAt.toLocalTime().date()), meeting->code)
            : tr("%1: delegates cannot reach it (code %2)")
                  .arg(meetingStateLabel(meeting->state), meeting->code));
    m_openToDelegates->setChecked(meeting->state == MeetingState::Open);
    m_pinButton->setText(meeting->hasPin() ? tr("PIN: on…") : tr("PIN: off…"));
    m_pinButton->setToolTip(tr("Ask delegates for a PIN, once per phone"));
    attempt([&] {
        const WifiNetwork own = m_library.catalog().meetingWifi(meeting->id);
        const WifiNetwork venue = m_library.catalog().venueWifi();
        m_wifi->setText(!own.isEmpty()     ? tr("%1 (this meeting's own network)").arg(own.ssid)
                        : !venue.isEmpty() ? tr("%1 (venue default)").arg(venue.ssid)
                                           : tr("None: the welcome slide shows no Wi-Fi"));
    });
    m_loading = false;

    attempt([&] {
        const QList<AgendaItem> items = m_library.catalog().items(meeting->id);
        QHash<Id, QList<Document>> documents;
        QHash<Id, int> servedVersions;
        for (const AgendaItem &item : items) {
            const QList<Document> docs = m_library.catalog().documents(item.id);
            documents.insert(item.id, docs);
            // An earlier version may be served again: the count alone would then misstate
            // which file the phones get.
            for (const Document &doc : docs) {
                if (doc.versionCount < 2)
                    continue;
                const QList<DocumentVersion> versions = m_library.catalog().versions(doc.id);
                for (qsizetype i = 0; i < versions.size(); ++i)
                    if (versions[i].current)
                        servedVersions.insert(doc.id, static_cast<int>(versions.size() - i));
            }
        }
        QHash<Id, int> devices;
        for (const DocumentStats &stats : m_library.catalog().documentStats(meeting->id))
            devices.insert(stats.documentId, stats.devices);
        m_agenda->showAgenda(items, documents, devices, servedVersions);
        if (!m_agenda->currentItem() && m_agenda->topLevelItemCount() > 0)
            m_agenda->setCurrentItem(m_agenda->topLevelItem(0));
    });
    updateProjectorStatus();
    updateQr();
    updateActions();
}

void MainWindow::updateQr()
{
    const auto meetingId = currentMeetingId();
    std::optional<Meeting> meeting;
    if (meetingId)
        attempt([&] { meeting = m_library.catalog().meeting(*meetingId); });
    if (!meeting) {
        m_qr->showMessage(tr("Create or select a meeting to see its QR codes."));
        return;
    }
    // The address a server answers on (this window's, or docket-cli's serving the same
    // library); else the one hosting here would use, said to be unserved.
    const QString served = m_hosting->servingBaseUrl();
    const QString base = served.isEmpty() ? m_hosting->baseUrl() : served;
    if (base.isEmpty()) {
        m_qr->showMessage(tr("No network interface: connect this computer to the venue network."));
        return;
    }
    if (served.isEmpty() && base.endsWith(QStringLiteral(":0"))) {
        // "Any free port" is only known once a server has one: no code leads to port 0.
        m_qr->showMessage(tr("Start hosting to see the QR codes: the port is chosen then."));
        return;
    }
    QString notice;
    if (meeting->isArchived())
        notice = u'\n' + tr("(archived: phones do not reach it)");
    else if (meeting->state != MeetingState::Open)
        notice = u'\n' + tr("(not open to delegates yet)");
    else if (served.isEmpty())
        notice = u'\n' + tr("(start hosting so that phones can reach it)");
    const QTreeWidgetItem *row = m_agenda->currentItem();
    if (const auto number = m_agenda->selectedItemNumber(); row && number) {
        const QTreeWidgetItem *itemRow = row->parent() ? row->parent() : row;
        m_qr->showUrl(delegateurl::item(base, meeting->code, *number), itemRow->text(0) + notice,
                      tr("item-%1-qr").arg(*number));
    } else {
        m_qr->showUrl(delegateurl::meeting(base, meeting->code), meeting->title + notice,
                      tr("meeting-qr"));
    }
}

void MainWindow::updateActions()
{
    const bool hasMeeting = currentMeetingId().has_value();
    const bool hasItem = m_agenda->selectedItemId().has_value();
    const bool onDocument = m_agenda->selectedDocumentId().has_value();
    // An archived meeting is read-only: its edits are off (the catalog would refuse them too),
    // what reads it (print, versions, trash) stays.
    const bool editable = hasMeeting && !m_shownArchived;
    m_deleteMeeting->setEnabled(editable);
    m_checkInAtDoor->setEnabled(hasMeeting);
    m_roster->setEnabled(hasMeeting);
    m_addItem->setEnabled(editable);
    m_openToDelegates->setEnabled(editable);
    m_addDocuments->setEnabled(editable && hasItem);
    m_edit->setEnabled(editable && hasItem);
    m_remove->setEnabled(editable && hasItem);
    m_replace->setEnabled(editable && onDocument);
    m_versions->setEnabled(onDocument);
    m_moveUp->setEnabled(editable && hasItem && !onDocument);
    m_moveDown->setEnabled(editable && hasItem && !onDocument);
    m_markArchived->setEnabled(editable);
    m_reopen->setEnabled(hasMeeting && m_shownArchived);
    m_pinButton->setEnabled(editable);
    m_print->setEnabled(hasMeeting);
    m_exportPdf->setEnabled(hasMeeting);
    m_publishToWeb->setEnabled(hasMeeting);
    m_conferencePack->setEnabled(hasMeeting);
    m_archiveBundle->setEnabled(hasMeeting);
    m_prepare->setEnabled(hasMeeting && !m_hall->isRunning());
    m_trash->setEnabled(hasMeeting);
    m_wifiButton->setEnabled(editable);
    m_projector->setSelection(currentMeetingId(), m_agenda->selectedItemId());
}

void MainWindow::checkForExternalChanges()
{
    // Each reload catches its own errors (a busy catalog): the next change tries again.
    reloadMeetings();
    reloadMeeting();
    m_projector->window()->reload();
}

void MainWindow::commitMeetingDetails()
{
    // The fields belong to the meeting they were loaded for, whatever is selected now.
    if (m_loading || !m_detailsFor)
        return;
    attempt([&] {
        auto meeting = m_library.catalog().meeting(*m_detailsFor);
        if (!meeting)
            return;
        const QString title = m_title->text().trimmed();
        if (title.isEmpty()) {
            m_title->setText(meeting->title); // a meeting always has a title
            return;
        }
        const QDate date = m_date->date() == m_date->minimumDate() ? QDate() : m_date->date();
        const QString language = m_language->currentData().toString();
        if (meeting->title == title && meeting->venue == m_venue->text().trimmed() &&
            meeting->date == date && meeting->language == language)
            return;
        meeting->title = title;
        meeting->venue = m_venue->text().trimmed();
        meeting->date = date;
        meeting->language = language;
        m_library.catalog().updateMeeting(*meeting);
    });
}

void MainWindow::newMeeting()
{
    QStringList venues;
    attempt([&] {
        for (const Meeting &meeting : m_library.catalog().meetings())
            if (!meeting.venue.isEmpty() && !venues.contains(meeting.venue))
                venues << meeting.venue;
    });
    const auto fields = dialogs::askNewMeeting(this, venues);
    if (!fields || fields->title.trimmed().isEmpty())
        return;
    attempt([&] {
        const Meeting meeting = m_library.catalog().createMeeting(fields->title, fields->date,
                                                                  fields->venue, fields->language);
        selectMeeting(meeting.id);
        statusBar()->showMessage(
            tr("Created \"%1\" (delegate code %2).").arg(meeting.title, meeting.code), 5000);
    });
}

void MainWindow::deleteMeeting()
{
    const auto meetingId = currentMeetingId();
    if (!meetingId)
        return;
    const auto meeting = m_library.catalog().meeting(*meetingId);
    if (!meeting ||
        !dialogs::confirm(this, tr("Delete meeting"),
                          tr("Delete \"%1\" with its agenda and documents? This cannot be undone.")
                              .arg(meeting->title)))
        return;
    attempt([&] { m_library.catalog().removeMeeting(*meetingId); });
}

void MainWindow::addItem()
{
    const auto meetingId = currentMeetingId();
    if (!meetingId)
        return;
    const auto fields = dialogs::askItem(this, tr("New agenda item"));
    if (!fields)
        return;
    m_undoStack->push(
        new AddItemCommand(undoContext(), *meetingId, fields->title, fields->presenter));
}

UndoContext MainWindow::undoContext()
{
    return UndoContext{
        m_library.catalog(), this, [this](Id itemId) { m_agenda->selectItem(itemId); },
        [this](Id documentId) { m_agenda->selectDocument(documentId); }, m_itemAliases};
}

void MainWindow::showTrash()
{
    const auto meetingId = currentMeetingId();
    if (!meetingId)
        return;
    TrashDialog dialog(m_library.catalog(), *meetingId, this);
    connect(&dialog, &TrashDialog::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    dialogs::showTrash(dialog);
}

void MainWindow::addDocuments()
{
    const auto itemId = m_agenda->selectedItemId();
    if (!itemId)
        return;
    const QStringList paths = dialogs::openFiles(this, tr("Add documents"), documentFilter());
    if (!paths.isEmpty())
        importFiles(*itemId, paths);
}

QString MainWindow::documentFilter()
{
    return tr("Documents (*.pdf *.doc *.docx *.odt *.xls *.xlsx *.ods *.ppt *.pptx *.odp *.txt "
              "*.jpg *.jpeg *.png);;All files (*)");
}

bool MainWindow::readyForWork()
{
    if (!BackgroundWork::isRunning())
        return true;
    // Only a drop queued just before the work began gets here: the window takes no input
    // while it runs.
    statusBar()->showMessage(tr("Busy with other work: try again once it is done."), 5000);
    return false;
}

void MainWindow::importFiles(Id itemId, const QStringList &paths)
{
    if (paths.isEmpty() || !readyForWork())
        return;
    ImportResult result;
    try {
        const auto item = m_library.catalog().item(itemId);
        if (!item)
            throw Error(Library::tr("No such agenda item."));
        result =
            ImportJob::run(this, m_library, item->meetingId, {{itemId, {}, paths}},
                           {tr("Add documents"), tr("Cancel"),
                            tr("Adding %n document(s)…", nullptr, static_cast<int>(paths.size()))});
    } catch (const Error &error) {
        dialogs::showError(this, error.message());
        return;
    }
    if (result.stopped) {
        statusBar()->showMessage(tr("Import cancelled: nothing was added."), 5000);
        return;
    }
    if (!result.added.isEmpty())
        m_agenda->selectDocument(result.added.last().id);
    reportImport(result,
                 tr("Added %n document(s).", nullptr, static_cast<int>(result.added.size())));
}

void MainWindow::importDropped(Id itemId, const QStringList &paths)
{
    QStringList folders;
    QStringList files;
    for (const QString &path : paths)
        (QFileInfo(path).isDir() ? folders : files).append(path);
    if (folders.isEmpty()) {
        importFiles(itemId, files);
        return;
    }
    if (!readyForWork())
        return;
    const auto item = m_library.catalog().item(itemId);
    if (!item)
        return;
    // Reading the folder tree stays on this thread: it is the list of names, not the bytes.
    const QList<PlannedItem> plan = folderimport::planFolderImport(folders);
    QStringList allFiles = files;
    for (const PlannedItem &planned : plan)
        allFiles += planned.files;
    if (plan.isEmpty() && files.isEmpty()) {
        statusBar()->showMessage(tr("Nothing to add: the folder holds no files."), 5000);
        return;
    }
    const QString shownName = folders.size() == 1
                                  ? QStringLiteral("“%1”").arg(QDir(folders.first()).dirName())
                                  : tr("%n folder(s)", nullptr, static_cast<int>(folders.size()));
    const auto choice =
        dialogs::askFolderImport(this, {shownName, item->title, static_cast<int>(plan.size()),
                                        static_cast<int>(allFiles.size())});
    if (choice == dialogs::FolderImportChoice::Cancel)
        return;
    if (choice == dialogs::FolderImportChoice::AllIntoSelectedItem) {
        importFiles(itemId, allFiles);
        return;
    }

    // The new items hold the folders' files; files dropped beside the folders join the item
    // they were dropped on, as a drop of files alone would.
    QList<ImportDestination> destinations;
    for (const PlannedItem &planned : plan)
        destinations.append({std::nullopt, planned.title, planned.files});
    if (!files.isEmpty())
        destinations.append({itemId, {}, files});
    ImportResult result;
    try {
        result = ImportJob::run(
            this, m_library, item->meetingId, destinations,
            {tr("Add a folder"), tr("Cancel"),
             tr("Adding %n document(s)…", nullptr, static_cast<int>(allFiles.size()))});
    } catch (const Error &error) {
        dialogs::showError(this, error.message());
        return;
    }
    if (result.stopped) {
        statusBar()->showMessage(tr("Import cancelled: nothing was added."), 5000);
        return;
    }
    if (!result.newItems.isEmpty())
        m_agenda->selectItem(result.newItems.first().id);
    reportImport(result,
                 tr("Made %n agenda item(s) from the folder.", nullptr,
                    static_cast<int>(result.newItems.size())) +
                     u' ' +
                     tr("Added %n document(s).", nullptr, static_cast<int>(result.added.size())));
}

void MainWindow::reportImport(const ImportResult &result, const QString &done)
{
    QStringList problems;
    for (const Document &doc : result.added)
        if (!doc.problem.isEmpty())
            problems << QStringLiteral("%1: %2").arg(doc.fileName, doc.problem);
    if (!problems.isEmpty())
        dialogs::showError(
            this,
            tr("Added, but delegates may not be able to read:\n%1").arg(problems.join(u'\n')));
    // One message for every file left out, rather than one box per file.
    if (!result.skipped.isEmpty())
        dialogs::showInformation(
            this, tr("%n file(s) not added:", nullptr, static_cast<int>(result.skipped.size())) +
                      u'\n' + result.skipped.join(u'\n'));
    QString message = done;
    if (!result.elsewhere.isEmpty())
        message += u' ' + tr("Already elsewhere in the library, stored once: %1.")
                              .arg(result.elsewhere.join(QStringLiteral(", ")));
    statusBar()->showMessage(message, 10000);
}

void MainWindow::replaceSelected()
{
    const auto documentId = m_agenda->selectedDocumentId();
    if (!documentId)
        return;
    const auto doc = m_library.catalog().document(*documentId);
    if (!doc)
        return;
    const QString path = dialogs::openFile(
        this, tr("Replace “%1” with a new version").arg(doc->title), documentFilter());
    if (!path.isEmpty())
        replaceDocument(*documentId, path);
}

void MainWindow::replaceWithDroppedFile(Id documentId, const QString &path)
{
    const auto doc = m_library.catalog().document(documentId);
    if (!doc)
        return;
    // A drop is easily made on the wrong row, and what phones get changes at once: ask.
    if (!dialogs::confirm(this, tr("Replace document"),
                          tr("Replace “%1” with %2? Phones get the new version through the "
                             "same QR code.")
                              .arg(doc->title, QFileInfo(path).fileName())))
        return;
    replaceDocument(documentId, path);
}

void MainWindow::replaceDocument(Id documentId, const QString &path)
{
    if (!readyForWork())
        return;
    const auto before = m_library.catalog().document(documentId);
    if (!before)
        return;
    std::optional<Document> replaced;
    try {
        replaced = ImportJob::replace(
            this, m_library, documentId, path,
            {tr("Replace document"), tr("Cancel"), tr("Replacing “%1”…").arg(before->title)});
    } catch (const Error &error) {
        dialogs::showError(this, error.message());
        return;
    }
    if (!replaced) {
        statusBar()->showMessage(
            tr("Replacement cancelled: phones still get the version they had."), 5000);
        return;
    }
    const Document &doc = *replaced;
    if (!doc.problem.isEmpty())
        dialogs::showError(this, tr("Replaced, but delegates may not be able to read:\n%1")
                                     .arg(QStringLiteral("%1: %2").arg(doc.fileName, doc.problem)));
    m_agenda->selectDocument(documentId);
    statusBar()->showMessage(
        tr("“%1” now serves %2 — its link and the item's QR code are unchanged.")
            .arg(doc.title, doc.fileName),
        8000);
}

void MainWindow::showVersions()
{
    const auto documentId = m_agenda->selectedDocumentId();
    if (!documentId || !m_library.catalog().document(*documentId))
        return;
    VersionsDialog dialog(m_library, *documentId, this);
    connect(&dialog, &VersionsDialog::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    dialogs::showVersions(dialog);
}

void MainWindow::editSelected()
{
    if (const auto documentId = m_agenda->selectedDocumentId()) {
        const auto doc = m_library.catalog().document(*documentId);
        if (!doc)
            return;
        const auto title = dialogs::askText(this, tr("Rename document"),
                                            tr("Title shown to delegates:"), doc->title);
        if (title && !title->trimmed().isEmpty() && title->trimmed() != doc->title)
            m_undoStack->push(new RenameDocumentCommand(undoContext(), *doc, *title));
        return;
    }
    const auto itemId = m_agenda->selectedItemId();
    if (!itemId)
        return;
    const auto item = m_library.catalog().item(*itemId);
    if (!item)
        return;
    const auto fields = dialogs::askItem(this, tr("Edit agenda item %1").arg(item->number),
                                         {item->title, item->presenter});
    if (fields && (fields->title != item->title || fields->presenter != item->presenter))
        m_undoStack->push(
            new EditItemCommand(undoContext(), *item, fields->title, fields->presenter));
}

void MainWindow::moveSelected(int delta)
{
    const auto itemId = m_agenda->selectedItemId();
    const auto number = m_agenda->selectedItemNumber();
    if (!itemId || !number || m_agenda->selectedDocumentId())
        return;
    const int target = *number + delta;
    if (target < 1 || target > m_agenda->topLevelItemCount())
        return;
    const auto item = m_library.catalog().item(*itemId);
    if (!item)
        return;
    const auto meeting = m_library.catalog().meeting(item->meetingId);
    if (meeting && meeting->state == MeetingState::Open &&
        !dialogs::confirm(this, tr("Renumber the agenda"),
                          tr("Delegates are using this meeting. Moving the item swaps numbers %1 "
                             "and %2, so printed QR codes for them will lead to each other's "
                             "documents. Move it anyway?")
                              .arg(*number)
                              .arg(target)))
        return;
    m_undoStack->push(new MoveItemCommand(undoContext(), *item, target));
}

void MainWindow::removeSelected()
{
    if (const auto documentId = m_agenda->selectedDocumentId()) {
        const auto doc = m_library.catalog().document(*documentId);
        if (doc && dialogs::confirm(this, tr("Remove document"),
                                    tr("Remove \"%1\" from the agenda? Delegates will no longer "
                                       "see it.")
                                        .arg(doc->title)))
            m_undoStack->push(new RemoveDocumentCommand(undoContext(), *doc));
        return;
    }
    const auto itemId = m_agenda->selectedItemId();
    if (!itemId)
        return;
    const auto item = m_library.catalog().item(*itemId);
    if (item && dialogs::confirm(this, tr("Remove agenda item"),
                                 tr("Remove item %1 \"%2\" and its documents? The items after it "
                                    "move up one number, so printed QR codes for them change.")
                                     .arg(item->number)
                                     .arg(item->title)))
        // Its documents go for good, not to the trash: edits on the stack may refer to them.
        if (attempt([&] { m_library.catalog().removeItem(*itemId); })) {
            m_undoStack->clear();
            m_itemAliases->clear();
        }
}

void MainWindow::editPin()
{
    const auto meetingId = currentMeetingId();
    if (!meetingId)
        return;
    const auto meeting = m_library.catalog().meeting(*meetingId);
    if (!meeting)
        return;
    const auto entered = dialogs::askText(
        this, tr("Meeting PIN"),
        meeting->hasPin()
            ? tr("A PIN is set. Enter a new one (4 to 8 digits), or leave empty to remove it.\n"
                 "Phones that entered the old PIN will have to enter the new one.")
            : tr("Delegates will enter this PIN once on their phone (4 to 8 digits).\n"
                 "Leave empty for no PIN."));
    if (!entered)
        return;
    const QString newPin = entered->trimmed();
    if (!newPin.isEmpty() && !pin::isWellFormed(newPin)) {
        dialogs::showError(this, tr("A PIN is 4 to 8 digits."));
        return;
    }
    m_library.catalog().setMeetingPin(*meetingId, newPin);
    statusBar()->showMessage(newPin.isEmpty() ? tr("The meeting no longer asks for a PIN.")
                                              : tr("The meeting now asks for a PIN."),
                             5000);
}

void MainWindow::editWifi()
{
    const auto meetingId = currentMeetingId();
    if (!meetingId)
        return;
    Catalog &catalog = m_library.catalog();
    const auto answer = dialogs::askWifi(this, catalog.meetingWifi(*meetingId), catalog.venueWifi(),
                                         [this, &catalog](const WifiNetwork &network) {
                                             return attempt([&] { catalog.setVenueWifi(network); });
                                         });
    if (!answer)
        return;
    // An empty network is the catalog's "use the venue default".
    catalog.setMeetingWifi(*meetingId, answer->useVenueDefault ? WifiNetwork{} : answer->network);
    statusBar()->showMessage(tr("Wi-Fi saved: it shows on the welcome slide and the poster."),
                             5000);
}

std::optional<QString> MainWindow::printedBaseUrl()
{
    // Paper outlives this session: only an address a server really announced goes on it (the
    // port box may say 0, "any free port", until hosting starts), and one that only this
    // computer can reach (a rehearsal on loopback) only when the organiser says so.
    QString base = m_hosting->servingBaseUrl(); // this window's server, or docket-cli's
    if (base.isEmpty()) {
        try {
            base = m_library.catalog().setting(settingkeys::baseUrl());
        } catch (const Error &) {
            return QString();
        }
    }
    const QString problem = network::phoneReachabilityProblem(base, network::addresses());
    if (!problem.isEmpty() &&
        !dialogs::confirm(this, tr("Print"),
                          problem + u"\n\n" +
                              tr("Host on the network the phones are on, then print again. Put "
                                 "this address on paper anyway?")))
        return std::nullopt;
    return base;
}

void MainWindow::printMeeting()
{
    const auto meetingId = currentMeetingId();
    if (!meetingId)
        return;
    const auto base = printedBaseUrl();
    if (!base)
        return;
    const QString report = MeetingPrint::print(this, m_library.catalog(), *meetingId, *base);
    if (!report.isEmpty())
        statusBar()->showMessage(report, 5000);
}

void MainWindow::archiveBundle()
{
    if (const auto meetingId = currentMeetingId()) {
        const QString report =
            ArchiveExport::run(this, m_library, *meetingId, m_hosting->servingBaseUrl());
        if (!report.isEmpty())
            statusBar()->showMessage(report, 8000);
    }
}

PublishDialog *MainWindow::publishDialog()
{
    const auto meetingId = currentMeetingId();
    if (!meetingId)
        return nullptr;
    // One per meeting, kept: a copy kept in step goes on while its dialog is closed.
    PublishDialog *&dialog = m_publishDialogs[*meetingId];
    if (!dialog)
        dialog = new PublishDialog(m_library, *meetingId, this);
    return dialog;
}

void MainWindow::exportPdf()
{
    const auto meetingId = currentMeetingId();
    if (!meetingId)
        return;
    const auto base = printedBaseUrl();
    if (!base)
        return;
    const QString report = MeetingPrint::exportPdf(this, m_library.catalog(), *meetingId, *base);
    if (!report.isEmpty())
        statusBar()->showMessage(report, 8000);
}

void MainWindow::prepareForHall()
{
    const auto meetingId = currentMeetingId();
    if (!meetingId)
        return;
    // A second run while one is going on would only draw the same pages twice over.
    if (!m_hall->isRunning())
        m_hall->start(m_library, *meetingId);
    updateActions();
}

void MainWindow::hallPrepared(const QString &report, const QString &problem)
{
    updateActions();
    statusBar()->showMessage(report, 15000);
    if (!problem.isEmpty())
        dialogs::showError(this, problem);
}

void MainWindow::updateProjectorStatus()
{
    if (!m_projectorStatus)
        return;
    m_projectorStatus->setText(m_projector->statusText());
    // Only the agenda on screen is marked, and only when it is that meeting's item.
    const auto meetingId = currentMeetingId();
    m_agenda->setProjectedItem(meetingId && m_projector->projectedMeetingId() == meetingId
                                   ? m_projector->projectedItemId()
                                   : std::nullopt);
}

void MainWindow::verifyLibrary()
{
    if (!readyForWork())
        return;
    const QString folder = m_library.folder();
    VerifyReport report;
    const auto describe = [](const WorkProgress &progress) -> QString {
        const QLocale locale;
        const QString heading = tr("Checking every stored file against its SHA-256…");
        if (progress.bytes.load() <= 0)
            return heading;
        return heading + u'\n' +
               tr("%1 of %2")
                   .arg(locale.formattedDataSize(progress.bytesDone.load(), 1,
                                                 QLocale::DataSizeSIFormat),
                        locale.formattedDataSize(progress.bytes.load(), 1,
                                                 QLocale::DataSizeSIFormat));
    };
    const auto outcome = BackgroundWork::run(
        this, {QStringLiteral("verifyProgress"), tr("Verify stored files"), tr("Cancel"), describe},
        [&](WorkProgress &progress) {
            // A Library of its own, hence a catalog connection of its own: the window's
            // Catalog (SQLite) belongs to the window's thread.
            Library own(folder);
            report = Verifier::verify(own, [&](std::int64_t done, std::int64_t total) {
                progress.bytes = total;
                progress.bytesDone = done;
                return !progress.stopping();
            });
        });
    if (report.catalogDamaged()) {
        offerRestore(Verifier::catalogDamagedText(static_cast<int>(report.catalogProblems.size())) +
                     u'\n' + report.catalogProblems.mid(0, 5).join(u'\n'));
        return;
    }
    QStringList problems;
    for (const BlobProblem &problem : report.problems)
        problems << Verifier::describe(problem);
    if (!problems.isEmpty())
        dialogs::showError(this, tr("%n stored file(s) failed the check:", nullptr,
                                    static_cast<int>(problems.size())) +
                                     u'\n' + problems.join(u'\n'));
    if (outcome == BackgroundWork::Outcome::Stopped || report.cancelled) {
        statusBar()->showMessage(
            tr("Verification stopped after %n stored file(s).", nullptr, report.checked), 8000);
        return;
    }
    if (problems.isEmpty()) {
        const QString intact =
            tr("All %n stored file(s) and the catalog are intact.", nullptr, report.checked);
        statusBar()->showMessage(intact, 8000);
        dialogs::showInformation(this, intact);
    }
}

void MainWindow::checkFile()
{
    ProofDialog dialog(m_library.catalog(), this);
    dialogs::showProof(dialog);
}

void MainWindow::markArchived()
{
    const auto meetingId = currentMeetingId();
    const auto meeting = meetingId ? m_library.catalog().meeting(*meetingId) : std::nullopt;
    if (!meeting || meeting->isArchived())
        return;
    const QString closing = meeting->state == MeetingState::Open
                                ? tr("It is open to delegates now: it will be closed, and phones "
                                     "will no longer reach it. ")
                                : QString();
    if (!dialogs::confirm(this, tr("Mark as archived"),
                          tr("Mark \"%1\" as archived? %2Nothing in it can be changed until it "
                             "is reopened for editing, which is recorded.")
                              .arg(meeting->title, closing)))
        return;
    m_library.catalog().archiveMeeting(meeting->id);
    statusBar()->showMessage(tr("\"%1\" is archived.").arg(meeting->title), 5000);
}

void MainWindow::reopenForEditing()
{
    const auto meetingId = currentMeetingId();
    const auto meeting = meetingId ? m_library.catalog().meeting(*meetingId) : std::nullopt;
    if (!meeting || !meeting->isArchived())
        return;
    const auto reason = dialogs::askText(
        this, tr("Reopen for editing"),
        tr("Why is \"%1\" reopened? (Kept in the meeting's record.)").arg(meeting->title));
    if (!reason)
        return;
    m_library.catalog().reopenMeeting(meeting->id, *reason);
    statusBar()->showMessage(
        tr("\"%1\" can be edited again; it stays closed to delegates.").arg(meeting->title), 5000);
}

void MainWindow::setOpenToDelegates(bool open)
{
    const auto meetingId = currentMeetingId();
    if (!meetingId)
        return;
    attempt([&] {
        m_library.catalog().setMeetingState(*meetingId,
                                            open ? MeetingState::Open : MeetingState::Closed);
    });
}

} // namespace docket
