// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/Slides.h"

#include "qr/WifiPayload.h"
#include "survey/SurveyForm.h"
#include "survey/SurveyResults.h"
#include "util/AudienceText.h"
#include "util/Error.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace docket {

namespace slidetext {

QFont font(qreal pixelSize, bool bold)
{
    QFont face;
    face.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans")});
    face.setStyleHint(QFont::SansSerif);
    face.setPixelSize(std::max(1, static_cast<int>(std::lround(pixelSize))));
    face.setBold(bold);
    return face;
}

QFont monoFont(qreal pixelSize)
{
    QFont face;
    face.setFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Noto Sans Mono")});
    face.setStyleHint(QFont::Monospace);
    face.setPixelSize(std::max(1, static_cast<int>(std::lround(pixelSize))));
    return face;
}

namespace {

// Lays `text` out in lines of `width`; returns the height of all lines.
qreal layOut(QTextLayout &layout, qreal width, Qt::Alignment alignment)
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setAlignment(alignment & Qt::AlignHorizontal_Mask);
    layout.setTextOption(option);
    layout.beginLayout();
    qreal height = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    return height;
}

QString forLayout(QString text)
{
    // QTextLayout breaks lines at U+2028, not at '\n'.
    text.replace(u'\n', QChar::LineSeparator);
    return text;
}

} // namespace

qreal wrappedHeight(const QPaintDevice *device, const QFont &font, qreal width, const QString &text)
{
    if (text.isEmpty() || width <= 0)
        return 0;
    QTextLayout layout(forLayout(text), font, const_cast<QPaintDevice *>(device));
    return layOut(layout, width, Qt::AlignLeft);
}

qreal drawWrapped(QPainter &painter, const QRectF &box, const QFont &font, const QColor &colour,
                  const QString &text, Qt::Alignment alignment)
{
    if (text.isEmpty() || box.width() <= 0)
        return 0;
    QTextLayout layout(forLayout(text), font, painter.device());
    const qreal height = layOut(layout, box.width(), alignment);
    painter.save();
    painter.setPen(colour);
    layout.draw(&painter, box.topLeft());
    painter.restore();
    return height;
}

qreal drawFitted(QPainter &painter, const QRectF &box, const QString &text, int alignment,
                 qreal maxPixels, qreal minPixels, const QFont &face, const QColor &colour)
{
    if (text.isEmpty() || box.width() <= 0 || box.height() <= 0)
        return 0;
    QFont font = face;
    qreal size = std::max(maxPixels, minPixels);
    qreal height = 0;
    for (;;) {
        font.setPixelSize(std::max(1, static_cast<int>(std::lround(size))));
        height = wrappedHeight(painter.device(), font, box.width(), text);
        if (height <= box.height() || size <= minPixels)
            break;
        size = std::max(minPixels, size * 0.92);
    }
    const qreal used = std::min(height, box.height());
    QRectF target = box;
    if (alignment & Qt::AlignVCenter)
        target.moveTop(box.top() + (box.height() - used) / 2);
    else if (alignment & Qt::AlignBottom)
        target.moveTop(box.bottom() - used);
    painter.save();
    painter.setClipRect(box, Qt::IntersectClip);
    drawWrapped(painter, target, font, colour, text, Qt::Alignment(alignment));
    painter.restore();
    return used;
}

