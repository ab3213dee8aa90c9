// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// Meeting PINs: stored only as PBKDF2-HMAC-SHA256 with a random salt, and proven by a cookie
// that is an HMAC of the meeting code and the stored hash, so that changing the PIN logs
// every phone out and the server keeps no session table.
namespace docket::pin {

constexpr int kIterations = 20000;

// 4 to 8 digits; anything else is refused before it is stored.
bool isWellFormed(const QString &pin);
QByteArray newSalt(); // 16 random bytes, hex
// Hex of PBKDF2-HMAC-SHA256(pin, salt, iterations), 32 bytes.
QByteArray hash(const QString &pin, const QByteArray &salt, int iterations = kIterations);
bool matches(const QString &pin, const QByteArray &salt, const QByteArray &expectedHash);
// The cookie value that proves the PIN was entered for this meeting.
QByteArray cookieToken(const QByteArray &secret, const QString &code, const QByteArray &pinHash);
// Compares without leaking where two values first differ.
bool equalConstantTime(const QByteArray &a, const QByteArray &b);

} // namespace docket::pin
