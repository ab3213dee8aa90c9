// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApplicationSetup.h"
#include "Dialogs.h"
#include "library/Library.h"
#include "MainWindow.h"
#include "pdf/ChildProgram.h"
#include "util/Error.h"

#include <QApplication>
#include <QCommandLineParser>

#include <memory>
#include <optional>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Docket"));
    QApplication::setApplicationDisplayName(QStringLiteral("Docket"));
    QApplication::setApplicationVersion(QStringLiteral(DOCKET_VERSION));

    docket::application::installTranslations(QLocale());
    docket::application::setIdentity();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Paperless meetings"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption libraryOption(
        QStringLiteral("library"),
        QApplication::translate("main", "Library folder (default: $DOCKET_LIBRARY or the "
                                        "application data folder)."),
        QApplication::translate("main", "DIR"));
    parser.addOption(libraryOption);
    parser.process(app);

    // PDFs are parsed in a docket-cli child, so that a hostile file cannot take the window
    // (and the meeting being hosted) down with it; page images are drawn by docket-cli render
    // workers: a PDF that takes minutes or gigabytes to draw costs one worker, never the
    // window or the meeting it hosts.
    docket::ChildProgram::setAll(docket::ChildProgram::find());

    const QString folder = parser.isSet(libraryOption) ? parser.value(libraryOption)
                                                       : docket::Library::defaultFolder();
    // Round again after a restore: the window closes, the catalog is replaced with no Library
    // holding it, and the window opens on the restored one, hosting again where it hosted.
    std::optional<docket::HostingBar::Endpoint> hostingToResume;
    for (;;) {
        std::unique_ptr<docket::Library> library;
        std::unique_ptr<docket::MainWindow> window;
        try {
            library = std::make_unique<docket::Library>(folder);
            window = std::make_unique<docket::MainWindow>(*library);
        } catch (const docket::CatalogError &error) {
            window.reset();
            library.reset();
            const bool damaged = error.kind() == docket::CatalogError::Kind::Damaged;
            if (damaged &&
                docket::dialogs::confirm(
                    nullptr, QApplication::translate("main", "Restore the catalog"),
                    error.message() + u"\n\n" +
                        QApplication::translate("main",
                                                "Put the newest good backup of the catalog in "
                                                "its place? The damaged catalog is kept aside.")) &&
                docket::MainWindow::restoreNewestBackup(nullptr, folder))
                continue;
            if (!damaged)
                docket::dialogs::showError(nullptr, error.message());
            return 1;
        } catch (const docket::Error &error) {
            docket::dialogs::showError(nullptr, error.message());
            return 1;
        }
        window->show();
        for (const QString &warning : library->catalog().openWarnings())
            docket::dialogs::showError(window.get(), warning);
        if (hostingToResume)
            window->resumeHosting(*hostingToResume);
        hostingToResume.reset();
        const int status = QApplication::exec();
        const bool restore = window->restoreRequested();
        hostingToResume = window->hostingToResume();
        window.reset(); // before the library it uses
        library.reset();
        if (!restore)
            return status;
        // Whether it worked or not (said either way), the window opens again.
        docket::MainWindow::restoreNewestBackup(nullptr, folder);
    }
}
