// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/WalJournal.h"

#include <QCryptographicHash>
#include <QFile>

#include <array>
#include <cstring>
#include <optional>
#include <unistd.h>

namespace docket::wal {

namespace {

constexpr int kHeaderSize = 32;
constexpr int kFrameHeaderSize = 24;
constexpr std::uint32_t kMagicLittleEndian = 0x377f0682;
constexpr std::uint32_t kMagicBigEndian = 0x377f0683;

std::uint32_t bigEndian32(const unsigned char *p)
{
    return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) |
           std::uint32_t{p[3]};
}

// SQLite's WAL checksum: pairs of 32-bit words, in the byte order the magic number names.
void checksum(bool bigEndianWords, const unsigned char *data, qsizetype size,
              std::array<std::uint32_t, 2> &sums)
{
    for (qsizetype i = 0; i + 8 <= size; i += 8) {
        std::uint32_t first = bigEndian32(data + i);
        std::uint32_t second = bigEndian32(data + i + 4);
        if (!bigEndianWords) {
            first = __builtin_bswap32(first);
            second = __builtin_bswap32(second);
        }
        sums[0] += first + sums[1];
        sums[1] += second + sums[0];
    }
}

// The last committed frame SQLite's index (the -shm) knows, when the index is whole and
// belongs to this generation of the journal (`salts`: the journal header's bytes 16 to 24).
// The index is in the writer's byte order, and written twice so that a reader can tell a
// torn one; see SQLite's wal.c (WalIndexHdr).
std::optional<std::uint32_t> indexedLastFrame(const QString &shmPath, const QByteArray &salts)
{
    constexpr int kIndexHeader = 48;
    constexpr std::uint32_t kIndexVersion = 3007000;
    QFile file(shmPath);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray both = file.read(2 * kIndexHeader);
    if (both.size() < 2 * kIndexHeader || both.left(kIndexHeader) != both.mid(kIndexHeader))
        return std::nullopt;
    const auto native32 = [&](int offset) {
        std::uint32_t value = 0;
        std::memcpy(&value, both.constData() + offset, sizeof value);
        return value;
    };
    const bool initialised = both.at(12) == 1;
    if (native32(0) != kIndexVersion || !initialised || both.mid(32, 8) != salts)
        return std::nullopt;
    return native32(16); // mxFrame
}

} // namespace

Scan scan(const QString &walPath)
{
    Scan result;
    QFile file(walPath);
    if (!file.open(QIODevice::ReadOnly))
        return result;
    result.present = true;
    result.size = file.size();
    if (result.size == 0)
        return result;
    const QByteArray header = file.read(kHeaderSize);
    const auto *h = reinterpret_cast<const unsigned char *>(header.constData());
    if (header.size() < kHeaderSize) {
        result.damaged = true;
        return result;
    }
    const std::uint32_t magic = bigEndian32(h);
    const std::uint32_t pageSize = bigEndian32(h + 8);
    const bool bigEndianWords = magic == kMagicBigEndian;
    std::array<std::uint32_t, 2> sums{0, 0};
    checksum(bigEndianWords, h, 24, sums);
    const bool pageSizeOk =
        pageSize >= 512 && pageSize <= 65536 && (pageSize & (pageSize - 1)) == 0;
    if ((magic != kMagicLittleEndian && magic != kMagicBigEndian) || !pageSizeOk ||
        sums[0] != bigEndian32(h + 24) || sums[1] != bigEndian32(h + 28)) {
        // SQLite ignores the whole file: every change in it is lost.
        result.damaged = true;
        return result;
    }
    result.pageSize = static_cast<int>(pageSize);
    const std::uint32_t salt1 = bigEndian32(h + 16);
    const std::uint32_t salt2 = bigEndian32(h + 20);
    const qint64 frameSize = kFrameHeaderSize + pageSize;
    // SQLite only ever writes whole frames: a tail shorter than one was cut.
    if ((result.size - kHeaderSize) % frameSize != 0)
        result.damaged = true;

    bool chainBroken = false;
    std::int64_t position = 0;
    std::int64_t lastCommit = 0;
    for (;;) {
        const QByteArray frame = file.read(frameSize);
        if (frame.size() < frameSize)
            break;
        const auto *f = reinterpret_cast<const unsigned char *>(frame.constData());
        ++position;
        const bool currentGeneration = bigEndian32(f + 8) == salt1 && bigEndian32(f + 12) == salt2;
        if (!currentGeneration)
            continue; // an older generation, left from before the journal was restarted
        if (chainBroken) {
            // A good-looking frame of this generation past a broken one: damage in between.
            result.damaged = true;
            break;
        }
        std::array<std::uint32_t, 2> next = sums;
        checksum(bigEndianWords, f, 8, next);
        checksum(bigEndianWords, f + kFrameHeaderSize, pageSize, next);
        if (next[0] != bigEndian32(f + 16) || next[1] != bigEndian32(f + 20)) {
            chainBroken = true;
            continue;
        }
        sums = next;
        ++result.validFrames;
        if (bigEndian32(f + 4) != 0) {
            ++result.commits;
            lastCommit = position;
        }
    }
    if (!result.damaged)
        return result;
    // Cut or broken after the last good commit: a writer killed while it wrote (a frame cut
    // in two; frames of a transaction that never committed, which SQLite rewrites in place
    // and re-chains only at the commit), or a journal cut short (copied while in use,
    // truncated). SQLite's index tells them apart: it knows the last committed frame, and a
    // killed writer's index points at one that is still whole here.
    QString shmPath = walPath;
    if (shmPath.endsWith(QStringLiteral("-wal")))
        shmPath.replace(shmPath.size() - 3, 3, QStringLiteral("shm"));
    const auto indexed = indexedLastFrame(shmPath, header.mid(16, 8));
    if (indexed && *indexed <= lastCommit) {
        result.damaged = false;
        result.interruptedWrite = true;
    }
    return result;
}

bool keepCopy(const QString &walPath, const QString &copyPath)
{
    QFile journal(walPath);
    if (!journal.open(QIODevice::ReadOnly))
        return false;
    const QString part = copyPath + QStringLiteral(".part");
    QFile::remove(part);
    {
        // Unbuffered, each write checked: a full disk must not pass for a copy.
        QFile copy(part);
        if (!copy.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return false;
        QCryptographicHash written(QCryptographicHash::Sha256);
        for (;;) {
            const QByteArray chunk = journal.read(1 << 20);
            if (chunk.isEmpty())
                break;
            written.addData(chunk);
            if (copy.write(chunk) != chunk.size()) {
                copy.close();
                QFile::remove(part);
                return false;
            }
        }
        const bool synced = ::fsync(copy.handle()) == 0;
        copy.close();
        // Read back: what the disk holds, not what was handed to it.
        QFile back(part);
        QCryptographicHash read(QCryptographicHash::Sha256);
        const bool same = synced && back.open(QIODevice::ReadOnly) && read.addData(&back) &&
                          back.size() == journal.size() && read.result() == written.result();
        if (!same) {
            QFile::remove(part);
            return false;
        }
    }
    QFile::remove(copyPath);
    if (!QFile::rename(part, copyPath)) {
        QFile::remove(part);
        return false;
    }
    return true;
}

} // namespace docket::wal
