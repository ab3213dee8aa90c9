// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/ZipStream.h"

#include <QByteArray>
#include <QFile>
#include <QList>

#include <algorithm>
#include <cstring>
#include <zlib.h>

namespace docket {

namespace {

// Record sizes and signatures from PKWARE's APPNOTE.TXT (6.3.10), section 4.3.
constexpr std::int64_t kLocalHeaderBytes = 30;
constexpr std::int64_t kZip64LocalExtraBytes = 4 + 8 + 8;
constexpr std::int64_t kDescriptorBytes = 4 + 4 + 4 + 4;
constexpr std::int64_t kZip64DescriptorBytes = 4 + 4 + 8 + 8;
constexpr std::int64_t kCentralHeaderBytes = 46;
constexpr std::int64_t kZip64CentralExtraBytes = 4 + 8 + 8 + 8;
constexpr std::int64_t kEndBytes = 22;
constexpr std::int64_t kZip64EndBytes = 56;
constexpr std::int64_t kZip64LocatorBytes = 20;

constexpr quint32 kLocalHeaderSignature = 0x04034b50;
constexpr quint32 kDescriptorSignature = 0x08074b50;
constexpr quint32 kCentralHeaderSignature = 0x02014b50;
constexpr quint32 kZip64EndSignature = 0x06064b50;
constexpr quint32 kZip64LocatorSignature = 0x07064b50;
constexpr quint32 kEndSignature = 0x06054b50;

constexpr quint16 kFlagDataDescriptor = 1 << 3;
constexpr quint16 kFlagUtf8Name = 1 << 11;
constexpr quint16 kFlags = kFlagDataDescriptor | kFlagUtf8Name;
constexpr quint16 kMethodStored = 0;
constexpr quint16 kZip64ExtraId = 0x0001;
// Version 2.0 reads a data descriptor, 4.5 ZIP64. "Made by" Unix (3), so that the permissions
// below are what unzip gives the extracted files, instead of whatever its umask leaves.
constexpr quint16 kVersionNeeded = 20;
constexpr quint16 kVersionNeededZip64 = 45;
constexpr quint16 kVersionMadeBy = (3 << 8) | 63;
constexpr quint32 kRegularFileReadable = 0100644u << 16;

constexpr quint16 kMax16 = 0xFFFF;
constexpr quint32 kMax32 = 0xFFFFFFFF;

std::int64_t localHeaderBytes(qsizetype nameBytes, bool zip64)
{
    return kLocalHeaderBytes + nameBytes + (zip64 ? kZip64LocalExtraBytes : 0);
}

std::int64_t descriptorBytes(bool zip64)
{
    return zip64 ? kZip64DescriptorBytes : kDescriptorBytes;
}

std::int64_t centralHeaderBytes(qsizetype nameBytes, bool zip64)
{
    return kCentralHeaderBytes + nameBytes + (zip64 ? kZip64CentralExtraBytes : 0);
}

std::int64_t endBytes(bool zip64)
{
    return kEndBytes + (zip64 ? kZip64EndBytes + kZip64LocatorBytes : 0);
}

// What unzip programs extract inside the folder they are given: no leading '/', no empty, "."
// or ".." segment, no backslash (a separator to some), and a file, not a folder.
bool isRelativeFilePath(const QByteArray &name)
{
    if (name.contains('\\'))
        return false;
    const QList<QByteArray> segments = name.split('/');
    return std::none_of(segments.begin(), segments.end(), [](const QByteArray &segment) {
        return segment.isEmpty() || segment == "." || segment == "..";
    });
}

// Where everything goes, from the names and sizes alone: what totalSize() promises and the
// stream then produces.
struct Plan
{
    QString invalid; // why the entries cannot make an archive; empty when they can
    bool zip64 = false;
    std::vector<QByteArray> names; // UTF-8
    std::vector<std::int64_t> localOffsets;
    std::int64_t centralOffset = 0;
    std::int64_t centralSize = 0;
    std::int64_t total = 0;
};

void layOut(const std::vector<ZipEntry> &entries, Plan &plan, bool zip64)
{
    plan.zip64 = zip64;
    std::int64_t offset = 0;
    plan.centralSize = 0;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        plan.localOffsets[i] = offset;
        offset += localHeaderBytes(plan.names[i].size(), zip64) + entries[i].size +
                  descriptorBytes(zip64);
        plan.centralSize += centralHeaderBytes(plan.names[i].size(), zip64);
    }
    plan.centralOffset = offset;
    plan.total = plan.centralOffset + plan.centralSize + endBytes(zip64);
}

Plan makePlan(const std::vector<ZipEntry> &entries, ZipStreamOptions options)
{
    Plan plan;
    plan.names.reserve(entries.size());
    for (const ZipEntry &entry : entries) {
        QByteArray name = entry.name.toUtf8();
        if (!isRelativeFilePath(name))
            plan.invalid =
                QStringLiteral("entry name \"%1\" is not a relative file path").arg(entry.name);
        else if (name.size() > kMax16)
            plan.invalid = QStringLiteral("entry name longer than 65535 bytes: \"%1...\"")
                               .arg(entry.name.left(40));
        else if (entry.size < 0)
            plan.invalid = QStringLiteral("entry \"%1\" has a negative size").arg(entry.name);
        if (!plan.invalid.isEmpty())
            return plan;
        plan.names.push_back(std::move(name));
    }
    plan.localOffsets.resize(entries.size());
    layOut(entries, plan, false);

    const std::int64_t threshold = options.zip64Threshold;
    bool overflows = entries.size() >= kMax16 || plan.centralOffset >= threshold ||
                     plan.centralSize >= threshold;
    for (std::size_t i = 0; i < entries.size() && !overflows; ++i)
        overflows = entries[i].size >= threshold || plan.localOffsets[i] >= threshold;
    if (overflows)
        layOut(entries, plan, true);
    return plan;
}

// Little-endian fields, as every number in a ZIP is.
class Fields
{
public:
    explicit Fields(std::int64_t reserve) { m_bytes.reserve(reserve); }
    Fields &u16(quint16 value) { return put(value, 2); }
    Fields &u32(quint32 value) { return put(value, 4); }
    Fields &u64(std::int64_t value) { return put(static_cast<quint64>(value), 8); }
    Fields &bytes(const QByteArray &bytes)
    {
        m_bytes.append(bytes);
        return *this;
    }
    QByteArray take() { return std::move(m_bytes); }

private:
    Fields &put(quint64 value, int width)
    {
        for (int i = 0; i < width; ++i)
            m_bytes.append(static_cast<char>((value >> (8 * i)) & 0xFF));
        return *this;
    }
    QByteArray m_bytes;
};

struct DosTime
{
    quint16 time = 0;
    quint16 date = (1 << 5) | 1; // 1980-01-01
};

DosTime dosTime(const QDateTime &modified)
{
    if (!modified.isValid())
        return {};
    const QDateTime local = modified.toLocalTime();
    QDate date = local.date();
    QTime time = local.time();
    if (date.year() < 1980)
        return {};
    if (date.year() > 2107) {
        date = QDate(2107, 12, 31);
        time = QTime(23, 59, 58);
    }
    DosTime dos;
    dos.date = static_cast<quint16>(((date.year() - 1980) << 9) | (date.month() << 5) | date.day());
    dos.time =
        static_cast<quint16>((time.hour() << 11) | (time.minute() << 5) | (time.second() / 2));
    return dos;
}

} // namespace

