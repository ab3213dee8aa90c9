// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProofDialog.h"

#include "BackgroundWork.h"
#include "Dialogs.h"
#include "util/Error.h"

#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace docket {

ProofDialog::ProofDialog(Catalog &catalog, QWidget *parent) : QDialog(parent), m_catalog(catalog)
{
    setObjectName(QStringLiteral("proofDialog"));
    setWindowTitle(tr("Check a file"));
    setAcceptDrops(true);
    resize(640, 420);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Drop a file here, or choose one, to learn whether it is exactly a "
                                "file Docket stored: which meeting, item, document and version "
                                "hold these bytes, when it was current, and to how many phones "
                                "it went."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_verdict = new QLabel(this);
    m_verdict->setWordWrap(true);
    QFont bold = m_verdict->font();
    bold.setBold(true);
    m_verdict->setFont(bold);
    layout->addWidget(m_verdict);
    m_result = new QTextBrowser(this);
    m_result->setPlaceholderText(tr("No file checked yet."));
    layout->addWidget(m_result, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    m_choose = buttons->addButton(tr("Choose a file…"), QDialogButtonBox::ActionRole);
    connect(m_choose, &QPushButton::clicked, this, [this] { choose(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void ProofDialog::choose()
{
    const QString path = dialogs::openFile(this, tr("Check a file"));
    if (!path.isEmpty())
        check(path);
}

bool ProofDialog::check(const QString &path)
{
    QString sha256;
    std::int64_t size = 0;
    const QString name = QFileInfo(path).fileName();
    try {
        const auto describe = [name](const WorkProgress &progress) {
            const QLocale locale;
            return tr("Checking %1: %2 of %3")
                .arg(name,
                     locale.formattedDataSize(progress.bytesDone.load(), 1,
                                              QLocale::DataSizeSIFormat),
                     locale.formattedDataSize(progress.bytes.load(), 1, QLocale::DataSizeSIFormat));
        };
        const auto outcome = BackgroundWork::run(
            this, {QStringLiteral("proofProgress"), tr("Check a file"), tr("Cancel"), describe},
            [&](WorkProgress &progress) {
                sha256 = Proof::hashFile(path, &size, [&](std::int64_t done, std::int64_t total) {
                    progress.bytes = total;
                    progress.bytesDone = done;
                    return !progress.stopping();
                });
            });
        if (outcome == BackgroundWork::Outcome::Stopped)
            return false;
        m_report = Proof::lookUp(m_catalog, path, sha256, size);
    } catch (const Error &error) {
        dialogs::showError(this, error.message());
        return false;
    }
    const QStringList lines = Proof::describe(*m_report);
    m_verdict->setText(lines.value(0));
    m_verdict->setStyleSheet(m_report->known() ? QStringLiteral("color: #1e7b34")
                                               : QStringLiteral("color: #b3261e"));
    m_result->setPlainText(lines.mid(1).join(u'\n').trimmed());
    return true;
}

void ProofDialog::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void ProofDialog::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    check(urls.first().toLocalFile());
}

} // namespace docket
