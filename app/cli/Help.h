// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace docket::cli {

// What --help prints: every command of the registry, then the global options.
QString helpText();

} // namespace docket::cli
