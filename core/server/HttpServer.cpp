// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/HttpServer.h"

#include "pdf/RenderPool.h"
#include "server/HttpMessage.h"
#include "server/HttpParsing.h"
#include "server/LogRelay.h"
#include "server/PageAnswers.h"
#include "server/PinChecker.h"
#include "server/Router.h"
#include "server/SiteSnapshot.h"
#include "util/Error.h"

#include <QDateTime>
#include <QFile>
#include <QThread>

#include <microhttpd.h>

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <fcntl.h>
#include <functional>
#include <map>
#include <mutex>
#include <netinet/in.h>
#include <set>
#include <sys/resource.h>
#include <sys/socket.h>
#include <thread>
#include <tuple>
#include <unistd.h>

namespace docket {

// A request waiting, suspended, for a page image to be rendered.
struct PendingImage
{
    MHD_Connection *connection = nullptr;
    bool resumed = false;
    PageOutcome outcome;
};

// Connections suspended for a render, so that stopping the server can wake them first: a
// suspended connection must not outlive its daemon, and a render may finish after it is gone.
struct ServerSuspensions
{
    std::mutex mutex;
    bool stopping = false;
    std::set<std::shared_ptr<PendingImage>> waiting;
    // Tests only: runs between registering a waiting request and suspending its connection.
    std::function<void()> beforeSuspend;
    std::atomic<std::uint64_t> unsuspendedResumes{0};

    // Wakes the connection with `outcome`, once; false if it was woken already.
    bool resume(const std::shared_ptr<PendingImage> &pending, const PageOutcome &outcome)
    {
        const std::lock_guard lock(mutex);
        if (pending->resumed)
            return false;
        pending->outcome = outcome;
        pending->resumed = true;
        waiting.erase(pending);
        // Counted so that a test can see it (undefined behaviour in libmicrohttpd, which 0.9.75
        // happens to survive): every path suspends before it lets go of this mutex.
        const MHD_ConnectionInfo *suspended =
            MHD_get_connection_info(pending->connection, MHD_CONNECTION_INFO_CONNECTION_SUSPENDED);
        if (!suspended || suspended->suspended != MHD_YES)
            unsuspendedResumes.fetch_add(1, std::memory_order_relaxed);
        MHD_resume_connection(pending->connection);
        return true;
    }
};

// A PIN form's POST waiting, suspended, for the PIN checker.
struct PendingPin
{
    MHD_Connection *connection = nullptr;
    bool resumed = false;
    PinVerdict verdict = PinVerdict::NotChecked;
};

// Connections suspended for a PIN check, kept for the same reason as ServerSuspensions: stopping
// the server wakes them first, and a check that ends after that finds nothing to wake.
struct PinSuspensions
{
    std::mutex mutex;
    bool stopping = false;
    std::set<std::shared_ptr<PendingPin>> waiting;

    bool resume(const std::shared_ptr<PendingPin> &pending, PinVerdict verdict)
    {
        const std::lock_guard lock(mutex);
        if (pending->resumed)
            return false;
        pending->verdict = verdict;
        pending->resumed = true;
        waiting.erase(pending);
        MHD_resume_connection(pending->connection);
        return true;
    }
};

// A phone following a meeting (/CODE/events): what it was last told, and whether its
// connection is suspended, waiting for the next move or heartbeat. Touched under
// EventStreams::mutex, except `pending`, which only the connection's own thread uses.
struct EventStream
{
    HttpServer *server = nullptr;
    MHD_Connection *connection = nullptr;
    QString code;
    int sent = -1;          // the current item last sent; -1: none yet
    bool greeted = false;   // the retry interval was sent
    bool suspended = false; // waiting for EventStreams to wake it
    bool ending = false;    // beyond the budget: the current item, then the end
    std::chrono::steady_clock::time_point lastWrite;
    QByteArray pending;
    qsizetype offset = 0;
};

// Every open event stream of one server, and the thread that wakes them: at once when a new
// snapshot is published (the current item may have moved), and every heartbeat otherwise.
// Suspended, a stream holds no thread and costs one descriptor and a few hundred bytes.
struct EventStreams
{
    std::mutex mutex;
    std::condition_variable wake;
    bool stopping = true;
    bool published = false; // a snapshot came since the pump last woke everyone
    unsigned budget = 0;
    std::chrono::seconds heartbeat{15};
    std::set<std::shared_ptr<EventStream>> open;
    std::thread pump;

    // Under `mutex`: every suspended stream goes on (its reader decides what to send).
    void resumeAllLocked()
    {
        for (const std::shared_ptr<EventStream> &stream : open)
            if (stream->suspended) {
                stream->suspended = false;
                MHD_resume_connection(stream->connection);
            }
    }

    void start(unsigned limit, std::chrono::seconds every)
    {
        {
            const std::lock_guard lock(mutex);
            stopping = false;
            budget = limit;
            heartbeat = every;
        }
        pump = std::thread([this] {
            std::unique_lock lock(mutex);
            while (!stopping) {
                wake.wait_for(lock, heartbeat, [this] { return stopping || published; });
                published = false;
                resumeAllLocked();
            }
        });
    }

    // Before the daemon stops: no stream may stay suspended, and none suspends again.
    void stop()
    {
        {
            const std::lock_guard lock(mutex);
            if (stopping && !pump.joinable())
                return;
            stopping = true;
            resumeAllLocked();
        }
        wake.notify_all();
        if (pump.joinable())
            pump.join();
    }

