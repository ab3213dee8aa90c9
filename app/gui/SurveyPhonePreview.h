// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Survey.h"

#include <QWidget>

#include <optional>

class QScrollArea;
class QVBoxLayout;

namespace docket {

// The survey as a phone shows it, at a phone's width (390 px, an iPhone 12 to 15 or a common
// Android): title, the privacy line, each question with its controls in order, the send
// button; in the survey's language, as the form page words it. For the builder: how long it
// is, whether an option wraps, what a required question looks like. Nothing is sent.
class SurveyPhonePreview : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kPhoneWidth = 390;

    explicit SurveyPhonePreview(QWidget *parent = nullptr);

    void setSurvey(const std::optional<Survey> &survey);
    // The controls drawn for the questions, in order (for tests: one per answerable question).
    int questionCount() const { return m_questions; }
    QWidget *page() const { return m_page; }

private:
    void rebuild();

    std::optional<Survey> m_survey;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_page = nullptr;
    int m_questions = 0;
};

} // namespace docket
