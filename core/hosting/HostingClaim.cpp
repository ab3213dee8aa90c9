// SPDX-License-Identifier: GPL-3.0-or-later
#include "hosting/HostingClaim.h"

#include "util/Error.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace docket {

namespace {

QString programKey(HostingAnnouncement::Program program)
{
    switch (program) {
    case HostingAnnouncement::Program::Window:
        return QStringLiteral("window");
    case HostingAnnouncement::Program::Cli:
        return QStringLiteral("cli");
    case HostingAnnouncement::Program::Unknown:
        break;
    }
    return {};
}

HostingAnnouncement::Program programFromKey(const QString &key)
{
    if (key == u"window")
        return HostingAnnouncement::Program::Window;
    if (key == u"cli")
        return HostingAnnouncement::Program::Cli;
    return HostingAnnouncement::Program::Unknown;
}

HostingAnnouncement readAnnouncement(const QString &path)
{
    HostingAnnouncement announcement;
    QFile file(path);
    // A few hundred bytes; anything much larger is not ours.
    if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024)
        return announcement;
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    announcement.program = programFromKey(object.value(u"program").toString());
    announcement.processId = object.value(u"pid").toInteger();
    announcement.baseUrl = object.value(u"base_url").toString();
    announcement.bindAddress = object.value(u"bind_address").toString();
    announcement.port = object.value(u"port").toInt();
    return announcement;
}

} // namespace

QString HostingAnnouncement::programName() const
{
    switch (program) {
    case Program::Window:
        return HostingClaim::tr("the Docket window");
    case Program::Cli:
        return QStringLiteral("docket-cli");
    case Program::Unknown:
        break;
    }
    return HostingClaim::tr("another Docket program");
}

QString HostingAnnouncement::alreadyServedText() const
{
    if (baseUrl.isEmpty())
        return HostingClaim::tr("This library is already being served by %1. Stop that server "
                                "first, or wait until it has started and use its address.")
            .arg(programName());
    return HostingClaim::tr("This library is already served by %1 at %2: delegates reach it "
                            "there. Stop that server first to serve it from here.")
        .arg(programName(), baseUrl);
}

HostingClaim::HostingClaim(const QString &folder) : m_folder(folder)
{
    const QByteArray lockPath = QFile::encodeName(QDir(folder).filePath(lockFileName()));
    // Close-on-exec: a render worker started by this server must not keep the library locked
    // after the server is gone.
    const int fd = ::open(lockPath.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
        return; // read-only media: served, but not announced
    // Another process that only looks (holder(), once a second) holds a shared lock for a few
    // microseconds: that is tried again, a server is not.
    constexpr int kAttempts = 50;
    for (int attempt = 1;; ++attempt) {
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0)
            break;
        const int error = errno;
        if (error == EWOULDBLOCK && attempt < kAttempts) {
            if (const auto other = holder(folder)) {
                ::close(fd);
                throw Error(other->alreadyServedText());
            }
            ::usleep(2000);
            continue;
        }
        ::close(fd);
        if (error == EWOULDBLOCK)
            throw Error(HostingAnnouncement{}.alreadyServedText());
        throw Error(tr("Cannot lock %1: %2")
                        .arg(QDir::toNativeSeparators(QString::fromLocal8Bit(lockPath)),
                             QString::fromLocal8Bit(std::strerror(error))));
    }
    m_fd = fd;
    // What a killed server left behind goes now, not only when this one announces.
    QFile::remove(QDir(folder).filePath(announcementFileName()));
}

HostingClaim::~HostingClaim()
{
    withdraw();
    if (m_fd >= 0)
        ::close(m_fd); // lets go of the lock; the empty lock file stays for the next server
}

void HostingClaim::announce(const HostingAnnouncement &announcement)
{
    if (!isHeld())
        return;
    QJsonObject object;
    object.insert(QStringLiteral("program"), programKey(announcement.program));
    object.insert(QStringLiteral("pid"), announcement.processId);
    object.insert(QStringLiteral("base_url"), announcement.baseUrl);
    object.insert(QStringLiteral("bind_address"), announcement.bindAddress);
    object.insert(QStringLiteral("port"), announcement.port);
    // Written whole or not at all: a reader never sees half an address.
    QSaveFile file(QDir(m_folder).filePath(announcementFileName()));
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(object).toJson(QJsonDocument::Compact)) < 0 || !file.commit())
        qWarning("Cannot tell other programs that this library is served: %s",
                 qUtf8Printable(file.errorString()));
}

void HostingClaim::withdraw()
{
    if (isHeld())
        QFile::remove(QDir(m_folder).filePath(announcementFileName()));
}

std::optional<HostingAnnouncement> HostingClaim::holder(const QString &folder)
{
    const QByteArray lockPath = QFile::encodeName(QDir(folder).filePath(lockFileName()));
    const int fd = ::open(lockPath.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt; // no server ever ran here
    // A shared lock is refused only while a server holds the exclusive one.
    const bool held = ::flock(fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK;
    ::close(fd);
    if (!held)
        return std::nullopt;
    return readAnnouncement(QDir(folder).filePath(announcementFileName()));
}

} // namespace docket
