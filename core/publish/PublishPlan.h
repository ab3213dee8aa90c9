// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "publish/StaticSite.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

namespace docket {

// What a target holds of one meeting's copy, as the last publish left it: each file's path and
// SHA-256. Kept at the target itself (manifestPath), so that any machine publishing there
// next sends only what changed, and a publish cut off half way resumes where it stopped.
struct PublishManifest
{
    static constexpr int kFormat = 1;
    QString meetingCode;
    std::map<QString, QString> files; // path in the copy -> SHA-256

    // "<code>.json" in a hidden folder beside the meetings' folders: never served (see
    // ServerConfig), one per meeting, so that several meetings share one web root.
    static QString manifestPath(const QString &meetingCode);
    static std::optional<PublishManifest> fromJson(const QByteArray &json, QString *problem);
    QByteArray toJson() const;
};

// From what the target holds to what the meeting's copy is now: the files to send, every file
// before the pages (which link to them), and, after both, the files to remove.
struct PublishPlan
{
    std::vector<std::size_t> files; // indexes into the copy's files: not pages
    std::vector<std::size_t> pages;
    QStringList remove;
    int unchanged = 0;

    static PublishPlan make(const PublishManifest &published, const std::vector<StaticFile> &copy);
    std::size_t sendCount() const { return files.size() + pages.size(); }
};

} // namespace docket
