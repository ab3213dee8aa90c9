// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDialog>
#include <QString>
#include <QStringList>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace docket {

// What a new meeting starts with.
struct MeetingFields
{
    QString title;
    QDate date; // invalid: no date yet
    QString venue;
    QString language = QStringLiteral("vi"); // of the delegates' pages, paper and slides
};

// New meeting: the title in a box that wraps (congress titles run to two lines), the date
// shown and changeable (today unless changed, or "no date yet"), the venue (the venues of
// earlier meetings offered as it is typed) and the language delegates read.
class NewMeetingDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewMeetingDialog(const QStringList &knownVenues, QWidget *parent = nullptr);

    MeetingFields fields() const;
    void setFields(const MeetingFields &fields);
    QPlainTextEdit *titleBox() const { return m_title; }
    QDateEdit *dateBox() const { return m_date; }
    QComboBox *languageBox() const { return m_language; }
    QPushButton *createButton() const { return m_create; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPlainTextEdit *m_title = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_venue = nullptr;
    QComboBox *m_language = nullptr;
    QPushButton *m_create = nullptr;
};

// The languages a meeting can speak to delegates, as the window offers them: {code, name}.
QList<std::pair<QString, QString>> meetingLanguages();

} // namespace docket
