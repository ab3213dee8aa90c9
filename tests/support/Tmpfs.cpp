// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/Tmpfs.h"

#include "support/TempLibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStorageInfo>

#include <catch2/catch.hpp>

namespace testsupport {

namespace {

const char *const kMountVariable = "DOCKET_TEST_TMPFS";
const char *const kAllowSkipVariable = "DOCKET_ALLOW_NO_TMPFS";

// The first way of getting a mount namespace that works here. Empty when none does.
QStringList unshareCommand()
{
    const QList<QStringList> candidates{{QStringLiteral("unshare"), QStringLiteral("--user"),
                                         QStringLiteral("--map-root-user"),
                                         QStringLiteral("--mount")},
                                        {QStringLiteral("unshare"), QStringLiteral("--mount")}};
    for (const QStringList &candidate : candidates) {
        QProcess probe;
        probe.start(candidate.first(), candidate.mid(1) + QStringList{QStringLiteral("true")});
        if (probe.waitForFinished(10000) && probe.exitStatus() == QProcess::NormalExit &&
            probe.exitCode() == 0)
            return candidate;
    }
    return {};
}

} // namespace

void runOnTmpfs(const char *inner, int megabytes)
{
    const QStringList unshare = unshareCommand();
    if (unshare.isEmpty()) {
        // A disk test that does not run must not look like one that passed: it fails, unless
        // whoever runs the suite said that skipping is fine here.
        if (qEnvironmentVariable(kAllowSkipVariable) == u"1") {
            WARN("No mount namespace can be made here (unshare); this disk test did not run ("
                 << kAllowSkipVariable << "=1).");
            return;
        }
        FAIL("No mount namespace can be made here (unshare), so this disk test cannot run. Run "
             "the tests as root or where user namespaces are allowed, or set "
             << kAllowSkipVariable << "=1 to skip it.");
    }
    const TempFolder folder;
    const QString mountPoint = folder.filePath(QStringLiteral("disk"));
    REQUIRE(QDir().mkpath(mountPoint));
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    const QString script =
        QStringLiteral("mount -t tmpfs -o size=%1m tmpfs \"$1\" && %2=\"$1\" exec \"$2\" \"$3\"")
            .arg(megabytes)
            .arg(QString::fromLatin1(kMountVariable));
    process.start(unshare.first(),
                  unshare.mid(1) + QStringList{QStringLiteral("sh"), QStringLiteral("-c"), script,
                                               QStringLiteral("sh"), mountPoint,
                                               QCoreApplication::applicationFilePath(),
                                               QString::fromLatin1(inner)});
    REQUIRE(process.waitForStarted(10000));
    const bool finished = process.waitForFinished(240000);
    if (!finished)
        process.kill();
    const QByteArray output = process.readAll();
    INFO(output.toStdString());
    REQUIRE(finished);
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    CHECK(process.exitCode() == 0);
    CHECK(output.contains("All tests passed"));
}

QString tmpfsMountPoint()
{
    const QString mount = qEnvironmentVariable(kMountVariable);
    REQUIRE(!mount.isEmpty());
    REQUIRE(QStorageInfo(mount).rootPath() == QDir(mount).absolutePath());
    return mount;
}

void remountReadOnly(const QString &mountPoint)
{
    QProcess remount;
    remount.start(QStringLiteral("mount"),
                  {QStringLiteral("-o"), QStringLiteral("remount,ro"), mountPoint});
    REQUIRE(remount.waitForFinished(10000));
    INFO(remount.readAllStandardError().toStdString());
    REQUIRE(remount.exitCode() == 0);
    REQUIRE(QStorageInfo(mountPoint).isReadOnly());
}

qint64 fillDisk(const QString &path)
{
    QFile ballast(path);
    REQUIRE(ballast.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered));
    const QByteArray chunk(64 * 1024, '\0');
    qint64 written = 0;
    for (int i = 0; i < 100000; ++i) {
        const qint64 n = ballast.write(chunk);
        if (n <= 0)
            break;
        written += n;
    }
    // The last few bytes, for a disk whose free space is not a multiple of the chunk.
    for (int i = 0; i < 64 * 1024; ++i) {
        if (ballast.write("\0", 1) != 1)
            break;
        ++written;
    }
    return written;
}

} // namespace testsupport
