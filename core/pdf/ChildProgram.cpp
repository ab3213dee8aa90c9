// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf/ChildProgram.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMutex>

namespace docket {

namespace {

QMutex programMutex;
QString inspectionProgram;
QString renderingProgram;
QString packingProgram;
QString recognitionProgram;
QString archiveProgram;
QString publishingProgram;

QString &slotFor(ChildProgram::Use use)
{
    switch (use) {
    case ChildProgram::Use::Inspection:
        return inspectionProgram;
    case ChildProgram::Use::Packing:
        return packingProgram;
    case ChildProgram::Use::Recognition:
        return recognitionProgram;
    case ChildProgram::Use::Archive:
        return archiveProgram;
    case ChildProgram::Use::Publishing:
        return publishingProgram;
    case ChildProgram::Use::Rendering:
        break;
    }
    return renderingProgram;
}

} // namespace

void ChildProgram::set(Use use, const QString &path)
{
    const QMutexLocker lock(&programMutex);
    slotFor(use) = path;
}

void ChildProgram::setAll(const QString &path)
{
    const QMutexLocker lock(&programMutex);
    inspectionProgram = path;
    renderingProgram = path;
    packingProgram = path;
    recognitionProgram = path;
    archiveProgram = path;
    publishingProgram = path;
}

QString ChildProgram::get(Use use)
{
    const QMutexLocker lock(&programMutex);
    return slotFor(use);
}

QStringList ChildProgram::command(Use use)
{
    if (use == Use::Inspection)
        return {QStringLiteral("--json"), QStringLiteral("inspect"), QStringLiteral("--stream")};
    if (use == Use::Packing)
        return {QStringLiteral("pack-worker")};
    if (use == Use::Recognition)
        return {QStringLiteral("ocr-page")};
    if (use == Use::Archive)
        return {QStringLiteral("archive-read")};
    if (use == Use::Publishing)
        return {QStringLiteral("--json"), QStringLiteral("publish")};
    return {QStringLiteral("render-worker")};
}

QString ChildProgram::find()
{
    const QString here = QCoreApplication::applicationDirPath();
    for (const QString &candidate : QStringList{here + QStringLiteral("/docket-cli"),
                                                here + QStringLiteral("/../cli/docket-cli")})
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    return {};
}

} // namespace docket
