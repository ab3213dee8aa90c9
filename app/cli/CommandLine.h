// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <stdexcept>

namespace docket::cli {

// A mistake in how the command was called: exit status 2.
class UsageError : public std::runtime_error
{
public:
    explicit UsageError(const QString &message)
        : std::runtime_error(message.toStdString()), m_message(message)
    {}
    const QString &message() const { return m_message; }

private:
    QString m_message;
};

// Options and positional words of one sub-command. "--name value" and "--name=value" both
// work; "--" ends the options so that a file named "--x" can still be given.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CommandLine(const QStringList &words, const QSet<QString> &valueOptions,
                const QSet<QString> &flagOptions);

    const QStringList &positional() const { return m_positional; }
    bool has(const QString &option) const
    {
        return m_values.contains(option) || m_flags.contains(option);
    }
    QString value(const QString &option) const { return m_values.value(option); } // the last
    // Every value of an option given more than once ("--option A --option B"), in order.
    QStringList values(const QString &option) const { return m_repeated.value(option); }

    // Fails unless the positional words number between min and max.
    void expectPositional(qsizetype min, qsizetype max, const QString &usage) const;

private:
    QStringList m_positional;
    QHash<QString, QString> m_values;
    QHash<QString, QStringList> m_repeated;
    QSet<QString> m_flags;
};

} // namespace docket::cli
