// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/Pin.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace docket::pin {

bool isWellFormed(const QString &pin)
{
    if (pin.size() < 4 || pin.size() > 8)
        return false;
    for (QChar c : pin)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

QByteArray newSalt()
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), 4);
    return salt.toHex();
}

QByteArray hash(const QString &pin, const QByteArray &salt, int iterations)
{
    // PBKDF2 (RFC 8018) with one 32-byte block: U1 = HMAC(P, S || INT(1)), Ui = HMAC(P, Ui-1).
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, pin.toUtf8());
    mac.addData(salt);
    mac.addData("\0\0\0\1", 4);
    QByteArray u = mac.result();
    QByteArray derived = u;
    for (int i = 1; i < iterations; ++i) {
        mac.reset();
        mac.addData(u);
        u = mac.result();
        for (qsizetype j = 0; j < derived.size(); ++j)
            derived[j] = static_cast<char>(derived[j] ^ u[j]);
    }
    return derived.toHex();
}

bool matches(const QString &pin, const QByteArray &salt, const QByteArray &expectedHash)
{
    return !expectedHash.isEmpty() && equalConstantTime(hash(pin, salt), expectedHash);
}

QByteArray cookieToken(const QByteArray &secret, const QString &code, const QByteArray &pinHash)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, secret);
    mac.addData(code.toLatin1());
    mac.addData("\n");
    mac.addData(pinHash);
    return mac.result().toHex().left(40);
}

bool equalConstantTime(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

} // namespace docket::pin
