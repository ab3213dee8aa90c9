// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Model.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>

#include <cstdint>
#include <limits>

namespace docket {

// One document request that carried bytes, as the server saw it.
struct AccessEvent
{
    Id versionId = 0;
    QDateTime at;
    std::int64_t rangeStart = 0;
    std::int64_t length = 0; // bytes the response covered
    bool complete = false;   // every one of them reached the phone
    QByteArray deviceKey;    // salted hash of address and browser: no raw address is kept
};

// Many requests of one phone for one version, added up. What is kept of a request is what the
// statistics need: when, how many, the bytes that arrived, and whether the whole file did.
struct AccessCount
{
    Id versionId = 0;
    QByteArray deviceKey;
    QDateTime firstSeen;
    QDateTime lastSeen;
    std::int64_t requests = 0;
    std::int64_t bytesSent = 0; // of the responses that reached the phone whole
    // Complete responses from byte 0 that covered exactly this many bytes (-1: none of these
    // requests was one). Whether that is the whole file depends on the version's size, which
    // only the catalog knows; so such requests are added up per length.
    std::int64_t fromStartLength = -1;
};

// Adds events up per phone, version and (for complete responses from byte 0) length: a phone
// asking for one byte in a loop makes one entry, however many times it asks. Bounded: past
// `maxEntries` distinct entries, an event that would make a new one is refused.
class AccessTally
{
public:
    explicit AccessTally(qsizetype maxEntries = std::numeric_limits<qsizetype>::max())
        : m_maxEntries(maxEntries)
    {}

    bool add(const AccessEvent &event); // false when refused
    bool add(const AccessCount &count);
    void add(const AccessTally &other); // what does not fit is dropped, and counted
    QList<AccessCount> counts() const;
    qsizetype size() const { return m_counts.size(); }
    bool isEmpty() const { return m_counts.isEmpty(); }
    std::int64_t requests() const { return m_requests; }
    std::uint64_t refused() const { return m_refused; }
    void clear();

private:
    struct Key
    {
        Id versionId;
        QByteArray deviceKey;
        std::int64_t fromStartLength;
        bool operator==(const Key &) const = default;
        friend size_t qHash(const Key &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.versionId, key.deviceKey, key.fromStartLength);
        }
    };

    qsizetype m_maxEntries;
    QHash<Key, AccessCount> m_counts;
    std::int64_t m_requests = 0;
    std::uint64_t m_refused = 0;
};

} // namespace docket