qreal drawWifiTable(QPainter &painter, const QRectF &box, const WifiNetwork &wifi,
                    const QStringList &labels, qreal maxPixels, qreal minPixels,
                    Qt::Alignment alignment, const QColor &colour)
{
    if (wifi.isEmpty() || labels.size() < 3 || box.width() <= 0)
        return 0;
    const bool open = wifi.security == WifiSecurity::None;
    QList<std::pair<QString, QString>> rows{{labels[0], wifi.ssid}};
    rows.append(open ? std::pair{labels[2], QString()} : std::pair{labels[1], wifi.password});
    QPaintDevice *device = painter.device();
    qreal size = std::max(maxPixels, minPixels);
    qreal labelWidth = 0;
    qreal valueWidth = 0;
    qreal lineHeight = 0;
    for (;;) {
        const QFontMetricsF labelMetrics(font(size), device);
        const QFontMetricsF valueMetrics(monoFont(size), device);
        labelWidth = 0;
        valueWidth = 0;
        for (const auto &[label, value] : rows) {
            labelWidth = std::max(labelWidth, labelMetrics.horizontalAdvance(label));
            valueWidth = std::max(valueWidth, valueMetrics.horizontalAdvance(value));
        }
        lineHeight = std::max(labelMetrics.lineSpacing(), valueMetrics.lineSpacing()) * 1.15;
        const bool fits = labelWidth + size + valueWidth <= box.width() &&
                          lineHeight * rows.size() <= box.height();
        if (fits || size <= minPixels)
            break;
        size = std::max(minPixels, size * 0.92);
    }
    const qreal gap = size;
    const qreal width = std::min(box.width(), labelWidth + gap + valueWidth);
    qreal left = box.left();
    if (alignment & Qt::AlignHCenter)
        left = box.center().x() - width / 2;
    else if (alignment & Qt::AlignRight)
        left = box.right() - width;
    painter.save();
    painter.setClipRect(box, Qt::IntersectClip);
    qreal y = box.top();
    for (const auto &[label, value] : rows) {
        if (value.isEmpty()) { // "No password": a sentence of its own, centred as the table
            drawWrapped(painter, QRectF(left, y, width, lineHeight * 2), font(size), colour, label,
                        alignment & Qt::AlignHorizontal_Mask);
            y += lineHeight;
            continue;
        }
        // Label and value on one baseline: the two faces rise differently above it.
        const qreal labelAscent = QFontMetricsF(font(size), device).ascent();
        const qreal valueAscent = QFontMetricsF(monoFont(size), device).ascent();
        drawWrapped(
            painter,
            QRectF(left, y + std::max(0.0, valueAscent - labelAscent), labelWidth, lineHeight),
            font(size), kMuted, label);
        // A password longer than the box wraps rather than running off it.
        y += std::max(lineHeight,
                      drawWrapped(painter,
                                  QRectF(left + labelWidth + gap,
                                         y + std::max(0.0, labelAscent - valueAscent),
                                         box.right() - left - labelWidth - gap, lineHeight * 3),
                                  monoFont(size), colour, value));
    }
    painter.restore();
    return y - box.top();
}

} // namespace slidetext

namespace {

using slidetext::drawFitted;

using slidetext::kAccent;
using slidetext::kInk;
using slidetext::kMuted;

class Slide
{
public:
    Slide(QPainter &target, const QRectF &bounds, const SlideOptions &chosen)
        : painter(target), area(bounds), options(chosen), text(chosen.language, "Slide"),
          unit(std::min(bounds.width(), bounds.height()) / 100.0),
          inner(bounds.adjusted(unit * 4, unit * 4, -unit * 4, -unit * 4)),
          landscape(bounds.width() >= bounds.height() * 1.25)
    {
        painter.fillRect(area, Qt::white);
    }

    // The code with its text address under it, as large as `box` allows.
    QRectF code(const QRectF &box, const QByteArray &payload, const QString &caption)
    {
        const qreal captionHeight = caption.isEmpty() ? 0 : unit * 6;
        const QRectF qrBox(box.left(), box.top(), box.width(), box.height() - captionHeight);
        QRectF square;
        try {
            square = paintQr(painter, QrCode::encode(payload), qrBox, options.qr);
        } catch (const Error &error) {
            drawFitted(painter, qrBox, error.message(), Qt::AlignCenter, unit * 4, unit * 2,
                       slidetext::font(0), kMuted);
            return {};
        }
        if (!caption.isEmpty()) {
            const QRectF captionBox(box.left(), square.bottom(), box.width(), captionHeight);
            drawFitted(painter, captionBox, caption, Qt::AlignHCenter | Qt::AlignTop, unit * 4.5,
                       unit * 1.5, slidetext::monoFont(0), kInk);
        }
        return square;
    }

    // The labels of slidetext::drawWifiTable, in the slide's language.
    QStringList wifiLabels() const
    {
        return {text(QT_TRANSLATE_NOOP("Slide", "Network")),
                text(QT_TRANSLATE_NOOP("Slide", "Password")),
                text(QT_TRANSLATE_NOOP("Slide", "No password"))};
    }

