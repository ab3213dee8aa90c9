// SPDX-License-Identifier: GPL-3.0-or-later
#include "VersionsDialog.h"

#include "Dialogs.h"
#include "library/Library.h"
#include "util/DateText.h"
#include "util/Error.h"

#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace docket {

namespace {
constexpr int kVersionIdRole = Qt::UserRole;
constexpr qint64 kCopyChunk = 1 << 20;

enum Column
{
    AddedColumn,
    FileColumn,
    PagesColumn,
    SizeColumn,
    StateColumn,
    ColumnCount
};
} // namespace

VersionsDialog::VersionsDialog(Library &library, Id documentId, QWidget *parent)
    : QDialog(parent), m_library(library), m_documentId(documentId)
{
    setObjectName(QStringLiteral("versionsDialog"));
    resize(720, 360);
    m_intro = new QLabel(
        tr("Phones get the version marked as served, through the same link and QR code. Earlier "
           "versions are kept: serve one again, or save a copy of it."),
        this);
    m_intro->setWordWrap(true);

    m_list = new QTreeWidget(this);
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Added"), tr("File"), tr("Pages"), tr("Size"), tr("Status")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(FileColumn, QHeaderView::Stretch);
    for (const int column : {AddedColumn, PagesColumn, SizeColumn, StateColumn})
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &VersionsDialog::updateButtons);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_serve = buttons->addButton(tr("&Serve this version"), QDialogButtonBox::ActionRole);
    m_serve->setToolTip(tr("Phones get this version from now on, through the same QR code"));
    m_save = buttons->addButton(tr("Save a &copy…"), QDialogButtonBox::ActionRole);
    // Neither action may fire on Enter: serving changes what the hall sees.
    m_serve->setAutoDefault(false);
    m_save->setAutoDefault(false);
    connect(m_serve, &QPushButton::clicked, this, [this] { serveSelected(); });
    connect(m_save, &QPushButton::clicked, this, [this] { saveSelectedCopy(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);

    // docket-cli, or the window behind, may serve another version while this is open.
    connect(&m_library.catalog(), &Catalog::changed, this, &VersionsDialog::reload);
    reload();
    selectVersion(0);
}

std::optional<DocumentVersion> VersionsDialog::selectedVersion() const
{
    const QTreeWidgetItem *row = m_list->currentItem();
    if (!row)
        return std::nullopt;
    const Id id = row->data(AddedColumn, kVersionIdRole).toLongLong();
    for (const DocumentVersion &version : m_versions)
        if (version.id == id)
            return version;
    return std::nullopt;
}

void VersionsDialog::selectVersion(int row)
{
    if (row >= 0 && row < m_list->topLevelItemCount())
        m_list->setCurrentItem(m_list->topLevelItem(row));
}

void VersionsDialog::reload()
{
    const auto keep = selectedVersion();
    std::optional<Document> document;
    try {
        document = m_library.catalog().document(m_documentId);
        m_versions =
            document ? m_library.catalog().versions(m_documentId) : QList<DocumentVersion>();
    } catch (const Error &error) {
        // A busy catalog: keep showing what we had; the next change reloads again.
        dialogs::showError(this, error.message());
        return;
    }
    m_documentTitle = document ? document->title : QString();
    setWindowTitle(tr("Versions of “%1”").arg(m_documentTitle));
    m_list->clear();
    if (!document)
        m_intro->setText(tr("This document has been removed from the agenda."));
    const QLocale locale;
    for (const DocumentVersion &version : m_versions) {
        auto *row = new QTreeWidgetItem(m_list);
        row->setText(AddedColumn, datetext::dateTime(version.addedAt));
        row->setData(AddedColumn, kVersionIdRole, QVariant::fromValue<qlonglong>(version.id));
        row->setText(FileColumn, version.fileName);
        row->setToolTip(FileColumn,
                        version.fileName + u'\n' + tr("SHA-256: %1").arg(version.sha256));
        if (version.pageCount)
            row->setText(PagesColumn, locale.toString(*version.pageCount));
        row->setTextAlignment(PagesColumn, Qt::AlignRight | Qt::AlignVCenter);
        row->setText(SizeColumn,
                     locale.formattedDataSize(version.size, 1, QLocale::DataSizeSIFormat));
        row->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
        QStringList state;
        if (version.current)
            state << tr("served to phones");
        if (!version.problem.isEmpty()) {
            state << tr("unreadable PDF");
            row->setIcon(FileColumn, style()->standardIcon(QStyle::SP_MessageBoxWarning));
            row->setToolTip(StateColumn, version.problem);
        }
        row->setText(StateColumn, state.join(QStringLiteral(" · ")));
        if (version.current) {
            row->setIcon(AddedColumn, style()->standardIcon(QStyle::SP_DialogApplyButton));
            for (int column = 0; column < ColumnCount; ++column) {
                QFont bold = row->font(column);
                bold.setBold(true);
                row->setFont(column, bold);
            }
        }
        if (keep && keep->id == version.id)
            m_list->setCurrentItem(row);
    }
    updateButtons();
}

void VersionsDialog::updateButtons()
{
    const auto version = selectedVersion();
    m_serve->setEnabled(version && !version->current);
    m_save->setEnabled(version.has_value());
}

bool VersionsDialog::serveSelected()
{
    const auto version = selectedVersion();
    if (!version || version->current)
        return false;
    try {
        m_library.catalog().makeVersionCurrent(m_documentId, version->id);
    } catch (const Error &error) {
        dialogs::showError(this, error.message());
        return false;
    }
    Q_EMIT message(
        tr("“%1” now serves %2 (added %3) — its link and the item's QR code are "
           "unchanged.")
            .arg(m_documentTitle, version->fileName, datetext::dateTime(version->addedAt)));
    return true;
}

bool VersionsDialog::saveSelectedCopy()
{
    const auto version = selectedVersion();
    if (!version)
        return false;
    const QString suffix = QFileInfo(version->fileName).suffix();
    QString filter = tr("All files (*)");
    if (!suffix.isEmpty())
        filter =
            tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix) + QStringLiteral(";;") + filter;
    // The file dialog has already asked before an existing file is chosen, so an existing
    // target here is one the user agreed to replace.
    const QString target =
        dialogs::saveFile(this, tr("Save a copy of this version"), version->fileName, filter);
    if (target.isEmpty())
        return false;
    if (!copyBlob(*version, target))
        return false;
    Q_EMIT message(tr("Saved a copy of %1 (added %2) as %3.")
                       .arg(version->fileName, datetext::dateTime(version->addedAt),
                            QDir::toNativeSeparators(target)));
    return true;
}

