// SPDX-License-Identifier: GPL-3.0-or-later
// Meeting ▸ Conference pack… as a user reaches it: the save dialog (answered through the
// dialogs:: seam), the progress dialog with Cancel, the file or none, and what was left out.
#include "Dialogs.h"
#include "MainWindow.h"
#include "support/GuiWindow.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace docket;
using namespace testsupport;

namespace {

int pageCount(const QString &pdf)
{
    QProcess qpdf;
    qpdf.start(QStringLiteral("qpdf"), {QStringLiteral("--show-npages"), pdf});
    REQUIRE(qpdf.waitForFinished(30000));
    return qpdf.readAllStandardOutput().trimmed().toInt();
}

bool stagingLeft(const QString &folder)
{
    return !QDir(folder)
                .entryList({QStringLiteral(".docket-pack-*")}, QDir::Dirs | QDir::Hidden)
                .isEmpty();
}

} // namespace

TEST_CASE("Meeting Conference pack writes the pack and says what it left out", "[gui]")
{
    GuiWindow w;
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("pack.pdf"));
    REQUIRE(w.window.conferencePackAction()->isEnabled());
    dialogs::presetSaveFile(path);
    w.window.conferencePackAction()->trigger();
    CHECK(dialogs::takeRecordedErrors().isEmpty());
    REQUIRE(QFile::exists(path));
    const int pages = pageCount(path);
    CHECK(pages > 2); // cover, agenda, then the meeting's PDF
    CHECK(w.window.statusBar()->currentMessage().contains(QString::number(pages)));
    // The meeting's plain-text note has no PDF: the organiser is told, by its title.
    const QStringList told = dialogs::takeRecordedInformation();
    REQUIRE(told.size() == 1);
    CHECK(told.first().contains(w.site.text.title));
    CHECK_FALSE(stagingLeft(out.path()));
}

TEST_CASE("Cancel in the conference pack leaves no file", "[gui]")
{
    GuiWindow w;
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("pack.pdf"));
    // The child stops on the meeting's PDF, as a huge one would keep it busy.
    qputenv("DOCKET_PACK_FAULT", (QStringLiteral("hang:") + w.site.pdf.title).toUtf8());
    bool pressed = false;
    QTimer canceller;
    canceller.setInterval(20);
    QObject::connect(&canceller, &QTimer::timeout, &canceller, [&] {
        auto *dialog = w.window.findChild<QProgressDialog *>(QStringLiteral("packProgress"));
        if (pressed || !dialog || !dialog->isVisible())
            return;
        auto *cancel = dialog->findChild<QPushButton *>();
        REQUIRE(cancel);
        pressed = true;
        cancel->click();
    });
    canceller.start();
    dialogs::presetSaveFile(path);
    w.window.conferencePackAction()->trigger();
    canceller.stop();
    qunsetenv("DOCKET_PACK_FAULT");
    CHECK(pressed);
    CHECK_FALSE(QFile::exists(path));
    CHECK_FALSE(stagingLeft(out.path()));
    CHECK(dialogs::takeRecordedErrors().isEmpty());
    CHECK(dialogs::takeRecordedInformation().isEmpty());
}
