// SPDX-License-Identifier: GPL-3.0-or-later
// The architecture, checked: every folder of core/ includes only folders below it in the order
// docs/ARCHITECTURE.md gives, core/ never reaches for QtWidgets, and the two programs never
// include each other. Reads the #include lines of the real tree.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <catch2/catch.hpp>

namespace {

const QString kSource = QStringLiteral(DOCKET_SOURCE_DIR);

// Bottom first: a folder may include itself and the folders before it.
const QStringList kLayers{
    QStringLiteral("util"),       QStringLiteral("model"),   QStringLiteral("store"),
    QStringLiteral("qr"),         QStringLiteral("catalog"), QStringLiteral("pdf"),
    QStringLiteral("attendance"), QStringLiteral("survey"),  QStringLiteral("print"),
    QStringLiteral("server"),     QStringLiteral("library"), QStringLiteral("archive"),
    QStringLiteral("hosting"),    QStringLiteral("publish"),
};

// The quoted and the angled includes of a source text, in order.
struct Includes
{
    QStringList quoted;
    QStringList angled;
};

Includes includesOf(const QString &text)
{
    static const QRegularExpression line(QStringLiteral(R"(^\s*#\s*include\s*([<"])([^>"]+)[>"])"),
                                         QRegularExpression::MultilineOption);
    Includes found;
    auto it = line.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        (match.captured(1) == u"\"" ? found.quoted : found.angled) << match.captured(2);
    }
    return found;
}

// The layer an include such as "server/Router.h" names, or an empty string.
QString layerOf(const QString &include)
{
    const QString folder = include.section(u'/', 0, 0);
    return include.contains(u'/') && kLayers.contains(folder) ? folder : QString();
}

// Why `fromLayer` may not include `include`; empty when it may.
QString edgeProblem(const QString &fromLayer, const QString &include)
{
    const QString to = layerOf(include);
    if (to.isEmpty())
        return {};
    if (kLayers.indexOf(to) > kLayers.indexOf(fromLayer))
        return fromLayer + QStringLiteral(" -> ") + to + QStringLiteral(" (") + include +
               QStringLiteral(") goes up the layers");
    return {};
}

bool isWidgetsHeader(const QString &angled)
{
    static const QStringList widgets{
        QStringLiteral("QWidget"),     QStringLiteral("QApplication"), QStringLiteral("QDialog"),
        QStringLiteral("QMainWindow"), QStringLiteral("QMessageBox"),  QStringLiteral("QLabel"),
        QStringLiteral("QAction"),     QStringLiteral("QFileDialog"),  QStringLiteral("QStyle"),
    };
    return angled.startsWith(u"QtWidgets") || widgets.contains(angled);
}

QString readText(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

QStringList sourcesUnder(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

} // namespace

TEST_CASE("Include lines are read and judged against the layers", "[layers]")
{
    const Includes found =
        includesOf(QStringLiteral("// x\n#include \"server/Router.h\"\n"
                                  "  #  include <QString>\n"
                                  "#include \"Local.h\"\n"
                                  "// #include \"catalog/Catalog.h\" is text\n"));
    CHECK(found.quoted ==
          QStringList{QStringLiteral("server/Router.h"), QStringLiteral("Local.h")});
    CHECK(found.angled == QStringList{QStringLiteral("QString")});
    CHECK(edgeProblem(QStringLiteral("server"), QStringLiteral("pdf/RenderPool.h")).isEmpty());
    CHECK(edgeProblem(QStringLiteral("server"), QStringLiteral("server/Router.h")).isEmpty());
    CHECK(edgeProblem(QStringLiteral("pdf"), QStringLiteral("server/DelegatePages.h")) ==
          QStringLiteral("pdf -> server (server/DelegatePages.h) goes up the layers"));
    CHECK_FALSE(
        edgeProblem(QStringLiteral("catalog"), QStringLiteral("library/Library.h")).isEmpty());
    CHECK(edgeProblem(QStringLiteral("catalog"), QStringLiteral("support/Curl.h")).isEmpty());
    CHECK(isWidgetsHeader(QStringLiteral("QWidget")));
    CHECK(isWidgetsHeader(QStringLiteral("QtWidgets/QLineEdit")));
    CHECK_FALSE(isWidgetsHeader(QStringLiteral("QPainter")));
}

TEST_CASE("core/ depends only downwards, in the documented order, and never on QtWidgets",
          "[layers]")
{
    const QString core = kSource + QStringLiteral("/core");
    // Every folder of core/ has its place: a new one must be given one.
    for (const QFileInfo &folder : QDir(core).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        INFO(folder.fileName().toStdString());
        CHECK(kLayers.contains(folder.fileName()));
    }
    QStringList problems;
    int edges = 0;
    for (const QString &path : sourcesUnder(core)) {
        const QString relative = QDir(core).relativeFilePath(path);
        const QString from = relative.section(u'/', 0, 0);
        const Includes found = includesOf(readText(path));
        for (const QString &include : found.quoted) {
            if (!layerOf(include).isEmpty())
                ++edges;
            if (const QString problem = edgeProblem(from, include); !problem.isEmpty())
                problems << relative + QStringLiteral(": ") + problem;
        }
        for (const QString &include : found.angled)
            if (isWidgetsHeader(include))
                problems << relative + QStringLiteral(": includes <") + include +
                                QStringLiteral("> (core never uses QtWidgets)");
    }
    INFO(problems.join(u'\n').toStdString());
    CHECK(problems.isEmpty());
    CHECK(edges > 100); // the includes were really read
}

TEST_CASE("The window and the command line never include each other", "[layers]")
{
    const QString gui = kSource + QStringLiteral("/app/gui");
    const QString cli = kSource + QStringLiteral("/app/cli");
    QStringList problems;
    for (const auto &[from, other] : {std::pair{gui, cli}, std::pair{cli, gui}}) {
        for (const QString &path : sourcesUnder(from)) {
            for (const QString &include : includesOf(readText(path)).quoted) {
                const bool local = QFileInfo::exists(from + u'/' + include);
                if (!local && QFileInfo::exists(other + u'/' + include))
                    problems << QDir(kSource).relativeFilePath(path) + QStringLiteral(": ") +
                                    include;
            }
        }
    }
    INFO(problems.join(u'\n').toStdString());
    CHECK(problems.isEmpty());
}
