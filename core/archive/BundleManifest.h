// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// manifest.json and SHA256SUMS of an archive bundle, and where each file goes in it. Pure: no
// catalog, no files.
//
// The manifest holds what the catalog keeps of the meeting (ArchivedMeeting) plus each
// document file's path in the bundle, and nothing of the library it came from (no ids, no
// export time): exporting a meeting imported from a bundle gives the same manifest.
// SHA256SUMS covers every other entry, the generated ones too (index.html, agenda.pdf...),
// in the format `sha256sum -c` reads.

#include "catalog/ArchivedMeeting.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace docket {

inline constexpr int kBundleFormatVersion = 1;

// A document file's place in the bundle.
struct BundleFile
{
    QString path;
    QString sha256;
    std::int64_t size = 0;
    QString time; // ISO: when it was added (its entry's time in the ZIP)
};

// Paths of every version and rendition, by item, document and version (oldest first).
struct BundleLayout
{
    QStringList folders;                         // per item
    QList<QList<QList<QString>>> versionPaths;   // [item][document][version]
    QList<QList<QList<QString>>> renditionPaths; // empty where none
    QList<BundleFile> files;                     // in entry order (agenda order)
};

// The names the export generates beside the documents.
namespace bundlefiles {
inline constexpr const char *kIndex = "index.html";
inline constexpr const char *kAgenda = "agenda.pdf";
inline constexpr const char *kPack = "pack.pdf"; // the conference pack (issue 12, item 3)
inline constexpr const char *kStats = "stats.csv";
inline constexpr const char *kManifest = "manifest.json";
inline constexpr const char *kSums = "SHA256SUMS";
// The generated names an import accepts beside the manifest's documents.
QStringList generated();
} // namespace bundlefiles

class BundleManifest
{
    Q_DECLARE_TR_FUNCTIONS(BundleManifest)

public:
    // In agenda order: "NN item/document.ext", the current version first, then its rendition,
    // then the earlier versions ("document (v1).ext") each with its own.
    static BundleLayout layout(const ArchivedMeeting &meeting);

    static QByteArray toJson(const ArchivedMeeting &meeting, const BundleLayout &layout);

    // A manifest read back, with every version's and rendition's path and hash. Throws
    // docket::Error saying what is wrong when it is not a manifest this version can read.
    struct Parsed
    {
        ArchivedMeeting meeting;
        QList<BundleFile> files; // every document file it names
    };
    static Parsed parse(const QByteArray &json);

    // "<hash>  <name>\n" per file, as sha256sum writes it.
    static QByteArray sums(const QList<std::pair<QString, QString>> &nameAndHash);
    // name -> hash; throws docket::Error for a line sha256sum would not read.
    static QHash<QString, QString> parseSums(const QByteArray &text);
};

} // namespace docket