    void notifyPublished()
    {
        {
            const std::lock_guard lock(mutex);
            published = true;
        }
        wake.notify_all();
    }
};

namespace {

// What one request carries from its first call to its completion.
struct RequestState
{
    std::shared_ptr<PendingImage> pending; // waiting for a page image
    HttpResponse deferred;                 // the Router's answer, completed once it is there
    bool answered = false;
    QByteArray body;       // a form's fields, bounded by its action's maxBody
    qsizetype maxBody = 0; // 0: no body is read (see Router::maxBody)
    Id versionId = 0;      // a document version is being sent: record it when done
    std::int64_t rangeStart = 0;
    std::int64_t length = 0;
    std::int64_t sendBytes = 0; // the answer's length, for its send deadline (ConnectionWatch)
    QByteArray deviceKey;
    // A ZIP's documents, counted as the file itself is when done: version, size, device key.
    struct ZipDocument
    {
        Id versionId = 0;
        std::int64_t size = 0;
        QByteArray deviceKey;
    };
    std::vector<ZipDocument> zipDocuments;
    bool zipWhole = false;                  // from its first byte to its last (not a resumed range)
    std::shared_ptr<PendingPin> pendingPin; // waiting for the PIN checker
    std::shared_ptr<const PinCheckJob> pinJob; // until its answer is queued
    bool streaming = false;                    // an event stream within the budget
};

// The request headers the Router reads; looking up these few is cheaper than copying all.
constexpr const char *kRouterHeaders[] = {
    "Accept-Language", "If-None-Match", "If-Modified-Since", "Range", "If-Range", "Cookie", "Host",
    "Origin",          "Referer",       "Content-Type"};

// The query's fields the Router reads (see HttpRequest::query).
constexpr const char *kRouterQuery[] = {"lang", "n", "q", "view"};

// libmicrohttpd would percent-decode the path in place before we see it, turning "%2F" into a
// real '/'. The Router decodes segment by segment instead, so leave the path as it came.
size_t keepPathEncoded(void *, MHD_Connection *, char *text)
{
    return std::strlen(text);
}

QByteArray clientAddress(MHD_Connection *connection)
{
    const MHD_ConnectionInfo *info =
        MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
    if (!info || !info->client_addr)
        return {};
    char text[INET6_ADDRSTRLEN] = {};
    const sockaddr *address = info->client_addr;
    if (address->sa_family == AF_INET)
        inet_ntop(AF_INET, &reinterpret_cast<const sockaddr_in *>(address)->sin_addr, text,
                  sizeof text);
    else if (address->sa_family == AF_INET6)
        inet_ntop(AF_INET6, &reinterpret_cast<const sockaddr_in6 *>(address)->sin6_addr, text,
                  sizeof text);
    return QByteArray(text);
}

// A ZIP being sent: its stream, read into libmicrohttpd's buffer as the phone takes it.
struct ZipSending
{
    std::shared_ptr<const ZipDownload> download;
    ZipStream stream;
};

ssize_t readZip(void *cls, uint64_t, char *buffer, size_t max)
{
    auto *sending = static_cast<ZipSending *>(cls);
    const qint64 got = sending->stream.read(buffer, static_cast<qint64>(max));
    if (got < 0) {
        // A stored file gone or changed: this download ends, cut (the phone sees an error),
        // and nothing else does.
        qWarning("Docket: a ZIP download stopped: %s", qUtf8Printable(sending->stream.error()));
        return MHD_CONTENT_READER_END_WITH_ERROR;
    }
    if (got == 0)
        return MHD_CONTENT_READER_END_OF_STREAM;
    return static_cast<ssize_t>(got);
}

// Every CRC the stream learnt, for the next downloads of the same files (and their ranges).
void finishZip(void *cls)
{
    auto *sending = static_cast<ZipSending *>(cls);
    const auto &crcs = sending->stream.crcs();
    for (size_t i = 0; i < crcs.size() && i < sending->download->sha256.size(); ++i)
        if (crcs[i] && !sending->download->entries[i].crc32)
            ZipCrcMemo::global().keep(sending->download->sha256[i], *crcs[i]);
    delete sending;
}

MHD_Response *makeResponse(const HttpResponse &answer, int *status)
{
    *status = answer.status;
    MHD_Response *response = nullptr;
    if (answer.file) {
        const int fd =
            ::open(QFile::encodeName(answer.file->path).constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            // The blob vanished or the disk failed: this request fails, nothing else does.
            HttpResponse unavailable = plainTextResponse(503, "Temporarily unavailable");
            unavailable.setHeader("Retry-After", "5");
            return makeResponse(unavailable, status);
        }
        // Takes ownership of fd; sent with sendfile.
        response =
            MHD_create_response_from_fd_at_offset64(static_cast<uint64_t>(answer.file->length), fd,
                                                    static_cast<uint64_t>(answer.file->offset));
        if (!response)
            ::close(fd);
    } else if (answer.zip) {
        auto *sending = new ZipSending{answer.zip, ZipStream(answer.zip->entries)};
        if (answer.zip->offset > 0 && !sending->stream.seek(answer.zip->offset)) {
            delete sending;
            return makeResponse(plainTextResponse(500, "Internal Server Error"), status);
        }
        // 256 KB at a time: few calls per second at Wi-Fi speed, little memory per download.
        response = MHD_create_response_from_callback(static_cast<uint64_t>(answer.zip->length),
                                                     256 * 1024, &readZip, sending, &finishZip);
        if (!response)
            delete sending;
    } else {
        // Pages live in the snapshot: the response holds a reference to them (QByteArray is
        // implicitly shared) instead of copying them for every request.
        auto *held = new QByteArray(answer.body);
        response = MHD_create_response_from_buffer_with_free_callback_cls(
            static_cast<size_t>(held->size()), const_cast<char *>(held->constData()),
            [](void *cls) { delete static_cast<QByteArray *>(cls); }, held);
        if (!response)
            delete held;
    }
    if (!response)
        return nullptr;
    for (const auto &[name, value] : answer.headers)
        MHD_add_response_header(response, name.constData(), value.constData());
    return response;
}

using pageanswers::unavailable;
using pageanswers::withImage;
using pageanswers::withPlaceholder;

enum MHD_Result queue(MHD_Connection *connection, const HttpResponse &answer)
{
    int status = 0;
    MHD_Response *response = makeResponse(answer, &status);
    if (!response)
        return MHD_NO;
    const enum MHD_Result queued =
        MHD_queue_response(connection, static_cast<unsigned>(status), response);
    MHD_destroy_response(response);
    return queued;
}

// As queue(), remembering the answer's length for its send deadline.
enum MHD_Result queue(MHD_Connection *connection, RequestState &state, const HttpResponse &answer)
{
    state.sendBytes = answer.contentLength();
    return queue(connection, answer);
}

// A page image: from the cache at once (sendfile, before any word with a worker), a page known
// to fail as its placeholder at once, else the connection waits (suspended, holding no
// thread) while a render worker draws it, and is answered when it is resumed.
enum MHD_Result respondWithImage(HttpServer &server, MHD_Connection *connection,
                                 RequestState &state, HttpResponse answer)
{
    const std::shared_ptr<PageImages> images = server.pageImages();
    if (!images)
        return queue(connection, unavailable(503, "Page images are not available", 0));
    const PageImageJob job = *answer.pageImage;
    const PageKey key{job.sha256, job.page, job.width, job.webp};
    if (auto cached = images->cache.find(key))
        return queue(connection, state,
                     withImage(std::move(answer), PageOutcome{cached, {}, {}, false}));
    if (images->failures && images->failures->find(key))
        return queue(connection, state, withPlaceholder(std::move(answer)));

    const std::shared_ptr<ServerSuspensions> suspensions = server.suspensions();
    auto pending = std::make_shared<PendingImage>();
    pending->connection = connection;
    state.pending = pending;
    state.deferred = std::move(answer);
    {
        // Registered and suspended under one lock: stop() and the render's completion resume
        // it under this lock too, so they only ever find it suspended (resuming a connection
        // that is not suspended yet is undefined behaviour in libmicrohttpd).
        const std::lock_guard lock(suspensions->mutex);
        if (suspensions->stopping) {
            state.pending.reset();
            return queue(connection, unavailable(503, "Stopping", 5));
        }
        suspensions->waiting.insert(pending);
        if (suspensions->beforeSuspend)
            suspensions->beforeSuspend();
        MHD_suspend_connection(connection);
    }
    images->pool.request(key, job.pdfPath, clientKey(clientAddress(connection)),
                         [suspensions, pending](const PageOutcome &outcome) {
                             suspensions->resume(pending, outcome);
                         });
    return MHD_YES;
}

// The PIN form, once the limiter let the attempt through: the connection waits, suspended and
// holding no thread, while the PIN checker hashes, and is answered when it is resumed. A full
// checker or a stopping server is answered at once, and the attempt's try given back.
enum MHD_Result respondWithPinCheck(HttpServer &server, MHD_Connection *connection,
                                    RequestState &state, std::shared_ptr<const PinCheckJob> job)
{
    const std::shared_ptr<PinSuspensions> waits = server.pinSuspensions();
    PinChecker *checker = server.pinChecker();
    auto pending = std::make_shared<PendingPin>();
    pending->connection = connection;
    {
        // Held across submitting and suspending: the checker's answer, which resumes the
        // connection, waits here until the connection is suspended.
        const std::lock_guard lock(waits->mutex);
        const auto done = [waits, pending](PinVerdict verdict) {
            waits->resume(pending, verdict);
        };
        if (!waits->stopping && checker && checker->trySubmit(job, done)) {
            waits->waiting.insert(pending);
            state.pendingPin = std::move(pending);
            state.pinJob = std::move(job);
            MHD_suspend_connection(connection);
            return MHD_YES;
        }
    }
    return queue(connection,
                 Router::finishPinCheck(*job, PinVerdict::NotChecked, &server.guessLimiter()));
}

// Called again after the PIN checker (or stop()) resumed the connection.
enum MHD_Result answerPinCheck(HttpServer &server, MHD_Connection *connection, RequestState &state)
{
    std::optional<PinVerdict> verdict;
    {
        const std::lock_guard lock(server.pinSuspensions()->mutex);
        if (state.pendingPin->resumed)
            verdict = state.pendingPin->verdict;
    }
    if (!verdict)
        return MHD_YES;
    state.pendingPin.reset();
    const std::shared_ptr<const PinCheckJob> job = std::move(state.pinJob);
    return queue(connection, Router::finishPinCheck(*job, *verdict, &server.guessLimiter()));
}

// A request that ended before its PIN answer was queued (the phone went away) still settles
// its try with the limiter: counted when the PIN was wrong, given back otherwise.
void settleAbandonedPinCheck(HttpServer &server, RequestState &state)
{
    if (!state.pinJob)
        return;
    PinVerdict verdict = PinVerdict::NotChecked;
    if (state.pendingPin) {
        const std::lock_guard lock(server.pinSuspensions()->mutex);
        if (state.pendingPin->resumed)
            verdict = state.pendingPin->verdict;
    }
    Router::finishPinCheck(*state.pinJob, verdict, &server.guessLimiter());
}

// The next bytes of a phone's event stream: the retry interval first, then the current item
// whenever it differs from what was sent, a heartbeat comment when it has been quiet a while;
// with nothing to say, the connection is suspended until EventStreams wakes it.
ssize_t readEvents(void *cls, uint64_t, char *buffer, size_t max)
{
    EventStream &stream = **static_cast<std::shared_ptr<EventStream> *>(cls);
    if (stream.offset >= stream.pending.size()) {
        stream.pending.clear();
        stream.offset = 0;
        const std::shared_ptr<EventStreams> streams = stream.server->events();
        const std::lock_guard lock(streams->mutex);
        const std::shared_ptr<const SiteSnapshot> site = stream.server->site();
        const SnapshotMeeting *meeting = site->meeting(stream.code);
        // A meeting closed meanwhile, or a server stopping: the stream ends (the browser asks
        // again, and a closed meeting's 404 makes it stop asking).
        if (!meeting || streams->stopping)
            return MHD_CONTENT_READER_END_OF_STREAM;
        const auto now = std::chrono::steady_clock::now();
        if (!stream.greeted) {
            // How long a browser waits before it reconnects: soon within the budget, after
            // half a minute beyond it.
            stream.pending = stream.ending ? "retry: 30000\n\n" : "retry: 3000\n\n";
            stream.greeted = true;
        }
        if (meeting->currentItem != stream.sent) {
            QByteArray path = '/' + meeting->code.toLatin1();
            if (meeting->currentItem > 0)
                path += '/' + QByteArray::number(meeting->currentItem);
            stream.pending += "event: item\ndata: " + QByteArray::number(meeting->currentItem) +
                              ' ' + path + "\n\n";
            stream.sent = meeting->currentItem;
        } else if (stream.ending) {
            return MHD_CONTENT_READER_END_OF_STREAM;
        } else if (now - stream.lastWrite >= streams->heartbeat) {
            stream.pending = ":\n\n";
        }
        if (stream.pending.isEmpty()) {
            stream.suspended = true;
            MHD_suspend_connection(stream.connection);
            return 0;
        }
        stream.lastWrite = now;
    }
    const qsizetype n =
        std::min<qsizetype>(static_cast<qsizetype>(max), stream.pending.size() - stream.offset);
    std::memcpy(buffer, stream.pending.constData() + stream.offset, static_cast<size_t>(n));
    stream.offset += n;
    return n;
}

void freeEvents(void *cls)
{
    auto *held = static_cast<std::shared_ptr<EventStream> *>(cls);
    const std::shared_ptr<EventStreams> streams = (*held)->server->events();
    {
        const std::lock_guard lock(streams->mutex);
        streams->open.erase(*held);
    }
    delete held;
}

// GET /CODE/events: a response without end, read from the snapshot by readEvents. Beyond the
// budget the phone gets the current item and a long retry, and the connection is free again.
enum MHD_Result respondWithEvents(HttpServer &server, MHD_Connection *connection,
                                  RequestState &state, const HttpResponse &answer)
{
    auto stream = std::make_shared<EventStream>();
    stream->server = &server;
    stream->connection = connection;
    stream->code = answer.eventStream;
    const std::shared_ptr<EventStreams> streams = server.events();
    {
        const std::lock_guard lock(streams->mutex);
        if (streams->stopping)
            return queue(connection, unavailable(503, "Stopping", 5));
        if (streams->open.size() >= streams->budget)
            stream->ending = true;
        else
            streams->open.insert(stream);
    }
    auto *held = new std::shared_ptr<EventStream>(stream);
    MHD_Response *response =
        MHD_create_response_from_callback(MHD_SIZE_UNKNOWN, 1024, &readEvents, held, &freeEvents);
    if (!response) {
        freeEvents(held);
        return MHD_NO;
    }
    for (const auto &[name, value] : answer.headers)
        MHD_add_response_header(response, name.constData(), value.constData());
    state.streaming = !stream->ending;
    const enum MHD_Result queued = MHD_queue_response(connection, MHD_HTTP_OK, response);
    MHD_destroy_response(response);
    return queued;
}

enum MHD_Result respond(HttpServer &server, MHD_Connection *connection, RequestState &state,
                        const char *url, const char *method)
{
    HttpRequest request;
    request.method = method;
    request.path = url;
    for (const char *name : kRouterHeaders)
        if (const char *value = MHD_lookup_connection_value(connection, MHD_HEADER_KIND, name))
            request.headers.emplace_back(QByteArray(name), QByteArray(value));
    for (const char *name : kRouterQuery)
        if (const char *value =
                MHD_lookup_connection_value(connection, MHD_GET_ARGUMENT_KIND, name))
            request.query += (request.query.isEmpty() ? "" : "&") + QByteArray(name) + '=' +
                             QByteArray(value); // still encoded: keepPathEncoded
    request.clientAddress = clientAddress(connection);
    request.body = state.body;
    state.answered = true;

    const std::shared_ptr<const SiteSnapshot> site = server.site();
    HttpResponse answer = Router::handle(request, *site, &server.guessLimiter());
    if (answer.pageImage)
        return respondWithImage(server, connection, state, std::move(answer));
    if (answer.pinCheck)
        return respondWithPinCheck(server, connection, state, answer.pinCheck);
    if (!answer.eventStream.isEmpty())
        return respondWithEvents(server, connection, state, answer);
    // Never thank a phone for answers the catalog will not hear of.
    if (answer.surveySubmission && !server.surveyAnswers().push(*answer.surveySubmission)) {
        answer = plainTextResponse(503, "Busy taking answers, send the form again in a moment");
        answer.setHeader("Retry-After", "2");
    }
    if (answer.checkInDelegate != 0) {
        CheckInEvent checkIn;
        checkIn.delegateId = answer.checkInDelegate;
        checkIn.at = QDateTime::currentDateTimeUtc();
        checkIn.method = CheckInMethod::Card;
        checkIn.device = server.deviceKeys().keyFor(
            site->deviceSalt, 0, request.clientAddress,
            QByteArrayView(MHD_lookup_connection_value(connection, MHD_HEADER_KIND, "User-Agent")));
        // Never tell a delegate they are checked in when the catalog will not hear of it.
        if (!server.checkIns().push(std::move(checkIn))) {
            answer = plainTextResponse(503, "Busy checking people in, scan again in a moment");
            answer.setHeader("Retry-After", "2");
        }
    }
    int status = 0;
    MHD_Response *response = makeResponse(answer, &status);
    if (!response)
        return MHD_NO;
    state.sendBytes = answer.contentLength();
    if (answer.versionId != 0 && status == answer.status) {
        // A download (its bytes) or a reading (the reader page: no bytes of the file itself).
        state.versionId = answer.versionId;
        state.rangeStart = answer.file ? answer.file->offset : 0;
        state.length = answer.file ? answer.file->length : 0;
        state.deviceKey = server.deviceKeys().keyFor(
            site->deviceSalt, answer.versionId, request.clientAddress,
            QByteArrayView(MHD_lookup_connection_value(connection, MHD_HEADER_KIND, "User-Agent")));
    }
    if (answer.zip && request.method == "GET" && status == answer.status) {
        // Taking an item home opens each of its documents, for the Phones column as a
        // download does: whole when the whole ZIP arrived.
        const QByteArrayView agent(
            MHD_lookup_connection_value(connection, MHD_HEADER_KIND, "User-Agent"));
        state.zipWhole = status == 200;
        for (size_t i = 0; i < answer.zip->versionIds.size(); ++i)
            state.zipDocuments.push_back(
                {answer.zip->versionIds[i], answer.zip->entries[i].size,
                 server.deviceKeys().keyFor(site->deviceSalt, answer.zip->versionIds[i],
                                            request.clientAddress, agent)});
    }
    const enum MHD_Result queued =
        MHD_queue_response(connection, static_cast<unsigned>(status), response);
    MHD_destroy_response(response);
    return queued;
}

enum MHD_Result handleRequest(void *cls, MHD_Connection *connection, const char *url,
                              const char *method, const char * /*version*/, const char *uploadData,
                              size_t *uploadSize, void **connectionState)
{
    auto *server = static_cast<HttpServer *>(cls);
    const bool bodyless = std::strcmp(method, "GET") == 0 || std::strcmp(method, "HEAD") == 0;
    if (*connectionState == nullptr) {
        auto *state = new RequestState;
        *connectionState = state;
        // A method we do not take gets its 405 before we read a byte of its body;
        // libmicrohttpd then closes the connection, right for a client sending what we never
        // take. GET, HEAD and the forms are answered on a later call (keep-alive).
        state->maxBody = Router::maxBody(method, url);
        if (bodyless || state->maxBody > 0)
            return MHD_YES;
        return respond(*server, connection, *state, url, method);
    }
    auto &state = *static_cast<RequestState *>(*connectionState);
    if (state.pending) {
        // Called again after the render pool resumed the connection.
        std::optional<PageOutcome> outcome;
        {
            const std::lock_guard lock(server->suspensions()->mutex);
            if (state.pending->resumed)
                outcome = state.pending->outcome;
        }
        if (!outcome)
            return MHD_YES;
        state.pending.reset();
        return queue(connection, state, withImage(std::move(state.deferred), *outcome));
    }
    if (state.pendingPin)
        return answerPinCheck(*server, connection, state);
    if (*uploadSize != 0) {
        // Kept only for a form and only up to its bound (a longer Content-Length was refused
        // with 413 before this); anything else is dropped.
        if (!state.answered && !bodyless && state.body.size() < state.maxBody)
            state.body.append(uploadData, std::min<qsizetype>(static_cast<qsizetype>(*uploadSize),
                                                              state.maxBody - state.body.size()));
        *uploadSize = 0;
        return MHD_YES;
    }
    if (state.answered)
        return MHD_YES;
    return respond(*server, connection, state, url, method);
}

// Called once per request, however it ended: a phone that walked away mid-download still
// frees its state here, and its partial download is recorded as such.
void requestCompleted(void *cls, MHD_Connection *, void **connectionState,
                      enum MHD_RequestTerminationCode reason)
{
    auto *state = static_cast<RequestState *>(*connectionState);
    *connectionState = nullptr;
    if (!state)
        return;
    settleAbandonedPinCheck(*static_cast<HttpServer *>(cls), *state);
    if (state->versionId != 0) {
        AccessEvent event;
        event.versionId = state->versionId;
        event.at = QDateTime::currentDateTimeUtc();
        event.rangeStart = state->rangeStart;
        event.length = state->length;
        event.complete = reason == MHD_REQUEST_TERMINATED_COMPLETED_OK;
        event.deviceKey = std::move(state->deviceKey);
        static_cast<HttpServer *>(cls)->accessLog().push(event);
    }
    const bool zipArrived = reason == MHD_REQUEST_TERMINATED_COMPLETED_OK && state->zipWhole;
    for (RequestState::ZipDocument &document : state->zipDocuments) {
        AccessEvent event;
        event.versionId = document.versionId;
        event.at = QDateTime::currentDateTimeUtc();
        event.length = zipArrived ? document.size : 0;
        event.complete = zipArrived;
        event.deviceKey = std::move(document.deviceKey);
        static_cast<HttpServer *>(cls)->accessLog().push(event);
    }
    delete state;
}

// --- Connections: watched, screened, given a deadline, shed first when room runs short -------
// libmicrohttpd 0.9.75 bounds only how long a connection may stay silent, and every byte
// restarts that clock: a client that trickles its request a line at a time holds its
// connection for as long as it likes, and at the connection limit libmicrohttpd stops
// accepting, so a newcomer waits in the kernel's queue behind the trickle. It has no deadline
// for a whole request and no way to make room. ConnectionWatch does both (see its header);
// libmicrohttpd tells it what happens through the notifications and the handler below.

// Request targets longer than this get our own 414: delegate URLs are a few hundred bytes.
// Request headers above this get our own 431: a phone sends 1-2 KB. libmicrohttpd answers its
// own 414 and 431, before we are called, only for a request line or headers that do not fit in
// the connection's memory at all (above about 15 KB with the default connectionMemoryLimit).
constexpr qsizetype kMaxTarget = 4096;
constexpr std::size_t kMaxHeaderBytes = 8 * 1024;

ConnectionWatch::Connection *watched(MHD_Connection *connection)
{
    const MHD_ConnectionInfo *info =
        MHD_get_connection_info(connection, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
    return info ? static_cast<ConnectionWatch::Connection *>(info->socket_context) : nullptr;
}

void connectionNotified(void *cls, MHD_Connection *connection, void **socketContext,
                        enum MHD_ConnectionNotificationCode code)
{
    auto *watch = static_cast<ConnectionWatch *>(cls);
    if (code == MHD_CONNECTION_NOTIFY_STARTED) {
        const MHD_ConnectionInfo *info =
            MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CONNECTION_FD);
        *socketContext =
            info ? watch->opened(info->connect_fd, clientKey(clientAddress(connection))) : nullptr;
        return;
    }
    // libmicrohttpd closes the socket right after this notification (MHD_cleanup_connections):
    // forgotten first, under the watch's mutex, it is never shut down once its number is reused.
    if (auto *record = static_cast<ConnectionWatch::Connection *>(*socketContext))
        watch->closed(record);
    *socketContext = nullptr;
}

// Called once a request line is in, before libmicrohttpd splits the target at '?', '&' and '='
// by writing NULs into it: the copy is the target as sent, up to its first NUL (the client's,
// or the one that replaced the space before the HTTP version).
void *requestLineReceived(void *, const char *uri, MHD_Connection *connection)
{
    if (ConnectionWatch::Connection *record = watched(connection); record && uri) {
        record->targetAt = uri;
        record->target = QByteArray(uri);
    }
    return nullptr; // so the handler's first call still finds no request state
}

// The request target as sent, or as much of it as holds its first defect. libmicrohttpd passes
// C strings, so a NUL the client sent would silently cut the path ("/CODE<NUL>junk" answered as
// "/CODE"). In its buffer the target runs from `url` to the NUL that replaced the space before
// the version: when that is further than the copy reaches, the byte after the copy is a NUL
// the client sent. Any other layout (another libmicrohttpd) leaves the copy as it is.
QByteArray receivedTarget(const ConnectionWatch::Connection &record, const char *url,
                          const char *version)
{
    QByteArray target = record.target;
    if (record.targetAt == url && url && version && version > url) {
        const std::ptrdiff_t span = version - 1 - url;
        if (span > target.size() && span < (std::ptrdiff_t{1} << 20))
            target.append('\0');
    }
    return target;
}

struct Framing
{
    QList<QByteArray> contentLengths;
    QList<QByteArray> transferEncodings;
};

enum MHD_Result collectFraming(void *cls, enum MHD_ValueKind, const char *key, size_t keySize,
                               const char *value, size_t valueSize)
{
    auto &framing = *static_cast<Framing *>(cls);
    const QByteArrayView name(key, static_cast<qsizetype>(keySize));
    const QByteArray text = value ? QByteArray(value, static_cast<qsizetype>(valueSize)) : "";
    if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
        framing.contentLengths.append(text);
    else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0)
        framing.transferEncodings.append(text);
    return MHD_YES;
}

// What to answer instead of the Router, decided once the headers are in and before a byte of
// a body is read; nullopt to go on. Answered this early, libmicrohttpd closes the connection
// after the answer, which is what a malformed request deserves.
std::optional<HttpResponse> screen(MHD_Connection *connection, ConnectionWatch::Connection *record,
                                   const char *url, const char *method, const char *version)
{
    std::optional<http::Refusal> refusal;
    if (record) {
        refusal = http::targetRefusal(receivedTarget(*record, url, version), kMaxTarget);
        record->target.clear();
        record->targetAt = nullptr;
    }
    if (!refusal) {
        const MHD_ConnectionInfo *size =
            MHD_get_connection_info(connection, MHD_CONNECTION_INFO_REQUEST_HEADER_SIZE);
        if (size && size->header_size > kMaxHeaderBytes)
            refusal = http::Refusal{431, "Request Header Fields Too Large"};
    }
    if (!refusal) {
        Framing framing;
        MHD_get_connection_values_n(connection, MHD_HEADER_KIND, &collectFraming, &framing);
        const qsizetype maxBody = Router::maxBody(method, url);
        refusal =
            http::framingRefusal(framing.contentLengths, framing.transferEncodings, maxBody > 0);
        // A form's body longer than its action takes is refused before a byte of it is read
        // (the lengths agree and are numbers once framingRefusal let them through).
        if (!refusal && maxBody > 0 && !framing.contentLengths.isEmpty() &&
            framing.contentLengths.first().trimmed().toLongLong() > maxBody)
            refusal = http::Refusal{413, "Content Too Large"};
    }
    if (refusal)
        return plainTextResponse(refusal->status, refusal->reason);
    if (record && record->watch->saturated()) {
        // Every connection but the room kept for newcomers is answering, none can be cut to make
        // room: better told at once to come back than left waiting for a slot in the kernel's
        // queue once that room is taken too.
        HttpResponse busy = plainTextResponse(503, "Busy, try again in a moment");
        busy.setHeader("Retry-After", "2");
        return busy;
    }
    return std::nullopt;
}

bool answerUnderWay(MHD_Connection *connection)
{
    if (MHD_get_connection_info(connection, MHD_CONNECTION_INFO_HTTP_STATUS))
        return true; // a response is queued
    const MHD_ConnectionInfo *suspended =
        MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CONNECTION_SUSPENDED);
    return suspended && suspended->suspended == MHD_YES; // waiting for a page image or the like
}

