// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendance/RosterImport.h"

#include "attendance/XlsxRoster.h"
#include "catalog/SearchQuery.h"
#include "util/Error.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringDecoder>

#include <array>

namespace docket::attendance {

namespace {

struct FieldWords
{
    RosterField field;
    const char *key;
    std::initializer_list<const char *> headers; // folded, words joined by one space
};

// What a header cell says, folded (SearchQuery::fold) and its words joined by one space.
const std::array<FieldWords, 7> &fieldWords()
{
    static const std::array<FieldWords, 7> words{{
        {RosterField::Number,
         "number",
         {"stt", "tt", "so tt", "so thu tu", "so", "ma", "ma so", "ma dai bieu", "so dai bieu",
          "so the", "number", "no", "nr", "id"}},
        {RosterField::Name,
         "name",
         {"ho va ten", "ho ten", "ho va ten dai bieu", "ho ten dai bieu", "ten dai bieu",
          "dai bieu", "ten", "name", "full name", "delegate", "delegate name"}},
        {RosterField::FamilyName,
         "family",
         {"ho", "ho va ten dem", "ho dem", "ho va dem", "ho va chu dem", "family name", "surname",
          "last name"}},
        {RosterField::Unit,
         "unit",
         {"don vi", "chi doan", "co so", "don vi cong tac", "co quan", "noi cong tac", "unit",
          "branch", "organisation", "organization"}},
        {RosterField::Delegation,
         "delegation",
         {"doan", "doan dai bieu", "to", "to thao luan", "khoi", "delegation", "group"}},
        {RosterField::Role,
         "role",
         {"chuc vu", "vai tro", "chuc danh", "thanh phan", "role", "position", "title"}},
        {RosterField::Phone,
         "phone",
         {"dien thoai", "so dien thoai", "sdt", "dt", "di dong", "phone", "mobile", "telephone",
          "phone number"}},
    }};
    return words;
}

QString headerWords(const QString &cell)
{
    QStringList words;
    for (const SearchQuery::Token &token : SearchQuery::tokenize(cell, false))
        words << token.folded;
    return words.join(u' ');
}

std::optional<RosterField> fieldOfHeader(const QString &cell)
{
    const QString words = headerWords(cell);
    if (words.isEmpty())
        return std::nullopt;
    for (const FieldWords &field : fieldWords())
        for (const char *header : field.headers)
            if (words == QLatin1String(header))
                return field.field;
    // Longer headers as offices write them ("Họ tên đại biểu", "Số điện thoại liên hệ", "Đơn
    // vị công tác hiện nay"): by the words they hold.
    const QStringList list = words.split(u' ');
    const QString padded = u' ' + words + u' ';
    const auto has = [&](const char *phrase) {
        return padded.contains(u' ' + QLatin1String(phrase) + u' ');
    };
    if (list.contains(u"ten") && list.contains(u"ho") && !has("ten dem") && !has("ho dem"))
        return RosterField::Name;
    if (has("dien thoai") || has("phone"))
        return RosterField::Phone;
    if (has("don vi") || has("chi doan"))
        return RosterField::Unit;
    if (has("chuc vu") || has("chuc danh"))
        return RosterField::Role;
    if (has("doan dai bieu"))
        return RosterField::Delegation;
    return std::nullopt;
}

bool isBlank(const QStringList &row)
{
    for (const QString &cell : row)
        if (!cell.trimmed().isEmpty())
            return false;
    return true;
}

// The text of the bytes and what it was read as. Excel's "CSV UTF-8" has a BOM, its "Unicode
// Text" is UTF-16LE with one, and its plain "CSV" on a Vietnamese Windows is windows-1258.
std::pair<QString, QString> decode(const QByteArray &bytes)
{
    const auto decodeWith = [&](QStringConverter::Encoding encoding, qsizetype skip) {
        QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
        QString text = decoder(QByteArrayView(bytes).sliced(skip));
        return std::pair{text, !decoder.hasError()};
    };
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        auto [text, ok] = decodeWith(QStringConverter::Utf8, 3);
        if (!ok)
            throw Error(RosterImport::tr("The file begins as UTF-8 but is not UTF-8 further on."));
        return {text, QStringLiteral("UTF-8 with BOM")};
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool little = bytes.startsWith("\xFF\xFE");
        auto [text, ok] =
            decodeWith(little ? QStringConverter::Utf16LE : QStringConverter::Utf16BE, 2);
        if (!ok)
            throw Error(
                RosterImport::tr("The file begins as UTF-16 but is not UTF-16 further on."));
        return {text, little ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE")};
    }
    if (auto [text, ok] = decodeWith(QStringConverter::Utf8, 0); ok)
        return {text, QStringLiteral("UTF-8")};
    // UTF-16 without its BOM: every other byte of Latin text is zero.
    int evenZeros = 0;
    int oddZeros = 0;
    const qsizetype sample = std::min<qsizetype>(bytes.size(), 4096);
    for (qsizetype i = 0; i < sample; ++i)
        if (bytes[i] == '\0')
            ++(i % 2 == 0 ? evenZeros : oddZeros);
    if (oddZeros > sample / 4 || evenZeros > sample / 4) {
        auto [text, ok] = decodeWith(
            oddZeros > evenZeros ? QStringConverter::Utf16LE : QStringConverter::Utf16BE, 0);
        if (ok)
            return {text,
                    oddZeros > evenZeros ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE")};
    }
    QStringDecoder windows("windows-1258");
    if (windows.isValid()) {
        // Its tones are combining marks after the letter: NFC makes them one character, as
        // every other path gives them.
        QString text = windows(bytes);
        if (!windows.hasError())
            return {text.normalized(QString::NormalizationForm_C), QStringLiteral("windows-1258")};
    }
    throw Error(RosterImport::tr("This file is not UTF-8 or UTF-16 text. In Excel, save it as "
                                 "\"CSV UTF-8 (Comma delimited)\" and import it again."));
}

// RFC 4180 as Excel writes it: fields in double quotes may hold the delimiter, line breaks and
// doubled quotes; lines end in CRLF or LF. A quote inside an unquoted field is kept as it is.
// Past `rowLimit` rows it throws, or stops when `truncate` (a sample of the first rows).
QList<QStringList> splitCsv(const QString &text, QChar delimiter, int rowLimit,
                            bool truncate = false)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    const qsizetype size = text.size();
    const auto endField = [&] {
        if (row.size() >= kMaxRosterColumns && !truncate)
            throw Error(RosterImport::tr("A row has more than %1 columns.").arg(kMaxRosterColumns));
        row << field;
        field.clear();
        fieldStarted = false;
    };
    const auto endRow = [&] {
        endField();
        if (rows.size() >= rowLimit && !truncate)
            throw Error(RosterImport::tr("The file has more than %1 rows.").arg(rowLimit));
        rows << row;
        row.clear();
    };
    for (qsizetype i = 0; i < size; ++i) {
        if (truncate && rows.size() >= rowLimit)
            return rows;
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < size && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == delimiter) {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < size && text[i + 1] == u'\n')
                ++i;
            endRow();
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !field.isEmpty() || !row.isEmpty())
        endRow();
    return rows;
}

// The delimiter that splits the first rows into the same number (more than one) of columns
// most often; ties go to the comma, then the semicolon.
QChar findDelimiter(const QString &text)
{
    const QString head = text.left(64 * 1024);
    QChar best = u',';
    int bestScore = -1;
    for (const QChar candidate : {QChar(u','), QChar(u';'), QChar(u'\t')}) {
        QList<QStringList> rows = splitCsv(head, candidate, 200, true);
        if (rows.size() > 1 && head.size() < text.size())
            rows.removeLast(); // perhaps cut off mid-row
        QHash<qsizetype, int> counts;
        for (const QStringList &row : std::as_const(rows))
            if (row.size() > 1)
                ++counts[row.size()];
        int score = 0;
        for (const int count : std::as_const(counts))
            score = std::max(score, count);
        if (score > bestScore) {
            best = candidate;
            bestScore = score;
        }
    }
    return best;
}

// A number cell: digits, maybe with ".0" as a spreadsheet writes a whole number; 0 when empty.
std::optional<int> numberOf(const QString &cell)
{
    QString text = cell.trimmed();
    if (text.isEmpty())
        return 0;
    if (text.endsWith(QLatin1String(".0")))
        text.chop(2);
    bool ok = false;
    const int number = text.toInt(&ok);
    if (!ok || number < 1)
        return std::nullopt;
    return number;
}

} // namespace

