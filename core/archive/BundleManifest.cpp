// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/BundleManifest.h"

#include "archive/BundleReader.h"
#include "util/BundleNames.h"
#include "util/Error.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace docket {

namespace bundlefiles {
QStringList generated()
{
    return {QString::fromLatin1(kIndex), QString::fromLatin1(kAgenda), QString::fromLatin1(kPack),
            QString::fromLatin1(kStats)};
}
} // namespace bundlefiles

namespace {

using namespace bundlenames;

QJsonValue timeOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QString textOf(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    return value.isString() ? value.toString() : QString();
}

std::int64_t numberOf(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toInteger();
}

bool isSha256(const QString &text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(text).hasMatch();
}

// What a set of phones' counts add up to: distinct phones, requests, downloads, bytes, the
// first and last time any of them was seen.
QJsonObject totals(const QList<ArchivedMeeting::Access> &rows)
{
    QSet<QString> devices;
    std::int64_t requests = 0;
    std::int64_t downloads = 0;
    std::int64_t bytes = 0;
    QString first;
    QString last;
    for (const auto &row : rows) {
        devices.insert(row.device);
        requests += row.requests;
        downloads += row.completeDownloads;
        bytes += row.bytesSent;
        if (first.isEmpty() || row.firstSeen < first)
            first = row.firstSeen;
        if (last.isEmpty() || row.lastSeen > last)
            last = row.lastSeen;
    }
    return QJsonObject{{QStringLiteral("devices"), devices.size()},
                       {QStringLiteral("requests"), static_cast<qint64>(requests)},
                       {QStringLiteral("completeDownloads"), static_cast<qint64>(downloads)},
                       {QStringLiteral("bytesSent"), static_cast<qint64>(bytes)},
                       {QStringLiteral("firstSeen"), timeOrNull(first)},
                       {QStringLiteral("lastSeen"), timeOrNull(last)}};
}

} // namespace

BundleLayout BundleManifest::layout(const ArchivedMeeting &meeting)
{
    BundleLayout out;
    for (const ArchivedMeeting::Item &item : meeting.items) {
        const QString folder =
            itemFolder(item.number, static_cast<int>(meeting.items.size()), item.title);
        out.folders << folder;
        NameSet names;
        QList<QList<QString>> itemVersions;
        QList<QList<QString>> itemRenditions;
        for (const ArchivedMeeting::Document &document : item.documents) {
            QList<QString> versions(document.versions.size());
            QList<QString> renditions(document.versions.size());
            const auto place = [&](qsizetype index, int marker) {
                const ArchivedMeeting::Version &version = document.versions[index];
                QString extension = extensionOf(version.fileName);
                if (extension.isEmpty() && version.mimeType == u"application/pdf")
                    extension = QStringLiteral("pdf");
                versions[index] =
                    folder + u'/' + names.claim(documentFile(document.title, extension, marker));
                out.files.append({versions[index], version.sha256, version.size, version.addedAt});
                if (version.rendition) {
                    renditions[index] =
                        folder + u'/' +
                        names.claim(documentFile(document.title, QStringLiteral("pdf"), marker));
                    out.files.append({renditions[index], version.rendition->sha256,
                                      version.rendition->size, version.rendition->madeAt});
                }
            };
            qsizetype current = -1;
            for (qsizetype v = 0; v < document.versions.size(); ++v)
                if (document.versions[v].current)
                    current = v;
            if (current >= 0)
                place(current, 0);
            for (qsizetype v = 0; v < document.versions.size(); ++v)
                if (v != current)
                    place(v, static_cast<int>(v + 1));
            itemVersions << versions;
            itemRenditions << renditions;
        }
        out.versionPaths << itemVersions;
        out.renditionPaths << itemRenditions;
    }
    return out;
}

