// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pdf/Inspector.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <vector>

namespace docket {

struct InspectionLimits
{
    int seconds = 30;                                    // wall clock; CPU time is capped too
    std::int64_t memoryBytes = 2LL * 1024 * 1024 * 1024; // address space of the child
};

// Poppler parses whatever a USB stick holds; a hostile or broken PDF can crash it, hang it or
// make it eat memory. So a PDF is inspected in a child process (`docket-cli inspect FILE
// --json`) with limits, and whatever happens to the child, the importing process carries on:
// the file becomes a plain document with the reason in its problem.
class IsolatedInspector
{
    Q_DECLARE_TR_FUNCTIONS(IsolatedInspector)

public:
    // The docket-cli to run. Empty (the default): inspect in this process.
    static void setProgram(const QString &path);
    static QString program();
    // docket-cli next to the running program (installed), or in the build tree's app/cli.
    static QString findProgram();

    static Inspection inspect(const QString &storedPath, const QString &originalFileName,
                              const InspectionLimits &limits = {});

    struct File
    {
        QString storedPath;
        QString originalFileName;
    };
    // Many files at once, as an import of a folder needs: PDFs go to children in batches (a
    // child's start-up costs as much as inspecting a short PDF), two children at a time on two
    // cores. A batch whose child hangs, crashes or answers nonsense is inspected again one
    // file per child, so only the culprit ends up a plain file. Results in the given order.
    static QList<Inspection> inspectMany(const QList<File> &files,
                                         const InspectionLimits &limits = {});
    static constexpr int kBatch = 16;
};

// inspectMany as a stream: files are added while later ones are still being copied, and the
// batches run in their children meanwhile; finish() waits for the last ones. One thread.
class InspectionBatcher
{
public:
    explicit InspectionBatcher(const InspectionLimits &limits = {});
    ~InspectionBatcher(); // stops children still running
    InspectionBatcher(const InspectionBatcher &) = delete;
    InspectionBatcher &operator=(const InspectionBatcher &) = delete;

    void add(const IsolatedInspector::File &file);
    QList<Inspection> finish(); // in the order added

private:
    struct Batch;
    void startPending();
    void collectOldest();

    InspectionLimits m_limits;
    QString m_program;
    QList<IsolatedInspector::File> m_files;
    QList<Inspection> m_results;
    QList<qsizetype> m_pending;
    QList<qsizetype> m_retry;
    std::vector<Batch> m_running;
};

} // namespace docket
