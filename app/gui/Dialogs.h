// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Model.h"
#include "NewMeetingDialog.h"
#include "print/PrintLayouts.h"
#include "PrintSetupDialog.h"

#include <QMessageBox>
#include <QPageSize>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QPrinter;
class QWidget;

namespace docket {
class ProofDialog;
class RosterImportDialog;
class TrashDialog;
class VersionsDialog;
} // namespace docket

// Every modal question the GUI asks goes through here, so that a test can preset the answer
// instead of a person clicking (the way KeePassXC's FileDialog does it).
namespace docket::dialogs {

QStringList openFiles(QWidget *parent, const QString &title, const QString &filter = {});
// One file; empty when cancelled. Answered by presetOpenFiles() too (its first file).
QString openFile(QWidget *parent, const QString &title, const QString &filter = {});
// A folder (presetOpenFiles answers it too, with the folder as its one path).
QString openFolder(QWidget *parent, const QString &title);
// The file dialog asks before an existing file is chosen: a path that exists is one the user
// agreed to replace.
QString saveFile(QWidget *parent, const QString &title, const QString &suggestedName,
                 const QString &filter);
// nullopt when the user cancelled.
std::optional<QString> askText(QWidget *parent, const QString &title, const QString &label,
                               const QString &initial = {});
// The new-meeting form (NewMeetingDialog); nullopt when cancelled.
std::optional<MeetingFields> askNewMeeting(QWidget *parent, const QStringList &knownVenues);
struct ItemFields
{
    QString title;
    QString presenter;
};
// The agenda item editor (title and presenter); nullopt when cancelled.
std::optional<ItemFields> askItem(QWidget *parent, const QString &windowTitle,
                                  const ItemFields &initial = {});
bool confirm(QWidget *parent, const QString &title, const QString &text);
void showError(QWidget *parent, const QString &text);
// A result worth a look but no error: files left out of an import, a library found intact.
void showInformation(QWidget *parent, const QString &text);

enum class FolderImportChoice
{
    OneItemPerSubfolder, // new agenda items, titled after the folders
    AllIntoSelectedItem, // every file joins the item the folder was dropped on
    Cancel
};
struct FolderImportQuestion
{
    QString folderName; // what was dropped, as shown: a folder's name, or "3 folders"
    QString itemTitle;  // the item it was dropped on
    int newItems = 0;   // how many items "one per sub-folder" makes
    int files = 0;
};
// A folder dropped on the agenda: make items of its sub-folders, or add all its files to the
// item it was dropped on.
FolderImportChoice askFolderImport(QWidget *parent, const FolderImportQuestion &question);

struct WifiAnswer
{
    bool useVenueDefault = false;    // the meeting names no network of its own
    WifiNetwork network;             // the form's network: the meeting's own, unless the above
    bool saveAsVenueDefault = false; // "Save as venue default" was pressed with `network`
};
// The meeting's Wi-Fi form (see WifiDialog); nullopt when cancelled. "Save as venue default"
// calls `saveVenueDefault` at once (false: it was not saved, and the form stays open).
std::optional<WifiAnswer> askWifi(QWidget *parent, const WifiNetwork &meetingNetwork,
                                  const WifiNetwork &venueNetwork,
                                  const std::function<bool(const WifiNetwork &)> &saveVenueDefault);

using PrintChoice = PrintSetup;
// What to print and how, beside its preview (PrintSetupDialog); nullopt when cancelled.
std::optional<PrintChoice> askPrintSetup(QWidget *parent, PrintSetupDialog::Purpose purpose,
                                         const PrintSource &source, const PrintChoice &initial);
// The system's print dialog for `printer`; false when cancelled. A presetPrintPreview() path
// answers it instead: the printer then prints into that PDF file.
bool choosePrinter(QWidget *parent, QPrinter &printer);
// The print preview of `printer`; `paint` draws every page and returns false when it could
// not (the preview then closes). True when the user printed.
bool printPreview(QWidget *parent, QPrinter &printer, const std::function<bool(QPrinter &)> &paint);
// The same with a `paint` that may throw docket::Error: the preview closes and the error is
// thrown from here, never through the preview's event loop.
bool previewPrint(QWidget *parent, QPrinter &printer, const std::function<void(QPrinter &)> &paint);
// Runs the versions dialog until the user closes it.
void showVersions(VersionsDialog &dialog);
// Runs the trash dialog until the user closes it.
void showTrash(TrashDialog &dialog);
// Runs Check a file until the user closes it.
void showProof(ProofDialog &dialog);
// True when the user chose Import.
bool showRosterImport(RosterImportDialog &dialog);

// Test seams: the next call of that kind returns the preset answer without showing anything.
void presetOpenFiles(const QStringList &answer);
void presetSaveFile(const QString &answer);
void presetText(const std::optional<QString> &answer);
void presetConfirm(bool answer);
void presetFolderImport(FolderImportChoice answer);
void presetItem(const std::optional<ItemFields> &answer);
// As if the user filled the new-meeting form in and pressed Create (Cancel, for nullopt).
void presetNewMeeting(const std::optional<MeetingFields> &answer);
// As if the user filled the form in, pressed "Save as venue default" when the answer says so,
// then OK (or Cancel, for nullopt).
void presetWifi(const std::optional<WifiAnswer> &answer);
void presetPrintChoice(const std::optional<PrintChoice> &answer);
// The next print preview or printer choice does not show itself: it prints at once, into this
// PDF file.
void presetPrintPreview(const QString &pdfPath);
// The next versions dialog is not shown: `drive` does with it what a user would (select a row,
// press its buttons), then it closes.
void presetVersions(const std::function<void(VersionsDialog &)> &drive);
// The same for the next trash dialog.
void presetTrash(const std::function<void(TrashDialog &)> &drive);
void presetProof(const std::function<void(ProofDialog &)> &drive);
void presetRosterImport(const std::function<bool(RosterImportDialog &)> &drive);
// Errors (and information) are recorded instead of shown while this is on (tests read them
// back).
void setRecordErrors(bool on);
// While this is on, a question without a preset answer is not shown (a modal dialog would wait
// for a click that never comes): it is answered as cancelled and noted, so that a test fails at
// once instead of hanging until its time limit.
void setPresetsOnly(bool on);
// The questions asked without a preset answer since the last call (their kinds: "confirm", ...).
QStringList takeUnansweredQuestions();
// The preset answers no question used (their kinds), and forgets them.
QStringList takeUnusedPresets();
QStringList takeRecordedErrors();
QStringList recordedErrors();
QStringList takeRecordedInformation();
// What confirm() asked while errors are recorded: "title\ntext", oldest first.
QStringList takeAskedConfirmations();

} // namespace docket::dialogs
