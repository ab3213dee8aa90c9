// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Model.h"
#include "UndoCommands.h"

#include <QDialog>
#include <QTimer>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class QTableWidgetItem;
class QToolButton;
class QUndoStack;

namespace docket {

class Library;

// Meeting ▸ Hall: who is in the hall. The Check-in tab takes what a handheld scanner types (a
// badge's URL, or its token, then Enter) and answers large: the delegate's name and unit, or
// "already checked in at 07:42", or why the code is refused, with a sound. The Roster tab lists
// the delegates (found by name with or without marks), imports a roster from a CSV file with a
// preview, adds, removes and checks people in or out by hand, and sets the quorum. The count
// against the quorum heads both, updated within a second of any check-in, from this window,
// a phone or another program.
class HallDialog : public QDialog
{
    Q_OBJECT
public:
    HallDialog(Library &library, Id meetingId, QWidget *parent = nullptr);

    Id meetingId() const { return m_meetingId; }
    void showCheckIn();
    void showRoster();
    // What a scanner typed, as if Enter ended it (the Check-in field calls this).
    void scan(const QString &text);
    // Reads the roster again (after an import, an edit, a check-in anywhere).
    void refresh();

    QLabel *quorumLabel() const { return m_quorum; }
    QLineEdit *scanField() const { return m_scanField; }
    QLabel *scanResult() const { return m_result; }
    QLabel *scanStatus() const { return m_status; }
    QListWidget *recentScans() const { return m_recent; }
    QLineEdit *searchField() const { return m_search; }
    QTableWidget *rosterTable() const { return m_table; }
    QComboBox *quorumRule() const { return m_rule; }
    QSpinBox *quorumPercent() const { return m_percent; }
    QLineEdit *newName() const { return m_newName; }
    QLineEdit *newUnit() const { return m_newUnit; }
    QLineEdit *newDelegation() const { return m_newDelegation; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *checkInButton() const { return m_checkIn; }
    QPushButton *checkOutButton() const { return m_checkOut; }
    QPushButton *removeButton() const { return m_remove; }
    // Roster rows as shown (after the search), by delegate.
    QList<Delegate> shownDelegates() const { return m_shown; }

    // Asks for a file and shows its preview (RosterImportDialog) before adding anyone.
    void importRoster();
    // The record as PDF, .xlsx or CSV, by the file name chosen.
    void exportRecord();

    // The roster's edits and removals, undoable (Ctrl+Z) while the Hall is open.
    QUndoStack *undoStack() const { return m_undoStack; }

private:
    static constexpr int kPresentColumn = 5;
    void editCell(QTableWidgetItem *cell);
    UndoContext undoContext();
    void buildCheckInTab(QWidget *tab);
    void buildRosterTab(QWidget *tab);
    void fillTable();
    void addDelegate();
    void removeSelected();
    void setSelectedPresent(bool present);
    void applyQuorumRule();
    std::optional<Delegate> selectedDelegate() const;
    void showResult(const QString &headline, const QString &detail, const QString &status,
                    const char *colour);

    Library &m_library;
    Id m_meetingId;
    QList<Delegate> m_roster;
    QList<Delegate> m_shown;
    std::int64_t m_seenStamp = -1;
    QTimer m_watch;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_quorum = nullptr;
    QLineEdit *m_scanField = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_status = nullptr;
    QListWidget *m_recent = nullptr;
    QLineEdit *m_search = nullptr;
    QTableWidget *m_table = nullptr;
    QComboBox *m_rule = nullptr;
    QSpinBox *m_percent = nullptr;
    QLineEdit *m_newName = nullptr;
    QLineEdit *m_newUnit = nullptr;
    QLineEdit *m_newDelegation = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_checkIn = nullptr;
    QPushButton *m_checkOut = nullptr;
    QPushButton *m_remove = nullptr;
    QToolButton *m_undoButton = nullptr;
    QToolButton *m_redoButton = nullptr;
    QUndoStack *m_undoStack = new QUndoStack(this);
    bool m_editable = false;
};

} // namespace docket
