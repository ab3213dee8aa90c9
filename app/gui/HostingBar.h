// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/HttpServer.h"

#include <QTimer>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace docket {

class AccessRecorder;
class Library;
class SnapshotPublisher;

// Start and stop hosting: which network interface delegates reach (the default-route one
// first, with its address), which port, and the address they will use.
class HostingBar : public QWidget
{
    Q_OBJECT
public:
    explicit HostingBar(Library &library, QWidget *parent = nullptr);
    ~HostingBar() override;

    bool isHosting() const { return m_server.isRunning(); }
    // "HTTP://ADDRESS:PORT" of the chosen interface and port, hosting or not.
    QString baseUrl() const;

    bool startHosting(); // false (with the reason shown) when the server could not start
    void stopHosting();
    void setAddress(const QString &address); // test seam; adds the address if it is not listed
    void setPort(int port);
    void refreshInterfaces();

    // While hosting, the bar warns when someone guesses a meeting's PIN (see GuessWarning);
    // empty when it does not. Test seams: the limiter, and polling it now.
    QString guessWarning() const;
    GuessLimiter &guessLimiter() { return m_server.guessLimiter(); }
    void pollGuessing();

Q_SIGNALS:
    void baseUrlChanged();
    void hostingChanged(bool hosting);

private:
    void updateState();
    QString selectedAddress() const;

    Library &m_library;
    HttpServer m_server;
    std::unique_ptr<SnapshotPublisher> m_publisher;
    std::unique_ptr<AccessRecorder> m_recorder;
    QComboBox *m_interfaces;
    QToolButton *m_refresh;
    QSpinBox *m_port;
    QPushButton *m_toggle;
    QLabel *m_status;
    QLabel *m_guessWarning;
    QTimer m_guessPoll; // reads the server's counters: its threads never touch a widget
};

} // namespace docket
