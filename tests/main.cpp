// SPDX-License-Identifier: GPL-3.0-or-later
#define CATCH_CONFIG_RUNNER

#ifdef DOCKET_TEST_WIDGETS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#endif

#include "pdf/ChildProgram.h"

#include <catch2/catch.hpp>

int main(int argc, char *argv[])
{
    // QImage, QPdfWriter and QSvgRenderer need a GUI application (the window test a widgets
    // one), never a display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Qt sees only the program name, so that it never eats one of Catch's arguments.
    int qtArgc = 1;
    TestApplication app(qtArgc, argv);
    // Page images are drawn by render workers, never in the process that serves them.
    docket::ChildProgram::set(docket::ChildProgram::Use::Rendering,
                              QStringLiteral(DOCKET_RENDER_PROGRAM));
    // So are conference packs: docket-cli's pack-worker reads the users' PDFs.
    docket::ChildProgram::set(docket::ChildProgram::Use::Packing,
                              QStringLiteral(DOCKET_RENDER_PROGRAM));
    // And publishing from the window: docket-cli publish, a child it never waits on.
    docket::ChildProgram::set(docket::ChildProgram::Use::Publishing,
                              QStringLiteral(DOCKET_RENDER_PROGRAM));
    return Catch::Session().run(argc, argv);
}