QString rosterFieldKey(RosterField field)
{
    for (const FieldWords &words : fieldWords())
        if (words.field == field)
            return QString::fromLatin1(words.key);
    return QStringLiteral("ignore");
}

std::optional<RosterField> rosterFieldFromKey(const QString &key)
{
    if (key == u"ignore" || key == u"-")
        return RosterField::Ignore;
    for (const FieldWords &words : fieldWords())
        if (key == QLatin1String(words.key))
            return words.field;
    return std::nullopt;
}

QString rosterFieldLabel(RosterField field)
{
    switch (field) {
    case RosterField::Ignore:
        break;
    case RosterField::Number:
        return RosterImport::tr("Number");
    case RosterField::Name:
        return RosterImport::tr("Full name");
    case RosterField::FamilyName:
        return RosterImport::tr("Family name");
    case RosterField::Unit:
        return RosterImport::tr("Unit");
    case RosterField::Delegation:
        return RosterImport::tr("Delegation");
    case RosterField::Role:
        return RosterImport::tr("Role");
    case RosterField::Phone:
        return RosterImport::tr("Phone");
    }
    return RosterImport::tr("(not imported)");
}

RosterTable RosterImport::parseCsv(const QByteArray &bytes)
{
    if (bytes.size() > kMaxRosterBytes)
        throw Error(tr("The file is larger than %1 MB: not a roster.")
                        .arg(kMaxRosterBytes / (1024 * 1024)));
    RosterTable table;
    auto [text, encoding] = decode(bytes);
    table.encoding = encoding;
    table.delimiter = findDelimiter(text);
    table.rows = splitCsv(text, table.delimiter, kMaxRosterRows);
    return table;
}