struct ZipStream::Entry
{
    QByteArray name;
    QString displayName;
    QString path;
    std::int64_t size = 0;
    DosTime modified;
    std::int64_t localOffset = 0;
};

struct ZipStream::Segment
{
    enum class Kind
    {
        LocalHeader,
        Data,
        Descriptor,
        CentralHeader,
        End
    };
    Kind kind = Kind::End;
    std::size_t entry = 0;
    std::int64_t start = 0;
    std::int64_t length = 0;
};

ZipStream::ZipStream(std::vector<ZipEntry> entries, ZipStreamOptions options)
{
    Plan plan = makePlan(entries, options);
    if (!plan.invalid.isEmpty()) {
        m_error = plan.invalid;
        m_size = -1;
        return;
    }
    m_zip64 = plan.zip64;
    m_size = plan.total;
    m_centralOffset = plan.centralOffset;
    m_centralSize = plan.centralSize;

    m_entries.reserve(entries.size());
    m_crcs.reserve(entries.size());
    m_segments.reserve(4 * entries.size() + 1);
    std::int64_t offset = 0;
    auto addSegment = [&](Segment::Kind kind, std::size_t entry, std::int64_t length) {
        m_segments.push_back({kind, entry, offset, length});
        offset += length;
    };
    for (std::size_t i = 0; i < entries.size(); ++i) {
        ZipEntry &in = entries[i];
        m_entries.push_back({std::move(plan.names[i]), in.name, std::move(in.path), in.size,
                             dosTime(in.modified), plan.localOffsets[i]});
        m_crcs.push_back(in.crc32);
        addSegment(Segment::Kind::LocalHeader, i,
                   localHeaderBytes(m_entries[i].name.size(), m_zip64));
        addSegment(Segment::Kind::Data, i, in.size);
        addSegment(Segment::Kind::Descriptor, i, descriptorBytes(m_zip64));
    }
    for (std::size_t i = 0; i < m_entries.size(); ++i)
        addSegment(Segment::Kind::CentralHeader, i,
                   centralHeaderBytes(m_entries[i].name.size(), m_zip64));
    addSegment(Segment::Kind::End, 0, endBytes(m_zip64));
}

