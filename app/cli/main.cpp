// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommands.h"

#include <QGuiApplication>

namespace {

QtMessageHandler qtHandler = nullptr;

// The command line promises one line on stderr per error. QGuiApplication warns that
// XDG_RUNTIME_DIR is unset (a root shell, CI) and then uses a private folder in /tmp by
// itself: nothing for the user to do, so that one warning is not passed on.
void filterMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(u"QStandardPaths: XDG_RUNTIME_DIR"))
        return;
    qtHandler(type, context, message);
}

} // namespace

int main(int argc, char *argv[])
{
    // A QGuiApplication, because printing lays text out with the font database; on the
    // offscreen platform, because the command line has no windows and may have no display.
    qtHandler = qInstallMessageHandler(filterMessages);
    // Always: a desktop session's xcb or wayland would abort over ssh, cron or systemd.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Docket"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DOCKET_VERSION));
    return docket::cli::run(app.arguments());
}
