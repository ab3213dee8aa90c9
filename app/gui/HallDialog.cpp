// SPDX-License-Identifier: GPL-3.0-or-later
#include "HallDialog.h"

#include "attendance/Attendance.h"
#include "attendance/RosterImport.h"
#include "catalog/Catalog.h"
#include "catalog/SearchQuery.h"
#include "Dialogs.h"
#include "library/Library.h"
#include "print/AttendanceRecord.h"
#include "qr/DelegateUrl.h"
#include "RosterImportDialog.h"
#include "util/DateText.h"
#include "util/Error.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QTableWidget>
#include <QTabWidget>
#include <QTimeZone>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace docket {

namespace {

constexpr int kRecentScans = 8;

QString timeText(const QDateTime &at)
{
    return datetext::time(at);
}

QString whoText(const Delegate &d)
{
    QStringList parts;
    for (const QString &part : {d.unit, d.delegation})
        if (!part.isEmpty())
            parts << part;
    return parts.join(QStringLiteral(" · "));
}

} // namespace

HallDialog::HallDialog(Library &library, Id meetingId, QWidget *parent)
    : QDialog(parent), m_library(library), m_meetingId(meetingId)
{
    setObjectName(QStringLiteral("hallDialog"));
    resize(880, 620);
    auto *layout = new QVBoxLayout(this);
    m_quorum = new QLabel(this);
    m_quorum->setObjectName(QStringLiteral("hallQuorum"));
    QFont big = m_quorum->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_quorum->setFont(big);
    m_quorum->setWordWrap(true);
    layout->addWidget(m_quorum);

    m_tabs = new QTabWidget(this);
    auto *checkInTab = new QWidget(m_tabs);
    auto *rosterTab = new QWidget(m_tabs);
    buildCheckInTab(checkInTab);
    buildRosterTab(rosterTab);
    m_tabs->addTab(checkInTab, tr("&Check-in at the door"));
    m_tabs->addTab(rosterTab, tr("&Roster"));
    layout->addWidget(m_tabs, 1);
    auto *close = new QPushButton(tr("Close"), this);
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    auto *bottom = new QHBoxLayout;
    bottom->addStretch();
    bottom->addWidget(close);
    layout->addLayout(bottom);

    // Undo and redo of the roster's edits, for as long as the Hall is open: short buttons,
    // what they would undo in their tooltips.
    auto *undo = new QAction(tr("Undo"), this);
    undo->setShortcut(QKeySequence::Undo);
    auto *redo = new QAction(tr("Redo"), this);
    redo->setShortcut(QKeySequence::Redo);
    connect(undo, &QAction::triggered, m_undoStack, &QUndoStack::undo);
    connect(redo, &QAction::triggered, m_undoStack, &QUndoStack::redo);
    const auto syncUndo = [this, undo, redo] {
        undo->setEnabled(m_undoStack->canUndo());
        redo->setEnabled(m_undoStack->canRedo());
        undo->setToolTip(m_undoStack->canUndo() ? tr("Undo: %1").arg(m_undoStack->undoText())
                                                : tr("Nothing to undo"));
        redo->setToolTip(m_undoStack->canRedo() ? tr("Redo: %1").arg(m_undoStack->redoText())
                                                : tr("Nothing to redo"));
    };
    connect(m_undoStack, &QUndoStack::indexChanged, this, syncUndo);
    connect(m_undoStack, &QUndoStack::cleanChanged, this, syncUndo);
    syncUndo();
    addAction(undo);
    addAction(redo);
    m_undoButton->setDefaultAction(undo);
    m_redoButton->setDefaultAction(redo);

    Catalog &catalog = m_library.catalog();
    connect(&catalog, &Catalog::attendanceChanged, this, [this](Id id) {
        if (id == m_meetingId)
            refresh();
    });
    connect(&catalog, &Catalog::changed, this, &HallDialog::refresh);
    // Check-ins of another program (docket-cli checkin, a server it runs) reach this catalog
    // connection only as a new data version: looked at every half second.
    m_watch.setInterval(500);
    connect(&m_watch, &QTimer::timeout, this, [this] {
        if (m_library.catalog().externalChangeStamp() != m_seenStamp)
            refresh();
    });
    m_watch.start();
    refresh();
}

