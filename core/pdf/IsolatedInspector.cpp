// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf/IsolatedInspector.h"

#include "pdf/ChildProcess.h"
#include "pdf/ChildProgram.h"
#include "pdf/PageRenderer.h"
#include "util/Error.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <cstdint>
#include <cstdio>
#include <new>
#include <sys/resource.h>
#include <unistd.h>

namespace docket {

namespace {

// Only a file that holds a PDF header goes to Poppler at all; anything else is looked at
// here, cheaply, without a child.
bool holdsPdf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(1024).contains("%PDF-");
}

Inspection failed(const QString &problem)
{
    Inspection result;
    result.mimeType = QStringLiteral("application/pdf");
    result.isPdf = true;
    result.problem = problem;
    return result;
}

// A timeout is blamed on the file only when its child used at least this share of the limit
// in CPU time (the render pool's rule).
constexpr double kBusyShareForBlame = 0.25;
// A first page past its limit whose child has not worked that share yet (starved) is given up
// to this many limits of wall time to show whether the page is heavy, before it is given up
// unblamed: a loaded machine then still flags a heavy PDF, and never a benign one.
constexpr int kStarvedDrawLimits = 3;

QString readingTooLong(int seconds)
{
    return IsolatedInspector::tr("Reading the PDF took longer than %n second(s), so it is kept "
                                 "as a plain file.",
                                 nullptr, seconds);
}

QString readingMemory(std::int64_t bytes)
{
    return IsolatedInspector::tr("Reading the PDF needed more than %1 of memory, so it is kept "
                                 "as a plain file.")
        .arg(QLocale().formattedDataSize(bytes));
}

QString readingCrash()
{
    return IsolatedInspector::tr("The PDF made the reader crash, so it is kept as a plain file.");
}

// The reason a heavy PDF is flagged: said to the organiser, in their language.
QString drawingProblem(PageFailure::Kind kind, const InspectionLimits &limits)
{
    switch (kind) {
    case PageFailure::Kind::Timeout:
        return IsolatedInspector::tr("Its first page took longer than %n second(s) to draw: "
                                     "phones are shown a notice to download the PDF instead of "
                                     "such pages.",
                                     nullptr, std::max(1, limits.drawMilliseconds / 1000));
    case PageFailure::Kind::Memory:
        return IsolatedInspector::tr("Drawing its first page needed more than %1 of memory: "
                                     "phones are shown a notice to download the PDF instead of "
                                     "such pages.")
            .arg(QLocale().formattedDataSize(limits.drawMemoryBytes));
    case PageFailure::Kind::Crash:
        return IsolatedInspector::tr("Drawing its first page made the renderer crash: phones are "
                                     "shown a notice to download the PDF instead of such pages.");
    case PageFailure::Kind::Unreadable:
        break;
    }
    return IsolatedInspector::tr("Its first page cannot be drawn: phones are shown a notice to "
                                 "download the PDF instead of such pages.");
}

void markHeavy(Inspection &inspection, PageFailure::Kind kind, const QString &detail,
               const InspectionLimits &limits)
{
    Inspection::FirstPage first;
    PageFailure failure;
    failure.kind = kind;
    failure.detail = detail;
    first.failure = failure;
    inspection.firstPage = first;
    inspection.problem = drawingProblem(kind, limits);
}

void writeLine(const QJsonObject &object)
{
    const QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stdout);
    std::fflush(stdout);
}

} // namespace

InspectionLimits inspectionLimits(const RenderLimits &render)
{
    InspectionLimits limits;
    limits.drawMilliseconds = render.pageMilliseconds;
    limits.drawMemoryBytes = render.memoryBytes;
    return limits;
}