    // Said where a code would be while nothing is hosted.
    void noAddress(const QRectF &box)
    {
        drawFitted(
            painter, box,
            text(QT_TRANSLATE_NOOP("Slide", "The QR code appears here once Docket is hosting.")),
            Qt::AlignCenter, unit * 5, unit * 2, slidetext::font(0), kMuted);
    }

    QPainter &painter;
    QRectF area;
    SlideOptions options;
    AudienceText text;
    qreal unit;
    QRectF inner;
    bool landscape;
};

void itemText(Slide &s, const QRectF &column, const ItemSlide &slide, bool centred)
{
    const int align = (centred ? Qt::AlignHCenter : Qt::AlignLeft) | Qt::AlignTop;
    const qreal u = s.unit;
    qreal y = column.top();
    y += drawFitted(s.painter, QRectF(column.left(), y, column.width(), u * 10), slide.meetingTitle,
                    align, u * 4, u * 2.2, slidetext::font(0), kMuted);
    y += u * 2;
    y += drawFitted(s.painter, QRectF(column.left(), y, column.width(), u * 9),
                    s.text(QT_TRANSLATE_NOOP("Slide", "Item %1")).arg(slide.number), align, u * 6,
                    u * 3, slidetext::font(0, true), kAccent);
    y += u;
    const qreal presenterHeight = slide.presenter.isEmpty() ? 0 : u * 12;
    const qreal titleHeight = std::max(u * 6, column.bottom() - y - presenterHeight);
    y += drawFitted(s.painter, QRectF(column.left(), y, column.width(), titleHeight), slide.title,
                    align, u * 9, u * 2.5, slidetext::font(0, true), kInk);
    if (!slide.presenter.isEmpty()) {
        y += u * 2;
        drawFitted(s.painter, QRectF(column.left(), y, column.width(), column.bottom() - y),
                   s.text(QT_TRANSLATE_NOOP("Slide", "Presenter: %1")).arg(slide.presenter), align,
                   u * 4.5, u * 2, slidetext::font(0), kMuted);
    }
}

} // namespace

SlideGeometry paintItemSlide(QPainter &painter, const QRectF &area, const ItemSlide &slide,
                             const SlideOptions &options)
{
    Slide s(painter, area, options);
    const qreal u = s.unit;
    SlideGeometry geometry;
    QRectF codeBox;
    if (s.landscape) {
        // Text on the left, the code on the right as tall as the screen: the code is what
        // must reach the back row.
        const qreal side = std::min(s.inner.height(), s.inner.width() * 0.6);
        codeBox = QRectF(s.inner.right() - side, s.inner.top(), side, s.inner.height());
        itemText(
            s,
            QRectF(s.inner.left(), s.inner.top(), s.inner.width() - side - u * 4, s.inner.height()),
            slide, false);
    } else {
        const qreal textHeight = s.inner.height() * 0.36;
        itemText(s, QRectF(s.inner.left(), s.inner.top(), s.inner.width(), textHeight), slide,
                 true);
        codeBox = QRectF(s.inner.left(), s.inner.top() + textHeight + u * 2, s.inner.width(),
                         s.inner.height() - textHeight - u * 2);
    }
    if (slide.url.isEmpty())
        s.noAddress(codeBox);
    else
        geometry.itemQr = s.code(codeBox, slide.url.toUtf8(), slide.url);
    return geometry;
}

