// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace docket::cli {

// Runs docket-cli with its full argument list (program name first). Returns the exit status:
// 0 on success, 2 on a usage error, 1 on any other error, with one line on stderr.
int run(const QStringList &arguments);

} // namespace docket::cli
