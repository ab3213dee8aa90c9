// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/PrintLayouts.h"

#include "catalog/Catalog.h"
#include "print/PagedFlow.h"
#include "print/QrPainter.h"
#include "print/Slides.h"
#include "qr/DelegateUrl.h"
#include "qr/QrCode.h"
#include "util/AudienceText.h"
#include "util/Error.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

namespace docket {

namespace {

using slidetext::drawFitted;
using slidetext::kAccent;
using slidetext::kInk;
using slidetext::kMuted;
const QColor kRule(0xc8, 0xcf, 0xd8);

QString subtitle(const Meeting &meeting, const AudienceText &text)
{
    QStringList parts;
    if (meeting.date.isValid())
        parts << text.locale().toString(meeting.date, QLocale::LongFormat);
    if (!meeting.venue.isEmpty())
        parts << meeting.venue;
    return parts.join(QStringLiteral(" · "));
}

// Paper measures: the device's own units per millimetre and per point, so that 34 mm is
// 34 mm on a 1200 dpi PDF and on a 300 dpi printer alike.
struct Measure
{
    explicit Measure(const QPagedPaintDevice &device)
        : mm(device.logicalDpiX() / 25.4), pt(device.logicalDpiX() / 72.0)
    {}
    qreal mm;
    qreal pt;
};

using slidetext::drawWrapped;
using slidetext::wrappedHeight;

// The network on a line of its own, in a face that tells 0 from O and l from 1 (the caller's
// monoFont), with no punctuation touching the name or the password: delegates type exactly
// what they see (a sentence's full stop after a password was typed as part of it).
QString wifiText(const WifiNetwork &wifi, const AudienceText &text)
{
    if (wifi.isEmpty())
        return {};
    return wifi.security == WifiSecurity::None
               ? text(QT_TRANSLATE_NOOP("PrintedSheet", "Wi-Fi: %1   ·   no password"))
                     .arg(wifi.ssid)
               : text(QT_TRANSLATE_NOOP("PrintedSheet", "Wi-Fi: %1   ·   password: %2"))
                     .arg(wifi.ssid, wifi.password);
}

// The network's line as it fits `width`: whole when it does, else the name and the password
// each on a line of their own (split at the translation's "·"), never a password wrapped
// away from its label or broken in two.
QString wifiFitted(const QString &line, const QFont &face, qreal width, const QPaintDevice *device)
{
    if (QFontMetricsF(face, device).horizontalAdvance(line) <= width)
        return line;
    QStringList parts = line.split(u'·');
    for (QString &part : parts) {
        part = part.trimmed();
        if (!part.isEmpty())
            part[0] = part[0].toUpper(); // a line of its own starts as one: "Mật khẩu: …"
    }
    return parts.join(u'\n');
}

QRectF pageArea(const QPagedPaintDevice &device)
{
    return QRectF(QPointF(0, 0), device.pageLayout().paintRectPixels(device.logicalDpiX()).size());
}

// Corner marks where a guillotine cuts a page of columns x rows cells apart.
void paintCutMarks(QPainter &painter, const Measure &m, int columns, int rows, const QSizeF &cell)
{
    painter.save();
    painter.setPen(QPen(kMuted, 0.2 * m.mm));
    const qreal arm = 3 * m.mm;
    for (int c = 0; c <= columns; ++c)
        for (int r = 0; r <= rows; ++r) {
            const QPointF at(c * cell.width(), r * cell.height());
            painter.drawLine(at - QPointF(arm, 0), at + QPointF(arm, 0));
            painter.drawLine(at - QPointF(0, arm), at + QPointF(0, arm));
        }
    painter.restore();
}

// An item's card in any box, from a whole page down to an eighth of one: the meeting, the
// item's number and title (as large as the box allows), its presenter, the code with "scan with
// the camera or Zalo" under it and the address, and the Wi-Fi line across the foot. A box
// wider than tall puts the code on the right; a taller one puts it under the title.
class CardPainter
{
public:
    CardPainter(QPagedPaintDevice &device, const PrintSource &source)
        : m_device(device), m_source(source), m(device),
          m_text(source.meeting.language, "PrintedSheet"), m_page(pageArea(device))
    {}

    int paintGrid(int perPage)
    {
        const auto [columns, rows] = Printing::cardGrid(perPage);
        const QSizeF cell(m_page.width() / columns, m_page.height() / rows);
        const qsizetype count = m_source.items.size();
        const int pages = static_cast<int>((count + perPage - 1) / perPage);
        // Room for the cut: a card printed alone has the page's margins already.
        const qreal inset = perPage == 1 ? 0 : 5 * m.mm;
        QPainter painter(&m_device);
        for (int p = 0; p < pages; ++p) {
            if (p > 0)
                m_device.newPage();
            for (int i = 0; i < perPage && p * perPage + i < count; ++i) {
                const int column = i % columns;
                const int row = i / columns; // whole rows: the division is meant
                const QRectF box(QPointF(column * cell.width(), row * cell.height()), cell);
                paintCard(painter, box.adjusted(inset, inset, -inset, -inset),
                          m_source.items[p * perPage + i]);
            }
            if (perPage > 1)
                paintCutMarks(painter, m, columns, rows, cell);
        }
        return pages;
    }

