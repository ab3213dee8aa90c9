// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/FolderImport.h"

#include <QCollator>
#include <QDir>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace docket::folderimport {

namespace {

// More digits than this is a serial number or a date, not an agenda position; it also keeps
// the value inside an int.
constexpr int kMaxDigits = 9;

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// The ordering itself, built once per sort: a QCollator is costly to make.
class NaturalOrder
{
public:
    NaturalOrder() : m_collator(QLocale(QLocale::Vietnamese, QLocale::Vietnam))
    {
        // Vietnamese, whatever the computer's language: the folders are named in it, and its
        // order (d before đ before e) also sorts plain Latin names correctly.
        m_collator.setNumericMode(true);
        m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    }

    bool operator()(const QString &a, const QString &b) const
    {
        const int numberA = leadingNumber(a);
        const int numberB = leadingNumber(b);
        if ((numberA >= 0) != (numberB >= 0))
            return numberA >= 0;
        if (numberA != numberB)
            return numberA < numberB;
        const int byName = m_collator.compare(a, b);
        if (byName != 0)
            return byName < 0;
        return a < b; // names equal to the collator (case only) still get one stable order
    }

private:
    QCollator m_collator;
};

QString lastComponent(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash < 0 ? path : path.mid(slash + 1);
}

QList<QFileInfo> entries(const QString &folder, QDir::Filters filters)
{
    QList<QFileInfo> kept;
    // Hidden entries are left out by not asking for QDir::Hidden.
    const QList<QFileInfo> all =
        QDir(folder).entryInfoList(filters | QDir::NoDotAndDotDot, QDir::NoSort);
    for (const QFileInfo &info : all)
        if (!isIgnored(info))
            kept.append(info);
    return kept;
}

QStringList sortedPaths(const QList<QFileInfo> &infos)
{
    QStringList paths;
    for (const QFileInfo &info : infos)
        paths.append(info.absoluteFilePath());
    sortNaturally(paths);
    return paths;
}

QStringList ownFiles(const QString &folder)
{
    return sortedPaths(entries(folder, QDir::Files));
}

QStringList subFolders(const QString &folder)
{
    QList<QFileInfo> folders = entries(folder, QDir::Dirs);
    folders.removeIf([](const QFileInfo &info) { return info.isSymLink(); });
    return sortedPaths(folders);
}

QString itemTitle(const QString &folder)
{
    QString name = QDir(folder).dirName();
    if (name.isEmpty())
        name = QDir::toNativeSeparators(folder); // a drive or the root itself
    return stripLeadingNumber(name);
}

} // namespace

int leadingNumber(const QString &name)
{
    qsizetype i = 0;
    while (i < name.size() && name.at(i).isSpace())
        ++i;
    const qsizetype start = i;
    while (i < name.size() && isAsciiDigit(name.at(i)))
        ++i;
    const qsizetype digits = i - start;
    if (digits == 0 || digits > kMaxDigits)
        return -1;
    if (i < name.size() && name.at(i).isLetter())
        return -1;
    return name.mid(start, digits).toInt();
}

QString stripLeadingNumber(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (leadingNumber(trimmed) < 0)
        return trimmed;
    // "01.", "1.2.", "3)", "04 -", "05_": the number, its sub-numbers, then any separators.
    static const QRegularExpression prefix(
        QStringLiteral("^[0-9]+(?:[.,][0-9]+)*[\\s.,:;)\\]_\\-\u2013\u2014]*"));
    const QString rest = trimmed.mid(prefix.match(trimmed).capturedLength()).trimmed();
    return rest.isEmpty() ? trimmed : rest;
}

void sortNaturally(QStringList &paths)
{
    const NaturalOrder order;
    std::stable_sort(paths.begin(), paths.end(), [&order](const QString &a, const QString &b) {
        return order(lastComponent(a), lastComponent(b));
    });
}

bool isIgnored(const QFileInfo &info)
{
    const QString name = info.fileName();
    if (name.startsWith(u'.') || info.isHidden())
        return true;
    if (name.startsWith(QStringLiteral("~$")))
        return true;
    return name.compare(QStringLiteral("Thumbs.db"), Qt::CaseInsensitive) == 0 ||
           name.compare(QStringLiteral("desktop.ini"), Qt::CaseInsensitive) == 0;
}

QStringList filesUnder(const QString &folder)
{
    QStringList files = ownFiles(folder);
    for (const QString &sub : subFolders(folder))
        files += filesUnder(sub);
    return files;
}

QList<PlannedItem> planFolderImport(const QString &folder)
{
    const QString absolute = QDir(folder).absolutePath();
    QList<PlannedItem> plan;
    const QStringList own = ownFiles(absolute);
    if (!own.isEmpty())
        plan.append({itemTitle(absolute), absolute, own});
    for (const QString &sub : subFolders(absolute))
        plan.append({itemTitle(sub), sub, filesUnder(sub)});
    return plan;
}

QList<PlannedItem> planFolderImport(const QStringList &folders)
{
    QStringList ordered;
    for (const QString &folder : folders)
        ordered.append(QDir(folder).absolutePath());
    sortNaturally(ordered);
    QList<PlannedItem> plan;
    for (const QString &folder : ordered)
        plan += planFolderImport(folder);
    return plan;
}

} // namespace docket::folderimport