RosterTable RosterImport::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > kMaxRosterBytes)
        throw Error(tr("The file is larger than %1 MB: not a roster.")
                        .arg(kMaxRosterBytes / (1024 * 1024)));
    const QByteArray bytes = file.read(kMaxRosterBytes + 1);
    if (XlsxRoster::looksLikeZip(bytes)) {
        // Only the first bytes are looked at here: whether the ZIP is a workbook, and what its
        // first sheet holds, the child finds out (XlsxRoster), as for any file to be parsed.
        RosterTable table;
        table.encoding = tr("Excel workbook (.xlsx)");
        table.rows = XlsxRoster::readIsolated(path);
        return table;
    }
    if (bytes.startsWith("\xD0\xCF\x11\xE0")) {
        // Excel keeps a workbook with a password as an encrypted .xlsx inside the old
        // compound file format, whose directory names its "EncryptedPackage" stream (in
        // UTF-16): told apart by that name, not parsed.
        static const QByteArray encrypted =
            QByteArray("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32);
        if (bytes.contains(encrypted))
            throw Error(tr("%1 is protected by a password. Open it in Excel, remove the "
                           "password, save it and import it again.")
                            .arg(QFileInfo(path).fileName()));
        throw Error(tr("%1 is an old Excel workbook (.xls). In Excel, save the roster as "
                       "\"Excel Workbook (.xlsx)\" or \"CSV UTF-8 (Comma delimited)\" and import "
                       "that file.")
                        .arg(QFileInfo(path).fileName()));
    }
    return parseCsv(bytes);
}

