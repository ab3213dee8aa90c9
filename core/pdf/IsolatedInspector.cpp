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

QList<Inspection> IsolatedInspector::inspectMany(const QList<File> &files,
                                                 const InspectionLimits &limits)
{
    QList<Inspection> results(files.size());
    const QString child = program();
    QList<qsizetype> pdfs;
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (!child.isEmpty() && holdsPdf(files[i].storedPath))
            pdfs << i;
        else
            results[i] = Inspector::inspect(files[i].storedPath, files[i].originalFileName);
    }
    struct Batch
    {
        QList<qsizetype> indexes;
        std::unique_ptr<QProcess> process;
        QElapsedTimer clock;
    };
    auto startBatch = [&](qsizetype from) {
        Batch batch;
        QStringList arguments{QStringLiteral("--json"), QStringLiteral("inspect")};
        QStringList names;
        for (qsizetype k = from; k < std::min<qsizetype>(from + kBatch, pdfs.size()); ++k) {
            batch.indexes << pdfs[k];
            arguments << files[pdfs[k]].storedPath;
            // A file name never holds a slash: it separates the names in one argument.
            names << QString(files[pdfs[k]].originalFileName).replace(u'/', u'_');
        }
        arguments << QStringLiteral("--names") << names.join(u'/');
        batch.process = std::make_unique<QProcess>();
        limitChild(*batch.process, limits.memoryBytes,
                   limits.seconds * static_cast<int>(batch.indexes.size()) + 1);
        batch.process->start(child, arguments);
        batch.clock.start();
        return batch;
    };
    // Two at a time; what a batch cannot answer is asked again file by file.
    QList<qsizetype> retry;
    qsizetype next = 0;
    std::vector<Batch> running;
    while (next < pdfs.size() || !running.empty()) {
        while (running.size() < 2 && next < pdfs.size()) {
            running.push_back(startBatch(next));
            next += kBatch;
        }
        Batch &batch = running.front();
        const int budget = limits.seconds * 1000 * static_cast<int>(batch.indexes.size());
        const bool done = batch.process->waitForStarted(10000) &&
                          batch.process->waitForFinished(
                              std::max(1, budget - static_cast<int>(batch.clock.elapsed())));
        bool answered = false;
        if (done && batch.process->exitStatus() == QProcess::NormalExit &&
            batch.process->exitCode() == 0) {
            const QJsonDocument json =
                QJsonDocument::fromJson(batch.process->readAllStandardOutput());
            const QJsonArray array = json.array();
            if (json.isArray() && array.size() == batch.indexes.size()) {
                answered = true;
                for (qsizetype k = 0; k < batch.indexes.size() && answered; ++k) {
                    const auto one = Inspection::fromJson(array.at(k).toObject());
                    if (one)
                        results[batch.indexes[k]] = *one;
                    else
                        answered = false;
                }
            }
        }
        if (!done) {
            batch.process->kill();
            batch.process->waitForFinished(5000);
        }
        if (!answered)
            retry << batch.indexes;
        running.erase(running.begin());
    }
    for (const qsizetype i : retry)
        results[i] = inspect(files[i].storedPath, files[i].originalFileName, limits);
    return results;
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
