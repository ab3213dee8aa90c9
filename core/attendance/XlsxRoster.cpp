// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendance/XlsxRoster.h"

#include "attendance/RosterImport.h"
#include "pdf/ChildProcess.h"
#include "pdf/ChildProgram.h"
#include "util/Error.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <memory>
#include <optional>
#include <zip.h>

namespace docket::attendance {

namespace {

constexpr std::int64_t kChunk = 1 << 20;
// A workbook holds a dozen parts, a few hundred with many sheets and pictures: thousands are
// not a spreadsheet, and each costs libzip memory.
constexpr zip_int64_t kMaxEntries = 10000;
// More shared strings than cells the caps allow belong to no roster.
constexpr qsizetype kMaxSharedStrings = qsizetype{kMaxRosterRows} * kMaxRosterColumns;
// The text of every cell kept: as much as a CSV file may hold, whose bytes are capped so.
constexpr qsizetype kMaxTextChars = kMaxRosterBytes;
// Parsing the largest sheet the caps let in takes a few seconds; Qt, libzip and zlib need far
// less memory than this whatever the file.
constexpr int kChildSeconds = 20;
constexpr std::int64_t kChildMemoryBytes = 1LL << 30;
// The child's answer is the text kept, in JSON: at worst six bytes ("\u0001") a character.
constexpr qsizetype kMaxAnswerBytes = 8 * qsizetype{kMaxRosterBytes};
// Excel's own sheet ends at XFD1048576: a position past it is not one Excel wrote.
constexpr int kExcelColumns = 16384;
constexpr int kExcelRows = 1048576;

QString megabytes(std::int64_t bytes)
{
    return QString::number(bytes / (1024 * 1024));
}

// "A" for 1, "Z" for 26, "AA" for 27: as Excel names its columns.
QString columnName(int column)
{
    QString name;
    for (int n = column; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

struct CellRef
{
    int column = 0;
    int row = 0;
};

// "C7" as Excel writes a cell's position; nullopt for anything else or past Excel's own sheet.
std::optional<CellRef> parseRef(QStringView ref)
{
    CellRef cell;
    qsizetype i = 0;
    for (; i < ref.size() && ref[i].isLetter() && ref[i].unicode() < 0x80; ++i) {
        if (i == 3)
            return std::nullopt;
        cell.column = cell.column * 26 + (ref[i].toUpper().unicode() - u'A' + 1);
    }
    if (i == 0 || i == ref.size() || ref.size() - i > 7)
        return std::nullopt;
    for (; i < ref.size(); ++i) {
        if (!ref[i].isDigit() || ref[i].unicode() >= 0x80)
            return std::nullopt;
        cell.row = cell.row * 10 + (ref[i].unicode() - u'0');
    }
    if (cell.column > kExcelColumns || cell.row < 1 || cell.row > kExcelRows)
        return std::nullopt;
    return cell;
}

// Office Open XML writes a character XML cannot hold (a carriage return, a control character)
// as "_xHHHH_", and an underscore that would read as one as "_x005F_".
QString unescapeOoxml(const QString &text)
{
    if (!text.contains(u"_x"))
        return text;
    const auto isHex = [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
    };
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'_' && i + 6 < text.size() && text[i + 1] == u'x' && text[i + 6] == u'_' &&
            isHex(text[i + 2]) && isHex(text[i + 3]) && isHex(text[i + 4]) && isHex(text[i + 5])) {
            out +=
                QChar(static_cast<char16_t>(QStringView(text).mid(i + 2, 4).toUInt(nullptr, 16)));
            i += 6;
            continue;
        }
        out += text[i];
    }
    return out;
}

// A number cell as people read it: a whole number without ".0" (a delegate's number, a year),
// others in their shortest exact form. Text that is no number is kept as it is.
QString formatNumber(const QString &value)
{
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return value;
    if (std::abs(number) < 1e15 && number == std::trunc(number))
        return QString::number(static_cast<qint64>(number));
    return QString::number(number, 'g', QLocale::FloatingPointShortest);
}

// What libzip's most common errors mean for someone holding the file, in words that can be
// translated; libzip's own (English) words for the rest.
QString zipReason(int code, const char *libzipWords)
{
    switch (code) {
    case ZIP_ER_NOZIP:
        return XlsxRoster::tr("it is not a complete ZIP file (cut off while it was copied?)");
    case ZIP_ER_INCONS:
        return XlsxRoster::tr("its parts do not agree with its table of contents");
    case ZIP_ER_CRC:
        return XlsxRoster::tr("its content does not match its checksum");
    default:
        return QString::fromUtf8(libzipWords);
    }
}

struct ZipCloser
{
    void operator()(zip_t *archive) const { zip_discard(archive); }
};
struct EntryCloser
{
    void operator()(zip_file_t *file) const { zip_fclose(file); }
};

// The ZIP of one workbook, and the sentences that say what is wrong with it.
class Package
{
public:
    Package(const QString &path, const XlsxLimits &limits)
        : m_shown(QFileInfo(path).fileName()), m_limits(limits)
    {
        int error = 0;
        // CHECKCONS: the local headers must agree with the central directory, so that the
        // sizes checked below are the ones read.
        m_zip.reset(
            zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &error));
        if (!m_zip) {
            zip_error_t zipError;
            zip_error_init_with_code(&zipError, error);
            const QString why = zipReason(error, zip_error_strerror(&zipError));
            zip_error_fini(&zipError);
            throw damaged(why);
        }
        const zip_int64_t count = zip_get_num_entries(m_zip.get(), 0);
        if (count < 0 || count > kMaxEntries)
            throw Error(XlsxRoster::tr("%1 holds more parts (%2) than any Excel workbook.")
                            .arg(m_shown)
                            .arg(count));
    }

