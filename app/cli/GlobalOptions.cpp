// SPDX-License-Identifier: GPL-3.0-or-later
#include "GlobalOptions.h"

#include "CommandLine.h"
#include "Context.h"

namespace docket::cli {

GlobalOptions parseGlobalOptions(const QStringList &arguments)
{
    GlobalOptions options;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &word = arguments[i];
        if (word == u"--")
            optionsEnded = true;
        if (optionsEnded) {
            options.words.append(word);
        } else if (word == u"--json") {
            options.json = true;
        } else if (word == u"--help" || word == u"-h") {
            options.help = true;
        } else if (word == u"--version") {
            options.version = true;
            return options;
        } else if (word == u"--library" || word.startsWith(u"--library=")) {
            if (word.contains(u'='))
                options.libraryFolder = word.mid(word.indexOf(u'=') + 1);
            else if (i + 1 < arguments.size())
                options.libraryFolder = arguments[++i];
            else
                throw UsageError(Cli::tr("Option --library needs a value."));
        } else {
            options.words.append(word);
        }
    }
    return options;
}

} // namespace docket::cli
