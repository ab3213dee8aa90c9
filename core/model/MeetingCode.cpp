// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/MeetingCode.h"

#include <QRandomGenerator>

namespace docket::meetingcode {

namespace {
constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
}

QString generate(int length)
{
    QString code;
    code.reserve(length);
    auto *random = QRandomGenerator::system();
    for (int i = 0; i < length; ++i)
        code.append(QLatin1Char(kAlphabet[random->bounded(32)]));
    return code;
}

QString normalize(QStringView text, int length)
{
    if (text.size() != length)
        return {};
    QString out;
    out.reserve(length);
    for (QChar c : text) {
        char16_t u = c.toUpper().unicode();
        if (u == u'O')
            u = u'0';
        else if (u == u'I' || u == u'L')
            u = u'1';
        const bool digit = u >= u'0' && u <= u'9';
        const bool letter = u >= u'A' && u <= u'Z' && u != u'U';
        if (!digit && !letter)
            return {};
        out.append(QChar(u));
    }
    return out;
}

} // namespace docket::meetingcode
