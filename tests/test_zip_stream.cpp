// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/ZipStream.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <zip.h>
#include <zlib.h>

using namespace docket;

namespace {

// Bytes that no compressor would shrink, like the PDFs the archive carries; the same for a seed.
QByteArray noise(qsizetype size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = static_cast<char>(random.bounded(256));
    return bytes;
}

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

quint32 zlibCrc(const QByteArray &bytes)
{
    return static_cast<quint32>(::crc32(::crc32(0L, Z_NULL, 0),
                                        reinterpret_cast<const Bytef *>(bytes.constData()),
                                        static_cast<uInt>(bytes.size())));
}

// A meeting's documents on disk, as the server would list them.
struct Documents
{
    QTemporaryDir dir;
    std::vector<ZipEntry> entries;
    std::vector<QByteArray> contents;

    QString add(const QString &name, const QByteArray &bytes,
                const QDateTime &modified = QDateTime(QDate(2026, 3, 15), QTime(14, 30, 42)))
    {
        const QString path = dir.filePath(QStringLiteral("blob-%1").arg(entries.size()));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write(bytes) == bytes.size());
        entries.push_back({name, path, bytes.size(), modified, std::nullopt});
        contents.push_back(bytes);
        return path;
    }

    std::vector<ZipEntry> withCrcs(const std::vector<std::optional<quint32>> &crcs) const
    {
        std::vector<ZipEntry> known = entries;
        for (std::size_t i = 0; i < known.size(); ++i)
            known[i].crc32 = crcs[i];
        return known;
    }
};

Documents meeting()
{
    Documents docs;
    docs.add(QStringLiteral("01 Báo cáo chính trị/Báo cáo tổng kết năm 2026.pdf"),
             noise(150000, 1));
    docs.add(QStringLiteral("01 Báo cáo chính trị/Tờ trình.docx"), noise(70001, 2));
    docs.add(QStringLiteral("02 Nghị quyết/Dự thảo nghị quyết.pdf"), noise(4096, 3));
    docs.add(QStringLiteral("02 Nghị quyết/Phụ lục trống.txt"), QByteArray());
    docs.add(QStringLiteral("Danh sách đại biểu.xlsx"), noise(1, 4));
    return docs;
}

// The whole stream, `chunk` bytes at a time; fails the test on an error.
QByteArray drain(ZipStream &stream, qint64 chunk)
{
    QByteArray all;
    std::vector<char> buffer(static_cast<std::size_t>(chunk));
    for (;;) {
        const qint64 n = stream.read(buffer.data(), chunk);
        if (n < 0)
            FAIL("the stream failed: " << stream.error().toStdString());
        if (n > chunk)
            FAIL("read " << n << " bytes into a buffer of " << chunk);
        if (n == 0)
            return all;
        all.append(buffer.data(), n);
    }
}

// Reads until the stream fails; what it says then.
QString failure(ZipStream &stream, qint64 chunk = 4096)
{
    std::vector<char> buffer(static_cast<std::size_t>(chunk));
    qint64 n = 0;
    while ((n = stream.read(buffer.data(), chunk)) > 0) {
    }
    REQUIRE(n == -1);
    REQUIRE(stream.read(buffer.data(), chunk) == -1); // and stays failed
    return stream.error();
}

void skip(ZipStream &stream, std::int64_t bytes)
{
    std::vector<char> buffer(1000);
    for (std::int64_t done = 0; done < bytes;) {
        const qint64 n = stream.read(buffer.data(), std::min<qint64>(1000, bytes - done));
        REQUIRE(n > 0);
        done += n;
    }
}

