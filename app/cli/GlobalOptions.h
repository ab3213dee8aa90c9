// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace docket::cli {

// The options docket-cli takes anywhere before "--", whatever the command: --library DIR,
// --json, --help and --version. Everything else, in order, is the command's: its first word
// names the command. main() reads the same words to start the child commands (inspect,
// render-worker) without a GUI platform, so both agree on which word is the command.
struct GlobalOptions
{
    std::optional<QString> libraryFolder; // --library, when given
    bool json = false;
    bool help = false;
    bool version = false; // --version: the words after it were not read
    QStringList words;    // the command, then its own words

    QString command() const { return words.value(0); }
};

// `arguments` come after the program's name. Throws UsageError (--library without a value).
GlobalOptions parseGlobalOptions(const QStringList &arguments);

} // namespace docket::cli