void HallDialog::buildCheckInTab(QWidget *tab)
{
    auto *layout = new QVBoxLayout(tab);
    auto *hint = new QLabel(tr("Scan a delegate's badge with the handheld scanner, or type its "
                               "code and press Enter."),
                            tab);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_scanField = new QLineEdit(tab);
    m_scanField->setObjectName(QStringLiteral("hallScanField"));
    m_scanField->setPlaceholderText(tr("Badge code"));
    m_scanField->setAccessibleName(tr("Badge code"));
    m_scanField->setClearButtonEnabled(true);
    layout->addWidget(m_scanField);
    connect(m_scanField, &QLineEdit::returnPressed, this, [this] {
        const QString text = m_scanField->text();
        m_scanField->clear(); // ready for the next badge at once
        scan(text);
    });

    m_result = new QLabel(tab);
    m_result->setObjectName(QStringLiteral("hallScanResult"));
    QFont huge = m_result->font();
    huge.setPointSizeF(huge.pointSizeF() * 2.6);
    huge.setBold(true);
    m_result->setFont(huge);
    m_result->setWordWrap(true);
    m_result->setAlignment(Qt::AlignCenter);
    m_detail = new QLabel(tab);
    QFont medium = m_detail->font();
    medium.setPointSizeF(medium.pointSizeF() * 1.5);
    m_detail->setFont(medium);
    m_detail->setAlignment(Qt::AlignCenter);
    m_detail->setWordWrap(true);
    m_status = new QLabel(tab);
    m_status->setObjectName(QStringLiteral("hallScanStatus"));
    m_status->setFont(medium);
    m_status->setAlignment(Qt::AlignCenter);
    m_status->setWordWrap(true);
    layout->addStretch();
    layout->addWidget(m_result);
    layout->addWidget(m_detail);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(new QLabel(tr("Last scans:"), tab));
    m_recent = new QListWidget(tab);
    m_recent->setObjectName(QStringLiteral("hallRecentScans"));
    m_recent->setMaximumHeight(150);
    m_recent->setFocusPolicy(Qt::NoFocus); // the scanner's keystrokes stay in the field
    layout->addWidget(m_recent);
}