// The handler libmicrohttpd calls: screens each request on its first call, lets handleRequest
// answer it, and tells the watch once an answer is on its way.
enum MHD_Result screenAndHandle(void *cls, MHD_Connection *connection, const char *url,
                                const char *method, const char *version, const char *uploadData,
                                size_t *uploadSize, void **connectionState)
{
    ConnectionWatch::Connection *record = watched(connection);
    if (*connectionState == nullptr) {
        if (std::optional<HttpResponse> refusal =
                screen(connection, record, url, method, version)) {
            if (record)
                record->watch->answering(record);
            return queue(connection, *refusal);
        }
    }
    const enum MHD_Result result = handleRequest(cls, connection, url, method, version, uploadData,
                                                 uploadSize, connectionState);
    if (record && answerUnderWay(connection)) {
        const auto *state = static_cast<const RequestState *>(*connectionState);
        if (state && state->streaming) {
            record->watch->streaming(record);
            return result;
        }
        record->watch->answering(
            record,
            state ? static_cast<std::uint64_t>(std::max<std::int64_t>(0, state->sendBytes)) : 0);
    }
    return result;
}

// Once an answer is done (or abandoned), the connection waits for its next request, under the
// deadline again.
void requestFinished(void *cls, MHD_Connection *connection, void **connectionState,
                     enum MHD_RequestTerminationCode reason)
{
    requestCompleted(cls, connection, connectionState, reason);
    if (ConnectionWatch::Connection *record = watched(connection))
        record->watch->waiting(record);
}

