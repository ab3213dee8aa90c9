// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScreenChoice.h"

namespace docket {

int chooseProjectorScreen(const QStringList &screens, const QString &remembered,
                          const QString &mainWindowScreen)
{
    if (screens.isEmpty())
        return -1;
    if (!remembered.isEmpty()) {
        if (const qsizetype index = screens.indexOf(remembered); index >= 0)
            return static_cast<int>(index);
    }
    for (qsizetype i = 0; i < screens.size(); ++i)
        if (screens[i] != mainWindowScreen)
            return static_cast<int>(i);
    return 0;
}

} // namespace docket
