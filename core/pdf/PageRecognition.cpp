// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf/PageRecognition.h"

#include "pdf/ChildProcess.h"
#include "pdf/PopplerSetup.h"
#include "util/Error.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <poppler-qt6.h>

#include <algorithm>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <unistd.h>
#include <vector>

namespace docket {

namespace {

constexpr qint64 kMaxTextBytes = 4 * 1024 * 1024; // what Tesseract may say about one page
constexpr double kA4WidthInches = 8.27;

void writeLine(const QJsonObject &object)
{
    const QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stdout);
    std::fflush(stdout);
}

int letters(const QString &text)
{
    return static_cast<int>(
        std::count_if(text.cbegin(), text.cend(), [](QChar c) { return c.isLetterOrNumber(); }));
}

bool holdsPdf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(1024).contains("%PDF-");
}

std::unique_ptr<Poppler::Document> openPdf(const QString &path)
{
    silencePoppler();
    std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document || document->isLocked())
        throw Error(PageRecognition::tr("The PDF cannot be read."));
    document->setRenderHint(Poppler::Document::Antialiasing, true);
    document->setRenderHint(Poppler::Document::TextAntialiasing, true);
    document->setPaperColor(Qt::white);
    return document;
}

struct PageImage
{
    QImage image; // Grayscale8
    int dpi = 300;
    int layerLetters = 0;
};

PageImage drawPdfPage(const QString &path, int page, int dpi)
{
    const std::unique_ptr<Poppler::Document> document = openPdf(path);
    if (page < 1 || page > document->numPages())
        throw Error(PageRecognition::tr("The PDF has no page %1.").arg(page));
    const std::unique_ptr<Poppler::Page> pdfPage = document->page(page - 1);
    const QSizeF points = pdfPage ? pdfPage->pageSizeF() : QSizeF();
    if (points.width() <= 0 || points.height() <= 0)
        throw Error(PageRecognition::tr("The PDF has no page %1.").arg(page));
    PageImage out;
    out.layerLetters = letters(pdfPage->text(QRectF()));
    const double pixels = points.width() * points.height() * dpi * dpi / (72.0 * 72.0);
    out.dpi = pixels > PageRecognition::kMaxPixels
                  ? static_cast<int>(dpi * std::sqrt(PageRecognition::kMaxPixels / pixels))
                  : dpi;
    out.image = pdfPage->renderToImage(out.dpi, out.dpi);
    if (out.image.isNull())
        throw Error(PageRecognition::tr("Page %1 could not be drawn.").arg(page));
    out.image = out.image.convertToFormat(QImage::Format_Grayscale8);
    return out;
}

PageImage readImage(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true); // a phone's photo of a page, upright as it was taken
    const QSize size = reader.size();
    if (const double pixels = double(size.width()) * size.height();
        size.isValid() && pixels > PageRecognition::kMaxPixels) {
        const double factor = std::sqrt(PageRecognition::kMaxPixels / pixels);
        reader.setScaledSize(QSize(std::max(1, static_cast<int>(size.width() * factor)),
                                   std::max(1, static_cast<int>(size.height() * factor))));
    }
    PageImage out;
    out.image = reader.read();
    if (out.image.isNull())
        throw Error(PageRecognition::tr("The image cannot be read: %1").arg(reader.errorString()));
    // Its own resolution when it says one that a scanner would use; else taken for an A4 page,
    // which is what a scanned or photographed document usually is.
    const double stated = out.image.dotsPerMeterX() * 0.0254;
    out.dpi = stated >= 100 && stated <= 1200
                  ? static_cast<int>(std::lround(stated))
                  : std::clamp(static_cast<int>(out.image.width() / kA4WidthInches), 70, 600);
    out.image = out.image.convertToFormat(QImage::Format_Grayscale8);
    return out;
}

// Tests' stand-ins for a page that never finishes, one that crashes the reader and one that
// eats memory: DOCKET_OCR_FAULT=hang-page:N, crash-page:N or memory-page:N. Nothing sets it
// in use.
void faultFor(int page)
{
    const QByteArray fault = qgetenv("DOCKET_OCR_FAULT");
    const QByteArray number = QByteArray::number(page);
    if (fault == "hang-page:" + number)
        for (;;)
            ::pause();
    if (fault == "crash-page:" + number)
        std::abort();
    if (fault == "memory-page:" + number) {
        std::vector<std::unique_ptr<char[]>> hoard;
        for (;;)
            hoard.push_back(std::make_unique<char[]>(64 << 20)); // until the limit says no
    }
}

