// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/DeviceKeys.h"

#include "server/GuessLimiter.h"

#include <QCryptographicHash>

namespace docket {

QByteArray DeviceKeys::hash(const QByteArray &salt, const QByteArray &addressKey,
                            QByteArrayView userAgent)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(salt);
    hash.addData("\n");
    hash.addData(addressKey);
    hash.addData("\n");
    hash.addData(userAgent);
    return hash.result().toHex().left(32);
}

QByteArray DeviceKeys::keyFor(const QByteArray &salt, std::int64_t versionId,
                              QByteArrayView address, QByteArrayView userAgent)
{
    const QByteArray addressKey = clientKey(address);
    const QByteArray key = hash(salt, addressKey, userAgent);
    const QByteArray slot = QByteArray::number(versionId) + '\n' + addressKey;
    const std::lock_guard lock(m_mutex);
    auto it = m_seen.find(slot);
    if (it == m_seen.end()) {
        // Reached only by that many (version, address) pairs in one session, which a venue's
        // network does not have: start counting afresh rather than grow.
        if (m_seen.size() >= kCapacity)
            m_seen.clear();
        it = m_seen.insert(slot, {});
    }
    QList<QByteArray> &keys = it.value();
    if (keys.contains(key))
        return key;
    if (keys.size() < kPerAddress) {
        keys.append(key);
        return key;
    }
    // A name no User-Agent can produce (a header value holds no line break): one more phone.
    return hash(salt, addressKey, "\n(more browsers at this address)");
}

qsizetype DeviceKeys::tracked() const
{
    const std::lock_guard lock(m_mutex);
    return m_seen.size();
}

} // namespace docket