ZipStream::~ZipStream() = default;
ZipStream::ZipStream(ZipStream &&) noexcept = default;
ZipStream &ZipStream::operator=(ZipStream &&) noexcept = default;

std::int64_t ZipStream::totalSize(const std::vector<ZipEntry> &entries, ZipStreamOptions options)
{
    const Plan plan = makePlan(entries, options);
    return plan.invalid.isEmpty() ? plan.total : -1;
}

bool ZipStream::needsZip64(const std::vector<ZipEntry> &entries, ZipStreamOptions options)
{
    return makePlan(entries, options).zip64;
}

qint64 ZipStream::read(char *buffer, qint64 max)
{
    if (!m_error.isEmpty())
        return -1;
    qint64 written = 0;
    while (written < max && m_segment < m_segments.size()) {
        const Segment &segment = m_segments[m_segment];
        qint64 produced = 0;
        if (segment.kind == Segment::Kind::Data) {
            produced = produceData(segment, buffer + written, max - written);
            if (produced < 0)
                return -1;
        } else {
            if (m_generatedFor != m_segment) {
                const bool needsCrc = segment.kind == Segment::Kind::Descriptor ||
                                      segment.kind == Segment::Kind::CentralHeader;
                if (needsCrc && !m_crcs[segment.entry])
                    return fail(QStringLiteral("no CRC for \"%1\" where it is written")
                                    .arg(m_entries[segment.entry].displayName));
                m_generatedBytes = generated(segment);
                m_generatedFor = m_segment;
            }
            produced = std::min<qint64>(segment.length - m_inSegment, max - written);
            std::memcpy(buffer + written, m_generatedBytes.constData() + m_inSegment,
                        static_cast<std::size_t>(produced));
        }
        written += produced;
        m_inSegment += produced;
        m_position += produced;
        if (m_inSegment == segment.length) {
            ++m_segment;
            m_inSegment = 0;
        }
    }
    return written;
}

bool ZipStream::seek(std::int64_t offset)
{
    if (!m_error.isEmpty() || offset < 0 || offset > m_size)
        return false;
    if (std::any_of(m_crcs.begin(), m_crcs.end(), [](const auto &crc) { return !crc; }))
        return false;
    m_file.reset();
    const auto found =
        std::partition_point(m_segments.begin(), m_segments.end(),
                             [offset](const Segment &s) { return s.start + s.length <= offset; });
    m_segment = static_cast<std::size_t>(found - m_segments.begin());
    m_inSegment = found == m_segments.end() ? 0 : offset - found->start;
    m_position = offset;
    return true;
}

