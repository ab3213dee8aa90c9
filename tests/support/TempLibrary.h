// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/Library.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace testsupport {

// A fresh folder that disappears with the test.
class TempFolder
{
public:
    TempFolder();
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

// A real library folder (catalog.sqlite, blobs/, tmp/) in a temporary folder, next to a
// "sources" folder that stands for the user's own files.
class TempLibrary
{
public:
    TempLibrary();
    ~TempLibrary();

    QString folder() const { return m_dir.filePath(QStringLiteral("library")); }
    QString sourcePath(const QString &name) const;
    docket::Library &library() { return *m_library; }
    docket::Catalog &catalog() { return m_library->catalog(); }
    // Closes and opens the library again, as a new process would.
    void reopen();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<docket::Library> m_library;
};

// Files: every helper REQUIREs success.
void writeFile(const QString &path, const QByteArray &bytes);
QByteArray readFile(const QString &path);
QString sha256Hex(const QByteArray &bytes);

} // namespace testsupport
