// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf/IsolatedInspector.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeDatabase>
#include <QMutex>
#include <QProcess>

#include <memory>
#include <sys/resource.h>
#include <vector>

namespace docket {

namespace {

QMutex programMutex;
QString programPath;

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

} // namespace

void IsolatedInspector::setProgram(const QString &path)
{
    const QMutexLocker lock(&programMutex);
    programPath = path;
}

QString IsolatedInspector::program()
{
    const QMutexLocker lock(&programMutex);
    return programPath;
}

QString IsolatedInspector::findProgram()
{
    const QString here = QCoreApplication::applicationDirPath();
    for (const QString &candidate : QStringList{here + QStringLiteral("/docket-cli"),
                                                here + QStringLiteral("/../cli/docket-cli")})
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    return {};
}

namespace {

void limitChild(QProcess &process, std::int64_t memory, int cpuSeconds)
{
    // Runs in the child between fork and exec: only async-signal-safe calls.
    process.setChildProcessModifier([memory, cpuSeconds] {
        const rlimit as{static_cast<rlim_t>(memory), static_cast<rlim_t>(memory)};
        ::setrlimit(RLIMIT_AS, &as);
        const rlimit cpu{static_cast<rlim_t>(cpuSeconds), static_cast<rlim_t>(cpuSeconds)};
        ::setrlimit(RLIMIT_CPU, &cpu);
        const rlimit core{0, 0}; // a crash in there must not leave a core file behind
        ::setrlimit(RLIMIT_CORE, &core);
    });
}

} // namespace

struct InspectionBatcher::Batch
{
    QList<qsizetype> indexes;
    std::unique_ptr<QProcess> process;
    QElapsedTimer clock;
};

InspectionBatcher::InspectionBatcher(const InspectionLimits &limits)
    : m_limits(limits), m_program(IsolatedInspector::program())
{}

InspectionBatcher::~InspectionBatcher()
{
    for (Batch &batch : m_running) {
        batch.process->kill();
        batch.process->waitForFinished(5000);
    }
}

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
    if (m_pending.size() >= IsolatedInspector::kBatch)
        startPending();
}

void InspectionBatcher::startPending()
{
    if (m_pending.isEmpty())
        return;
    // At most two children: one per core, while this thread goes on copying files.
    while (m_running.size() >= 2)
        collectOldest();
    Batch batch;
    batch.indexes = m_pending;
    m_pending.clear();
    QStringList arguments{QStringLiteral("--json"), QStringLiteral("inspect")};
    QStringList names;
    for (const qsizetype i : batch.indexes) {
        arguments << m_files[i].storedPath;
        // A file name never holds a slash: it separates the names in one argument.
        names << QString(m_files[i].originalFileName).replace(u'/', u'_');
    }
    arguments << QStringLiteral("--names") << names.join(u'/');
    batch.process = std::make_unique<QProcess>();
    limitChild(*batch.process, m_limits.memoryBytes,
               m_limits.seconds * static_cast<int>(batch.indexes.size()) + 1);
    batch.process->start(m_program, arguments);
    batch.clock.start();
    m_running.push_back(std::move(batch));
}

void InspectionBatcher::collectOldest()
{
    Batch batch = std::move(m_running.front());
    m_running.erase(m_running.begin());
    const int budget = m_limits.seconds * 1000 * static_cast<int>(batch.indexes.size());
    const bool done = batch.process->waitForStarted(10000) &&
                      batch.process->waitForFinished(
                          std::max(1, budget - static_cast<int>(batch.clock.elapsed())));
    bool answered = false;
    if (done && batch.process->exitStatus() == QProcess::NormalExit &&
        batch.process->exitCode() == 0) {
        const QJsonDocument json = QJsonDocument::fromJson(batch.process->readAllStandardOutput());
        const QJsonArray array = json.array();
        if (json.isArray() && array.size() == batch.indexes.size()) {
            answered = true;
            QList<Inspection> parsed;
            for (qsizetype k = 0; k < batch.indexes.size() && answered; ++k) {
                const auto one = Inspection::fromJson(array.at(k).toObject());
                answered = one.has_value();
                if (one)
                    parsed << *one;
            }
            for (qsizetype k = 0; answered && k < batch.indexes.size(); ++k)
                m_results[batch.indexes[k]] = parsed[k];
        }
    }
    if (!done) {
        batch.process->kill();
        batch.process->waitForFinished(5000);
    }
    if (!answered)
        m_retry << batch.indexes;
}

QList<Inspection> InspectionBatcher::finish()
{
    startPending();
    while (!m_running.empty())
        collectOldest();
    // What a batch could not answer, file by file: only the culprit ends up a plain file.
    for (const qsizetype i : m_retry)
        m_results[i] = IsolatedInspector::inspect(m_files[i].storedPath,
                                                  m_files[i].originalFileName, m_limits);
    m_retry.clear();
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
    const QString child = program();
    if (child.isEmpty() || !holdsPdf(storedPath))
        return Inspector::inspect(storedPath, originalFileName);

    QProcess process;
    const std::int64_t memory = limits.memoryBytes;
    limitChild(process, memory, limits.seconds + 1);
    process.start(child, {QStringLiteral("--json"), QStringLiteral("inspect"), storedPath,
                          QStringLiteral("--name"), originalFileName});
    if (!process.waitForStarted(10000))
        return Inspector::inspect(storedPath, originalFileName); // no child: do without
    if (!process.waitForFinished(limits.seconds * 1000)) {
        process.kill();
        process.waitForFinished(5000);
        return failed(tr("Reading the PDF took longer than %n second(s), so it is kept as a "
                         "plain file.",
                         nullptr, limits.seconds));
    }
    const QByteArray errors = process.readAllStandardError();
    if (process.exitStatus() == QProcess::CrashExit || process.exitCode() != 0) {
        if (errors.contains("bad_alloc") || errors.contains("memory"))
            return failed(tr("Reading the PDF needed more than %1 of memory, so it is kept as a "
                             "plain file.")
                              .arg(QLocale().formattedDataSize(memory)));
        return failed(tr("The PDF made the reader crash, so it is kept as a plain file."));
    }
    QJsonParseError parseError;
    const QJsonDocument json =
        QJsonDocument::fromJson(process.readAllStandardOutput(), &parseError);
    const auto result = json.isObject() ? Inspection::fromJson(json.object()) : std::nullopt;
    if (!result)
        return failed(tr("The PDF made the reader crash, so it is kept as a plain file."));
    return *result;
}

} // namespace docket
