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
    // A frame cut in two, or frames failing their checksums, after the last commit that
    // SQLite's index (the -shm a killed writer leaves beside it) knows, every committed frame
    // whole before them: the writer was killed while it wrote a transaction that never
    // committed. Normal after a crash, and not damage (`damaged` is then false).
    bool interruptedWrite = false;
};

// `walPath` is the catalog's -wal; its -shm (walPath's "-wal" replaced by "-shm") is read too,
// when there is one.
Scan scan(const QString &walPath);

// Keeps a damaged journal before SQLite drops what it cannot use: copies it to `copyPath`
// (through a temporary, synced) and reads the copy back. True only when the copy holds every
// byte of the journal; else nothing is left at `copyPath`, and the journal must not be
// truncated (it is then the only copy of the changes after the damage).
bool keepCopy(const QString &walPath, const QString &copyPath);

} // namespace docket::wal
