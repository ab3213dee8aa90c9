// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/BundleReader.h"

#include "pdf/ChildProcess.h"
#include "pdf/ChildProgram.h"
#include "util/Error.h"
#include "util/Sha256.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zip.h>

namespace docket {

namespace {

constexpr std::int64_t kChunk = 1 << 20;

void say(const QJsonObject &line)
{
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

int refuse(const QString &why)
{
    say(QJsonObject{{QStringLiteral("refused"), why}});
    return 2;
}

struct ZipCloser
{
    void operator()(zip_t *archive) const { zip_discard(archive); }
};
struct EntryCloser
{
    void operator()(zip_file_t *file) const { zip_fclose(file); }
};

bool isSpecialText(const QString &name)
{
    return name == u"manifest.json" || name == u"SHA256SUMS";
}

// Creates the folders of `name` under `root` one by one, refusing any that is not a plain
// folder of our own making (a link planted between two entries cannot lead out).
bool makeParents(const QString &root, const QString &name)
{
    const QStringList parts = name.split(u'/');
    QString path = root;
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        path += u'/' + parts[i];
        const QByteArray native = QFile::encodeName(path);
        if (::mkdir(native.constData(), 0700) != 0 && errno != EEXIST)
            return false;
        struct stat st = {};
        if (::lstat(native.constData(), &st) != 0 || !S_ISDIR(st.st_mode))
            return false;
    }
    return true;
}

} // namespace

QString BundleReader::nameProblem(const QString &name)
{
    if (name.isEmpty())
        return tr("an entry without a name");
    if (name.toUtf8().size() > 1024)
        return tr("a name longer than any bundle holds");
    if (name.startsWith(u'/') || (name.size() >= 2 && name[1] == u':'))
        return tr("an absolute path");
    if (name.contains(u'\\'))
        return tr("a path with a backslash");
    for (const QChar c : name)
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            return tr("a name with control characters");
    QString path = name;
    if (path.endsWith(u'/'))
        path.chop(1);
    for (const QString &part : path.split(u'/')) {
        if (part == u"..")
            return tr("a path that leads out of the folder (..)");
        if (part.isEmpty() || part == u".")
            return tr("a path with an empty or \".\" part");
    }
    return {};
}

int BundleReader::runChild(const QString &zipPath, const QString &stagingFolder,
                           const BundleLimits &limits)
{
    int error = 0;
    // CHECKCONS: the local headers must agree with the central directory, so that what was
    // checked below (names, sizes) is what is read.
    std::unique_ptr<zip_t, ZipCloser> archive(
        zip_open(QFile::encodeName(zipPath).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &error));
    if (!archive && error == ZIP_ER_EXISTS) // libzip's own check of the central directory
        return refuse(tr("Refused: the ZIP file holds the same name twice."));
    if (!archive) {
        zip_error_t zipError;
        zip_error_init_with_code(&zipError, error);
        const QString why = QString::fromUtf8(zip_error_strerror(&zipError));
        zip_error_fini(&zipError);
        return refuse(
            tr("%1 is not a readable ZIP file (%2).").arg(QDir::toNativeSeparators(zipPath), why));
    }
    const zip_int64_t count = zip_get_num_entries(archive.get(), 0);
    if (count < 0 || count > limits.maxEntries)
        return refuse(tr("The ZIP file holds more entries (%1) than a bundle can (%2).")
                          .arg(count)
                          .arg(limits.maxEntries));

    // Everything is checked before any content is read or written.
    struct Planned
    {
        zip_uint64_t index;
        QString name;
        std::int64_t size;
    };
    QList<Planned> planned;
    QSet<QString> seen;
    std::int64_t total = 0;
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(archive.get(), static_cast<zip_uint64_t>(i), ZIP_FL_ENC_GUESS, &st) != 0)
            return refuse(tr("Entry %1 of the ZIP file cannot be read.").arg(i + 1));
        const QString name = QString::fromUtf8(st.name);
        const QString shown = name.left(200);
        if (const QString problem = nameProblem(name); !problem.isEmpty())
            return refuse(tr("Refused: the entry \"%1\" is %2.").arg(shown, problem));
        // Names that differ only in case or normalisation are one file on Windows and macOS.
        const QString folded = name.normalized(QString::NormalizationForm_C).toCaseFolded();
        if (seen.contains(folded))
            return refuse(tr("Refused: the ZIP file holds \"%1\" twice.").arg(shown));
        seen.insert(folded);
        zip_uint8_t system = 0;
        zip_uint32_t attributes = 0;
        if (zip_file_get_external_attributes(archive.get(), static_cast<zip_uint64_t>(i), 0,
                                             &system, &attributes) == 0 &&
            system == ZIP_OPSYS_UNIX) {
            const mode_t type = (attributes >> 16) & S_IFMT;
            if (type == S_IFLNK)
                return refuse(tr("Refused: the entry \"%1\" is a symbolic link.").arg(shown));
            if (type != 0 && type != S_IFREG && type != S_IFDIR)
                return refuse(tr("Refused: the entry \"%1\" is not a plain file.").arg(shown));
        }
        if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
            return refuse(tr("Refused: the entry \"%1\" is encrypted.").arg(shown));
        if (name.endsWith(u'/')) {
            if (st.size != 0)
                return refuse(tr("Refused: the folder entry \"%1\" has content.").arg(shown));
            continue;
        }
        const auto size = static_cast<std::int64_t>(st.size);
        const auto compressed = static_cast<std::int64_t>(st.comp_size);
        if (size < 0 || size > limits.maxEntryBytes)
            return refuse(tr("Refused: the entry \"%1\" says it holds %2 bytes, more than any "
                             "document of a bundle (%3).")
                              .arg(shown)
                              .arg(size)
                              .arg(limits.maxEntryBytes));
        if (isSpecialText(name) && size > limits.maxTextBytes)
            return refuse(tr("Refused: %1 is far too large (%2 bytes).").arg(shown).arg(size));
        if (size > limits.ratioFloorBytes &&
            static_cast<double>(size) > limits.maxRatio * static_cast<double>(compressed))
            return refuse(tr("Refused: the entry \"%1\" expands %2 times (a ZIP bomb?).")
                              .arg(shown)
                              .arg(compressed > 0 ? size / compressed : size));
        total += size;
        if (total > limits.maxTotalBytes)
            return refuse(tr("Refused: the ZIP file expands to more than %1 bytes.")
                              .arg(limits.maxTotalBytes));
        planned.append({static_cast<zip_uint64_t>(i), name, size});
    }
    say(QJsonObject{{QStringLiteral("entries"), planned.size()},
                    {QStringLiteral("total"), static_cast<qint64>(total)}});

    std::int64_t done = 0;
    std::int64_t reported = 0;
    QByteArray buffer(kChunk, Qt::Uninitialized);
    for (const Planned &entry : planned) {
        std::unique_ptr<zip_file_t, EntryCloser> file(
            zip_fopen_index(archive.get(), entry.index, 0));
        if (!file)
            return refuse(tr("The entry \"%1\" cannot be read: %2")
                              .arg(entry.name, QString::fromUtf8(zip_strerror(archive.get()))));
        int out = -1;
        if (!stagingFolder.isEmpty()) {
            const QString target = stagingFolder + u'/' + entry.name;
            if (!makeParents(stagingFolder, entry.name))
                return refuse(
                    tr("Cannot make a folder for \"%1\" in the staging folder.").arg(entry.name));
            out = ::open(QFile::encodeName(target).constData(),
                         O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
            if (out < 0)
                return refuse(tr("Cannot write \"%1\" in the staging folder.").arg(entry.name));
        }
        struct Close
        {
            int fd;
            ~Close()
            {
                if (fd >= 0)
                    ::close(fd);
            }
        } closeOut{out};
        Sha256 hash;
        QByteArray text;
        std::int64_t read = 0;
        bool damaged = false;
        // Bounded by the declared size: one byte more than it says is a lie, and a refusal.
        for (;;) {
            const std::int64_t want = std::min<std::int64_t>(kChunk, entry.size + 1 - read);
            if (want <= 0)
                break;
            const zip_int64_t got =
                zip_fread(file.get(), buffer.data(), static_cast<zip_uint64_t>(want));
            if (got < 0) {
                // Bytes that do not match the entry's own checksum: an altered file, which
                // verify names like any other (an import refuses it all the same).
                if (zip_error_code_zip(zip_file_get_error(file.get())) == ZIP_ER_CRC) {
                    damaged = true;
                    break;
                }
                return refuse(
                    tr("The entry \"%1\" is damaged: %2")
                        .arg(entry.name, QString::fromUtf8(zip_file_strerror(file.get()))));
            }
            if (got == 0)
                break;
            read += got;
            if (read > entry.size)
                return refuse(
                    tr("Refused: the entry \"%1\" holds more than it says.").arg(entry.name));
            hash.add(buffer.constData(), static_cast<qsizetype>(got));
            if (isSpecialText(entry.name))
                text.append(buffer.constData(), static_cast<qsizetype>(got));
            for (zip_int64_t written = 0; out >= 0 && written < got;) {
                const ssize_t n =
                    ::write(out, buffer.constData() + written, static_cast<size_t>(got - written));
                if (n <= 0)
                    return refuse(tr("Cannot write \"%1\" in the staging folder (disk full?).")
                                      .arg(entry.name));
                written += n;
            }
            done += got;
            if (done - reported >= 64 * kChunk) {
                reported = done;
                say(QJsonObject{{QStringLiteral("progress"), static_cast<qint64>(done)}});
            }
        }
        if (damaged) {
            say(QJsonObject{{QStringLiteral("entry"), entry.name},
                            {QStringLiteral("size"), static_cast<qint64>(entry.size)},
                            {QStringLiteral("sha256"), QString()}});
            continue;
        }
        if (read != entry.size)
            return refuse(tr("The entry \"%1\" is shorter than it says.").arg(entry.name));
        if (out >= 0 && ::fsync(out) != 0)
            return refuse(tr("Cannot write \"%1\" in the staging folder.").arg(entry.name));
        QJsonObject line{{QStringLiteral("entry"), entry.name},
                         {QStringLiteral("size"), static_cast<qint64>(entry.size)},
                         {QStringLiteral("sha256"), hash.hex()}};
        if (isSpecialText(entry.name))
            line.insert(QStringLiteral("text"), QString::fromLatin1(text.toBase64()));
        say(line);
    }
    say(QJsonObject{{QStringLiteral("done"), true}});
    return 0;
}