bool VersionsDialog::copyBlob(const DocumentVersion &version, const QString &target)
{
    const QString shown = QDir::toNativeSeparators(target);
    const QString blobPath = m_library.store().pathFor(version.sha256);
    QFile source(blobPath);
    if (blobPath.isEmpty() || !source.open(QIODevice::ReadOnly)) {
        dialogs::showError(this, tr("The library no longer holds the file of %1 (added %2): "
                                    "there is nothing to copy.")
                                     .arg(version.fileName, datetext::dateTime(version.addedAt)));
        return false;
    }
    // Saving over the stored file itself would replace the only copy the library has, and the
    // proof that it is the file that was shown.
    const QFileInfo targetInfo(target);
    if (targetInfo.exists() &&
        targetInfo.canonicalFilePath() == QFileInfo(blobPath).canonicalFilePath()) {
        dialogs::showError(this, tr("%1 is the library's own stored file: choose another place "
                                    "for the copy.")
                                     .arg(shown));
        return false;
    }
    // QSaveFile rather than QFile::copy: the copy gets ordinary permissions instead of the
    // blob's read-only ones, and an existing file is only replaced once the copy is complete.
    QSaveFile copy(target);
    if (!copy.open(QIODevice::WriteOnly)) {
        dialogs::showError(this, tr("Cannot save %1: %2").arg(shown, copy.errorString()));
        return false;
    }
    // The copy is what a secretary hands over as "the file that was shown": check on the way
    // that the stored bytes are still the ones the catalog recorded.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer(kCopyChunk, Qt::Uninitialized);
    for (;;) {
        const qint64 got = source.read(buffer.data(), kCopyChunk);
        if (got < 0) {
            copy.cancelWriting();
            dialogs::showError(this, tr("Cannot read the library's file of %1: %2")
                                         .arg(version.fileName, source.errorString()));
            return false;
        }
        if (got == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), got));
        if (copy.write(buffer.constData(), got) != got) {
            copy.cancelWriting();
            dialogs::showError(this, tr("Cannot save %1: %2").arg(shown, copy.errorString()));
            return false;
        }
    }
    if (QString::fromLatin1(hash.result().toHex()) != version.sha256) {
        copy.cancelWriting();
        dialogs::showError(this, tr("The library's file of %1 is damaged (its SHA-256 no longer "
                                    "matches): nothing was saved.")
                                     .arg(version.fileName));
        return false;
    }
    if (!copy.commit()) {
        dialogs::showError(this, tr("Cannot save %1: %2").arg(shown, copy.errorString()));
        return false;
    }
    return true;
}

} // namespace docket