// libmicrohttpd speaks from its network threads, about every odd connection (a client that
// left mid-request, one cut by the watch): never there to the log itself, which would stop the
// thread and all its connections the moment stderr stops taking lines (see LogRelay).
void logFromLibrary(void *, const char *format, va_list args)
{
    char line[512];
    std::vsnprintf(line, sizeof line, format, args);
    // A phone that moves on or stops following closes its event stream, and libmicrohttpd
    // reports the send it could not finish when the stream next wakes: that is how every
    // stream ends, nothing for the organiser to read.
    if (std::strstr(line, "/events'") &&
        (std::strstr(line, "no longer available") || std::strstr(line, "closed by remote")))
        return;
    LogRelay::library().post(line);
}

struct Endpoint
{
    sockaddr_storage address{};
    socklen_t length = 0;
};

Endpoint parseEndpoint(const QString &host, std::uint16_t port)
{
    Endpoint endpoint;
    const QByteArray text = host.toLatin1();
    auto *v4 = reinterpret_cast<sockaddr_in *>(&endpoint.address);
    auto *v6 = reinterpret_cast<sockaddr_in6 *>(&endpoint.address);
    if (inet_pton(AF_INET, text.constData(), &v4->sin_addr) == 1) {
        v4->sin_family = AF_INET;
        v4->sin_port = htons(port);
        endpoint.length = sizeof(sockaddr_in);
    } else if (inet_pton(AF_INET6, text.constData(), &v6->sin6_addr) == 1) {
        v6->sin6_family = AF_INET6;
        v6->sin6_port = htons(port);
        endpoint.length = sizeof(sockaddr_in6);
    } else {
        throw Error(HttpServer::tr("%1 is not an IP address to listen on.").arg(host));
    }
    return endpoint;
}

