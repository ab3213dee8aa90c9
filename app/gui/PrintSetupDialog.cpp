// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrintSetupDialog.h"

#include "util/Error.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace docket {

PrintSetupDialog::PrintSetupDialog(Purpose purpose, const PrintSource &source,
                                   const PrintSetup &initial, QWidget *parent)
    : QDialog(parent), m_source(source),
      m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution))
{
    setWindowTitle(purpose == Purpose::Print ? tr("Print") : tr("Export PDF"));

    m_layout = new QComboBox(this);
    m_layout->addItem(tr("Agenda sheet"), static_cast<int>(PrintLayout::Sheet));
    m_layout->addItem(tr("Cards: an item's code, large"), static_cast<int>(PrintLayout::Cards));
    m_layout->addItem(tr("Tent cards: folded to stand on a table"),
                      static_cast<int>(PrintLayout::TentCards));
    m_layout->addItem(tr("Poster: Wi-Fi and meeting"), static_cast<int>(PrintLayout::Poster));
    m_layout->addItem(tr("Delegates' badges, with their check-in codes"),
                      static_cast<int>(PrintLayout::Badges));
    m_layout->setCurrentIndex(std::max(0, m_layout->findData(static_cast<int>(initial.layout))));

    m_cardsPerPage = new QComboBox(this);
    for (const int count : kCardsPerPageChoices)
        m_cardsPerPage->addItem(tr("%n to a page", nullptr, count), count);
    m_cardsPerPage->setCurrentIndex(
        std::max(0, m_cardsPerPage->findData(initial.options.cardsPerPage)));

    m_paper = new QComboBox(this);
    m_paper->addItem(tr("A4 (210 × 297 mm)"), static_cast<int>(QPageSize::A4));
    m_paper->addItem(tr("A5 (148 × 210 mm)"), static_cast<int>(QPageSize::A5));
    m_paper->addItem(tr("US Letter (216 × 279 mm)"), static_cast<int>(QPageSize::Letter));
    m_paper->setCurrentIndex(std::max(0, m_paper->findData(static_cast<int>(initial.paper))));

    // Where the codes lead: offered only once the meeting has a public copy.
    m_address = new QComboBox(this);
    m_address->addItem(tr("The hall's server: %1").arg(source.baseUrl), false);
    if (!source.publicBaseUrl.isEmpty())
        m_address->addItem(tr("The published copy: %1").arg(source.publicBaseUrl), true);
    m_address->setCurrentIndex(initial.publicAddress && m_address->count() > 1 ? 1 : 0);
    m_address->setToolTip(tr("The published copy's codes work in the hall and at home (Meeting "
                             "▸ Publish to the web)."));

    m_officialHeader =
        new QCheckBox(tr("&Official header: the organisation, place and date"), this);
    m_officialHeader->setChecked(initial.options.officialHeader);
    m_organisation = new QPlainTextEdit(this);
    m_organisation->setPlainText(initial.letterhead.organisation);
    m_organisation->setPlaceholderText(tr("For example: YOUTH UNION\nWARD 1 COMMITTEE"));
    m_organisation->setTabChangesFocus(true);
    m_organisation->setFixedHeight(m_organisation->fontMetrics().lineSpacing() * 4 + 12);
    m_place = new QLineEdit(initial.letterhead.place, this);
    m_place->setPlaceholderText(tr("For example: Hanoi"));
    m_letterheadFields = new QWidget(this);
    auto *letterheadForm = new QFormLayout(m_letterheadFields);
    letterheadForm->setContentsMargins(20, 0, 0, 0);
    letterheadForm->addRow(tr("Organi&sation:"), m_organisation);
    letterheadForm->addRow(tr("P&lace:"), m_place);
    m_listDocuments = new QCheckBox(tr("List each item's &documents"), this);
    m_listDocuments->setChecked(initial.options.listDocuments);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Layout:"), m_layout);
    m_cardsPerPageLabel = new QLabel(tr("&Cards:"), this);
    m_cardsPerPageLabel->setBuddy(m_cardsPerPage);
    form->addRow(m_cardsPerPageLabel, m_cardsPerPage);
    form->addRow(tr("&Paper:"), m_paper);
    m_addressLabel = new QLabel(tr("Codes lead &to:"), this);
    m_addressLabel->setBuddy(m_address);
    form->addRow(m_addressLabel, m_address);
    auto *choices = new QVBoxLayout;
    choices->addLayout(form);
    choices->addWidget(m_officialHeader);
    choices->addWidget(m_letterheadFields);
    choices->addWidget(m_listDocuments);
    choices->addWidget(m_problem);
    choices->addStretch(1);

    m_printer->setPageLayout(Printing::pageLayout(initial.paper));
    m_printer->setDocName(source.meeting.title);
    m_preview = new QPrintPreviewWidget(m_printer.get(), this);
    m_preview->setMinimumSize(420, 480);
    m_preview->fitInView();
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &PrintSetupDialog::drawPreview);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_go = buttons->addButton(purpose == Purpose::Print ? tr("&Print…") : tr("&Export PDF…"),
                              QDialogButtonBox::AcceptRole);
    m_go->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *columns = new QHBoxLayout;
    columns->addLayout(choices, 0);
    columns->addWidget(m_preview, 1);
    auto *outer = new QVBoxLayout(this);
    outer->addLayout(columns, 1);
    outer->addWidget(buttons);
    resize(980, 720);

    const auto changed = [this] {
        updateControls();
        m_printer->setPageLayout(Printing::pageLayout(
            static_cast<QPageSize::PageSizeId>(m_paper->currentData().toInt())));
        m_preview->updatePreview();
    };
    connect(m_layout, &QComboBox::currentIndexChanged, this, changed);
    connect(m_cardsPerPage, &QComboBox::currentIndexChanged, this, changed);
    connect(m_paper, &QComboBox::currentIndexChanged, this, changed);
    connect(m_address, &QComboBox::currentIndexChanged, this, changed);
    connect(m_officialHeader, &QCheckBox::toggled, this, changed);
    connect(m_listDocuments, &QCheckBox::toggled, this, changed);
    connect(m_organisation, &QPlainTextEdit::textChanged, this, changed);
    connect(m_place, &QLineEdit::textChanged, this, changed);
    updateControls();
}

