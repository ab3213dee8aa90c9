// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Model.h"
#include "model/Survey.h"

#include <QCoreApplication>
#include <QList>
#include <QPageLayout>
#include <QPageSize>
#include <QString>

#include <optional>

class QPagedPaintDevice;

namespace docket {

class Catalog;

// What goes on paper: the agenda sheet (header with the meeting's code, then every item with
// its own code, several per page), cards (an item's code large, for tables and stands: 1, 2, 4
// or 8 to a page with cut marks), tent cards (a page folded in half to stand on a table, the
// card upright on both faces), the poster (the welcome slide: Wi-Fi and meeting) and the
// delegates' personal badges (ten to an A4 page with cut marks, each with its own check-in
// code). Drawn with QPainter onto any QPagedPaintDevice, so the GUI's QPrinter and the CLI's
// QPdfWriter share one layout.
enum class PrintLayout
{
    Sheet,
    Cards,
    Poster,
    Badges,
    TentCards
};

QString printLayoutKey(PrintLayout layout); // "sheet", "cards", "poster", "badges", "tent"
std::optional<PrintLayout> printLayoutFromKey(const QString &key);

// How a layout is set out, where it offers a choice.
struct PrintOptions
{
    int cardsPerPage = 1; // Cards: 1, 2, 4 or 8 (cardGrid says how they are arranged)
    // Sheet: the organisation's letterhead above the title (its name, and the place-and-date
    // line of an official document), and each item's documents listed under it.
    bool officialHeader = false;
    bool listDocuments = false;
};

// The counts of cards to a page that the layouts offer.
inline constexpr int kCardsPerPageChoices[] = {1, 2, 4, 8};

struct PrintSource
{
    Meeting meeting;
    QList<AgendaItem> items;
    QString baseUrl; // HTTP://ADDRESS:PORT the codes carry
    // Where the meeting's copy is published (Catalog::publicUrl), which the codes may carry
    // instead; empty: not published.
    QString publicBaseUrl;
    WifiNetwork wifi;
    QList<Delegate> roster; // for badges
    // The meeting's surveys that phones can answer or will (open and draft): each gets a box
    // with its code at the end of the agenda sheet.
    QList<Survey> surveys;
    Letterhead letterhead;
    // Per item, in agenda order: the names of its documents as delegates see them.
    QList<QStringList> documents;
};

// A counter poster for a survey (a standing one at the one-stop counter, or a meeting's on the
// door): its title, "scan to answer" and its code large, the address, the Wi-Fi to join, and
// the privacy notice the form carries. In the survey's language.
struct SurveyPosterSource
{
    Survey survey;
    QString baseUrl;
    WifiNetwork wifi; // the meeting's, or the venue's for a standing survey; empty: no line
};

class Printing
{
    Q_DECLARE_TR_FUNCTIONS(Printing)

public:
    // Throws docket::Error when there is no address to put in the codes.
    static PrintSource load(Catalog &catalog, Id meetingId, const QString &baseUrl);

    // Portrait, 12 mm margins: inside what office printers can reach.
    static QPageLayout pageLayout(QPageSize::PageSizeId paper);

    // Paints every page of `layout` onto `device`, whose page layout the caller chose (the
    // layout follows its paint rectangle). Returns the number of pages. Throws docket::Error
    // when the layout has nothing to show (cards of a meeting without items, badges of one
    // without a roster).
    static int paint(QPagedPaintDevice &device, PrintLayout layout, const PrintSource &source,
                     const PrintOptions &options = {});

    // The survey's poster, as load() gathers it (its meeting's Wi-Fi, else the venue's).
    static SurveyPosterSource loadSurveyPoster(Catalog &catalog, Id surveyId,
                                               const QString &baseUrl);
    // One page onto `device`. Throws docket::Error without an address for the code.
    static void paintSurveyPoster(QPagedPaintDevice &device, const SurveyPosterSource &source);
    // A4 or A5 (or any paper) PDF, atomically.
    static void exportSurveyPosterPdf(const QString &path, const SurveyPosterSource &source,
                                      QPageSize::PageSizeId paper);

    // Writes the layout as a PDF, atomically: the file appears whole or not at all.
    static int exportPdf(const QString &path, PrintLayout layout, const PrintSource &source,
                         QPageSize::PageSizeId paper, const PrintOptions &options = {});

    // Splits rows (each as tall as given) into pages without splitting a row: the first page
    // has `firstPage` of height, the others `otherPages`. A row taller than a page gets a page
    // of its own. Returns the row indexes of each page.
    static QList<QList<int>> paginate(const QList<qreal> &rowHeights, qreal firstPage,
                                      qreal otherPages);

    // Badges on a page: columns and rows of cells at least 85 x 50 mm that fill the page's
    // paint rectangle (2 x 5 on A4 inside 12 mm margins).
    static std::pair<int, int> badgeGrid(const QSizeF &pageMillimetres);

    // Cards on a portrait page: {columns, rows} for 1, 2, 4 or 8 to a page (1x1, 1x2, 2x2,
    // 2x4); throws docket::Error for any other count.
    static std::pair<int, int> cardGrid(int perPage);

    // "TP. Hồ Chí Minh, ngày 05 tháng 12 năm 2026" as an official Vietnamese document dates
    // itself (days below 10 and the months January and February with a leading zero), "Hanoi,
    // December 5, 2026" in English; the date alone without a place.
    static QString placeAndDate(const QString &place, const QDate &date, const QString &language);
};

} // namespace docket
