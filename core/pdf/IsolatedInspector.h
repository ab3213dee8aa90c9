// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pdf/Inspector.h"
#include "pdf/RenderPool.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <deque>
#include <memory>
#include <vector>

namespace docket {

// Per file, never per batch: a file that reaches a limit costs one limit, whatever it is
// imported with.
struct InspectionLimits
{
    int seconds = 30;                                    // to read one file (pages, text)
    std::int64_t memoryBytes = 2LL * 1024 * 1024 * 1024; // address space of the child
    // To draw its first page at thumbnail width: the render workers' limits (RenderLimits).
    int drawMilliseconds = RenderLimits{}.pageMilliseconds;
    std::int64_t drawMemoryBytes = RenderLimits{}.memoryBytes;
};
InspectionLimits inspectionLimits(const RenderLimits &render);

// Poppler parses whatever a USB stick holds; a hostile or broken PDF can crash it, hang it or
// make it eat memory, and text extraction never decodes an image, so a PDF that takes minutes
// to draw reads in milliseconds. So a PDF is inspected in a child process (`docket-cli
// inspect`) with limits, which also draws its first page under the render workers' limits;
// whatever happens to the child, the importing process carries on. A PDF that cannot be read
// becomes a plain document with the reason in its problem; one whose first page cannot be
// drawn stays readable, flagged as heavy (the reason, again, in its problem).
class IsolatedInspector
{
    Q_DECLARE_TR_FUNCTIONS(IsolatedInspector)

public:
    // The docket-cli it runs: ChildProgram::get(ChildProgram::Use::Inspection).

    static Inspection inspect(const QString &storedPath, const QString &originalFileName,
                              const InspectionLimits &limits = {});

    struct File
    {
        QString storedPath;
        QString originalFileName;
    };
    // Many files at once, as an import of a folder needs: PDFs go to children in batches (a
    // child's start-up costs as much as inspecting a short PDF), two children at a time on two
    // cores. Each child reports every file as it finishes it and the limits are kept per file:
    // a child that passes one is killed, that file gets the reason, and the files after it go
    // to a fresh child. Results in the given order.
    static QList<Inspection> inspectMany(const QList<File> &files,
                                         const InspectionLimits &limits = {});
    static constexpr int kBatch = 8;

    // The child's side (`docket-cli inspect --stream`): one JSON line on stdout as each file
    // is read, and one as its first page is drawn (at most `drawMemory` of address space).
    static int runChild(const QStringList &paths, const QStringList &names,
                        std::int64_t drawMemory);
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
    struct Start
    {
        QList<qsizetype> indexes;
        bool alone = false;   // a retry of one file that failed after others in its child
        bool starved = false; // a retry of one file whose reading child was starved of CPU
    };
    void startReady();
    void pump(int milliseconds);
    void handleLines(Batch &batch);
    void handleEnd(Batch &batch, bool timedOut);
    void inspectHere(const QList<qsizetype> &indexes);

    InspectionLimits m_limits;
    QString m_program;
    QList<IsolatedInspector::File> m_files;
    QList<Inspection> m_results;
    QList<qsizetype> m_pending;
    std::deque<Start> m_toStart;
    std::vector<std::unique_ptr<Batch>> m_running;
};

} // namespace docket