    const QString &shown() const { return m_shown; }

    bool has(const QString &part) const
    {
        // Part names are case-insensitive in Office Open XML (some programs write
        // "xl/SharedStrings.xml").
        return zip_name_locate(m_zip.get(), part.toUtf8().constData(), ZIP_FL_NOCASE) >= 0;
    }

    // The part's bytes, or nullopt when there is none. Refuses a part larger than `cap`, by the
    // size its header declares and again by the bytes it really expands to.
    std::optional<QByteArray> read(const QString &part, std::int64_t cap) const
    {
        const zip_int64_t index =
            zip_name_locate(m_zip.get(), part.toUtf8().constData(), ZIP_FL_NOCASE);
        if (index < 0)
            return std::nullopt;
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(m_zip.get(), static_cast<zip_uint64_t>(index), 0, &st) != 0 ||
            !(st.valid & ZIP_STAT_SIZE))
            throw damaged(QString::fromUtf8(zip_strerror(m_zip.get())));
        if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
            throw encrypted();
        const auto size = static_cast<std::int64_t>(st.size);
        if (size < 0 || size > cap)
            throw tooLarge(part, cap);
        std::unique_ptr<zip_file_t, EntryCloser> file(
            zip_fopen_index(m_zip.get(), static_cast<zip_uint64_t>(index), 0));
        if (!file) {
            const int code = zip_error_code_zip(zip_get_error(m_zip.get()));
            if (code == ZIP_ER_NOPASSWD || code == ZIP_ER_WRONGPASSWD || code == ZIP_ER_ENCRNOTSUPP)
                throw encrypted();
            throw damaged(zipReason(code, zip_strerror(m_zip.get())));
        }
        QByteArray bytes;
        bytes.reserve(static_cast<qsizetype>(size));
        // Read one byte past the declared size at most: a part that expands further lies about
        // its size (a ZIP bomb does), and nothing more of it is expanded.
        while (static_cast<std::int64_t>(bytes.size()) <= size) {
            const std::int64_t want =
                std::min<std::int64_t>(kChunk, size + 1 - static_cast<std::int64_t>(bytes.size()));
            const qsizetype before = bytes.size();
            bytes.resize(before + static_cast<qsizetype>(want));
            const zip_int64_t got =
                zip_fread(file.get(), bytes.data() + before, static_cast<zip_uint64_t>(want));
            if (got < 0)
                throw damaged(zipReason(zip_error_code_zip(zip_file_get_error(file.get())),
                                        zip_file_strerror(file.get())));
            bytes.resize(before + static_cast<qsizetype>(got));
            if (got == 0)
                break;
        }
        if (static_cast<std::int64_t>(bytes.size()) > size)
            throw Error(XlsxRoster::tr("%1 is damaged: its part %2 holds more than it says (a ZIP "
                                       "bomb?). It was not read.")
                            .arg(m_shown, part));
        if (static_cast<std::int64_t>(bytes.size()) != size)
            throw damaged(XlsxRoster::tr("the part %1 is shorter than it says").arg(part));
        return bytes;
    }

