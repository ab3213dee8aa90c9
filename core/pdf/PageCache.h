// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <cstdint>
#include <mutex>
#include <optional>

namespace docket {

// Which image: the document's content hash (so a new version never shows an old page, and
// two documents with the same bytes share their images), the 1-based page and the width.
struct PageKey
{
    QString sha256;
    int page = 0;
    int width = 0;
    QString text() const; // "sha256-p3-w1080"
    bool operator==(const PageKey &) const = default;
};

struct CachedPage
{
    QString path;
    QByteArray mimeType;
    std::int64_t size = 0;
};

// Page images on disk (cache/pages/ in the library folder), so they survive a restart and are
// sent with sendfile like documents. Bounded in bytes: the least recently used images go
// first. Thread-safe: the server's threads look up, the render workers store.
class PageCache
{
    Q_DECLARE_TR_FUNCTIONS(PageCache)

public:
    static constexpr std::int64_t kDefaultLimit = 1024LL * 1024 * 1024; // 1 GiB

    PageCache(const QString &folder, std::int64_t limitBytes = kDefaultLimit);

    QString folder() const { return m_folder; }
    std::optional<CachedPage> find(const PageKey &key);
    // Writes the image (to a temporary, then renamed: a reader never sees half a file) and
    // evicts older images past the limit. Throws docket::Error when the disk refuses.
    CachedPage store(const PageKey &key, const QByteArray &bytes, const QByteArray &mimeType);

    std::int64_t totalBytes() const;
    int count() const;

private:
    struct Entry
    {
        CachedPage page;
        std::uint64_t lastUse = 0;
    };
    void load();
    void evictLocked(const QString &keep);

    QString m_folder;
    std::int64_t m_limit;
    mutable std::mutex m_mutex;
    QHash<QString, Entry> m_entries; // by PageKey::text()
    std::int64_t m_total = 0;
    std::uint64_t m_clock = 0;
};

} // namespace docket
