// SPDX-License-Identifier: GPL-3.0-or-later
#include "publish/StaticSite.h"

#include "library/Library.h"
#include "pdf/RenderPool.h"
#include "publish/StaticLinks.h"
#include "server/HttpMessage.h"
#include "server/PageAnswers.h"
#include "server/Router.h"
#include "server/SiteSnapshot.h"
#include "server/ZipStream.h"
#include "store/BlobStore.h"
#include "util/Error.h"
#include "util/Sha256.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <chrono>
#include <deque>
#include <future>
#include <thread>

namespace docket {

namespace {

// Addresses drawn at once: their page images go to the render workers together.
constexpr int kWave = 24;
// A page image the pool is too busy for is asked again, this many times, this far apart.
constexpr int kBusyRetries = 100;
constexpr auto kBusyPause = std::chrono::milliseconds(200);

QString extensionFor(const QByteArray &contentType)
{
    if (contentType.startsWith("image/webp"))
        return QStringLiteral("webp");
    if (contentType.startsWith("image/jpeg"))
        return QStringLiteral("jpg");
    if (contentType.startsWith("image/png"))
        return QStringLiteral("png");
    return QStringLiteral("bin");
}

QString decodedPath(const QByteArray &livePath)
{
    return QUrl::fromPercentEncoding(livePath.mid(1));
}

// The file name a Content-Disposition gives (RFC 8187 form, as http::contentDisposition writes).
QString dispositionName(const QByteArray &disposition)
{
    const QByteArray marker = "filename*=UTF-8''";
    const qsizetype at = disposition.indexOf(marker);
    if (at < 0)
        return {};
    QByteArray value = disposition.mid(at + marker.size());
    if (const qsizetype end = value.indexOf(';'); end >= 0)
        value.truncate(end);
    return QUrl::fromPercentEncoding(value.trimmed());
}

// A path a web server maps to a file inside the copy: no empty, "." or ".." segment.
bool safePath(const QString &path)
{
    const QStringList segments = path.split(u'/');
    return std::none_of(segments.cbegin(), segments.cend(), [](const QString &segment) {
        return segment.isEmpty() || segment == u"." || segment == u"..";
    });
}

class Crawl
{
public:
    Crawl(Library &library, const SiteSnapshot &site, const SnapshotMeeting &meeting)
        : m_library(library), m_site(site), m_meeting(meeting),
          m_staging(StaticSite::stagingFolder(library, meeting.code)),
          m_root('/' + meeting.code.toLatin1())
    {
        if (!QDir().mkpath(m_staging))
            throw Error(StaticSite::tr("Cannot make the folder %1.").arg(m_staging));
    }

    std::vector<StaticFile> run(const StaticSite::Progress &progress)
    {
        enqueue(m_root);
        int done = 0;
        while (!m_queue.empty()) {
            std::vector<QByteArray> wave;
            while (!m_queue.empty() && wave.size() < kWave) {
                wave.push_back(m_queue.front());
                m_queue.pop_front();
            }
            std::vector<HttpResponse> answers = answer(wave);
            for (std::size_t i = 0; i < wave.size(); ++i) {
                take(wave[i], std::move(answers[i]));
                ++done;
                if (progress)
                    progress(done, static_cast<int>(m_seen.size()));
            }
        }
        return finish();
    }

private:
    void enqueue(const QByteArray &livePath)
    {
        if (m_seen.contains(livePath) || m_seen.size() >= StaticSite::kMaxAddresses)
            return;
        // Only this meeting's addresses: the copy holds one meeting.
        if (livePath != m_root && !livePath.startsWith(QByteArray(m_root + '/')))
            return;
        m_seen.insert(livePath);
        m_queue.push_back(livePath);
    }

    HttpRequest request(const QByteArray &livePath) const
    {
        HttpRequest request;
        request.method = "GET";
        request.path = livePath;
        request.clientAddress = "127.0.0.1";
        // As a phone that gave the PIN: the copy is what such a phone reads.
        if (m_meeting.hasPin())
            request.headers.emplace_back("Cookie",
                                         m_meeting.cookieName + '=' + m_meeting.cookieToken);
        return request;
    }

