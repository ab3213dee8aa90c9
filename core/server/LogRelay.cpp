// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/LogRelay.h"

#include <QStringBuilder>
#include <QtGlobal>

#include <algorithm>

namespace docket {

LogRelay::LogRelay(Sink sink, const Options &options) : m_sink(std::move(sink)), m_options(options)
{
    m_thread = std::thread([this] { run(); });
}

LogRelay::~LogRelay()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

LogRelay &LogRelay::library()
{
    // Deliberately leaked: see the header. The process ends with its thread.
    static LogRelay *relay = [] {
        auto *made = new LogRelay(
            [](const QByteArray &line) { qWarning("http: %s", line.constData()); }, Options{});
        made->m_thread.detach();
        return made;
    }();
    return *relay;
}

void LogRelay::post(QByteArrayView message)
{
    while (!message.isEmpty() && (message.back() == '\n' || message.back() == '\r'))
        message.chop(1);
    const std::lock_guard lock(m_mutex);
    ++m_counts.posted;
    if (m_window.empty() && m_unlistedInWindow == 0)
        m_windowStart = std::chrono::steady_clock::now();
    for (Entry &entry : m_window) {
        if (entry.text == message) {
            ++entry.repeats;
            return;
        }
    }
    if (m_window.size() >= m_options.maxDistinct) {
        ++m_unlistedInWindow;
        ++m_counts.unlisted;
        return;
    }
    m_window.push_back(Entry{message.toByteArray(), 0});
    m_outbox.push_back(m_window.back().text);
    m_wake.notify_one();
}

void LogRelay::flush(std::chrono::milliseconds atMost)
{
    std::unique_lock lock(m_mutex);
    m_flushing = true;
    m_wake.notify_one();
    m_written.wait_for(lock, atMost, [this] {
        return !m_flushing && !m_writing && m_outbox.empty() && m_window.empty() &&
               m_unlistedInWindow == 0;
    });
}

LogRelay::Counts LogRelay::counts() const
{
    const std::lock_guard lock(m_mutex);
    return m_counts;
}

std::vector<QByteArray> LogRelay::closeWindow()
{
    const auto elapsed = std::chrono::steady_clock::now() - m_windowStart;
    const QByteArray seconds =
        QByteArray::number(std::max<long long>(
            1, std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count() / 1000)) +
        " s";
    std::vector<QByteArray> lines;
    for (const Entry &entry : m_window) {
        if (entry.repeats == 0)
            continue;
        lines.push_back(entry.text + " (and " + QByteArray::number(entry.repeats) + " more in " +
                        seconds + ')');
        m_counts.summarised += entry.repeats;
    }
    if (m_unlistedInWindow > 0)
        lines.push_back(QByteArray::number(m_unlistedInWindow) + " other messages in " + seconds +
                        " not shown");
    m_window.clear();
    m_unlistedInWindow = 0;
    return lines;
}

void LogRelay::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        std::vector<QByteArray> lines;
        const bool stopping = m_stopping;
        if (!m_outbox.empty()) {
            lines.swap(m_outbox);
        } else if (stopping || m_flushing ||
                   ((!m_window.empty() || m_unlistedInWindow > 0) &&
                    std::chrono::steady_clock::now() >= m_windowStart + m_options.window)) {
            lines = closeWindow();
            m_flushing = false;
        } else if (m_window.empty() && m_unlistedInWindow == 0) {
            m_written.notify_all();
            m_wake.wait(lock);
            continue;
        } else {
            m_wake.wait_until(lock, m_windowStart + m_options.window);
            continue;
        }
        if (lines.empty() && stopping)
            return;
        // Written without the mutex: posting goes on while the sink takes its time.
        m_writing = true;
        lock.unlock();
        for (const QByteArray &line : lines)
            m_sink(line);
        lock.lock();
        m_writing = false;
        m_counts.written += lines.size();
        m_written.notify_all();
    }
}

} // namespace docket
