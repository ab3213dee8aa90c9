// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApplicationSetup.h"

#include "util/DateText.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QTranslator>

namespace docket::application {

void installTranslations(const QLocale &locale)
{
    static QTranslator qt;
    static QTranslator docket;
    QApplication::removeTranslator(&qt);
    QApplication::removeTranslator(&docket);
    if (qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qt);
    const bool own = docket.load(locale, QStringLiteral("docket"), QStringLiteral("_"),
                                 QStringLiteral(":/i18n"));
    if (own || docket.load(QStringLiteral(":/i18n/docket_en.qm")))
        QApplication::installTranslator(&docket);
    // Dates, sizes and numbers in the window follow the language it speaks ("10,3 kB", "52
    // byte" in Vietnamese), and English ones when it falls back to English.
    datetext::setUiLanguage(own ? docket.language() : QStringLiteral("en"));
    QLocale::setDefault(own ? locale : QLocale(QLocale::English, QLocale::UnitedStates));
}

void setIdentity()
{
    const QString id = QString::fromLatin1(kAppId);
    QGuiApplication::setDesktopFileName(id);
    QApplication::setWindowIcon(
        QIcon::fromTheme(id, QIcon(QStringLiteral(":/icons/") + id + QStringLiteral(".svg"))));
}

} // namespace docket::application