// Raises the soft limit on open files to the hard one (Debian's soft default of 1024 would
// otherwise cap a hall of phones) and returns how many connections that leaves room for.
unsigned raiseOpenFileLimit()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 256;
    if (limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
        ::getrlimit(RLIMIT_NOFILE, &limit);
    }
    constexpr rlim_t kReserved = 64; // SQLite, Qt, the listening socket, logs
    const rlim_t usable = limit.rlim_cur > kReserved * 2 ? (limit.rlim_cur - kReserved) / 2 : 32;
    return static_cast<unsigned>(std::min<rlim_t>(usable, 1u << 20));
}

// A port next to `busy` that is free on the same address right now, for the suggestion in
// the error message (8080 when none of the next few is).
std::uint16_t freePortNear(Endpoint endpoint, std::uint16_t busy)
{
    for (int candidate = busy + 1; candidate <= busy + 20 && candidate <= 65535; ++candidate) {
        auto *port = endpoint.address.ss_family == AF_INET
                         ? &reinterpret_cast<sockaddr_in *>(&endpoint.address)->sin_port
                         : &reinterpret_cast<sockaddr_in6 *>(&endpoint.address)->sin6_port;
        *port = htons(static_cast<std::uint16_t>(candidate));
        const int probe = ::socket(endpoint.address.ss_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (probe < 0)
            break;
        const bool free =
            ::bind(probe, reinterpret_cast<sockaddr *>(&endpoint.address), endpoint.length) == 0;
        ::close(probe);
        if (free)
            return static_cast<std::uint16_t>(candidate);
    }
    return 8080;
}

} // namespace

