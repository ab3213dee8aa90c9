// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hosting/SnapshotPublisher.h"
#include "server/HttpServer.h"
#include "support/SampleSite.h"

#include <QString>

#include <memory>

namespace testsupport {

// Options for a real server on 127.0.0.1 at a free port: the only address tests talk to.
docket::ServerOptions loopbackOptions(unsigned threads = 0);

// The sample library hosted: the real server on 127.0.0.1, kept current by the real publisher.
struct HostedSite : SampleSite
{
    explicit HostedSite(unsigned threads = 0);
    // "http://127.0.0.1:PORT", for a path to follow.
    QString base() const;
    // The published site follows the catalog on the next turns of the event loop.
    void settle();

    docket::HttpServer server;
    std::unique_ptr<docket::SnapshotPublisher> publisher;
};

} // namespace testsupport
