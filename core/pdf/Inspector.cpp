// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf/Inspector.h"

#include "pdf/PopplerSetup.h"
#include "util/Error.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QMimeDatabase>
#include <QStringDecoder>

#include <poppler-qt6.h>

namespace docket {

namespace {

// The PDF header may follow some junk; the specification tolerates up to 1024 bytes of it.
constexpr qint64 kSniffBytes = 1024;

} // namespace

QJsonObject Inspection::toJson() const
{
    QJsonArray sizes;
    for (const QSizeF &size : pageSizes)
        sizes.append(QJsonArray{size.width(), size.height()});
    return {{QStringLiteral("mimeType"), mimeType},
            {QStringLiteral("isPdf"), isPdf},
            {QStringLiteral("pageCount"), pageCount ? QJsonValue(*pageCount) : QJsonValue()},
            {QStringLiteral("pageSizes"), sizes},
            {QStringLiteral("title"), title},
            {QStringLiteral("problem"), problem},
            {QStringLiteral("encrypted"), encrypted},
            {QStringLiteral("pageTexts"), QJsonArray::fromStringList(pageTexts)}};
}

std::optional<Inspection> Inspection::fromJson(const QJsonObject &json)
{
    if (!json.value(QStringLiteral("mimeType")).isString() ||
        !json.value(QStringLiteral("isPdf")).isBool())
        return std::nullopt;
    Inspection out;
    out.mimeType = json.value(QStringLiteral("mimeType")).toString();
    out.isPdf = json.value(QStringLiteral("isPdf")).toBool();
    if (const QJsonValue pages = json.value(QStringLiteral("pageCount")); pages.isDouble()) {
        const int count = pages.toInt(-1);
        if (count < 0)
            return std::nullopt;
        out.pageCount = count;
    }
    for (const QJsonValue &size : json.value(QStringLiteral("pageSizes")).toArray())
        out.pageSizes << QSizeF(size.toArray().at(0).toDouble(), size.toArray().at(1).toDouble());
    out.title = json.value(QStringLiteral("title")).toString();
    out.problem = json.value(QStringLiteral("problem")).toString();
    out.encrypted = json.value(QStringLiteral("encrypted")).toBool();
    for (const QJsonValue &text : json.value(QStringLiteral("pageTexts")).toArray())
        out.pageTexts << text.toString();
    return out;
}

Inspection Inspector::inspect(const QString &storedPath, const QString &originalFileName)
{
    QFile file(storedPath);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(storedPath), file.errorString()));
    const QByteArray head = file.read(kSniffBytes);
    file.close();

    Inspection result;
    const QMimeDatabase mimeDb;
    result.mimeType = mimeDb.mimeTypeForFileNameAndData(originalFileName, head).name();
    // Readers accept the header anywhere in the first 1024 bytes, but only a file that starts
    // with it, or says it is a PDF, is taken for one: a text that quotes "%PDF-" is a text.
    const bool looksLikePdf = head.contains("%PDF-");
    const bool namedPdf = originalFileName.endsWith(u".pdf", Qt::CaseInsensitive);
    result.isPdf = head.startsWith("%PDF-") || namedPdf || result.mimeType == u"application/pdf";
    if (!result.isPdf) {
        // Phones guess a legacy encoding for text sent without a charset and garble
        // Vietnamese: say UTF-8 when the text is. The decoder is stateful, so a character cut
        // in two by the sniffing limit is pending, not an error.
        if (result.mimeType == u"text/plain") {
            QStringDecoder utf8(QStringConverter::Utf8);
            const QString decoded = utf8.decode(head);
            if (!utf8.hasError() && !decoded.contains(QChar::ReplacementCharacter))
                result.mimeType = QStringLiteral("text/plain; charset=utf-8");
        }
        return result;
    }
    result.mimeType = QStringLiteral("application/pdf");
    if (!looksLikePdf) {
        result.problem = tr("The file is named as a PDF but does not contain one.");
        return result;
    }

    silencePoppler();
    const std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(storedPath);
    if (!doc) {
        result.problem = tr("The PDF is damaged and cannot be read.");
        return result;
    }
    if (doc->isLocked()) {
        result.encrypted = true;
        result.problem = tr("The PDF is protected by a password.");
        return result;
    }
    const int pages = doc->numPages();
    if (pages <= 0) {
        result.problem = tr("The PDF has no readable pages.");
        return result;
    }
    result.pageCount = pages;
    // Bounded: a ten-thousand page file still imports quickly; later pages default to A4.
    for (int i = 0; i < std::min(pages, 2000); ++i) {
        const std::unique_ptr<Poppler::Page> page = doc->page(i);
        result.pageSizes << (page ? page->pageSizeF() : QSizeF());
    }
    result.title = doc->info(QStringLiteral("Title")).trimmed();
    qsizetype chars = 0;
    for (int i = 0; i < std::min(pages, kMaxTextPages) && chars < kMaxTextChars; ++i) {
        const std::unique_ptr<Poppler::Page> page = doc->page(i);
        QString text = page ? page->text(QRectF()).simplified() : QString();
        text.truncate(kMaxTextChars - chars);
        chars += text.size();
        result.pageTexts << text;
    }
    return result;
}

} // namespace docket
