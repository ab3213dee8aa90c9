// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "print/PrintLayouts.h"

#include <QDialog>
#include <QPageSize>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPrinter;
class QPrintPreviewWidget;
class QPushButton;
class QWidget;

namespace docket {

// What to put on paper and how, with the pages beside the choices as they will come out:
// the layout, cards to a page, the paper, and for the agenda sheet the official header (the
// organisation and place, edited here and kept for the library) and the documents under each
// item. Print and Export PDF share it, so what is exported is what the preview showed.
struct PrintSetup
{
    PrintLayout layout = PrintLayout::Sheet;
    QPageSize::PageSizeId paper = QPageSize::A4;
    PrintOptions options;
    Letterhead letterhead;
    // The codes lead to the published copy (PrintSource::publicBaseUrl), not the hall's server:
    // one code for the hall and for home.
    bool publicAddress = false;
};

class PrintSetupDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Purpose
    {
        Print,
        ExportPdf
    };
    PrintSetupDialog(Purpose purpose, const PrintSource &source, const PrintSetup &initial,
                     QWidget *parent = nullptr);
    ~PrintSetupDialog() override;

    PrintSetup setup() const;
    // How many pages the preview drew; 0 while the layout has nothing to show.
    int previewPages() const;
    QString problem() const; // why the layout cannot be printed; empty when it can
    QComboBox *layoutBox() const { return m_layout; }
    QComboBox *cardsPerPageBox() const { return m_cardsPerPage; }
    QCheckBox *officialHeaderBox() const { return m_officialHeader; }
    QComboBox *addressBox() const { return m_address; }

private:
    void updateControls();
    void drawPreview(QPrinter *printer);

    PrintSource m_source;
    std::unique_ptr<QPrinter> m_printer;
    QComboBox *m_layout = nullptr;
    QComboBox *m_cardsPerPage = nullptr;
    QLabel *m_cardsPerPageLabel = nullptr;
    QComboBox *m_paper = nullptr;
    QComboBox *m_address = nullptr;
    QLabel *m_addressLabel = nullptr;
    QCheckBox *m_officialHeader = nullptr;
    QPlainTextEdit *m_organisation = nullptr;
    QLineEdit *m_place = nullptr;
    QWidget *m_letterheadFields = nullptr;
    QCheckBox *m_listDocuments = nullptr;
    QLabel *m_problem = nullptr;
    QPrintPreviewWidget *m_preview = nullptr;
    QPushButton *m_go = nullptr;
    int m_pages = 0;
    QString m_failure;
};

} // namespace docket
