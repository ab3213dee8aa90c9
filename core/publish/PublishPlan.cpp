// SPDX-License-Identifier: GPL-3.0-or-later
#include "publish/PublishPlan.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <algorithm>

namespace docket {

namespace {

// "CODE/..." with no empty, "." or ".." segment.
bool insideMeeting(const QString &path, const QString &code)
{
    const QStringList segments = path.split(u'/');
    if (code.isEmpty() || segments.size() < 2 || segments.first() != code)
        return false;
    return std::none_of(segments.cbegin(), segments.cend(), [](const QString &segment) {
        return segment.isEmpty() || segment == u"." || segment == u"..";
    });
}

} // namespace

QString PublishManifest::manifestPath(const QString &meetingCode)
{
    return QStringLiteral(".docket-publish/") + meetingCode + QStringLiteral(".json");
}

std::optional<PublishManifest> PublishManifest::fromJson(const QByteArray &json, QString *problem)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    const QJsonObject top = document.object();
    if (error.error != QJsonParseError::NoError || !document.isObject() ||
        top.value(QStringLiteral("format")).toInt() != kFormat ||
        !top.value(QStringLiteral("files")).isObject()) {
        if (problem)
            *problem = error.error != QJsonParseError::NoError ? error.errorString()
                                                               : QStringLiteral("not a manifest");
        return std::nullopt;
    }
    PublishManifest manifest;
    manifest.meetingCode = top.value(QStringLiteral("meeting")).toString();
    const QJsonObject files = top.value(QStringLiteral("files")).toObject();
    for (auto it = files.begin(); it != files.end(); ++it) {
        // The manifest lies at the target, where others may write: a path that leaves the
        // meeting's folder would have a later publish remove a file outside it.
        if (!insideMeeting(it.key(), manifest.meetingCode)) {
            if (problem)
                *problem = QStringLiteral("a path outside the meeting: ") + it.key();
            return std::nullopt;
        }
        manifest.files.emplace(it.key(), it.value().toString());
    }
    return manifest;
}

QByteArray PublishManifest::toJson() const
{
    QJsonObject list;
    for (const auto &[path, sha256] : files)
        list.insert(path, sha256);
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), kFormat},
                                     {QStringLiteral("meeting"), meetingCode},
                                     {QStringLiteral("files"), list}})
        .toJson(QJsonDocument::Indented);
}

PublishPlan PublishPlan::make(const PublishManifest &published, const std::vector<StaticFile> &copy)
{
    PublishPlan plan;
    QSet<QString> present;
    for (std::size_t i = 0; i < copy.size(); ++i) {
        const StaticFile &file = copy[i];
        present.insert(file.path);
        const auto it = published.files.find(file.path);
        if (it != published.files.end() && it->second == file.sha256) {
            ++plan.unchanged;
            continue;
        }
        (file.page ? plan.pages : plan.files).push_back(i);
    }
    for (const auto &[path, sha256] : published.files)
        if (!present.contains(path))
            plan.remove << path;
    return plan;
}

} // namespace docket
