// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/Proof.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace docket {

// Library ▸ Check a file…: drop a file (or choose one) and read whether it is exactly a version
// Docket stored, in which meeting, item and document, when it was current and to how many
// phones it went. Hashing runs beside the window (BackgroundWork), with Cancel.
class ProofDialog : public QDialog
{
    Q_OBJECT
public:
    ProofDialog(Catalog &catalog, QWidget *parent = nullptr);

    // What dropping or choosing does: false when nothing could be checked (the error is shown).
    bool check(const QString &path);
    const std::optional<ProofReport> &report() const { return m_report; }
    QTextBrowser *result() const { return m_result; }
    QPushButton *chooseButton() const { return m_choose; }

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void choose();

    Catalog &m_catalog;
    QLabel *m_verdict = nullptr;
    QTextBrowser *m_result = nullptr;
    QPushButton *m_choose = nullptr;
    std::optional<ProofReport> m_report;
};

} // namespace docket
