// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Model.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace docket {

class Library;

// Every version of one document, newest first, with the one phones get marked. An earlier
// version can be served again (the link and the item's QR code stay the same), and any version
// can be saved as a copy, for the secretary who must show what was on the screens at 9:05.
// The list follows the catalog while the dialog is open.
class VersionsDialog : public QDialog
{
    Q_OBJECT
public:
    VersionsDialog(Library &library, Id documentId, QWidget *parent = nullptr);

    QList<DocumentVersion> versions() const { return m_versions; }
    std::optional<DocumentVersion> selectedVersion() const;
    // Rows as listed: 0 is the newest version.
    void selectVersion(int row);
    // False when nothing changed: no selection, already served, or an error (shown).
    bool serveSelected();
    // Asks where to save (dialogs::saveFile); false when cancelled or on an error (shown).
    bool saveSelectedCopy();

    QTreeWidget *list() const { return m_list; }
    QPushButton *serveButton() const { return m_serve; }
    QPushButton *saveButton() const { return m_save; }

Q_SIGNALS:
    // What was done, for the main window's status bar.
    void message(const QString &text);

private:
    void reload();
    void updateButtons();
    bool copyBlob(const DocumentVersion &version, const QString &target);

    Library &m_library;
    Id m_documentId;
    QString m_documentTitle;
    QList<DocumentVersion> m_versions;
    QLabel *m_intro;
    QTreeWidget *m_list;
    QPushButton *m_serve;
    QPushButton *m_save;
};

} // namespace docket
