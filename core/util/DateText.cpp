// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/DateText.h"

#include <QLocale>

namespace docket::datetext {

namespace {
QString &current()
{
    static QString language = QStringLiteral("en");
    return language;
}

bool vietnamese(const QString &language)
{
    return language.startsWith(u"vi");
}
} // namespace

QString uiLanguage()
{
    return current();
}

void setUiLanguage(const QString &language)
{
    current() = vietnamese(language) ? QStringLiteral("vi") : QStringLiteral("en");
}

QString dateFormat(const QString &language)
{
    return vietnamese(language) ? QStringLiteral("dd/MM/yyyy") : QStringLiteral("d MMM yyyy");
}

QString date(const QDate &day, const QString &language)
{
    if (!day.isValid())
        return {};
    const QLocale locale(vietnamese(language) ? QLocale::Vietnamese : QLocale::English);
    return locale.toString(day, dateFormat(language));
}

QString dateTime(const QDateTime &moment, const QString &language)
{
    if (!moment.isValid())
        return {};
    const QDateTime local = moment.toLocalTime();
    return date(local.date(), language) + u' ' + local.time().toString(QStringLiteral("HH:mm"));
}

QString time(const QDateTime &moment)
{
    return moment.isValid() ? moment.toLocalTime().time().toString(QStringLiteral("HH:mm"))
                            : QString();
}

} // namespace docket::datetext
