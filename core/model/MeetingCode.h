// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace docket::meetingcode {

// Delegate codes are Crockford base32: digits and uppercase letters without I, L, O, U, so that
// they stay in QR alphanumeric mode and survive being read aloud or typed from paper.
inline constexpr int kLength = 8; // 40 random bits

QString generate();

// Uppercases and maps the letters Crockford reads as digits (O->0, I/L->1). Returns an empty
// string when the text cannot be a code, so a caller never matches garbage.
QString normalize(QStringView text);

} // namespace docket::meetingcode
