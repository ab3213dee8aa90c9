// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "publish/Publisher.h"

#include <QObject>
#include <QProcess>
#include <QString>

namespace docket {

// A publish run by a `docket-cli publish` child (ChildProgram::Use::Publishing), for the window:
// uploads to a web host may take minutes or stall on a network, and the window never waits on
// them; with keep-in-step the child stays and publishes again after every change (--watch),
// until stopped. Its progress lines and JSON reports become signals.
class PublishChild : public QObject
{
    Q_OBJECT
public:
    explicit PublishChild(const QString &libraryFolder, QObject *parent = nullptr);
    ~PublishChild() override; // stops the child

    // False (and failed() said why) when docket-cli cannot be started.
    bool start(const QString &meetingCode, const QString &destination, bool keepInStep);
    // SIGTERM (a clean stop between batches), then a kill after kStopMilliseconds.
    void stop();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    bool keepsInStep() const { return m_keepInStep; }
    static constexpr int kStopMilliseconds = 5000;

Q_SIGNALS:
    void progress(const docket::PublishProgress &progress);
    void published(const docket::PublishReport &report);
    void failed(const QString &message);
    void finished();

private:
    void readOutput();
    void readErrors();

    QString m_library;
    QProcess m_process;
    QByteArray m_out;
    QByteArray m_err;
    QString m_lastError;
    bool m_keepInStep = false;
    bool m_stopping = false;
};

} // namespace docket