    // A page per item, folded along its middle into a tent that stands on a table: the lower
    // half upright, the upper half turned round, so that both faces read upright.
    int paintTents()
    {
        QPainter painter(&m_device);
        const qreal half = m_page.height() / 2;
        const qreal inset = 6 * m.mm;
        const QRectF face(0, 0, m_page.width(), half);
        for (qsizetype i = 0; i < m_source.items.size(); ++i) {
            if (i > 0)
                m_device.newPage();
            const AgendaItem &item = m_source.items[i];
            painter.save();
            painter.translate(0, half);
            paintCard(painter, face.adjusted(inset, inset, -inset, -inset), item);
            painter.restore();
            painter.save();
            painter.translate(m_page.width(), half);
            painter.rotate(180);
            paintCard(painter, face.adjusted(inset, inset, -inset, -inset), item);
            painter.restore();

            painter.save();
            painter.setPen(QPen(kMuted, 0.25 * m.mm, Qt::DashLine));
            painter.drawLine(QPointF(0, half), QPointF(m_page.width(), half));
            painter.restore();
            drawWrapped(painter, QRectF(0, half + 0.8 * m.mm, m_page.width(), 5 * m.mm),
                        slidetext::font(6.5 * m.pt), kMuted,
                        m_text(QT_TRANSLATE_NOOP("PrintedSheet", "Fold along this line")),
                        Qt::AlignHCenter);
        }
        return static_cast<int>(m_source.items.size());
    }

private:
    QString hint() const
    {
        return m_text(QT_TRANSLATE_NOOP("PrintedSheet", "Scan with the camera or Zalo"));
    }

    void paintCard(QPainter &painter, const QRectF &box, const AgendaItem &item)
    {
        const qreal u = std::min(box.width(), box.height()) / 100;
        const QString url = delegateurl::item(m_source.baseUrl, m_source.meeting.code, item.number);
        const QFont face = slidetext::monoFont(std::clamp(u * 3.6, 7 * m.pt, 11 * m.pt));
        const QString wifi =
            wifiFitted(wifiText(m_source.wifi, m_text), face, box.width(), &m_device);

        // The foot first: the network across the whole width, apart from everything else.
        QRectF body = box;
        if (!wifi.isEmpty()) {
            const qreal height =
                std::min(wrappedHeight(&m_device, face, box.width(), wifi), box.height() / 6);
            const QRectF foot(box.left(), box.bottom() - height, box.width(), height);
            drawFitted(painter, foot, wifi, Qt::AlignHCenter | Qt::AlignTop, face.pixelSize(),
                       6 * m.pt, face, kInk);
            painter.save();
            painter.setPen(QPen(kRule, 0.3 * m.pt));
            painter.drawLine(QPointF(box.left(), foot.top() - 1.5 * u),
                             QPointF(box.right(), foot.top() - 1.5 * u));
            painter.restore();
            body.setBottom(foot.top() - 3 * u);
        }

        const QFont hintFace = slidetext::font(std::clamp(u * 4, 7 * m.pt, 16 * m.pt), true);
        const QFont urlFace = slidetext::monoFont(std::clamp(u * 3, 6 * m.pt, 10 * m.pt));
        const qreal hintHeight = wrappedHeight(&m_device, hintFace, box.width(), hint());
        const qreal urlHeight = wrappedHeight(&m_device, urlFace, box.width(), url);
        const bool landscape = body.width() >= body.height() * 1.15;
        if (landscape) {
            // The address across the foot of the body: a narrow column would break it.
            const QRectF address(body.left(), body.bottom() - urlHeight, body.width(), urlHeight);
            drawWrapped(painter, address, urlFace, kMuted, url);
            const qreal room = address.top() - body.top() - 2 * u;
            const qreal side = std::min(room - hintHeight - u, body.width() * 0.46);
            const QRectF code(body.right() - side, body.top(), side, side);
            paintQr(painter, QrCode::encode(url.toUtf8()), code, QrRendering::Vector);
            drawWrapped(painter,
                        QRectF(code.left() - 4 * u, code.bottom() + u, side + 8 * u, hintHeight),
                        hintFace, kAccent, hint(), Qt::AlignHCenter);
            paintWords(painter, QRectF(body.left(), body.top(), body.width() - side - 5 * u, room),
                       item, u);
        } else {
            const qreal words = paintWords(
                painter, QRectF(body.left(), body.top(), body.width(), body.height() * 0.42), item,
                u);
            const qreal top = body.top() + words + 3 * u;
            const qreal side =
                std::min(body.width() * 0.9, body.bottom() - top - hintHeight - urlHeight - 2 * u);
            const QRectF code(body.center().x() - side / 2, top, side, side);
            paintQr(painter, QrCode::encode(url.toUtf8()), code, QrRendering::Vector);
            qreal y = code.bottom() + u;
            y += drawWrapped(painter, QRectF(body.left(), y, body.width(), hintHeight), hintFace,
                             kAccent, hint(), Qt::AlignHCenter);
            drawWrapped(painter, QRectF(body.left(), y + 0.5 * u, body.width(), urlHeight), urlFace,
                        kMuted, url, Qt::AlignHCenter);
        }
    }

