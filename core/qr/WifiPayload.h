// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Model.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace docket::wifipayload {

// "WPA", "WEP", "nopass": the T: values of the Wi-Fi QR format, and the CLI's --security words.
QString securityKey(WifiSecurity security);
std::optional<WifiSecurity> securityFromKey(const QString &key); // any case

// Backslash before each of \ ; , : " — the characters the format reserves.
QString escapeField(const QString &text);

// WIFI:T:WPA;S:name;P:password;; (H:true; for a hidden network), UTF-8: the text that the
// camera apps of Android (10+) and iOS (11+) offer to join. Fields are escaped, never quoted:
// quoting a hexadecimal-looking name is an old ZXing convention that today's cameras keep as
// part of the name. Throws docket::Error for a network that cannot be joined as given.
QByteArray payload(const WifiNetwork &network);

// The user's mistakes in a network, translated; empty when it is fine.
QString problem(const WifiNetwork &network);

} // namespace docket::wifipayload
