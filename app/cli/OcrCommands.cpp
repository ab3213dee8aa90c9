// SPDX-License-Identifier: GPL-3.0-or-later
// ocr: text recognition of a meeting's scanned documents, headless; ocr-page, its child.
#include "Command.h"
#include "CommandLine.h"
#include "Context.h"
#include "library/Ocr.h"
#include "pdf/PageRecognition.h"
#include "util/Error.h"

namespace docket::cli {

namespace {

// What `ocr` exits with when Tesseract (or its Vietnamese) is missing: distinct from a failed
// page (1), so that a script can tell "install it" from "look at these pages".
constexpr int kOcrUnavailable = 3;

int intOption(const CommandLine &cl, const QString &option, int fallback, int min, int max)
{
    if (!cl.has(option))
        return fallback;
    bool ok = false;
    const int value = cl.value(option).toInt(&ok);
    if (!ok || value < min || value > max)
        throw UsageError(
            Cli::tr("%1 must be a number from %2 to %3.").arg(option).arg(min).arg(max));
    return value;
}

int ocr(Context &ctx, const QStringList &words)
{
    const CommandLine cl(words, {QStringLiteral("--dpi"), QStringLiteral("--page-seconds")},
                         {QStringLiteral("--all"), QStringLiteral("--retry")});
    const bool all = cl.has(QStringLiteral("--all"));
    const QString usage =
        QStringLiteral("ocr MEETING|--all [--retry] [--dpi N] [--page-seconds N]");
    cl.expectPositional(all ? 0 : 1, all ? 0 : 1, usage);
    OcrLimits limits;
    limits.dpi = intOption(cl, QStringLiteral("--dpi"), limits.dpi, 70, 600);
    limits.pageSeconds =
        intOption(cl, QStringLiteral("--page-seconds"), limits.pageSeconds, 1, 3600);
    std::optional<Meeting> meeting;
    if (!all)
        meeting = requireMeeting(ctx, cl.positional().first());
    const std::optional<Id> scope = meeting ? std::optional<Id>(meeting->id) : std::nullopt;
    if (ctx.library().isReadOnly())
        throw Error(ctx.library().readOnlyNote());
    if (cl.has(QStringLiteral("--retry")))
        ctx.catalog().retryOcr(scope);

    // A line per page on stderr: a run takes seconds per page, and stdout is the summary's.
    QString lastLine;
    const Ocr::RunReport report =
        Ocr::run(ctx.library(), scope, limits, [&](const OcrProgress &progress) {
            if (progress.page == 0)
                return true;
            const QString line = Cli::tr("Recognising text: page %1 of %2 (“%3”, page %4)")
                                     .arg(progress.pagesDone + 1)
                                     .arg(std::max(progress.pages, progress.pagesDone + 1))
                                     .arg(progress.documentTitle)
                                     .arg(progress.page);
            if (line != lastLine)
                err() << line << Qt::endl;
            lastLine = line;
            return true;
        });
    const OcrStatus status = ctx.catalog().ocrStatus(scope);
    if (ctx.json) {
        ctx.printJson(QJsonObject{
            {QStringLiteral("meeting"), meeting ? QJsonValue(meeting->code) : QJsonValue()},
            {QStringLiteral("available"), report.unavailable.isEmpty()},
            {QStringLiteral("unavailable"), orNull(report.unavailable)},
            {QStringLiteral("documents"), report.documents},
            {QStringLiteral("pagesRead"), report.pagesTried},
            {QStringLiteral("pagesRecognised"), report.pagesRecognised},
            {QStringLiteral("failures"), QJsonArray::fromStringList(report.failures)},
            {QStringLiteral("waitingDocuments"), status.waitingDocuments},
            {QStringLiteral("waitingPages"), status.waitingPages},
            {QStringLiteral("recognisedPagesInAll"), status.recognisedPages},
            {QStringLiteral("failedDocumentsInAll"), status.failedDocuments}});
    }
    if (!report.unavailable.isEmpty()) {
        err() << QStringLiteral("docket-cli: ") << report.unavailable << Qt::endl;
        if (!ctx.json)
            out() << Cli::tr("%n document(s) wait for text recognition.", nullptr,
                             status.waitingDocuments)
                  << Qt::endl;
        return kOcrUnavailable;
    }
    if (!ctx.json) {
        if (report.documents == 0)
            out() << Cli::tr("No scanned page waits for text recognition.") << Qt::endl;
        else
            out() << Cli::tr("Read %n page(s) without a text layer.", nullptr, report.pagesTried)
                  << u' '
                  << Cli::tr("Text was found on %n of them.", nullptr, report.pagesRecognised)
                  << Qt::endl;
        for (const QString &failure : report.failures)
            out() << QStringLiteral("  ") << failure << Qt::endl;
    }
    if (!report.failures.isEmpty())
        throw Error(Cli::tr("%n page(s) could not be read; they are recorded as failed (--retry "
                            "tries them again).",
                            nullptr, static_cast<int>(report.failures.size())));
    return 0;
}

// The child of text recognition (see PageRecognition): not for people, so not in --help.
int ocrPage(Context &, const QStringList &words)
{
    const CommandLine cl(words,
                         {QStringLiteral("--page"), QStringLiteral("--dpi"),
                          QStringLiteral("--tesseract"), QStringLiteral("--languages"),
                          QStringLiteral("--image"), QStringLiteral("--memory"),
                          QStringLiteral("--seconds")},
                         {QStringLiteral("--survey")});
    cl.expectPositional(1, 1,
                        QStringLiteral("ocr-page FILE --survey | --page N --tesseract PROGRAM "
                                       "--image FILE [--dpi N] [--languages L]"));
    const QString path = cl.positional().first();
    if (cl.has(QStringLiteral("--survey")))
        return PageRecognition::runSurvey(path);
    if (!cl.has(QStringLiteral("--page")) || !cl.has(QStringLiteral("--image")))
        throw UsageError(Cli::tr("ocr-page needs --page and --image."));
    PageRecognition::Options options;
    options.tesseract = cl.value(QStringLiteral("--tesseract"));
    options.languages = cl.has(QStringLiteral("--languages"))
                            ? cl.value(QStringLiteral("--languages"))
                            : PageRecognition::defaultLanguages();
    options.dpi = intOption(cl, QStringLiteral("--dpi"), 300, 70, 600);
    options.imagePath = cl.value(QStringLiteral("--image"));
    options.memoryBytes = cl.value(QStringLiteral("--memory")).toLongLong();
    options.cpuSeconds = cl.value(QStringLiteral("--seconds")).toInt();
    return PageRecognition::runPage(path, intOption(cl, QStringLiteral("--page"), 1, 1, 1000000),
                                    options);
}

} // namespace

QList<Command> ocrCommands()
{
    return {
        {QStringLiteral("ocr"),
         {{QStringLiteral("ocr MEETING|--all [--retry]\n[--dpi N] [--page-seconds N]"),
           Cli::tr("recognise the text of scanned pages (Tesseract);\nexit status 3 when OCR is "
                   "unavailable")}},
         ocr},
        {QStringLiteral("ocr-page"), {}, ocrPage},
    };
}

} // namespace docket::cli
