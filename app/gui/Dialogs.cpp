// SPDX-License-Identifier: GPL-3.0-or-later
#include "Dialogs.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QInputDialog>
#include <QLineEdit>
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
    std::deque<std::optional<ItemFields>> item;
    bool recordErrors = false;
    QStringList errors;
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

QString documentsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}
} // namespace

QStringList openFiles(QWidget *parent, const QString &title, const QString &filter)
{
    if (auto preset = takeFront(presets().openFiles))
        return *preset;
    return QFileDialog::getOpenFileNames(parent, title, documentsFolder(), filter);
}

QString saveFile(QWidget *parent, const QString &title, const QString &suggestedName,
                 const QString &filter)
{
    if (auto preset = takeFront(presets().saveFile))
        return *preset;
    return QFileDialog::getSaveFileName(parent, title, documentsFolder() + u'/' + suggestedName,
                                        filter);
}

std::optional<QString> askText(QWidget *parent, const QString &title, const QString &label,
                               const QString &initial)
{
    if (auto preset = takeFront(presets().text))
        return *preset;
    bool ok = false;
    const QString text =
        QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
    if (!ok)
        return std::nullopt;
    return text;
}

std::optional<ItemFields> askItem(QWidget *parent, const QString &windowTitle,
                                  const ItemFields &initial)
{
    if (auto preset = takeFront(presets().item))
        return *preset;
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
    if (auto preset = takeFront(presets().confirm))
        return *preset;
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
void presetItem(const std::optional<ItemFields> &answer)
{
    presets().item.push_back(answer);
}
void setRecordErrors(bool on)
{
    presets().recordErrors = on;
}

QStringList recordedErrors()
{
    return presets().errors;
}

QStringList takeRecordedErrors()
{
    QStringList errors;
    errors.swap(presets().errors);
    return errors;
}

} // namespace docket::dialogs