PrintSetupDialog::~PrintSetupDialog() = default;

PrintSetup PrintSetupDialog::setup() const
{
    PrintSetup chosen;
    chosen.layout = static_cast<PrintLayout>(m_layout->currentData().toInt());
    chosen.paper = static_cast<QPageSize::PageSizeId>(m_paper->currentData().toInt());
    chosen.options.cardsPerPage = m_cardsPerPage->currentData().toInt();
    chosen.options.officialHeader = m_officialHeader->isChecked();
    chosen.options.listDocuments = m_listDocuments->isChecked();
    chosen.letterhead = {m_organisation->toPlainText().trimmed(), m_place->text().simplified()};
    chosen.publicAddress = m_address->currentData().toBool();
    return chosen;
}

int PrintSetupDialog::previewPages() const
{
    return m_pages;
}

QString PrintSetupDialog::problem() const
{
    return m_failure;
}

void PrintSetupDialog::updateControls()
{
    const auto layout = static_cast<PrintLayout>(m_layout->currentData().toInt());
    const bool sheet = layout == PrintLayout::Sheet;
    m_cardsPerPage->setVisible(layout == PrintLayout::Cards);
    m_cardsPerPageLabel->setVisible(layout == PrintLayout::Cards);
    m_officialHeader->setVisible(sheet);
    m_letterheadFields->setVisible(sheet && m_officialHeader->isChecked());
    m_listDocuments->setVisible(sheet);
    m_address->setVisible(m_address->count() > 1);
    m_addressLabel->setVisible(m_address->count() > 1);
}

void PrintSetupDialog::drawPreview(QPrinter *printer)
{
    const PrintSetup chosen = setup();
    PrintSource source = m_source;
    source.letterhead = chosen.letterhead;
    if (chosen.publicAddress)
        source.baseUrl = source.publicBaseUrl;
    try {
        m_pages = Printing::paint(*printer, chosen.layout, source, chosen.options);
        m_failure.clear();
    } catch (const Error &error) {
        m_pages = 0;
        m_failure = error.message();
    }
    m_problem->setText(m_failure);
    m_problem->setVisible(!m_failure.isEmpty());
    m_go->setEnabled(m_failure.isEmpty());
}

} // namespace docket
