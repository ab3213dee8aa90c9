// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/Ocr.h"

#include "catalog/Catalog.h"
#include "library/Library.h"
#include "pdf/ChildProcess.h"
#include "pdf/ChildProgram.h"
#include "pdf/PageRecognition.h"
#include "util/Error.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>

#include <algorithm>

namespace docket {

namespace {

constexpr int kPollMilliseconds = 200;
constexpr int kSurveySeconds = 60; // text of every page of a long PDF, without drawing any
constexpr qint64 kMaxAnswerBytes = 16 * 1024 * 1024;

struct ChildAnswer
{
    QJsonObject json; // the child's line, when it gave one
    bool stopped = false;
    QString failure; // why there is no answer
};

// One ocr-page child to its end, or its limit, or the callback's stop.
ChildAnswer runChild(const QStringList &arguments, const OcrLimits &limits, int seconds,
                     const std::function<bool()> &keepGoing)
{
    ChildAnswer answer;
    const QString program = ChildProgram::get(ChildProgram::Use::Recognition);
    QStringList words = ChildProgram::command(ChildProgram::Use::Recognition);
    words << arguments;
    ChildProcess child(program, words, ChildLimits{limits.memoryBytes, seconds},
                       ChildProcess::Channel::Output);
    QElapsedTimer elapsed;
    elapsed.start();
    QByteArray output;
    bool timedOut = false;
    for (;;) {
        if (keepGoing && !keepGoing()) {
            answer.stopped = true;
            return answer; // killed and reaped as `child` goes
        }
        const qint64 left = seconds * 1000LL - elapsed.elapsed();
        if (left <= 0) {
            timedOut = true;
            child.kill();
            break;
        }
        if (child.waitReadable(QDeadlineTimer(std::min<qint64>(left, kPollMilliseconds))) ==
            ChildProcess::Wait::Timeout)
            continue;
        const QByteArray data = child.readAvailable();
        if (data.isEmpty())
            break;
        output += data;
        if (output.size() > kMaxAnswerBytes) {
            child.kill();
            break;
        }
    }
    const ChildProcess::Exit exit = child.wait();
    answer.json = QJsonDocument::fromJson(output.left(output.indexOf('\n'))).object();
    if (timedOut)
        answer.failure = Ocr::tr("reading it took longer than %n second(s)", nullptr, seconds);
    else if (const QString error = answer.json.value(QStringLiteral("error")).toString();
             !error.isEmpty())
        answer.failure = error;
    else if (exit.signalled || exit.code != 0 || answer.json.isEmpty())
        answer.failure = child.ranOutOfMemory()
                             ? Ocr::tr("reading it needed more than %1 of memory")
                                   .arg(QLocale().formattedDataSize(limits.memoryBytes))
                             : Ocr::tr("the reader stopped unexpectedly");
    return answer;
}

QString pageFailure(int page, const QString &why)
{
    return Ocr::tr("Page %1: %2").arg(page).arg(why);
}

} // namespace

QString Ocr::unavailableMessage()
{
    return tr("OCR is unavailable: install tesseract-ocr and tesseract-ocr-vie");
}

QString Ocr::unavailableReason()
{
    if (ChildProgram::get(ChildProgram::Use::Recognition).isEmpty())
        return tr("%1 (docket-cli, which reads the pages, was not found).")
            .arg(unavailableMessage());
    const QString problem = PageRecognition::tesseractProblem(PageRecognition::findTesseract(),
                                                              PageRecognition::defaultLanguages());
    if (problem.isEmpty())
        return {};
    return tr("%1 (%2).").arg(unavailableMessage(), problem);
}

QString Ocr::workFolderIn(const Library &library)
{
    return library.folder() + QStringLiteral("/tmp");
}

std::optional<OcrOutcome> Ocr::recognise(const OcrWork &work, const QString &filePath,
                                         const QString &workFolder, const OcrLimits &limits,
                                         OcrProgress before, const OcrProgressCallback &progress)
{
    OcrProgress now = before;
    now.documentTitle = work.documentTitle;
    const auto keepGoing = [&] {
        return !progress || progress(now);
    };
    OcrOutcome outcome;

    // Which pages: all of an image (its one), and the PDF's pages without a text layer.
    QList<int> pages;
    QList<int> layerLetters;
    if (!work.recognised.contains(1)) {
        pages << 1;
        layerLetters << 0;
    }
    if (work.mimeType == u"application/pdf") {
        const ChildAnswer survey =
            runChild({filePath, QStringLiteral("--survey")}, limits, kSurveySeconds, keepGoing);
        if (survey.stopped)
            return std::nullopt;
        if (!survey.failure.isEmpty()) {
            outcome.failures << tr("The file could not be read: %1").arg(survey.failure);
            return outcome;
        }
        pages.clear();
        layerLetters.clear();
        const QJsonArray counts = survey.json.value(QStringLiteral("letters")).toArray();
        for (qsizetype i = 0; i < counts.size(); ++i) {
            const int letters = counts[i].toInt();
            if (letters < Catalog::kOcrTextLayerLetters &&
                !work.recognised.contains(static_cast<int>(i + 1))) {
                pages << static_cast<int>(i + 1);
                layerLetters << letters;
            }
        }
    }
    QTemporaryDir images(workFolder + QStringLiteral("/ocr-XXXXXX"));
    if (!images.isValid())
        throw Error(
            tr("Cannot make a working folder in %1.").arg(QDir::toNativeSeparators(workFolder)));
    const QString tesseract = PageRecognition::findTesseract();
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const int page = pages[i];
        now.page = 0;
        if (!keepGoing())
            return std::nullopt;
        now.page = page;
        const ChildAnswer answer = runChild(
            {filePath, QStringLiteral("--page"), QString::number(page), QStringLiteral("--dpi"),
             QString::number(limits.dpi), QStringLiteral("--tesseract"), tesseract,
             QStringLiteral("--languages"), PageRecognition::defaultLanguages(),
             QStringLiteral("--image"), images.filePath(QStringLiteral("page.pgm")),
             QStringLiteral("--memory"), QString::number(limits.memoryBytes),
             QStringLiteral("--seconds"), QString::number(limits.pageSeconds)},
            limits, limits.pageSeconds, keepGoing);
        if (answer.stopped)
            return std::nullopt;
        ++outcome.pagesTried;
        ++now.pagesDone;
        now.pages = std::max(now.pages, now.pagesDone);
        if (!answer.failure.isEmpty()) {
            outcome.failures << pageFailure(page, answer.failure);
            continue;
        }
        const QString text = answer.json.value(QStringLiteral("text")).toString();
        const int read = Catalog::ocrLetterCount(text);
        // A page whose few letters of text layer say more than recognition keeps them.
        if (read == 0 || read <= layerLetters[i])
            continue;
        outcome.pages << OcrPageText{page, text, layerLetters[i] > 0};
    }
    now.page = 0;
    if (progress)
        progress(now);
    return outcome;
}