    // The meeting, "Item N", the title and the presenter from the top of `box`, the title as
    // large as the rest leaves room for; returns the height used.
    qreal paintWords(QPainter &painter, const QRectF &box, const AgendaItem &item, qreal u)
    {
        qreal y = box.top();
        y += drawFitted(painter, QRectF(box.left(), y, box.width(), 9 * u), m_source.meeting.title,
                        Qt::AlignLeft | Qt::AlignTop, 4 * u, 2.6 * u, slidetext::font(0), kMuted);
        y += 2 * u;
        y += drawFitted(painter, QRectF(box.left(), y, box.width(), 9 * u),
                        m_text(QT_TRANSLATE_NOOP("PrintedSheet", "Item %1"))
                            .arg(m_text.locale().toString(item.number)),
                        Qt::AlignLeft | Qt::AlignTop, 6.5 * u, 3.5 * u, slidetext::font(0, true),
                        kAccent);
        y += u;
        const QString presenter =
            item.presenter.isEmpty()
                ? QString()
                : m_text(QT_TRANSLATE_NOOP("PrintedSheet", "Presenter: %1")).arg(item.presenter);
        const QFont presenterFace = slidetext::font(std::max(6.5 * m.pt, 4 * u));
        const qreal presenterHeight =
            presenter.isEmpty()
                ? 0
                : std::min(wrappedHeight(&m_device, presenterFace, box.width(), presenter),
                           box.height() / 4);
        const QRectF titleBox(box.left(), y, box.width(),
                              std::max(box.bottom() - y - presenterHeight - 2 * u, 6 * u));
        y += drawFitted(painter, titleBox, item.title, Qt::AlignLeft | Qt::AlignTop, 8 * u, 3 * u,
                        slidetext::font(0, true), kInk);
        if (!presenter.isEmpty()) {
            y += 2 * u;
            y += drawFitted(painter, QRectF(box.left(), y, box.width(), presenterHeight), presenter,
                            Qt::AlignLeft | Qt::AlignTop, presenterFace.pixelSize(), 5 * m.pt,
                            presenterFace, kMuted);
        }
        return y - box.top();
    }

    QPagedPaintDevice &m_device;
    const PrintSource &m_source;
    Measure m;
    AudienceText m_text;
    QRectF m_page;
};

class SheetPainter
{
public:
    SheetPainter(QPagedPaintDevice &device, const PrintSource &source, const PrintOptions &options)
        : m_device(device), m_source(source), m_options(options), m(device),
          m_text(source.meeting.language, "PrintedSheet"),
          m_page(QPointF(0, 0), device.pageLayout().paintRectPixels(device.logicalDpiX()).size())
    {}

    int paint()
    {
        const qreal qrSide = 34 * m.mm; // the symbol itself stays >= 25 mm up to version 3
        const qreal numberWidth = 13 * m.mm;
        const qreal gap = 4 * m.mm;
        const qreal pad = 2.5 * m.mm;
        m_textWidth = m_page.width() - numberWidth - qrSide - 2 * gap;
        m_qrSide = qrSide;
        m_numberWidth = numberWidth;
        m_gap = gap;
        m_pad = pad;

        const qreal footer = 8 * m.mm;
        const qreal header = headerHeight();
        const qreal running = 11 * m.mm;
        const qreal pageRoom = m_page.height() - running - footer;

        // A row never runs over the footer: an item too long for a whole page (a pasted
        // report as its title) is set smaller until it fits, and clipped only past that.
        QList<qreal> heights;
        for (const AgendaItem &item : m_source.items) {
            qreal scale = 1;
            qreal height = std::max(qrSide, textHeight(item, scale)) + 2 * pad;
            while (height > pageRoom && scale > 0.45) {
                scale *= 0.85;
                height = std::max(qrSide, textHeight(item, scale)) + 2 * pad;
            }
            heights << std::min(height, pageRoom);
            m_rowScales << scale;
        }
        // Then a box per survey, after the agenda: the hall answers once the items are done.
        for (const Survey &survey : m_source.surveys) {
            heights << std::min(std::max(qrSide, surveyTextHeight(survey)) + 4 * pad + gap,
                                pageRoom);
            m_rowScales << 1;
        }
        const QList<QList<int>> pages = Printing::paginate(
            heights, m_page.height() - header - footer, m_page.height() - running - footer);
        const qsizetype pageCount = std::max<qsizetype>(1, pages.size());

        QPainter painter(&m_device);
        for (qsizetype p = 0; p < pageCount; ++p) {
            if (p > 0)
                m_device.newPage();
            qreal y = p == 0 ? paintHeader(painter) : paintRunningHeader(painter);
            if (p < pages.size()) {
                for (const int row : pages[p]) {
                    if (row < m_source.items.size())
                        paintRow(painter, y, m_source.items[row], heights[row], m_rowScales[row]);
                    else
                        paintSurveyBox(painter, y, m_source.surveys[row - m_source.items.size()],
                                       heights[row]);
                    y += heights[row];
                }
            }
            if (m_source.items.isEmpty() && p == 0) {
                drawWrapped(painter, QRectF(0, y + 4 * m.mm, m_page.width(), 20 * m.mm),
                            slidetext::font(11 * m.pt), kMuted,
                            m_text(QT_TRANSLATE_NOOP("PrintedSheet",
                                                     "This meeting has no agenda items yet.")));
            }
            paintFooter(painter, static_cast<int>(p + 1), static_cast<int>(pageCount));
        }
        return static_cast<int>(pageCount);
    }

private:
    // 20 pt, smaller for a title that would take more than about four lines of the header.
    QFont titleFont() const
    {
        const qreal width = m_page.width() - headerQrSide() - m_gap;
        qreal size = 20;
        while (size > 11 && wrappedHeight(&m_device, slidetext::font(size * m.pt, true), width,
                                          m_source.meeting.title) > 40 * m.mm)
            size *= 0.9;
        return slidetext::font(size * m.pt, true);
    }
    QFont bodyFont() const { return slidetext::font(10.5 * m.pt); }
    // `scale` below 1 only for a row that would not fit on a page at full size.
    QFont itemTitleFont(qreal scale = 1) const { return slidetext::font(13 * scale * m.pt, true); }
    QFont smallFont(qreal scale = 1) const { return slidetext::font(9.5 * scale * m.pt); }
    QFont urlFont(qreal scale = 1) const { return slidetext::monoFont(8.5 * scale * m.pt); }