void paintQuorumSlide(QPainter &painter, const QRectF &area, const QuorumSlide &slide,
                      const SlideOptions &options)
{
    Slide s(painter, area, options);
    const qreal u = s.unit;
    const AudienceText text(options.language, "Attendance");
    const attendance::Summary &summary = slide.summary;
    qreal y = s.inner.top();
    y +=
        drawFitted(painter, QRectF(s.inner.left(), y, s.inner.width(), u * 11), slide.meetingTitle,
                   Qt::AlignHCenter | Qt::AlignTop, u * 6, u * 3, slidetext::font(0, true), kMuted);
    y += u * 4;
    // The count itself as large as the slide allows: read from the back of the hall.
    const QString count = summary.roster > 0 ? text.locale().toString(summary.presentNow) + u'/' +
                                                   text.locale().toString(summary.roster)
                                             : QString();
    if (!count.isEmpty())
        y += drawFitted(painter, QRectF(s.inner.left(), y, s.inner.width(), u * 26), count,
                        Qt::AlignHCenter | Qt::AlignTop, u * 24, u * 8, slidetext::font(0, true),
                        summary.quorumMet ? QColor(0x1b, 0x7f, 0x3b) : kInk);
    y += u * 2;
    y += drawFitted(painter, QRectF(s.inner.left(), y, s.inner.width(), u * 14),
                    attendance::Attendance::quorumSentence(summary, text),
                    Qt::AlignHCenter | Qt::AlignTop, u * 5.5, u * 2.5, slidetext::font(0, true),
                    summary.quorumMet ? QColor(0x1b, 0x7f, 0x3b) : kInk);
    y += u * 3;
    if (summary.delegations.size() > 1) {
        QStringList lines;
        for (const attendance::GroupCount &group : summary.delegations)
            lines << (group.name.isEmpty() ? QStringLiteral("—") : group.name) +
                         QStringLiteral(": ") + text.locale().toString(group.presentNow) + u'/' +
                         text.locale().toString(group.roster);
        drawFitted(painter, QRectF(s.inner.left(), y, s.inner.width(), s.inner.bottom() - y),
                   lines.join(QStringLiteral("   ·   ")),
                   Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, u * 4, u * 1.8,
                   slidetext::font(0), kMuted);
    }
}

SlideGeometry paintSurveySlide(QPainter &painter, const QRectF &area, const SurveySlide &slide,
                               const SlideOptions &options)
{
    Slide s(painter, area, options);
    const qreal u = s.unit;
    SlideGeometry geometry;
    qreal y = s.inner.top();
    y +=
        drawFitted(painter, QRectF(s.inner.left(), y, s.inner.width(), u * 12), slide.title,
                   Qt::AlignHCenter | Qt::AlignTop, u * 6.5, u * 3, slidetext::font(0, true), kInk);
    y += u * 2;
    y += drawFitted(painter, QRectF(s.inner.left(), y, s.inner.width(), u * 7),
                    s.text(QT_TRANSLATE_NOOP("Slide", "Scan to answer the survey")),
                    Qt::AlignHCenter | Qt::AlignTop, u * 5, u * 2.5, slidetext::font(0, true),
                    kAccent);
    y += u;
    const qreal countHeight = u * 7;
    const QRectF codeBox(s.inner.left(), y, s.inner.width(), s.inner.bottom() - y - countHeight);
    if (slide.url.isEmpty())
        s.noAddress(codeBox);
    else
        geometry.meetingQr = s.code(codeBox, slide.url.toUtf8(), slide.url);
    drawFitted(painter,
               QRectF(s.inner.left(), s.inner.bottom() - countHeight + u, s.inner.width(),
                      countHeight - u),
               s.text(QT_TRANSLATE_N_NOOP("Slide", "%n response(s) so far"), slide.responses),
               Qt::AlignHCenter | Qt::AlignTop, u * 4, u * 2, slidetext::font(0), kMuted);
    return geometry;
}

QList<SurveyResultsSlide> surveyResultsSlides(const Survey &survey,
                                              const QList<SurveyResponse> &responses)
{
    const survey::Tally tally = survey::tally(survey, responses);
    QList<SurveyResultsSlide> slides;
    for (const survey::QuestionTally &qt : tally.questions) {
        const auto q = std::find_if(survey.questions.cbegin(), survey.questions.cend(),
                                    [&](const SurveyQuestion &c) { return c.id == qt.questionId; });
        if (q == survey.questions.cend() || q->kind == QuestionKind::Text ||
            q->kind == QuestionKind::LongText)
            continue;
        SurveyResultsSlide slide;
        slide.surveyTitle = survey.title;
        slide.question = q->text;
        for (qsizetype i = 0; i < qt.counts.size(); ++i)
            slide.labels << survey::answerLabel(survey, *q, i);
        slide.counts = qt.counts;
        slide.answered = qt.answered;
        slide.mean = qt.mean;
        slide.responses = tally.responses;
        slides << slide;
    }
    for (qsizetype i = 0; i < slides.size(); ++i) {
        slides[i].number = static_cast<int>(i + 1);
        slides[i].count = static_cast<int>(slides.size());
    }
    return slides;
}

