// SPDX-License-Identifier: GPL-3.0-or-later
#include "NewMeetingDialog.h"

#include "util/DateText.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace docket {

namespace {
// The date field's "no date" value: the minimum, shown as its special text.
const QDate kNoDate(2000, 1, 1);
} // namespace

QList<std::pair<QString, QString>> meetingLanguages()
{
    return {{QStringLiteral("vi"), NewMeetingDialog::tr("Vietnamese")},
            {QStringLiteral("en"), NewMeetingDialog::tr("English")}};
}

NewMeetingDialog::NewMeetingDialog(const QStringList &knownVenues, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("New meeting"));
    m_title = new QPlainTextEdit(this);
    m_title->setPlaceholderText(tr("For example: Congress of the Youth Union of Ward 1, "
                                   "term 2027–2032"));
    m_title->setTabChangesFocus(true);
    m_title->setMinimumWidth(440);
    m_title->setFixedHeight(m_title->fontMetrics().lineSpacing() * 3 + 14);
    m_title->installEventFilter(this);

    m_date = new QDateEdit(this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(datetext::dateFormat());
    m_date->setMinimumDate(kNoDate);
    m_date->setSpecialValueText(tr("No date yet"));
    m_date->setDate(QDate::currentDate());

    m_venue = new QLineEdit(this);
    m_venue->setPlaceholderText(tr("Where the meeting takes place"));
    auto *completer = new QCompleter(knownVenues, m_venue);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_venue->setCompleter(completer);

    m_language = new QComboBox(this);
    for (const auto &[code, name] : meetingLanguages())
        m_language->addItem(name, code);
    m_language->setToolTip(tr("The language of the delegates' pages, the printed sheets and the "
                              "slides"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("&Create"), QDialogButtonBox::AcceptRole);
    m_create->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto updateCreate = [this] {
        m_create->setEnabled(!m_title->toPlainText().trimmed().isEmpty());
    };
    connect(m_title, &QPlainTextEdit::textChanged, this, updateCreate);
    updateCreate();

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Venue:"), m_venue);
    form->addRow(tr("Delegates' &language:"), m_language);
    form->addRow(buttons);
}

MeetingFields NewMeetingDialog::fields() const
{
    MeetingFields fields;
    // One line everywhere it is shown (the list, the window's title, the phones' pages): the
    // box wraps a long title, and a line break pasted in becomes a space.
    fields.title = m_title->toPlainText().simplified();
    fields.date = m_date->date() == kNoDate ? QDate() : m_date->date();
    fields.venue = m_venue->text().simplified();
    fields.language = m_language->currentData().toString();
    return fields;
}

void NewMeetingDialog::setFields(const MeetingFields &fields)
{
    m_title->setPlainText(fields.title);
    m_date->setDate(fields.date.isValid() ? fields.date : kNoDate);
    m_venue->setText(fields.venue);
    m_language->setCurrentIndex(std::max(0, m_language->findData(fields.language)));
}

bool NewMeetingDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Enter in the title creates the meeting, as in a one-line field: the box wraps by itself.
    if (watched == m_title && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (m_create->isEnabled())
                accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace docket
