// SPDX-License-Identifier: GPL-3.0-or-later
#include "WifiDialog.h"

#include "qr/WifiPayload.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace docket {

WifiDialog::WifiDialog(const WifiNetwork &meetingNetwork, const WifiNetwork &venueNetwork,
                       std::function<bool(const WifiNetwork &)> saveVenueDefault, QWidget *parent)
    : QDialog(parent), m_venue(venueNetwork),
      // A meeting without its own network starts its draft from the venue's: usually only
      // the password differs.
      m_ownDraft(meetingNetwork.isEmpty() ? venueNetwork : meetingNetwork),
      m_saveVenueDefault(std::move(saveVenueDefault)), m_venueChoice(new QRadioButton(this)),
      m_ownChoice(new QRadioButton(tr("&This meeting's own network"), this)),
      m_name(new QLineEdit(this)), m_password(new QLineEdit(this)), m_reveal(new QToolButton(this)),
      m_security(new QComboBox(this)), m_hidden(new QCheckBox(tr("&Hidden network"), this)),
      m_problem(new QLabel(this)), m_saveVenue(new QPushButton(tr("Save as venue &default"), this)),
      m_ok(nullptr)
{
    setWindowTitle(tr("Wi-Fi for delegates"));
    m_venueChoice->setObjectName(QStringLiteral("wifiVenueChoice"));
    m_ownChoice->setObjectName(QStringLiteral("wifiOwnChoice"));
    m_name->setObjectName(QStringLiteral("wifiName"));
    m_password->setObjectName(QStringLiteral("wifiPassword"));
    m_security->setObjectName(QStringLiteral("wifiSecurity"));
    m_hidden->setObjectName(QStringLiteral("wifiHidden"));
    m_problem->setObjectName(QStringLiteral("wifiProblem"));
    m_saveVenue->setObjectName(QStringLiteral("wifiSaveVenue"));

    auto *choices = new QButtonGroup(this);
    choices->addButton(m_venueChoice);
    choices->addButton(m_ownChoice);

    m_name->setMinimumWidth(320);
    m_name->setMaxLength(64);
    m_name->setPlaceholderText(tr("The name phones list (SSID)"));
    m_password->setEchoMode(QLineEdit::Password);
    m_reveal->setCheckable(true);
    m_reveal->setText(tr("Show"));
    m_reveal->setToolTip(tr("Show or hide the password"));
    connect(m_reveal, &QToolButton::toggled, this, [this](bool shown) {
        m_password->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_reveal->setText(shown ? tr("Hide") : tr("Show"));
    });
    m_security->addItem(tr("WPA/WPA2/WPA3"), static_cast<int>(WifiSecurity::Wpa));
    m_security->addItem(tr("WEP"), static_cast<int>(WifiSecurity::Wep));
    m_security->addItem(tr("None (open network)"), static_cast<int>(WifiSecurity::None));
    m_hidden->setToolTip(tr("The network does not announce its name; phones join it by name"));
    m_problem->setWordWrap(true);
    QPalette warning = m_problem->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_problem->setPalette(warning);
    auto *privacy = new QLabel(
        tr("Shown on the welcome slide and the poster only; never sent to phones by the server."),
        this);
    privacy->setWordWrap(true);
    privacy->setForegroundRole(QPalette::PlaceholderText);

    auto *passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(m_reveal);
    // A label for a row that is a layout has no buddy of its own: given one, so that
    // Alt+P reaches the password and the "&" never shows.
    auto *passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_password);
    auto *form = new QFormLayout;
    form->addRow(tr("&Network name:"), m_name);
    form->addRow(passwordLabel, passwordRow);
    form->addRow(tr("&Security:"), m_security);
    form->addRow(QString(), m_hidden);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_saveVenue);
    buttonRow->addStretch();
    buttonRow->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_saveVenue, &QPushButton::clicked, this, &WifiDialog::saveAsVenueDefault);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_venueChoice);
    layout->addWidget(m_ownChoice);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(privacy);
    layout->addLayout(buttonRow);

    const bool venue = meetingNetwork.isEmpty();
    (venue ? m_venueChoice : m_ownChoice)->setChecked(true);
    useVenueDefault(venue);
    connect(m_venueChoice, &QRadioButton::toggled, this, &WifiDialog::useVenueDefault);
    connect(m_name, &QLineEdit::textChanged, this, &WifiDialog::validate);
    connect(m_password, &QLineEdit::textChanged, this, &WifiDialog::validate);
    connect(m_security, &QComboBox::currentIndexChanged, this, &WifiDialog::validate);
    connect(m_hidden, &QCheckBox::toggled, this, &WifiDialog::validate);
}

bool WifiDialog::usesVenueDefault() const
{
    return m_venueChoice->isChecked();
}

WifiNetwork WifiDialog::formNetwork() const
{
    WifiNetwork network;
    network.ssid = m_name->text();
    network.security = static_cast<WifiSecurity>(m_security->currentData().toInt());
    network.password = network.security == WifiSecurity::None ? QString() : m_password->text();
    network.hidden = m_hidden->isChecked();
    return network;
}

QString WifiDialog::problem() const
{
    return m_problem->text();
}

QString WifiDialog::venueChoiceText() const
{
    return m_venue.isEmpty() ? tr("Use the &venue default (none set)")
                             : tr("Use the &venue default (%1)").arg(m_venue.ssid);
}

void WifiDialog::showNetwork(const WifiNetwork &network)
{
    const QSignalBlocker nameBlocker(m_name);
    const QSignalBlocker passwordBlocker(m_password);
    const QSignalBlocker securityBlocker(m_security);
    const QSignalBlocker hiddenBlocker(m_hidden);
    m_name->setText(network.ssid);
    m_password->setText(network.password);
    m_security->setCurrentIndex(m_security->findData(static_cast<int>(network.security)));
    m_hidden->setChecked(network.hidden);
}

void WifiDialog::useVenueDefault(bool venue)
{
    // The fields show the network the meeting will use; the venue's is read-only here (except
    // by saving the meeting's own over it), and the meeting's own draft survives the switch.
    showNetwork(venue ? m_venue : m_ownDraft);
    for (QWidget *field :
         std::initializer_list<QWidget *>{m_name, m_password, m_reveal, m_security, m_hidden})
        field->setEnabled(!venue);
    validate();
}

void WifiDialog::validate()
{
    const bool venue = usesVenueDefault();
    if (!venue)
        m_ownDraft = formNetwork();
    const bool open = m_security->currentData().toInt() == static_cast<int>(WifiSecurity::None);
    m_password->setEnabled(!venue && !open);
    m_reveal->setEnabled(!venue && !open);
    m_venueChoice->setText(venueChoiceText());
    const QString why = venue ? QString() : wifipayload::problem(formNetwork());
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_ok->setEnabled(why.isEmpty());
    m_saveVenue->setEnabled(!venue && why.isEmpty() && formNetwork() != m_venue);
}

void WifiDialog::saveAsVenueDefault()
{
    const WifiNetwork network = formNetwork();
    if (usesVenueDefault() || !wifipayload::problem(network).isEmpty())
        return;
    if (m_saveVenueDefault && !m_saveVenueDefault(network))
        return;
    m_venue = network;
    m_savedVenueDefault = true;
    // The meeting now follows the venue default it just set, and any later change to it.
    m_venueChoice->setChecked(true);
    validate();
}

} // namespace docket
