// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The names files get in an archive bundle and in a phone's "download all" ZIP: readable, in
// agenda order, and safe on every file system a USB stick or a phone may meet (FAT, NTFS, ext4,
// APFS) and in every unzip program. Pure: no catalog, no files; unit-tested on their own.

#include <QDate>
#include <QSet>
#include <QString>

namespace docket::bundlenames {

// Limits in UTF-8 bytes (file systems count bytes, and Vietnamese letters take two or three):
// a folder or file name well inside the 255 of ext4 and NTFS, so that `NN item/document (v2).pdf`
// stays under Windows' 260 characters from a short extraction folder.
inline constexpr int kMaxFolderBytes = 80;
inline constexpr int kMaxFileBytes = 140;
inline constexpr int kMaxExtensionBytes = 10;

// One path component: NFC, control characters and / \ : * ? " < > | replaced by "_", runs of
// white space made one space, leading dots and trailing dots and spaces removed, a reserved
// Windows device name (CON, NUL, COM1...) prefixed with "_", cut to `maxBytes` of UTF-8 at a
// character boundary. Never empty: `fallback` when nothing is left.
QString safeComponent(const QString &text, int maxBytes, const QString &fallback,
                      bool wholeName = true); // false: a part of a name, never a device

// A file's extension from its original name ("Báo cáo.DOCX" -> "docx"), lowercase ASCII letters
// and digits only; empty when it has none worth keeping.
QString extensionOf(const QString &fileName);

// "03 Báo cáo chính trị": the item's number, two digits (three past 99 items), and title.
QString itemFolder(int number, int itemCount, const QString &title);

// "<title>.<ext>"; an earlier version "<title> (v2).<ext>"; `extension` may be empty.
QString documentFile(const QString &title, const QString &extension, int earlierVersion = 0);

// "YYYY-MM-DD <meeting title>.zip" (without a date: the title alone).
QString defaultBundleName(const QDate &date, const QString &meetingTitle);

// Hands out names within one folder, telling apart those that differ only in case or
// normalisation (they collide on Windows and macOS): "x.pdf", "x (2).pdf", "x (3).pdf".
class NameSet
{
public:
    QString claim(const QString &fileName);

private:
    QSet<QString> m_taken; // folded
};

// The UTF-8 length of `text`.
int utf8Bytes(const QString &text);

} // namespace docket::bundlenames