QString saved(const QTemporaryDir &dir, const QByteArray &archive)
{
    const QString path = dir.filePath(QStringLiteral("archive.zip"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(archive) == archive.size());
    return path;
}

struct Unzipped
{
    QString name;
    QByteArray bytes;
};

// libzip, checking that every local header agrees with the central directory, and the CRC of
// every entry it reads to the end.
std::vector<Unzipped> readWithLibzip(const QString &path)
{
    int error = 0;
    zip_t *archive =
        zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &error);
    INFO("libzip error " << error);
    REQUIRE(archive);
    std::vector<Unzipped> entries;
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        const auto index = static_cast<zip_uint64_t>(i);
        zip_stat_t stat;
        REQUIRE(zip_stat_index(archive, index, 0, &stat) == 0);
        zip_file_t *file = zip_fopen_index(archive, index, 0);
        REQUIRE(file);
        QByteArray bytes(static_cast<qsizetype>(stat.size), Qt::Uninitialized);
        const zip_int64_t got = zip_fread(file, bytes.data(), stat.size);
        char beyond = 0;
        const zip_int64_t more = zip_fread(file, &beyond, 1); // the end, where the CRC is checked
        INFO(zip_error_strerror(zip_file_get_error(file)));
        CHECK(got == static_cast<zip_int64_t>(stat.size));
        CHECK(more == 0);
        zip_fclose(file);
        entries.push_back(
            {QString::fromUtf8(zip_get_name(archive, index, ZIP_FL_ENC_STRICT)), bytes});
    }
    zip_discard(archive);
    return entries;
}

void requireSameDocuments(const std::vector<Unzipped> &unzipped, const Documents &docs)
{
    REQUIRE(unzipped.size() == docs.entries.size());
    for (std::size_t i = 0; i < unzipped.size(); ++i) {
        CHECK(unzipped[i].name == docs.entries[i].name);
        CHECK(sha256(unzipped[i].bytes) == sha256(docs.contents[i]));
    }
}

struct Run
{
    int exitCode = -1;
    QByteArray output;
};

Run run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    INFO(program.toStdString() << " could not be started");
    REQUIRE(process.waitForStarted(10000));
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), process.readAll()};
}

void requireUnzipAccepts(const QString &path)
{
    const Run tested = run(QStringLiteral("unzip"), {QStringLiteral("-t"), path});
    INFO(tested.output.toStdString());
    CHECK(tested.exitCode == 0);
    CHECK(tested.output.contains("No errors detected"));
}

void requirePythonAccepts(const QString &path)
{
    const Run tested =
        run(QStringLiteral("python3"),
            {QStringLiteral("-m"), QStringLiteral("zipfile"), QStringLiteral("-t"), path});
    INFO(tested.output.toStdString());
    CHECK(tested.exitCode == 0);
    CHECK(tested.output.contains("Done testing"));
}

// What Python's zipfile reads from the central directory: name, date and time, CRC, size, flags.
QJsonArray pythonListing(const QString &path)
{
    const QString script = QStringLiteral(
        "import json, sys, zipfile\n"
        "with zipfile.ZipFile(sys.argv[1]) as z:\n"
        "    print(json.dumps([[i.filename, list(i.date_time), i.CRC, i.file_size, i.flag_bits,"
        " i.compress_type] for i in z.infolist()]))\n");
    const Run listed = run(QStringLiteral("python3"), {QStringLiteral("-c"), script, path});
    INFO(listed.output.toStdString());
    REQUIRE(listed.exitCode == 0);
    const QJsonDocument json = QJsonDocument::fromJson(listed.output);
    REQUIRE(json.isArray());
    return json.array();
}

std::vector<qint64> chunkSizes()
{
    return {1, 7, 4096, 65536 + 3};
}

} // namespace