qint64 ZipStream::produceData(const Segment &segment, char *buffer, qint64 max)
{
    const Entry &entry = m_entries[segment.entry];
    if (!m_file) {
        if (!openFile(entry, m_inSegment))
            return -1;
        // Unknown CRCs forbid seek(), so an unknown one is always computed from the start.
        m_computingCrc = !m_crcs[segment.entry];
        m_runningCrc = static_cast<quint32>(::crc32(0L, Z_NULL, 0));
    }
    const qint64 wanted = std::min<qint64>(segment.length - m_inSegment, max);
    qint64 got = 0;
    while (got < wanted) {
        const qint64 n = m_file->read(buffer + got, wanted - got);
        if (n < 0)
            return fail(QStringLiteral("cannot read \"%1\" (%2): %3")
                            .arg(entry.path, entry.displayName, m_file->errorString()));
        if (n == 0)
            return fail(QStringLiteral("\"%1\" (%2) ended after %3 of its %4 bytes")
                            .arg(entry.path, entry.displayName)
                            .arg(m_inSegment + got)
                            .arg(entry.size));
        got += n;
    }
    if (m_computingCrc)
        m_runningCrc = static_cast<quint32>(::crc32_z(
            m_runningCrc, reinterpret_cast<const Bytef *>(buffer), static_cast<z_size_t>(got)));
    if (m_inSegment + got == segment.length && !finishFile(segment.entry))
        return -1;
    return got;
}

bool ZipStream::openFile(const Entry &entry, std::int64_t from)
{
    m_file = std::make_unique<QFile>(entry.path);
    // Unbuffered: the bytes go from the file straight into the caller's buffer.
    if (!m_file->open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        fail(QStringLiteral("cannot open \"%1\" (%2): %3")
                 .arg(entry.path, entry.displayName, m_file->errorString()));
        return false;
    }
    if (m_file->size() != entry.size) {
        fail(QStringLiteral("\"%1\" (%2) has %3 bytes, not the %4 it had when the archive was "
                            "planned")
                 .arg(entry.path, entry.displayName)
                 .arg(m_file->size())
                 .arg(entry.size));
        return false;
    }
    if (from > 0 && !m_file->seek(from)) {
        fail(QStringLiteral("cannot seek in \"%1\" (%2): %3")
                 .arg(entry.path, entry.displayName, m_file->errorString()));
        return false;
    }
    return true;
}

bool ZipStream::finishFile(std::size_t index)
{
    const Entry &entry = m_entries[index];
    // A file that grew while it was read: its declared size went out in the headers already.
    char probe = 0;
    const qint64 more = m_file->read(&probe, 1);
    if (more != 0) {
        fail(more < 0 ? QStringLiteral("cannot read \"%1\" (%2): %3")
                            .arg(entry.path, entry.displayName, m_file->errorString())
                      : QStringLiteral("\"%1\" (%2) grew past its %3 bytes while it was read")
                            .arg(entry.path, entry.displayName)
                            .arg(entry.size));
        return false;
    }
    if (m_computingCrc)
        m_crcs[index] = m_runningCrc;
    m_computingCrc = false;
    m_file.reset();
    return true;
}

