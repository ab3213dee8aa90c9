// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hosting/HostingClaim.h"

#include <QObject>
#include <QTimer>

#include <cstdint>
#include <optional>

namespace docket {

class Library;

// The one watch on what other processes do to a library (docket-cli beside the window, a
// window beside `docket-cli serve`), for the window and the server alike: commits to the
// catalog (SQLite's data_version, shared memory, no file: cheap to poll often), pages that
// failed to draw (the failures file), and who serves the library (HostingClaim). Lives on the
// catalog's thread.
class LibraryWatch : public QObject
{
    Q_OBJECT
public:
    // An edit made with docket-cli reaches the phones and the window within this.
    static constexpr int kPollMilliseconds = 100;
    // Who serves the library is a file and a lock: looked at once a second.
    static constexpr int kHostingEveryPolls = 10;

    explicit LibraryWatch(Library &library, QObject *parent = nullptr);

    void checkNow();
    // Who serves the library, looked at now (a session that just started or stopped).
    void checkHost();
    // The server that holds the library now, as last seen (it may be this process's own).
    std::optional<HostingAnnouncement> host() const { return m_host; }

Q_SIGNALS:
    void catalogChanged();      // another process committed to the catalog
    void pageFailuresChanged(); // a page that could not be drawn was learnt, here or elsewhere
    void hostChanged();         // a server started, stopped or died on this library

private:
    Library &m_library;
    QTimer m_poll;
    int m_polls = 0;
    std::int64_t m_stamp = -1;
    std::uint64_t m_failures = 0;
    std::optional<HostingAnnouncement> m_host;
};

} // namespace docket
