// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/CanonicalPath.h"

#include "server/HttpParsing.h"

namespace docket::http {

namespace {

// The raw fourth segment (a document's file name), as parseDelegatePath splits it.
QByteArrayView fileNameSegment(QByteArrayView rawPath)
{
    qsizetype start = 1;
    for (int i = 0; i < 3; ++i) {
        const qsizetype slash = rawPath.indexOf('/', start);
        if (slash < 0)
            return {};
        start = slash + 1;
    }
    qsizetype end = rawPath.indexOf('/', start);
    if (end < 0)
        end = rawPath.size();
    return rawPath.sliced(start, end - start);
}

QByteArray headerSafe(QByteArrayView segment)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(segment.size());
    for (char c : segment) {
        const auto byte = static_cast<unsigned char>(c);
        // '\' reads as '/' to a browser, '?' and '#' would end the path.
        if (byte > 0x20 && byte < 0x7f && c != '\\' && c != '?' && c != '#') {
            out.append(c);
        } else {
            out.append('%');
            out.append(kHex[byte >> 4]);
            out.append(kHex[byte & 0xf]);
        }
    }
    return out;
}

} // namespace

std::optional<QByteArray> canonicalDelegatePath(QByteArrayView rawPath)
{
    const auto path = parseDelegatePath(rawPath);
    if (!path)
        return std::nullopt;
    QByteArray canonical = '/' + path->code.toLatin1();
    if (path->unlock)
        return canonical + "/unlock";
    switch (path->extra) {
    case DelegatePath::Extra::Events:
        return canonical + "/events";
    case DelegatePath::Extra::Now:
        return canonical + "/now";
    case DelegatePath::Extra::Follow:
        return canonical + "/follow";
    case DelegatePath::Extra::FollowScript:
        return canonical + "/follow.js";
    case DelegatePath::Extra::Answer:
        return canonical + "/answer";
    case DelegatePath::Extra::Thanks:
        return canonical + "/thanks";
    case DelegatePath::Extra::Zip:
        return canonical + (path->item > 0 ? '/' + QByteArray::number(path->item) : QByteArray()) +
               "/zip";
    case DelegatePath::Extra::None:
        break;
    }
    if (!path->card.isEmpty())
        return canonical + "/C/" + path->card.toLatin1();
    if (path->item == 0)
        return canonical;
    canonical += '/' + QByteArray::number(path->item);
    if (path->doc == 0)
        return canonical;
    canonical += '/' + QByteArray::number(path->doc);
    switch (path->view) {
    case DelegatePath::View::Reader:
        // The first part is /read; /read/1 is another spelling of it.
        return canonical + "/read" +
               (path->part > 1 ? '/' + QByteArray::number(path->part) : QByteArray());
    case DelegatePath::View::PageImage:
        return canonical + (path->width == 720 ? "/w720/" : "/page/") +
               QByteArray::number(path->page) + (path->webp ? ".webp" : "");
    case DelegatePath::View::Thumbnail:
        return canonical + "/thumb/" + QByteArray::number(path->page) + (path->webp ? ".webp" : "");
    case DelegatePath::View::Text:
        return canonical + "/text/" + QByteArray::number(path->page);
    case DelegatePath::View::Contents:
        return canonical + "/contents";
    case DelegatePath::View::GoTo:
        return canonical + "/at";
    case DelegatePath::View::Search:
        return canonical + "/search";
    case DelegatePath::View::File:
        break;
    }
    const QByteArrayView name = fileNameSegment(rawPath);
    if (!name.isEmpty())
        canonical += '/' + headerSafe(name);
    return canonical;
}

} // namespace docket::http