TEST_CASE("A meeting's documents stream as a ZIP that libzip, unzip and Python read", "[zip]")
{
    const Documents docs = meeting();
    ZipStream stream(docs.entries);
    REQUIRE_FALSE(stream.usesZip64());
    const QByteArray archive = drain(stream, 65536);
    CHECK(archive.size() == ZipStream::totalSize(docs.entries));
    CHECK(archive.size() == stream.size());
    const QString path = saved(docs.dir, archive);

    requireSameDocuments(readWithLibzip(path), docs);
    requireUnzipAccepts(path);
    requirePythonAccepts(path);

    const QJsonArray listing = pythonListing(path);
    REQUIRE(listing.size() == 5);
    for (qsizetype i = 0; i < listing.size(); ++i) {
        const QJsonArray entry = listing[i].toArray();
        CHECK(entry[0].toString() == docs.entries[static_cast<std::size_t>(i)].name);
        CHECK(entry[1].toArray() == QJsonArray({2026, 3, 15, 14, 30, 42}));
        CHECK(entry[2].toInteger() == zlibCrc(docs.contents[static_cast<std::size_t>(i)]));
        CHECK(entry[3].toInteger() == docs.contents[static_cast<std::size_t>(i)].size());
        CHECK(entry[4].toInt() == 0x0808); // data descriptor, UTF-8 name
        CHECK(entry[5].toInt() == 0);      // stored
    }

    // Extracted, the folders and the Vietnamese names are on disk as they were given.
    const QString out = docs.dir.filePath(QStringLiteral("out"));
    const Run extracted =
        run(QStringLiteral("unzip"), {QStringLiteral("-q"), path, QStringLiteral("-d"), out});
    INFO(extracted.output.toStdString());
    REQUIRE(extracted.exitCode == 0);
    for (std::size_t i = 0; i < docs.entries.size(); ++i) {
        QFile file(QDir(out).filePath(docs.entries[i].name));
        INFO(docs.entries[i].name.toStdString());
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(sha256(file.readAll()) == sha256(docs.contents[i]));
    }
}

TEST_CASE("The bytes do not depend on how much is read at a time", "[zip]")
{
    const Documents docs = meeting();
    ZipStream reference(docs.entries);
    const QByteArray expected = drain(reference, 65536);
    REQUIRE(expected.size() == ZipStream::totalSize(docs.entries));
    for (const qint64 chunk : chunkSizes()) {
        INFO("chunk " << chunk);
        ZipStream stream(docs.entries);
        const QByteArray bytes = drain(stream, chunk);
        CHECK(bytes.size() == ZipStream::totalSize(docs.entries));
        CHECK(bytes == expected);
        CHECK(stream.position() == bytes.size());
        char after = 0;
        CHECK(stream.read(&after, 1) == 0);
    }
}

TEST_CASE("The CRCs are computed as the files pass, and known ones are taken as given", "[zip]")
{
    const Documents docs = meeting();
    ZipStream stream(docs.entries);
    for (const auto &crc : stream.crcs())
        CHECK_FALSE(crc);
    const QByteArray withoutCrcs = drain(stream, 4096);
    REQUIRE(stream.crcs().size() == docs.contents.size());
    for (std::size_t i = 0; i < docs.contents.size(); ++i) {
        REQUIRE(stream.crcs()[i]);
        CHECK(*stream.crcs()[i] == zlibCrc(docs.contents[i]));
    }
    CHECK(*stream.crcs()[3] == 0); // the empty file

    SECTION("a stream that knows them gives the same archive")
    {
        ZipStream known(docs.withCrcs(stream.crcs()));
        CHECK(drain(known, 7) == withoutCrcs);
    }
    SECTION("a known CRC is trusted, not computed again")
    {
        std::vector<std::optional<quint32>> crcs = stream.crcs();
        crcs[0] = *crcs[0] ^ 0x5A5A5A5A;
        ZipStream trusting(docs.withCrcs(crcs));
        const QByteArray archive = drain(trusting, 4096);
        CHECK(trusting.crcs() == crcs);
        CHECK(archive != withoutCrcs);
        const Run tested =
            run(QStringLiteral("unzip"), {QStringLiteral("-t"), saved(docs.dir, archive)});
        CHECK(tested.exitCode != 0);
        CHECK(tested.output.contains("bad CRC"));
    }
}

TEST_CASE("An archive without documents is an empty ZIP", "[zip]")
{
    QTemporaryDir dir;
    ZipStream stream({});
    const QByteArray archive = drain(stream, 7);
    CHECK(archive.size() == 22);
    CHECK(ZipStream::totalSize({}) == 22);
    CHECK(archive.startsWith(QByteArray("PK\x05\x06", 4)));
    const QString path = saved(dir, archive);
    CHECK(readWithLibzip(path).empty());
    requirePythonAccepts(path);
    CHECK(pythonListing(path).isEmpty());
    CHECK(stream.seek(0)); // no CRC is missing
    CHECK(drain(stream, 100) == archive);
}