QByteArray BundleManifest::toJson(const ArchivedMeeting &meeting, const BundleLayout &layout)
{
    QJsonArray events;
    for (const auto &event : meeting.events)
        events.append(QJsonObject{{QStringLiteral("at"), event.at},
                                  {QStringLiteral("what"), event.what},
                                  {QStringLiteral("note"), event.note}});
    QJsonArray items;
    for (qsizetype i = 0; i < meeting.items.size(); ++i) {
        const ArchivedMeeting::Item &item = meeting.items[i];
        QJsonArray documents;
        for (qsizetype d = 0; d < item.documents.size(); ++d) {
            const ArchivedMeeting::Document &document = item.documents[d];
            QJsonArray versions;
            QList<ArchivedMeeting::Access> documentAccess;
            for (qsizetype v = 0; v < document.versions.size(); ++v) {
                const ArchivedMeeting::Version &version = document.versions[v];
                QJsonArray periods;
                for (const auto &period : version.periods)
                    periods.append(
                        QJsonObject{{QStringLiteral("from"), period.from},
                                    {QStringLiteral("until"), timeOrNull(period.until)}});
                QJsonArray devices;
                for (const auto &row : version.access)
                    devices.append(QJsonObject{
                        {QStringLiteral("device"), row.device},
                        {QStringLiteral("firstSeen"), row.firstSeen},
                        {QStringLiteral("lastSeen"), row.lastSeen},
                        {QStringLiteral("requests"), static_cast<qint64>(row.requests)},
                        {QStringLiteral("completeDownloads"),
                         static_cast<qint64>(row.completeDownloads)},
                        {QStringLiteral("bytesSent"), static_cast<qint64>(row.bytesSent)}});
                documentAccess << version.access;
                QJsonObject access = totals(version.access);
                access.insert(QStringLiteral("perDevice"), devices);
                QJsonObject json{{QStringLiteral("number"), static_cast<int>(v + 1)},
                                 {QStringLiteral("current"), version.current},
                                 {QStringLiteral("fileName"), version.fileName},
                                 {QStringLiteral("mimeType"), version.mimeType},
                                 {QStringLiteral("size"), static_cast<qint64>(version.size)},
                                 {QStringLiteral("pageCount"), version.pageCount
                                                                   ? QJsonValue(*version.pageCount)
                                                                   : QJsonValue()},
                                 {QStringLiteral("pageSizes"), version.pageSizes},
                                 {QStringLiteral("pdfTitle"), version.pdfTitle},
                                 {QStringLiteral("problem"), version.problem},
                                 {QStringLiteral("addedAt"), version.addedAt},
                                 {QStringLiteral("sha256"), version.sha256},
                                 {QStringLiteral("path"), layout.versionPaths[i][d][v]},
                                 {QStringLiteral("periods"), periods},
                                 {QStringLiteral("access"), access}};
                if (version.rendition)
                    json.insert(
                        QStringLiteral("rendition"),
                        QJsonObject{
                            {QStringLiteral("sha256"), version.rendition->sha256},
                            {QStringLiteral("size"), static_cast<qint64>(version.rendition->size)},
                            {QStringLiteral("pageCount"), version.rendition->pageCount},
                            {QStringLiteral("pageSizes"), version.rendition->pageSizes},
                            {QStringLiteral("madeAt"), version.rendition->madeAt},
                            {QStringLiteral("path"), layout.renditionPaths[i][d][v]}});
                versions.append(json);
            }
            documents.append(QJsonObject{{QStringLiteral("position"), document.position},
                                         {QStringLiteral("title"), document.title},
                                         {QStringLiteral("createdAt"), document.createdAt},
                                         {QStringLiteral("currentSince"), document.currentSince},
                                         {QStringLiteral("access"), totals(documentAccess)},
                                         {QStringLiteral("versions"), versions}});
        }
        items.append(QJsonObject{{QStringLiteral("number"), item.number},
                                 {QStringLiteral("title"), item.title},
                                 {QStringLiteral("presenter"), item.presenter},
                                 {QStringLiteral("folder"), layout.folders[i]},
                                 {QStringLiteral("documents"), documents}});
    }
    const QJsonObject meetingJson{{QStringLiteral("title"), meeting.title},
                                  {QStringLiteral("date"), timeOrNull(meeting.date)},
                                  {QStringLiteral("venue"), meeting.venue},
                                  {QStringLiteral("code"), meeting.code},
                                  {QStringLiteral("language"), meeting.language},
                                  {QStringLiteral("state"), meeting.state},
                                  {QStringLiteral("createdAt"), timeOrNull(meeting.createdAt)},
                                  {QStringLiteral("openedAt"), timeOrNull(meeting.openedAt)},
                                  {QStringLiteral("closedAt"), timeOrNull(meeting.closedAt)},
                                  {QStringLiteral("archivedAt"), timeOrNull(meeting.archivedAt)},
                                  {QStringLiteral("events"), events}};
    // QJsonObject keeps its keys sorted: the same meeting always gives the same bytes.
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("docket-archive")},
                                     {QStringLiteral("formatVersion"), kBundleFormatVersion},
                                     {QStringLiteral("meeting"), meetingJson},
                                     {QStringLiteral("items"), items}})
        .toJson(QJsonDocument::Indented);
}

