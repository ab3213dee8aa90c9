// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace docket::csv {

// Text a spreadsheet would run as a formula (= + - @, or a tab or CR before one): a name, a
// title or an answer someone typed must stay text when the file is opened, so it gets the
// apostrophe that spreadsheets read as "this is text" (OWASP's CSV injection advice).
inline QString neutralised(const QString &text)
{
    static const QString kActive = QStringLiteral("=+-@\t\r");
    return !text.isEmpty() && kActive.contains(text.front()) ? u'\'' + text : text;
}

// One field as RFC 4180 (and Excel) reads it: quoted when it holds a comma, a quote or a line
// break, its quotes doubled; neutralised first.
inline QString field(const QString &raw)
{
    const QString text = neutralised(raw);
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
