// SPDX-License-Identifier: GPL-3.0-or-later
// qr: the code of a meeting, an item, a survey or the Wi-Fi, as PNG or SVG.
#include "Command.h"
#include "CommandLine.h"
#include "Context.h"
#include "qr/DelegateUrl.h"
#include "qr/QrCode.h"
#include "qr/WifiPayload.h"
#include "util/Error.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QSaveFile>

namespace docket::cli {

namespace {

int qr(Context &ctx, const QStringList &words)
{
    const CommandLine cl(words,
                         {QStringLiteral("--png"), QStringLiteral("--svg"),
                          QStringLiteral("--base-url"), QStringLiteral("--size"),
                          QStringLiteral("--wifi"), QStringLiteral("--password"),
                          QStringLiteral("--security"), QStringLiteral("--survey")},
                         {QStringLiteral("--hidden"), QStringLiteral("--public")});
    const bool wifi = cl.has(QStringLiteral("--wifi"));
    const bool survey = cl.has(QStringLiteral("--survey"));
    const QString usage =
        wifi     ? QStringLiteral("qr --wifi SSID [--password P] [--security WPA|WEP|nopass] "
                                      "[--hidden] (--png FILE | --svg FILE) [--size PIXELS]")
        : survey ? QStringLiteral("qr --survey SURVEY (--png FILE | --svg FILE) [--base-url URL] "
                                  "[--size PIXELS]")
                 : QStringLiteral(
                       "qr MEETING [ITEM] (--png FILE | --svg FILE) [--base-url URL | --public] "
                       "[--size PIXELS]");
    if (wifi && survey)
        throw UsageError(Cli::tr("Give --wifi or --survey, not both."));
    if (wifi || survey)
        cl.expectPositional(0, 0, usage);
    else
        cl.expectPositional(1, 2, usage);
    if (!wifi && (cl.has(QStringLiteral("--password")) || cl.has(QStringLiteral("--security")) ||
                  cl.has(QStringLiteral("--hidden"))))
        throw UsageError(Cli::tr("--password, --security and --hidden go with --wifi."));
    const bool png = cl.has(QStringLiteral("--png"));
    const bool svg = cl.has(QStringLiteral("--svg"));
    if (png == svg)
        throw UsageError(Cli::tr("Give exactly one of --png FILE or --svg FILE."));
    int size = 800;
    if (cl.has(QStringLiteral("--size"))) {
        bool ok = false;
        size = cl.value(QStringLiteral("--size")).toInt(&ok);
        if (!ok || size < 64 || size > 10000)
            throw UsageError(Cli::tr("--size must be between 64 and 10000 pixels."));
    }
    QString url; // what the code holds, printed for the user
    QByteArray payload;
    if (wifi) {
        payload = wifipayload::payload(wifiFromOptions(cl, cl.value(QStringLiteral("--wifi"))));
        url = QString::fromUtf8(payload);
    } else if (survey) {
        const QString which = cl.value(QStringLiteral("--survey"));
        const auto found = ctx.catalog().findSurvey(which);
        if (!found)
            throw Error(Cli::tr("No survey %1 (give its id or its code).").arg(which));
        url = delegateurl::meeting(paperBaseUrl(ctx, cl), found->code);
        payload = url.toUtf8();
    } else {
        const Meeting meeting = requireMeeting(ctx, cl.positional().at(0));
        const QString base = paperBaseUrl(ctx, cl, &meeting);
        url = delegateurl::meeting(base, meeting.code);
        if (cl.positional().size() == 2)
            url = delegateurl::item(base, meeting.code,
                                    requireItem(ctx, meeting, cl.positional().at(1)).number);
        payload = url.toUtf8();
    }

    const QrCode code = QrCode::encode(payload);
    const QString target = cl.value(png ? QStringLiteral("--png") : QStringLiteral("--svg"));
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(Cli::tr("Cannot write %1: %2")
                        .arg(QDir::toNativeSeparators(target), file.errorString()));
    bool written = false;
    if (png)
        written = code.toImageFitting(size).save(&file, "PNG");
    else
        written = file.write(code.toSvg()) >= 0;
    if (!written || !file.commit())
        throw Error(Cli::tr("Cannot write %1: %2")
                        .arg(QDir::toNativeSeparators(target), file.errorString()));
    if (ctx.json)
        ctx.printJson(QJsonObject{{wifi ? QStringLiteral("text") : QStringLiteral("url"), url},
                                  {QStringLiteral("version"), code.version()},
                                  {QStringLiteral("modules"), code.modules()},
                                  {QStringLiteral("file"), QFileInfo(target).absoluteFilePath()}});
    else
        out() << url << Qt::endl;
    return 0;
}

} // namespace

QList<Command> qrCommands()
{
    return {
        {QStringLiteral("qr"),
         {{QStringLiteral("qr MEETING [ITEM] (--png FILE | --svg FILE) [--base-url URL | "
                          "--public]\n[--size PIXELS]"),
           Cli::tr("the code that opens the meeting or one item (--public: at its public "
                   "address)")},
          {QStringLiteral("qr --survey SURVEY (--png FILE | --svg FILE) [--base-url URL]\n"
                          "[--size PIXELS]"),
           Cli::tr("the code that opens a survey's form")},
          {QStringLiteral("qr --wifi SSID [--password P] [--security WPA|WEP|nopass] [--hidden]\n"
                          "(--png FILE | --svg FILE) [--size PIXELS]"),
           Cli::tr("the code that joins the Wi-Fi")}},
         qr}};
}

} // namespace docket::cli