BundleManifest::Parsed BundleManifest::parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        throw Error(tr("manifest.json cannot be read: %1.").arg(error.errorString()));
    const QJsonObject root = doc.object();
    if (root.value(u"format").toString() != u"docket-archive")
        throw Error(tr("manifest.json is not the manifest of a Docket bundle."));
    if (root.value(u"formatVersion").toInt() != kBundleFormatVersion)
        throw Error(tr("The bundle is of format %1; this Docket reads format %2.")
                        .arg(root.value(u"formatVersion").toInt())
                        .arg(kBundleFormatVersion));
    Parsed out;
    ArchivedMeeting &m = out.meeting;
    const QJsonObject meeting = root.value(u"meeting").toObject();
    m.title = textOf(meeting, "title");
    m.date = textOf(meeting, "date");
    m.venue = textOf(meeting, "venue");
    m.code = textOf(meeting, "code");
    m.language = textOf(meeting, "language");
    m.state = textOf(meeting, "state");
    m.createdAt = textOf(meeting, "createdAt");
    m.openedAt = textOf(meeting, "openedAt");
    m.closedAt = textOf(meeting, "closedAt");
    m.archivedAt = textOf(meeting, "archivedAt");
    if (m.title.trimmed().isEmpty())
        throw Error(tr("manifest.json names no meeting."));
    for (const QJsonValue &value : meeting.value(u"events").toArray()) {
        const QJsonObject e = value.toObject();
        m.events.append({textOf(e, "at"), textOf(e, "what"), textOf(e, "note")});
    }
    QSet<QString> paths;
    const auto addFile = [&](const QString &path, const QString &sha256, std::int64_t size,
                             const QString &time) {
        if (const QString problem = BundleReader::nameProblem(path);
            !problem.isEmpty() || path.endsWith(u'/'))
            throw Error(tr("manifest.json names a file \"%1\" that cannot be in a bundle.")
                            .arg(path.left(200)));
        if (!isSha256(sha256) || size < 0)
            throw Error(tr("manifest.json gives no proper SHA-256 or size for \"%1\".").arg(path));
        if (paths.contains(path))
            throw Error(tr("manifest.json names \"%1\" twice.").arg(path));
        paths.insert(path);
        out.files.append({path, sha256, size, time});
    };
    for (const QJsonValue &itemValue : root.value(u"items").toArray()) {
        const QJsonObject i = itemValue.toObject();
        ArchivedMeeting::Item item;
        item.number = static_cast<int>(numberOf(i, "number"));
        item.title = textOf(i, "title");
        item.presenter = textOf(i, "presenter");
        for (const QJsonValue &documentValue : i.value(u"documents").toArray()) {
            const QJsonObject d = documentValue.toObject();
            ArchivedMeeting::Document document;
            document.position = static_cast<int>(numberOf(d, "position"));
            document.title = textOf(d, "title");
            document.createdAt = textOf(d, "createdAt");
            document.currentSince = textOf(d, "currentSince");
            for (const QJsonValue &versionValue : d.value(u"versions").toArray()) {
                const QJsonObject v = versionValue.toObject();
                ArchivedMeeting::Version version;
                version.fileName = textOf(v, "fileName");
                version.mimeType = textOf(v, "mimeType");
                version.size = numberOf(v, "size");
                if (v.value(u"pageCount").isDouble())
                    version.pageCount = v.value(u"pageCount").toInt();
                version.pageSizes = textOf(v, "pageSizes");
                version.pdfTitle = textOf(v, "pdfTitle");
                version.problem = textOf(v, "problem");
                version.addedAt = textOf(v, "addedAt");
                version.sha256 = textOf(v, "sha256");
                version.current = v.value(u"current").toBool();
                addFile(textOf(v, "path"), version.sha256, version.size, version.addedAt);
                for (const QJsonValue &p : v.value(u"periods").toArray())
                    version.periods.append(
                        {textOf(p.toObject(), "from"), textOf(p.toObject(), "until")});
                if (v.value(u"rendition").isObject()) {
                    const QJsonObject r = v.value(u"rendition").toObject();
                    ArchivedMeeting::Rendition rendition{textOf(r, "sha256"),
                                                         numberOf(r, "size"),
                                                         static_cast<int>(numberOf(r, "pageCount")),
                                                         textOf(r, "pageSizes"),
                                                         textOf(r, "madeAt"),
                                                         {}};
                    if (rendition.pageCount <= 0)
                        throw Error(tr("manifest.json gives a rendition without pages."));
                    addFile(textOf(r, "path"), rendition.sha256, rendition.size, rendition.madeAt);
                    version.rendition = rendition;
                }
                for (const QJsonValue &a :
                     v.value(u"access").toObject().value(u"perDevice").toArray()) {
                    const QJsonObject row = a.toObject();
                    version.access.append({textOf(row, "device"), textOf(row, "firstSeen"),
                                           textOf(row, "lastSeen"), numberOf(row, "requests"),
                                           numberOf(row, "completeDownloads"),
                                           numberOf(row, "bytesSent")});
                }
                document.versions.append(version);
            }
            item.documents.append(document);
        }
        m.items.append(item);
    }
    return out;
}

QByteArray BundleManifest::sums(const QList<std::pair<QString, QString>> &nameAndHash)
{
    QByteArray out;
    for (const auto &[name, hash] : nameAndHash)
        out += hash.toLatin1() + "  " + name.toUtf8() + '\n';
    return out;
}

QHash<QString, QString> BundleManifest::parseSums(const QByteArray &text)
{
    QHash<QString, QString> out;
    int lineNumber = 0;
    for (const QByteArray &line : text.split('\n')) {
        ++lineNumber;
        if (line.isEmpty())
            continue;
        // "<64 hex><space><space or *><name>"
        const QString hash = QString::fromLatin1(line.left(64));
        if (line.size() < 67 || !isSha256(hash) || line[64] != ' ' ||
            (line[65] != ' ' && line[65] != '*'))
            throw Error(tr("SHA256SUMS cannot be read (line %1).").arg(lineNumber));
        out.insert(QString::fromUtf8(line.mid(66)), hash);
    }
    return out;
}

} // namespace docket