void HallDialog::buildRosterTab(QWidget *tab)
{
    auto *layout = new QVBoxLayout(tab);
    auto *top = new QHBoxLayout;
    m_search = new QLineEdit(tab);
    m_search->setObjectName(QStringLiteral("hallSearch"));
    m_search->setPlaceholderText(tr("Find by name or unit, with or without marks"));
    m_search->setAccessibleName(tr("Find a delegate"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &HallDialog::fillTable);
    top->addWidget(m_search, 1);
    m_import = new QPushButton(tr("&Import roster…"), tab);
    connect(m_import, &QPushButton::clicked, this, &HallDialog::importRoster);
    top->addWidget(m_import);
    m_export = new QPushButton(tr("&Export record…"), tab);
    m_export->setObjectName(QStringLiteral("hallExport"));
    m_export->setToolTip(
        tr("The attendance record: a PDF to sign and file, an Excel workbook, or a CSV"));
    connect(m_export, &QPushButton::clicked, this, &HallDialog::exportRecord);
    top->addWidget(m_export);
    layout->addLayout(top);

    m_table = new QTableWidget(0, 6, tab);
    m_table->setObjectName(QStringLiteral("hallRoster"));
    m_table->setHorizontalHeaderLabels(
        {tr("No."), tr("Full name"), tr("Unit"), tr("Delegation"), tr("Role"), tr("Present")});
    // Double-click or F2 edits a cell (the presence column is the record's, not editable).
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    connect(m_table, &QTableWidget::itemChanged, this, &HallDialog::editCell);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    auto *actions = new QHBoxLayout;
    m_checkIn = new QPushButton(tr("Check &in"), tab);
    m_checkOut = new QPushButton(tr("Check &out"), tab);
    m_remove = new QPushButton(tr("Re&move"), tab);
    connect(m_checkIn, &QPushButton::clicked, this, [this] { setSelectedPresent(true); });
    connect(m_checkOut, &QPushButton::clicked, this, [this] { setSelectedPresent(false); });
    connect(m_remove, &QPushButton::clicked, this, &HallDialog::removeSelected);
    for (QPushButton *button : {m_checkIn, m_checkOut, m_remove})
        actions->addWidget(button);
    m_undoButton = new QToolButton(tab);
    m_redoButton = new QToolButton(tab);
    actions->addWidget(m_undoButton);
    actions->addWidget(m_redoButton);
    actions->addStretch();
    actions->addWidget(new QLabel(tr("Quorum:"), tab));
    m_rule = new QComboBox(tab);
    m_rule->setObjectName(QStringLiteral("hallQuorumRule"));
    m_rule->addItem(tr("more than half"), static_cast<int>(QuorumRule::Kind::MoreThanHalf));
    m_rule->addItem(tr("at least two thirds"), static_cast<int>(QuorumRule::Kind::TwoThirds));
    m_rule->addItem(tr("at least a percentage"), static_cast<int>(QuorumRule::Kind::Percent));
    m_rule->setAccessibleName(tr("Quorum"));
    m_percent = new QSpinBox(tab);
    m_percent->setRange(1, 100);
    m_percent->setSuffix(QStringLiteral(" %"));
    m_percent->setAccessibleName(tr("Quorum percentage"));
    actions->addWidget(m_rule);
    actions->addWidget(m_percent);
    connect(m_rule, &QComboBox::activated, this, &HallDialog::applyQuorumRule);
    connect(m_percent, &QSpinBox::editingFinished, this, &HallDialog::applyQuorumRule);
    layout->addLayout(actions);

    auto *add = new QHBoxLayout;
    m_newName = new QLineEdit(tab);
    m_newName->setPlaceholderText(tr("Full name"));
    m_newName->setAccessibleName(tr("New delegate's full name"));
    m_newUnit = new QLineEdit(tab);
    m_newUnit->setPlaceholderText(tr("Unit"));
    m_newUnit->setAccessibleName(tr("New delegate's unit"));
    m_newDelegation = new QLineEdit(tab);
    m_newDelegation->setPlaceholderText(tr("Delegation"));
    m_newDelegation->setAccessibleName(tr("New delegate's delegation"));
    m_add = new QPushButton(tr("&Add delegate"), tab);
    connect(m_add, &QPushButton::clicked, this, &HallDialog::addDelegate);
    connect(m_newName, &QLineEdit::returnPressed, this, &HallDialog::addDelegate);
    add->addWidget(m_newName, 2);
    add->addWidget(m_newUnit, 2);
    add->addWidget(m_newDelegation, 1);
    add->addWidget(m_add);
    layout->addLayout(add);
}

void HallDialog::showCheckIn()
{
    m_tabs->setCurrentIndex(0);
    m_scanField->setFocus();
}

void HallDialog::showRoster()
{
    m_tabs->setCurrentIndex(1);
    m_search->setFocus();
}

void HallDialog::refresh()
{
    Catalog &catalog = m_library.catalog();
    m_seenStamp = catalog.externalChangeStamp();
    const auto meeting = catalog.meeting(m_meetingId);
    if (!meeting) { // removed meanwhile
        close();
        return;
    }
    setWindowTitle(tr("Hall: %1").arg(meeting->title));
    m_roster = catalog.roster(m_meetingId);
    const QuorumRule rule = catalog.quorumRule(m_meetingId);
    const attendance::Summary summary = attendance::Attendance::summarize(m_roster, rule);
    QString text = attendance::Attendance::quorumSentence(summary, QLocale());
    if (summary.delegations.size() > 1) {
        QStringList groups;
        for (const attendance::GroupCount &group : summary.delegations)
            groups << tr("%1: %2/%3")
                          .arg(group.name.isEmpty() ? tr("(no delegation)") : group.name)
                          .arg(group.presentNow)
                          .arg(group.roster);
        text += u'\n' + groups.join(QStringLiteral(" · "));
    }
    m_quorum->setText(text);
    m_quorum->setStyleSheet(summary.quorumMet ? QStringLiteral("color:#1b7f3b")
                                              : QStringLiteral(""));
    const QSignalBlocker blockRule(m_rule);
    m_rule->setCurrentIndex(m_rule->findData(static_cast<int>(rule.kind)));
    m_percent->setValue(rule.kind == QuorumRule::Kind::Percent ? rule.percent : 50);
    m_percent->setEnabled(rule.kind == QuorumRule::Kind::Percent);
    const bool editable = !meeting->isArchived() && !catalog.isReadOnly();
    for (QWidget *w : std::initializer_list<QWidget *>{m_scanField, m_import, m_add, m_checkIn,
                                                       m_checkOut, m_remove, m_rule, m_percent,
                                                       m_newName, m_newUnit, m_newDelegation})
        w->setEnabled(editable && (w != m_percent || rule.kind == QuorumRule::Kind::Percent));
    m_editable = editable;
    fillTable();
}

void HallDialog::fillTable()
{
    const std::optional<Delegate> keep = selectedDelegate();
    const QString wanted = SearchQuery::fold(m_search->text().simplified());
    m_shown.clear();
    for (const Delegate &d : std::as_const(m_roster))
        if (wanted.isEmpty() ||
            SearchQuery::fold(d.fullName + u' ' + d.unit + u' ' + d.delegation).contains(wanted))
            m_shown << d;
    const QSignalBlocker filling(m_table); // what is written here is no edit
    m_table->setRowCount(static_cast<int>(m_shown.size()));
    for (int r = 0; r < m_shown.size(); ++r) {
        const Delegate &d = m_shown[r];
        const QString present = d.presentNow()   ? tr("since %1").arg(timeText(d.lastCheckIn))
                                : d.wasPresent() ? tr("left at %1").arg(timeText(d.checkedOut))
                                                 : QString();
        const QStringList cells{
            QString::number(d.number), d.fullName, d.unit, d.delegation, d.role, present};
        for (int c = 0; c < cells.size(); ++c) {
            auto *cell = new QTableWidgetItem(cells[c]);
            if (c == kPresentColumn || !m_editable)
                cell->setFlags(cell->flags() & ~Qt::ItemIsEditable);
            m_table->setItem(r, c, cell);
        }
        if (keep && keep->id == d.id)
            m_table->selectRow(r);
    }
}

std::optional<Delegate> HallDialog::selectedDelegate() const
{
    const int row = m_table ? m_table->currentRow() : -1;
    if (row < 0 || row >= m_shown.size() || m_table->selectedItems().isEmpty())
        return std::nullopt;
    return m_shown[row];
}

void HallDialog::showResult(const QString &headline, const QString &detail, const QString &status,
                            const char *colour)
{
    m_result->setText(headline);
    m_detail->setText(detail);
    m_status->setText(status);
    m_status->setStyleSheet(QStringLiteral("color:%1;font-weight:bold").arg(QLatin1String(colour)));
    m_recent->insertItem(0, headline + QStringLiteral(" — ") + status);
    while (m_recent->count() > kRecentScans)
        delete m_recent->takeItem(m_recent->count() - 1);
}

void HallDialog::scan(const QString &text)
{
    if (text.trimmed().isEmpty())
        return;
    Catalog &catalog = m_library.catalog();
    const QString token = delegateurl::cardToken(text);
    const auto found = token.isEmpty() ? std::nullopt : catalog.delegateByToken(token);
    if (!found || found->meetingId != m_meetingId) {
        QApplication::beep();
        showResult(tr("Not a badge of this meeting"), text.trimmed().left(80),
                   tr("Refused: nobody was checked in."), "#c62828");
        return;
    }
    try {
        const Catalog::CheckIn in = catalog.checkIn(found->id, CheckInMethod::Door);
        QApplication::beep();
        showResult(in.delegate.fullName, whoText(in.delegate),
                   in.already
                       ? tr("Already checked in at %1").arg(timeText(in.delegate.lastCheckIn))
                       : tr("Checked in at %1").arg(timeText(in.delegate.lastCheckIn)),
                   in.already ? "#8a5a00" : "#1b7f3b");
    } catch (const Error &error) {
        showResult(found->fullName, whoText(*found), error.message(), "#c62828");
    }
}

void HallDialog::exportRecord()
{
    Catalog &catalog = m_library.catalog();
    const std::optional<Meeting> meeting = catalog.meeting(m_meetingId);
    if (!meeting)
        return;
    const QString pdfFilter = tr("Attendance record to sign (*.pdf)");
    const QString xlsxFilter = tr("Excel workbook (*.xlsx)");
    const QString csvFilter = tr("CSV for Excel (*.csv)");
    const QString suggested = tr("Attendance record %1.pdf").arg(meeting->code);
    const QString path = dialogs::saveFile(this, tr("Export the attendance record"), suggested,
                                           pdfFilter + QStringLiteral(";;") + xlsxFilter +
                                               QStringLiteral(";;") + csvFilter);
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    try {
        const QList<Delegate> roster = catalog.roster(m_meetingId);
        const QuorumRule rule = catalog.quorumRule(m_meetingId);
        const QTimeZone zone = QTimeZone::systemTimeZone();
        if (suffix == u"xlsx") {
            attendance::Attendance::writeRecordXlsx(
                path, roster, attendance::Attendance::summarize(roster, rule), zone);
        } else if (suffix == u"csv") {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) ||
                file.write(attendance::Attendance::recordCsv(roster, zone)) < 0 || !file.commit())
                throw Error(tr("Cannot write %1: %2")
                                .arg(QDir::toNativeSeparators(path), file.errorString()));
        } else {
            AttendanceRecord::exportPdf(
                path, AttendanceRecordSource{*meeting, roster, rule,
                                             QDateTime::currentDateTimeUtc(), zone});
        }
        m_status->setText(
            tr("Saved the attendance record to %1.").arg(QDir::toNativeSeparators(path)));
    } catch (const Error &error) {
        dialogs::showError(this, error.message());
    }
}

