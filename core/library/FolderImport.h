// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFileInfo>
#include <QList>
#include <QString>
#include <QStringList>

namespace docket {

// An agenda item that a dropped folder turns into, with its files in the order they go in.
struct PlannedItem
{
    QString title;
    QString folder;    // where it came from
    QStringList files; // absolute paths
};

// How a folder of documents, as secretaries keep them ("01. Khai mạc", "02. Báo cáo chính
// trị", ..., "Phụ lục"), becomes agenda items: pure file-system logic, no catalog.
namespace folderimport {

// The number a name starts with ("01. Báo cáo" -> 1, "10 - Bế mạc" -> 10), or -1 when it
// starts with none. Digits glued to a letter ("3D mô hình") are a word, not a number.
int leadingNumber(const QString &name);

// "01. Báo cáo chính trị" -> "Báo cáo chính trị"; "1.2) Tiểu mục" -> "Tiểu mục". A name that
// is nothing but a number keeps it, so that no item is left without a title.
QString stripLeadingNumber(const QString &name);

// Sorts paths (or bare names) by their last component as people number things: by leading
// number first ("2. X" before "10. Y"), unnumbered names after the numbered ones, then in
// Vietnamese alphabetical order with digits compared as numbers ("Phụ lục 2" before
// "Phụ lục 10", "Dự thảo" before "Đại hội").
void sortNaturally(QStringList &paths);

// Left out of an import: hidden entries, and the litter that file managers and office
// programs leave in folders (Thumbs.db, desktop.ini, "~$" lock files of open documents).
bool isIgnored(const QFileInfo &info);

// Every file under `folder`: its own files first, then each sub-folder's in turn (depth
// first), each level in natural order. Symbolic links to folders are not followed, so that a
// loop or a link out of the folder cannot drag half the disk in.
QStringList filesUnder(const QString &folder);

// The items a dropped folder makes: the files directly inside it, if any, become a first item
// titled after the folder itself; then each sub-folder (in natural order) becomes an item
// titled after it, without its leading number, holding every file beneath it. A sub-folder
// without files still makes its item: the folder tree mirrors the agenda, and its documents
// may come later.
QList<PlannedItem> planFolderImport(const QString &folder);
// Several folders dropped at once: each one planned as above, the folders in natural order.
// Selecting "01. Khai mạc", "02. Báo cáo" ... and dropping them makes one item per folder.
QList<PlannedItem> planFolderImport(const QStringList &folders);

} // namespace folderimport
} // namespace docket
