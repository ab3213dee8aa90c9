// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Survey.h"
#include "server/AccessLog.h"
#include "server/ConnectionWatch.h"
#include "server/DeviceKeys.h"
#include "server/GuessLimiter.h"
#include "server/SubmissionInbox.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>

struct MHD_Daemon;

namespace docket {

struct SiteSnapshot;
struct PageImages;
struct ServerSuspensions;
struct PinSuspensions;
struct EventStreams;
class PinChecker;

struct ServerOptions
{
    QString bindAddress = QStringLiteral("0.0.0.0"); // "::" listens on IPv6 and IPv4
    std::uint16_t port = 8080;                       // 0: any free port
    unsigned threads = 0;                            // 0: one per core
    // libmicrohttpd splits the limit between its threads and stalls a thread that reaches its
    // share (measured with wrk: 1024 connections against a limit of 1024 fell to 2% of
    // nginx), so the limit sits well above the load we plan for; descriptors permitting.
    unsigned connectionLimit = 4096;
    unsigned perClientConnectionLimit = 64; // a phone opens a handful; a runaway client not more
    // Connections the kernel completes and queues for us while the server is at its limit
    // (Linux caps it at net.core.somaxconn). Once full, the kernel drops a newcomer's SYN and
    // the phone tries again 1, 3, 7 s later; tests make it small to get there with fewer clients.
    unsigned listenBacklog = 1024;
    // How long a connection may stay silent. An idle keep-alive connection is closed sooner, at
    // requestDeadlineSeconds; this bounds an answer a phone has stopped reading.
    unsigned idleTimeoutSeconds = 15;
    // Bounds request headers per connection; a phone sends 1-2 KB. Also what an idle
    // connection costs in memory, so it decides the footprint of a full hall.
    std::size_t connectionMemoryLimit = 16 * 1024;
    // A request (its headers, and the PIN form's body) must have arrived this long after its
    // connection opened or the previous answer on it was done, however slowly it trickles in:
    // the idle timeout restarts with every byte, so without this a slow client holds its
    // connection for ever. Also how long an idle keep-alive connection is kept, and one whose
    // client sent part of a request and left (libmicrohttpd 0.9.75 does not notice that end of
    // stream). 0: no deadline.
    unsigned requestDeadlineSeconds = 10;
    // An answer must be sent within sendGraceSeconds + its size / minSendRate (bytes a second)
    // of its start, however slowly the client reads: libmicrohttpd's idle timeout restarts
    // with every byte the client takes. 0: no send deadline. See ConnectionWatch::Limits.
    unsigned sendGraceSeconds = 120;
    std::uint64_t minSendRate = 2048;
    // Phones following a meeting hold a connection each (/CODE/events). They get their own
    // budget, a share of connectionLimit, so that they can never starve document requests; a
    // phone beyond it is told to ask again later (EventSource's retry) and moves all the same
    // then. 0: a quarter of the connection limit.
    unsigned eventStreamLimit = 0;
    // How often a quiet event stream says it is still there (a comment line), so that a phone
    // that went away is noticed and its connection freed.
    unsigned eventHeartbeatSeconds = 15;
};

// The libmicrohttpd adapter: an epoll thread pool that turns each request into an
// HttpRequest, asks the Router with the current snapshot, and sends the answer, document bytes
// straight from the file descriptor (sendfile). It never touches the catalog.
class HttpServer
{
    Q_DECLARE_TR_FUNCTIONS(HttpServer)

public:
    HttpServer();
    ~HttpServer();
    HttpServer(const HttpServer &) = delete;
    HttpServer &operator=(const HttpServer &) = delete;

    // Throws docket::Error with a message a person can act on (port busy, address not here).
    void start(const ServerOptions &options);
    void stop();
    bool isRunning() const { return m_daemon != nullptr; }
    std::uint16_t port() const { return m_port; }
    QString bindAddress() const { return m_bindAddress; }

    // Callable from any thread; requests already running finish on the snapshot they took.
    void publish(std::shared_ptr<const SiteSnapshot> site);
    std::shared_ptr<const SiteSnapshot> site() const { return m_site.load(); }

    // Where page images come from (cached, or rendered while the request waits, suspended,
    // off the server's threads). Without it, page images are 503.
    void setPageImages(std::shared_ptr<PageImages> images)
    {
        m_pageImages.store(std::move(images));
    }
    std::shared_ptr<PageImages> pageImages() const { return m_pageImages.load(); }
    std::shared_ptr<ServerSuspensions> suspensions() const { return m_suspensions; }
    // Tests only: `hook` runs on a request thread once a page-image request is registered as
    // waiting and before its connection is suspended, to widen the window stop() races with.
    void setBeforeImageSuspendForTest(std::function<void()> hook);
    // Page-image requests resumed while their connection was not suspended (yet): must stay 0.
    std::uint64_t unsuspendedResumes() const;

    // Every document request that carried bytes ends up here, from the server's threads.
    AccessLog &accessLog() { return m_accessLog; }
    // Badges scanned (see Router's badge page), for the catalog's thread to record: bounded, so
    // a flood is answered "busy" instead of growing (hosting/AccessRecorder drains it).
    static constexpr std::size_t kCheckInCapacity = 4096;
    SubmissionInbox<CheckInEvent> &checkIns() { return m_checkIns; }
    // Survey answers phones sent, the same way: a hall answering in the same minute is a few
    // hundred; beyond the bound a phone is asked to send again in a moment.
    static constexpr std::size_t kSurveyAnswerCapacity = 4096;
    SubmissionInbox<SurveySubmission> &surveyAnswers() { return m_surveyAnswers; }
    // The anonymous names the access counts know phones by (see DeviceKeys).
    DeviceKeys &deviceKeys() { return m_deviceKeys; }
    // Wrong codes and wrong PINs; its counters are what the window and `serve` warn from.
    GuessLimiter &guessLimiter() { return m_guesses; }
    // Checks PINs off the request threads while the server runs (null otherwise).
    PinChecker *pinChecker() const { return m_pinChecker.get(); }
    std::shared_ptr<PinSuspensions> pinSuspensions() const { return m_pinSuspensions; }
    // Phones following a meeting now (open event streams within the budget).
    unsigned eventStreams() const;
    std::shared_ptr<EventStreams> events() const { return m_events; }
    // The connections open now, and how many were cut (see ConnectionWatch).
    ConnectionWatch::Counts connections() const
    {
        return m_watch ? m_watch->counts() : ConnectionWatch::Counts{};
    }

private:
    void startPinChecks();
    void resumeWaitingPinChecks();
    void stopPinChecks();

    MHD_Daemon *m_daemon = nullptr;
    std::uint16_t m_port = 0;
    QString m_bindAddress;
    std::atomic<std::shared_ptr<const SiteSnapshot>> m_site;
    std::atomic<std::shared_ptr<PageImages>> m_pageImages;
    std::shared_ptr<ServerSuspensions> m_suspensions;
    AccessLog m_accessLog;
    SubmissionInbox<CheckInEvent> m_checkIns{kCheckInCapacity};
    SubmissionInbox<SurveySubmission> m_surveyAnswers{kSurveyAnswerCapacity};
    DeviceKeys m_deviceKeys;
    GuessLimiter m_guesses;
    std::unique_ptr<PinChecker> m_pinChecker;
    std::shared_ptr<PinSuspensions> m_pinSuspensions;
    std::shared_ptr<EventStreams> m_events;
    std::unique_ptr<ConnectionWatch> m_watch;
};

} // namespace docket
