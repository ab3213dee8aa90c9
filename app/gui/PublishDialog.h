// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Model.h"
#include "publish/Publisher.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace docket {

class Library;
class PublishChild;

// Meeting ▸ Publish to the web: where the copy goes (a folder a web server serves, or an rclone
// remote), the public address its codes then carry, and whether to keep it in step while Docket
// is open. The publish itself runs in a docket-cli child (PublishChild): the window never waits
// on a network. Said plainly: a PIN cannot protect the copy; counts and answers stay here.
class PublishDialog : public QDialog
{
    Q_OBJECT
public:
    PublishDialog(Library &library, Id meetingId, QWidget *parent = nullptr);
    ~PublishDialog() override;

    Id meetingId() const { return m_meetingId; }
    QLineEdit *destinationBox() const { return m_destination; }
    QLineEdit *publicUrlBox() const { return m_publicUrl; }
    QCheckBox *keepInStepBox() const { return m_keepInStep; }
    QPushButton *publishButton() const { return m_publish; }
    QPushButton *stopButton() const { return m_stop; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *pinNotice() const { return m_pinNotice; }
    QProgressBar *progressBar() const { return m_progress; }
    bool isPublishing() const;
    int publishedCount() const { return m_published; }

    // Publish as the button does; false (and the reason in the status) when it cannot start.
    bool publish();
    void stop();

Q_SIGNALS:
    void publishedOnce(const docket::PublishReport &report);

private:
    void showProgress(const PublishProgress &progress);
    void showPublished(const PublishReport &report);
    void updateButtons();

    Library &m_library;
    Id m_meetingId;
    QString m_code;
    QLineEdit *m_destination = nullptr;
    QLineEdit *m_publicUrl = nullptr;
    QCheckBox *m_keepInStep = nullptr;
    QLabel *m_pinNotice = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_publish = nullptr;
    QPushButton *m_stop = nullptr;
    PublishChild *m_child = nullptr;
    int m_published = 0;
    bool m_reported = false; // the last publish reported: its late progress is not shown
};

} // namespace docket
