// SPDX-License-Identifier: GPL-3.0-or-later
// A folder of documents as a secretary keeps it ("01. Báo cáo chính trị", "2. Thảo luận",
// "10. Bế mạc", "Phụ lục") becomes agenda items in the order people numbered them: real
// folders in a temporary directory, hidden files and desktop litter among them.
#include "library/FolderImport.h"
#include "support/TempLibrary.h"

#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>

using namespace docket;
using namespace docket::folderimport;
using namespace testsupport;

namespace {

void touch(const QString &root, const QString &relative)
{
    writeFile(root + u'/' + relative, relative.toUtf8());
}

QStringList names(const QStringList &paths)
{
    QStringList out;
    for (const QString &path : paths)
        out << QFileInfo(path).fileName();
    return out;
}

QStringList relative(const QString &root, const QStringList &paths)
{
    QStringList out;
    for (const QString &path : paths)
        out << QDir(root).relativeFilePath(path);
    return out;
}

} // namespace

TEST_CASE("The number a name starts with", "[folder]")
{
    const std::vector<std::pair<QString, int>> cases = {
        {QStringLiteral("01. Báo cáo chính trị"), 1},
        {QStringLiteral("10. Bế mạc"), 10},
        {QStringLiteral("2. Thảo luận"), 2},
        {QStringLiteral("  7 - Biểu quyết"), 7},
        {QStringLiteral("3) Tiểu mục"), 3},
        {QStringLiteral("1.2. Tiểu mục"), 1},
        {QStringLiteral("05_Phụ_lục"), 5},
        {QStringLiteral("2026"), 2026},
        {QStringLiteral("Phụ lục"), -1},
        {QStringLiteral("Phụ lục 2"), -1},
        {QStringLiteral("3D mô hình"), -1},
        {QStringLiteral("1234567890 số quá dài"), -1},
        {QString(), -1},
        {QStringLiteral("٣. chữ số Ả Rập"), -1}, // only ASCII digits number an agenda
    };
    for (const auto &[name, number] : cases) {
        INFO(name.toStdString());
        CHECK(leadingNumber(name) == number);
    }
}

TEST_CASE("Item titles lose their leading number", "[folder]")
{
    const std::vector<std::pair<QString, QString>> cases = {
        {QStringLiteral("01. Báo cáo chính trị"), QStringLiteral("Báo cáo chính trị")},
        {QStringLiteral("10. Bế mạc"), QStringLiteral("Bế mạc")},
        {QStringLiteral("2. Thảo luận"), QStringLiteral("Thảo luận")},
        {QStringLiteral("04 - Khai mạc"), QStringLiteral("Khai mạc")},
        {QStringLiteral("05 – Đại biểu"), QStringLiteral("Đại biểu")},
        {QStringLiteral("1.2) Tiểu mục"), QStringLiteral("Tiểu mục")},
        {QStringLiteral("06_Phụ lục"), QStringLiteral("Phụ lục")},
        {QStringLiteral("  Phụ lục  "), QStringLiteral("Phụ lục")},
        {QStringLiteral("3D mô hình"), QStringLiteral("3D mô hình")},
        {QStringLiteral("07"), QStringLiteral("07")}, // never an empty title
        {QStringLiteral("08. "), QStringLiteral("08.")},
    };
    for (const auto &[name, title] : cases) {
        INFO(name.toStdString());
        CHECK(stripLeadingNumber(name) == title);
    }
}

TEST_CASE("Natural order: numbers first, as numbers, then names in Vietnamese order", "[folder]")
{
    QStringList folders = {QStringLiteral("10. Bế mạc"), QStringLiteral("Phụ lục"),
                           QStringLiteral("01. Báo cáo chính trị"), QStringLiteral("2. Thảo luận")};
    sortNaturally(folders);
    CHECK(folders == QStringList{QStringLiteral("01. Báo cáo chính trị"),
                                 QStringLiteral("2. Thảo luận"), QStringLiteral("10. Bế mạc"),
                                 QStringLiteral("Phụ lục")});

    // đ comes between d and e in Vietnamese; by code point it would come after z.
    QStringList words = {QStringLiteral("Zalo"), QStringLiteral("Em"), QStringLiteral("Đại hội"),
                         QStringLiteral("Dự thảo")};
    sortNaturally(words);
    CHECK(words == QStringList{QStringLiteral("Dự thảo"), QStringLiteral("Đại hội"),
                               QStringLiteral("Em"), QStringLiteral("Zalo")});

    // Numbers inside names compare as numbers; paths sort by their last component.
    QStringList files = {QStringLiteral("/b/Phụ lục 10.pdf"), QStringLiteral("/a/phụ lục 2.pdf"),
                         QStringLiteral("/c/Phụ lục 1.pdf")};
    sortNaturally(files);
    CHECK(files == QStringList{QStringLiteral("/c/Phụ lục 1.pdf"),
                               QStringLiteral("/a/phụ lục 2.pdf"),
                               QStringLiteral("/b/Phụ lục 10.pdf")});

    // Equal numbers: by the rest of the name.
    QStringList same = {QStringLiteral("1. Tờ trình"), QStringLiteral("01. Báo cáo")};
    sortNaturally(same);
    CHECK(same == QStringList{QStringLiteral("01. Báo cáo"), QStringLiteral("1. Tờ trình")});
}

