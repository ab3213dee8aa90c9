// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

namespace docket::cli {

CommandLine::CommandLine(const QStringList &words, const QSet<QString> &valueOptions,
                         const QSet<QString> &flagOptions)
{
    bool optionsEnded = false;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &word = words[i];
        if (optionsEnded || !word.startsWith(u'-') || word == u"-") {
            m_positional.append(word);
            continue;
        }
        if (word == u"--") {
            optionsEnded = true;
            continue;
        }
        QString name = word;
        QString inlineValue;
        bool hasInlineValue = false;
        if (const qsizetype equals = word.indexOf(u'='); equals > 0) {
            name = word.left(equals);
            inlineValue = word.mid(equals + 1);
            hasInlineValue = true;
        }
        if (valueOptions.contains(name)) {
            if (hasInlineValue) {
                m_values.insert(name, inlineValue);
                m_repeated[name].append(inlineValue);
            } else if (i + 1 < words.size()) {
                m_values.insert(name, words[++i]);
                m_repeated[name].append(words[i]);
            } else {
                throw UsageError(tr("Option %1 needs a value.").arg(name));
            }
        } else if (flagOptions.contains(name) && !hasInlineValue) {
            m_flags.insert(name);
        } else {
            throw UsageError(tr("Unknown option %1.").arg(word));
        }
    }
}

void CommandLine::expectPositional(qsizetype min, qsizetype max, const QString &usage) const
{
    if (m_positional.size() < min || m_positional.size() > max)
        throw UsageError(tr("Usage: %1").arg(usage));
}

} // namespace docket::cli