HttpServer::HttpServer()
    : m_site(SiteSnapshot::empty()), m_suspensions(std::make_shared<ServerSuspensions>()),
      m_pinSuspensions(std::make_shared<PinSuspensions>()),
      m_events(std::make_shared<EventStreams>())
{}

HttpServer::~HttpServer()
{
    stop();
}

void HttpServer::publish(std::shared_ptr<const SiteSnapshot> site)
{
    m_site.store(site ? std::move(site) : SiteSnapshot::empty());
    m_events->notifyPublished(); // the item being discussed may have moved
}

unsigned HttpServer::eventStreams() const
{
    const std::lock_guard lock(m_events->mutex);
    return static_cast<unsigned>(m_events->open.size());
}

void HttpServer::start(const ServerOptions &options)
{
    stop();
    Endpoint endpoint = parseEndpoint(options.bindAddress, options.port);
    const int family = endpoint.address.ss_family;

    // We bind the socket ourselves so that a busy port or a missing address gets its real
    // reason, which libmicrohttpd would only log.
    const int fd = ::socket(family, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        throw Error(tr("Cannot create a network socket: %1")
                        .arg(QString::fromLocal8Bit(std::strerror(errno))));
    const int on = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    if (family == AF_INET6) {
        const int off = 0; // "::" then accepts IPv4 too
        ::setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &off, sizeof off);
    }
    if (::bind(fd, reinterpret_cast<sockaddr *>(&endpoint.address), endpoint.length) != 0) {
        const int error = errno;
        ::close(fd);
        if (error == EADDRINUSE)
            throw Error(tr("Port %1 is already in use on %2. Another program (or another "
                           "Docket) is serving there: stop it, or choose another port such as "
                           "%3.")
                            .arg(options.port)
                            .arg(options.bindAddress)
                            .arg(freePortNear(endpoint, options.port)));
        if (error == EADDRNOTAVAIL)
            throw Error(tr("This computer has no address %1 (has the network changed?). "
                           "Choose another network interface.")
                            .arg(options.bindAddress));
        if (error == EACCES)
            throw Error(tr("Port %1 needs administrator rights; choose a port above 1023.")
                            .arg(options.port));
        throw Error(tr("Cannot listen on %1 port %2: %3")
                        .arg(options.bindAddress)
                        .arg(options.port)
                        .arg(QString::fromLocal8Bit(std::strerror(error))));
    }
    if (::listen(fd, static_cast<int>(std::clamp(options.listenBacklog, 1u, 65535u))) != 0) {
        const int error = errno;
        ::close(fd);
        throw Error(tr("Cannot listen on port %1: %2")
                        .arg(options.port)
                        .arg(QString::fromLocal8Bit(std::strerror(error))));
    }
    sockaddr_storage bound{};
    socklen_t boundLength = sizeof bound;
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&bound), &boundLength);
    const std::uint16_t port = family == AF_INET
                                   ? ntohs(reinterpret_cast<sockaddr_in *>(&bound)->sin_port)
                                   : ntohs(reinterpret_cast<sockaddr_in6 *>(&bound)->sin6_port);

    // Each connection may hold a socket and a document's descriptor: make sure the process may
    // open that many files, and never accept more connections than it can serve.
    const unsigned connectionLimit = std::min(options.connectionLimit, raiseOpenFileLimit());

    const unsigned threads = options.threads
                                 ? options.threads
                                 : static_cast<unsigned>(std::max(1, QThread::idealThreadCount()));
    {
        const std::lock_guard lock(m_suspensions->mutex);
        m_suspensions->stopping = false;
    }
    startPinChecks();
    m_events->start(options.eventStreamLimit ? options.eventStreamLimit
                                             : std::max(1u, connectionLimit / 4),
                    std::chrono::seconds(std::max(1u, options.eventHeartbeatSeconds)));
    unsigned flags = MHD_USE_EPOLL_INTERNAL_THREAD | MHD_USE_ERROR_LOG | MHD_ALLOW_SUSPEND_RESUME;
    if (family == AF_INET6)
        flags |= MHD_USE_IPv6;
    ConnectionWatch::Limits watchLimits;
    watchLimits.requestDeadline = std::chrono::seconds(options.requestDeadlineSeconds);
    watchLimits.connectionLimit = connectionLimit;
    watchLimits.sendGrace = std::chrono::seconds(options.sendGraceSeconds);
    watchLimits.minSendRate = options.minSendRate;
    m_watch = std::make_unique<ConnectionWatch>(watchLimits);
    m_daemon = MHD_start_daemon(
        flags, port, nullptr, nullptr, &screenAndHandle, this,
        // The logger goes first so that problems with the options below are routed to it.
        MHD_OPTION_EXTERNAL_LOGGER, &logFromLibrary, nullptr, MHD_OPTION_NOTIFY_COMPLETED,
        &requestFinished, this, MHD_OPTION_NOTIFY_CONNECTION, &connectionNotified, m_watch.get(),
        MHD_OPTION_URI_LOG_CALLBACK, &requestLineReceived, nullptr, MHD_OPTION_LISTEN_SOCKET, fd,
        MHD_OPTION_THREAD_POOL_SIZE, threads, MHD_OPTION_CONNECTION_LIMIT, connectionLimit,
        MHD_OPTION_PER_IP_CONNECTION_LIMIT, options.perClientConnectionLimit,
        MHD_OPTION_CONNECTION_TIMEOUT, options.idleTimeoutSeconds,
        MHD_OPTION_CONNECTION_MEMORY_LIMIT, options.connectionMemoryLimit,
        MHD_OPTION_UNESCAPE_CALLBACK, &keepPathEncoded, nullptr, MHD_OPTION_END);
    if (!m_daemon) {
        m_watch.reset();
        ::close(fd);
        stopPinChecks();
        m_events->stop();
        throw Error(tr("The web server could not start on port %1.").arg(port));
    }
    m_port = port;
    m_bindAddress = options.bindAddress;
}