TEST_CASE("A file that is missing or changed size stops the stream", "[zip]")
{
    Documents docs = meeting();
    const ZipEntry &changed = docs.entries[1];

    SECTION("missing")
    {
        REQUIRE(QFile::remove(changed.path));
        ZipStream stream(docs.entries);
        const QString why = failure(stream);
        CHECK(why.contains(changed.path));
        CHECK(why.contains(changed.name));
    }
    SECTION("shorter than declared")
    {
        REQUIRE(QFile::resize(changed.path, changed.size - 1));
        ZipStream stream(docs.entries);
        const QString why = failure(stream, 7);
        CHECK(why.contains(changed.path));
        CHECK(why.contains(QString::number(changed.size)));
    }
    SECTION("longer than declared")
    {
        QFile file(changed.path);
        REQUIRE(file.open(QIODevice::Append));
        REQUIRE(file.write("x", 1) == 1);
        file.close();
        ZipStream stream(docs.entries);
        const QString why = failure(stream, 65536 + 3);
        CHECK(why.contains(changed.path));
        CHECK(why.contains(QString::number(changed.size + 1)));
    }
    SECTION("a declared empty file that is not")
    {
        QFile file(docs.entries[3].path);
        REQUIRE(file.open(QIODevice::Append));
        REQUIRE(file.write("x", 1) == 1);
        file.close();
        ZipStream stream(docs.entries);
        CHECK(failure(stream).contains(docs.entries[3].path));
    }
    SECTION("cut while it is read")
    {
        ZipStream stream(docs.entries);
        // Into the second file's data: the first file and the second's header are out.
        skip(stream, docs.entries[0].size + 1000);
        REQUIRE(QFile::resize(changed.path, 100));
        const QString why = failure(stream);
        CHECK(why.contains(changed.path));
        CHECK(why.contains(QStringLiteral("ended")));
    }
    SECTION("grown while it is read")
    {
        ZipStream stream(docs.entries);
        skip(stream, docs.entries[0].size + 1000);
        QFile file(changed.path);
        REQUIRE(file.open(QIODevice::Append));
        REQUIRE(file.write("more") == 4);
        file.close();
        const QString why = failure(stream);
        CHECK(why.contains(changed.path));
        CHECK(why.contains(QStringLiteral("grew")));
    }
}

TEST_CASE("Entries that cannot be written are refused before anything is read", "[zip]")
{
    Documents docs;
    docs.add(QStringLiteral("ok.pdf"), noise(10, 5));
    for (const QString &bad :
         {QStringLiteral("../evil.pdf"), QStringLiteral("/etc/passwd"), QStringLiteral("a//b"),
          QStringLiteral("a\\b"), QStringLiteral("folder/"), QString(), QStringLiteral("./x")}) {
        INFO(bad.toStdString());
        std::vector<ZipEntry> entries = docs.entries;
        entries[0].name = bad;
        CHECK(ZipStream::totalSize(entries) == -1);
        ZipStream stream(entries);
        char byte = 0;
        CHECK(stream.read(&byte, 1) == -1);
        CHECK_FALSE(stream.error().isEmpty());
    }
    std::vector<ZipEntry> negative = docs.entries;
    negative[0].size = -1;
    CHECK(ZipStream::totalSize(negative) == -1);
}

