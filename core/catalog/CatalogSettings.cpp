// SPDX-License-Identifier: GPL-3.0-or-later
// Settings, and the secrets of the library made on first use.
#include "catalog/Catalog.h"
#include "catalog/CatalogRows.h"
#include "util/Pin.h"

namespace docket {

using namespace catalogrows;

QByteArray Catalog::librarySecret(const QString &key)
{
    if (const QString kept = setting(key); kept.size() == 32)
        return kept.toLatin1();
    const QString made = QString::fromLatin1(pin::newSalt());
    if (!isReadOnly()) {
        // The window and docket-cli starting together must end up with one secret: the first
        // write wins and everyone reads what is stored. One statement writes, so nobody can
        // write between another's look and its write; a stored secret is never replaced.
        try {
            sql::Statement store(m_db, "INSERT INTO setting(key, value) VALUES (?1, ?2) "
                                       "ON CONFLICT(key) DO UPDATE SET value = excluded.value "
                                       "WHERE length(setting.value) <> 32");
            store.bind(1, key).bind(2, made).run();
            sql::Statement stored(m_db, "SELECT value FROM setting WHERE key = ?");
            if (stored.bind(1, key).step() && stored.text(0).size() == 32)
                return stored.text(0).toLatin1();
        } catch (const CatalogError &error) {
            if (error.kind() == CatalogError::Kind::Other ||
                error.kind() == CatalogError::Kind::Damaged)
                throw;
        }
    }
    // Cannot be stored (read-only, full, busy for longer than SQLite waits): this process keeps
    // one of its own, never written later, as that could replace one another program stored.
    m_settingOverlay.insert(key, made);
    return made.toLatin1();
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
    m_settingOverlay.insert(key, value);
    if (!m_unsavedSettings.contains(key))
        m_unsavedSettings.append(key);
    saveRememberedSettings();
}

void Catalog::saveRememberedSettings()
{
    if (isReadOnly()) {
        m_unsavedSettings.clear(); // kept for this process alone, as promised
        return;
    }
    while (!m_unsavedSettings.isEmpty()) {
        const QString key = m_unsavedSettings.first();
        try {
            setSetting(key, m_settingOverlay.value(key));
            m_unsavedSettings.removeFirst();
        } catch (const CatalogError &error) {
            switch (error.kind()) {
            case CatalogError::Kind::Other:
            case CatalogError::Kind::Archived: // settings are no meeting's: never said
            case CatalogError::Kind::Damaged:
                m_unsavedSettings.removeFirst(); // told once, by the exception
                throw;
            case CatalogError::Kind::Busy:
                // Another program wrote for longer than SQLite waits: the value stays in this
                // process and is written on the next rememberSetting() or when the catalog
                // closes, instead of being dropped without a word.
                qWarning("%s", qUtf8Printable(error.message()));
                return;
            case CatalogError::Kind::DiskFull:
            case CatalogError::Kind::ReadOnly:
            case CatalogError::Kind::Io:
                m_unsavedSettings.clear(); // it will not take them: kept for this process
                return;
            }
        }
    }
}

} // namespace docket
