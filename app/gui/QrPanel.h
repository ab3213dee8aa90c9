// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qr/QrCode.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace docket {

// The selected agenda item's QR code, as large as the panel allows and always in whole pixels
// per module (a blurred edge costs a scan from the back of the hall), with its URL in text
// for those who type it, and Copy / Save as PNG / Save as SVG.
class QrPanel : public QWidget
{
    Q_OBJECT
public:
    explicit QrPanel(QWidget *parent = nullptr);

    void showUrl(const QString &url, const QString &caption, const QString &fileStem);
    void showMessage(const QString &message);

    QString url() const { return m_url; }
    QImage renderedImage() const; // what the panel shows now, for tests and Copy

    void copyImage();
    void copyUrl();
    void saveAsPng();
    void saveAsSvg();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void render();

    std::optional<QrCode> m_code;
    QString m_url;
    QString m_fileStem;
    QLabel *m_caption;
    QLabel *m_image;
    QLabel *m_urlLabel;
    QPushButton *m_copy;
    QPushButton *m_savePng;
    QPushButton *m_saveSvg;
};

} // namespace docket
