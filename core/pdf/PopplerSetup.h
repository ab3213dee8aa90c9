// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace docket {

// Poppler reports every oddity of a damaged file on stderr; Docket records the outcome instead.
// Call before the first Poppler use; any thread, any number of times.
void silencePoppler();

} // namespace docket
