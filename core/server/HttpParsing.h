// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

// Pure functions over request text: every one of them is table-tested without a socket.
namespace docket::http {

// Percent-decodes one path segment. Fails on a malformed escape, on anything that could
// change the path's shape once decoded ('/', '\\', "." and "..") and on control bytes (NUL,
// 0x01-0x1F, 0x7F): no segment names anything with those, so they never get past this.
std::optional<QByteArray> decodePathSegment(QByteArrayView segment);
// One hexadecimal digit's value (either case), or -1: the one reading of %XX escapes.
int hexValue(char c);

// The parts of a delegate URL: /CODE, /CODE/N, /CODE/N/DOC[/file-name], and for a PDF
// /CODE/N/DOC/read (the reader page), /CODE/N/DOC/page/P, /CODE/N/DOC/w720/P and
// /CODE/N/DOC/thumb/P (page images),
// /CODE/N/DOC/text/P (a page's text), /CODE/N/DOC/contents (its outline), /CODE/N/DOC/at?n=P
// (to page P, in the view the phone reads in), /CODE/N/DOC/search?q=WORDS; /CODE/N/zip and
// /CODE/zip (an item's and the meeting's documents in one ZIP). The code is normalised
// (uppercase, Crockford look-alikes mapped); the optional file name is there for browsers that
// name downloads after the URL, and is otherwise ignored. A file really named "read" (or any
// other of those words) gets a link that spells it with an escape (see documentNameSegment).
struct DelegatePath
{
    enum class View
    {
        File,      // the document's bytes (or a page, without a document)
        Reader,    // its pages as images in a page
        PageImage, // one page at phone width
        Thumbnail, // one page, small
        Text,      // one page's text, reflowed
        Contents,  // the document's own contents list
        GoTo,      // a page, in the view the phone reads in (a redirect)
        Search     // where in the document words are
    };
    QString code;
    int item = 0;         // 0: the meeting page
    std::int64_t doc = 0; // 0: the item page
    bool unlock = false;  // /CODE/unlock: where the PIN form is sent
    // The meeting's other fixed addresses, for phones that follow the item being discussed:
    // /CODE/events (its moves, as server-sent events), /CODE/now (to the item, without script),
    // /CODE/follow (the form that starts and stops following), /CODE/follow.js (the script).
    enum class Extra
    {
        None,
        Events,
        Now,
        Follow,
        FollowScript,
        Answer, // a survey's /CODE/answer (its form's action) and /CODE/thanks
        Thanks,
        Zip // /CODE/zip, or with an item /CODE/N/zip: the documents in one ZIP
    };
    Extra extra = Extra::None;
    QString card; // /CODE/C/TOKEN: a delegate's badge (the token normalised)
    View view = View::File;
    int page = 0; // 1-based, for PageImage, Thumbnail and Text
    // A PageImage's width: kReaderWidth (/page/P), or the smaller one a 2x phone takes from
    // the reader's srcset (/w720/P).
    int width = 0;
    bool webp = false; // a PageImage or Thumbnail as WebP: /CODE/N/DOC/page/P.webp
    int part = 1; // 1-based, for Reader: /read is the first part of a long document, /read/2...
};
std::optional<DelegatePath> parseDelegatePath(QByteArrayView rawPath);
// The file-name segment of a document link: percent-encoded, and never the reserved "read".
// A control character of the name (a Linux file name may hold one) is written as '_': the
// segment is only there to name a download, and decodePathSegment refuses control bytes.
QByteArray documentNameSegment(const QString &fileName);

// Why a request is refused before anything answers it or reads any more of it: the status and
// a short reason for the plain-text body. The Router never sees such a request.
struct Refusal
{
    int status = 400;
    QByteArray reason;
};

// The request target as it came on the request line. A control byte (NUL included) or a space
// has no place there (RFC 9112 section 3.2) and is never passed on: 400. Longer than
// `maxLength`: 414.
std::optional<Refusal> targetRefusal(QByteArrayView target, qsizetype maxLength);

// How the request body is framed, from every Content-Length and every Transfer-Encoding field as
// received, repeated ones included (RFC 9112 section 6), before a byte of the body is read.
// 400: lengths that disagree or are not a number, a length together with a transfer coding (one
// request smuggled inside another), codings that do not end in chunked; 501: a coding other than
// chunked. A chunked body at all: 411 where we read a body (`takesBody`, the PIN form: we take
// it with its length only), 400 elsewhere, where a body with a length is merely skipped. No
// browser sends one, and libmicrohttpd would parse it, and refuse a malformed one in its own
// words.
std::optional<Refusal> framingRefusal(const QList<QByteArray> &contentLengths,
                                      const QList<QByteArray> &transferEncodings, bool takesBody);

// The value of one cookie in a Cookie header, or a null QByteArray.
QByteArray cookieValue(QByteArrayView cookieHeader, QByteArrayView name);
// One field of an application/x-www-form-urlencoded body, decoded ('+' is a space).
std::optional<QByteArray> formValue(QByteArrayView body, QByteArrayView name);

// A single byte range resolved against a size (RFC 9110 section 14).
struct ByteRange
{
    enum class Kind
    {
        Whole,        // no Range, one we ignore (not bytes, several ranges, bad syntax): 200
        Partial,      // 206
        Unsatisfiable // 416
    };
    Kind kind = Kind::Whole;
    std::int64_t start = 0;
    std::int64_t length = 0;
};
ByteRange parseRange(QByteArrayView header, std::int64_t size);

// "vi" or "en" from an Accept-Language header by q-value; `fallback` when neither is asked for.
QString pickLanguage(QByteArrayView acceptLanguage, const QString &fallback);
// The language of a delegate page, in this order: what the phone chose with the switch on
// every page (`chosen`: the ?lang= of the request, else its cookie), the language of the
// meeting or survey the page belongs to (`own`; empty for a page of none, such as a wrong
// code), Accept-Language, Vietnamese. A Vietnamese meeting stays Vietnamese on a phone set to
// English until its owner asks otherwise.
QString chooseLanguage(QByteArrayView chosen, const QString &own, QByteArrayView acceptLanguage);

// True when an If-None-Match header lists the entity tag (or is "*"); weak comparison.
bool etagMatches(QByteArrayView ifNoneMatch, QByteArrayView etag);

// Content-Disposition: inline, with an ASCII fallback name and the exact UTF-8 name in
// filename* (RFC 6266 / 8187), so that Vietnamese names survive on every browser.
QByteArray contentDisposition(const QString &fileName, bool attachment = false);

// Documents a phone may show in the page's place: PDF, raster images and plain text. Anything
// else, HTML and SVG above all (they could run script on the delegate pages' origin), is only
// ever offered as a download.
bool showsInline(const QString &mimeType);
// What to send as Content-Type: the real type, except for types a browser would interpret as
// active content, which go out as application/octet-stream.
QByteArray servedContentType(const QString &mimeType);

// Percent-encodes a file name for use as the last segment of a URL.
QByteArray encodePathSegment(const QString &text);

// An HTTP-date (RFC 9110 section 5.6.7) for Last-Modified.
QByteArray httpDate(std::int64_t secondsSinceEpoch);
// Reads the three forms a recipient must accept (IMF-fixdate, RFC 850, asctime); seconds since
// the epoch, or nullopt when the text is none of them.
std::optional<std::int64_t> parseHttpDate(QByteArrayView text);

// If-Range (RFC 9110 section 13.1.5): true when the range may be honoured, that is when the
// validator is the current strong entity tag or exactly the current Last-Modified date.
bool ifRangeAllows(QByteArrayView ifRange, QByteArrayView etag, std::int64_t lastModified);

} // namespace docket::http
