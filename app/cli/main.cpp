// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"
#include "Dispatch.h"
#include "GlobalOptions.h"
#include "pdf/ChildProgram.h"

#include <QGuiApplication>

#include <memory>

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
    // `inspect` is the child that parses the PDFs of an import, `render-worker` the one that
    // draws page images, `ocr-page` the one that reads a scanned page: they need no fonts
    // (Poppler has its own), so they start without a platform, which is most of a GUI
    // application's start-up time.
    // The command is the word run() dispatches on, not any argument that happens to read
    // "inspect" (a title, a file name): `print` without a platform cannot lay out text.
    bool inspecting = false;
    try {
        QStringList arguments;
        for (int i = 1; i < argc; ++i)
            arguments << QString::fromLocal8Bit(argv[i]);
        const QString command = docket::cli::parseGlobalOptions(arguments).command();
        inspecting = command == u"inspect" || command == u"render-worker" ||
                     command == u"ocr-page" || command == u"archive-read";
    } catch (const docket::cli::UsageError &) {
        // run() reports it, once the application (and its translator) exists.
    }
    std::unique_ptr<QCoreApplication> app;
    if (inspecting)
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QGuiApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Docket"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DOCKET_VERSION));
    // Imports from the command line inspect PDFs in a child too, and page images are drawn by
    // render workers, never in the server: this very program.
    docket::ChildProgram::setAll(QCoreApplication::applicationFilePath());
    return docket::cli::run(QCoreApplication::arguments());
}
