// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <stdexcept>

namespace docket {

// The one exception type of core. Its message is already translated and meant for the user:
// the CLI prints it as its one-line error, the GUI shows it in a message box.
class Error : public std::runtime_error
{
public:
    explicit Error(const QString &message)
        : std::runtime_error(message.toStdString()), m_message(message)
    {}
    const QString &message() const noexcept { return m_message; }

private:
    QString m_message;
};

} // namespace docket