    // The Router's answers to a wave of addresses, their page images drawn together.
    std::vector<HttpResponse> answer(const std::vector<QByteArray> &wave)
    {
        std::vector<HttpResponse> answers;
        for (const QByteArray &path : wave)
            answers.push_back(Router::handle(request(path), m_site, nullptr));
        std::shared_ptr<PageImages> images;
        for (HttpResponse &answer : answers)
            if (answer.pageImage && !images)
                images = m_library.pageImages();
        for (int attempt = 0; images && attempt < kBusyRetries; ++attempt) {
            std::vector<std::pair<std::size_t, std::future<PageOutcome>>> waiting;
            for (std::size_t i = 0; i < answers.size(); ++i) {
                if (!answers[i].pageImage)
                    continue;
                const PageImageJob &job = *answers[i].pageImage;
                auto promise = std::make_shared<std::promise<PageOutcome>>();
                waiting.emplace_back(i, promise->get_future());
                images->pool.request(
                    PageKey{job.sha256, job.page, job.width, job.webp}, job.pdfPath,
                    [promise](const PageOutcome &outcome) { promise->set_value(outcome); });
            }
            if (waiting.empty())
                break;
            bool busy = false;
            for (auto &[index, future] : waiting) {
                const PageOutcome outcome = future.get();
                if (outcome.busy) {
                    busy = true;
                    continue;
                }
                answers[index] = pageanswers::withImage(std::move(answers[index]), outcome);
            }
            if (busy)
                std::this_thread::sleep_for(kBusyPause);
        }
        return answers;
    }

    void take(const QByteArray &livePath, HttpResponse answer)
    {
        if (answer.status >= 300 && answer.status < 400) {
            if (const auto target =
                    staticlinks::resolve(livePath, QString::fromUtf8(answer.header("Location")))) {
                m_aliases.insert(livePath, target->path);
                enqueue(target->path);
            }
            return;
        }
        if (answer.status != 200)
            return; // not there: links to it are dropped
        const QByteArray type = answer.header("Content-Type");
        if (answer.zip) {
            keepZip(livePath, answer);
            return;
        }
        if (type.startsWith("text/html") && !answer.file) {
            const QString html = staticlinks::withoutLiveParts(QString::fromUtf8(answer.body));
            for (const QString &link : staticlinks::links(html))
                if (const auto target = staticlinks::resolve(livePath, link))
                    enqueue(target->path);
            m_pages.insert(livePath, html);
            m_order.push_back(livePath);
            return;
        }
        if (type.startsWith("image/")) {
            keepImage(livePath, answer, type);
            return;
        }
        if (answer.file) { // a document, at its own address
            StaticFile file;
            file.path = decodedPath(livePath);
            if (!safePath(file.path))
                return;
            file.sourcePath = answer.file->path;
            file.size = answer.file->length;
            file.sha256 = BlobStore::sha256OfFile(file.sourcePath);
            m_targets.insert(livePath, QString::fromLatin1(livePath.mid(1)));
            m_files.push_back(std::move(file));
        }
    }

    // A page image (or its placeholder): named by its content, staged on disk.
    void keepImage(const QByteArray &livePath, const HttpResponse &answer, const QByteArray &type)
    {
        QByteArray bytes = answer.body;
        if (answer.file) {
            QFile cached(answer.file->path);
            if (!cached.open(QIODevice::ReadOnly))
                return;
            bytes = cached.readAll();
        }
        Sha256 hash;
        hash.add(bytes);
        const QString sha256 = hash.hex();
        const QString name = sha256.left(32) + u'.' + extensionFor(type);
        const QString staged = m_staging + u'/' + name;
        if (!QFile::exists(staged)) {
            QSaveFile out(staged);
            if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() ||
                !out.commit())
                throw Error(StaticSite::tr("Cannot write %1: %2").arg(staged, out.errorString()));
        }
        const QString path = m_meeting.code + QStringLiteral("/_img/") + name;
        m_targets.insert(livePath, path);
        if (m_staged.contains(path))
            return;
        m_staged.insert(path);
        m_files.push_back(StaticFile{path, staged, {}, sha256, bytes.size(), false});
    }

