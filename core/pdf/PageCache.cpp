// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf/PageCache.h"

#include "pdf/PageRenderer.h"
#include "pdf/TextFlow.h"
#include "util/Error.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>

#include <algorithm>
#include <utility>
#include <vector>

namespace docket {

namespace {

// What the cache holds, by file name suffix: page images, and the text view's and contents'
// HTML fragments (see PageRenderer::kTextWidth).
constexpr std::pair<const char *, const char *> kKinds[] = {{"png", "image/png"},
                                                            {"jpg", "image/jpeg"},
                                                            {"webp", "image/webp"},
                                                            {"html", "text/html; charset=utf-8"}};

QByteArray extensionFor(const QByteArray &mimeType)
{
    for (const auto &[suffix, type] : kKinds)
        if (mimeType == type)
            return suffix;
    return QByteArrayLiteral("jpg");
}

QByteArray mimeFor(const QString &suffix)
{
    for (const auto &[known, type] : kKinds)
        if (suffix == QLatin1String(known))
            return type;
    return {};
}

bool isFragment(const QByteArray &mimeType)
{
    return mimeType.startsWith("text/html");
}

bool isHex64(QStringView text)
{
    if (text.size() != 64)
        return false;
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
    });
}

} // namespace

QString PageKey::drawingText() const
{
    return sha256 + QStringLiteral("-p") + QString::number(page) + QStringLiteral("-w") +
           QString::number(width);
}

QString PageKey::text() const
{
    if (width == PageRenderer::kTextWidth || width == PageRenderer::kOutlineWidth)
        return drawingText() + QStringLiteral("-t") + QString::number(textflow::kFormatVersion);
    return webp ? drawingText() + QStringLiteral("-webp") : drawingText();
}

PageCache::PageCache(const QString &folder, std::int64_t limitBytes)
    : m_folder(folder), m_limit(limitBytes)
{
    if (!QDir().mkpath(m_folder))
        throw Error(
            tr("Cannot create the page image folder %1.").arg(QDir::toNativeSeparators(m_folder)));
    load();
}

void PageCache::load()
{
    // What the last run left: its files, oldest first, so eviction order survives a restart.
    struct Found
    {
        QString key;
        CachedPage page;
        QDateTime modified;
    };
    std::vector<Found> found;
    QDirIterator it(m_folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        const QString name = info.completeBaseName();
        // Anything else in this folder is ours too: a temporary that a crash left behind.
        if (!isHex64(QStringView(name).left(64)) || mimeFor(info.suffix()).isEmpty()) {
            QFile::remove(info.filePath());
            continue;
        }
        found.push_back({name,
                         {info.filePath(), mimeFor(info.suffix()), info.size(), {}},
                         info.lastModified()});
    }
    std::sort(found.begin(), found.end(),
              [](const Found &a, const Found &b) { return a.modified < b.modified; });
    const std::lock_guard lock(m_mutex);
    for (const Found &f : found) {
        const std::uint64_t now = ++m_clock;
        m_entries.insert(f.key, {f.page, now, now});
        m_total += f.page.size;
    }
    evictLocked({});
}