TEST_CASE("ZIP64 is used when a size or offset reaches the threshold", "[zip]")
{
    SECTION("declared sizes alone decide it, with the real threshold")
    {
        auto sized = [](std::int64_t size) {
            return ZipEntry{
                QStringLiteral("big.mp4"), QStringLiteral("/nonexistent"), size, {}, std::nullopt};
        };
        CHECK_FALSE(ZipStream::needsZip64({sized(100)}));
        CHECK(ZipStream::needsZip64({sized(std::int64_t(1) << 32)}));
        // The file fits, the central directory's offset after it does not.
        CHECK(ZipStream::needsZip64({sized(0xFFFFFFFF - 20)}));
        CHECK(ZipStream::totalSize({sized(std::int64_t(5) << 30)}) ==
              (30 + 7 + 20) + (std::int64_t(5) << 30) + 24 + (46 + 7 + 28) + 56 + 20 + 22);
        CHECK(ZipStream::totalSize({sized(100)}) == (30 + 7) + 100 + 16 + (46 + 7) + 22);

        std::vector<ZipEntry> many(65534, sized(0));
        CHECK_FALSE(ZipStream::needsZip64(many));
        many.push_back(sized(0));
        CHECK(ZipStream::needsZip64(many)); // 65535 entries: the count field's "see ZIP64"
    }
    SECTION("forced by a low threshold, read by libzip, unzip and Python")
    {
        const Documents docs = meeting();
        const ZipStreamOptions options{1000};
        REQUIRE(ZipStream::needsZip64(docs.entries, options));
        ZipStream stream(docs.entries, options);
        REQUIRE(stream.usesZip64());
        const QByteArray archive = drain(stream, 4096);
        CHECK(archive.size() == ZipStream::totalSize(docs.entries, options));
        CHECK(archive.size() > ZipStream::totalSize(docs.entries));
        CHECK(archive.contains(QByteArray("PK\x06\x06", 4))); // ZIP64 end of central directory
        CHECK(archive.contains(QByteArray("PK\x06\x07", 4))); // and its locator
        for (const qint64 chunk : chunkSizes()) {
            ZipStream again(docs.entries, options);
            CHECK(drain(again, chunk) == archive);
        }
        const QString path = saved(docs.dir, archive);
        requireSameDocuments(readWithLibzip(path), docs);
        requireUnzipAccepts(path);
        requirePythonAccepts(path);
        const QJsonArray listing = pythonListing(path);
        REQUIRE(listing.size() == 5);
        CHECK(listing[0].toArray()[3].toInteger() == 150000);
        CHECK(listing[4].toArray()[0].toString() == QStringLiteral("Danh sách đại biểu.xlsx"));
    }
    SECTION("only the offsets reach it")
    {
        Documents docs;
        for (int i = 0; i < 4; ++i)
            docs.add(QStringLiteral("Tài liệu %1.pdf").arg(i + 1), noise(400, 10 + i));
        const ZipStreamOptions options{1000};
        REQUIRE(ZipStream::needsZip64(docs.entries, options));
        ZipStream stream(docs.entries, options);
        const QString path = saved(docs.dir, drain(stream, 7));
        requireSameDocuments(readWithLibzip(path), docs);
        requirePythonAccepts(path);
        requireUnzipAccepts(path);
    }
    SECTION("every entry's CRC known, it seeks like the classic format")
    {
        const Documents docs = meeting();
        const ZipStreamOptions options{1000};
        ZipStream first(docs.entries, options);
        const QByteArray archive = drain(first, 65536);
        ZipStream known(docs.withCrcs(first.crcs()), options);
        const std::vector<std::int64_t> offsets = {1, archive.size() - 100, 150100};
        for (const std::int64_t offset : offsets) {
            REQUIRE(known.seek(offset));
            CHECK(drain(known, 4096) == archive.mid(offset));
        }
    }
}