BundleListing BundleReader::read(const QString &zipPath, const QString &stagingFolder,
                                 const Progress &progress, const BundleLimits &limits)
{
    if (!QFileInfo(zipPath).isFile())
        throw Error(tr("%1 is not a file.").arg(QDir::toNativeSeparators(zipPath)));
    const QString program = ChildProgram::get(ChildProgram::Use::Archive);
    if (program.isEmpty())
        throw Error(tr("Bundles cannot be read: docket-cli was not found beside Docket."));
    QStringList arguments = ChildProgram::command(ChildProgram::Use::Archive);
    arguments << QFileInfo(zipPath).absoluteFilePath();
    if (!stagingFolder.isEmpty())
        arguments << QStringLiteral("--into") << QFileInfo(stagingFolder).absoluteFilePath();
    arguments << QStringLiteral("--max-entries") << QString::number(limits.maxEntries)
              << QStringLiteral("--max-entry-bytes") << QString::number(limits.maxEntryBytes)
              << QStringLiteral("--max-total-bytes") << QString::number(limits.maxTotalBytes);
    // libzip and zlib need little memory whatever the file: 1 GiB of address space leaves Qt
    // room; CPU time enough to hash the largest bundle several times over.
    ChildProcess child(program, arguments, ChildLimits{1LL << 30, 1800},
                       ChildProcess::Channel::Output);

    BundleListing listing;
    std::int64_t total = 0;
    QByteArray pending;
    bool finished = false;
    QString refusal;
    const auto handle = [&](const QJsonObject &line) {
        if (line.contains(u"refused")) {
            refusal = line.value(u"refused").toString();
        } else if (line.contains(u"total")) {
            total = line.value(u"total").toInteger();
        } else if (line.contains(u"progress")) {
            if (progress && !progress(line.value(u"progress").toInteger(), total)) {
                child.kill();
                throw Error(tr("Stopped."));
            }
        } else if (line.contains(u"entry")) {
            BundleEntry entry{line.value(u"entry").toString(), line.value(u"size").toInteger(),
                              line.value(u"sha256").toString()};
            if (entry.name == u"manifest.json") {
                listing.hasManifest = true;
                listing.manifest =
                    QByteArray::fromBase64(line.value(u"text").toString().toLatin1());
            } else if (entry.name == u"SHA256SUMS") {
                listing.hasSums = true;
                listing.sums = QByteArray::fromBase64(line.value(u"text").toString().toLatin1());
            }
            listing.entries.append(entry);
        } else if (line.contains(u"done")) {
            finished = true;
        }
    };
    for (;;) {
        // A minute without a line: each entry's line, or one every 64 MiB, comes much sooner.
        if (child.waitReadable(QDeadlineTimer(60000)) == ChildProcess::Wait::Timeout) {
            child.kill();
            throw Error(tr("Reading %1 took too long.").arg(QDir::toNativeSeparators(zipPath)));
        }
        const QByteArray chunk = child.readAvailable();
        if (chunk.isEmpty())
            break;
        pending += chunk;
        for (qsizetype end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n')) {
            const QJsonDocument doc = QJsonDocument::fromJson(pending.left(end));
            pending.remove(0, end + 1);
            if (doc.isObject())
                handle(doc.object());
        }
        if (pending.size() > 2 * limits.maxTextBytes)
            break; // no line is this long: not our child talking
    }
    const ChildProcess::Exit exit = child.wait();
    if (!refusal.isEmpty())
        throw Error(refusal);
    if (!finished || exit.signalled || exit.code != 0) {
        const QString why = child.ranOutOfMemory() ? tr("it needed more memory than allowed")
                            : exit.signalled
                                ? tr("the reader was stopped (signal %1)").arg(exit.code)
                                : tr("the reader failed (status %1)").arg(exit.code);
        throw Error(tr("%1 could not be read: %2.").arg(QDir::toNativeSeparators(zipPath), why));
    }
    return listing;
}

} // namespace docket