Ocr::RunReport Ocr::run(Library &library, std::optional<Id> meetingId, const OcrLimits &limits,
                        const OcrProgressCallback &progress)
{
    RunReport report;
    if (library.isReadOnly())
        throw Error(library.readOnlyNote());
    Catalog &catalog = library.catalog();
    catalog.queueOcr(meetingId);
    const QList<OcrWork> waiting = catalog.waitingOcr(meetingId);
    if (waiting.isEmpty())
        return report;
    report.unavailable = unavailableReason();
    if (!report.unavailable.isEmpty())
        return report;
    OcrProgress done;
    for (const OcrWork &work : waiting)
        done.pages += work.pages;
    for (const OcrWork &work : waiting) {
        const std::optional<OcrOutcome> outcome =
            recognise(work, library.store().pathFor(work.sha256), workFolderIn(library), limits,
                      done, progress);
        if (!outcome) {
            report.stopped = true;
            return report;
        }
        done.pagesDone += outcome->pagesTried;
        done.pages = std::max(done.pages, done.pagesDone);
        if (!catalog.recordOcr(work.versionId, *outcome))
            continue; // recorded by another program meanwhile
        ++report.documents;
        report.pagesTried += outcome->pagesTried;
        report.pagesRecognised += static_cast<int>(outcome->pages.size());
        for (const QString &failure : outcome->failures)
            report.failures << tr("“%1”: %2").arg(work.documentTitle, failure);
    }
    return report;
}

} // namespace docket