    QString presenterLine(const AgendaItem &item) const
    {
        return item.presenter.isEmpty()
                   ? QString()
                   : m_text(QT_TRANSLATE_NOOP("PrintedSheet", "Presenter: %1")).arg(item.presenter);
    }

    qreal textHeight(const AgendaItem &item, qreal scale) const
    {
        const QPaintDevice *device = &m_device;
        qreal h = wrappedHeight(device, itemTitleFont(scale), m_textWidth, item.title);
        if (!item.presenter.isEmpty())
            h += 1 * m.mm +
                 wrappedHeight(device, smallFont(scale), m_textWidth, presenterLine(item));
        if (const QString list = documentList(item); !list.isEmpty())
            h += 1.5 * m.mm + wrappedHeight(device, documentFont(scale), m_textWidth, list);
        h += 1.5 * m.mm + wrappedHeight(device, urlFont(scale), m_textWidth, itemUrl(item));
        return h;
    }

    // The item's documents, one to a line, when the organiser asked for them.
    QString documentList(const AgendaItem &item) const
    {
        if (!m_options.listDocuments)
            return {};
        qsizetype index = 0;
        while (index < m_source.items.size() && m_source.items[index].id != item.id)
            ++index;
        if (index >= m_source.documents.size())
            return {};
        QStringList lines;
        for (const QString &name : m_source.documents[index])
            lines << QStringLiteral("–  ") + name;
        return lines.join(u'\n');
    }
    QFont documentFont(qreal scale = 1) const { return slidetext::font(9.5 * scale * m.pt); }

    // The letterhead of an official document: the organisation on the left, centred in its
    // half over a short rule, and the place-and-date line on the right, in italics.
    bool hasLetterhead() const
    {
        return m_options.officialHeader &&
               (!m_source.letterhead.isEmpty() || m_source.meeting.date.isValid());
    }
    QFont letterheadFont() const { return slidetext::font(10 * m.pt, true); }
    QFont placeDateFont() const
    {
        QFont face = slidetext::font(10.5 * m.pt);
        face.setItalic(true);
        return face;
    }
    QString placeDateLine() const
    {
        return Printing::placeAndDate(m_source.letterhead.place, m_source.meeting.date,
                                      m_source.meeting.language);
    }
    qreal letterheadHeight() const
    {
        if (!hasLetterhead())
            return 0;
        const qreal half = m_page.width() / 2 - m_gap;
        const qreal left = wrappedHeight(&m_device, letterheadFont(), half,
                                         m_source.letterhead.organisation.trimmed());
        const qreal right = wrappedHeight(&m_device, placeDateFont(), half, placeDateLine());
        return std::max(left + 3 * m.mm, right) + 6 * m.mm;
    }
    void paintLetterhead(QPainter &painter)
    {
        const qreal half = m_page.width() / 2 - m_gap;
        const QString organisation = m_source.letterhead.organisation.trimmed();
        if (!organisation.isEmpty()) {
            const qreal used = drawWrapped(painter, QRectF(0, 0, half, m_page.height()),
                                           letterheadFont(), kInk, organisation, Qt::AlignHCenter);
            painter.save();
            painter.setPen(QPen(kInk, 0.5 * m.pt));
            painter.drawLine(QPointF(half / 2 - 12 * m.mm, used + 1.5 * m.mm),
                             QPointF(half / 2 + 12 * m.mm, used + 1.5 * m.mm));
            painter.restore();
        }
        drawWrapped(painter, QRectF(m_page.width() - half, 0, half, m_page.height()),
                    placeDateFont(), kInk, placeDateLine(), Qt::AlignHCenter);
    }

    QString itemUrl(const AgendaItem &item) const
    {
        return delegateurl::item(m_source.baseUrl, m_source.meeting.code, item.number);
    }

    QString surveyUrl(const Survey &survey) const
    {
        return delegateurl::meeting(m_source.baseUrl, survey.code);
    }
    QString surveyHeading(const Survey &survey) const
    {
        return m_text(QT_TRANSLATE_NOOP("PrintedSheet", "Survey: %1")).arg(survey.title);
    }
    QString surveyLine(const Survey &survey) const
    {
        if (survey.perDelegate)
            return m_text(QT_TRANSLATE_NOOP("PrintedSheet",
                                            "One response per delegate: scan the code on your "
                                            "badge first, then this one."));
        // A draft printed days ahead: its code works, and says "not open yet" until it opens.
        return survey.state == SurveyState::Draft
                   ? m_text(QT_TRANSLATE_NOOP("PrintedSheet",
                                              "Scan the code to give your feedback, anonymously, "
                                              "once the organiser opens the survey."))
                   : m_text(QT_TRANSLATE_NOOP("PrintedSheet",
                                              "Scan the code to give your feedback, anonymously."));
    }
    qreal surveyTextWidth() const { return m_page.width() - m_qrSide - 3 * m_gap; }
    qreal surveyTextHeight(const Survey &survey) const
    {
        const QPaintDevice *device = &m_device;
        const qreal w = surveyTextWidth();
        return wrappedHeight(device, itemTitleFont(), w, surveyHeading(survey)) + 1 * m.mm +
               wrappedHeight(device, smallFont(), w, surveyLine(survey)) + 1.5 * m.mm +
               wrappedHeight(device, urlFont(), w, surveyUrl(survey));
    }

