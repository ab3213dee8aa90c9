// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf/PopplerSetup.h"

#include <QVariant>

#include <poppler-qt6.h>

#include <mutex>

namespace docket {

void silencePoppler()
{
    static std::once_flag once;
    std::call_once(once, [] {
        Poppler::setDebugErrorFunction([](const QString &, const QVariant &) {}, QVariant());
    });
}

} // namespace docket
