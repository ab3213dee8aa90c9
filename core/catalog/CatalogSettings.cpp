// SPDX-License-Identifier: GPL-3.0-or-later
// Settings, and the secrets of the library made on first use.
#include "catalog/Catalog.h"
#include "catalog/CatalogRows.h"
#include "util/Pin.h"

namespace docket {

using namespace catalogrows;

QByteArray Catalog::librarySecret(const QString &key)
{
    QString secret = setting(key);
    if (secret.size() != 32) {
        secret = QString::fromLatin1(pin::newSalt());
        rememberSetting(key, secret);
    }
    return secret.toLatin1();
}

QByteArray Catalog::deviceSalt()
{
    return librarySecret(QStringLiteral("server.device_salt"));
}

QByteArray Catalog::cookieSecret()
{
    return librarySecret(QStringLiteral("server.cookie_secret"));
}

QString Catalog::setting(const QString &key)
{
    if (const auto kept = m_settingOverlay.constFind(key); kept != m_settingOverlay.cend())
        return *kept;
    sql::Statement s(m_db, "SELECT value FROM setting WHERE key = ?");
    if (s.bind(1, key).step())
        return s.text(0);
    return {};
}

void Catalog::setSetting(const QString &key, const QString &value)
{
    sql::Statement s(m_db, "INSERT INTO setting(key, value) VALUES (?, ?) "
                           "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    s.bind(1, key).bind(2, orEmpty(value)).run();
    m_settingOverlay.remove(key);
}

void Catalog::rememberSetting(const QString &key, const QString &value)
{
    if (!isReadOnly()) {
        try {
            setSetting(key, value);
            return;
        } catch (const CatalogError &error) {
            if (error.kind() == CatalogError::Kind::Other ||
                error.kind() == CatalogError::Kind::Damaged)
                throw;
        }
    }
    m_settingOverlay.insert(key, value);
}

} // namespace docket
