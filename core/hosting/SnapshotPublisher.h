// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

#include <cstdint>

namespace docket {

class Library;
class HttpServer;

// Keeps the server's snapshot in step with the catalog: rebuilt after every change made in this
// process (Catalog::changed) and, by polling SQLite's data_version, after changes committed by
// another process (docket-cli beside the GUI). Lives on the catalog's thread.
class SnapshotPublisher : public QObject
{
    Q_OBJECT
public:
    SnapshotPublisher(Library &library, HttpServer &server, QObject *parent = nullptr);

    void publishNow();
    int publishedCount() const { return m_published; }

Q_SIGNALS:
    void published();

private:
    void checkForExternalChanges();

    Library &m_library;
    HttpServer &m_server;
    QTimer m_poll;
    QTimer m_coalesce; // many edits in one go become one rebuild
    std::int64_t m_stamp = -1;
    std::uint64_t m_failuresSeen = 0; // PageFailures::generation() of the last snapshot
    int m_published = 0;
};

} // namespace docket
