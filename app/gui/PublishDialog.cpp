// SPDX-License-Identifier: GPL-3.0-or-later
#include "PublishDialog.h"

#include "catalog/Catalog.h"
#include "catalog/SettingKeys.h"
#include "Dialogs.h"
#include "library/Library.h"
#include "publish/PublishChild.h"
#include "util/DateText.h"
#include "util/Error.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace docket {

PublishDialog::PublishDialog(Library &library, Id meetingId, QWidget *parent)
    : QDialog(parent), m_library(library), m_meetingId(meetingId)
{
    Catalog &catalog = library.catalog();
    const std::optional<Meeting> meeting = catalog.meeting(meetingId);
    m_code = meeting ? meeting->code : QString();
    setWindowTitle(tr("Publish to the web"));
    setObjectName(QStringLiteral("publishDialog"));

    auto *intro = new QLabel(
        tr("A copy of the meeting's pages and documents for a web server (nginx, Caddy, Apache) "
           "or any rclone remote (S3, WebDAV, SFTP), at the same addresses as in the hall: "
           "delegates on 4G and readers at home use the same codes. Publishing again sends only "
           "what changed."),
        this);
    intro->setWordWrap(true);

    m_destination = new QLineEdit(this);
    m_destination->setObjectName(QStringLiteral("publishDestination"));
    m_destination->setPlaceholderText(tr("/srv/www/docket or union-s3:site/docket"));
    m_destination->setText(catalog.setting(settingkeys::publishTarget(m_code)));
    auto *browse = new QPushButton(tr("&Folder…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder = dialogs::openFolder(this, tr("Publish into folder"));
        if (!folder.isEmpty())
            m_destination->setText(folder);
    });
    auto *where = new QHBoxLayout;
    where->addWidget(m_destination, 1);
    where->addWidget(browse);

    m_publicUrl = new QLineEdit(this);
    m_publicUrl->setObjectName(QStringLiteral("publicUrl"));
    m_publicUrl->setPlaceholderText(tr("https://hoinghi.doanphuong.vn"));
    m_publicUrl->setText(catalog.publicUrl(meetingId));
    m_publicUrl->setToolTip(tr("Where the web server shows the folder: printed codes and the "
                               "projector can then lead there (Print setup, Projector)."));

    m_keepInStep = new QCheckBox(tr("&Keep it in step while Docket is open"), this);
    m_keepInStep->setToolTip(tr("A replaced document, a new item or a new order of the agenda "
                                "is on the copy within seconds."));

    auto *form = new QFormLayout;
    // A row of a layout gets a label without a buddy: this one is given its field.
    auto *whereLabel = new QLabel(tr("&Where:"), this);
    whereLabel->setBuddy(m_destination);
    form->addRow(whereLabel, where);
    form->addRow(tr("&Public address:"), m_publicUrl);
    form->addRow(QString(), m_keepInStep);

    m_pinNotice = new QLabel(
        tr("This meeting has a PIN, which cannot protect a published copy: anyone with the "
           "address can read it. Use the web server's own access control (docket-cli publish "
           "--server-config writes it, commented out)."),
        this);
    m_pinNotice->setObjectName(QStringLiteral("pinNotice"));
    m_pinNotice->setWordWrap(true);
    m_pinNotice->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #5c4400; "
                                              "border: 1px solid #e0c36b; padding: 4px; }"));
    m_pinNotice->setVisible(meeting && meeting->hasPin());
    auto *privacy = new QLabel(tr("Access counts, check-ins and survey answers stay on this "
                                  "computer: the copy has no forms and records nothing."),
                               this);
    privacy->setWordWrap(true);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_progress->setFormat(QString()); // nothing said before a publish starts
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("publishStatus"));
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_publish = buttons->addButton(tr("&Publish"), QDialogButtonBox::AcceptRole);
    m_stop = buttons->addButton(tr("&Stop"), QDialogButtonBox::ActionRole);
    m_publish->setDefault(true);
    connect(m_publish, &QPushButton::clicked, this, [this] { publish(); });
    connect(m_stop, &QPushButton::clicked, this, &PublishDialog::stop);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::hide);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_pinNotice);
    layout->addWidget(privacy);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(620, sizeHint().height());

    m_child = new PublishChild(library.folder(), this);
    connect(m_child, &PublishChild::progress, this, &PublishDialog::showProgress);
    connect(m_child, &PublishChild::published, this, &PublishDialog::showPublished);
    connect(m_child, &PublishChild::failed, this,
            [this](const QString &message) { m_status->setText(message); });
    connect(m_child, &PublishChild::finished, this, &PublishDialog::updateButtons);
    updateButtons();
}

