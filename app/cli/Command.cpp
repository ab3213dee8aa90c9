// SPDX-License-Identifier: GPL-3.0-or-later
// The registry: every group's commands, in the order --help lists them.
#include "Command.h"

namespace docket::cli {

const QList<Command> &allCommands()
{
    // Built on first use, after main() installed the translator the descriptions need.
    static const QList<Command> commands = [] {
        QList<Command> all;
        for (const auto &group :
             {meetingCommands,    itemCommands,   docCommands,     qrCommands,      wifiCommands,
              attendanceCommands, surveyCommands, prepareCommands, printCommands,   packCommands,
              publishCommands,    serveCommands,  statsCommands,   searchCommands,  ocrCommands,
              trashCommands,      verifyCommands, archiveCommands, inspectCommands, helpCommands})
            all << group();
        return all;
    }();
    return commands;
}

const Command *findCommand(const QStringList &words)
{
    // The longest name that the words start with: "survey question add" before "survey ...".
    const Command *found = nullptr;
    qsizetype foundWords = 0;
    for (const Command &command : allCommands()) {
        const qsizetype n = command.name.count(u' ') + 1;
        if (n > foundWords && n <= words.size() && words.mid(0, n).join(u' ') == command.name) {
            found = &command;
            foundWords = n;
        }
    }
    return found;
}

} // namespace docket::cli
