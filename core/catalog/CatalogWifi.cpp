// SPDX-License-Identifier: GPL-3.0-or-later
// The network delegates join (per meeting, and the venue default in the settings), and the
// organisation's letterhead.
#include "catalog/Catalog.h"
#include "catalog/CatalogRows.h"
#include "catalog/SettingKeys.h"
#include "qr/DelegateUrl.h"
#include "qr/WifiPayload.h"
#include "util/Error.h"

namespace docket {

using namespace catalogrows;

namespace {
void checkWifi(const WifiNetwork &network)
{
    if (network.isEmpty())
        return; // clears it
    if (const QString why = wifipayload::problem(network); !why.isEmpty())
        throw Error(why);
}
} // namespace

WifiNetwork Catalog::meetingWifi(Id meetingId)
{
    sql::Statement s(m_db, "SELECT wifi_ssid, wifi_password, wifi_security, wifi_hidden "
                           "FROM meeting WHERE id = ?");
    if (!s.bind(1, meetingId).step())
        throw Error(tr("No such meeting."));
    WifiNetwork network;
    network.ssid = s.text(0);
    network.password = s.text(1);
    network.security = wifipayload::securityFromKey(s.text(2)).value_or(WifiSecurity::Wpa);
    network.hidden = s.int64(3) != 0;
    return network;
}

void Catalog::setMeetingWifi(Id meetingId, const WifiNetwork &network)
{
    checkWifi(network);
    sql::Transaction tx(m_db);
    sql::Statement s(m_db, "UPDATE meeting SET wifi_ssid = ?, wifi_password = ?, "
                           "wifi_security = ?, wifi_hidden = ? WHERE id = ?");
    changeExactlyOne(
        m_db,
        s.bind(1, orEmpty(network.ssid))
            .bind(2, network.isEmpty() ? QStringLiteral("") : orEmpty(network.password))
            .bind(3, wifipayload::securityKey(network.security))
            .bind(4, network.hidden ? 1 : 0)
            .bind(5, meetingId),
        tr("No such meeting."));
    tx.commit();
    Q_EMIT changed();
}

WifiNetwork Catalog::venueWifi()
{
    WifiNetwork network;
    network.ssid = setting(settingkeys::wifiSsid());
    network.password = setting(settingkeys::wifiPassword());
    network.security = wifipayload::securityFromKey(setting(settingkeys::wifiSecurity()))
                           .value_or(WifiSecurity::Wpa);
    network.hidden = setting(settingkeys::wifiHidden()) == u"1";
    return network;
}

void Catalog::setVenueWifi(const WifiNetwork &network)
{
    checkWifi(network);
    sql::Transaction tx(m_db);
    setSetting(settingkeys::wifiSsid(), network.ssid);
    setSetting(settingkeys::wifiPassword(), network.isEmpty() ? QString() : network.password);
    setSetting(settingkeys::wifiSecurity(), wifipayload::securityKey(network.security));
    setSetting(settingkeys::wifiHidden(),
               network.hidden ? QStringLiteral("1") : QStringLiteral("0"));
    tx.commit();
    Q_EMIT changed();
}

WifiNetwork Catalog::effectiveWifi(Id meetingId)
{
    const WifiNetwork own = meetingWifi(meetingId);
    return own.isEmpty() ? venueWifi() : own;
}

Letterhead Catalog::letterhead()
{
    return {setting(settingkeys::letterheadOrganisation()),
            setting(settingkeys::letterheadPlace())};
}

QString Catalog::publicUrl(Id meetingId)
{
    const std::optional<Meeting> found = meeting(meetingId);
    return found ? setting(settingkeys::publicUrl(found->code)) : QString();
}

void Catalog::setPublicUrl(Id meetingId, const QString &url)
{
    const std::optional<Meeting> found = meeting(meetingId);
    if (!found)
        throw Error(tr("There is no meeting %1.").arg(meetingId));
    const QString base =
        url.trimmed().isEmpty() ? QString() : delegateurl::normalizePublicBase(url);
    if (!url.trimmed().isEmpty() && base.isEmpty())
        throw Error(tr("“%1” is not a web address: give one such as https://doanphuong.vn or "
                       "https://example.org/hoinghi.")
                        .arg(url.trimmed()));
    setSetting(settingkeys::publicUrl(found->code), base);
    Q_EMIT changed();
}

void Catalog::setLetterhead(const Letterhead &letterhead)
{
    const QString organisation = letterhead.organisation.trimmed();
    const QString place = letterhead.place.simplified();
    // A header, not a page: four lines fit above the title without pushing the agenda off.
    if (organisation.count(u'\n') > 3 || organisation.size() > 300)
        throw Error(tr("The organisation's name is too long for a header: at most four lines "
                       "and 300 characters."));
    if (place.size() > 100)
        throw Error(tr("The place is too long: at most 100 characters."));
    sql::Transaction tx(m_db);
    setSetting(settingkeys::letterheadOrganisation(), organisation);
    setSetting(settingkeys::letterheadPlace(), place);
    tx.commit();
    Q_EMIT changed();
}

} // namespace docket
