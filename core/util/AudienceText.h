// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QTranslator;

namespace docket {

// Text that delegates read (their phone pages, the projector, the printed sheet) follows the
// meeting's or the phone's language, not the organiser's UI language, so it is looked up in a
// translator per language rather than through the application-wide one. Sources are marked
// with QT_TRANSLATE_NOOP(context, "...") so that lupdate finds them.
class AudienceText
{
public:
    AudienceText(const QString &language, const char *context);

    static const QStringList &languages(); // "vi", "en"

    // `source` translated; with n >= 0 the plural form for n, %n filled in the locale's digits.
    QString operator()(const char *source, int n = -1) const;
    const QLocale &locale() const { return m_locale; }
    const QString &language() const { return m_language; }

private:
    QString m_language;
    const char *m_context;
    QLocale m_locale;
    const QTranslator *m_translator;
};

} // namespace docket
