// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every command of docket-cli shares: the library it works on, stdout and stderr, the
// JSON shapes of meetings and documents, and the look-ups that turn the words people type
// (a meeting code, an item number) into catalog rows or a clear error.

#include "catalog/Catalog.h"
#include "library/Library.h"
#include "model/Model.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <memory>

namespace docket::cli {

class CommandLine;

// The translation context of docket-cli's messages.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QTextStream &out();
QTextStream &err();

class Context
{
public:
    QString libraryFolder;
    bool json = false;

    Library &library()
    {
        if (!m_library) {
            m_library = std::make_unique<Library>(libraryFolder);
            announceLibraryState();
        }
        return *m_library;
    }
    // Waits for an automatic backup the command started and says if it failed.
    void finish();
    Catalog &catalog() { return library().catalog(); }

    void printJson(const QJsonValue &value)
    {
        const QJsonDocument doc =
            value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
        out() << QString::fromUtf8(doc.toJson(QJsonDocument::Compact)) << Qt::endl;
    }

private:
    void announceLibraryState();
    std::unique_ptr<Library> m_library;
};

QJsonValue orNull(const QString &text);
// A moment in --json: ISO 8601 UTC with milliseconds, null when unknown.
QJsonValue timeJson(const QDateTime &time);
QJsonObject meetingJson(const Meeting &m);
QJsonObject documentJson(const Document &d);
QString describeDocument(const Document &d);

Meeting requireMeeting(Context &ctx, const QString &idOrCode);
AgendaItem requireItem(Context &ctx, const Meeting &meeting, const QString &numberText);

// --base-url when given, else the address the last `serve` (or the GUI) announced.
QString baseUrl(Context &ctx, const CommandLine &cl, bool required);
// What paper and saved codes carry: they outlive this session, so an address only this
// computer can reach (a dry run on loopback) is refused unless the user names it with
// --base-url. With --public, the meeting's public address instead (meeting public-url), which
// only a meeting has: `meeting` null (a survey, whose answers stay here) refuses it.
QString paperBaseUrl(Context &ctx, const CommandLine &cl, const Meeting *meeting = nullptr);

// The network of --password, --security and --hidden (wifi set, qr --wifi).
WifiNetwork wifiFromOptions(const CommandLine &cl, const QString &ssid);

} // namespace docket::cli
