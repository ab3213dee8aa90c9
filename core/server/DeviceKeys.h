// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>

#include <cstdint>
#include <mutex>

namespace docket {

// The anonymous name under which the Phones column and `stats` count one phone's browser: a
// salted hash of its address and its User-Agent (the address alone would merge the phones
// behind one access point's NAT, and must not be stored). The address part is the client key
// the guess limits use (IPv6 by its /64), so that taking new privacy addresses inside one
// network does not make a phone many phones; and since a User-Agent is whatever the client
// says, at most kPerAddress different browsers are counted per version and address: every
// further one there counts as one more phone, not as one phone per invented User-Agent.
// Thread-safe (a mutex for a hash lookup); bounded by kCapacity.
class DeviceKeys
{
public:
    // Generous: a hall behind one NAT address has many phones, though with today's reduced
    // User-Agents most of them send one of a few.
    static constexpr qsizetype kPerAddress = 32;
    static constexpr qsizetype kCapacity = 65536; // (version, address) pairs remembered

    QByteArray keyFor(const QByteArray &salt, std::int64_t versionId, QByteArrayView address,
                      QByteArrayView userAgent);
    qsizetype tracked() const;

    // The hash itself: salt, address key and browser, hex, 32 characters.
    static QByteArray hash(const QByteArray &salt, const QByteArray &addressKey,
                           QByteArrayView userAgent);

private:
    mutable std::mutex m_mutex;
    QHash<QByteArray, QList<QByteArray>> m_seen; // version + address key -> keys counted
};

} // namespace docket
