// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>

namespace docket {

// Which image: the document's content hash (so a new version never shows an old page, and
// two documents with the same bytes share their images), the 1-based page and the width, and
// whether WebP may be sent (the reader offers it to browsers that take it, see DelegatePages).
struct PageKey
{
    QString sha256;
    int page = 0;
    int width = 0;
    bool webp = false;
    // What is drawn, whatever it is encoded as: "sha256-p3-w1080". A page that cannot be drawn
    // fails as PNG and as WebP alike (PageFailures).
    QString drawingText() const;
    // What is cached: "sha256-p3-w1080-webp"; the text view's and contents' fragments carry
    // the version of the code that made them, so that a better one is not hidden by old ones.
    QString text() const;
    bool operator==(const PageKey &) const = default;
};

struct CachedPage
{
    QString path; // empty when the image is held in memory
    QByteArray mimeType;
    std::int64_t size = 0;
    // The image itself when the disk refused it (full, `path` empty): sent from memory. For a
    // text fragment, its copy in memory besides its file.
    QByteArray bytes;
};

// Page images on disk (cache/pages/ in the library folder), so they survive a restart and are
// sent with sendfile like documents. Bounded in bytes: the least recently used images go
// first. When the disk refuses an image even after making room (full with other things, or a
// failing disk), it is kept in a small memory cache instead, bounded the same way: a full
// disk must not make every phone's request draw its page again. Thread-safe: the server's
// threads look up, the render workers store.
class PageCache
{
    Q_DECLARE_TR_FUNCTIONS(PageCache)

public:
    static constexpr std::int64_t kDefaultLimit = 1024LL * 1024 * 1024; // 1 GiB
    static constexpr std::int64_t kMemoryLimit = 32LL * 1024 * 1024;    // images the disk refused
    // The text view's fragments are joined into a page on every request: the few kilobytes of
    // each are also kept in memory (besides their file), so that a phone's page is answered
    // without a stat, an open and a read. Bounded: beyond it the least recently used go.
    static constexpr std::int64_t kFragmentMemoryLimit = 16LL * 1024 * 1024;
    static constexpr std::int64_t kLargestKeptFragment = 256LL * 1024;

    PageCache(const QString &folder, std::int64_t limitBytes = kDefaultLimit);

    QString folder() const { return m_folder; }
    std::optional<CachedPage> find(const PageKey &key);
    // Writes the image (to a temporary, then renamed: a reader never sees half a file) and
    // evicts older images past the limit. When the disk refuses it, the image is kept in
    // memory and returned with its bytes (`problem`, if given, says why the disk refused).
    CachedPage store(const PageKey &key, const QByteArray &bytes, const QByteArray &mimeType,
                     QString *problem = nullptr);

    std::int64_t totalBytes() const; // on disk
    int count() const;               // on disk
    std::int64_t memoryBytes() const;
    int memoryCount() const;
    std::int64_t fragmentMemoryBytes() const; // fragments kept in memory besides their file

    // Called by find() just before it looks at the image's file, outside the cache's lock:
    // a test holds one find() there and shows that others are not held with it.
    void setBeforeFileCheck(std::function<void(const QString &path)> hook);

private:
    struct Entry
    {
        CachedPage page;
        std::uint64_t lastUse = 0;
        std::uint64_t stored = 0; // which store() made it: a find() forgets only what it saw
    };
    void load();
    void evictLocked(const QString &keep);
    // Writes the file, making room on a full disk; what went wrong, or empty.
    QString writeFile(const QString &name, const QString &dir, const QString &path,
                      const QByteArray &bytes);
    void keepInMemoryLocked(const QString &name, const CachedPage &page);
    void keepFragmentLocked(const QString &name, const QByteArray &bytes);
    void forgetFragmentLocked(const QString &name);

    QString m_folder;
    std::int64_t m_limit;
    mutable std::mutex m_mutex;
    QHash<QString, Entry> m_entries; // by PageKey::text()
    std::int64_t m_total = 0;
    std::uint64_t m_clock = 0;
    QHash<QString, Entry> m_memory; // by PageKey::text(): what the disk refused
    std::int64_t m_memoryTotal = 0;
    QHash<QString, QByteArray> m_fragments; // by PageKey::text(): copies of HTML on disk
    std::int64_t m_fragmentTotal = 0;
    std::function<void(const QString &)> m_beforeFileCheck; // set before use, then only read
};

} // namespace docket
