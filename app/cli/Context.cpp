// SPDX-License-Identifier: GPL-3.0-or-later
#include "Context.h"

#include "catalog/SettingKeys.h"
#include "CommandLine.h"
#include "qr/DelegateUrl.h"
#include "qr/WifiPayload.h"
#include "server/NetworkInterfaces.h"
#include "util/Error.h"

#include <QLocale>

namespace docket::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

void Context::announceLibraryState()
{
    // On stderr, so that --json output stays what scripts parse.
    for (const QString &warning : m_library->catalog().openWarnings())
        err() << Cli::tr("Warning: %1").arg(warning) << Qt::endl;
    if (m_library->isReadOnly())
        err() << m_library->readOnlyNote() << Qt::endl;
    else
        m_library->backupIfDue();
}

void Context::finish()
{
    if (!m_library)
        return;
    m_library->waitForBackups();
    if (const QString problem = m_library->lastBackupProblem(); !problem.isEmpty())
        err() << Cli::tr("Warning: the automatic backup of the catalog failed: %1").arg(problem)
              << Qt::endl;
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue timeJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonObject meetingJson(const Meeting &m)
{
    return {{QStringLiteral("id"), qint64{m.id}},
            {QStringLiteral("code"), m.code},
            {QStringLiteral("title"), m.title},
            {QStringLiteral("date"),
             m.date.isValid() ? QJsonValue(m.date.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("venue"), m.venue},
            {QStringLiteral("language"), m.language},
            {QStringLiteral("state"), meetingStateKey(m.state)},
            {QStringLiteral("openedAt"), timeJson(m.openedAt)},
            {QStringLiteral("closedAt"), timeJson(m.closedAt)},
            {QStringLiteral("archivedAt"), timeJson(m.archivedAt)}};
}

QJsonObject documentJson(const Document &d)
{
    return {{QStringLiteral("id"), qint64{d.id}},
            {QStringLiteral("title"), d.title},
            {QStringLiteral("fileName"), d.fileName},
            {QStringLiteral("mimeType"), d.mimeType},
            {QStringLiteral("size"), static_cast<qint64>(d.size)},
            {QStringLiteral("pageCount"), d.pageCount ? QJsonValue(*d.pageCount) : QJsonValue()},
            {QStringLiteral("sha256"), d.sha256},
            {QStringLiteral("problem"), orNull(d.problem)},
            {QStringLiteral("heavy"), d.heavy()}};
}

QString describeDocument(const Document &d)
{
    const QLocale locale;
    QStringList parts{d.mimeType};
    if (d.pageCount)
        parts << Cli::tr("%n page(s)", nullptr, *d.pageCount);
    parts << locale.formattedDataSize(d.size, 1, QLocale::DataSizeSIFormat);
    return parts.join(QStringLiteral(", "));
}

Meeting requireMeeting(Context &ctx, const QString &idOrCode)
{
    const auto meeting = ctx.catalog().findMeeting(idOrCode);
    if (!meeting)
        throw Error(Cli::tr("No meeting has the id or code %1.").arg(idOrCode));
    return *meeting;
}

AgendaItem requireItem(Context &ctx, const Meeting &meeting, const QString &numberText)
{
    bool ok = false;
    const int number = numberText.toInt(&ok);
    if (!ok || number < 1)
        throw UsageError(Cli::tr("ITEM must be an agenda item number, not %1.").arg(numberText));
    const auto item = ctx.catalog().itemByNumber(meeting.id, number);
    if (!item)
        throw Error(Cli::tr("Meeting %1 has no item %2.").arg(meeting.code).arg(number));
    return *item;
}

QString baseUrl(Context &ctx, const CommandLine &cl, bool required)
{
    QString base;
    if (cl.has(QStringLiteral("--base-url"))) {
        base = delegateurl::normalizeBase(cl.value(QStringLiteral("--base-url")));
        if (base.isEmpty())
            throw UsageError(
                Cli::tr("--base-url needs an http address such as http://192.168.1.23:8080."));
        return base;
    }
    base = ctx.catalog().setting(settingkeys::baseUrl());
    if (base.isEmpty() && required)
        throw Error(
            Cli::tr("No server address is known yet: start `docket-cli serve` once, or pass "
                    "--base-url http://ADDRESS:PORT."));
    return base;
}

QString paperBaseUrl(Context &ctx, const CommandLine &cl, const Meeting *meeting)
{
    if (cl.has(QStringLiteral("--public"))) {
        if (cl.has(QStringLiteral("--base-url")))
            throw UsageError(Cli::tr("Give --public or --base-url, not both."));
        if (!meeting)
            throw UsageError(Cli::tr("--public is for a meeting's codes: a survey is answered "
                                     "on the venue network, and its answers stay here."));
        const QString url = ctx.catalog().publicUrl(meeting->id);
        if (url.isEmpty())
            throw Error(Cli::tr("Meeting %1 has no public address: set it with `docket-cli "
                                "meeting public-url %1 https://...` once it is published.")
                            .arg(meeting->code));
        return url;
    }
    const QString base = baseUrl(ctx, cl, true);
    if (cl.has(QStringLiteral("--base-url")))
        return base;
    const QString problem = network::phoneReachabilityProblem(base, network::addresses());
    if (!problem.isEmpty())
        throw Error(problem + u' ' +
                    Cli::tr("Start `docket-cli serve` on the venue network, or pass --base-url "
                            "to use an address anyway."));
    return base;
}

WifiNetwork wifiFromOptions(const CommandLine &cl, const QString &ssid)
{
    WifiNetwork network;
    network.ssid = ssid;
    network.password = cl.value(QStringLiteral("--password"));
    network.hidden = cl.has(QStringLiteral("--hidden"));
    if (cl.has(QStringLiteral("--security"))) {
        const auto security = wifipayload::securityFromKey(cl.value(QStringLiteral("--security")));
        if (!security)
            throw UsageError(Cli::tr("--security must be WPA, WEP or nopass."));
        network.security = *security;
    } else if (!cl.has(QStringLiteral("--password"))) {
        network.security = WifiSecurity::None;
    }
    if (network.security == WifiSecurity::None && cl.has(QStringLiteral("--password")))
        throw UsageError(Cli::tr("An open network (nopass) has no password."));
    if (const QString why = wifipayload::problem(network); !why.isEmpty())
        throw UsageError(why);
    return network;
}

} // namespace docket::cli
