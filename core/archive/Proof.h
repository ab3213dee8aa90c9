// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/Catalog.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>

namespace docket {

// Proof of a file: which meeting, item, document and version hold exactly these bytes, when
// that version was current and to how many phones it went. A secretary sent "the report that
// was shown" checks it here; any other bytes are "not a file Docket stored".
struct ProofReport
{
    QString path;
    QString sha256;
    std::int64_t size = 0;
    QList<ContentUse> uses;
    bool known() const { return !uses.isEmpty(); }
};

class Proof
{
    Q_DECLARE_TR_FUNCTIONS(Proof)

public:
    // Hashes the file (streamed, in any thread that owns `catalog`) and looks it up. `progress`
    // (bytes done, total) returns false to stop: then docket::Error("stopped") is thrown.
    // Throws docket::Error for a file that cannot be read.
    static ProofReport check(Catalog &catalog, const QString &path,
                             const std::function<bool(std::int64_t, std::int64_t)> &progress = {});
    // Only the hashing, for a thread without the catalog.
    static QString hashFile(const QString &path, std::int64_t *size,
                            const std::function<bool(std::int64_t, std::int64_t)> &progress = {});
    static ProofReport lookUp(Catalog &catalog, const QString &path, const QString &sha256,
                              std::int64_t size);

    // The report in sentences, for the window and the CLI alike (translated).
    static QStringList describe(const ProofReport &report);
    static QJsonObject toJson(const ProofReport &report);
};

} // namespace docket
