// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Model.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <functional>

namespace docket {

class Library;
class PublishTarget;

struct PublishReport
{
    QString meetingCode;
    int files = 0; // in the copy
    int sent = 0;  // of them, sent now (new or changed)
    std::int64_t sentBytes = 0;
    int removed = 0;   // no longer in the copy, removed from the target
    int unchanged = 0; // already there, as they are
};

struct PublishProgress
{
    enum class Stage
    {
        Drawing, // the pages and images, by the live server's Router
        Sending,
        Removing
    };
    Stage stage = Stage::Drawing;
    int done = 0;
    int total = 0;
};

// A meeting's delegate site, copied to a target and kept there in step: only the files whose
// content changed travel (the target's manifest says what it holds), the files before the pages
// that link to them, then what is gone is removed. The manifest is written after every batch, so
// that a publish cut off (a lost connection, a closed laptop) resumes where it stopped.
class Publisher
{
    Q_DECLARE_TR_FUNCTIONS(Publisher)

public:
    using Progress = std::function<void(const PublishProgress &)>;
    static constexpr int kBatchFiles = 64;
    static constexpr std::int64_t kBatchBytes = 64LL * 1024 * 1024;

    static PublishReport publish(Library &library, Id meetingId, PublishTarget &target,
                                 const Progress &progress = {});
    // Removes everything the target's manifest lists for the meeting, and the manifest.
    static PublishReport unpublish(Library &library, Id meetingId, PublishTarget &target);
};

} // namespace docket
