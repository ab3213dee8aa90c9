// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/TempLibrary.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <catch2/catch.hpp>

namespace testsupport {

TempFolder::TempFolder()
{
    REQUIRE(m_dir.isValid());
}

TempLibrary::TempLibrary()
{
    REQUIRE(m_dir.isValid());
    REQUIRE(QDir(m_dir.path()).mkpath(QStringLiteral("sources")));
    m_library = std::make_unique<docket::Library>(folder());
}

TempLibrary::~TempLibrary() = default;

QString TempLibrary::sourcePath(const QString &name) const
{
    return m_dir.filePath(QStringLiteral("sources/") + name);
}

void TempLibrary::reopen()
{
    m_library.reset();
    m_library = std::make_unique<docket::Library>(folder());
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    REQUIRE(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
    file.close();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace testsupport
