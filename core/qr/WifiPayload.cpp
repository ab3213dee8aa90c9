// SPDX-License-Identifier: GPL-3.0-or-later
#include "qr/WifiPayload.h"

#include "util/Error.h"

namespace docket::wifipayload {

namespace {
struct WifiText
{
    Q_DECLARE_TR_FUNCTIONS(WifiNetwork)
};
bool isHexKey(const QString &key, qsizetype length)
{
    if (key.size() != length)
        return false;
    for (const QChar c : key)
        if (!c.isDigit() && !(c.toLower() >= u'a' && c.toLower() <= u'f'))
            return false;
    return true;
}
} // namespace

QString securityKey(WifiSecurity security)
{
    switch (security) {
    case WifiSecurity::Wpa:
        return QStringLiteral("WPA");
    case WifiSecurity::Wep:
        return QStringLiteral("WEP");
    case WifiSecurity::None:
        return QStringLiteral("nopass");
    }
    return QStringLiteral("WPA");
}

std::optional<WifiSecurity> securityFromKey(const QString &key)
{
    for (WifiSecurity s : {WifiSecurity::Wpa, WifiSecurity::Wep, WifiSecurity::None})
        if (key.compare(securityKey(s), Qt::CaseInsensitive) == 0)
            return s;
    if (key.compare(QStringLiteral("WPA2"), Qt::CaseInsensitive) == 0 ||
        key.compare(QStringLiteral("WPA3"), Qt::CaseInsensitive) == 0)
        return WifiSecurity::Wpa;
    if (key.compare(QStringLiteral("none"), Qt::CaseInsensitive) == 0 ||
        key.compare(QStringLiteral("open"), Qt::CaseInsensitive) == 0)
        return WifiSecurity::None;
    return std::nullopt;
}

QString escapeField(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == u'\\' || c == u';' || c == u',' || c == u':' || c == u'"')
            escaped += u'\\';
        escaped += c;
    }
    return escaped;
}

QString problem(const WifiNetwork &network)
{
    if (network.ssid.isEmpty())
        return WifiText::tr("The Wi-Fi network needs a name.");
    // The limits phones enforce: a name of at most 32 bytes; WPA passphrases of 8 to 63
    // characters; WEP keys of 5 or 13 characters (or 10 or 26 hex digits).
    if (network.ssid.toUtf8().size() > 32)
        return WifiText::tr("A Wi-Fi network name is at most 32 bytes long; \"%1\" has %2.")
            .arg(network.ssid, QString::number(network.ssid.toUtf8().size()));
    const qsizetype length = network.password.size();
    switch (network.security) {
    case WifiSecurity::Wpa:
        if ((length < 8 || length > 63) && !isHexKey(network.password, 64))
            return WifiText::tr("A WPA password has 8 to 63 characters; this one has %1.")
                .arg(length);
        break;
    case WifiSecurity::Wep:
        if (length != 5 && length != 13 && !isHexKey(network.password, 10) &&
            !isHexKey(network.password, 26))
            return WifiText::tr("A WEP key has 5 or 13 characters (or 10 or 26 hexadecimal "
                                "digits); this one has %1.")
                .arg(length);
        break;
    case WifiSecurity::None:
        break;
    }
    return {};
}

QByteArray payload(const WifiNetwork &network)
{
    if (const QString why = problem(network); !why.isEmpty())
        throw Error(why);
    QString text = QStringLiteral("WIFI:T:") + securityKey(network.security) +
                   QStringLiteral(";S:") + escapeField(network.ssid) + u';';
    if (network.security != WifiSecurity::None)
        text += QStringLiteral("P:") + escapeField(network.password) + u';';
    if (network.hidden)
        text += QStringLiteral("H:true;");
    text += u';';
    return text.toUtf8();
}

} // namespace docket::wifipayload
