// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/BundleNames.h"

#include <QRegularExpression>
#include <QStringList>
#include <QTextBoundaryFinder>

namespace docket::bundlenames {

namespace {

bool isUnsafe(char32_t c)
{
    if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F))
        return true; // control characters, C0 and C1
    switch (c) {
    case U'/':
    case U'\\':
    case U':':
    case U'*':
    case U'?':
    case U'"':
    case U'<':
    case U'>':
    case U'|':
        return true;
    default:
        return false;
    }
}

// Windows refuses these as names whatever their extension ("nul.pdf" is the device too).
bool isReservedWindowsName(const QString &name)
{
    static const QRegularExpression reserved(
        QStringLiteral("^(CON|PRN|AUX|NUL|COM[0-9\u00B9\u00B2\u00B3]|LPT[0-9\u00B9\u00B2\u00B3])"
                       "(\\..*)?$"),
        QRegularExpression::CaseInsensitiveOption);
    return reserved.match(name).hasMatch();
}

// Cuts at a grapheme boundary so that no letter loses its mark and no surrogate pair is split.
QString cutToBytes(const QString &text, int maxBytes)
{
    if (utf8Bytes(text) <= maxBytes)
        return text;
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
    qsizetype keep = 0;
    int bytes = 0;
    qsizetype start = 0;
    for (qsizetype next = graphemes.toNextBoundary(); next != -1;
         next = graphemes.toNextBoundary()) {
        const int length = utf8Bytes(text.mid(start, next - start));
        if (bytes + length > maxBytes)
            break;
        bytes += length;
        keep = next;
        start = next;
    }
    return text.left(keep);
}

QString trimEnds(QString text)
{
    while (!text.isEmpty() && text.front() == u'.')
        text.remove(0, 1);
    while (!text.isEmpty() && (text.back() == u'.' || text.back() == u' '))
        text.chop(1);
    while (!text.isEmpty() && text.front() == u' ')
        text.remove(0, 1);
    return text;
}

} // namespace

int utf8Bytes(const QString &text)
{
    return static_cast<int>(text.toUtf8().size());
}

QString safeComponent(const QString &text, int maxBytes, const QString &fallback, bool wholeName)
{
    const QString nfc = text.normalized(QString::NormalizationForm_C);
    QString cleaned;
    cleaned.reserve(nfc.size());
    bool lastWasSpace = false;
    for (const char32_t c : nfc.toUcs4()) {
        if (c == U'\t' || c == U'\n' || c == U'\r' || c == U' ' || c == 0xA0 || c == 0x3000) {
            if (!lastWasSpace)
                cleaned += u' ';
            lastWasSpace = true;
            continue;
        }
        lastWasSpace = false;
        if (isUnsafe(c))
            cleaned += u'_';
        else
            cleaned += QString::fromUcs4(&c, 1);
    }
    cleaned = trimEnds(cleaned);
    if (wholeName && isReservedWindowsName(cleaned))
        cleaned.prepend(u'_');
    cleaned = trimEnds(cutToBytes(cleaned, maxBytes));
    if (cleaned.isEmpty())
        return fallback;
    return cleaned;
}

QString extensionOf(const QString &fileName)
{
    const qsizetype dot = fileName.lastIndexOf(u'.');
    if (dot <= 0 || dot == fileName.size() - 1)
        return {};
    const QString extension = fileName.mid(dot + 1).toLower();
    if (utf8Bytes(extension) > kMaxExtensionBytes)
        return {};
    for (const QChar c : extension)
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')))
            return {};
    return extension;
}

QString itemFolder(int number, int itemCount, const QString &title)
{
    const QString prefix =
        QStringLiteral("%1 ").arg(number, itemCount > 99 ? 3 : 2, 10, QLatin1Char('0'));
    return prefix +
           safeComponent(title, kMaxFolderBytes - utf8Bytes(prefix), QStringLiteral("_"), false);
}

QString documentFile(const QString &title, const QString &extension, int earlierVersion)
{
    QString suffix;
    if (earlierVersion > 0)
        suffix = QStringLiteral(" (v%1)").arg(earlierVersion);
    if (!extension.isEmpty())
        suffix += u'.' + extension;
    return safeComponent(title, kMaxFileBytes - utf8Bytes(suffix), QStringLiteral("_")) + suffix;
}

QString defaultBundleName(const QDate &date, const QString &meetingTitle)
{
    const QString prefix =
        date.isValid() ? date.toString(QStringLiteral("yyyy-MM-dd")) + u' ' : QString();
    return prefix +
           safeComponent(meetingTitle, kMaxFileBytes - utf8Bytes(prefix) - 4,
                         QStringLiteral("meeting")) +
           QStringLiteral(".zip");
}

QString NameSet::claim(const QString &fileName)
{
    const auto fold = [](const QString &name) {
        return name.normalized(QString::NormalizationForm_C).toCaseFolded();
    };
    if (!m_taken.contains(fold(fileName))) {
        m_taken.insert(fold(fileName));
        return fileName;
    }
    const qsizetype dot = fileName.lastIndexOf(u'.');
    const QString stem = dot > 0 ? fileName.left(dot) : fileName;
    const QString extension = dot > 0 ? fileName.mid(dot) : QString();
    for (int n = 2;; ++n) {
        const QString marker = QStringLiteral(" (%1)").arg(n);
        // The marker must survive the length limit: the stem gives way.
        const QString candidate =
            cutToBytes(stem, kMaxFileBytes - utf8Bytes(marker + extension)) + marker + extension;
        if (!m_taken.contains(fold(candidate))) {
            m_taken.insert(fold(candidate));
            return candidate;
        }
    }
}

} // namespace docket::bundlenames