QString readTesseract(const PageRecognition::Options &options, int dpi)
{
    // One thread: OpenMP's spinning threads cost several times the CPU for the same page, on a
    // computer that is also serving the hall; pages are read one after another anyway.
    qputenv("OMP_THREAD_LIMIT", "1");
    ChildProcess tesseract(options.tesseract,
                           {options.imagePath, QStringLiteral("stdout"), QStringLiteral("-l"),
                            options.languages, QStringLiteral("--dpi"), QString::number(dpi),
                            QStringLiteral("--psm"), QStringLiteral("3")},
                           ChildLimits{options.memoryBytes, options.cpuSeconds},
                           ChildProcess::Channel::Output);
    QByteArray text;
    // No deadline here: the parent's limit on this whole process covers it (this child's end
    // takes Tesseract along, see ChildProcess).
    while (tesseract.waitReadable(QDeadlineTimer::Forever) == ChildProcess::Wait::Readable) {
        const QByteArray data = tesseract.readAvailable();
        if (data.isEmpty())
            break;
        text += data;
        if (text.size() > kMaxTextBytes) {
            tesseract.kill();
            break;
        }
    }
    const ChildProcess::Exit exit = tesseract.wait();
    if (exit.signalled || exit.code != 0) {
        if (tesseract.ranOutOfMemory() || (exit.signalled && exit.code == SIGKILL))
            throw Error(PageRecognition::tr("Tesseract ran out of memory or time."));
        const QString said =
            QString::fromLocal8Bit(tesseract.errorOutput()).trimmed().section(u'\n', -1);
        throw Error(PageRecognition::tr("Tesseract failed (%1).")
                        .arg(said.isEmpty() ? QString::number(exit.code) : said));
    }
    return QString::fromUtf8(text).normalized(QString::NormalizationForm_C).simplified();
}

} // namespace

int PageRecognition::runSurvey(const QString &path)
{
    try {
        const std::unique_ptr<Poppler::Document> document = openPdf(path);
        QJsonArray counts;
        for (int i = 0; i < std::min(document->numPages(), kMaxSurveyPages); ++i) {
            const std::unique_ptr<Poppler::Page> page = document->page(i);
            counts.append(page ? letters(page->text(QRectF())) : 0);
        }
        writeLine({{QStringLiteral("letters"), counts}});
        return 0;
    } catch (const Error &error) {
        writeLine({{QStringLiteral("error"), error.message()}});
        return 1;
    }
}

int PageRecognition::runPage(const QString &path, int page, const Options &options)
{
    try {
        faultFor(page);
        PageImage drawn = holdsPdf(path) ? drawPdfPage(path, page, options.dpi) : readImage(path);
        // PGM: nothing to compress, read by Tesseract's Leptonica as it is.
        if (!drawn.image.save(options.imagePath, "PGM"))
            throw Error(tr("The page image cannot be written to %1.").arg(options.imagePath));
        drawn.image = QImage(); // Tesseract's memory, not this one's
        const QString text = readTesseract(options, drawn.dpi);
        QFile::remove(options.imagePath);
        writeLine({{QStringLiteral("text"), text},
                   {QStringLiteral("layerLetters"), drawn.layerLetters},
                   {QStringLiteral("dpi"), drawn.dpi}});
        return 0;
    } catch (const Error &error) {
        QFile::remove(options.imagePath);
        writeLine({{QStringLiteral("error"), error.message()}});
        return 1;
    }
}

QString PageRecognition::findTesseract()
{
    if (qEnvironmentVariableIsSet("DOCKET_TESSERACT")) {
        const QString chosen = qEnvironmentVariable("DOCKET_TESSERACT");
        return QFileInfo(chosen).isExecutable() ? QFileInfo(chosen).absoluteFilePath() : QString();
    }
    return QStandardPaths::findExecutable(QStringLiteral("tesseract"));
}

QString PageRecognition::tesseractProblem(const QString &program, const QString &languages)
{
    if (program.isEmpty())
        return tr("the Tesseract program was not found");
    QByteArray listed;
    try {
        ChildProcess list(program, {QStringLiteral("--list-langs")}, ChildLimits{1LL << 30, 10},
                          ChildProcess::Channel::Output);
        const QDeadlineTimer deadline(10000);
        for (;;) {
            if (list.waitReadable(deadline) == ChildProcess::Wait::Timeout) {
                list.kill();
                break;
            }
            const QByteArray data = list.readAvailable();
            if (data.isEmpty())
                break;
            listed += data;
        }
        const ChildProcess::Exit exit = list.wait();
        if (exit.signalled || exit.code != 0)
            return tr("%1 does not run").arg(program);
    } catch (const Error &error) {
        return error.message();
    }
    // "List of available languages in "/usr/share/tesseract-ocr/5/tessdata/" (3):", then one
    // language a line.
    QStringList have;
    for (const QByteArray &line : listed.split('\n'))
        if (!line.contains(' ') && !line.trimmed().isEmpty())
            have << QString::fromLatin1(line.trimmed());
    QStringList missing;
    for (const QString &language : languages.split(u'+', Qt::SkipEmptyParts))
        if (!have.contains(language))
            missing << language;
    if (!missing.isEmpty())
        return tr("Tesseract has no language data for %1").arg(missing.join(QStringLiteral(", ")));
    return {};
}

} // namespace docket