std::optional<CachedPage> PageCache::find(const PageKey &key)
{
    const QString name = key.text();
    CachedPage page;
    std::uint64_t stored = 0;
    {
        const std::lock_guard lock(m_mutex);
        const auto it = m_entries.find(name);
        if (it == m_entries.end()) {
            const auto held = m_memory.find(name);
            if (held == m_memory.end())
                return std::nullopt;
            held->lastUse = ++m_clock;
            return held->page;
        }
        it->lastUse = ++m_clock;
        page = it->page;
        stored = it->stored;
        if (const auto fragment = m_fragments.constFind(name); fragment != m_fragments.cend()) {
            page.bytes = *fragment;
            return page;
        }
    }
    // The file is looked at outside the lock: a stat on a slow or failing disk must not hold
    // every other request thread (and the render workers storing pages) behind this one.
    if (m_beforeFileCheck)
        m_beforeFileCheck(page.path);
    if (isFragment(page.mimeType) && page.size <= kLargestKeptFragment) {
        // Stored by an earlier run: read once, then answered from memory.
        QFile file(page.path);
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray bytes = file.read(kLargestKeptFragment + 1);
            if (bytes.size() == page.size) {
                const std::lock_guard lock(m_mutex);
                const auto it = m_entries.find(name);
                if (it != m_entries.end() && it->stored == stored)
                    keepFragmentLocked(name, bytes);
                page.bytes = bytes;
                return page;
            }
        }
    }
    if (QFileInfo::exists(page.path))
        return page;
    // Someone emptied the folder by hand (or the disk lost it): forget the image, so that it
    // is drawn again instead of failing until a restart. Unless it was stored again meanwhile.
    const std::lock_guard lock(m_mutex);
    const auto it = m_entries.find(name);
    if (it != m_entries.end() && it->stored == stored) {
        m_total -= it->page.size;
        m_entries.erase(it);
    }
    return std::nullopt;
}

void PageCache::setBeforeFileCheck(std::function<void(const QString &path)> hook)
{
    m_beforeFileCheck = std::move(hook);
}

QString PageCache::writeFile(const QString &name, const QString &dir, const QString &path,
                             const QByteArray &bytes)
{
    // A full disk refuses the write: older images make room, as many as it takes, and the
    // write is tried again, so that phones keep getting pages while the disk stays full.
    for (;;) {
        QString problem;
        if (!QDir().mkpath(dir)) {
            problem =
                tr("Cannot create the page image folder %1.").arg(QDir::toNativeSeparators(dir));
        } else {
            // Unbuffered: Qt 6.4's QSaveFile commits a buffered file whose flush failed (the
            // disk full) as if all was written, and an empty image was then cached and sent.
            QSaveFile file(path);
            if (file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) &&
                file.write(bytes) == bytes.size() && file.commit()) {
                if (QFileInfo(path).size() == bytes.size())
                    return {};
                QFile::remove(path);
            }
            problem = tr("Cannot store a page image in %1: %2")
                          .arg(QDir::toNativeSeparators(dir), file.errorString());
        }
        const QStorageInfo storage(m_folder);
        const bool noRoom = storage.isValid() && !storage.isReadOnly() &&
                            storage.bytesAvailable() < bytes.size() + (1 << 20);
        const std::lock_guard lock(m_mutex);
        if (!noRoom)
            return problem;
        // Twice the image's size, oldest first; never the one being replaced.
        const qsizetype before = m_entries.size();
        const std::int64_t target = std::max<std::int64_t>(0, m_total - 2 * bytes.size() - 1);
        const std::int64_t limit = std::exchange(m_limit, std::min(m_limit, target));
        evictLocked(name);
        m_limit = limit;
        if (m_entries.size() == before)
            return problem; // nothing left to make room with
    }
}

CachedPage PageCache::store(const PageKey &key, const QByteArray &bytes, const QByteArray &mimeType,
                            QString *problem)
{
    const QString name = key.text();
    // Two levels, like the blob store: no folder holds more than a few thousand files.
    const QString dir = m_folder + u'/' + key.sha256.left(2);
    const QString path = dir + u'/' + name + u'.' + QString::fromLatin1(extensionFor(mimeType));
    const QString refused = writeFile(name, dir, path, bytes);
    if (problem)
        *problem = refused;

    const std::lock_guard lock(m_mutex);
    if (!refused.isEmpty()) {
        CachedPage held{{}, mimeType, bytes.size(), bytes};
        keepInMemoryLocked(name, held);
        return held;
    }
    CachedPage page{path, mimeType, bytes.size(), {}};
    if (const auto old = m_entries.find(name); old != m_entries.end()) {
        m_total -= old->page.size;
        if (old->page.path != path)
            QFile::remove(old->page.path);
    }
    if (const auto held = m_memory.find(name); held != m_memory.end()) {
        m_memoryTotal -= held->page.size;
        m_memory.erase(held);
    }
    const std::uint64_t now = ++m_clock;
    m_entries.insert(name, {page, now, now});
    m_total += page.size;
    forgetFragmentLocked(name);
    if (isFragment(mimeType) && bytes.size() <= kLargestKeptFragment)
        keepFragmentLocked(name, bytes);
    evictLocked(name);
    return page;
}