TEST_CASE("seek() needs every CRC, and then gives the bytes of the sequential stream", "[zip]")
{
    const Documents docs = meeting();
    ZipStream sequential(docs.entries);
    CHECK_FALSE(sequential.seek(0));
    CHECK_FALSE(sequential.seek(100));
    const QByteArray archive = drain(sequential, 65536);

    SECTION("refused while one CRC is missing")
    {
        std::vector<std::optional<quint32>> crcs = sequential.crcs();
        crcs[2].reset();
        ZipStream partly(docs.withCrcs(crcs));
        CHECK_FALSE(partly.seek(0));
        CHECK_FALSE(partly.seek(archive.size() - 1));
        CHECK(drain(partly, 4096) == archive); // still streams from the start
    }
    SECTION("allowed once the stream has computed them all")
    {
        REQUIRE(sequential.seek(0));
        CHECK(drain(sequential, 7) == archive);
    }
    SECTION("every kind of place, and random ones")
    {
        ZipStream known(docs.withCrcs(sequential.crcs()));
        CHECK_FALSE(known.seek(-1));
        CHECK_FALSE(known.seek(archive.size() + 1));
        REQUIRE(known.seek(archive.size()));
        char byte = 0;
        CHECK(known.read(&byte, 1) == 0);

        // Where the records are, from the format's sizes; their signatures say they are there.
        auto nameBytes = [&](std::size_t i) {
            return docs.entries[i].name.toUtf8().size();
        };
        const qsizetype firstName = 30;
        const qsizetype descriptor = 30 + nameBytes(0) + docs.entries[0].size;
        const qsizetype secondFile = descriptor + 16;
        const qsizetype end = archive.size() - 22;
        qsizetype central = end;
        for (std::size_t i = 0; i < docs.entries.size(); ++i)
            central -= 46 + nameBytes(i);
        CHECK(archive.mid(descriptor, 4) == QByteArray("PK\x07\x08", 4));
        CHECK(archive.mid(secondFile, 4) == QByteArray("PK\x03\x04", 4));
        CHECK(archive.mid(central, 4) == QByteArray("PK\x01\x02", 4));
        CHECK(archive.mid(end, 4) == QByteArray("PK\x05\x06", 4));
        std::vector<std::int64_t> offsets = {0,          1,
                                             firstName,  firstName + 5,
                                             descriptor, descriptor + 3,
                                             secondFile, secondFile + 40,
                                             central,    central + 45,
                                             end,        end + 21};
        QRandomGenerator random(42);
        for (int i = 0; i < 40; ++i)
            offsets.push_back(random.bounded(static_cast<qint64>(archive.size())));
        for (const std::int64_t offset : offsets) {
            INFO("offset " << offset);
            REQUIRE(known.seek(offset));
            CHECK(known.position() == offset);
            const qint64 length = std::min<qint64>(20000, archive.size() - offset);
            QByteArray part(length, Qt::Uninitialized);
            qint64 got = 0;
            while (got < length) {
                const qint64 n =
                    known.read(part.data() + got, std::min<qint64>(4093, length - got));
                REQUIRE(n > 0);
                got += n;
            }
            CHECK(part == archive.mid(offset, length));
        }
        REQUIRE(known.seek(secondFile + 40));
        CHECK(drain(known, 65536 + 3) == archive.mid(secondFile + 40));
    }
    SECTION("a resumed download is the same file as one read in one go")
    {
        ZipStream interrupted(docs.entries);
        QByteArray received(100000, Qt::Uninitialized);
        REQUIRE(interrupted.read(received.data(), received.size()) == received.size());
        ZipStream resumed(docs.withCrcs(sequential.crcs()));
        REQUIRE(resumed.seek(received.size()));
        received += drain(resumed, 4096);
        CHECK(received == archive);
        requireSameDocuments(readWithLibzip(saved(docs.dir, received)), docs);
    }
}

TEST_CASE("DOS times are local time, clamped to what the format can say", "[zip]")
{
    Documents docs;
    docs.add(QStringLiteral("old.pdf"), noise(10, 6), QDateTime(QDate(1970, 1, 1), QTime(0, 0)));
    docs.add(QStringLiteral("future.pdf"), noise(10, 7),
             QDateTime(QDate(2200, 6, 1), QTime(12, 0)));
    docs.add(QStringLiteral("unknown.pdf"), noise(10, 8), QDateTime());
    docs.add(QStringLiteral("odd second.pdf"), noise(10, 9),
             QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59)));
    const QDateTime utc(QDate(2025, 7, 1), QTime(8, 0), Qt::UTC);
    docs.add(QStringLiteral("utc.pdf"), noise(10, 10), utc);
    ZipStream stream(docs.entries);
    const QJsonArray listing = pythonListing(saved(docs.dir, drain(stream, 4096)));
    REQUIRE(listing.size() == 5);
    CHECK(listing[0].toArray()[1].toArray() == QJsonArray({1980, 1, 1, 0, 0, 0}));
    CHECK(listing[1].toArray()[1].toArray() == QJsonArray({2107, 12, 31, 23, 59, 58}));
    CHECK(listing[2].toArray()[1].toArray() == QJsonArray({1980, 1, 1, 0, 0, 0}));
    CHECK(listing[3].toArray()[1].toArray() == QJsonArray({2024, 2, 29, 23, 59, 58}));
    const QDateTime local = utc.toLocalTime();
    CHECK(listing[4].toArray()[1].toArray() ==
          QJsonArray({local.date().year(), local.date().month(), local.date().day(),
                      local.time().hour(), local.time().minute(), local.time().second()}));
}
