// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/Survey.h"

namespace docket {

QString surveyStateKey(SurveyState state)
{
    switch (state) {
    case SurveyState::Draft:
        return QStringLiteral("draft");
    case SurveyState::Open:
        return QStringLiteral("open");
    case SurveyState::Closed:
        return QStringLiteral("closed");
    }
    return QStringLiteral("draft");
}

std::optional<SurveyState> surveyStateFromKey(const QString &key)
{
    for (SurveyState s : {SurveyState::Draft, SurveyState::Open, SurveyState::Closed})
        if (surveyStateKey(s) == key)
            return s;
    return std::nullopt;
}

QString questionKindKey(QuestionKind kind)
{
    switch (kind) {
    case QuestionKind::Section:
        return QStringLiteral("section");
    case QuestionKind::Rating:
        return QStringLiteral("rating");
    case QuestionKind::Single:
        return QStringLiteral("single");
    case QuestionKind::Multiple:
        return QStringLiteral("multi");
    case QuestionKind::Text:
        return QStringLiteral("text");
    case QuestionKind::LongText:
        return QStringLiteral("longtext");
    }
    return QStringLiteral("rating");
}

std::optional<QuestionKind> questionKindFromKey(const QString &key)
{
    for (QuestionKind k : {QuestionKind::Section, QuestionKind::Rating, QuestionKind::Single,
                           QuestionKind::Multiple, QuestionKind::Text, QuestionKind::LongText})
        if (questionKindKey(k) == key)
            return k;
    return std::nullopt;
}

} // namespace docket
