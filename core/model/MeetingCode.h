// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace docket::meetingcode {

// Delegate codes are Crockford base32: digits and uppercase letters without I, L, O, U, so that
// they stay in QR alphanumeric mode and survive being read aloud or typed from paper.
inline constexpr int kLength = 8; // 40 random bits

// A delegate's card token is the same alphabet, longer: 65 random bits, still short enough for
// a card's URL to fit a version 3 QR code at level M.
inline constexpr int kCardTokenLength = 13;

QString generate(int length = kLength);

// Uppercases and maps the letters Crockford reads as digits (O->0, I/L->1). Returns an empty
// string when the text cannot be a code (or a token of `length`), so a caller never matches
// garbage.
QString normalize(QStringView text, int length = kLength);

} // namespace docket::meetingcode