TEST_CASE("A dropped folder becomes one planned item per sub-folder", "[folder]")
{
    const TempFolder temp;
    const QString root = temp.filePath(QStringLiteral("Hội nghị BCH lần thứ 5"));
    touch(root, QStringLiteral("Chương trình.pdf"));
    touch(root, QStringLiteral(".ẩn.pdf"));
    touch(root, QStringLiteral("Thumbs.db"));
    touch(root, QStringLiteral("~$Chương trình.docx"));
    touch(root, QStringLiteral("10. Bế mạc/Bế mạc.pdf"));
    touch(root, QStringLiteral("01. Báo cáo chính trị/2. Phụ lục.pdf"));
    touch(root, QStringLiteral("01. Báo cáo chính trị/10. Số liệu.xlsx"));
    touch(root, QStringLiteral("01. Báo cáo chính trị/1. Báo cáo.pdf"));
    touch(root, QStringLiteral("01. Báo cáo chính trị/desktop.ini"));
    touch(root, QStringLiteral("01. Báo cáo chính trị/Bảng biểu/Bảng 1.pdf"));
    REQUIRE(QDir(root).mkpath(QStringLiteral("2. Thảo luận")));
    touch(root, QStringLiteral("Phụ lục/Danh sách đại biểu.pdf"));
    touch(root, QStringLiteral(".git/config"));
    // A link back to the folder itself: followed, it would never end.
    REQUIRE(QFile::link(root, root + QStringLiteral("/Liên kết")));

    const QList<PlannedItem> plan = planFolderImport(root);
    REQUIRE(plan.size() == 5);
    QStringList titles;
    for (const PlannedItem &item : plan)
        titles << item.title;
    CHECK(titles == QStringList{QStringLiteral("Hội nghị BCH lần thứ 5"),
                                QStringLiteral("Báo cáo chính trị"), QStringLiteral("Thảo luận"),
                                QStringLiteral("Bế mạc"), QStringLiteral("Phụ lục")});
    // The folder's own files make the first item; litter and hidden files stay out.
    CHECK(names(plan[0].files) == QStringList{QStringLiteral("Chương trình.pdf")});
    CHECK(plan[0].folder == QDir(root).absolutePath());
    CHECK(relative(root, plan[1].files) ==
          QStringList{QStringLiteral("01. Báo cáo chính trị/1. Báo cáo.pdf"),
                      QStringLiteral("01. Báo cáo chính trị/2. Phụ lục.pdf"),
                      QStringLiteral("01. Báo cáo chính trị/10. Số liệu.xlsx"),
                      QStringLiteral("01. Báo cáo chính trị/Bảng biểu/Bảng 1.pdf")});
    CHECK(plan[2].files.isEmpty()); // an empty sub-folder still makes its item
    CHECK(names(plan[3].files) == QStringList{QStringLiteral("Bế mạc.pdf")});
    CHECK(names(plan[4].files) == QStringList{QStringLiteral("Danh sách đại biểu.pdf")});
    for (const PlannedItem &item : plan)
        for (const QString &file : item.files)
            CHECK(QFileInfo(file).isAbsolute());

    // Everything under one folder, in the same order, for "all into the selected item".
    CHECK(relative(root, filesUnder(root + QStringLiteral("/01. Báo cáo chính trị"))) ==
          relative(root, plan[1].files));
    CHECK(filesUnder(root).size() == 7);
}

TEST_CASE("Several folders dropped at once: one item per folder, in their order", "[folder]")
{
    const TempFolder temp;
    touch(temp.path(), QStringLiteral("10. Bế mạc/Diễn văn bế mạc.pdf"));
    touch(temp.path(), QStringLiteral("2. Thảo luận/Tham luận 2.pdf"));
    touch(temp.path(), QStringLiteral("2. Thảo luận/Tham luận 10.pdf"));
    touch(temp.path(), QStringLiteral("2. Thảo luận/Tham luận 1.pdf"));
    touch(temp.path(), QStringLiteral("01. Khai mạc/Diễn văn khai mạc.pdf"));

    const QList<PlannedItem> plan = planFolderImport(
        QStringList{temp.filePath(QStringLiteral("10. Bế mạc")),
                    temp.filePath(QStringLiteral("2. Thảo luận/")), // as some drags end them
                    temp.filePath(QStringLiteral("01. Khai mạc"))});
    REQUIRE(plan.size() == 3);
    CHECK(plan[0].title == QStringLiteral("Khai mạc"));
    CHECK(plan[1].title == QStringLiteral("Thảo luận"));
    CHECK(plan[2].title == QStringLiteral("Bế mạc"));
    CHECK(names(plan[1].files) == QStringList{QStringLiteral("Tham luận 1.pdf"),
                                              QStringLiteral("Tham luận 2.pdf"),
                                              QStringLiteral("Tham luận 10.pdf")});

    // A folder with nothing in it plans nothing.
    REQUIRE(QDir(temp.path()).mkpath(QStringLiteral("Trống")));
    CHECK(planFolderImport(temp.filePath(QStringLiteral("Trống"))).isEmpty());
}
