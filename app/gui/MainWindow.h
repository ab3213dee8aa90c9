// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HostingBar.h"
#include "model/Model.h"

#include <QHash>
#include <QMainWindow>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QUndoStack;

namespace docket {

class AgendaTree;
class HallDialog;
class HallPreparation;
class HostingBar;
class Library;
struct ImportResult;
class OcrJob;
class ProjectorController;
class PublishDialog;
class QrPanel;
struct UndoContext;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Library &library, QWidget *parent = nullptr);
    ~MainWindow() override;

    std::optional<Id> currentMeetingId() const;
    void selectMeeting(Id meetingId);
    void selectItem(Id itemId);
    // Stores and inspects the files on a worker thread (with a progress dialog and Cancel),
    // then adds them in one transaction; returns when that is done.
    void importFiles(Id itemId, const QStringList &paths);
    // Files and folders dropped on an item: asks whether the folders become agenda items (one
    // per sub-folder) or join the item, then imports as importFiles() does.
    void importDropped(Id itemId, const QStringList &paths);
    // A new version of the document from `path`, behind the same link and QR code.
    void replaceDocument(Id documentId, const QString &path);

    AgendaTree *agenda() const { return m_agenda; }
    QrPanel *qrPanel() const { return m_qr; }
    HostingBar *hostingBar() const { return m_hosting; }
    ProjectorController *projector() const { return m_projector; }
    HallPreparation *hallPreparation() const { return m_hall; }
    QLabel *projectorStatus() const { return m_projectorStatus; }
    QLabel *phonesStatus() const { return m_phonesStatus; }
    OcrJob *ocrJob() const { return m_ocr; }

    // Actions, reachable by tests as a user reaches them through menus and shortcuts.
    QAction *newMeetingAction() const { return m_newMeeting; }
    QAction *addItemAction() const { return m_addItem; }
    QAction *addDocumentsAction() const { return m_addDocuments; }
    QAction *editAction() const { return m_edit; }
    QAction *moveUpAction() const { return m_moveUp; }
    QAction *moveDownAction() const { return m_moveDown; }
    QAction *removeAction() const { return m_remove; }
    QAction *replaceAction() const { return m_replace; }
    QAction *versionsAction() const { return m_versions; }
    QAction *openToDelegatesAction() const { return m_openToDelegates; }
    QAction *prepareAction() const { return m_prepare; }
    QAction *printAction() const { return m_print; }
    QAction *exportPdfAction() const { return m_exportPdf; }
    QAction *conferencePackAction() const { return m_conferencePack; }
    QAction *archiveBundleAction() const { return m_archiveBundle; }
    QAction *verifyAction() const { return m_verify; }
    QAction *restoreAction() const { return m_restore; }
    // The line above everything that says the library is read-only, its disk nearly full, or
    // its last backup failed; hidden when all is well.
    QLabel *libraryNotice() const { return m_libraryNotice; }
    void updateLibraryNotice();
    // Asks to put the newest good backup in place of the catalog (`why`: what was found wrong);
    // on yes, the window closes so that main() can restore and start again.
    void offerRestore(const QString &why = {});
    bool restoreRequested() const { return m_restoreRequested; }
    // Where this window hosted when the restore was asked for: the next window, on the
    // restored catalog, hosts there again (resumeHosting), so that phones keep their address.
    std::optional<HostingBar::Endpoint> hostingToResume() const { return m_hostingToResume; }
    bool resumeHosting(const HostingBar::Endpoint &endpoint);
    // What main() does then: restores the newest good backup of the library in `folder`, with
    // no Library open, and says how it went. False when nothing was restored.
    static bool restoreNewestBackup(QWidget *parent, const QString &folder);
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *trashAction() const { return m_trash; }
    QAction *markArchivedAction() const { return m_markArchived; }
    QAction *checkFileAction() const { return m_checkFile; }
    QAction *checkInAtDoorAction() const { return m_checkInAtDoor; }
    QAction *rosterAction() const { return m_roster; }
    // The Hall window of the selected meeting, shown (made on first use); null without one.
    HallDialog *hallDialog();
    // Meeting ▸ Publish to the web for the meeting shown (null when none is).
    PublishDialog *publishDialog();
    QListWidget *meetingList() const { return m_meetings; }
    QLineEdit *titleField() const { return m_title; }
    QAction *reopenAction() const { return m_reopen; }
    // The agenda edits that can be undone: those of the selected meeting since it was selected.
    QUndoStack *undoStack() const { return m_undoStack; }
    QPushButton *wifiButton() const { return m_wifiButton; }