    Error damaged(const QString &why) const
    {
        return Error(XlsxRoster::tr("%1 is damaged or is not an Excel workbook (.xlsx): %2. Open "
                                    "it in Excel, save it again and import the new file.")
                         .arg(m_shown, why));
    }
    Error encrypted() const
    {
        return Error(XlsxRoster::tr("%1 is protected by a password. Open it in Excel, remove the "
                                    "password, save it and import it again.")
                         .arg(m_shown));
    }
    Error tooLarge(const QString &part, std::int64_t cap) const
    {
        return Error(XlsxRoster::tr("%1 is too large for a roster: its part %2 expands to more "
                                    "than %3 MB.")
                         .arg(m_shown, part, megabytes(cap)));
    }
    // An XML part that cannot be read, or that holds what no workbook does (a DTD, whose
    // entities could expand).
    Error badXml(const QString &part, qint64 line) const
    {
        return damaged(
            XlsxRoster::tr("the part %1 is not valid XML (line %2)").arg(part).arg(line));
    }

    const XlsxLimits &limits() const { return m_limits; }

private:
    std::unique_ptr<zip_t, ZipCloser> m_zip;
    QString m_shown;
    XlsxLimits m_limits;
};

// OOXML nests its elements a few levels deep (worksheet, sheetData, row, c, is, r, t): a
// deeper part is no workbook, and each element left open costs the parser memory (a part of
// nothing but "<a>" would take gigabytes).
constexpr int kMaxXmlDepth = 32;

// One XML part, read token by token with its depth kept; every way in which it is no part of
// a workbook (not well-formed, a DTD, too deep) is thrown as a refusal, so callers only look
// for the elements they need.
class XmlPart
{
public:
    XmlPart(const Package &package, QString part, const QByteArray &bytes)
        : m_package(package), m_part(std::move(part)), m_xml(bytes)
    {}

    // The next token; false at the end of the document.
    bool next()
    {
        switch (m_xml.readNext()) {
        case QXmlStreamReader::StartElement:
            if (++m_depth > kMaxXmlDepth)
                throw m_package.damaged(
                    XlsxRoster::tr("the part %1 nests its elements deeper than any workbook")
                        .arg(m_part));
            break;
        case QXmlStreamReader::EndElement:
            --m_depth;
            break;
        case QXmlStreamReader::DTD:
        case QXmlStreamReader::Invalid:
            throw m_package.badXml(m_part, m_xml.lineNumber());
        case QXmlStreamReader::EndDocument:
            return false;
        default:
            break;
        }
        return true;
    }

    bool isStart(QStringView name) const { return m_xml.isStartElement() && m_xml.name() == name; }
    bool isEnd(QStringView name) const { return m_xml.isEndElement() && m_xml.name() == name; }
    QXmlStreamAttributes attributes() const { return m_xml.attributes(); }
    int depth() const { return m_depth; }

    // Reads on to the next child of the element at `parent` depth (true, at its start) or to
    // that element's end (false); deeper elements, a child's own children, are passed over.
    bool nextChild(int parent)
    {
        while (next()) {
            if (m_xml.isStartElement() && m_depth == parent + 1)
                return true;
            if (m_xml.isEndElement() && m_depth < parent)
                return false;
        }
        return false;
    }

