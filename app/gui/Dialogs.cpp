// SPDX-License-Identifier: GPL-3.0-or-later
#include "Dialogs.h"

#include "ProofDialog.h"
#include "RosterImportDialog.h"
#include "TrashDialog.h"
#include "util/Error.h"
#include "VersionsDialog.h"
#include "WifiDialog.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QStandardPaths>

#include <deque>

namespace docket::dialogs {

namespace {
struct Presets
{
    std::deque<QStringList> openFiles;
    std::deque<QString> saveFile;
    std::deque<std::optional<QString>> text;
    std::deque<bool> confirm;
    std::deque<FolderImportChoice> folderImport;
    std::deque<std::optional<ItemFields>> item;
    std::deque<std::optional<MeetingFields>> newMeeting;
    std::deque<std::optional<WifiAnswer>> wifi;
    std::deque<std::optional<PrintChoice>> printChoice;
    std::deque<QString> printPreview;
    std::deque<std::function<void(VersionsDialog &)>> versions;
    std::deque<std::function<void(TrashDialog &)>> trash;
    std::deque<std::function<void(ProofDialog &)>> proof;
    std::deque<std::function<bool(RosterImportDialog &)>> rosterImport;
    bool recordErrors = false;
    bool presetsOnly = false;
    QStringList unanswered;
    QStringList errors;
    QStringList information;
    QStringList confirmations; // what confirm() asked, answered by a preset or not
};

Presets &presets()
{
    static Presets instance;
    return instance;
}

template <typename T> std::optional<T> takeFront(std::deque<T> &queue)
{
    if (queue.empty())
        return std::nullopt;
    T value = std::move(queue.front());
    queue.pop_front();
    return value;
}

// True (and the question noted) when only preset answers may be given: the caller then answers
// as if the user cancelled, instead of opening a modal dialog that nobody will close.
bool unanswered(const char *question)
{
    if (!presets().presetsOnly)
        return false;
    presets().unanswered.append(QString::fromLatin1(question));
    return true;
}

QString documentsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}
} // namespace

QStringList openFiles(QWidget *parent, const QString &title, const QString &filter)
{
    if (auto preset = takeFront(presets().openFiles))
        return *preset;
    if (unanswered("open files"))
        return {};
    return QFileDialog::getOpenFileNames(parent, title, documentsFolder(), filter);
}

QString openFile(QWidget *parent, const QString &title, const QString &filter)
{
    if (auto preset = takeFront(presets().openFiles))
        return preset->value(0);
    if (unanswered("open file"))
        return {};
    return QFileDialog::getOpenFileName(parent, title, documentsFolder(), filter);
}

QString openFolder(QWidget *parent, const QString &title)
{
    if (auto preset = takeFront(presets().openFiles))
        return preset->value(0);
    if (unanswered("open folder"))
        return {};
    return QFileDialog::getExistingDirectory(parent, title, documentsFolder());
}

QString saveFile(QWidget *parent, const QString &title, const QString &suggestedName,
                 const QString &filter)
{
    if (auto preset = takeFront(presets().saveFile))
        return *preset;
    if (unanswered("save file"))
        return {};
    return QFileDialog::getSaveFileName(parent, title, documentsFolder() + u'/' + suggestedName,
                                        filter);
}

std::optional<QString> askText(QWidget *parent, const QString &title, const QString &label,
                               const QString &initial)
{
    if (auto preset = takeFront(presets().text))
        return *preset;
    if (unanswered("text"))
        return std::nullopt;
    bool ok = false;
    const QString text =
        QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
    if (!ok)
        return std::nullopt;
    return text;
}