void paintSurveyResultsSlide(QPainter &painter, const QRectF &area, const SurveyResultsSlide &slide,
                             const SlideOptions &options)
{
    Slide s(painter, area, options);
    const qreal u = s.unit;
    const QLocale &locale = s.text.locale();
    qreal y = s.inner.top();
    y += drawFitted(painter, QRectF(s.inner.left(), y, s.inner.width(), u * 6),
                    s.text(QT_TRANSLATE_NOOP("Slide", "%1 · question %2 of %3"))
                        .arg(slide.surveyTitle.section(u'\n', 0, 0), locale.toString(slide.number),
                             locale.toString(slide.count)),
                    Qt::AlignLeft | Qt::AlignTop, u * 3.5, u * 2, slidetext::font(0), kMuted);
    y += u * 1.5;
    y += drawFitted(painter, QRectF(s.inner.left(), y, s.inner.width(), u * 16), slide.question,
                    Qt::AlignLeft | Qt::AlignTop, u * 6, u * 3, slidetext::font(0, true), kInk);
    y += u * 1.5;
    QString facts = s.text(QT_TRANSLATE_N_NOOP("Slide", "%n answer(s)"), slide.answered);
    if (slide.mean)
        facts += QStringLiteral("   ·   ") + s.text(QT_TRANSLATE_NOOP("Slide", "Mean score: %1/5"))
                                                 .arg(locale.toString(*slide.mean, 'f', 1));
    y += drawFitted(painter, QRectF(s.inner.left(), y, s.inner.width(), u * 6), facts,
                    Qt::AlignLeft | Qt::AlignTop, u * 4, u * 2, slidetext::font(0, true),
                    slide.mean ? kAccent : kMuted);
    y += u * 3;

    // The bars: label, bar, "12 (40,0%)", as many rows as there are choices, each as tall as
    // the space allows up to a size read from the back of the hall.
    const qsizetype rows = slide.counts.size();
    if (rows == 0)
        return;
    const qreal rowHeight = std::min(u * 15, (s.inner.bottom() - y) / static_cast<qreal>(rows));
    const QFont labelFont = slidetext::font(std::min(u * 5.5, rowHeight * 0.42));
    const QFont countFont = slidetext::font(std::min(u * 5.5, rowHeight * 0.42), true);
    const QFontMetricsF labelMetrics(labelFont, painter.device());
    const QFontMetricsF countMetrics(countFont, painter.device());
    const auto countText = [&](int count) -> QString {
        return locale.toString(count) + QStringLiteral(" (") +
               survey::percentText(count, slide.answered, locale) + QStringLiteral("%)");
    };
    qreal labelWidth = 0;
    qreal countWidth = countMetrics.horizontalAdvance(countText(slide.answered));
    for (qsizetype i = 0; i < rows; ++i) {
        labelWidth = std::max(labelWidth, labelMetrics.horizontalAdvance(slide.labels.value(i)));
        countWidth =
            std::max(countWidth, countMetrics.horizontalAdvance(countText(slide.counts[i])));
    }
    labelWidth = std::min(labelWidth + u, s.inner.width() * 0.4);
    const qreal barLeft = s.inner.left() + labelWidth + u * 2;
    const qreal barWidth = std::max(u * 10, s.inner.width() - labelWidth - countWidth - u * 4);
    const QColor track(0xe4, 0xe8, 0xee);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (qsizetype i = 0; i < rows; ++i) {
        const QRectF row(s.inner.left(), y + rowHeight * static_cast<qreal>(i), s.inner.width(),
                         rowHeight);
        painter.setFont(labelFont);
        painter.setPen(kInk);
        painter.drawText(
            QRectF(row.left(), row.top(), labelWidth, row.height()),
            Qt::AlignVCenter | Qt::AlignLeft,
            labelMetrics.elidedText(slide.labels.value(i), Qt::ElideRight, labelWidth));
        const QRectF trackBox(barLeft, row.top() + row.height() * 0.2, barWidth,
                              row.height() * 0.6);
        painter.setPen(Qt::NoPen);
        painter.setBrush(track);
        painter.drawRoundedRect(trackBox, u * 0.5, u * 0.5);
        if (slide.counts[i] > 0 && slide.answered > 0) {
            QRectF filled = trackBox;
            filled.setWidth(std::max(u * 0.6, trackBox.width() * slide.counts[i] / slide.answered));
            painter.setBrush(kAccent);
            painter.drawRoundedRect(filled, u * 0.5, u * 0.5);
        }
        painter.setFont(countFont);
        painter.setPen(kInk);
        painter.drawText(QRectF(barLeft + barWidth + u * 2, row.top(), countWidth, row.height()),
                         Qt::AlignVCenter | Qt::AlignRight, countText(slide.counts[i]));
    }
    painter.restore();
}

