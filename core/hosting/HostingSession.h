// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hosting/HostingClaim.h"
#include "server/HttpServer.h"

#include <QObject>
#include <QString>

#include <memory>

namespace docket {

class AccessRecorder;
class Library;
class LibraryWatch;
class SnapshotPublisher;

// Serving a library to delegates, for the window's hosting bar and `docket-cli serve` alike:
// the claim on the library (one server per library, and the others told where it is), the
// snapshot publisher, the server, the access recorder and the address phones reach, started
// and stopped in one order. Lives on the catalog's thread.
class HostingSession : public QObject
{
    Q_OBJECT
public:
    using Program = HostingAnnouncement::Program;

    HostingSession(Library &library, LibraryWatch &watch, Program program,
                   QObject *parent = nullptr);
    ~HostingSession() override; // stops

    // Claims the library, publishes its first snapshot, then listens: the first phone already
    // finds its meeting (a 404 would count as a wrong-code guess). Then the address is
    // announced to other processes and remembered in the catalog for paper. Throws
    // docket::Error with a message a person can act on (another server has the library, port
    // busy, address gone); nothing is left running then.
    void start(const ServerOptions &options);
    void stop(); // nothing of the last snapshot lingers; the last downloads are recorded

    bool isRunning() const { return m_server.isRunning(); }
    // HTTP://ADDRESS:PORT delegates reach while running (an "any address" bind names this
    // computer's preferred address), empty otherwise.
    QString baseUrl() const { return m_baseUrl; }
    HttpServer &server() { return m_server; }
    const HttpServer &server() const { return m_server; }
    SnapshotPublisher *publisher() const { return m_publisher.get(); }
    AccessRecorder *recorder() const { return m_recorder.get(); }

    // The address phones reach for a server bound to `bindAddress` on `port`.
    static QString baseUrlFor(const QString &bindAddress, std::uint16_t port);

Q_SIGNALS:
    // The socket listens now (the snapshot is in place already); emitted inside start().
    void listening();

private:
    void shutDown();

    Library &m_library;
    LibraryWatch &m_watch;
    Program m_program;
    std::unique_ptr<HostingClaim> m_claim;
    HttpServer m_server;
    std::unique_ptr<SnapshotPublisher> m_publisher;
    std::unique_ptr<AccessRecorder> m_recorder;
    QString m_baseUrl;
};

} // namespace docket