    // A framed box, set apart from the agenda: the survey's title, what to do, its address
    // and its code.
    void paintSurveyBox(QPainter &painter, qreal top, const Survey &survey, qreal height)
    {
        painter.save();
        const QRectF frame(0, top + m_gap, m_page.width(), height - m_gap);
        painter.setClipRect(frame.adjusted(-m.mm, -m.mm, m.mm, m.mm));
        painter.setPen(QPen(kAccent, 0.8 * m.pt));
        painter.setBrush(QColor(0xf2, 0xf6, 0xfc));
        painter.drawRoundedRect(frame, 2 * m.mm, 2 * m.mm);
        const qreal x = m_gap;
        qreal y = frame.top() + 1.5 * m_pad;
        const qreal w = surveyTextWidth();
        y += drawWrapped(painter, QRectF(x, y, w, height), itemTitleFont(), kInk,
                         surveyHeading(survey));
        y += 1 * m.mm;
        y += drawWrapped(painter, QRectF(x, y, w, height), smallFont(), kInk, surveyLine(survey));
        y += 1.5 * m.mm;
        drawWrapped(painter, QRectF(x, y, w, height), urlFont(), kMuted, surveyUrl(survey));
        const QRectF qrBox(frame.right() - m_gap - m_qrSide, frame.top() + 1.5 * m_pad, m_qrSide,
                           m_qrSide);
        paintQr(painter, QrCode::encode(surveyUrl(survey).toUtf8()), qrBox, QrRendering::Vector);
        painter.restore();
    }

    QString instructions() const
    {
        return m_text(QT_TRANSLATE_NOOP(
            "PrintedSheet", "Scan an item's code with the phone camera to read its documents."));
    }

    QString wifiLine() const
    {
        return wifiFitted(wifiText(m_source.wifi, m_text), wifiFont(),
                          m_page.width() - headerQrSide() - m_gap, &m_device);
    }
    QFont wifiFont() const { return slidetext::monoFont(9.5 * m.pt); }

    qreal headerQrSide() const { return 36 * m.mm; }

    qreal headerHeight() const
    {
        const qreal width = m_page.width() - headerQrSide() - m_gap;
        const QPaintDevice *device = &m_device;
        qreal left = wrappedHeight(device, titleFont(), width, m_source.meeting.title);
        left +=
            2 * m.mm + wrappedHeight(device, bodyFont(), width, subtitle(m_source.meeting, m_text));
        left += 3 * m.mm + wrappedHeight(device, smallFont(), width, instructions());
        if (const QString wifi = wifiLine(); !wifi.isEmpty())
            left += 1.5 * m.mm + wrappedHeight(device, wifiFont(), width, wifi);
        const qreal right = headerQrSide() + 5 * m.mm;
        return letterheadHeight() + std::max(left, right) + 4 * m.mm;
    }

    qreal paintHeader(QPainter &painter)
    {
        const qreal width = m_page.width() - headerQrSide() - m_gap;
        if (hasLetterhead())
            paintLetterhead(painter);
        const qreal top = letterheadHeight();
        qreal y = top;
        y += drawWrapped(painter, QRectF(0, y, width, m_page.height()), titleFont(), kInk,
                         m_source.meeting.title);
        y += 2 * m.mm;
        y += drawWrapped(painter, QRectF(0, y, width, m_page.height()), bodyFont(), kMuted,
                         subtitle(m_source.meeting, m_text));
        y += 3 * m.mm;
        y += drawWrapped(painter, QRectF(0, y, width, m_page.height()), smallFont(), kInk,
                         instructions());
        if (const QString wifi = wifiLine(); !wifi.isEmpty())
            drawWrapped(painter, QRectF(0, y + 1.5 * m.mm, width, m_page.height()), wifiFont(),
                        kInk, wifi);

        const QString url = delegateurl::meeting(m_source.baseUrl, m_source.meeting.code);
        const QRectF qrBox(m_page.width() - headerQrSide(), top, headerQrSide(), headerQrSide());
        paintQr(painter, QrCode::encode(url.toUtf8()), qrBox, QrRendering::Vector);
        drawWrapped(
            painter,
            QRectF(qrBox.left() - 10 * m.mm, qrBox.bottom(), qrBox.width() + 20 * m.mm, 5 * m.mm),
            smallFont(), kMuted, m_text(QT_TRANSLATE_NOOP("PrintedSheet", "All documents")),
            Qt::AlignHCenter);

        const qreal bottom = headerHeight();
        rule(painter, bottom - 2 * m.mm, 0.5 * m.pt);
        return bottom;
    }