    // The text of the element just started, up to its end (text inside child elements is not
    // its own).
    QString text()
    {
        const int depth = m_depth;
        QString text;
        while (next()) {
            if (m_xml.isCharacters() && m_depth == depth)
                text += m_xml.text();
            else if (m_xml.isEndElement() && m_depth < depth)
                break;
        }
        return text;
    }

private:
    const Package &m_package;
    QString m_part;
    QXmlStreamReader m_xml;
    int m_depth = 0;
};

// The text of a shared string (<si>) or an inline one (<is>), the element just started: its
// <t>, or the <t> of each run (<r>) of rich text, one after the other; phonetic guides (<rPh>,
// whose <t> is one level deeper) are not the cell's text.
QString readStringItem(XmlPart &xml)
{
    QString text;
    const int item = xml.depth();
    while (xml.nextChild(item)) {
        if (xml.isStart(u"t")) {
            text += xml.text();
        } else if (xml.isStart(u"r")) {
            const int run = xml.depth();
            while (xml.nextChild(run))
                if (xml.isStart(u"t"))
                    text += xml.text();
        }
    }
    return unescapeOoxml(text);
}

struct Relationship
{
    QString type;
    QString target; // the part's name in the ZIP; empty for one outside the package
};

// A relationship's target as a part name: relative to xl/ (where workbook.xml is), or absolute
// from the package's root; empty when it leads outside the package.
QString resolveTarget(const QString &target)
{
    QString path = target.startsWith(u'/') ? target.mid(1) : QStringLiteral("xl/") + target;
    path = QDir::cleanPath(path);
    if (path.isEmpty() || path.startsWith(u'/') || path == u".." || path.startsWith(u"../"))
        return {};
    return path;
}

QHash<QString, Relationship> readRelationships(const Package &package, const QString &part)
{
    QHash<QString, Relationship> relationships;
    const std::optional<QByteArray> bytes = package.read(part, package.limits().maxSmallPartBytes);
    if (!bytes)
        return relationships;
    XmlPart xml(package, part, *bytes);
    while (xml.next()) {
        if (!xml.isStart(u"Relationship"))
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (attributes.value(QLatin1String("TargetMode")) == u"External")
            continue;
        relationships.insert(attributes.value(QLatin1String("Id")).toString(),
                             {attributes.value(QLatin1String("Type")).toString(),
                              resolveTarget(attributes.value(QLatin1String("Target")).toString())});
    }
    return relationships;
}

struct SheetEntry
{
    QString relationshipId;
    bool hidden = false;
};

QList<SheetEntry> readSheetList(const Package &package, const QString &part)
{
    QList<SheetEntry> sheets;
    const std::optional<QByteArray> bytes = package.read(part, package.limits().maxSmallPartBytes);
    if (!bytes)
        return sheets;
    XmlPart xml(package, part, *bytes);
    while (xml.next()) {
        if (!xml.isStart(u"sheet"))
            continue;
        SheetEntry sheet;
        const QXmlStreamAttributes attributes = xml.attributes();
        // r:id, in the relationships' namespace (transitional or strict: either has one).
        for (const QXmlStreamAttribute &attribute : attributes)
            if (attribute.name() == u"id" && !attribute.namespaceUri().isEmpty())
                sheet.relationshipId = attribute.value().toString();
        const QStringView state = attributes.value(QLatin1String("state"));
        sheet.hidden = state == u"hidden" || state == u"veryHidden";
        sheets.append(sheet);
    }
    return sheets;
}

QStringList readSharedStrings(const Package &package, const QString &part)
{
    QStringList strings;
    const std::optional<QByteArray> bytes =
        package.read(part, package.limits().maxSharedStringsBytes);
    if (!bytes)
        return strings;
    XmlPart xml(package, part, *bytes);
    while (xml.next()) {
        if (!xml.isStart(u"si"))
            continue;
        if (strings.size() >= kMaxSharedStrings)
            throw Error(
                XlsxRoster::tr("%1 holds more text than a roster can.").arg(package.shown()));
        strings.append(readStringItem(xml));
    }
    return strings;
}