void PageCache::forgetFragmentLocked(const QString &name)
{
    if (const auto it = m_fragments.find(name); it != m_fragments.end()) {
        m_fragmentTotal -= it->size();
        m_fragments.erase(it);
    }
}

void PageCache::keepFragmentLocked(const QString &name, const QByteArray &bytes)
{
    // Another request may have read the same file meanwhile: counted once.
    forgetFragmentLocked(name);
    // The least recently used first, until the new one fits.
    while (m_fragmentTotal + bytes.size() > kFragmentMemoryLimit && !m_fragments.isEmpty()) {
        auto oldest = m_fragments.begin();
        std::uint64_t oldestUse = UINT64_MAX;
        for (auto it = m_fragments.begin(); it != m_fragments.end(); ++it) {
            const auto entry = m_entries.constFind(it.key());
            const std::uint64_t used = entry == m_entries.cend() ? 0 : entry->lastUse;
            if (used < oldestUse) {
                oldestUse = used;
                oldest = it;
            }
        }
        m_fragmentTotal -= oldest->size();
        m_fragments.erase(oldest);
    }
    m_fragments.insert(name, bytes);
    m_fragmentTotal += bytes.size();
}

void PageCache::keepInMemoryLocked(const QString &name, const CachedPage &page)
{
    if (const auto old = m_memory.find(name); old != m_memory.end()) {
        m_memoryTotal -= old->page.size;
        m_memory.erase(old);
    }
    if (page.size > kMemoryLimit)
        return; // answered this once, never kept
    // The least recently used go first, until the new one fits.
    while (m_memoryTotal + page.size > kMemoryLimit && !m_memory.isEmpty()) {
        auto oldest = m_memory.begin();
        for (auto it = m_memory.begin(); it != m_memory.end(); ++it)
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        m_memoryTotal -= oldest->page.size;
        m_memory.erase(oldest);
    }
    const std::uint64_t now = ++m_clock;
    m_memory.insert(name, {page, now, now});
    m_memoryTotal += page.size;
}

void PageCache::evictLocked(const QString &keep)
{
    if (m_total <= m_limit)
        return;
    std::vector<std::pair<std::uint64_t, QString>> byAge;
    byAge.reserve(static_cast<size_t>(m_entries.size()));
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        byAge.emplace_back(it->lastUse, it.key());
    std::sort(byAge.begin(), byAge.end());
    for (const auto &[lastUse, name] : byAge) {
        if (m_total <= m_limit)
            break;
        if (name == keep)
            continue;
        const Entry entry = m_entries.take(name);
        // A phone already receiving it keeps its open file; the name just goes.
        QFile::remove(entry.page.path);
        m_total -= entry.page.size;
        forgetFragmentLocked(name);
    }
}

std::int64_t PageCache::totalBytes() const
{
    const std::lock_guard lock(m_mutex);
    return m_total;
}

int PageCache::count() const
{
    const std::lock_guard lock(m_mutex);
    return static_cast<int>(m_entries.size());
}

std::int64_t PageCache::memoryBytes() const
{
    const std::lock_guard lock(m_mutex);
    return m_memoryTotal;
}

int PageCache::memoryCount() const
{
    const std::lock_guard lock(m_mutex);
    return static_cast<int>(m_memory.size());
}

std::int64_t PageCache::fragmentMemoryBytes() const
{
    const std::lock_guard lock(m_mutex);
    return m_fragmentTotal;
}

} // namespace docket
