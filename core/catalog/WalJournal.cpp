// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/WalJournal.h"

#include <QFile>

#include <array>

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
    for (;;) {
        const QByteArray frame = file.read(frameSize);
        if (frame.size() < frameSize)
            break;
        const auto *f = reinterpret_cast<const unsigned char *>(frame.constData());
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
        if (bigEndian32(f + 4) != 0)
            ++result.commits;
    }
    return result;
}

} // namespace docket::wal
