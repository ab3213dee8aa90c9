// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <mutex>
#include <optional>
#include <sys/types.h>
#include <vector>

namespace docket {

struct ChildLimits
{
    std::int64_t memoryBytes = 0; // address space (RLIMIT_AS); 0: no limit
    int cpuSeconds = 0;           // CPU time (RLIMIT_CPU); 0: no limit
};

// One docket-cli child that parses or draws a user's PDF. Started with fork and exec, the
// limits set in between (so the child cannot forget them), with no descriptor of ours but the
// ones it is given and SIGKILL as its parent-death signal; killed and reaped however its owner
// ends.
//
// The parent-death signal (prctl PR_SET_PDEATHSIG) fires when the THREAD that made the child
// ends, not only when this process does: a crash of the serving process takes its children
// along, and so does the end of the thread that started one. And a thread that ends between
// fork and the child's prctl leaves a child that never gets the signal at all (the child's
// check, getppid(), sees the process, which lives on). So make a child on the thread that
// keeps it for its whole life, as the render pool's dispatcher threads and the import's
// inspection batcher do; a child made on a short-lived thread (std::async, a thread pool's
// thread that expires when idle) is killed when that thread goes, mid-page, or outlives a
// crash.
//
// Channel::Output: the child's stdout is ours to read (the inspection child's JSON lines).
// Channel::Duplex: a socket pair, the child's end as its descriptor 3 (a render worker's
// requests and answers), its stdout on /dev/null so that a stray printf cannot corrupt them.
// Either way its stderr is kept, the last few kilobytes, to tell memory from other crashes.
//
// One thread uses it, except kill(), which any thread may call (to stop it from outside).
class ChildProcess
{
    Q_DECLARE_TR_FUNCTIONS(ChildProcess)

public:
    enum class Channel
    {
        Output,
        Duplex
    };
    struct Exit
    {
        bool signalled = false; // killed by a signal (ours, a crash, the kernel)
        int code = 0;           // exit status, or the signal's number
    };
    enum class Wait
    {
        Readable, // data, or end of stream, on the channel
        Timeout
    };

    // Throws docket::Error when no process can be made; a program that does not exist starts
    // and exits at once with status 127.
    ChildProcess(const QString &program, const QStringList &arguments, const ChildLimits &limits,
                 Channel channel);
    ~ChildProcess(); // kills and reaps
    ChildProcess(const ChildProcess &) = delete;
    ChildProcess &operator=(const ChildProcess &) = delete;

    pid_t pid() const { return m_pid; }

    // Waits for the channel, reading the child's stderr meanwhile.
    Wait waitReadable(const QDeadlineTimer &deadline);
    // The same for several children: the index of one whose channel is readable, or -1 at
    // the deadline.
    static int waitAny(const std::vector<ChildProcess *> &children, const QDeadlineTimer &deadline);
    // What the channel has now (after Readable): empty at the end of the stream.
    QByteArray readAvailable();
    // Reads exactly `size` bytes by the deadline; false on end of stream, error or timeout.
    bool readExactly(char *into, qint64 size, const QDeadlineTimer &deadline);
    // Duplex only. False when the child is gone or does not take it within the deadline.
    bool writeAll(const QByteArray &bytes, const QDeadlineTimer &deadline);

    void kill(); // SIGKILL; any thread, any number of times
    Exit wait(); // reaps; blocks until the child is gone (kill() first to hurry)
    std::optional<Exit> exit() const { return m_exit; }
    QByteArray errorOutput(); // the end of its stderr, read up to now
    // Whether its stderr says it ran out of memory (Poppler, Qt and the C++ runtime each say
    // so in their own words before they abort).
    bool ranOutOfMemory();

    // Seconds of CPU the child has used so far (from /proc; 0 when unknown).
    double cpuSeconds() const;

private:
    void drainErrors();

    pid_t m_pid = -1;
    int m_channel = -1;
    int m_errors = -1;
    bool m_duplex = false;
    QByteArray m_errorTail;
    std::optional<Exit> m_exit;
    mutable std::mutex m_reapMutex; // kill() from another thread must never hit a reaped pid
    bool m_reaped = false;
};

} // namespace docket
