// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pdf/PageCache.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMultiHash>
#include <QString>

#include <cstdint>
#include <mutex>
#include <optional>
#include <utility>

namespace docket {

// Why a page image could not be made.
struct PageFailure
{
    enum class Kind
    {
        Timeout,   // longer than the per-page time limit
        Memory,    // more than the render worker's address space
        Crash,     // the renderer died
        Unreadable // Poppler cannot draw that page
    };
    Kind kind = Kind::Unreadable;
    QDateTime at;
    QString detail; // what the renderer said, when it said something

    static QString kindKey(Kind kind); // "timeout", "memory", "crash", "unreadable": stored
    static std::optional<Kind> kindFromKey(QStringView key);
};

// Page images that could not be drawn, with the reason, so that a page that took a worker to
// its limit is never drawn again: every later phone gets the placeholder at once. Keyed like
// the page cache (content hash, page, width) and kept in a small append-only text file beside
// it, so that a restart does not try again either, and what another process (an import from
// the command line while the window serves) learns reaches this one within a second or so.
// Thread-safe.
class PageFailures
{
    Q_DECLARE_TR_FUNCTIONS(PageFailures)

public:
    explicit PageFailures(const QString &filePath);

    QString filePath() const { return m_path; }
    std::optional<PageFailure> find(const PageKey &key);
    // Kept in memory even when the file cannot be written (a full or read-only disk): the
    // failure is then only forgotten at the next start.
    void remember(const PageKey &key, const PageFailure &failure);
    // The pages of this content known to fail at this width, in ascending order.
    QList<int> failedPages(const QString &sha256, int width);
    // Counts up whenever a failure is learnt, here or from the file: the delegate pages that
    // link the download beside failed pages are rebuilt when it moves.
    std::uint64_t generation();
    int count();

    static constexpr int kMaxRemembered = 100000; // a bound, far above any real library

private:
    void refreshLocked(bool force);
    bool insertLocked(const QString &keyText, const PageFailure &failure);
    // Adds the line to the file; what went wrong, or empty.
    QString appendLocked(const QString &keyText, const PageFailure &stored);

    QString m_path;
    std::mutex m_mutex;
    QHash<QString, PageFailure> m_byKey;              // PageKey::drawingText()
    QMultiHash<QString, std::pair<int, int>> m_bySha; // content -> (page, width)
    qint64 m_readUpTo = 0;
    QElapsedTimer m_lastCheck;
    std::uint64_t m_generation = 0;
};

} // namespace docket
