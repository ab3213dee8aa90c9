// SPDX-License-Identifier: GPL-3.0-or-later
#include "publish/PublishChild.h"

#include "pdf/ChildProgram.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace docket {

PublishChild::PublishChild(const QString &libraryFolder, QObject *parent)
    : QObject(parent), m_library(libraryFolder)
{
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &PublishChild::readOutput);
    connect(&m_process, &QProcess::readyReadStandardError, this, &PublishChild::readErrors);
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        readOutput();
        readErrors();
        if (!m_stopping && (status != QProcess::NormalExit || code != 0))
            Q_EMIT failed(m_lastError.isEmpty()
                              ? Publisher::tr("Publishing stopped (exit code %1).").arg(code)
                              : m_lastError);
        m_stopping = false;
        Q_EMIT finished();
    });
}

PublishChild::~PublishChild()
{
    if (isRunning()) {
        m_stopping = true;
        m_process.terminate();
        if (!m_process.waitForFinished(kStopMilliseconds)) {
            m_process.kill();
            m_process.waitForFinished(2000);
        }
    }
}

bool PublishChild::start(const QString &meetingCode, const QString &destination, bool keepInStep)
{
    if (isRunning())
        return false;
    const QString program = ChildProgram::get(ChildProgram::Use::Publishing);
    if (program.isEmpty()) {
        Q_EMIT failed(
            Publisher::tr("docket-cli, which publishes, is not installed beside Docket."));
        return false;
    }
    m_keepInStep = keepInStep;
    m_lastError.clear();
    m_out.clear();
    m_err.clear();
    QStringList arguments{QStringLiteral("--library"), m_library};
    arguments << ChildProgram::command(ChildProgram::Use::Publishing) << meetingCode
              << QStringLiteral("--to") << destination << QStringLiteral("--progress-lines");
    if (keepInStep)
        arguments << QStringLiteral("--watch");
    m_process.start(program, arguments);
    if (!m_process.waitForStarted(10000)) {
        Q_EMIT failed(Publisher::tr("Cannot start docket-cli: %1").arg(m_process.errorString()));
        return false;
    }
    m_process.closeWriteChannel();
    return true;
}

void PublishChild::stop()
{
    if (!isRunning())
        return;
    m_stopping = true;
    m_process.terminate();
    QTimer::singleShot(kStopMilliseconds, this, [this] {
        if (isRunning())
            m_process.kill();
    });
}

void PublishChild::readOutput()
{
    m_out += m_process.readAllStandardOutput();
    for (qsizetype end = m_out.indexOf('\n'); end >= 0; end = m_out.indexOf('\n')) {
        const QByteArray line = m_out.left(end).trimmed();
        m_out.remove(0, end + 1);
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (!object.contains(QStringLiteral("sent")))
            continue;
        PublishReport report;
        report.meetingCode = object.value(QStringLiteral("meeting")).toString();
        report.files = object.value(QStringLiteral("files")).toInt();
        report.sent = object.value(QStringLiteral("sent")).toInt();
        report.sentBytes =
            static_cast<std::int64_t>(object.value(QStringLiteral("sentBytes")).toDouble());
        report.removed = object.value(QStringLiteral("removed")).toInt();
        report.unchanged = object.value(QStringLiteral("unchanged")).toInt();
        Q_EMIT published(report);
    }
}

void PublishChild::readErrors()
{
    m_err += m_process.readAllStandardError();
    for (qsizetype end = m_err.indexOf('\n'); end >= 0; end = m_err.indexOf('\n')) {
        const QString line = QString::fromUtf8(m_err.left(end)).trimmed();
        m_err.remove(0, end + 1);
        const QStringList words = line.split(u' ');
        if (words.size() == 4 && words[0] == u"progress") {
            PublishProgress step;
            step.stage = words[1] == u"sending"    ? PublishProgress::Stage::Sending
                         : words[1] == u"removing" ? PublishProgress::Stage::Removing
                                                   : PublishProgress::Stage::Drawing;
            step.done = words[2].toInt();
            step.total = words[3].toInt();
            Q_EMIT progress(step);
        } else if (line.startsWith(QStringLiteral("docket-cli: "))) {
            m_lastError = line.mid(12); // the child's one-line error, already translated
        } else if (m_keepInStep && !line.isEmpty() && line.at(0).isDigit()) {
            Q_EMIT failed(line.section(u' ', 1)); // "14:05:09 Could not publish ...": tried again
        }
    }
}

} // namespace docket