std::optional<MeetingFields> askNewMeeting(QWidget *parent, const QStringList &knownVenues)
{
    if (auto preset = takeFront(presets().newMeeting))
        return *preset;
    if (unanswered("new meeting"))
        return std::nullopt;
    NewMeetingDialog dialog(knownVenues, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.fields();
}

std::optional<ItemFields> askItem(QWidget *parent, const QString &windowTitle,
                                  const ItemFields &initial)
{
    if (auto preset = takeFront(presets().item))
        return *preset;
    if (unanswered("item"))
        return std::nullopt;
    QDialog dialog(parent);
    dialog.setWindowTitle(windowTitle);
    auto *title = new QLineEdit(initial.title, &dialog);
    auto *presenter = new QLineEdit(initial.presenter, &dialog);
    title->setMinimumWidth(360);
    presenter->setPlaceholderText(QObject::tr("optional"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    const auto updateOk = [title, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!title->text().trimmed().isEmpty());
    };
    QObject::connect(title, &QLineEdit::textChanged, &dialog, updateOk);
    updateOk();
    auto *form = new QFormLayout(&dialog);
    form->addRow(QObject::tr("&Title:"), title);
    form->addRow(QObject::tr("&Presenter:"), presenter);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return ItemFields{title->text().trimmed(), presenter->text().trimmed()};
}

bool confirm(QWidget *parent, const QString &title, const QString &text)
{
    if (presets().recordErrors)
        presets().confirmations << title + u'\n' + text;
    if (auto preset = takeFront(presets().confirm))
        return *preset;
    if (unanswered("confirm"))
        return false;
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Cancel) == QMessageBox::Yes;
}

void showError(QWidget *parent, const QString &text)
{
    if (presets().recordErrors) {
        presets().errors.append(text);
        return;
    }
    QMessageBox::warning(parent, QObject::tr("Docket"), text);
}

void showInformation(QWidget *parent, const QString &text)
{
    if (presets().recordErrors) {
        presets().information.append(text);
        return;
    }
    QMessageBox::information(parent, QObject::tr("Docket"), text);
}

FolderImportChoice askFolderImport(QWidget *parent, const FolderImportQuestion &question)
{
    if (auto preset = takeFront(presets().folderImport))
        return *preset;
    if (unanswered("folder import"))
        return FolderImportChoice::Cancel;
    QMessageBox box(parent);
    box.setIcon(QMessageBox::Question);
    box.setWindowTitle(QObject::tr("Add a folder"));
    box.setText(
        QObject::tr("How should the %n file(s) of %1 join the agenda?", nullptr, question.files)
            .arg(question.folderName));
    box.setInformativeText(
        QObject::tr("One item per sub-folder makes %n new agenda item(s) at the end of the "
                    "agenda, titled after the folders without their leading numbers and in "
                    "their order. Files lying directly in a dropped folder make an item named "
                    "after it.",
                    nullptr, question.newItems));
    QPushButton *perFolder =
        box.addButton(QObject::tr("One item per sub-folder"), QMessageBox::AcceptRole);
    QPushButton *intoItem = box.addButton(QObject::tr("All into “%1”").arg(question.itemTitle),
                                          QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    perFolder->setEnabled(question.newItems > 0);
    intoItem->setEnabled(question.files > 0);
    box.setDefaultButton(question.newItems > 0 ? perFolder : intoItem);
    box.exec();
    if (box.clickedButton() == perFolder)
        return FolderImportChoice::OneItemPerSubfolder;
    if (box.clickedButton() == intoItem)
        return FolderImportChoice::AllIntoSelectedItem;
    return FolderImportChoice::Cancel;
}

std::optional<WifiAnswer> askWifi(QWidget *parent, const WifiNetwork &meetingNetwork,
                                  const WifiNetwork &venueNetwork,
                                  const std::function<bool(const WifiNetwork &)> &saveVenueDefault)
{
    if (!presets().wifi.empty()) {
        // Copied, not moved out of the queue: GCC 12 sees a moved-from nested optional as
        // maybe uninitialised.
        const std::optional<WifiAnswer> preset = presets().wifi.front();
        presets().wifi.pop_front();
        if (preset && preset->saveAsVenueDefault && saveVenueDefault &&
            !saveVenueDefault(preset->network))
            return std::nullopt;
        return preset;
    }
    if (unanswered("wifi"))
        return std::nullopt;
    WifiDialog dialog(meetingNetwork, venueNetwork, saveVenueDefault, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return WifiAnswer{dialog.usesVenueDefault(), dialog.formNetwork(), dialog.savedVenueDefault()};
}

std::optional<PrintChoice> askPrintSetup(QWidget *parent, PrintSetupDialog::Purpose purpose,
                                         const PrintSource &source, const PrintChoice &initial)
{
    if (auto preset = takeFront(presets().printChoice))
        return *preset;
    if (unanswered("print setup"))
        return std::nullopt;
    PrintSetupDialog dialog(purpose, source, initial, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.setup();
}

bool choosePrinter(QWidget *parent, QPrinter &printer)
{
    if (auto preset = takeFront(presets().printPreview)) {
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(*preset);
        return true;
    }
    if (unanswered("printer"))
        return false;
    QPrintDialog dialog(&printer, parent);
    return dialog.exec() == QDialog::Accepted;
}

bool previewPrint(QWidget *parent, QPrinter &printer, const std::function<void(QPrinter &)> &paint)
{
    QString failure;
    const bool printed = printPreview(parent, printer, [&](QPrinter &target) {
        try {
            paint(target);
            return true;
        } catch (const Error &error) {
            failure = error.message();
            return false;
        }
    });
    if (!failure.isEmpty())
        throw Error(failure);
    return printed;
}

bool printPreview(QWidget *parent, QPrinter &printer, const std::function<bool(QPrinter &)> &paint)
{
    if (auto preset = takeFront(presets().printPreview)) {
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(*preset);
        return paint(printer);
    }
    if (unanswered("print preview"))
        return false;
    QPrintPreviewDialog preview(&printer, parent);
    preview.resize(900, 760);
    QObject::connect(
        &preview, &QPrintPreviewDialog::paintRequested, &preview, [&](QPrinter *target) {
            // Closed once the event loop runs: the caller says what went wrong.
            if (!paint(*target))
                QMetaObject::invokeMethod(&preview, &QDialog::reject, Qt::QueuedConnection);
        });
    return preview.exec() == QDialog::Accepted;
}

void showVersions(VersionsDialog &dialog)
{
    if (auto preset = takeFront(presets().versions)) {
        (*preset)(dialog);
        return;
    }
    if (unanswered("versions"))
        return;
    dialog.exec();
}

bool showRosterImport(RosterImportDialog &dialog)
{
    if (auto preset = takeFront(presets().rosterImport))
        return (*preset)(dialog);
    if (unanswered("rosterImport"))
        return false;
    return dialog.exec() == QDialog::Accepted;
}

void showTrash(TrashDialog &dialog)
{
    if (auto preset = takeFront(presets().trash)) {
        (*preset)(dialog);
        return;
    }
    if (unanswered("trash"))
        return;
    dialog.exec();
}

void showProof(ProofDialog &dialog)
{
    if (auto preset = takeFront(presets().proof)) {
        (*preset)(dialog);
        return;
    }
    if (unanswered("proof"))
        return;
    dialog.exec();
}

void presetOpenFiles(const QStringList &answer)
{
    presets().openFiles.push_back(answer);
}
void presetSaveFile(const QString &answer)
{
    presets().saveFile.push_back(answer);
}
void presetText(const std::optional<QString> &answer)
{
    presets().text.push_back(answer);
}
void presetConfirm(bool answer)
{
    presets().confirm.push_back(answer);
}
void presetFolderImport(FolderImportChoice answer)
{
    presets().folderImport.push_back(answer);
}
void presetItem(const std::optional<ItemFields> &answer)
{
    presets().item.push_back(answer);
}
void presetNewMeeting(const std::optional<MeetingFields> &answer)
{
    presets().newMeeting.push_back(answer);
}
void presetWifi(const std::optional<WifiAnswer> &answer)
{
    presets().wifi.push_back(answer);
}
void presetPrintChoice(const std::optional<PrintChoice> &answer)
{
    presets().printChoice.push_back(answer);
}
void presetPrintPreview(const QString &pdfPath)
{
    presets().printPreview.push_back(pdfPath);
}
void presetVersions(const std::function<void(VersionsDialog &)> &drive)
{
    presets().versions.push_back(drive);
}
void presetProof(const std::function<void(ProofDialog &)> &drive)
{
    presets().proof.push_back(drive);
}
void presetRosterImport(const std::function<bool(RosterImportDialog &)> &drive)
{
    presets().rosterImport.push_back(drive);
}
void presetTrash(const std::function<void(TrashDialog &)> &drive)
{
    presets().trash.push_back(drive);
}
void setRecordErrors(bool on)
{
    presets().recordErrors = on;
}

void setPresetsOnly(bool on)
{
    presets().presetsOnly = on;
}

QStringList takeUnansweredQuestions()
{
    QStringList questions;
    questions.swap(presets().unanswered);
    return questions;
}

QStringList takeUnusedPresets()
{
    Presets &p = presets();
    QStringList unused;
    const auto note = [&unused](const char *kind, auto &queue) {
        for (std::size_t i = 0; i < queue.size(); ++i)
            unused.append(QString::fromLatin1(kind));
        queue.clear();
    };
    note("open files", p.openFiles);
    note("save file", p.saveFile);
    note("text", p.text);
    note("confirm", p.confirm);
    note("folder import", p.folderImport);
    note("item", p.item);
    note("wifi", p.wifi);
    note("print choice", p.printChoice);
    note("print preview", p.printPreview);
    note("versions", p.versions);
    note("trash", p.trash);
    note("proof", p.proof);
    note("rosterImport", p.rosterImport);
    return unused;
}

QStringList recordedErrors()
{
    return presets().errors;
}

QStringList takeRecordedInformation()
{
    QStringList information;
    information.swap(presets().information);
    return information;
}

QStringList takeAskedConfirmations()
{
    QStringList asked;
    asked.swap(presets().confirmations);
    return asked;
}

QStringList takeRecordedErrors()
{
    QStringList errors;
    errors.swap(presets().errors);
    return errors;
}

} // namespace docket::dialogs
