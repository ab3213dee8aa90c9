// SPDX-License-Identifier: GPL-3.0-or-later
#include "SurveyPhonePreview.h"

#include "survey/SurveyForm.h"
#include "survey/SurveyResults.h"
#include "util/AudienceText.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace docket {

namespace {

QLabel *paragraph(const QString &text, QWidget *parent, qreal scale = 1.0, bool bold = false,
                  const QColor &colour = QColor(0x16, 0x1b, 0x22))
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText); // the organiser's words, never markup
    label->setWordWrap(true);
    QFont font = label->font();
    font.setPixelSize(static_cast<int>(16 * scale));
    font.setBold(bold);
    label->setFont(font);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, colour);
    label->setPalette(palette);
    return label;
}

} // namespace

SurveyPhonePreview::SurveyPhonePreview(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("surveyPhonePreview"));
    setAccessibleName(tr("Phone preview"));
    auto *layout = new QVBoxLayout(this);
    auto *note = new QLabel(
        tr("As a phone %1 px wide shows the form, in the survey's language. Nothing is sent.")
            .arg(kPhoneWidth),
        this);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_scroll = new QScrollArea(this);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidgetResizable(true);
    // The phone's width for the page itself, its scroll bar beside it.
    m_scroll->setFixedWidth(kPhoneWidth + m_scroll->verticalScrollBar()->sizeHint().width() +
                            2 * m_scroll->frameWidth());
    layout->addWidget(m_scroll, 1, Qt::AlignHCenter);
    rebuild();
}

void SurveyPhonePreview::setSurvey(const std::optional<Survey> &survey)
{
    m_survey = survey;
    rebuild();
}

void SurveyPhonePreview::rebuild()
{
    const int keep = m_scroll->verticalScrollBar()->value();
    m_questions = 0;
    m_page = new QWidget;
    m_page->setObjectName(QStringLiteral("surveyPhonePage"));
    m_page->setAutoFillBackground(true);
    QPalette white = m_page->palette();
    white.setColor(QPalette::Window, Qt::white);
    white.setColor(QPalette::WindowText, QColor(0x16, 0x1b, 0x22));
    white.setColor(QPalette::Text, QColor(0x16, 0x1b, 0x22));
    m_page->setPalette(white);
    auto *column = new QVBoxLayout(m_page);
    column->setContentsMargins(16, 16, 16, 24);
    column->setSpacing(10);
    if (!m_survey) {
        column->addWidget(paragraph(tr("Choose a survey to see it as a phone does."), m_page));
        column->addStretch();
        m_scroll->setWidget(m_page);
        return;
    }
    const Survey &survey = *m_survey;
    const AudienceText t(survey.language, "SurveyPage");
    const QColor muted(0x58, 0x61, 0x6d);
    column->addWidget(paragraph(survey.title, m_page, 1.5, true));
    if (!survey.intro.trimmed().isEmpty())
        column->addWidget(paragraph(survey.intro.trimmed(), m_page));
    column->addWidget(
        paragraph(survey::privacyNotice(survey, survey.language), m_page, 0.85, false, muted));

    int shown = 0;
    for (const SurveyQuestion &q : survey.questions) {
        if (q.kind == QuestionKind::Section) {
            column->addSpacing(8);
            column->addWidget(paragraph(q.text, m_page, 1.25, true));
            continue;
        }
        ++m_questions;
        QString legend = t.locale().toString(++shown) + QStringLiteral(". ") + q.text;
        if (q.required)
            legend += u' ' + t(QT_TRANSLATE_NOOP("SurveyPage", "(required)"));
        column->addSpacing(6);
        column->addWidget(paragraph(legend, m_page, 1.0, true));
        if (!q.help.trimmed().isEmpty())
            column->addWidget(paragraph(q.help.trimmed(), m_page, 0.9, false, muted));
        if (q.kind == QuestionKind::Multiple)
            column->addWidget(
                paragraph(t(QT_TRANSLATE_NOOP("SurveyPage", "You can choose more than one.")),
                          m_page, 0.9, false, muted));
        switch (q.kind) {
        case QuestionKind::Rating:
        case QuestionKind::Single: {
            auto *group = new QButtonGroup(m_page);
            const qsizetype count =
                q.kind == QuestionKind::Rating ? kRatingPoints : q.options.size();
            for (qsizetype i = 0; i < count; ++i) {
                auto *choice = new QRadioButton(survey::answerLabel(survey, q, i), m_page);
                group->addButton(choice);
                column->addWidget(choice);
            }
            break;
        }
        case QuestionKind::Multiple:
            for (const QString &option : q.options)
                column->addWidget(new QCheckBox(option, m_page));
            break;
        case QuestionKind::Text:
            column->addWidget(new QLineEdit(m_page));
            break;
        case QuestionKind::LongText: {
            auto *box = new QPlainTextEdit(m_page);
            box->setFixedHeight(96);
            column->addWidget(box);
            break;
        }
        case QuestionKind::Section:
            break;
        }
    }
    column->addSpacing(12);
    auto *send = new QPushButton(t(QT_TRANSLATE_NOOP("SurveyPage", "Send my answers")), m_page);
    send->setMinimumHeight(44); // the page's target size
    send->setEnabled(false);    // a preview sends nothing
    column->addWidget(send);
    column->addStretch();
    m_scroll->setWidget(m_page);
    m_scroll->verticalScrollBar()->setValue(keep);
}

} // namespace docket
