// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Ready-made surveys an organiser starts from and then edits: written in English here and read
// in the survey's language (the audience's, not the organiser's UI: citizens answer them), from
// the context "SurveyTemplate" of translations/docket_vi.ts.

#include "model/Survey.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace docket::survey {

// "new-rural" (citizens' satisfaction with the commune's new rural development, 14 questions),
// "meeting" (feedback after a meeting), "public-service" (the one-stop counter), in this order.
QStringList templateKeys();

// The template `key` in `language` ("vi", "en"; any other is English): a draft with id 0, no
// code and no meeting, its title, intro and questions (ids 0, numbered 1..n, sections
// included). nullopt for an unknown key.
std::optional<Survey> fromTemplate(const QString &key, const QString &language);

// The five points of a rating, low first ("Rất không hài lòng" ... "Rất hài lòng").
QStringList ratingLabels(const QString &language);

} // namespace docket::survey