    // A ZIP of documents: streamed to a staged file, then kept under its own name below the
    // live address ("/CODE/3/zip" -> "CODE/3/zip/3. Báo cáo.zip").
    void keepZip(const QByteArray &livePath, const HttpResponse &answer)
    {
        QString name = dispositionName(answer.header("Content-Disposition"));
        if (name.isEmpty() || name.contains(u'/') || name.startsWith(u'.'))
            name = QStringLiteral("documents.zip");
        ZipStream stream(answer.zip->entries);
        const QString staged = m_staging + QStringLiteral("/zip-") +
                               QString::fromLatin1(answer.header("ETag")).remove(u'"') +
                               QStringLiteral(".zip");
        QSaveFile out(staged);
        if (!out.open(QIODevice::WriteOnly))
            throw Error(StaticSite::tr("Cannot write %1: %2").arg(staged, out.errorString()));
        Sha256 hash;
        QByteArray buffer(1 << 16, Qt::Uninitialized);
        std::int64_t size = 0;
        for (;;) {
            const qint64 got = stream.read(buffer.data(), buffer.size());
            if (got < 0)
                throw Error(StaticSite::tr("Cannot make the ZIP %1: %2").arg(name, stream.error()));
            if (got == 0)
                break;
            hash.add(buffer.constData(), got);
            if (out.write(buffer.constData(), got) != got)
                throw Error(StaticSite::tr("Cannot write %1: %2").arg(staged, out.errorString()));
            size += got;
        }
        if (!out.commit())
            throw Error(StaticSite::tr("Cannot write %1: %2").arg(staged, out.errorString()));
        const QString path = decodedPath(livePath) + u'/' + name;
        m_targets.insert(livePath, QString::fromLatin1(livePath.mid(1)) + u'/' +
                                       QString::fromLatin1(QUrl::toPercentEncoding(name)));
        m_files.push_back(StaticFile{path, staged, {}, hash.hex(), size, false});
    }

    // Where a live address is in the copy, as a link (percent-encoded); empty: not there.
    QString targetOf(QByteArray livePath) const
    {
        for (int hops = 0; hops < 8 && m_aliases.contains(livePath); ++hops)
            livePath = m_aliases.value(livePath);
        if (m_pages.contains(livePath))
            return QString::fromLatin1(livePath.mid(1)) + u'/';
        return m_targets.value(livePath);
    }

    std::vector<StaticFile> finish()
    {
        std::vector<StaticFile> files = std::move(m_files);
        for (const QByteArray &livePath : m_order) {
            const QString folder = QString::fromLatin1(livePath.mid(1)) + u'/';
            const QString html =
                staticlinks::rewriteLinks(m_pages.value(livePath), [&](const QString &href) {
                    const auto target = staticlinks::resolve(livePath, href);
                    if (!target)
                        return std::optional<QString>();
                    const QString file = targetOf(target->path);
                    if (file.isEmpty())
                        return std::optional<QString>();
                    return std::optional<QString>(
                        staticlinks::relative(folder, file, target->fragment));
                });
            StaticFile page;
            page.path = decodedPath(livePath) + QStringLiteral("/index.html");
            page.bytes = html.toUtf8();
            Sha256 hash;
            hash.add(page.bytes);
            page.sha256 = hash.hex();
            page.size = page.bytes.size();
            page.page = true;
            files.push_back(std::move(page));
        }
        return files;
    }

    Library &m_library;
    const SiteSnapshot &m_site;
    const SnapshotMeeting &m_meeting;
    const QString m_staging;
    const QByteArray m_root;
    std::deque<QByteArray> m_queue;
    QSet<QByteArray> m_seen;
    QHash<QByteArray, QByteArray> m_aliases; // a redirect: where it leads
    QHash<QByteArray, QString> m_pages;      // live path -> the page, live parts out
    std::vector<QByteArray> m_order;         // the pages in the order drawn
    QHash<QByteArray, QString> m_targets;    // live path -> the file's link path
    QSet<QString> m_staged;
    std::vector<StaticFile> m_files;
};

} // namespace

QString StaticSite::stagingFolder(const Library &library, const QString &meetingCode)
{
    return library.pageCacheFolder() + QStringLiteral("/publish/") + meetingCode;
}

void StaticSite::pruneStaging(const Library &library, const QString &meetingCode,
                              const std::vector<StaticFile> &copy)
{
    const QString folder = stagingFolder(library, meetingCode);
    QSet<QString> used;
    for (const StaticFile &file : copy)
        if (file.sourcePath.startsWith(folder + u'/'))
            used.insert(QFileInfo(file.sourcePath).fileName());
    const QDir staging(folder);
    for (const QString &name : staging.entryList(QDir::Files))
        if (!used.contains(name))
            QFile::remove(staging.filePath(name));
}

std::vector<StaticFile> StaticSite::draw(Library &library, Id meetingId, const Progress &progress)
{
    const std::shared_ptr<PageImages> images = library.pageImages();
    const std::shared_ptr<const SiteSnapshot> site = SiteSnapshot::forMeeting(
        library.catalog(), library.store(), meetingId, images ? images->failures.get() : nullptr);
    if (!site || site->meetings.empty())
        throw Error(tr("There is no meeting %1.").arg(meetingId));
    const SnapshotMeeting &meeting = *site->meetings.begin()->second;
    return Crawl(library, *site, meeting).run(progress);
}

} // namespace docket
