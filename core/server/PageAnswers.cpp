// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/PageAnswers.h"

#include "pdf/PagePlaceholder.h"
#include "pdf/RenderPool.h"

#include <QFile>

#include <map>
#include <mutex>
#include <tuple>

namespace docket::pageanswers {

namespace {

// The placeholders this server has sent, by language and size, under a mutex held for a
// lookup only. PagePlaceholder keeps them too, but draws under its own process-wide mutex (up
// to 16 Mpx, tens of milliseconds): asked there each time, every network thread wanting any
// placeholder, drawn long ago or not, would wait behind the one drawing a new size.
QByteArray placeholderPng(const QString &language, const QSize &size)
{
    static std::mutex mutex;
    static std::map<std::tuple<QString, int, int>, QByteArray> kept;
    constexpr std::size_t kKept = 64;
    const auto key = std::make_tuple(language, size.width(), size.height());
    {
        const std::lock_guard lock(mutex);
        if (const auto it = kept.find(key); it != kept.end())
            return it->second;
    }
    QByteArray png = PagePlaceholder::png(language, size); // drawn outside our lock
    const std::lock_guard lock(mutex);
    if (kept.size() >= kKept)
        kept.clear();
    kept.emplace(key, png);
    return png;
}

} // namespace

HttpResponse unavailable(int status, const QByteArray &text, int retryAfter)
{
    HttpResponse response = plainTextResponse(status, text);
    if (retryAfter > 0)
        response.setHeader("Retry-After", QByteArray::number(retryAfter));
    return response;
}

HttpResponse withPlaceholder(HttpResponse answer)
{
    const PageImageJob job = *answer.pageImage;
    answer.pageImage.reset();
    if (job.frame) { // a page whose text cannot be read: the frame says there is none to show
        answer.status = 200;
        answer.body = job.frame->before + job.frame->whenEmpty + job.frame->after;
        std::erase_if(answer.headers, [](const auto &header) {
            return header.first.compare("ETag", Qt::CaseInsensitive) == 0;
        });
        answer.setHeader("Cache-Control", "no-store");
        return answer;
    }
    answer.status = 200;
    answer.body = placeholderPng(job.language, PagePlaceholder::sizeFor(job.pagePoints, job.width));
    std::erase_if(answer.headers, [](const auto &header) {
        return header.first.compare("ETag", Qt::CaseInsensitive) == 0;
    });
    answer.setHeader("Content-Type", "image/png");
    answer.setHeader("Content-Language", job.language.toLatin1());
    answer.setHeader("Cache-Control", "no-store");
    return answer;
}

HttpResponse withImage(HttpResponse answer, const PageOutcome &outcome)
{
    if (outcome.page && answer.pageImage->frame) {
        // A few kilobytes of HTML, read once the worker wrote them: joined here, never parsed.
        const FramedFragment frame = *answer.pageImage->frame;
        answer.pageImage.reset();
        QByteArray fragment = outcome.page->bytes;
        if (fragment.isEmpty() && !outcome.page->path.isEmpty()) {
            QFile file(outcome.page->path);
            if (!file.open(QIODevice::ReadOnly))
                return unavailable(503, "Busy preparing pages, try again", 2);
            fragment = file.read(8 * 1024 * 1024);
        }
        answer.body =
            frame.before + (fragment.isEmpty() ? frame.whenEmpty : fragment) + frame.after;
        if (frame.keep)
            frame.keep(answer.body);
        return answer;
    }
    if (outcome.page) {
        answer.pageImage.reset();
        if (outcome.page->path.isEmpty())
            answer.body = outcome.page->bytes; // the disk refused it: held in memory
        else
            answer.file = FileBody{outcome.page->path, 0, outcome.page->size};
        answer.setHeader("Content-Type", outcome.page->mimeType);
        return answer;
    }
    if (outcome.failure)
        return withPlaceholder(std::move(answer));
    if (outcome.busy)
        return unavailable(503, "Busy preparing pages, try again", 2);
    return unavailable(500, "This page could not be drawn", 0);
}

} // namespace docket::pageanswers