int IsolatedInspector::runChild(const QStringList &paths, const QStringList &names,
                                std::int64_t drawMemory)
{
    // Faults for tests (beside docket-cli's own DOCKET_INSPECT_FAULT=hang, crash, memory): a
    // child starved of CPU while it reads (the first time only: the marker file says it was),
    // and a first page whose drawing never ends, the child idle or busy.
    const QByteArray fault = qgetenv("DOCKET_INSPECT_FAULT");
    if (const QByteArray once = "read-idle-once:"; fault.startsWith(once)) {
        QFile marker(QString::fromLocal8Bit(fault.mid(once.size())));
        if (marker.open(QIODevice::NewOnly))
            for (;;)
                ::pause();
    }
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const QString name =
            i < names.size() && !names[i].isEmpty() ? names[i] : QFileInfo(paths[i]).fileName();
        Inspection inspection;
        try {
            inspection = Inspector::inspect(paths[i], name);
        } catch (const Error &error) {
            inspection = failed(error.message());
        }
        const bool draws = inspection.isPdf && inspection.pageCount.value_or(0) > 0;
        writeLine({{QStringLiteral("file"), int(i)},
                   {QStringLiteral("inspection"), inspection.toJson()},
                   {QStringLiteral("draws"), draws}});
        if (!draws)
            continue;
        if (fault == "draw-idle")
            for (;;)
                ::pause();
        if (fault == "draw-busy") {
            volatile std::uint64_t spin = 0;
            for (;;)
                spin = spin + 1;
        }
        // Drawn under the render workers' memory limit, lower than the one for reading; the
        // soft limit goes back up afterwards (to the hard one the parent set).
        rlimit before{};
        ::getrlimit(RLIMIT_AS, &before);
        if (drawMemory > 0 && (before.rlim_cur == RLIM_INFINITY ||
                               static_cast<rlim_t>(drawMemory) < before.rlim_cur)) {
            const rlimit lowered{static_cast<rlim_t>(drawMemory), before.rlim_max};
            ::setrlimit(RLIMIT_AS, &lowered);
        }
        QJsonObject first;
        bool stop = false;
        try {
            // As the item page asks for it (a <picture> whose WebP nearly every phone takes).
            const RenderedPage page =
                PageRenderer::render(paths[i], 1, PageRenderer::kThumbnailWidth, true);
            first = {{QStringLiteral("mimeType"), QString::fromLatin1(page.mimeType)},
                     {QStringLiteral("image"), QString::fromLatin1(page.bytes.toBase64())}};
        } catch (const Error &error) {
            first = {
                {QStringLiteral("failure"), PageFailure::kindKey(PageFailure::Kind::Unreadable)},
                {QStringLiteral("message"), error.message()}};
        } catch (const std::bad_alloc &) {
            // Whatever was half built goes with this process: say why, then stop; the parent
            // gives the files after this one to a fresh child.
            first = {{QStringLiteral("failure"), PageFailure::kindKey(PageFailure::Kind::Memory)}};
            stop = true;
        }
        ::setrlimit(RLIMIT_AS, &before);
        writeLine({{QStringLiteral("file"), int(i)},
                   {QStringLiteral("firstPage"), first},
                   {QStringLiteral("stop"), stop}});
        if (stop)
            return 3;
    }
    return 0;
}

struct InspectionBatcher::Batch
{
    QList<qsizetype> indexes; // the files of this child, in its order
    bool alone = false;
    qsizetype current = 0; // the one being read or drawn now
    bool drawing = false;  // it was read; its first page is being drawn
    bool answeredAny = false;
    std::unique_ptr<ChildProcess> child;
    // Since the last line came: a file's limit starts when the parent learnt that the one
    // before it was done, which is never earlier than the child started on it.
    QElapsedTimer phase;
    double cpuAtPhase = 0; // the child's CPU seconds when `phase` started
    QByteArray buffer;
    bool starved = false; // a retry of a file whose child was starved of CPU the first time

    void startPhase()
    {
        phase.restart();
        cpuAtPhase = child->cpuSeconds();
    }
};

InspectionBatcher::InspectionBatcher(const InspectionLimits &limits)
    : m_limits(limits), m_program(ChildProgram::get(ChildProgram::Use::Inspection))
{}

InspectionBatcher::~InspectionBatcher() = default; // each Batch's child is killed and reaped

void InspectionBatcher::add(const IsolatedInspector::File &file)
{
    m_files << file;
    m_results << Inspection{};
    const qsizetype index = m_files.size() - 1;
    if (m_program.isEmpty() || !holdsPdf(file.storedPath)) {
        m_results[index] = Inspector::inspect(file.storedPath, file.originalFileName);
        return;
    }
    m_pending << index;
    if (m_pending.size() >= IsolatedInspector::kBatch) {
        m_toStart.push_back({m_pending, false});
        m_pending.clear();
    }
    // At most two children, one per core, while this thread goes on copying files: it waits
    // here for a free one.
    startReady();
    while (!m_toStart.empty()) {
        pump(200);
        startReady();
    }
    pump(0); // keep the running ones' answers flowing
}

void InspectionBatcher::inspectHere(const QList<qsizetype> &indexes)
{
    for (const qsizetype i : indexes) {
        try {
            m_results[i] = Inspector::inspect(m_files[i].storedPath, m_files[i].originalFileName);
        } catch (const Error &error) {
            m_results[i] = failed(error.message());
        }
    }
}