void HallDialog::importRoster()
{
    const QString path =
        dialogs::openFile(this, tr("Import roster"),
                          tr("Rosters from Excel (*.xlsx *.csv *.txt);;Excel workbooks (*.xlsx);;"
                             "CSV files (*.csv *.txt)"));
    if (path.isEmpty())
        return;
    Catalog &catalog = m_library.catalog();
    try {
        QSet<int> taken;
        for (const Delegate &d : std::as_const(m_roster))
            taken.insert(d.number);
        RosterImportDialog preview(attendance::RosterImport::readFile(path), taken,
                                   QFileInfo(path).fileName(), this);
        if (!dialogs::showRosterImport(preview) || !preview.preview().ok())
            return;
        const QList<Delegate> added =
            catalog.addDelegates(m_meetingId, preview.preview().delegates);
        dialogs::showInformation(this, tr("%n delegate(s) added to the roster.", nullptr,
                                          static_cast<int>(added.size())));
    } catch (const Error &error) {
        dialogs::showError(this, error.message());
    }
    refresh();
}

void HallDialog::addDelegate()
{
    if (m_newName->text().trimmed().isEmpty()) {
        m_newName->setFocus();
        return;
    }
    NewDelegate d;
    d.fullName = m_newName->text();
    d.unit = m_newUnit->text();
    d.delegation = m_newDelegation->text();
    try {
        m_library.catalog().addDelegate(m_meetingId, d);
        m_newName->clear();
        m_newUnit->clear();
        m_newName->setFocus();
    } catch (const Error &error) {
        dialogs::showError(this, error.message());
    }
    refresh();
}

