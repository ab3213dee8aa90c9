// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/Pin.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

#include <openssl/evp.h>
#include <stdexcept>

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
    // PBKDF2 (RFC 8018) through OpenSSL: the same bytes as the textbook loop over
    // QMessageAuthenticationCode, which re-keys HMAC every round, about five times sooner
    // (12 ms instead of 60 here). The iteration count, and so the cost of an offline attack,
    // is unchanged.
    const QByteArray password = pin.toUtf8();
    unsigned char derived[32];
    if (PKCS5_PBKDF2_HMAC(password.constData(), static_cast<int>(password.size()),
                          reinterpret_cast<const unsigned char *>(salt.constData()),
                          static_cast<int>(salt.size()), iterations, EVP_sha256(), sizeof derived,
                          derived) != 1)
        throw std::runtime_error("OpenSSL cannot compute PBKDF2");
    return QByteArray(reinterpret_cast<const char *>(derived), sizeof derived).toHex();
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
