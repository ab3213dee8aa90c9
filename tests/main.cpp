// SPDX-License-Identifier: GPL-3.0-or-later
#define CATCH_CONFIG_RUNNER

#include <QGuiApplication>

#include <catch2/catch.hpp>

int main(int argc, char *argv[])
{
    // QImage, QPdfWriter and QSvgRenderer need a GUI application, never a display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Qt sees only the program name, so that it never eats one of Catch's arguments.
    int qtArgc = 1;
    QGuiApplication app(qtArgc, argv);
    return Catch::Session().run(argc, argv);
}
