// SPDX-License-Identifier: GPL-3.0-or-later
#include "QrPanel.h"

#include "Dialogs.h"
#include "util/Error.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace docket {

QrPanel::QrPanel(QWidget *parent)
    : QWidget(parent), m_caption(new QLabel(this)), m_image(new QLabel(this)),
      m_urlLabel(new QLabel(this)), m_copy(new QPushButton(tr("Copy"), this)),
      m_savePng(new QPushButton(tr("Save as PNG…"), this)),
      m_saveSvg(new QPushButton(tr("Save as SVG…"), this))
{
    m_caption->setWordWrap(true);
    m_caption->setAlignment(Qt::AlignCenter);
    QFont captionFont = m_caption->font();
    captionFont.setPointSizeF(captionFont.pointSizeF() * 1.2);
    captionFont.setBold(true);
    m_caption->setFont(captionFont);
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setMinimumSize(160, 160);
    m_image->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_image->setAutoFillBackground(true);
    QPalette white = m_image->palette();
    white.setColor(QPalette::Window, Qt::white);
    m_image->setPalette(white);
    m_urlLabel->setAlignment(Qt::AlignCenter);
    m_urlLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_urlLabel->setFont(mono);

    auto *copyMenu = new QMenu(m_copy);
    copyMenu->addAction(tr("Copy QR image"), this, &QrPanel::copyImage);
    copyMenu->addAction(tr("Copy address"), this, &QrPanel::copyUrl);
    m_copy->setMenu(copyMenu);
    connect(m_savePng, &QPushButton::clicked, this, &QrPanel::saveAsPng);
    connect(m_saveSvg, &QPushButton::clicked, this, &QrPanel::saveAsSvg);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_copy);
    buttons->addWidget(m_savePng);
    buttons->addWidget(m_saveSvg);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_caption);
    layout->addWidget(m_image, 1);
    layout->addWidget(m_urlLabel);
    layout->addLayout(buttons);
    showMessage(tr("Select an agenda item to see its QR code."));
}

void QrPanel::showUrl(const QString &url, const QString &caption, const QString &fileStem)
{
    m_caption->setText(caption);
    m_fileStem = fileStem;
    if (url == m_url && m_code) {
        render();
        return;
    }
    m_url = url;
    try {
        m_code = QrCode::encode(url.toUtf8());
    } catch (const Error &error) {
        showMessage(error.message());
        return;
    }
    m_urlLabel->setText(url);
    for (QPushButton *button : {m_copy, m_savePng, m_saveSvg})
        button->setEnabled(true);
    render();
}

void QrPanel::showMessage(const QString &message)
{
    m_code.reset();
    m_url.clear();
    m_caption->clear();
    m_urlLabel->clear();
    m_image->setPixmap({});
    m_image->setText(message);
    m_image->setWordWrap(true);
    for (QPushButton *button : {m_copy, m_savePng, m_saveSvg})
        button->setEnabled(false);
}

QImage QrPanel::renderedImage() const
{
    const QPixmap pixmap = m_image->pixmap();
    return pixmap.isNull() ? QImage() : pixmap.toImage();
}

void QrPanel::render()
{
    if (!m_code)
        return;
    const int side = std::min(m_image->width(), m_image->height());
    // Physical pixels, so a HiDPI screen still gets whole device pixels per module.
    const qreal ratio = devicePixelRatioF();
    QImage image = m_code->toImageFitting(static_cast<int>(side * ratio));
    if (image.isNull() || image.width() < m_code->modules())
        image = m_code->toImage(1);
    QPixmap pixmap = QPixmap::fromImage(image);
    pixmap.setDevicePixelRatio(ratio);
    m_image->setText({});
    m_image->setPixmap(pixmap);
}

void QrPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    render();
}

void QrPanel::copyImage()
{
    if (!m_code)
        return;
    auto *mime = new QMimeData;
    mime->setImageData(m_code->toImage(12));
    mime->setText(m_url);
    QApplication::clipboard()->setMimeData(mime);
}

void QrPanel::copyUrl()
{
    if (!m_url.isEmpty())
        QApplication::clipboard()->setText(m_url);
}

namespace {
void writeFile(QWidget *parent, const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        dialogs::showError(parent, QrPanel::tr("Cannot save %1: %2").arg(path, file.errorString()));
}
} // namespace

void QrPanel::saveAsPng()
{
    if (!m_code)
        return;
    const QString path =
        dialogs::saveFile(this, tr("Save QR code as PNG"), m_fileStem + QStringLiteral(".png"),
                          tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    // 16 px per module: about 4 cm at 300 dpi for a version-3 code, sharp in any document.
    m_code->toImage(16).save(&buffer, "PNG");
    writeFile(this, path, png);
}

void QrPanel::saveAsSvg()
{
    if (!m_code)
        return;
    const QString path =
        dialogs::saveFile(this, tr("Save QR code as SVG"), m_fileStem + QStringLiteral(".svg"),
                          tr("SVG images (*.svg)"));
    if (!path.isEmpty())
        writeFile(this, path, m_code->toSvg());
}

} // namespace docket