QByteArray ZipStream::generated(const Segment &segment) const
{
    const quint16 versionNeeded = m_zip64 ? kVersionNeededZip64 : kVersionNeeded;
    Fields out(segment.length);
    switch (segment.kind) {
    case Segment::Kind::LocalHeader: {
        const Entry &entry = m_entries[segment.entry];
        // Bit 3: CRC and sizes are zero here and follow the data, in the descriptor. With
        // ZIP64 the sizes say "see the extra field", which holds those zeros.
        const quint32 sizes = m_zip64 ? kMax32 : 0;
        out.u32(kLocalHeaderSignature).u16(versionNeeded).u16(kFlags).u16(kMethodStored);
        out.u16(entry.modified.time).u16(entry.modified.date);
        out.u32(0).u32(sizes).u32(sizes);
        out.u16(static_cast<quint16>(entry.name.size()));
        out.u16(m_zip64 ? kZip64LocalExtraBytes : 0);
        out.bytes(entry.name);
        if (m_zip64)
            out.u16(kZip64ExtraId).u16(kZip64LocalExtraBytes - 4).u64(0).u64(0);
        break;
    }
    case Segment::Kind::Data:
        break;
    case Segment::Kind::Descriptor: {
        const Entry &entry = m_entries[segment.entry];
        out.u32(kDescriptorSignature).u32(*m_crcs[segment.entry]);
        if (m_zip64)
            out.u64(entry.size).u64(entry.size);
        else
            out.u32(static_cast<quint32>(entry.size)).u32(static_cast<quint32>(entry.size));
        break;
    }
    case Segment::Kind::CentralHeader: {
        const Entry &entry = m_entries[segment.entry];
        const quint32 size = m_zip64 ? kMax32 : static_cast<quint32>(entry.size);
        out.u32(kCentralHeaderSignature).u16(kVersionMadeBy).u16(versionNeeded);
        out.u16(kFlags).u16(kMethodStored).u16(entry.modified.time).u16(entry.modified.date);
        out.u32(*m_crcs[segment.entry]).u32(size).u32(size);
        out.u16(static_cast<quint16>(entry.name.size()));
        out.u16(m_zip64 ? kZip64CentralExtraBytes : 0);
        out.u16(0).u16(0).u16(0); // comment length, disk number, internal attributes
        out.u32(kRegularFileReadable);
        out.u32(m_zip64 ? kMax32 : static_cast<quint32>(entry.localOffset));
        out.bytes(entry.name);
        if (m_zip64)
            out.u16(kZip64ExtraId)
                .u16(kZip64CentralExtraBytes - 4)
                .u64(entry.size)
                .u64(entry.size)
                .u64(entry.localOffset);
        break;
    }
    case Segment::Kind::End: {
        const auto count = static_cast<std::int64_t>(m_entries.size());
        if (m_zip64) {
            const std::int64_t zip64EndOffset = m_centralOffset + m_centralSize;
            out.u32(kZip64EndSignature).u64(kZip64EndBytes - 12);
            out.u16(kVersionMadeBy).u16(kVersionNeededZip64).u32(0).u32(0);
            out.u64(count).u64(count).u64(m_centralSize).u64(m_centralOffset);
            out.u32(kZip64LocatorSignature).u32(0).u64(zip64EndOffset).u32(1);
        }
        // With ZIP64 every field of the classic record says "see the ZIP64 record".
        const quint16 count16 = m_zip64 ? kMax16 : static_cast<quint16>(count);
        out.u32(kEndSignature).u16(0).u16(0).u16(count16).u16(count16);
        out.u32(m_zip64 ? kMax32 : static_cast<quint32>(m_centralSize));
        out.u32(m_zip64 ? kMax32 : static_cast<quint32>(m_centralOffset));
        out.u16(0); // comment length
        break;
    }
    }
    return out.take();
}

qint64 ZipStream::fail(const QString &why)
{
    m_error = why;
    m_file.reset();
    return -1;
}

ZipCrcMemo &ZipCrcMemo::global()
{
    static ZipCrcMemo memo;
    return memo;
}

std::optional<quint32> ZipCrcMemo::find(const QString &sha256) const
{
    const std::lock_guard lock(m_mutex);
    const auto it = m_crcs.constFind(sha256);
    if (it == m_crcs.constEnd())
        return std::nullopt;
    return *it;
}

void ZipCrcMemo::keep(const QString &sha256, quint32 crc)
{
    const std::lock_guard lock(m_mutex);
    if (m_crcs.size() >= kMaxKept)
        m_crcs.clear();
    m_crcs.insert(sha256, crc);
}

} // namespace docket