protected:
    // While hosting, closing (and Ctrl+Q) asks first, saying how many phones are connected:
    // a stray key must not end the meeting for the whole hall.
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createLayout();
    void reloadMeetings();
    void reloadMeeting();
    void updateQr();
    void updateActions();
    void checkForExternalChanges();
    void commitMeetingDetails();

    void newMeeting();
    void deleteMeeting();
    void addItem();
    void addDocuments();
    void editSelected();
    void moveSelected(int delta);
    void removeSelected();
    void replaceSelected();
    void replaceWithDroppedFile(Id documentId, const QString &path);
    void showVersions();
    void setOpenToDelegates(bool open);
    void editPin();
    void editWifi();
    void printMeeting();
    std::optional<QString> printedBaseUrl();
    void exportPdf();
    void archiveBundle(); // Meeting ▸ Archive… (ArchiveExport)
    void prepareForHall();
    void hallPrepared(const QString &report, const QString &problem);
    void updateProjectorStatus();
    void verifyLibrary();
    void showTrash();
    void markArchived();
    void checkFile();
    void reopenForEditing();
    UndoContext undoContext();
    // Says what an import did: unreadable PDFs, files left out, files already elsewhere.
    void reportImport(const ImportResult &result, const QString &done);
    // False (with a word in the status bar) while other work holds the window.
    bool readyForWork();

    static QString documentFilter();

    // Runs a catalog edit; a docket::Error becomes a message to the user, never a crash.
    bool attempt(const std::function<void()> &edit);

    Library &m_library;
    QListWidget *m_meetings = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLineEdit *m_title = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_venue = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_state = nullptr;
    QPushButton *m_pinButton = nullptr;
    QLabel *m_wifi = nullptr;
    QPushButton *m_wifiButton = nullptr;
    QLabel *m_projectorStatus = nullptr;
    QLabel *m_phonesStatus = nullptr;
    OcrJob *m_ocr = nullptr;
    ProjectorController *m_projector = nullptr;
    HallPreparation *m_hall = nullptr;
    QHash<Id, PublishDialog *> m_publishDialogs;
    QAction *m_publishToWeb = nullptr;
    AgendaTree *m_agenda = nullptr;
    QrPanel *m_qr = nullptr;
    HostingBar *m_hosting = nullptr;

    QAction *m_newMeeting = nullptr;
    QAction *m_deleteMeeting = nullptr;
    QAction *m_addItem = nullptr;
    QAction *m_addDocuments = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_moveUp = nullptr;
    QAction *m_moveDown = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_replace = nullptr;
    QAction *m_versions = nullptr;
    QAction *m_openToDelegates = nullptr;
    QAction *m_prepare = nullptr;
    QAction *m_print = nullptr;
    QAction *m_exportPdf = nullptr;
    QAction *m_conferencePack = nullptr;
    QAction *m_archiveBundle = nullptr;
    QAction *m_verify = nullptr;
    QAction *m_restore = nullptr;
    QLabel *m_libraryNotice = nullptr;
    QTimer m_libraryCheck;
    bool m_restoreRequested = false;
    bool m_restoreOffered = false;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_trash = nullptr;
    QAction *m_markArchived = nullptr;
    QAction *m_checkFile = nullptr;
    QAction *m_checkInAtDoor = nullptr;
    QAction *m_roster = nullptr;
    QAction *m_reopen = nullptr;
    bool m_shownArchived = false; // the meeting shown is archived: nothing in it can be edited
    QUndoStack *m_undoStack = nullptr;
    std::optional<Id> m_undoFor;                  // the meeting whose edits the undo stack holds
    std::shared_ptr<QHash<Id, Id>> m_itemAliases; // see UndoContext::itemAliases

    std::optional<HostingBar::Endpoint> m_hostingToResume;
    bool m_loading = false;
    std::optional<Id> m_detailsFor; // the meeting whose details the fields hold
};

} // namespace docket