    qreal paintRunningHeader(QPainter &painter)
    {
        painter.setFont(slidetext::font(10 * m.pt, true));
        painter.setPen(kMuted);
        const QFontMetricsF metrics(painter.font(), &m_device);
        painter.drawText(
            QRectF(0, 0, m_page.width(), 8 * m.mm), Qt::AlignLeft | Qt::AlignTop,
            metrics.elidedText(m_source.meeting.title, Qt::ElideRight, m_page.width()));
        rule(painter, 8 * m.mm, 0.5 * m.pt);
        return 11 * m.mm;
    }

    void paintRow(QPainter &painter, qreal top, const AgendaItem &item, qreal height, qreal scale)
    {
        painter.save();
        painter.setClipRect(QRectF(0, top, m_page.width(), height));
        const qreal y = top + m_pad;
        painter.setFont(slidetext::font(18 * m.pt, true));
        painter.setPen(kAccent);
        painter.drawText(QRectF(0, y, m_numberWidth, 12 * m.mm), Qt::AlignLeft | Qt::AlignTop,
                         QString::number(item.number));

        const qreal x = m_numberWidth;
        qreal ty = y;
        ty += drawWrapped(painter, QRectF(x, ty, m_textWidth, height), itemTitleFont(scale), kInk,
                          item.title);
        if (!item.presenter.isEmpty()) {
            ty += 1 * m.mm;
            ty += drawWrapped(painter, QRectF(x, ty, m_textWidth, height), smallFont(scale), kMuted,
                              presenterLine(item));
        }
        if (const QString list = documentList(item); !list.isEmpty()) {
            ty += 1.5 * m.mm;
            ty += drawWrapped(painter, QRectF(x, ty, m_textWidth, height), documentFont(scale),
                              kInk, list);
        }
        ty += 1.5 * m.mm;
        drawWrapped(painter, QRectF(x, ty, m_textWidth, height), urlFont(scale), kMuted,
                    itemUrl(item));

        const QRectF qrBox(m_page.width() - m_qrSide, y, m_qrSide, m_qrSide);
        paintQr(painter, QrCode::encode(itemUrl(item).toUtf8()), qrBox, QrRendering::Vector);
        painter.restore();
        rule(painter, top + height, 0.3 * m.pt);
    }

    void paintFooter(QPainter &painter, int page, int pages)
    {
        painter.setFont(slidetext::font(8 * m.pt));
        painter.setPen(kMuted);
        const QString text =
            m_text(QT_TRANSLATE_NOOP("PrintedSheet", "Page %1 of %2 · meeting code %3"))
                .arg(page)
                .arg(pages)
                .arg(m_source.meeting.code);
        painter.drawText(QRectF(0, m_page.height() - 6 * m.mm, m_page.width(), 6 * m.mm),
                         Qt::AlignRight | Qt::AlignBottom, text);
    }

    void rule(QPainter &painter, qreal y, qreal width)
    {
        painter.save();
        painter.setPen(QPen(kRule, width));
        painter.drawLine(QPointF(0, y), QPointF(m_page.width(), y));
        painter.restore();
    }

    QPagedPaintDevice &m_device;
    const PrintSource &m_source;
    const PrintOptions &m_options;
    Measure m;
    AudienceText m_text;
    QRectF m_page;
    qreal m_textWidth = 0;
    qreal m_qrSide = 0;
    qreal m_numberWidth = 0;
    qreal m_gap = 0;
    qreal m_pad = 0;
    QList<qreal> m_rowScales;
};

// Personal badges: a grid of cells with cut marks at every corner; in each, inside a 4 mm
// border left for the cut, the delegate's number and name large, the unit and delegation below,
// the meeting at the foot and the card's own code on the right.
class BadgePainter
{
public:
    BadgePainter(QPagedPaintDevice &device, const PrintSource &source)
        : m_device(device), m_source(source), m(device),
          m_text(source.meeting.language, "PrintedSheet"),
          m_page(QPointF(0, 0), device.pageLayout().paintRectPixels(device.logicalDpiX()).size())
    {}

