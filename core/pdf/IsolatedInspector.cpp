// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf/IsolatedInspector.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMimeDatabase>
#include <QMutex>
#include <QProcess>

#include <sys/resource.h>

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

Inspection IsolatedInspector::inspect(const QString &storedPath, const QString &originalFileName,
                                      const InspectionLimits &limits)
{
    const QString child = program();
    if (child.isEmpty() || !holdsPdf(storedPath))
        return Inspector::inspect(storedPath, originalFileName);

    QProcess process;
    const std::int64_t memory = limits.memoryBytes;
    const int cpuSeconds = limits.seconds + 1;
    // Runs in the child between fork and exec: only async-signal-safe calls.
    process.setChildProcessModifier([memory, cpuSeconds] {
        const rlimit as{static_cast<rlim_t>(memory), static_cast<rlim_t>(memory)};
        ::setrlimit(RLIMIT_AS, &as);
        const rlimit cpu{static_cast<rlim_t>(cpuSeconds), static_cast<rlim_t>(cpuSeconds)};
        ::setrlimit(RLIMIT_CPU, &cpu);
        const rlimit core{0, 0}; // a crash in there must not leave a core file behind
        ::setrlimit(RLIMIT_CORE, &core);
    });
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
