// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf/ChildProcess.h"

#include "util/Error.h"

#include <QFile>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace docket {

namespace {

constexpr qsizetype kErrorTail = 8192;
// Descriptors handed to the child are moved up here first, so that putting them on 0-3 in
// the child can never overwrite one another.
constexpr int kHighDescriptor = 10;

int moveHigh(int fd)
{
    if (fd < 0)
        return fd;
    const int high = ::fcntl(fd, F_DUPFD_CLOEXEC, kHighDescriptor);
    ::close(fd);
    return high;
}

void closeQuietly(int &fd)
{
    if (fd >= 0)
        ::close(fd);
    fd = -1;
}

} // namespace

ChildProcess::ChildProcess(const QString &program, const QStringList &arguments,
                           const ChildLimits &limits, Channel channel)
    : m_duplex(channel == Channel::Duplex)
{
    // Everything the child needs is made before fork: after it, in a process with threads,
    // only async-signal-safe calls are allowed until exec.
    const QByteArray path = QFile::encodeName(program);
    std::vector<QByteArray> words{path};
    for (const QString &argument : arguments)
        words.push_back(argument.toUtf8());
    std::vector<char *> argv;
    for (QByteArray &word : words)
        argv.push_back(word.data());
    argv.push_back(nullptr);

    int channelFds[2] = {-1, -1};
    const int made = m_duplex ? ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, channelFds)
                              : ::pipe2(channelFds, O_CLOEXEC);
    int errorFds[2] = {-1, -1};
    if (made != 0 || ::pipe2(errorFds, O_CLOEXEC) != 0) {
        const int error = errno;
        for (int fd : channelFds)
            closeQuietly(fd);
        throw Error(tr("Cannot start a helper process: %1")
                        .arg(QString::fromLocal8Bit(std::strerror(error))));
    }
    int ours = moveHigh(channelFds[0]);
    int theirs = moveHigh(channelFds[1]);
    int errorsOurs = moveHigh(errorFds[0]);
    int errorsTheirs = moveHigh(errorFds[1]);
    int devNull = moveHigh(::open("/dev/null", O_RDWR | O_CLOEXEC));
    const pid_t parent = ::getpid();
    const rlimit memory{static_cast<rlim_t>(limits.memoryBytes),
                        static_cast<rlim_t>(limits.memoryBytes)};
    const rlimit cpu{static_cast<rlim_t>(limits.cpuSeconds),
                     static_cast<rlim_t>(limits.cpuSeconds)};
    const bool duplex = m_duplex;

    const pid_t pid = ::fork();
    if (pid == 0) {
        // The child: async-signal-safe calls only. Killed when the thread that forked it ends
        // (see the header), which includes every end of this process.
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent)
            ::_exit(127); // the process died between fork and prctl (a thread's end: unseen)
        sigset_t none;
        ::sigemptyset(&none);
        ::sigprocmask(SIG_SETMASK, &none, nullptr);
        ::signal(SIGPIPE, SIG_DFL);
        if (limits.memoryBytes > 0)
            ::setrlimit(RLIMIT_AS, &memory);
        if (limits.cpuSeconds > 0)
            ::setrlimit(RLIMIT_CPU, &cpu);
        const rlimit core{0, 0}; // a crash in there must not leave a core file behind
        ::setrlimit(RLIMIT_CORE, &core);
        ::dup2(devNull, 0);
        ::dup2(duplex ? devNull : theirs, 1);
        ::dup2(errorsTheirs, 2);
        if (duplex)
            ::dup2(theirs, 3);
        ::close_range(duplex ? 4 : 3, ~0U, 0);
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    const int forkError = errno;
    closeQuietly(theirs);
    closeQuietly(errorsTheirs);
    closeQuietly(devNull);
    if (pid < 0) {
        closeQuietly(ours);
        closeQuietly(errorsOurs);
        throw Error(tr("Cannot start a helper process: %1")
                        .arg(QString::fromLocal8Bit(std::strerror(forkError))));
    }
    m_pid = pid;
    m_channel = ours;
    m_errors = errorsOurs;
}

ChildProcess::~ChildProcess()
{
    kill();
    wait();
    closeQuietly(m_channel);
    closeQuietly(m_errors);
}

void ChildProcess::drainErrors()
{
    if (m_errors < 0)
        return;
    char buffer[4096];
    const ssize_t got = ::read(m_errors, buffer, sizeof buffer);
    if (got <= 0) {
        if (got == 0 || (errno != EINTR && errno != EAGAIN))
            closeQuietly(m_errors);
        return;
    }
    m_errorTail.append(buffer, got);
    if (m_errorTail.size() > kErrorTail)
        m_errorTail.remove(0, m_errorTail.size() - kErrorTail);
}

