// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>
#include <utility>
#include <vector>

// The pure rules for a form a phone POSTs (the PIN form today; a check-in or a survey answer
// tomorrow): what the body may be, how its fields are read, and whether it came from our own
// pages. Table-tested without a socket; the Router applies them to every form action.
namespace docket::forms {

// The fields of an application/x-www-form-urlencoded body (the WHATWG URL standard's parser):
// '&'-separated name=value pairs, '+' for a space, percent escapes, UTF-8.
struct Fields
{
    std::vector<std::pair<QString, QString>> entries; // in the order sent

    // The first field of that name, or nullopt.
    std::optional<QString> value(QStringView name) const;
};

// Fields kept at most: a form of ours has a handful; a body of 1 KB of "&&&&" gets 400.
constexpr qsizetype kMaxFields = 64;

// Read as the WHATWG URL standard reads it (a '%' that starts no escape stays, what is not
// UTF-8 becomes U+FFFD): each action judges its own fields. Nullopt only beyond maxFields (a
// survey's form has one field per question and per ticked box).
std::optional<Fields> parseUrlEncoded(QByteArrayView body, qsizetype maxFields = kMaxFields);

enum class BodyType
{
    Form,        // application/x-www-form-urlencoded, UTF-8 (said, or said by nothing)
    WrongType,   // another media type (multipart/form-data, JSON, text/plain): 415
    WrongCharset // the form in another charset: 415, we would read it wrongly
};
// From the Content-Type header (null when absent). A body without a type is read as the form:
// every browser sends the type with a form, so only a hand-made request lacks it, and it is
// read by the same strict parser.
BodyType bodyType(QByteArrayView contentType);

enum class Origin
{
    Same,    // Origin (or, without it, Referer) names the host the request came to
    Unknown, // neither header was sent
    Foreign  // another site, "null" (a sandboxed frame, a data: URL), or text that is no URL
};
// Whether a POST came from a page of this server, judged from its Origin header, else its
// Referer, against the Host header it was sent to (the host and port the phone used, which is
// the base URL whatever interface it came in by). Scheme http only: we serve nothing else.
// Host names compare case-insensitively and port 80 may be left out on either side.
Origin checkOrigin(QByteArrayView origin, QByteArrayView referer, QByteArrayView host);

} // namespace docket::forms
