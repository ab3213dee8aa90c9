// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf/PageFailures.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace docket {

namespace {

// Another process's new lines are picked up at most this often: one stat() per second on the
// request path of uncached page images only.
constexpr int kRefreshMilliseconds = 1000;

const QRegularExpression &keyPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9a-f]{64})-p(\\d+)-w(\\d+)$"));
    return pattern;
}

QString oneField(QString text)
{
    text.replace(u'\t', u' ');
    text.replace(u'\n', u' ');
    text.replace(u'\r', u' ');
    return text.left(300);
}

} // namespace

QString PageFailure::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Memory:
        return QStringLiteral("memory");
    case Kind::Crash:
        return QStringLiteral("crash");
    case Kind::Unreadable:
        break;
    }
    return QStringLiteral("unreadable");
}

std::optional<PageFailure::Kind> PageFailure::kindFromKey(QStringView key)
{
    for (const Kind kind : {Kind::Timeout, Kind::Memory, Kind::Crash, Kind::Unreadable})
        if (key == kindKey(kind))
            return kind;
    return std::nullopt;
}

PageFailures::PageFailures(const QString &filePath) : m_path(filePath)
{
    QDir().mkpath(QFileInfo(filePath).absolutePath());
    const std::lock_guard lock(m_mutex);
    refreshLocked(true);
}

bool PageFailures::insertLocked(const QString &keyText, const PageFailure &failure)
{
    if (m_byKey.contains(keyText) || m_byKey.size() >= kMaxRemembered)
        return false;
    const QRegularExpressionMatch match = keyPattern().match(keyText);
    if (!match.hasMatch())
        return false;
    m_byKey.insert(keyText, failure);
    m_bySha.insert(match.captured(1), {match.captured(2).toInt(), match.captured(3).toInt()});
    ++m_generation;
    return true;
}

void PageFailures::refreshLocked(bool force)
{
    if (!force && m_lastCheck.isValid() && m_lastCheck.elapsed() < kRefreshMilliseconds)
        return;
    m_lastCheck.start();
    const QFileInfo info(m_path);
    const qint64 size = info.exists() ? info.size() : 0;
    if (size == m_readUpTo)
        return;
    if (size < m_readUpTo)
        m_readUpTo = 0; // rewritten from the start
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(m_readUpTo))
        return;
    const QByteArray text = file.read(size - m_readUpTo);
    // A line another process is writing right now is read once it is whole.
    const qsizetype end = text.lastIndexOf('\n');
    if (end < 0)
        return;
    m_readUpTo += end + 1;
    for (const QByteArray &line : text.left(end).split('\n')) {
        // key, reason, when, detail: anything else (a comment, a damaged line) is skipped.
        const QList<QByteArray> fields = line.split('\t');
        if (fields.size() < 3 || !keyPattern().match(QString::fromLatin1(fields[0])).hasMatch())
            continue;
        const auto kind = PageFailure::kindFromKey(QString::fromLatin1(fields[1]));
        if (!kind)
            continue;
        PageFailure failure;
        failure.kind = *kind;
        failure.at = QDateTime::fromString(QString::fromLatin1(fields[2]), Qt::ISODate);
        if (fields.size() > 3)
            failure.detail = QString::fromUtf8(fields[3]);
        insertLocked(QString::fromLatin1(fields[0]), failure);
    }
}

std::optional<PageFailure> PageFailures::find(const PageKey &key)
{
    const std::lock_guard lock(m_mutex);
    refreshLocked(false);
    const auto it = m_byKey.constFind(key.drawingText());
    if (it == m_byKey.cend())
        return std::nullopt;
    return *it;
}

void PageFailures::remember(const PageKey &key, const PageFailure &failure)
{
    const QString keyText = key.drawingText();
    PageFailure stored = failure;
    if (!stored.at.isValid())
        stored.at = QDateTime::currentDateTimeUtc();
    QString problem;
    {
        const std::lock_guard lock(m_mutex);
        if (!insertLocked(keyText, stored))
            return;
        problem = appendLocked(keyText, stored);
    }
    // Said after the lock is released: a message handler may block (a full pipe on stderr) or
    // ask this object something, and every request thread looking up a page waits on the lock.
    if (!problem.isEmpty())
        qWarning("Cannot record a page that could not be drawn in %s: %s",
                 qUtf8Printable(QDir::toNativeSeparators(m_path)), qUtf8Printable(problem));
}

QString PageFailures::appendLocked(const QString &keyText, const PageFailure &stored)
{
    QFile file(m_path);
    const bool fresh = !file.exists();
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return file.errorString();
    QByteArray line;
    if (fresh)
        line = "# Docket: page images that could not be drawn (content-page-width, reason, "
               "when, detail); never drawn again.\n";
    line += keyText.toLatin1() + '\t' + PageFailure::kindKey(stored.kind).toLatin1() + '\t' +
            stored.at.toUTC().toString(Qt::ISODate).toLatin1() + '\t' +
            oneField(stored.detail).toUtf8() + '\n';
    // One write of one short line with O_APPEND: lines from two processes never interleave.
    if (file.write(line) != line.size())
        return file.errorString();
    return {};
}

QList<int> PageFailures::failedPages(const QString &sha256, int width)
{
    const std::lock_guard lock(m_mutex);
    refreshLocked(false);
    QList<int> pages;
    for (auto it = m_bySha.constFind(sha256); it != m_bySha.cend() && it.key() == sha256; ++it)
        if (it->second == width)
            pages << it->first;
    std::sort(pages.begin(), pages.end());
    return pages;
}

std::uint64_t PageFailures::generation()
{
    const std::lock_guard lock(m_mutex);
    refreshLocked(false);
    return m_generation;
}

int PageFailures::count()
{
    const std::lock_guard lock(m_mutex);
    return static_cast<int>(m_byKey.size());
}

} // namespace docket
