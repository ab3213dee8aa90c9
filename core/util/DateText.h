// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// One way to write a date per language, wherever the organiser reads one (the meeting list,
// the date field, versions, the trash, backups, search hits, the hall's check-in times), so
// that the window never shows 2026-12-01, 01/12/2026 and 12/1/26 side by side: dd/MM/yyyy in
// Vietnamese, "5 Dec 2026" in English (neither 12/1 nor 1/12, which readers take both ways).
// Paper and slides speak the meeting's language and write dates in full (AudienceText).
namespace docket::datetext {

// The window's language, as the translations installed say it: "vi" or "en".
QString uiLanguage();
void setUiLanguage(const QString &language);

// The QDateTimeEdit display format, and what it shows, for `language`.
QString dateFormat(const QString &language = uiLanguage());
QString date(const QDate &date, const QString &language = uiLanguage());
// Local time, "05/12/2026 14:05" / "5 Dec 2026 14:05".
QString dateTime(const QDateTime &moment, const QString &language = uiLanguage());
// "14:05", the 24-hour clock in both languages.
QString time(const QDateTime &moment);

} // namespace docket::datetext