void HallDialog::removeSelected()
{
    const auto d = selectedDelegate();
    if (!d)
        return;
    // No question first: the removal, check-ins and badge included, is one Undo away.
    m_undoStack->push(new RemoveDelegateCommand(undoContext(), *d));
    m_status->setStyleSheet({});
    m_status->setText(
        tr("Removed %1 (No. %2). Undo (%3) puts them back, badge and check-ins.")
            .arg(d->fullName)
            .arg(d->number)
            .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
    refresh();
}

void HallDialog::editCell(QTableWidgetItem *cell)
{
    const int row = cell->row();
    if (row < 0 || row >= m_shown.size())
        return;
    const Delegate before = m_shown[row];
    Delegate after = before;
    const QString text = cell->text().trimmed();
    switch (cell->column()) {
    case 0: {
        bool ok = false;
        after.number = text.toInt(&ok);
        if (!ok) {
            QMetaObject::invokeMethod(
                this,
                [this] {
                    dialogs::showError(this,
                                       tr("A delegate's number is a whole number, such as 12."));
                    refresh();
                },
                Qt::QueuedConnection);
            return;
        }
        break;
    }
    case 1:
        after.fullName = text;
        break;
    case 2:
        after.unit = text;
        break;
    case 3:
        after.delegation = text;
        break;
    case 4:
        after.role = text;
        break;
    default:
        return;
    }
    if (after.number == before.number && after.fullName == before.fullName &&
        after.unit == before.unit && after.delegation == before.delegation &&
        after.role == before.role)
        return;
    // Queued: the table must not be rebuilt under the editor that is committing this cell.
    QMetaObject::invokeMethod(
        this,
        [this, before, after] {
            m_undoStack->push(new EditDelegateCommand(undoContext(), before, after));
            refresh();
        },
        Qt::QueuedConnection);
}

UndoContext HallDialog::undoContext()
{
    return UndoContext{m_library.catalog(), this, {}, {}};
}

void HallDialog::setSelectedPresent(bool present)
{
    const auto d = selectedDelegate();
    if (!d)
        return;
    try {
        if (present)
            m_library.catalog().checkIn(d->id, CheckInMethod::Hand);
        else
            m_library.catalog().checkOut(d->id, CheckInMethod::Hand);
    } catch (const Error &error) {
        dialogs::showError(this, error.message());
    }
    refresh();
}

void HallDialog::applyQuorumRule()
{
    QuorumRule rule;
    rule.kind = static_cast<QuorumRule::Kind>(m_rule->currentData().toInt());
    rule.percent = m_percent->value();
    try {
        if (rule != m_library.catalog().quorumRule(m_meetingId))
            m_library.catalog().setQuorumRule(m_meetingId, rule);
    } catch (const Error &error) {
        dialogs::showError(this, error.message());
    }
    refresh();
}

} // namespace docket
