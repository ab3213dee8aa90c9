// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/HttpServer.h"

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
};

} // namespace docket
