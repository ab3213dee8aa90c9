// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Checking a bundle against its own records (verify), and bringing it into a library as an
// archived meeting (import). Both read the ZIP through BundleReader's child.

#include "archive/BundleReader.h"
#include "model/Model.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace docket {

class Library;

struct BundleCheck
{
    int files = 0;          // entries checked
    QStringList missing;    // named by SHA256SUMS or the manifest, not in the ZIP
    QStringList altered;    // in the ZIP with other bytes than recorded
    QStringList unexpected; // in the ZIP, recorded nowhere
    QStringList problems;   // no manifest, unreadable SHA256SUMS...
    bool ok() const
    {
        return missing.isEmpty() && altered.isEmpty() && unexpected.isEmpty() && problems.isEmpty();
    }
    // Sentences naming each file, for the CLI and the window.
    QStringList describe() const;
};

struct BundleImportResult
{
    Meeting meeting;
    bool codeKept = true; // false: the bundle's code was taken here, the meeting has a new one
    QString bundleCode;
    int files = 0;
    int newBlobs = 0; // stored files that were not in the library yet
};

class BundleImport
{
    Q_DECLARE_TR_FUNCTIONS(BundleImport)

public:
    // What the ZIP's entries are against SHA256SUMS and manifest.json. Pure.
    static BundleCheck check(const BundleListing &listing);
    // Reads the ZIP (in the child) and checks it. Throws docket::Error for a file that is
    // refused outright (not a ZIP, hostile).
    static BundleCheck verify(const QString &zipPath, const BundleReader::Progress &progress = {});

    // Unpacks into a staging folder inside the library (tmp/), checks every entry against the
    // manifest before anything is recorded, stores the files (each only once), then records
    // the meeting in one transaction, archived. Nothing is written outside the staging folder
    // until everything checked out; the staging folder is removed however it ends. Throws
    // docket::Error saying why, having recorded nothing.
    static BundleImportResult run(Library &library, const QString &zipPath,
                                  const BundleReader::Progress &progress = {});
};

} // namespace docket
