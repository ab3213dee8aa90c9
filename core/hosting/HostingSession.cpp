// SPDX-License-Identifier: GPL-3.0-or-later
#include "hosting/HostingSession.h"

#include "catalog/SettingKeys.h"
#include "hosting/AccessRecorder.h"
#include "hosting/LibraryWatch.h"
#include "hosting/SnapshotPublisher.h"
#include "library/Library.h"
#include "qr/DelegateUrl.h"
#include "server/NetworkInterfaces.h"

#include <QCoreApplication>

namespace docket {

HostingSession::HostingSession(Library &library, LibraryWatch &watch, Program program,
                               QObject *parent)
    : QObject(parent), m_library(library), m_watch(watch), m_program(program)
{}

HostingSession::~HostingSession()
{
    shutDown(); // the watch may be gone already: it is not told
}

QString HostingSession::baseUrlFor(const QString &bindAddress, std::uint16_t port)
{
    const bool anyAddress = bindAddress == u"0.0.0.0" || bindAddress == u"::";
    return delegateurl::base(anyAddress ? network::preferredAddress() : bindAddress, port);
}

void HostingSession::start(const ServerOptions &options)
{
    stop();
    try {
        m_claim = std::make_unique<HostingClaim>(m_library.folder());
        // Everything a request needs is in place before the first one can arrive.
        m_publisher = std::make_unique<SnapshotPublisher>(m_library, m_server, m_watch);
        m_recorder = std::make_unique<AccessRecorder>(m_library.catalog(), m_server.accessLog(),
                                                      &m_server.checkIns());
        m_recorder->setSurveyAnswers(&m_server.surveyAnswers());
        m_server.start(options);
        Q_EMIT listening();
        m_baseUrl = baseUrlFor(options.bindAddress, m_server.port());
        HostingAnnouncement announcement;
        announcement.program = m_program;
        announcement.processId = QCoreApplication::applicationPid();
        announcement.baseUrl = m_baseUrl;
        announcement.bindAddress = options.bindAddress;
        announcement.port = m_server.port();
        m_claim->announce(announcement);
        // Remembered for `qr` and `print`; a read-only library or a full disk keeps it in
        // memory.
        m_library.catalog().rememberSetting(settingkeys::baseUrl(), m_baseUrl);
    } catch (...) {
        stop();
        throw;
    }
    m_watch.checkHost();
}

void HostingSession::stop()
{
    const bool wasClaimed = m_claim != nullptr;
    shutDown();
    if (wasClaimed)
        m_watch.checkHost();
}

void HostingSession::shutDown()
{
    // Other processes stop pointing phones here first.
    if (m_claim)
        m_claim->withdraw();
    m_publisher.reset();
    m_server.stop();
    m_recorder.reset(); // after the server: the last downloads are recorded too
    // Nothing of the last snapshot lingers until the next start publishes a fresh one.
    m_server.publish(nullptr);
    m_baseUrl.clear();
    m_claim.reset();
}

} // namespace docket
