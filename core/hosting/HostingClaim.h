// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

namespace docket {

// What a server running on a library tells the other processes that open it.
struct HostingAnnouncement
{
    enum class Program
    {
        Unknown, // the lock is held but nothing is said yet (a server starting or stopping)
        Window,  // docket, the window
        Cli      // docket-cli serve
    };
    Program program = Program::Unknown;
    qint64 processId = 0;
    QString baseUrl; // HTTP://ADDRESS:PORT, what phones reach; empty when not said yet
    QString bindAddress;
    int port = 0;

    // "docket-cli", "the Docket window", for sentences such as "served by %1 at %2".
    QString programName() const;
    // "This library is already served by docket-cli at HTTP://…", for a second server.
    QString alreadyServedText() const;
};

// Who serves a library folder, across processes: hosting.lock in the folder, held with
// flock(2) for as long as a session runs, and hosting.json beside it, written atomically once
// the server listens and removed when it stops. The kernel lets go of the lock when a process
// dies, so a killed server's leftover file is never taken for a running server. One server per
// library: a second one (another window, docket-cli serve) learns who serves it and where.
class HostingClaim
{
    Q_DECLARE_TR_FUNCTIONS(HostingClaim)

public:
    static QString lockFileName() { return QStringLiteral("hosting.lock"); }
    static QString announcementFileName() { return QStringLiteral("hosting.json"); }

    // Takes the folder for this process. Throws docket::Error saying who serves it when
    // another server holds it. On a folder that cannot be written (read-only media) the claim
    // holds nothing and announces nothing: the library is served, other processes are not told.
    explicit HostingClaim(const QString &folder);
    ~HostingClaim(); // withdraws the announcement, then lets go
    HostingClaim(const HostingClaim &) = delete;
    HostingClaim &operator=(const HostingClaim &) = delete;

    bool isHeld() const { return m_fd >= 0; }
    // Best effort: a full disk leaves the lock held and the address unsaid.
    void announce(const HostingAnnouncement &announcement);
    void withdraw();

    // The server that holds the folder now, wherever it runs (this process included), or
    // nothing when no one does, whatever a file left by a killed server says.
    static std::optional<HostingAnnouncement> holder(const QString &folder);

private:
    QString m_folder;
    int m_fd = -1;
};

} // namespace docket
