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
             {meetingCommands, itemCommands, docCommands, qrCommands, wifiCommands,
              attendanceCommands, prepareCommands, printCommands, packCommands, serveCommands,
              statsCommands, searchCommands, ocrCommands, trashCommands, verifyCommands,
              archiveCommands, inspectCommands, helpCommands})
            all << group();
        return all;
    }();
    return commands;
}

const Command *findCommand(const QStringList &words)
{
    const QString twoWords = words.mid(0, 2).join(u' ');
    const Command *oneWord = nullptr;
    for (const Command &command : allCommands()) {
        if (command.name == twoWords)
            return &command;
        if (command.name == words.value(0))
            oneWord = &command;
    }
    return oneWord;
}

} // namespace docket::cli
