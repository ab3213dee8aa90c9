// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/Catalog.h"
#include "pdf/PageWords.h"

#include <QDialog>
#include <QImage>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace docket {

class Library;
struct PageImages;

// Library ▸ Search: every meeting's pages, found as the query is typed (SearchQuery's
// language), filtered by year and state, listed with the meeting, item, document, page and the
// matched words marked. Opening a hit shows its page with the matched words marked on it.
// Nothing of it blocks the window: the search runs on a thread of its own with its own
// connection to the catalog, the page is drawn by the render workers and its words are read by
// a child (PageWords), both off the window's thread.
class SearchDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SearchDialog(Library &library, QWidget *parent = nullptr);
    ~SearchDialog() override;

    static constexpr int kDebounceMilliseconds = 250;
    static constexpr int kLimit = 100;

    QLineEdit *queryField() const { return m_query; }
    QComboBox *yearFilter() const { return m_year; }
    QComboBox *stateFilter() const { return m_state; }
    QListWidget *results() const { return m_results; }
    QPushButton *meetingButton() const { return m_toMeeting; }
    const QList<SearchHit> &hits() const { return m_hits; }
    QString status() const;

    // Shows the page of the hit in that row (drawn and marked in the background: pageShown).
    void openHit(int row);
    // The page as shown, the matched words marked; null until one is shown.
    QImage shownPage() const { return m_shownPage; }
    int markedWords() const { return m_markedWords; }
    // A marked rich-text line of a hit, as the list shows it (escaped).
    static QString hitHtml(const SearchHit &hit);

Q_SIGNALS:
    void searched(); // the results of the latest query are listed
    void
    pageShown(); // the page of the hit opened last is shown (marked when its words could be read)
    void showMeeting(Id meetingId, Id itemId);

private:
    void scheduleSearch();
    void startSearch();
    void takeResults(int serial, const QList<SearchHit> &hits, const QString &error);
    void takePage(int serial, const QImage &image, const QString &error);
    void takeWords(int serial, const QList<PageWord> &words, const QString &error);
    void composePage();
    void fillYears();

    Library &m_library;
    QString m_catalogPath;
    QLineEdit *m_query = nullptr;
    QComboBox *m_year = nullptr;
    QComboBox *m_state = nullptr;
    QListWidget *m_results = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_page = nullptr;
    QLabel *m_pageNote = nullptr;
    QPushButton *m_toMeeting = nullptr;
    QTimer m_debounce;

    QThread m_searchThread;
    QObject *m_searchContext = nullptr; // lives on m_searchThread: the searches run there
    // The search's own connection to the catalog, made and dropped on m_searchThread.
    std::shared_ptr<std::unique_ptr<Catalog>> m_searchCatalog =
        std::make_shared<std::unique_ptr<Catalog>>();
    std::shared_ptr<std::atomic<int>> m_latestSearch = std::make_shared<std::atomic<int>>(0);
    QString m_shownQuery; // the query whose hits are listed
    QList<SearchHit> m_hits;

    std::shared_ptr<PageImages> m_images;
    int m_openSerial = 0;
    SearchHit m_openHit;
    QString m_openQuery;
    QImage m_pageImage;
    std::optional<QList<PageWord>> m_pageWords;
    QString m_wordsError;
    QImage m_shownPage;
    int m_markedWords = 0;
};

} // namespace docket