void HttpServer::stop()
{
    if (!m_daemon)
        return;
    // Requests waiting for a render are answered first: libmicrohttpd must not stop with a
    // connection suspended, and a render that finishes later must find nothing to wake.
    {
        PageOutcome stopping;
        stopping.busy = true;
        std::set<std::shared_ptr<PendingImage>> waiting;
        {
            const std::lock_guard lock(m_suspensions->mutex);
            m_suspensions->stopping = true;
            waiting = m_suspensions->waiting;
        }
        for (const std::shared_ptr<PendingImage> &pending : waiting)
            m_suspensions->resume(pending, stopping);
    }
    resumeWaitingPinChecks();
    m_events->stop();
    // MHD_stop_daemon closes the listening socket we handed it.
    MHD_stop_daemon(m_daemon);
    LogRelay::library().flush(std::chrono::milliseconds(200)); // its last summary, if it can
    m_watch.reset(); // after the daemon: closing its connections reports to the watch
    m_daemon = nullptr;
    m_port = 0;
    stopPinChecks();
}

std::uint64_t HttpServer::unsuspendedResumes() const
{
    return m_suspensions->unsuspendedResumes.load(std::memory_order_relaxed);
}

void HttpServer::setBeforeImageSuspendForTest(std::function<void()> hook)
{
    const std::lock_guard lock(m_suspensions->mutex);
    m_suspensions->beforeSuspend = std::move(hook);
}

void HttpServer::startPinChecks()
{
    {
        const std::lock_guard lock(m_pinSuspensions->mutex);
        m_pinSuspensions->stopping = false;
    }
    m_pinChecker = std::make_unique<PinChecker>();
}

void HttpServer::resumeWaitingPinChecks()
{
    // As for page images: no connection may stay suspended once the daemon stops. Each is
    // answered "not checked" (503, its try given back); a check that ends later wakes nothing.
    std::set<std::shared_ptr<PendingPin>> waiting;
    {
        const std::lock_guard lock(m_pinSuspensions->mutex);
        m_pinSuspensions->stopping = true;
        waiting = m_pinSuspensions->waiting;
    }
    for (const std::shared_ptr<PendingPin> &pending : waiting)
        m_pinSuspensions->resume(pending, PinVerdict::NotChecked);
}

void HttpServer::stopPinChecks()
{
    // After the daemon: nothing submits any more. The check in hand finishes (milliseconds).
    m_pinChecker.reset();
}

} // namespace docket
