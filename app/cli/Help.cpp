// SPDX-License-Identifier: GPL-3.0-or-later
// --help and `help [GROUP]`, written from the lines each command gives the registry.
#include "Help.h"

#include "Command.h"
#include "CommandLine.h"
#include "Context.h"

#include <QDir>
#include <QStandardPaths>

namespace docket::cli {

namespace {

// Descriptions start in this column, as in a man page's synopsis; a syntax too long for it
// puts its description on the next line.
constexpr qsizetype kDescriptionColumn = 30;
constexpr qsizetype kTerminalWidth = 80;

QString formatLines(const QList<Command> &commands)
{
    const QString indent(kDescriptionColumn, u' ');
    QStringList lines;
    for (const Command &command : commands) {
        for (const HelpLine &line : command.help) {
            const QStringList syntax = line.syntax.split(u'\n');
            for (qsizetype i = 0; i < syntax.size(); ++i)
                lines << (i == 0 ? QStringLiteral("  ") : QStringLiteral("     ")) + syntax[i];
            const QStringList description = line.description.split(u'\n', Qt::SkipEmptyParts);
            if (description.isEmpty())
                continue;
            QString &last = lines.last();
            if (last.size() < kDescriptionColumn)
                last = last.leftJustified(kDescriptionColumn) + description.first();
            else if (last.size() + 3 + description.first().size() <= kTerminalWidth)
                last += QStringLiteral("   ") + description.first();
            else
                lines << indent + description.first();
            for (qsizetype i = 1; i < description.size(); ++i)
                lines << indent + description[i];
        }
    }
    return lines.join(u'\n');
}

QString wordsNote()
{
    return Cli::tr("MEETING is a meeting id or its delegate code; ITEM is an agenda item number.");
}

// `help` alone is --help; `help GROUP` (or a command's full name) shows only its commands.
int help(Context &, const QStringList &words)
{
    const CommandLine cl(words, {}, {});
    if (cl.positional().isEmpty()) {
        out() << helpText() << Qt::endl;
        return 0;
    }
    const QString asked = cl.positional().join(u' ');
    QList<Command> matching;
    for (const Command &command : allCommands())
        if (!command.help.isEmpty() && (command.group() == asked || command.name == asked))
            matching << command;
    if (matching.isEmpty())
        throw UsageError(Cli::tr("Unknown command \"%1\". See docket-cli --help.").arg(asked));
    out() << formatLines(matching) << Qt::endl << Qt::endl << wordsNote() << Qt::endl;
    return 0;
}

} // namespace

QString helpText()
{
    return Cli::tr("Usage: docket-cli [--library DIR] [--json] COMMAND ...") + u"\n\n" +
           Cli::tr("Commands:") + u'\n' + formatLines(allCommands()) + u"\n\n" + wordsNote() +
           u'\n' +
           Cli::tr("--library DIR  library folder (default: $DOCKET_LIBRARY, else %1)\n"
                   "--json         machine-readable output\n"
                   "--version      the program's version\n"
                   "Exit status: 0 success, 2 usage error, 1 any other error.")
               .arg(QDir::toNativeSeparators(
                   QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
}

QList<Command> helpCommands()
{
    return {{QStringLiteral("help"),
             {{QStringLiteral("help [GROUP]"),
               Cli::tr("the commands of one group (meeting, doc, wifi...)")}},
             help}};
}

} // namespace docket::cli