PublishDialog::~PublishDialog() = default;

bool PublishDialog::isPublishing() const
{
    return m_child->isRunning();
}

bool PublishDialog::publish()
{
    const QString destination = m_destination->text().trimmed();
    if (destination.isEmpty()) {
        m_status->setText(tr("Say where to publish: a folder, or an rclone remote as "
                             "REMOTE:PATH."));
        return false;
    }
    Catalog &catalog = m_library.catalog();
    try {
        catalog.setPublicUrl(m_meetingId, m_publicUrl->text());
    } catch (const Error &error) {
        m_status->setText(error.message());
        return false;
    }
    m_publicUrl->setText(catalog.publicUrl(m_meetingId));
    catalog.rememberSetting(settingkeys::publishTarget(m_code), destination);
    m_status->setText(tr("Publishing to %1…").arg(destination));
    m_reported = false;
    m_progress->setFormat(QString());
    m_progress->setRange(0, 0);
    const bool started = m_child->start(m_code, destination, m_keepInStep->isChecked());
    updateButtons();
    return started;
}

void PublishDialog::stop()
{
    m_child->stop();
    m_status->setText(tr("Stopped: what was sent stays there; publishing again sends the rest."));
}

void PublishDialog::showProgress(const PublishProgress &progress)
{
    // Progress and reports come on two pipes: a step of the publish just reported may arrive
    // after its report. A new publish starts by drawing its first address.
    if (m_reported && !(progress.stage == PublishProgress::Stage::Drawing && progress.done <= 1))
        return;
    m_reported = false;
    const QString stage =
        progress.stage == PublishProgress::Stage::Drawing ? tr("Drawing pages and images: %1 of %2")
        : progress.stage == PublishProgress::Stage::Sending ? tr("Sending: %1 of %2 files")
                                                            : tr("Removing what is gone: %1 of %2");
    m_progress->setFormat(stage.arg(progress.done).arg(progress.total));
    m_progress->setRange(0, std::max(1, progress.total));
    m_progress->setValue(std::min(progress.done, std::max(1, progress.total)));
}

void PublishDialog::showPublished(const PublishReport &report)
{
    ++m_published;
    m_reported = true;
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    m_progress->setFormat(tr("Published"));
    QString text = tr("Published at %1: %2 files, %3 sent (%4), %5 removed.")
                       .arg(datetext::time(QDateTime::currentDateTime()))
                       .arg(report.files)
                       .arg(report.sent)
                       .arg(QLocale().formattedDataSize(report.sentBytes))
                       .arg(report.removed);
    if (m_child->keepsInStep())
        text += u' ' + tr("Kept in step while Docket is open.");
    m_status->setText(text);
    Q_EMIT publishedOnce(report);
}

void PublishDialog::updateButtons()
{
    const bool running = m_child->isRunning();
    m_publish->setEnabled(!running);
    m_stop->setEnabled(running);
    m_destination->setEnabled(!running);
    m_publicUrl->setEnabled(!running);
    m_keepInStep->setEnabled(!running);
    if (!running && m_progress->maximum() == 0)
        m_progress->setRange(0, 1);
}

} // namespace docket
