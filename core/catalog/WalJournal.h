// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>

namespace docket::wal {

// What a catalog's -wal file holds, read the way SQLite reads it (header, salts, cumulative
// checksums), without SQLite: SQLite replays the frames up to the last valid commit and
// silently ignores the rest, so a journal that was cut short (copied while in use, half
// truncated) loses its newest changes without a word. This tells.
struct Scan
{
    bool present = false;
    std::int64_t size = 0;
    int pageSize = 0;
    int validFrames = 0; // of the current generation, checksums intact
    int commits = 0;     // among them, the last frames of a transaction
    // Bytes after the frames SQLite will use that are neither an older generation nor a
    // transaction that never committed: a frame cut in two, a frame whose checksum fails
    // between good ones, or a header SQLite will reject.
    bool damaged = false;
};

Scan scan(const QString &walPath);

} // namespace docket::wal