SlideGeometry paintSurveyPosterPage(QPainter &painter, const QRectF &area,
                                    const SurveyPoster &poster, const SlideOptions &options)
{
    Slide s(painter, area, options);
    const qreal u = s.unit;
    SlideGeometry geometry;
    const QRectF &inner = s.inner;
    qreal y = inner.top();
    y += drawFitted(painter, QRectF(inner.left(), y, inner.width(), u * 26), poster.title,
                    Qt::AlignHCenter | Qt::AlignTop, u * 8, u * 4, slidetext::font(0, true), kInk);
    y += u * 2;
    y += drawFitted(painter, QRectF(inner.left(), y, inner.width(), u * 9),
                    s.text(QT_TRANSLATE_NOOP("Slide", "Scan to answer the survey")),
                    Qt::AlignHCenter | Qt::AlignTop, u * 6.5, u * 3, slidetext::font(0, true),
                    kAccent);
    y += u * 3;

    // From the foot up: the anonymity notice, then the Wi-Fi block.
    const QString notice =
        poster.perDelegate
            ? s.text(QT_TRANSLATE_NOOP("Slide", "One response per delegate: scan the code on your "
                                                "badge first, then this one."))
            : survey::privacyNotice(Survey{}, options.language);
    const qreal noticeHeight = u * 8;
    qreal bottom = inner.bottom() - noticeHeight;
    drawFitted(painter, QRectF(inner.left(), bottom + u, inner.width(), noticeHeight - u), notice,
               Qt::AlignHCenter | Qt::AlignBottom, u * 3.2, u * 2, slidetext::font(0), kMuted);
    if (!poster.wifi.isEmpty()) {
        const qreal side = u * 24;
        const QRectF block(inner.left(), bottom - side - u * 2, inner.width(), side);
        bottom = block.top() - u * 2;
        painter.save();
        painter.setPen(QPen(QColor(0xc8, 0xcf, 0xd8), u * 0.3));
        painter.drawLine(QPointF(inner.left(), block.top() - u),
                         QPointF(inner.right(), block.top() - u));
        painter.restore();
        try {
            geometry.wifiQr = paintQr(
                painter, QrCode::encode(wifipayload::payload(poster.wifi)),
                QRectF(block.left(), block.top() + u, side - u * 2, side - u * 2), options.qr);
        } catch (const Error &) {
            // A network the code cannot hold: the lines beside it still say how to join.
        }
        qreal ly = block.top() + u;
        const QRectF text(block.left() + side + u * 2, ly, block.width() - side - u * 2, side);
        ly += drawFitted(painter, QRectF(text.left(), ly, text.width(), u * 7),
                         s.text(QT_TRANSLATE_NOOP("Slide", "Join the Wi-Fi first")),
                         Qt::AlignLeft | Qt::AlignTop, u * 4.5, u * 2.5, slidetext::font(0, true),
                         kInk);
        ly += u;
        slidetext::drawWifiTable(painter, QRectF(text.left(), ly, text.width(), text.bottom() - ly),
                                 poster.wifi, s.wifiLabels(), u * 4.5, u * 2.2, Qt::AlignLeft,
                                 kInk);
    }
    const QRectF codeBox(inner.left(), y, inner.width(), bottom - y);
    if (poster.url.isEmpty())
        s.noAddress(codeBox);
    else
        geometry.meetingQr = s.code(codeBox, poster.url.toUtf8(), poster.url);
    return geometry;
}

