// SPDX-License-Identifier: GPL-3.0-or-later
// Vietnamese from the first dialog to the last: every text that the window, Docket's dialogs
// and Qt's own dialogs show is collected offscreen, once in English and once in Vietnamese. A
// text that reads the same in both, in plain ASCII letters, is a string nobody translated:
// Docket's (translations/docket_vi.ts) or Qt's (translations/qtbase_vi.ts, which Debian lacks).
#include "ApplicationSetup.h"
#include "HallDialog.h"
#include "NewMeetingDialog.h"
#include "PrintSetupDialog.h"
#include "ProofDialog.h"
#include "PublishDialog.h"
#include "SearchDialog.h"
#include "support/GuiWindow.h"
#include "SurveyDialog.h"
#include "TrashDialog.h"
#include "VersionsDialog.h"
#include "WifiDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QGroupBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QSet>
#include <QTabWidget>
#include <QTreeView>

#include <catch2/catch.hpp>

#include <memory>

using namespace docket;
using namespace testsupport;

namespace {

void addActions(const QList<QAction *> &actions, QSet<QString> &into, int depth = 0)
{
    for (QAction *action : actions) {
        into << action->text() << action->toolTip() << action->iconText();
        if (action->menu() && depth < 4)
            addActions(action->menu()->actions(), into, depth + 1);
    }
}

// Every text a person can read in this widget and below it.
QSet<QString> textsOf(QWidget *root)
{
    QSet<QString> texts;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : widgets) {
        texts << widget->windowTitle() << widget->toolTip() << widget->whatsThis();
        addActions(widget->actions(), texts);
        if (auto *label = qobject_cast<QLabel *>(widget))
            texts << label->text();
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts << button->text();
        if (auto *group = qobject_cast<QGroupBox *>(widget))
            texts << group->title();
        if (auto *edit = qobject_cast<QLineEdit *>(widget))
            texts << edit->placeholderText();
        if (auto *plain = qobject_cast<QPlainTextEdit *>(widget))
            texts << plain->placeholderText();
        if (auto *combo = qobject_cast<QComboBox *>(widget))
            for (int i = 0; i < combo->count(); ++i)
                texts << combo->itemText(i);
        if (auto *tabs = qobject_cast<QTabWidget *>(widget))
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i);
        if (auto *header = qobject_cast<QHeaderView *>(widget); header && header->model())
            for (int i = 0; i < header->count(); ++i)
                texts << header->model()
                             ->headerData(i, header->orientation(), Qt::DisplayRole)
                             .toString();
        if (auto *menu = qobject_cast<QMenu *>(widget))
            addActions(menu->actions(), texts);
    }
    return texts;
}

