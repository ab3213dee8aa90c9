// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hosting/HostingSession.h"
#include "hosting/LibraryWatch.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace docket {

class Library;

// Start and stop hosting: which network interface delegates reach (the default-route one
// first, with its address), which port, and the address they will use. When another program
// (docket-cli serve) serves the library, it says so and where.
class HostingBar : public QWidget
{
    Q_OBJECT
public:
    explicit HostingBar(Library &library, QWidget *parent = nullptr);
    ~HostingBar() override;

    bool isHosting() const { return m_session.isRunning(); }
    // "HTTP://ADDRESS:PORT" of the chosen interface and port, hosting or not.
    QString baseUrl() const;
    // The address a server really answers on for this library now: this window's, or that of
    // another program serving it; empty when no one serves it.
    QString servingBaseUrl() const;
    // Another program's server on this library (not this window's), if any.
    std::optional<HostingAnnouncement> otherServer() const;
    QString statusText() const;
    // Phones connected to this window's server now (see ConnectionWatch::Counts::phones); 0
    // when it does not host.
    int phonesConnected() const;
    // Where this window hosts now, to host there again after a restart (a restored catalog).
    struct Endpoint
    {
        QString address;
        int port = 0;
    };
    std::optional<Endpoint> endpoint() const;

    bool startHosting(); // false (with the reason shown) when the server could not start
    void stopHosting();
    void setAddress(const QString &address); // test seam; adds the address if it is not listed
    void setPort(int port);
    void refreshInterfaces();
    // The window's one watch on what other processes do to the library (see LibraryWatch).
    LibraryWatch &libraryWatch() { return m_watch; }

    // While hosting, the bar warns when someone guesses a meeting's PIN (see GuessWarning);
    // empty when it does not. Test seams: the limiter, and polling it now.
    QString guessWarning() const;
    GuessLimiter &guessLimiter() { return m_session.server().guessLimiter(); }
    void pollGuessing();

Q_SIGNALS:
    void baseUrlChanged();
    void hostingChanged(bool hosting);
    // Polled with the guess warning (every few seconds) and said only when it changes.
    void phonesConnectedChanged(int phones);

private:
    void updateState();
    QString selectedAddress() const;

    Library &m_library;
    LibraryWatch m_watch; // before the session, which publishes what it sees
    HostingSession m_session;
    QComboBox *m_interfaces;
    QToolButton *m_refresh;
    QSpinBox *m_port;
    QPushButton *m_toggle;
    QLabel *m_status;
    QLabel *m_guessWarning;
    QTimer m_guessPoll; // reads the server's counters: its threads never touch a widget
    int m_phonesSaid = -1;
};

} // namespace docket
