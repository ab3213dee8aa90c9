// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace docket {

// Which screen the projector goes on, by screen name (QScreen::name(), stable across
// unplugging, unlike a QScreen pointer or an index): the one the organiser chose while it is
// connected, else the first one the main window is not on (the laptop keeps its own screen),
// else the main window's own. Returns an index into `screens`, or -1 when there is none.
int chooseProjectorScreen(const QStringList &screens, const QString &remembered,
                          const QString &mainWindowScreen);

} // namespace docket
