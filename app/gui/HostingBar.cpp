// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostingBar.h"

#include "catalog/SettingKeys.h"
#include "Dialogs.h"
#include "hosting/LibraryWatch.h"
#include "library/Library.h"
#include "qr/DelegateUrl.h"
#include "server/GuessWarning.h"
#include "server/NetworkInterfaces.h"
#include "util/Error.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace docket {

namespace {
constexpr int kDefaultPort = 8080;
} // namespace

HostingBar::HostingBar(Library &library, QWidget *parent)
    : QWidget(parent), m_library(library), m_watch(library),
      m_session(library, m_watch, HostingSession::Program::Window),
      m_interfaces(new QComboBox(this)), m_refresh(new QToolButton(this)),
      m_port(new QSpinBox(this)), m_toggle(new QPushButton(this)), m_status(new QLabel(this)),
      m_guessWarning(new QLabel(this))
{
    m_interfaces->setToolTip(tr("The network delegates' phones are on"));
    m_interfaces->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_refresh->setToolTip(tr("Look for network interfaces again"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("any free port"));
    m_port->setToolTip(tr("Port number"));
    const int savedPort = library.catalog().setting(settingkeys::port()).toInt();
    m_port->setValue(savedPort > 0 && savedPort <= 65535 ? savedPort : kDefaultPort);
    m_toggle->setCheckable(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Not a dialog: the organiser keeps running the meeting, and the warning goes when the
    // guessing does. Dark text on pale amber, readable in light and dark themes alike.
    m_guessWarning->setWordWrap(true);
    m_guessWarning->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_guessWarning->setStyleSheet(
        QStringLiteral("QLabel { background: #fff3cd; color: #4d3800; border: 1px solid #c99a00; "
                       "border-radius: 3px; padding: 4px 8px; }"));
    m_guessWarning->hide();
    m_guessPoll.setInterval(2000);
    connect(&m_guessPoll, &QTimer::timeout, this, &HostingBar::pollGuessing);

    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    auto *layout = new QHBoxLayout;
    rows->addLayout(layout);
    rows->addWidget(m_guessWarning);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Network:"), this));
    layout->addWidget(m_interfaces);
    layout->addWidget(m_refresh);
    layout->addWidget(new QLabel(tr("Port:"), this));
    layout->addWidget(m_port);
    layout->addWidget(m_toggle);
    layout->addWidget(m_status, 1);

    refreshInterfaces();
    const QString savedAddress = library.catalog().setting(settingkeys::address());
    if (const int index = m_interfaces->findData(savedAddress); index >= 0)
        m_interfaces->setCurrentIndex(index);

    connect(m_refresh, &QToolButton::clicked, this, &HostingBar::refreshInterfaces);
    connect(m_interfaces, &QComboBox::currentIndexChanged, this, &HostingBar::baseUrlChanged);
    connect(m_port, &QSpinBox::valueChanged, this, &HostingBar::baseUrlChanged);
    connect(m_toggle, &QPushButton::clicked, this, [this](bool checked) {
        if (checked)
            startHosting();
        else
            stopHosting();
    });
    // docket-cli serve starting or stopping on this library: the bar and the codes follow.
    connect(&m_watch, &LibraryWatch::hostChanged, this, [this] {
        if (isHosting())
            return;
        updateState();
        Q_EMIT baseUrlChanged();
    });
    updateState();
}

HostingBar::~HostingBar()
{
    // The last downloads are recorded while the bar is still whole; nothing it would show
    // about that reaches it.
    disconnect(&m_watch, nullptr, this, nullptr);
    m_session.stop();
}

void HostingBar::refreshInterfaces()
{
    const QString keep = selectedAddress();
    const QSignalBlocker blocker(m_interfaces);
    m_interfaces->clear();
    for (const NetworkAddress &address : network::addresses()) {
        QString label = QStringLiteral("%1 — %2").arg(address.interfaceName, address.address);
        if (address.defaultRoute)
            label += u' ' + tr("(default)");
        else if (address.loopback)
            label += u' ' + tr("(this computer only)");
        m_interfaces->addItem(label, address.address);
    }
    if (const int index = m_interfaces->findData(keep); index >= 0)
        m_interfaces->setCurrentIndex(index);
    Q_EMIT baseUrlChanged();
}

QString HostingBar::selectedAddress() const
{
    return m_interfaces->currentData().toString();
}

void HostingBar::setAddress(const QString &address)
{
    int index = m_interfaces->findData(address);
    if (index < 0) {
        m_interfaces->addItem(address, address);
        index = m_interfaces->count() - 1;
    }
    m_interfaces->setCurrentIndex(index);
}

void HostingBar::setPort(int port)
{
    m_port->setValue(port);
}

QString HostingBar::baseUrl() const
{
    const QString address = selectedAddress();
    if (address.isEmpty())
        return {};
    const int port = m_session.isRunning() ? m_session.server().port() : m_port->value();
    return delegateurl::base(address, static_cast<std::uint16_t>(port));
}

std::optional<HostingAnnouncement> HostingBar::otherServer() const
{
    if (isHosting())
        return std::nullopt;
    return m_watch.host();
}

QString HostingBar::servingBaseUrl() const
{
    if (isHosting())
        return m_session.baseUrl();
    if (const auto other = otherServer())
        return other->baseUrl;
    return {};
}

std::optional<HostingBar::Endpoint> HostingBar::endpoint() const
{
    if (!isHosting())
        return std::nullopt;
    return Endpoint{m_session.server().bindAddress(), m_session.server().port()};
}

QString HostingBar::statusText() const
{
    return m_status->text();
}

bool HostingBar::startHosting()
{
    ServerOptions options;
    options.bindAddress = selectedAddress();
    options.port = static_cast<std::uint16_t>(m_port->value());
    if (options.bindAddress.isEmpty()) {
        dialogs::showError(this, tr("No network interface is available. Connect this computer "
                                    "to the venue network first."));
        updateState();
        return false;
    }
    try {
        m_session.start(options);
    } catch (const Error &error) {
        dialogs::showError(this, error.message());
        updateState();
        return false;
    }
    // Remembered for next time; a read-only library or a full disk keeps them in memory.
    Catalog &catalog = m_library.catalog();
    catalog.rememberSetting(settingkeys::address(), options.bindAddress);
    catalog.rememberSetting(settingkeys::port(), QString::number(m_session.server().port()));
    updateState();
    Q_EMIT hostingChanged(true);
    Q_EMIT baseUrlChanged();
    return true;
}

void HostingBar::stopHosting()
{
    m_session.stop();
    updateState();
    Q_EMIT hostingChanged(false);
    Q_EMIT baseUrlChanged();
}

QString HostingBar::guessWarning() const
{
    return m_guessWarning->isHidden() ? QString() : m_guessWarning->text();
}

int HostingBar::phonesConnected() const
{
    return isHosting() ? static_cast<int>(m_session.server().connections().phones) : 0;
}

void HostingBar::pollGuessing()
{
    const QString warning =
        isHosting() ? GuessWarning::text(m_session.server().guessLimiter().pinGuessing())
                    : QString();
    m_guessWarning->setText(warning);
    m_guessWarning->setVisible(!warning.isEmpty());
    const int phones = phonesConnected();
    if (phones != m_phonesSaid) {
        m_phonesSaid = phones;
        Q_EMIT phonesConnectedChanged(phones);
    }
    if (isHosting())
        m_status->setText(tr("Delegates reach open meetings at %1").arg(baseUrl()) +
                          QStringLiteral(" · ") +
                          tr("%n phone(s) connected", nullptr, phonesConnected()));
}

void HostingBar::updateState()
{
    const bool hosting = isHosting();
    if (hosting)
        m_guessPoll.start();
    else
        m_guessPoll.stop();
    pollGuessing();
    m_toggle->setChecked(hosting);
    m_toggle->setText(hosting ? tr("Stop hosting") : tr("Start hosting"));
    m_toggle->setIcon(style()->standardIcon(hosting ? QStyle::SP_MediaStop : QStyle::SP_MediaPlay));
    m_interfaces->setEnabled(!hosting);
    m_refresh->setEnabled(!hosting);
    m_port->setEnabled(!hosting);
    if (hosting) {
        // Said by pollGuessing() above, with the phones connected, and again every poll.
    } else if (const auto other = otherServer()) {
        m_status->setText(other->baseUrl.isEmpty()
                              ? tr("Served by %1: delegates reach open meetings through it.")
                                    .arg(other->programName())
                              : tr("Served by %1 at %2: delegates reach open meetings there.")
                                    .arg(other->programName(), other->baseUrl));
    } else {
        m_status->setText(tr("Not hosting: delegates cannot reach any meeting."));
    }
}

} // namespace docket
