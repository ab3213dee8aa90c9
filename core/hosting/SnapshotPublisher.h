// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <cstdint>
#include <memory>

namespace docket {

class Library;
class LibraryWatch;
class HttpServer;

// Keeps the server's snapshot in step with the catalog: rebuilt after every change made in this
// process (Catalog::changed) and after changes committed by another process (docket-cli beside
// the GUI) or pages that failed to draw, as the LibraryWatch sees them. Publishes once as it is
// made, so that a server started after it never answers from an empty site. Lives on the
// catalog's thread.
class SnapshotPublisher : public QObject
{
    Q_OBJECT
public:
    // Freed memory goes back to the system at most this often (see returnFreedMemory).
    static constexpr int kTrimIntervalMilliseconds = 10000;

    SnapshotPublisher(Library &library, HttpServer &server, LibraryWatch &watch,
                      QObject *parent = nullptr);
    // With a watch of its own, for a server that is all the process does with the library.
    SnapshotPublisher(Library &library, HttpServer &server, QObject *parent = nullptr);
    ~SnapshotPublisher() override;

    void publishNow();
    int publishedCount() const { return m_published; }
    // How often freed memory was handed back to the system (malloc_trim), and whether it is
    // due again once kTrimIntervalMilliseconds have passed since the last time.
    int memoryReturnedCount() const { return m_trims; }
    bool memoryReturnPending() const { return m_trimLater.isActive(); }

Q_SIGNALS:
    void published();

private:
    void returnFreedMemory();

    SnapshotPublisher(Library &library, HttpServer &server, LibraryWatch *watch,
                      std::unique_ptr<LibraryWatch> ownWatch, QObject *parent);

    std::unique_ptr<LibraryWatch> m_ownWatch;
    Library &m_library;
    HttpServer &m_server;
    QTimer m_coalesce; // many edits in one go become one rebuild
    QTimer m_retry;    // after a failed rebuild (a busy catalog)
    QTimer m_trimLater;
    QElapsedTimer m_sinceTrim;
    int m_published = 0;
    int m_trims = 0;
};

} // namespace docket
