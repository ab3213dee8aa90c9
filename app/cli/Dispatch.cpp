// SPDX-License-Identifier: GPL-3.0-or-later
// From the command line to a command: global options, the translator, the registry's look-up,
// and the one line on stderr with the exit status of every error.
#include "Dispatch.h"

#include "Command.h"
#include "CommandLine.h"
#include "Context.h"
#include "GlobalOptions.h"
#include "Help.h"
#include "util/Error.h"

#include <QLocale>
#include <QTranslator>

namespace docket::cli {

namespace {

int dispatch(Context &ctx, const QStringList &words)
{
    if (const Command *command = findCommand(words))
        return command->execute(ctx, words.mid(command->name.count(u' ') + 1));
    throw UsageError(
        Cli::tr("Unknown command \"%1\". See docket-cli --help.").arg(words.mid(0, 2).join(u' ')));
}

void installTranslator()
{
    static QTranslator translator;
    // docket_en holds the English plural forms and stands in for locales we do not translate.
    if (translator.load(QLocale(), QStringLiteral("docket"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")) ||
        translator.load(QStringLiteral(":/i18n/docket_en.qm")))
        QCoreApplication::installTranslator(&translator);
}

QString oneLine(QString message)
{
    message.replace(u'\n', u' ');
    message.replace(u'\r', u' ');
    return message;
}

} // namespace

int run(const QStringList &arguments)
{
    installTranslator();
    Context ctx;
    ctx.libraryFolder = Library::defaultFolder();
    try {
        const GlobalOptions options = parseGlobalOptions(arguments.mid(1));
        if (options.version) {
            out() << QStringLiteral("docket-cli ") << QCoreApplication::applicationVersion()
                  << Qt::endl;
            return 0;
        }
        if (options.libraryFolder)
            ctx.libraryFolder = *options.libraryFolder;
        ctx.json = options.json;
        if (options.help) {
            out() << helpText() << Qt::endl;
            return 0;
        }
        if (options.words.isEmpty())
            throw UsageError(Cli::tr("No command given. See docket-cli --help."));
        const int status = dispatch(ctx, options.words);
        ctx.finish();
        return status;
    } catch (const UsageError &error) {
        err() << QStringLiteral("docket-cli: ") << oneLine(error.message()) << Qt::endl;
        return 2;
    } catch (const Error &error) {
        err() << QStringLiteral("docket-cli: ") << oneLine(error.message()) << Qt::endl;
        return 1;
    } catch (const std::exception &error) {
        err() << QStringLiteral("docket-cli: ") << oneLine(QString::fromLocal8Bit(error.what()))
              << Qt::endl;
        return 1;
    }
}

} // namespace docket::cli