// The cells of a worksheet, placed by their positions, within RosterImport's caps.
class SheetCells
{
public:
    explicit SheetCells(const QString &shown) : m_shown(shown) {}

    void place(int row, int column, const QString &text)
    {
        // A cell that shows nothing is no cell: blank cells far down or to the right (a space
        // typed once, a formula that gives "") must not make rows or columns of the roster.
        if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); }))
            return;
        // A QString, not QStringBuilder's proxy, which would refer to temporaries gone with the
        // call.
        const auto cell = [&]() -> QString {
            return columnName(column) + QString::number(row);
        };
        if (row > kMaxRosterRows)
            throw Error(XlsxRoster::tr("The first sheet of %1 has more than %2 rows (cell %3 is "
                                       "filled).")
                            .arg(m_shown)
                            .arg(kMaxRosterRows)
                            .arg(cell()));
        if (column > kMaxRosterColumns)
            throw Error(XlsxRoster::tr("The first sheet of %1 has text in cell %2, beyond the %3 "
                                       "columns a roster can have.")
                            .arg(m_shown, cell())
                            .arg(kMaxRosterColumns));
        m_chars += text.size();
        if (m_chars > kMaxTextChars)
            throw Error(XlsxRoster::tr("%1 holds more text than a roster can.").arg(m_shown));
        while (m_rows.size() < row)
            m_rows.append(QStringList());
        QStringList &cells = m_rows[row - 1];
        while (cells.size() < column)
            cells.append(QString());
        cells[column - 1] = text;
        m_width = std::max(m_width, column);
    }

    // Every row as wide as the widest: holes are empty cells.
    QList<QStringList> take()
    {
        for (QStringList &cells : m_rows)
            while (cells.size() < m_width)
                cells.append(QString());
        return std::move(m_rows);
    }

private:
    QString m_shown;
    QList<QStringList> m_rows;
    int m_width = 0;
    qsizetype m_chars = 0;
};

QList<QStringList> readSheet(const Package &package, const QString &part,
                             const QStringList &sharedStrings)
{
    const std::optional<QByteArray> bytes = package.read(part, package.limits().maxSheetBytes);
    if (!bytes)
        throw package.damaged(XlsxRoster::tr("the worksheet %1 is missing").arg(part));
    SheetCells cells(package.shown());
    XmlPart xml(package, part, *bytes);
    bool inData = false;
    int row = 0;
    int nextColumn = 1;
    while (xml.next()) {
        if (xml.isEnd(u"sheetData"))
            break; // merged cells, print settings...: nothing a roster needs
        if (xml.isStart(u"sheetData")) {
            inData = true;
            continue;
        }
        if (!inData)
            continue;
        if (xml.isStart(u"row")) {
            // Rows without a position follow the one before, as cells do.
            const QXmlStreamAttributes attributes = xml.attributes();
            const QStringView r = attributes.value(QLatin1String("r"));
            bool ok = true;
            row = r.isEmpty() ? row + 1 : r.toInt(&ok);
            if (!ok || row < 1 || row > kExcelRows)
                throw package.damaged(
                    XlsxRoster::tr("a row's number \"%1\" is not one Excel writes")
                        .arg(r.left(20)));
            nextColumn = 1;
            continue;
        }
        if (!xml.isStart(u"c"))
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        const QStringView type = attributes.value(QLatin1String("t"));
        CellRef at{nextColumn, std::max(row, 1)};
        if (const QStringView ref = attributes.value(QLatin1String("r")); !ref.isEmpty()) {
            const std::optional<CellRef> parsed = parseRef(ref);
            if (!parsed)
                throw package.damaged(
                    XlsxRoster::tr("a cell's position \"%1\" is not one Excel writes")
                        .arg(ref.left(20)));
            at = *parsed;
        }
        if (at.column > kExcelColumns)
            throw package.damaged(XlsxRoster::tr("a row has more cells than Excel allows"));
        nextColumn = at.column + 1;
        QString value;
        QString inlineText;
        bool hasValue = false;
        bool hasInline = false;
        // Its value (<v>) or inline text (<is>); a formula (<f>) is passed over: what it gave
        // is the value.
        for (const int cell = xml.depth(); xml.nextChild(cell);) {
            if (xml.isStart(u"v")) {
                value = xml.text();
                hasValue = true;
            } else if (xml.isStart(u"is")) {
                inlineText = readStringItem(xml);
                hasInline = true;
            }
        }
        QString text;
        if (type == u"inlineStr") {
            text = inlineText;
        } else if (!hasValue) {
            text = hasInline ? inlineText : QString();
        } else if (type == u"s") {
            bool ok = false;
            const qsizetype index = value.trimmed().toLongLong(&ok);
            if (!ok || index < 0 || index >= sharedStrings.size())
                throw package.damaged(
                    XlsxRoster::tr("a cell points to text that is not in the workbook"));
            text = sharedStrings[index];
        } else if (type == u"b") {
            text = value.trimmed() == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        } else if (type == u"n" || type.isEmpty()) {
            text = formatNumber(value.trimmed());
        } else {
            text = unescapeOoxml(value); // "str" (a formula's text), "e" (#N/A), "d" (ISO date)
        }
        cells.place(at.row, at.column, text);
    }
    return cells.take();
}

