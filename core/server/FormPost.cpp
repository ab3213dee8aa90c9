// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/FormPost.h"

#include <QList>
#include <QStringDecoder>

namespace docket::forms {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// One name or value: '+' is a space, %XX a byte, the bytes UTF-8.
std::optional<QString> decodeComponent(QByteArrayView text)
{
    QByteArray bytes;
    bytes.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '+') {
            bytes.append(' ');
        } else if (c == '%') {
            if (i + 2 >= text.size())
                return std::nullopt;
            const int high = hexValue(text[i + 1]);
            const int low = hexValue(text[i + 2]);
            if (high < 0 || low < 0)
                return std::nullopt;
            bytes.append(static_cast<char>(high * 16 + low));
            i += 2;
        } else {
            bytes.append(c);
        }
    }
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20 && c != '\t' && c != '\r' && c != '\n') || byte == 0x7f)
            return std::nullopt;
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString decoded = utf8.decode(bytes);
    if (utf8.hasError())
        return std::nullopt;
    return decoded;
}

// "host:port" lowercased, without the default port 80; empty when it cannot be one.
QByteArray normalisedAuthority(QByteArrayView authority)
{
    if (authority.isEmpty() || authority.contains('@') || authority.contains(' '))
        return {};
    QByteArray text = authority.toByteArray().toLower();
    if (text.endsWith(":80"))
        text.chop(3);
    return text;
}

// The authority of an http URL, of `whole` (an Origin: nothing after it) or of its beginning (a
// Referer: a path may follow); empty when it is not one.
QByteArray httpAuthority(QByteArrayView url, bool whole)
{
    constexpr QByteArrayView kScheme("http://");
    if (url.size() <= kScheme.size() ||
        url.first(kScheme.size()).compare(kScheme, Qt::CaseInsensitive) != 0)
        return {};
    const QByteArrayView rest = url.sliced(kScheme.size());
    qsizetype end = rest.size();
    for (qsizetype i = 0; i < rest.size(); ++i) {
        if (rest[i] == '/' || rest[i] == '?' || rest[i] == '#') {
            end = i;
            break;
        }
    }
    if (whole && end != rest.size())
        return {};
    return normalisedAuthority(rest.first(end));
}

} // namespace

std::optional<QString> Fields::value(QStringView name) const
{
    for (const auto &[key, value] : entries)
        if (key == name)
            return value;
    return std::nullopt;
}

std::optional<Fields> parseUrlEncoded(QByteArrayView body)
{
    Fields fields;
    qsizetype start = 0;
    while (start <= body.size()) {
        qsizetype end = body.indexOf('&', start);
        if (end < 0)
            end = body.size();
        const QByteArrayView pair = body.sliced(start, end - start);
        start = end + 1;
        if (pair.isEmpty())
            continue; // "a=1&&b=2", a trailing '&': nothing there
        if (fields.entries.size() >= kMaxFields)
            return std::nullopt;
        const qsizetype equals = pair.indexOf('=');
        const auto name = decodeComponent(equals < 0 ? pair : pair.first(equals));
        const auto value = decodeComponent(equals < 0 ? QByteArrayView() : pair.sliced(equals + 1));
        if (!name || !value)
            return std::nullopt;
        fields.entries.emplace_back(*name, *value);
    }
    return fields;
}

BodyType bodyType(QByteArrayView contentType)
{
    if (contentType.isNull())
        return BodyType::Form;
    const QByteArray text = contentType.toByteArray().toLower();
    const QList<QByteArray> parts = text.split(';');
    if (parts.first().trimmed() != "application/x-www-form-urlencoded")
        return BodyType::WrongType;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray parameter = parts[i].trimmed();
        if (!parameter.startsWith("charset="))
            continue;
        QByteArray charset = parameter.sliced(8);
        if (charset.size() >= 2 && charset.startsWith('"') && charset.endsWith('"'))
            charset = charset.sliced(1, charset.size() - 2);
        if (charset != "utf-8" && charset != "utf8")
            return BodyType::WrongCharset;
    }
    return BodyType::Form;
}

Origin checkOrigin(QByteArrayView origin, QByteArrayView referer, QByteArrayView host)
{
    const QByteArray served = normalisedAuthority(host.trimmed());
    if (!origin.isNull()) {
        // "null" is what a sandboxed frame, a data: URL or a page that wants no referrer sends:
        // anyone can make a browser send it, so it proves nothing.
        const QByteArray from = httpAuthority(origin.trimmed(), true);
        return !served.isEmpty() && from == served ? Origin::Same : Origin::Foreign;
    }
    if (!referer.isNull()) {
        const QByteArray from = httpAuthority(referer.trimmed(), false);
        return !served.isEmpty() && from == served ? Origin::Same : Origin::Foreign;
    }
    return Origin::Unknown;
}

} // namespace docket::forms