    int paint()
    {
        const auto [columns, rows] = Printing::badgeGrid(m_page.size() / m.mm);
        const int perPage = columns * rows;
        const QSizeF cell(m_page.width() / columns, m_page.height() / rows);
        const qsizetype count = m_source.roster.size();
        const int pages = static_cast<int>((count + perPage - 1) / perPage);
        QPainter painter(&m_device);
        for (int p = 0; p < pages; ++p) {
            if (p > 0)
                m_device.newPage();
            for (int i = 0; i < perPage && p * perPage + i < count; ++i) {
                const int column = i % columns;
                const int row = i / columns; // whole rows: the division is meant
                const QRectF box(QPointF(column * cell.width(), row * cell.height()), cell);
                paintBadge(painter, box, m_source.roster[p * perPage + i]);
            }
            paintCutMarks(painter, m, columns, rows, cell);
        }
        return pages;
    }

private:
    void paintBadge(QPainter &painter, const QRectF &cell, const Delegate &delegate)
    {
        const QRectF inner = cell.adjusted(4 * m.mm, 4 * m.mm, -4 * m.mm, -4 * m.mm);
        const QString url =
            delegateurl::card(m_source.baseUrl, m_source.meeting.code, delegate.token);
        const QrCode code = QrCode::encode(url.toUtf8(), QrCode::Ecc::M);
        const qreal qrSide = std::min(inner.height() - 7 * m.mm, 34 * m.mm);
        const QRectF qrBox(inner.right() - qrSide, inner.top(), qrSide, qrSide);
        paintQr(painter, code, qrBox, QrRendering::Vector);
        drawWrapped(painter, QRectF(qrBox.left(), qrBox.bottom() + 0.5 * m.mm, qrSide, 6 * m.mm),
                    slidetext::font(6.5 * m.pt), kMuted,
                    m_text(QT_TRANSLATE_NOOP("PrintedSheet", "Scan to check in")),
                    Qt::AlignHCenter);

        const qreal textWidth = inner.width() - qrSide - 3 * m.mm;
        qreal y = inner.top();
        y += drawWrapped(painter, QRectF(inner.left(), y, textWidth, 8 * m.mm),
                         slidetext::font(9 * m.pt, true), kAccent,
                         m_text(QT_TRANSLATE_NOOP("PrintedSheet", "DELEGATE No. %1"))
                             .arg(m_text.locale().toString(delegate.number)));
        y += 1 * m.mm;
        const QRectF nameBox(inner.left(), y, textWidth, 16 * m.mm);
        y += slidetext::drawFitted(painter, nameBox, delegate.fullName,
                                   Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, 16 * m.pt,
                                   10 * m.pt, slidetext::font(16 * m.pt, true), kInk);
        y += 1.5 * m.mm;
        for (const QString &line : {delegate.unit, delegate.delegation, delegate.role}) {
            if (line.isEmpty() || y > inner.bottom() - 9 * m.mm)
                continue;
            y += drawWrapped(painter, QRectF(inner.left(), y, textWidth, 9 * m.mm),
                             slidetext::font(8.5 * m.pt), kInk, line);
            y += 0.5 * m.mm;
        }
        const QFont footFont = slidetext::font(7 * m.pt);
        const qreal footHeight = std::min(
            wrappedHeight(&m_device, footFont, textWidth, m_source.meeting.title), 7 * m.mm);
        painter.save();
        painter.setClipRect(
            QRectF(inner.left(), inner.bottom() - footHeight, textWidth, footHeight));
        drawWrapped(painter,
                    QRectF(inner.left(), inner.bottom() - footHeight, textWidth, footHeight),
                    footFont, kMuted, m_source.meeting.title);
        painter.restore();
    }