// With DOCKET_SCREENSHOT_DIR set, every dialog walked is also saved there as a PNG, for a
// person to look at (the window in each language, as a new user sees it).
void keepScreenshot(QWidget *widget)
{
    const QString folder = qEnvironmentVariable("DOCKET_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    static int taken = 0;
    const QString name =
        QStringLiteral("%1/%2-%3-%4.png")
            .arg(folder)
            .arg(++taken, 2, 10, QChar(u'0'))
            .arg(QString::fromLatin1(widget->metaObject()->className()).section(u':', -1),
                 QLocale().name());
    widget->grab().save(name);
}

QSet<QString> shown(QWidget *widget)
{
    widget->show();
    QCoreApplication::processEvents();
    keepScreenshot(widget);
    QSet<QString> texts = textsOf(widget);
    widget->hide();
    return texts;
}

QSet<QString> contextMenuOf(QMenu *menu)
{
    const std::unique_ptr<QMenu> held(menu);
    QSet<QString> texts;
    addActions(menu->actions(), texts);
    return texts;
}

// Qt's dialogs as Docket shows them: the file dialog (Qt's own: offscreen, and on desktops
// without a portal), message boxes with every standard button, printing and its preview, the
// input and progress dialogs, the text fields' context menus.
QSet<QString> qtDialogTexts()
{
    QSet<QString> texts;
    for (const auto mode : {QFileDialog::AcceptOpen, QFileDialog::AcceptSave}) {
        QFileDialog dialog(nullptr, QStringLiteral("Docket"));
        dialog.setOption(QFileDialog::DontUseNativeDialog);
        dialog.setAcceptMode(mode);
        dialog.setNameFilter(QStringLiteral("PDF (*.pdf)"));
        texts += shown(&dialog);
    }
    {
        QMessageBox box;
        box.setStandardButtons(
            QMessageBox::Ok | QMessageBox::Save | QMessageBox::SaveAll | QMessageBox::Open |
            QMessageBox::Yes | QMessageBox::YesToAll | QMessageBox::No | QMessageBox::NoToAll |
            QMessageBox::Abort | QMessageBox::Retry | QMessageBox::Ignore | QMessageBox::Close |
            QMessageBox::Cancel | QMessageBox::Discard | QMessageBox::Help | QMessageBox::Apply |
            QMessageBox::Reset | QMessageBox::RestoreDefaults);
        texts += shown(&box);
    }
    QPrinter printer;
    {
        QPrintDialog dialog(&printer);
        texts += shown(&dialog);
    }
    {
        QPrintPreviewDialog preview(&printer);
        texts += shown(&preview);
    }
    {
        QInputDialog input;
        input.setLabelText(QStringLiteral("Hội nghị"));
        texts += shown(&input);
    }
    {
        QProgressDialog progress;
        texts += shown(&progress);
    }
    QLineEdit line;
    texts += contextMenuOf(line.createStandardContextMenu());
    QPlainTextEdit plain;
    texts += contextMenuOf(plain.createStandardContextMenu());
    return texts;
}

// Everything the window and Docket's own dialogs show over the sample library.
QSet<QString> docketTexts()
{
    GuiWindow w;
    keepScreenshot(&w.window);
    QSet<QString> texts = textsOf(&w.window);
    Library &library = w.site.lib.library();
    const Id meeting = w.site.open.id;
    texts += shown(std::make_unique<HallDialog>(library, meeting, &w.window).get());
    texts += shown(std::make_unique<SurveyDialog>(library, meeting, &w.window).get());
    texts += shown(std::make_unique<TrashDialog>(library.catalog(), meeting, &w.window).get());
    texts += shown(std::make_unique<SearchDialog>(library, &w.window).get());
    texts += shown(std::make_unique<ProofDialog>(library.catalog(), &w.window).get());
    texts += shown(std::make_unique<VersionsDialog>(library, w.site.pdf.id, &w.window).get());
    WifiNetwork venue;
    venue.ssid = QStringLiteral("Hội trường");
    venue.password = QStringLiteral("tuoitre2026");
    texts += shown(std::make_unique<WifiDialog>(
                       WifiNetwork{}, venue, [](const WifiNetwork &) { return true; }, &w.window)
                       .get());
    texts += shown(
        std::make_unique<NewMeetingDialog>(QStringList{QStringLiteral("Hội trường A")}, &w.window)
            .get());
    const PrintSource paper =
        Printing::load(library.catalog(), meeting, QStringLiteral("HTTP://127.0.0.1:8080"));
    for (const auto purpose :
         {PrintSetupDialog::Purpose::Print, PrintSetupDialog::Purpose::ExportPdf})
        texts += shown(
            std::make_unique<PrintSetupDialog>(
                purpose, paper, PrintSetup{PrintLayout::Cards, QPageSize::A4, {}, {}}, &w.window)
                .get());
    // With the PIN notice, which a meeting with a PIN shows.
    library.catalog().setMeetingPin(meeting, QStringLiteral("2468"));
    texts += shown(std::make_unique<PublishDialog>(library, meeting, &w.window).get());
    library.catalog().setMeetingPin(meeting, {});
    return texts;
}

// As read: without the mnemonics' "&" and the shortcut a menu shows after a tab.
QSet<QString> everything()
{
    QSet<QString> texts;
    for (const QString &text : qtDialogTexts() + docketTexts())
        texts << QString(text).remove(u'&').section(u'\t', 0, 0).trimmed();
    return texts;
}

// Untranslated as far as this test can tell: the same in both languages, in ASCII words (data
// of the sample library is Vietnamese, so it is not), and not one of the things every
// language writes the same: names, codes, units, shortcuts, file patterns, addresses.
bool untranslated(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
    static const QRegularExpression same(QStringLiteral(
        "^(Docket|Wi-Fi:?|WPA[0-9/"
        "A-Z]*|[A-Z0-9]{2,}|.*\\(\\*\\.[a-z]+.*\\)|[A-Za-z0-9._-]+\\.(pdf|txt|docx|xlsx|png|svg)|"
        "(Ctrl|Shift|Alt|Meta|F[0-9]+|\\+)+.*|https?://.*|HTTP://.*|/.*|[0-9].*)$"));
    if (text.isEmpty() || !word.match(text).hasMatch())
        return false;
    for (const QChar c : text)
        if (c.unicode() > 0x7f)
            return false;
    return !same.match(text).hasMatch();
}

} // namespace

TEST_CASE("Every text the window and Qt's dialogs show is in Vietnamese", "[gui][translations]")
{
    application::installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
    const QSet<QString> english = everything();
    application::installTranslations(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    const QSet<QString> vietnamese = everything();
    application::installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));

    // The collection saw what it should: Qt's standard buttons and file dialog in Vietnamese.
    INFO(QStringList(vietnamese.values()).join(u" | ").toStdString());
    for (const char *expected : {"Hủy", "Đóng", "Lưu", "Tên tệp:", "Tìm trong:", "Hoàn tác",
                                 "Sao chép", "Dán", "Chọn tất cả", "In"})
        CHECK(vietnamese.contains(QString::fromUtf8(expected)));
    CHECK(english.contains(QStringLiteral("Cancel")));
    CHECK(english.size() > 200);

    QStringList left;
    for (const QString &text : vietnamese)
        if (english.contains(text) && untranslated(text))
            left << text;
    left.sort();
    INFO("untranslated: " << left.join(u" | ").toStdString());
    CHECK(left.isEmpty());
}
