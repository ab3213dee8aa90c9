// SPDX-License-Identifier: GPL-3.0-or-later
#include "publish/Publisher.h"

#include "catalog/Catalog.h"
#include "library/Library.h"
#include "publish/PublishPlan.h"
#include "publish/PublishTarget.h"
#include "publish/StaticSite.h"
#include "util/Error.h"

namespace docket {

namespace {

Meeting requireMeeting(Library &library, Id meetingId)
{
    const std::optional<Meeting> meeting = library.catalog().meeting(meetingId);
    if (!meeting)
        throw Error(Publisher::tr("There is no meeting %1.").arg(meetingId));
    return *meeting;
}

// What the target says it holds of the meeting; nothing when it holds no manifest, or one that
// cannot be read (everything is then sent again: slower, never wrong).
PublishManifest publishedAt(PublishTarget &target, const QString &code)
{
    PublishManifest none;
    none.meetingCode = code;
    const std::optional<QByteArray> json = target.read(PublishManifest::manifestPath(code));
    if (!json)
        return none;
    std::optional<PublishManifest> manifest = PublishManifest::fromJson(*json, nullptr);
    if (!manifest || manifest->meetingCode != code)
        return none;
    return *manifest;
}

} // namespace

PublishReport Publisher::publish(Library &library, Id meetingId, PublishTarget &target,
                                 const Progress &progress)
{
    const Meeting meeting = requireMeeting(library, meetingId);
    const std::vector<StaticFile> copy =
        StaticSite::draw(library, meetingId, [&](int done, int known) {
            if (progress)
                progress({PublishProgress::Stage::Drawing, done, known});
        });
    PublishManifest published = publishedAt(target, meeting.code);
    const PublishPlan plan = PublishPlan::make(published, copy);

    PublishReport report;
    report.meetingCode = meeting.code;
    report.files = static_cast<int>(copy.size());
    report.unchanged = plan.unchanged;
    const int total = static_cast<int>(plan.sendCount());

    // In batches; after each, the manifest says what the target now holds, so that a publish
    // cut off later sends only the rest.
    std::vector<const StaticFile *> batch;
    std::int64_t batchBytes = 0;
    const auto flush = [&] {
        if (batch.empty())
            return;
        target.send(batch);
        for (const StaticFile *file : batch) {
            published.files[file->path] = file->sha256;
            report.sentBytes += file->size;
        }
        report.sent += static_cast<int>(batch.size());
        target.write(PublishManifest::manifestPath(meeting.code), published.toJson());
        batch.clear();
        batchBytes = 0;
        if (progress)
            progress({PublishProgress::Stage::Sending, report.sent, total});
    };
    for (const std::vector<std::size_t> *group : {&plan.files, &plan.pages}) {
        for (const std::size_t index : *group) {
            batch.push_back(&copy[index]);
            batchBytes += copy[index].size;
            if (static_cast<int>(batch.size()) >= kBatchFiles || batchBytes >= kBatchBytes)
                flush();
        }
        flush(); // every file is there before the first page that links to it
    }

    if (!plan.remove.isEmpty()) {
        if (progress)
            progress({PublishProgress::Stage::Removing, 0, static_cast<int>(plan.remove.size())});
        target.remove(plan.remove);
        for (const QString &path : plan.remove)
            published.files.erase(path);
        report.removed = static_cast<int>(plan.remove.size());
    }
    StaticSite::pruneStaging(library, meeting.code, copy);
    if (report.sent == 0 && report.removed == 0 && !published.files.empty())
        return report; // nothing changed: the manifest there is already right
    target.write(PublishManifest::manifestPath(meeting.code), published.toJson());
    return report;
}

PublishReport Publisher::unpublish(Library &library, Id meetingId, PublishTarget &target)
{
    const Meeting meeting = requireMeeting(library, meetingId);
    const PublishManifest published = publishedAt(target, meeting.code);
    PublishReport report;
    report.meetingCode = meeting.code;
    QStringList paths;
    // Pages first: no page is left linking to a file already gone.
    for (const bool pages : {true, false})
        for (const auto &[path, sha256] : published.files)
            if (path.endsWith(QStringLiteral("/index.html")) == pages)
                paths << path;
    paths << PublishManifest::manifestPath(meeting.code);
    target.remove(paths);
    report.removed = static_cast<int>(published.files.size());
    return report;
}

} // namespace docket