void say(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stdout);
    std::fputc('\n', stdout);
}

} // namespace

bool XlsxRoster::looksLikeZip(QByteArrayView head)
{
    return head.startsWith("PK\x03\x04");
}

QList<QStringList> XlsxRoster::read(const QString &path, const XlsxLimits &limits)
{
    const QFileInfo info(path);
    if (!info.isFile())
        throw Error(tr("%1 is not a file.").arg(QDir::toNativeSeparators(path)));
    // The same cap as a CSV roster's, checked here too: the child may be run by hand.
    if (info.size() > kMaxRosterBytes)
        throw Error(tr("The file is larger than %1 MB: not a roster.")
                        .arg(kMaxRosterBytes / (1024 * 1024)));
    const Package package(path, limits);
    const QString workbook = QStringLiteral("xl/workbook.xml");
    if (!package.has(workbook) && !package.has(QStringLiteral("xl/worksheets/sheet1.xml")))
        throw Error(tr("%1 is a ZIP file but not an Excel workbook (.xlsx): it has no worksheet.")
                        .arg(package.shown()));
    const QHash<QString, Relationship> relationships =
        readRelationships(package, QStringLiteral("xl/_rels/workbook.xml.rels"));
    // The first sheet as Excel shows its tabs: the first visible worksheet (a hidden one, or a
    // chart sheet, is not what people see first when they open the file).
    QString sheet;
    QString firstHidden;
    for (const SheetEntry &entry : readSheetList(package, workbook)) {
        const Relationship relationship = relationships.value(entry.relationshipId);
        if (!relationship.type.endsWith(u"/worksheet") || relationship.target.isEmpty() ||
            !package.has(relationship.target))
            continue;
        if (!entry.hidden) {
            sheet = relationship.target;
            break;
        }
        if (firstHidden.isEmpty())
            firstHidden = relationship.target;
    }
    if (sheet.isEmpty())
        sheet = firstHidden.isEmpty() ? QStringLiteral("xl/worksheets/sheet1.xml") : firstHidden;
    QString sharedStrings = QStringLiteral("xl/sharedStrings.xml");
    for (const Relationship &relationship : relationships)
        if (relationship.type.endsWith(u"/sharedStrings") && !relationship.target.isEmpty())
            sharedStrings = relationship.target;
    return readSheet(package, sheet, readSharedStrings(package, sharedStrings));
}