RosterPreview RosterImport::preview(const RosterTable &table, const QSet<int> &taken,
                                    const QList<RosterField> &mapping)
{
    RosterPreview preview;
    preview.table = table;
    qsizetype columns = 0;
    for (const QStringList &row : table.rows)
        columns = std::max(columns, row.size());

    // The header: the first of the first ten rows where a cell names the name column, or two
    // cells name other fields. Title rows above it ("DANH SÁCH ĐẠI BIỂU...") are passed over.
    QList<RosterField> guessed(columns, RosterField::Ignore);
    for (int r = 0; r < std::min<qsizetype>(table.rows.size(), 10) && preview.headerRow == 0; ++r) {
        QList<RosterField> fields(columns, RosterField::Ignore);
        int named = 0;
        bool hasName = false;
        QSet<RosterField> seen;
        for (int c = 0; c < table.rows[r].size(); ++c) {
            const auto field = fieldOfHeader(table.rows[r][c]);
            if (!field || seen.contains(*field))
                continue; // a second column of one field is not imported
            seen.insert(*field);
            fields[c] = *field;
            ++named;
            hasName = hasName || *field == RosterField::Name;
        }
        if (hasName || named >= 2) { // a header without names is reported below
            preview.headerRow = r + 1;
            guessed = fields;
        }
    }
    if (preview.headerRow == 0) {
        // No header: number (when the first column holds numbers), name, unit, delegation,
        // role, phone, in that order.
        int numeric = 0;
        int filled = 0;
        for (const QStringList &row : table.rows) {
            if (isBlank(row))
                continue;
            ++filled;
            if (const auto n = numberOf(row.value(0)); n && *n > 0)
                ++numeric;
        }
        QList<RosterField> order{RosterField::Name, RosterField::Unit, RosterField::Delegation,
                                 RosterField::Role, RosterField::Phone};
        if (filled > 0 && numeric * 2 > filled)
            order.prepend(RosterField::Number);
        for (int c = 0; c < columns && c < order.size(); ++c)
            guessed[c] = order[c];
    }
    preview.mapping = guessed;
    for (int c = 0; c < mapping.size() && c < columns; ++c)
        preview.mapping[c] = mapping[c];
    for (int c = 0; c < columns; ++c) {
        const QString title = preview.headerRow > 0
                                  ? table.rows[preview.headerRow - 1].value(c).simplified()
                                  : QString();
        preview.columnTitles << (title.isEmpty() ? tr("Column %1").arg(c + 1) : title);
    }
    const auto columnOf = [&](RosterField field) {
        return static_cast<int>(preview.mapping.indexOf(field));
    };
    const int nameColumn = columnOf(RosterField::Name);
    if (nameColumn < 0) {
        preview.problems << tr("No column holds the delegates' names: name one \"Họ và tên\" "
                               "(or \"Name\") in the first row, or map the columns by hand.");
        return preview;
    }
    const int familyColumn = columnOf(RosterField::FamilyName);
    const int numberColumn = columnOf(RosterField::Number);
    const auto cell = [&](const QStringList &row, RosterField field) {
        const int c = columnOf(field);
        return c < 0 ? QString() : row.value(c).simplified();
    };

    QHash<int, int> numberRows; // number -> the row that asked for it first
    for (int r = preview.headerRow; r < table.rows.size(); ++r) {
        const QStringList &row = table.rows[r];
        const int rowNumber = r + 1;
        if (isBlank(row))
            continue; // the empty rows below a table are no one
        QString name = row.value(nameColumn).simplified();
        if (familyColumn >= 0 && !name.isEmpty())
            name = QString(row.value(familyColumn) + u' ' + name).simplified();
        if (name.isEmpty()) {
            preview.skipped << SkippedRow{rowNumber, tr("no name")};
            continue;
        }
        const auto number =
            numberColumn < 0 ? std::optional<int>(0) : numberOf(row.value(numberColumn));
        if (!number) {
            preview.skipped << SkippedRow{rowNumber, tr("the number \"%1\" is not a whole number "
                                                        "of 1 or more")
                                                         .arg(row.value(numberColumn).trimmed())};
            continue;
        }
        if (*number > 0 && taken.contains(*number)) {
            preview.skipped << SkippedRow{
                rowNumber, tr("number %1 is already on the meeting's roster").arg(*number)};
            continue;
        }
        if (*number > 0 && numberRows.contains(*number)) {
            preview.skipped << SkippedRow{
                rowNumber,
                tr("number %1 is already row %2's").arg(*number).arg(numberRows.value(*number))};
            continue;
        }
        if (*number > 0)
            numberRows.insert(*number, rowNumber);
        NewDelegate delegate;
        delegate.number = *number;
        delegate.fullName = name;
        delegate.unit = cell(row, RosterField::Unit);
        delegate.delegation = cell(row, RosterField::Delegation);
        delegate.role = cell(row, RosterField::Role);
        delegate.phone = cell(row, RosterField::Phone);
        preview.delegates << delegate;
        preview.delegateRows << rowNumber;
    }
    if (preview.delegates.isEmpty())
        preview.problems << tr("No row of the file is a delegate to add.");
    return preview;
}

} // namespace docket::attendance
