// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace docket::csv {

// One field as RFC 4180 (and Excel) reads it: quoted when it holds a comma, a quote or a line
// break, its quotes doubled.
inline QString field(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') &&
        !text.contains(u'\r'))
        return text;
    return u'"' + QString(text).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

inline QString row(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &f : fields)
        quoted << field(f);
    return quoted.join(u',');
}

// Rows already joined by row(), as a file Excel opens with its Vietnamese intact: UTF-8 with a
// BOM, CRLF line ends.
inline QByteArray document(const QStringList &rows)
{
    return QByteArray("\xEF\xBB\xBF") + rows.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

} // namespace docket::csv