    QPagedPaintDevice &m_device;
    const PrintSource &m_source;
    Measure m;
    AudienceText m_text;
    QRectF m_page;
};

} // namespace

QString printLayoutKey(PrintLayout layout)
{
    switch (layout) {
    case PrintLayout::Sheet:
        return QStringLiteral("sheet");
    case PrintLayout::Cards:
        return QStringLiteral("cards");
    case PrintLayout::Poster:
        return QStringLiteral("poster");
    case PrintLayout::Badges:
        return QStringLiteral("badges");
    case PrintLayout::TentCards:
        return QStringLiteral("tent");
    }
    return QStringLiteral("sheet");
}

std::optional<PrintLayout> printLayoutFromKey(const QString &key)
{
    for (PrintLayout l : {PrintLayout::Sheet, PrintLayout::Cards, PrintLayout::Poster,
                          PrintLayout::Badges, PrintLayout::TentCards})
        if (key.compare(printLayoutKey(l), Qt::CaseInsensitive) == 0)
            return l;
    return std::nullopt;
}

PrintSource Printing::load(Catalog &catalog, Id meetingId, const QString &baseUrl)
{
    if (baseUrl.isEmpty() || baseUrl.endsWith(QStringLiteral(":0")))
        throw Error(tr("No server address is known yet: start hosting once, so that the codes "
                       "carry the address phones can reach."));
    PrintSource source;
    catalog.consistently([&] {
        const auto meeting = catalog.meeting(meetingId);
        if (!meeting)
            throw Error(tr("No such meeting."));
        source.meeting = *meeting;
        source.items = catalog.items(meetingId);
        source.publicBaseUrl = catalog.publicUrl(meetingId);
        source.wifi = catalog.effectiveWifi(meetingId);
        source.roster = catalog.roster(meetingId);
        for (const Survey &survey : catalog.surveys(meetingId))
            if (survey.state != SurveyState::Closed)
                source.surveys.prepend(survey); // oldest first, as they were made
        source.letterhead = catalog.letterhead();
        for (const AgendaItem &item : std::as_const(source.items)) {
            QStringList names;
            for (const Document &document : catalog.documents(item.id))
                names << (document.title.isEmpty() ? document.fileName : document.title);
            source.documents << names;
        }
    });
    source.baseUrl = baseUrl;
    return source;
}

QPageLayout Printing::pageLayout(QPageSize::PageSizeId paper)
{
    return QPageLayout(QPageSize(paper), QPageLayout::Portrait, QMarginsF(12, 12, 12, 12),
                       QPageLayout::Millimeter);
}

int Printing::paint(QPagedPaintDevice &device, PrintLayout layout, const PrintSource &source,
                    const PrintOptions &printOptions)
{
    if (source.baseUrl.isEmpty())
        throw Error(tr("No server address is known yet: start hosting once, so that the codes "
                       "carry the address phones can reach."));
    const SlideOptions options{source.meeting.language, QrRendering::Vector};
    switch (layout) {
    case PrintLayout::Sheet:
        return SheetPainter(device, source, printOptions).paint();
    case PrintLayout::Cards:
    case PrintLayout::TentCards: {
        if (source.items.isEmpty())
            throw Error(tr("The meeting has no agenda items to print cards for."));
        const int perPage = printOptions.cardsPerPage;
        Printing::cardGrid(perPage); // refuses a count the layout has no grid for
        CardPainter cards(device, source);
        return layout == PrintLayout::TentCards ? cards.paintTents() : cards.paintGrid(perPage);
    }
    case PrintLayout::Poster: {
        const AudienceText text(source.meeting.language, "PrintedSheet");
        QPainter painter(&device);
        paintWelcomeSlide(painter, pageArea(device),
                          {source.meeting.title, subtitle(source.meeting, text),
                           delegateurl::meeting(source.baseUrl, source.meeting.code), source.wifi},
                          options);
        return 1;
    }
    case PrintLayout::Badges:
        if (source.roster.isEmpty())
            throw Error(tr("The meeting has no roster to print badges for: import or add its "
                           "delegates first."));
        return BadgePainter(device, source).paint();
    }
    return 0;
}

SurveyPosterSource Printing::loadSurveyPoster(Catalog &catalog, Id surveyId, const QString &baseUrl)
{
    if (baseUrl.isEmpty() || baseUrl.endsWith(QStringLiteral(":0")))
        throw Error(tr("No server address is known yet: start hosting once, so that the codes "
                       "carry the address phones can reach."));
    SurveyPosterSource source;
    catalog.consistently([&] {
        const std::optional<Survey> survey = catalog.survey(surveyId);
        if (!survey)
            throw Error(tr("No such survey."));
        source.survey = *survey;
        source.wifi =
            survey->meetingId != 0 ? catalog.effectiveWifi(survey->meetingId) : catalog.venueWifi();
    });
    source.baseUrl = baseUrl;
    return source;
}

void Printing::paintSurveyPoster(QPagedPaintDevice &device, const SurveyPosterSource &source)
{
    if (source.baseUrl.isEmpty())
        throw Error(tr("No server address is known yet: start hosting once, so that the codes "
                       "carry the address phones can reach."));
    QPainter painter(&device);
    paintSurveyPosterPage(painter, pageArea(device),
                          {source.survey.title,
                           delegateurl::meeting(source.baseUrl, source.survey.code), source.wifi,
                           source.survey.perDelegate},
                          SlideOptions{source.survey.language, QrRendering::Vector});
}

void Printing::exportSurveyPosterPdf(const QString &path, const SurveyPosterSource &source,
                                     QPageSize::PageSizeId paper)
{
    PdfFile::write(path, pageLayout(paper), source.survey.title, [&](QPdfWriter &writer) {
        paintSurveyPoster(writer, source);
        return 1;
    });
}

int Printing::exportPdf(const QString &path, PrintLayout layout, const PrintSource &source,
                        QPageSize::PageSizeId paper, const PrintOptions &options)
{
    return PdfFile::write(path, pageLayout(paper), source.meeting.title, [&](QPdfWriter &writer) {
        return paint(writer, layout, source, options);
    });
}

std::pair<int, int> Printing::cardGrid(int perPage)
{
    switch (perPage) {
    case 1:
        return {1, 1};
    case 2:
        return {1, 2};
    case 4:
        return {2, 2};
    case 8:
        return {2, 4};
    default:
        throw Error(tr("Cards come 1, 2, 4 or 8 to a page, not %1.").arg(perPage));
    }
}

QString Printing::placeAndDate(const QString &place, const QDate &date, const QString &language)
{
    const QString where = place.simplified();
    if (!date.isValid())
        return where;
    if (language.startsWith(u"vi")) {
        // As Vietnamese official documents write it: a leading zero for days below 10 and for
        // months below 3 ("ngày 05 tháng 01 năm 2027", "ngày 20 tháng 11 năm 2026").
        const QString day =
            QStringLiteral("%1").arg(date.day(), date.day() < 10 ? 2 : 1, 10, QChar(u'0'));
        const QString month =
            QStringLiteral("%1").arg(date.month(), date.month() < 3 ? 2 : 1, 10, QChar(u'0'));
        const QString line =
            QStringLiteral("ngày %1 tháng %2 năm %3").arg(day, month, QString::number(date.year()));
        if (where.isEmpty())
            return u'N' + line.mid(1);
        return where + QStringLiteral(", ") + line;
    }
    const QString when = QLocale(language).toString(date, QStringLiteral("MMMM d, yyyy"));
    return where.isEmpty() ? when : where + QStringLiteral(", ") + when;
}

std::pair<int, int> Printing::badgeGrid(const QSizeF &pageMillimetres)
{
    const int columns = std::max(1, static_cast<int>(pageMillimetres.width() / 85));
    const int rows = std::max(1, static_cast<int>(pageMillimetres.height() / 50));
    return {columns, rows};
}

QList<QList<int>> Printing::paginate(const QList<qreal> &rowHeights, qreal firstPage,
                                     qreal otherPages)
{
    QList<QList<int>> pages;
    QList<int> current;
    qreal room = firstPage;
    for (int i = 0; i < rowHeights.size(); ++i) {
        // A full page moves on; so does a first page whose header left no room for a row
        // that a later page would hold.
        const bool full = !current.isEmpty() && rowHeights[i] > room;
        const bool headerOnly = current.isEmpty() && pages.isEmpty() && rowHeights[i] > room &&
                                rowHeights[i] <= otherPages;
        if (full || headerOnly) {
            pages.append(current);
            current.clear();
            room = otherPages;
        }
        current.append(i);
        room -= rowHeights[i];
    }
    if (!current.isEmpty())
        pages.append(current);
    return pages;
}

} // namespace docket