SlideGeometry paintWelcomeSlide(QPainter &painter, const QRectF &area, const WelcomeSlide &slide,
                                const SlideOptions &options)
{
    Slide s(painter, area, options);
    const qreal u = s.unit;
    SlideGeometry geometry;

    qreal y = s.inner.top();
    y += drawFitted(painter, QRectF(s.inner.left(), y, s.inner.width(), u * 13), slide.meetingTitle,
                    Qt::AlignHCenter | Qt::AlignTop, u * 7, u * 3, slidetext::font(0, true), kInk);
    if (!slide.subtitle.isEmpty())
        y += drawFitted(painter, QRectF(s.inner.left(), y, s.inner.width(), u * 6), slide.subtitle,
                        Qt::AlignHCenter | Qt::AlignTop, u * 4, u * 2, slidetext::font(0), kMuted);
    y += u * 3;
    const QRectF body(s.inner.left(), y, s.inner.width(), s.inner.bottom() - y);

    struct Block
    {
        QString heading;
        QByteArray payload;
        QString caption;
        bool wifiTable;
        QRectF *placed;
    };
    QList<Block> blocks;
    if (!slide.wifi.isEmpty()) {
        QByteArray payload;
        try {
            payload = wifipayload::payload(slide.wifi);
        } catch (const Error &) {
            // Shown as text only; the organiser's form already said what is wrong.
        }
        blocks.append({s.text(QT_TRANSLATE_NOOP("Slide", "1. Join the Wi-Fi")),
                       payload,
                       {},
                       true,
                       &geometry.wifiQr});
    }
    if (!slide.meetingUrl.isEmpty() || blocks.isEmpty())
        blocks.append({blocks.isEmpty()
                           ? s.text(QT_TRANSLATE_NOOP("Slide", "Scan to open the meeting"))
                           : s.text(QT_TRANSLATE_NOOP("Slide", "2. Open the meeting")),
                       slide.meetingUrl.toUtf8(), slide.meetingUrl, false, &geometry.meetingQr});

    const qsizetype count = blocks.size();
    for (qsizetype i = 0; i < count; ++i) {
        const Block &block = blocks[i];
        QRectF cell = body;
        if (count == 2 && s.landscape)
            cell = QRectF(body.left() + i * body.width() / 2, body.top(), body.width() / 2,
                          body.height())
                       .adjusted(u * 2, 0, -u * 2, 0);
        else if (count == 2)
            cell = QRectF(body.left(), body.top() + i * body.height() / 2, body.width(),
                          body.height() / 2)
                       .adjusted(0, i == 0 ? 0 : u * 2, 0, i == 0 ? -u * 2 : 0);
        qreal top = cell.top();
        top += drawFitted(painter, QRectF(cell.left(), top, cell.width(), u * 8), block.heading,
                          Qt::AlignHCenter | Qt::AlignTop, u * 5, u * 2.5, slidetext::font(0, true),
                          kAccent);
        top += u;
        const qreal linesHeight = block.wifiTable ? u * 12 : 0;
        const QRectF codeBox(cell.left(), top, cell.width(), cell.bottom() - top - linesHeight);
        if (block.payload.isEmpty())
            s.noAddress(codeBox);
        else
            *block.placed = s.code(codeBox, block.payload, block.caption);
        if (block.wifiTable) {
            const qreal linesTop =
                block.placed->isEmpty() ? codeBox.bottom() : block.placed->bottom() + u;
            slidetext::drawWifiTable(
                painter, QRectF(cell.left(), linesTop, cell.width(), linesHeight), slide.wifi,
                s.wifiLabels(), u * 4.5, u * 2, Qt::AlignHCenter, kInk);
        }
    }
    return geometry;
}

} // namespace docket
