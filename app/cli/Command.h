// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One command of docket-cli: the words that name it, the lines --help shows for it, and what
// it does. Each group of commands (meeting, doc, serve...) lives in a file of its own and
// lists its commands in one function below; the registry puts them together in the order
// --help shows them.

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace docket::cli {

class Context;

struct HelpLine
{
    QString syntax;      // the command and its options, untranslated ("\n" continues it)
    QString description; // what it is for, translated; may be empty
};

struct Command
{
    QString name;         // "meeting create", or one word for a command without a group
    QList<HelpLine> help; // empty for a command that is not for people (render-worker)
    std::function<int(Context &, const QStringList &)> execute; // the words after the name

    // The first word of the name: the group `help GROUP` shows.
    QString group() const { return name.section(u' ', 0, 0); }
};

QList<Command> meetingCommands();
QList<Command> itemCommands();
QList<Command> docCommands();
QList<Command> qrCommands();
QList<Command> wifiCommands();
QList<Command> attendanceCommands(); // roster, checkin, quorum, attendance
QList<Command> surveyCommands();
QList<Command> prepareCommands();
QList<Command> publishCommands();
QList<Command> printCommands();
QList<Command> packCommands(); // and pack-worker
QList<Command> serveCommands();
QList<Command> statsCommands();
QList<Command> searchCommands();
QList<Command> ocrCommands();     // and ocr-page
QList<Command> trashCommands();   // and clean
QList<Command> verifyCommands();  // and backup, restore, proof
QList<Command> archiveCommands(); // and archive-read, its child
QList<Command> inspectCommands(); // and render-worker
QList<Command> helpCommands();

// Every command, in the order --help lists them.
const QList<Command> &allCommands();
// The command `words` start with (its name is one word or two), or null.
const Command *findCommand(const QStringList &words);

} // namespace docket::cli
