// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/AudienceText.h"

#include <QTranslator>

#include <map>
#include <memory>

namespace docket {

namespace {

const QTranslator *translatorFor(const QString &language)
{
    static const auto translators = [] {
        std::map<QString, std::unique_ptr<QTranslator>> loaded;
        for (const QString &lang : AudienceText::languages()) {
            auto translator = std::make_unique<QTranslator>();
            if (translator->load(QStringLiteral(":/i18n/docket_") + lang + QStringLiteral(".qm")))
                loaded.emplace(lang, std::move(translator));
        }
        return loaded;
    }();
    const auto it = translators.find(language);
    return it == translators.end() ? nullptr : it->second.get();
}

} // namespace

const QStringList &AudienceText::languages()
{
    static const QStringList list{QStringLiteral("vi"), QStringLiteral("en")};
    return list;
}

AudienceText::AudienceText(const QString &language, const char *context)
    : m_language(languages().contains(language) ? language : QStringLiteral("en")),
      m_context(context),
      m_locale(m_language == u"vi" ? QLocale(QLocale::Vietnamese) : QLocale(QLocale::English)),
      m_translator(translatorFor(m_language))
{}

QString AudienceText::operator()(const char *source, int n) const
{
    QString text =
        m_translator ? m_translator->translate(m_context, source, nullptr, n) : QString();
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    if (n >= 0)
        text.replace(QStringLiteral("%n"), m_locale.toString(n));
    return text;
}

} // namespace docket
