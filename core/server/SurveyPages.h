// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Survey.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace docket {

// The pages of a survey as a phone answers it: pure functions, the delegate pages' frame and
// style (delegatepages::htmlPage), no script, in the phone's language (the survey's own text
// stays as its organiser wrote it).
namespace surveypages {

// The survey as a plain form, POSTed to /CODE/answer, that works without script in in-app
// browsers and old Android ones. Each answerable question is a fieldset whose controls are named
// "q<ID>": a rating's radios have the values "1".."5", a choice's radios or checkboxes their
// option's 0-based index, a text its line or paragraph. `given` pre-fills it (the same form sent
// back with `errors`, question id -> message, keeps what the person typed; or the answer a
// phone gave before, with `changing`, which says that it can be changed until the survey closes).
QByteArray formPage(const Survey &survey, const QString &language,
                    const QList<SurveyAnswer> &given = {}, const QHash<Id, QString> &errors = {},
                    bool changing = false);
// After the answer is kept (`changed`: it replaced this phone's earlier one): thanks, and the way
// back to change it while the survey is open.
QByteArray thankYouPage(const Survey &survey, const QString &language, bool changed);
// A per-delegate survey opened on a phone that holds no checked-in delegate's badge: scan the
// badge first.
QByteArray delegatesOnlyPage(const Survey &survey, const QString &language);
// A survey phones cannot answer: closed, or a draft whose code is already on paper ("not open
// yet"). Never its questions.
QByteArray closedPage(const Survey &survey, const QString &language);

} // namespace surveypages
} // namespace docket
