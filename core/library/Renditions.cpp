// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/Renditions.h"

#include "library/Library.h"
#include "pdf/IsolatedInspector.h"
#include "util/Error.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

namespace docket {

bool Renditions::isOfficeFile(const QString &fileName)
{
    static const QStringList suffixes{QStringLiteral("docx"), QStringLiteral("xlsx"),
                                      QStringLiteral("pptx"), QStringLiteral("odt"),
                                      QStringLiteral("ods"),  QStringLiteral("odp"),
                                      QStringLiteral("doc"),  QStringLiteral("xls"),
                                      QStringLiteral("ppt"),  QStringLiteral("rtf")};
    return suffixes.contains(QFileInfo(fileName).suffix().toLower());
}

QString Renditions::converter()
{
    const QString chosen = qEnvironmentVariable("DOCKET_SOFFICE");
    if (!chosen.isEmpty())
        return QFileInfo(chosen).isExecutable() ? chosen : QString();
    for (const QString &name : {QStringLiteral("soffice"), QStringLiteral("libreoffice")})
        if (const QString found = QStandardPaths::findExecutable(name); !found.isEmpty())
            return found;
    return {};
}

Document Renditions::make(Library &library, Id documentId, int timeoutSeconds)
{
    const auto doc = library.catalog().document(documentId);
    if (!doc)
        throw Error(tr("No such document."));
    if (!isOfficeFile(doc->fileName))
        throw Error(
            tr("%1 is not an office document; only those get a PDF rendition.").arg(doc->fileName));
    const QString program = converter();
    if (program.isEmpty())
        throw Error(tr("LibreOffice is not installed, so Docket cannot make a PDF of %1 for "
                       "reading in the browser (Debian: apt install libreoffice-writer "
                       "libreoffice-calc libreoffice-impress). Phones can still download it.")
                        .arg(doc->fileName));

    // LibreOffice names its output after the input and wants a profile it can write: both in
    // a private folder under the library's tmp/, gone when this returns.
    QTemporaryDir work(library.folder() + QStringLiteral("/tmp/rendition-XXXXXX"));
    if (!work.isValid())
        throw Error(tr("Cannot make a working folder in %1.")
                        .arg(QDir::toNativeSeparators(library.folder())));
    const QString input = work.filePath(QStringLiteral("in/") + doc->fileName);
    QDir().mkpath(work.filePath(QStringLiteral("in")));
    QDir().mkpath(work.filePath(QStringLiteral("out")));
    if (!QFile::copy(library.store().pathFor(doc->sha256), input))
        throw Error(tr("Cannot read the stored file of %1.").arg(doc->fileName));

    QProcess process;
    process.start(program,
                  {QStringLiteral("--headless"), QStringLiteral("--norestore"),
                   QStringLiteral("--nolockcheck"),
                   QStringLiteral("-env:UserInstallation=") +
                       QUrl::fromLocalFile(work.filePath(QStringLiteral("profile"))).toString(),
                   QStringLiteral("--convert-to"), QStringLiteral("pdf"),
                   QStringLiteral("--outdir"), work.filePath(QStringLiteral("out")), input});
    if (!process.waitForStarted(10000))
        throw Error(tr("LibreOffice (%1) did not start.").arg(program));
    if (!process.waitForFinished(timeoutSeconds * 1000)) {
        process.kill();
        process.waitForFinished(5000);
        throw Error(tr("LibreOffice took longer than %n second(s) to convert %1; no PDF was made.",
                       nullptr, timeoutSeconds)
                        .arg(doc->fileName));
    }
    const QString output =
        work.filePath(QStringLiteral("out/") + QFileInfo(doc->fileName).completeBaseName() +
                      QStringLiteral(".pdf"));
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 ||
        !QFileInfo(output).isFile())
        throw Error(
            tr("LibreOffice could not convert %1: %2")
                .arg(doc->fileName,
                     QString::fromLocal8Bit(process.readAllStandardError().trimmed().left(300))));

    // From storing to recording: a clean-up must not take the blob away in between.
    const BlobStore::Lock recording = library.store().lockForRecording();
    const StoredBlob blob = library.store().importFile(output);
    const Inspection inspection =
        IsolatedInspector::inspect(blob.path, QFileInfo(output).fileName());
    if (!inspection.pageCount || *inspection.pageCount <= 0)
        throw Error(tr("The PDF LibreOffice made of %1 cannot be read: %2")
                        .arg(doc->fileName, inspection.problem));
    NewDocument pdf;
    pdf.fileName = QFileInfo(output).fileName();
    pdf.mimeType = QStringLiteral("application/pdf");
    pdf.size = blob.size;
    pdf.sha256 = blob.sha256;
    pdf.pageCount = inspection.pageCount;
    pdf.pageSizes = inspection.pageSizes;
    pdf.pageTexts = inspection.pageTexts;
    library.catalog().setRendition(doc->versionId, pdf);
    return *library.catalog().document(documentId);
}

} // namespace docket