void InspectionBatcher::startReady()
{
    while (!m_toStart.empty() && m_running.size() < 2) {
        const Start start = m_toStart.front();
        m_toStart.pop_front();
        QStringList arguments = ChildProgram::command(ChildProgram::Use::Inspection);
        arguments << QStringLiteral("--draw-memory") << QString::number(m_limits.drawMemoryBytes);
        QStringList names;
        for (const qsizetype i : start.indexes) {
            arguments << m_files[i].storedPath;
            // A file name never holds a slash: it separates the names in one argument.
            names << QString(m_files[i].originalFileName).replace(u'/', u'_');
        }
        arguments << QStringLiteral("--names") << names.join(u'/');
        const int perFile = m_limits.seconds + std::max(1, m_limits.drawMilliseconds / 1000);
        auto batch = std::make_unique<Batch>();
        batch->indexes = start.indexes;
        batch->alone = start.alone;
        batch->starved = start.starved;
        try {
            batch->child = std::make_unique<ChildProcess>(
                m_program, arguments,
                ChildLimits{m_limits.memoryBytes,
                            perFile * static_cast<int>(start.indexes.size()) + 1},
                ChildProcess::Channel::Output);
        } catch (const Error &error) {
            qWarning("%s", qUtf8Printable(error.message()));
            inspectHere(start.indexes); // no child: do without
            continue;
        }
        batch->startPhase();
        m_running.push_back(std::move(batch));
    }
}

void InspectionBatcher::pump(int milliseconds)
{
    if (m_running.empty())
        return;
    // Wake for the first limit that could run out, or for the time asked, or for an answer.
    qint64 wait = milliseconds;
    for (const std::unique_ptr<Batch> &batch : m_running) {
        const qint64 limit = batch->drawing ? m_limits.drawMilliseconds : m_limits.seconds * 1000LL;
        const qint64 left = limit - batch->phase.elapsed();
        wait = std::min<qint64>(wait, left > 0 ? left : 100); // past it: a starved child's grace
    }
    std::vector<ChildProcess *> children;
    for (const std::unique_ptr<Batch> &batch : m_running)
        children.push_back(batch->child.get());
    const int ready = ChildProcess::waitAny(children, QDeadlineTimer(wait));
    if (ready >= 0) {
        Batch &batch = *m_running[static_cast<size_t>(ready)];
        const QByteArray data = batch.child->readAvailable();
        if (data.isEmpty()) {
            handleEnd(batch, false);
        } else {
            batch.buffer += data;
            handleLines(batch);
        }
    }
    for (const std::unique_ptr<Batch> &batch : m_running) {
        const auto limit = [&] {
            return batch->drawing ? m_limits.drawMilliseconds : m_limits.seconds * 1000LL;
        };
        if (batch->current >= batch->indexes.size() || batch->phase.elapsed() < limit())
            continue;
        // What it said while this thread was busy elsewhere counts before its limit does.
        while (batch->current < batch->indexes.size() &&
               batch->child->waitReadable(QDeadlineTimer(0)) == ChildProcess::Wait::Readable) {
            const QByteArray data = batch->child->readAvailable();
            if (data.isEmpty()) {
                handleEnd(*batch, false);
                break;
            }
            batch->buffer += data;
            handleLines(*batch);
        }
        // A first page past its limit, its child starved so far: within its grace, it waits.
        const bool starvedDrawing =
            batch->drawing &&
            batch->child->cpuSeconds() - batch->cpuAtPhase <
                kBusyShareForBlame * m_limits.drawMilliseconds / 1000.0 &&
            batch->phase.elapsed() < qint64{kStarvedDrawLimits} * m_limits.drawMilliseconds;
        if (batch->current < batch->indexes.size() && batch->phase.elapsed() >= limit() &&
            !starvedDrawing)
            handleEnd(*batch, true);
    }
    // Children that answered for every file (or were given up) go, killed if need be.
    std::erase_if(m_running, [](const std::unique_ptr<Batch> &batch) {
        return batch->current >= batch->indexes.size();
    });
}

