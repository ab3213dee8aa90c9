// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeetingStateIcon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace docket {

namespace {

QPixmap draw(MeetingState state, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal unit = size / 16.0;
    const QRectF box(2 * unit, 2 * unit, 12 * unit, 12 * unit);
    switch (state) {
    case MeetingState::Draft: {
        QPen pen(QColor(0x5f, 0x63, 0x68), 1.6 * unit, Qt::DashLine);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(box.adjusted(unit, unit, -unit, -unit));
        break;
    }
    case MeetingState::Open:
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x1e, 0x8e, 0x3e));
        p.drawEllipse(box);
        p.setPen(QPen(Qt::white, 1.8 * unit, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPolyline(QPolygonF({QPointF(5 * unit, 8.2 * unit), QPointF(7.2 * unit, 10.4 * unit),
                                  QPointF(11 * unit, 5.8 * unit)}));
        break;
    case MeetingState::Closed:
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x5f, 0x63, 0x68));
        p.drawRoundedRect(box.adjusted(unit, unit, -unit, -unit), 1.5 * unit, 1.5 * unit);
        break;
    case MeetingState::Archived: {
        // A box with a lid and a padlock's shackle: kept, not to be changed.
        const QColor ink(0x17, 0x4e, 0xa6);
        p.setPen(QPen(ink, 1.4 * unit, Qt::SolidLine, Qt::RoundCap));
        p.setBrush(Qt::NoBrush);
        p.drawArc(QRectF(5.5 * unit, 1.5 * unit, 5 * unit, 6 * unit), 0, 180 * 16);
        p.setPen(Qt::NoPen);
        p.setBrush(ink);
        p.drawRoundedRect(QRectF(3 * unit, 5 * unit, 10 * unit, 9 * unit), unit, unit);
        p.setBrush(Qt::white);
        p.drawEllipse(QPointF(8 * unit, 9 * unit), 1.3 * unit, 1.3 * unit);
        p.drawRect(QRectF(7.5 * unit, 9 * unit, unit, 2.5 * unit));
        break;
    }
    }
    return pixmap;
}

} // namespace

QIcon meetingStateIcon(MeetingState state)
{
    QIcon icon;
    for (int size : {16, 24, 32, 48})
        icon.addPixmap(draw(state, size));
    return icon;
}

} // namespace docket