ChildProcess::Wait ChildProcess::waitReadable(const QDeadlineTimer &deadline)
{
    for (;;) {
        pollfd fds[2] = {{m_channel, POLLIN, 0}, {m_errors, POLLIN, 0}};
        const int count = m_errors >= 0 ? 2 : 1;
        const qint64 left = deadline.isForever() ? -1 : deadline.remainingTime();
        const int ready = ::poll(fds, count, left < 0 ? -1 : static_cast<int>(left));
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready <= 0)
            return ready == 0 ? Wait::Timeout : Wait::Readable;
        if (count == 2 && fds[1].revents != 0)
            drainErrors();
        if (fds[0].revents != 0)
            return Wait::Readable;
    }
}

int ChildProcess::waitAny(const std::vector<ChildProcess *> &children,
                          const QDeadlineTimer &deadline)
{
    for (;;) {
        std::vector<pollfd> fds;
        for (ChildProcess *child : children) {
            fds.push_back({child->m_channel, POLLIN, 0});
            fds.push_back({child->m_errors, POLLIN, 0}); // a negative descriptor is skipped
        }
        const qint64 left = deadline.isForever() ? -1 : deadline.remainingTime();
        const int ready = ::poll(fds.data(), fds.size(), left < 0 ? -1 : static_cast<int>(left));
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready <= 0)
            return -1;
        int readable = -1;
        for (size_t i = 0; i < children.size(); ++i) {
            if (fds[2 * i + 1].fd >= 0 && fds[2 * i + 1].revents != 0)
                children[i]->drainErrors();
            if (readable < 0 && fds[2 * i].revents != 0)
                readable = static_cast<int>(i);
        }
        if (readable >= 0)
            return readable;
    }
}

QByteArray ChildProcess::readAvailable()
{
    char buffer[65536];
    for (;;) {
        const ssize_t got = ::read(m_channel, buffer, sizeof buffer);
        if (got < 0 && errno == EINTR)
            continue;
        return got > 0 ? QByteArray(buffer, got) : QByteArray();
    }
}

bool ChildProcess::readExactly(char *into, qint64 size, const QDeadlineTimer &deadline)
{
    qint64 done = 0;
    while (done < size) {
        if (waitReadable(deadline) == Wait::Timeout)
            return false;
        const ssize_t got = ::read(m_channel, into + done, static_cast<size_t>(size - done));
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            return false;
        done += got;
    }
    return true;
}

bool ChildProcess::writeAll(const QByteArray &bytes, const QDeadlineTimer &deadline)
{
    if (!m_duplex)
        return false;
    qint64 done = 0;
    while (done < bytes.size()) {
        // A socket, so that a child that died gives EPIPE here, not SIGPIPE to this process.
        const ssize_t sent =
            ::send(m_channel, bytes.constData() + done, static_cast<size_t>(bytes.size() - done),
                   MSG_NOSIGNAL | MSG_DONTWAIT);
        if (sent > 0) {
            done += sent;
            continue;
        }
        if (sent < 0 && errno == EINTR)
            continue;
        if (sent < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            pollfd fd{m_channel, POLLOUT, 0};
            const qint64 left = deadline.remainingTime();
            if (left == 0 || ::poll(&fd, 1, static_cast<int>(left)) <= 0)
                return false;
            continue;
        }
        return false;
    }
    return true;
}

void ChildProcess::kill()
{
    const std::lock_guard lock(m_reapMutex);
    if (!m_reaped && m_pid > 0)
        ::kill(m_pid, SIGKILL);
}

ChildProcess::Exit ChildProcess::wait()
{
    if (m_exit || m_pid <= 0)
        return m_exit.value_or(Exit{});
    // Waited for without reaping first: until it is reaped its pid cannot be reused, so a
    // kill() from another thread meanwhile can only reach this child.
    siginfo_t info{};
    while (::waitid(P_PID, static_cast<id_t>(m_pid), &info, WEXITED | WNOWAIT) != 0 &&
           errno == EINTR) {
    }
    int status = 0;
    {
        const std::lock_guard lock(m_reapMutex);
        while (::waitpid(m_pid, &status, 0) < 0 && errno == EINTR) {
        }
        m_reaped = true;
    }
    // What it wrote last, often the reason it died.
    while (m_errors >= 0) {
        pollfd fd{m_errors, POLLIN, 0};
        if (::poll(&fd, 1, 0) <= 0)
            break;
        drainErrors();
    }
    Exit out;
    if (WIFSIGNALED(status)) {
        out.signalled = true;
        out.code = WTERMSIG(status);
    } else {
        out.code = WEXITSTATUS(status);
    }
    m_exit = out;
    return out;
}

QByteArray ChildProcess::errorOutput()
{
    return m_errorTail;
}

bool ChildProcess::ranOutOfMemory()
{
    const QByteArray text = m_errorTail.toLower();
    return text.contains("out of memory") || text.contains("bad_alloc") ||
           text.contains("cannot allocate");
}

double ChildProcess::cpuSeconds() const
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(m_pid));
    if (m_pid <= 0 || !stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    // The command name may hold spaces and parentheses: the fields start after the last ')'.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    const double ticks = static_cast<double>(::sysconf(_SC_CLK_TCK));
    // utime and stime, fields 14 and 15 of the whole line.
    return (fields[11].toDouble() + fields[12].toDouble()) / (ticks > 0 ? ticks : 100);
}

} // namespace docket