void InspectionBatcher::handleLines(Batch &batch)
{
    for (;;) {
        const qsizetype end = batch.buffer.indexOf('\n');
        if (end < 0 || batch.current >= batch.indexes.size())
            return;
        const QByteArray line = batch.buffer.left(end);
        batch.buffer.remove(0, end + 1);
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        const qsizetype index = batch.indexes[batch.current];
        if (object.value(QStringLiteral("file")).toInteger(-1) != batch.current) {
            handleEnd(batch, false); // nonsense: as if it had crashed
            return;
        }
        batch.startPhase();
        batch.answeredAny = true;
        if (!batch.drawing) {
            const auto inspection =
                Inspection::fromJson(object.value(QStringLiteral("inspection")).toObject());
            if (!inspection) {
                handleEnd(batch, false);
                return;
            }
            m_results[index] = *inspection;
            if (object.value(QStringLiteral("draws")).toBool())
                batch.drawing = true;
            else
                ++batch.current;
            continue;
        }
        const QJsonObject first = object.value(QStringLiteral("firstPage")).toObject();
        Inspection &result = m_results[index];
        if (const auto kind =
                PageFailure::kindFromKey(first.value(QStringLiteral("failure")).toString())) {
            markHeavy(result, *kind, first.value(QStringLiteral("message")).toString(), m_limits);
        } else {
            Inspection::FirstPage page;
            page.image =
                QByteArray::fromBase64(first.value(QStringLiteral("image")).toString().toLatin1());
            page.mimeType = first.value(QStringLiteral("mimeType")).toString().toLatin1();
            result.firstPage = page;
        }
        batch.drawing = false;
        ++batch.current;
        if (object.value(QStringLiteral("stop")).toBool() && batch.current < batch.indexes.size()) {
            m_toStart.push_front({batch.indexes.mid(batch.current), false});
            batch.current = batch.indexes.size();
        }
    }
}

void InspectionBatcher::handleEnd(Batch &batch, bool timedOut)
{
    if (batch.current >= batch.indexes.size())
        return; // it answered for every file: its end is the expected one
    // As the render pool does it: a timeout counts against the file only if the child really
    // worked for a good part of the limit. Starved by other programs on a loaded machine, it
    // says nothing about the file, and what is blamed on it is kept for good (its problem in
    // the catalog, its first page in the failure memory). Read before the kill: /proc goes
    // with the child.
    const double limitSeconds =
        batch.drawing ? m_limits.drawMilliseconds / 1000.0 : double(m_limits.seconds);
    const bool blamed = !timedOut || batch.child->cpuSeconds() - batch.cpuAtPhase >=
                                         kBusyShareForBlame * limitSeconds;
    batch.child->kill();
    const ChildProcess::Exit exit = batch.child->wait();
    const qsizetype index = batch.indexes[batch.current];
    const QList<qsizetype> rest = batch.indexes.mid(batch.current + 1);
    if (!blamed) {
        if (batch.drawing) {
            // Read, and left without a first page: phones get it drawn by the render pool,
            // under that pool's own rule.
            qWarning("%s: its first page was not drawn in time, the computer being busy",
                     qUtf8Printable(m_files[index].originalFileName));
        } else if (!batch.starved) {
            m_toStart.push_back({{index}, true, true}); // once more, alone, in a fresh child
        } else {
            m_results[index] = failed(readingTooLong(m_limits.seconds));
        }
        if (!rest.isEmpty())
            m_toStart.push_front({rest, false});
        batch.current = batch.indexes.size();
        return;
    }
    if (!timedOut && !batch.answeredAny && !exit.signalled && exit.code == 127) {
        // The program is not there (exec failed): inspect here, as without a child.
        inspectHere(batch.indexes.mid(batch.current));
        batch.current = batch.indexes.size();
        return;
    }
    const bool memory = !timedOut && batch.child->ranOutOfMemory();
    if (batch.drawing) {
        // It was read: it stays readable, flagged as heavy.
        markHeavy(m_results[index],
                  timedOut ? PageFailure::Kind::Timeout
                           : (memory ? PageFailure::Kind::Memory : PageFailure::Kind::Crash),
                  {}, m_limits);
    } else if (timedOut) {
        m_results[index] = failed(readingTooLong(m_limits.seconds));
    } else if (!batch.alone && batch.answeredAny) {
        // It broke after other files in the same child: maybe their leftovers did it. Alone
        // in a fresh child it shows whether it is the culprit.
        m_toStart.push_back({{index}, true});
    } else {
        m_results[index] = failed(memory ? readingMemory(m_limits.memoryBytes) : readingCrash());
    }
    if (!rest.isEmpty())
        m_toStart.push_front({rest, false});
    batch.current = batch.indexes.size();
}

QList<Inspection> InspectionBatcher::finish()
{
    if (!m_pending.isEmpty()) {
        m_toStart.push_back({m_pending, false});
        m_pending.clear();
    }
    startReady();
    while (!m_running.empty() || !m_toStart.empty()) {
        pump(500);
        startReady();
    }
    return m_results;
}

QList<Inspection> IsolatedInspector::inspectMany(const QList<File> &files,
                                                 const InspectionLimits &limits)
{
    InspectionBatcher batcher(limits);
    for (const File &file : files)
        batcher.add(file);
    return batcher.finish();
}

Inspection IsolatedInspector::inspect(const QString &storedPath, const QString &originalFileName,
                                      const InspectionLimits &limits)
{
    InspectionBatcher batcher(limits);
    batcher.add({storedPath, originalFileName});
    return batcher.finish().first();
}

} // namespace docket