int XlsxRoster::runChild(const QString &path)
{
    QList<QStringList> rows;
    try {
        rows = read(path);
    } catch (const Error &error) {
        say(QJsonDocument(QJsonObject{{QStringLiteral("refused"), error.message()}})
                .toJson(QJsonDocument::Compact));
        std::fflush(stdout);
        return 2;
    }
    for (const QStringList &row : std::as_const(rows))
        say(QJsonDocument(QJsonArray::fromStringList(row)).toJson(QJsonDocument::Compact));
    say(QJsonDocument(QJsonObject{{QStringLiteral("done"), true}}).toJson(QJsonDocument::Compact));
    return std::fflush(stdout) == 0 && std::ferror(stdout) == 0 ? 0 : 1;
}

QList<QStringList> XlsxRoster::readIsolated(const QString &path)
{
    const QFileInfo info(path);
    const QString shown = info.fileName();
    if (!info.isFile())
        throw Error(tr("%1 is not a file.").arg(QDir::toNativeSeparators(path)));
    const QString program = ChildProgram::get(ChildProgram::Use::Archive);
    if (program.isEmpty())
        throw Error(tr("Excel workbooks (.xlsx) cannot be read: docket-cli was not found beside "
                       "Docket. In Excel, save the roster as \"CSV UTF-8 (Comma delimited)\" and "
                       "import that file."));
    ChildProcess child(program, {QStringLiteral("roster-read-xlsx"), info.absoluteFilePath()},
                       ChildLimits{kChildMemoryBytes, kChildSeconds},
                       ChildProcess::Channel::Output);
    const QDeadlineTimer deadline(kChildSeconds * 1000);

    QList<QStringList> rows;
    QString refusal;
    bool finished = false;
    bool garbled = false; // not what our child says: the parent trusts no more than it checks
    bool timedOut = false;
    QByteArray pending;
    qsizetype received = 0;
    const auto handle = [&](QByteArrayView line) {
        const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray());
        if (doc.isArray() && !finished) {
            const QJsonArray cells = doc.array();
            if (rows.size() >= kMaxRosterRows || cells.size() > kMaxRosterColumns) {
                garbled = true;
                return;
            }
            QStringList row;
            row.reserve(cells.size());
            for (const QJsonValue &cell : cells) {
                garbled = garbled || !cell.isString();
                row.append(cell.toString());
            }
            rows.append(row);
        } else if (doc.isObject() && doc.object().contains(u"refused")) {
            refusal = doc.object().value(u"refused").toString();
        } else if (doc.isObject() && doc.object().contains(u"done")) {
            finished = true;
        } else {
            garbled = true;
        }
    };
    while (!garbled) {
        if (child.waitReadable(deadline) == ChildProcess::Wait::Timeout) {
            child.kill();
            timedOut = true;
            break;
        }
        const QByteArray chunk = child.readAvailable();
        if (chunk.isEmpty())
            break;
        received += chunk.size();
        if (received > kMaxAnswerBytes) {
            child.kill();
            garbled = true;
            break;
        }
        pending += chunk;
        qsizetype start = 0;
        for (qsizetype end = pending.indexOf('\n'); end >= 0 && !garbled;
             end = pending.indexOf('\n', start)) {
            handle(QByteArrayView(pending).sliced(start, end - start));
            start = end + 1;
        }
        pending.remove(0, start);
    }
    if (garbled)
        child.kill();
    const ChildProcess::Exit exit = child.wait();
    if (timedOut || (exit.signalled && exit.code == SIGXCPU))
        throw Error(tr("Reading %1 took longer than %n second(s): the workbook is too large or "
                       "damaged. In Excel, save the roster as \"CSV UTF-8 (Comma delimited)\" "
                       "and import that file.",
                       nullptr, kChildSeconds)
                        .arg(shown));
    if (!refusal.isEmpty())
        throw Error(refusal);
    if (child.ranOutOfMemory())
        throw Error(tr("%1 could not be read: it needed more memory than allowed.").arg(shown));
    if (exit.signalled)
        throw Error(tr("%1 could not be read: the reader was stopped (signal %2).")
                        .arg(shown)
                        .arg(exit.code));
    if (garbled || !finished || exit.code != 0)
        throw Error(
            tr("%1 could not be read: the reader failed (status %2).").arg(shown).arg(exit.code));
    return rows;
}

} // namespace docket::attendance
