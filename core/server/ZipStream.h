// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QtGlobal>

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

class QFile;

// "Download all": a meeting's documents as one ZIP, produced while it is sent, in constant
// memory and without a copy on disk. The documents are PDFs and office files, compressed
// already, so every entry is STORED: its size in the archive is its size on disk, and the
// archive's length is known before a byte of it is read (Content-Length).
//
// Every entry has a data descriptor (general purpose bit 3) and a UTF-8 name (bit 11), and the
// local header's CRC and sizes are zero as bit 3 prescribes (libzip's consistency check refuses
// anything else there). The CRC is only ever written after the file's bytes, so the archive is
// the same byte for byte whether or not the CRCs were known when it started: a download begun
// without them can be resumed by a stream that knows them (HTTP Range, see seek()).
namespace docket {

struct ZipEntry
{
    QString name; // the path inside the archive, '/' between folders (see util/BundleNames)
    QString path; // the file on disk
    std::int64_t size = 0;
    QDateTime modified;           // local time in the DOS fields, clamped to 1980..2107
    std::optional<quint32> crc32; // from an earlier complete read of the same content
};

struct ZipStreamOptions
{
    // A size or offset at or above this takes ZIP64 (0xFFFFFFFF itself means "see the ZIP64
    // field"); lowered by the tests, which cannot write 4 GiB files.
    std::int64_t zip64Threshold = 0xFFFFFFFF;
};

// One stream per response, read by one thread at a time.
class ZipStream
{
public:
    explicit ZipStream(std::vector<ZipEntry> entries, ZipStreamOptions options = {});
    ~ZipStream();
    ZipStream(ZipStream &&) noexcept;
    ZipStream &operator=(ZipStream &&) noexcept;

    // The archive's exact length in bytes, from the names and declared sizes alone; -1 when an
    // entry cannot be written: a name that is not a relative file path (an empty, "." or ".."
    // segment, a leading or trailing '/', a backslash) or is longer than 65535 bytes of UTF-8,
    // a negative size. A stream of such entries fails at its first read().
    static std::int64_t totalSize(const std::vector<ZipEntry> &entries,
                                  ZipStreamOptions options = {});
    // ZIP64 is decided once for the whole archive, from the sizes, so that its length is known.
    static bool needsZip64(const std::vector<ZipEntry> &entries, ZipStreamOptions options = {});

    std::int64_t size() const { return m_size; }
    bool usesZip64() const { return m_zip64; }
    std::int64_t position() const { return m_position; }

    // The next bytes of the archive into `buffer` (at most `max`, `max` > 0): how many, 0 at the
    // end, -1 on an error (a file missing or unreadable, shorter or longer than its declared
    // size), after which it stays -1 and error() says why, naming the file.
    qint64 read(char *buffer, qint64 max);
    QString error() const { return m_error; }

    // Continues at `offset` (0 to size()). Only when every entry's CRC is known: then every byte
    // of the archive follows from the entries alone. False otherwise, or after an error.
    bool seek(std::int64_t offset);

    // Each entry's CRC-32, given or computed once its bytes have passed, for later streams.
    const std::vector<std::optional<quint32>> &crcs() const { return m_crcs; }

private:
    struct Entry;
    struct Segment;

    qint64 produceData(const Segment &segment, char *buffer, qint64 max);
    bool openFile(const Entry &entry, std::int64_t from);
    bool finishFile(std::size_t index);
    QByteArray generated(const Segment &segment) const;
    qint64 fail(const QString &why);

    std::vector<Entry> m_entries;
    std::vector<Segment> m_segments; // the archive in order: headers, data, descriptors...
    std::vector<std::optional<quint32>> m_crcs;
    bool m_zip64 = false;
    std::int64_t m_size = 0;
    std::int64_t m_centralOffset = 0;
    std::int64_t m_centralSize = 0;

    std::size_t m_segment = 0;     // the one being produced
    std::int64_t m_inSegment = 0;  // how far into it
    std::int64_t m_position = 0;   // in the archive
    std::unique_ptr<QFile> m_file; // the entry whose data is being read, one at a time
    bool m_computingCrc = false;
    quint32 m_runningCrc = 0;
    QByteArray m_generatedBytes; // the header being produced, built once per segment
    std::size_t m_generatedFor = static_cast<std::size_t>(-1);
    QString m_error;
};

// The CRC-32 of stored files, by content hash, learnt from the first complete download of each:
// the blob store never changes a file's content, so the next downloads know every CRC up front
// and can be resumed (see ZipStream::seek). Thread-safe, bounded; one per process.
class ZipCrcMemo
{
public:
    static ZipCrcMemo &global();
    std::optional<quint32> find(const QString &sha256) const;
    void keep(const QString &sha256, quint32 crc);
    static constexpr int kMaxKept = 100000; // 100 bytes each: 10 MB at worst, then forgotten

private:
    mutable std::mutex m_mutex;
    QHash<QString, quint32> m_crcs;
};

} // namespace docket
