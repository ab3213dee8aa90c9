// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QString>

#include <vector>

namespace docket {

// An encoded QR symbol: libqrencode picks the smallest version that holds the text and splits
// it into the densest modes (digits, alphanumeric, bytes) by itself.
class QrCode
{
    Q_DECLARE_TR_FUNCTIONS(QrCode)

public:
    enum class Ecc
    {
        L,
        M,
        Q,
        H
    };
    static constexpr int kQuietZone = 4; // modules of white around the symbol, as the standard asks

    // The smallest version that holds the text at `minimum`; then the error correction is
    // raised as far as that same version allows (Q or H often fit for free, and they are what
    // rescues a code photographed off a projector or printed on a worn sheet).
    // Throws docket::Error when the text does not fit in any version.
    static QrCode encode(const QByteArray &text, Ecc minimum = Ecc::M);

    int version() const { return m_version; }
    Ecc ecc() const { return m_ecc; }
    int modules() const { return m_width; } // modules per side, without the quiet zone
    bool isDark(int x, int y) const { return m_dark[static_cast<size_t>(y * m_width + x)]; }

    // Whole pixels per module, no smoothing: crisp edges for a camera.
    QImage toImage(int pixelsPerModule, int quietZone = kQuietZone) const;
    // Largest whole-pixel image that fits in `side` pixels.
    QImage toImageFitting(int side, int quietZone = kQuietZone) const;
    // One path of unit squares, so it scales to any print size without blur.
    QByteArray toSvg(int quietZone = kQuietZone) const;

private:
    int m_version = 0;
    Ecc m_ecc = Ecc::M;
    int m_width = 0;
    std::vector<bool> m_dark;
};

} // namespace docket
