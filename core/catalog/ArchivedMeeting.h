// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Everything an archive bundle keeps of a meeting, as the catalog stores it: read in one
// consistent look (Catalog::archivedMeeting) for an export, recorded in one transaction
// (Catalog::importArchivedMeeting) by an import. Times are the catalog's own ISO texts (UTC,
// milliseconds), carried verbatim so that export → import → export gives the same manifest;
// an empty text is "no time". Lists are in agenda order, versions oldest first.

#include "model/Model.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace docket {

struct ArchivedMeeting
{
    struct Event
    {
        QString at;
        QString what; // opened, closed, draft, archived, reopened (imported ones are left out)
        QString note;
    };
    // One phone's counts for one version. Phones are numbered per meeting ("d0001"), in the
    // order they were first seen: their library's keys mean nothing elsewhere.
    struct Access
    {
        QString device;
        QString firstSeen;
        QString lastSeen;
        std::int64_t requests = 0;
        std::int64_t completeDownloads = 0;
        std::int64_t bytesSent = 0;
    };
    struct Period
    {
        QString from;
        QString until; // empty: still current
    };
    struct Rendition
    {
        QString sha256;
        std::int64_t size = 0;
        int pageCount = 0;
        QString pageSizes; // pageSizesText()
        QString madeAt;
        QStringList pageTexts; // for search; see Version
    };
    struct Version
    {
        QString fileName;
        QString mimeType;
        std::int64_t size = 0;
        std::optional<int> pageCount;
        QString pageSizes;
        QString pdfTitle;
        QString problem;
        QString addedAt;
        QString sha256;
        bool current = false;
        QList<Period> periods;
        std::optional<Rendition> rendition;
        QList<Access> access;
        // For search: not in the manifest (the files hold it), read from them again at import.
        QStringList pageTexts;
    };
    struct Document
    {
        int position = 0;
        QString title;
        QString createdAt;
        QString currentSince;
        QList<Version> versions;
    };
    struct Item
    {
        int number = 0;
        QString title;
        QString presenter;
        QList<Document> documents; // trashed ones are not archived
    };

    QString title;
    QString date; // yyyy-MM-dd or empty
    QString venue;
    QString code;
    QString language;
    QString state; // meetingStateKey
    QString createdAt;
    QString openedAt;
    QString closedAt;
    QString archivedAt;
    QList<Event> events;
    QList<Item> items;
};

} // namespace docket
