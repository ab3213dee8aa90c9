// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

// Every modal question the GUI asks goes through here, so that a test can preset the answer
// instead of a person clicking (the way KeePassXC's FileDialog does it).
namespace docket::dialogs {

QStringList openFiles(QWidget *parent, const QString &title, const QString &filter = {});
QString saveFile(QWidget *parent, const QString &title, const QString &suggestedName,
                 const QString &filter);
// nullopt when the user cancelled.
std::optional<QString> askText(QWidget *parent, const QString &title, const QString &label,
                               const QString &initial = {});
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

// Test seams: the next call of that kind returns the preset answer without showing anything.
void presetOpenFiles(const QStringList &answer);
void presetSaveFile(const QString &answer);
void presetText(const std::optional<QString> &answer);
void presetConfirm(bool answer);
void presetItem(const std::optional<ItemFields> &answer);
// Errors are recorded instead of shown while this is on (tests read them back).
void setRecordErrors(bool on);
QStringList takeRecordedErrors();
QStringList recordedErrors();

} // namespace docket::dialogs
