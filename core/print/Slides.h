// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attendance/Attendance.h"
#include "model/Model.h"
#include "model/Survey.h"
#include "print/QrPainter.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QPainter;
class QPaintDevice;

namespace docket {

// What delegates see on the projector and on printed cards and posters, drawn with QPainter
// so that a screen and a page share one layout. Sizes follow the area (a slide unit is a
// hundredth of its shorter side): the same code fills a 1024x768 projector, a 4K screen or an
// A4 page. Text is in the meeting's language.

struct SlideOptions
{
    QString language = QStringLiteral("vi");
    QrRendering qr = QrRendering::Pixels;
};

struct ItemSlide
{
    QString meetingTitle;
    int number = 0;
    QString title;
    QString presenter;
    QString url; // empty while nothing is hosted: the slide says so instead of a code
};

struct WelcomeSlide
{
    QString meetingTitle;
    QString subtitle; // date and venue
    QString meetingUrl;
    WifiNetwork wifi; // empty: no Wi-Fi block
};

// The count in the hall against the quorum, live on the projector before a vote.
struct QuorumSlide
{
    QString meetingTitle;
    attendance::Summary summary;
};

// A survey's code, for the hall to answer from their phones, with the responses so far.
struct SurveySlide
{
    QString title;
    QString url; // empty while not hosted: the slide says the code comes once Docket hosts
    int responses = 0;
};

// One question's results for the hall, a slide per question: its bars with counts and shares
// and a rating's mean. Written answers are never projected (they stay on the organiser's
// screen), so only choices and ratings have slides.
struct SurveyResultsSlide
{
    QString surveyTitle;
    int number = 0; // the question's among the projected ones, from 1
    int count = 0;  // how many are projected
    QString question;
    QStringList labels; // per bar, as survey::answerLabel says them
    QList<int> counts;  // per bar
    int answered = 0;
    std::optional<double> mean; // ratings
    int responses = 0;          // the survey's, in all
};

// A survey's counter poster (A4 or A5 on a desk or a door): title, "scan to answer", the code
// as large as the page allows with its address, the Wi-Fi to join first (its own code and
// lines), and the anonymity notice of the form.
struct SurveyPoster
{
    QString title;
    QString url;
    WifiNetwork wifi;         // empty: no Wi-Fi block
    bool perDelegate = false; // one response per delegate: scan the badge first
};

// Where each QR went, for tests and for the caller's own checks.
struct SlideGeometry
{
    QRectF itemQr;
    QRectF wifiQr;
    QRectF meetingQr;
};

SlideGeometry paintItemSlide(QPainter &painter, const QRectF &area, const ItemSlide &slide,
                             const SlideOptions &options);
SlideGeometry paintWelcomeSlide(QPainter &painter, const QRectF &area, const WelcomeSlide &slide,
                                const SlideOptions &options);
void paintQuorumSlide(QPainter &painter, const QRectF &area, const QuorumSlide &slide,
                      const SlideOptions &options);
// The survey's code as large as the slide allows; its QR in SlideGeometry::meetingQr.
SlideGeometry paintSurveySlide(QPainter &painter, const QRectF &area, const SurveySlide &slide,
                               const SlideOptions &options);

// The results slides of `survey`: one per rating and choice question, in order, counted from
// `responses` (survey::tally); empty when it has no such question.
QList<SurveyResultsSlide> surveyResultsSlides(const Survey &survey,
                                              const QList<SurveyResponse> &responses);
void paintSurveyResultsSlide(QPainter &painter, const QRectF &area, const SurveyResultsSlide &slide,
                             const SlideOptions &options);
// The survey's code in SlideGeometry::meetingQr, the Wi-Fi's in wifiQr.
SlideGeometry paintSurveyPosterPage(QPainter &painter, const QRectF &area,
                                    const SurveyPoster &poster, const SlideOptions &options);

namespace slidetext {

// The colours of everything delegates see printed or projected (the phone pages' palette).
inline const QColor kInk(0x16, 0x1b, 0x22);
inline const QColor kMuted(0x58, 0x61, 0x6d);
inline const QColor kAccent(0x0a, 0x5c, 0xc2);

// A sans-serif face with Vietnamese glyphs (Noto Sans, else DejaVu Sans, both shipped by Debian
// and installed by tools/dev), so a printed "Hội nghị" never falls back to boxes.
QFont font(qreal pixelSize, bool bold = false);
QFont monoFont(qreal pixelSize);

// Lines break between words, and inside a word only when it is longer than the line (a URL, a
// pasted file name): nothing is cut at the right edge. Measuring and drawing share the layout,
// so what was measured is what is drawn.
qreal wrappedHeight(const QPaintDevice *device, const QFont &font, qreal width,
                    const QString &text);
// Draws at the top of `box` (horizontal alignment from `alignment`); returns the height used.
qreal drawWrapped(QPainter &painter, const QRectF &box, const QFont &font, const QColor &colour,
                  const QString &text, Qt::Alignment alignment = Qt::AlignLeft);

// Draws `text` wrapped inside `box` at the largest pixel size between min and max that fits;
// at the smallest size what still does not fit is clipped at the box. Returns the height used.
qreal drawFitted(QPainter &painter, const QRectF &box, const QString &text, int alignment,
                 qreal maxPixels, qreal minPixels, const QFont &face, const QColor &colour);

// The network to join as a small table, "Network  tuoitre-hall" and "Password  tuoitre2026":
// the labels in the sans face, the name and password in monoFont (0 and O, l and 1 differ),
// nothing touching them, as large as `box` allows between the two sizes. Returns the height
// used. `labels` are the translated "Network", "Password" and "No password".
qreal drawWifiTable(QPainter &painter, const QRectF &box, const WifiNetwork &wifi,
                    const QStringList &labels, qreal maxPixels, qreal minPixels,
                    Qt::Alignment alignment, const QColor &colour);

} // namespace slidetext
} // namespace docket
