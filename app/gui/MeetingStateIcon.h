// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Model.h"

#include <QIcon>

namespace docket {

// One icon per meeting state, distinct in shape as well as colour (the list must read the same
// for a colour-blind organiser and on a grey projector): a dashed ring for a draft, a green
// disc for open, a grey square for closed, a padlock box for archived.
QIcon meetingStateIcon(MeetingState state);

} // namespace docket
