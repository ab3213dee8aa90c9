// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchDialog.h"

#include "catalog/SearchQuery.h"
#include "library/Library.h"
#include "pdf/PageRenderer.h"
#include "pdf/RenderPool.h"
#include "util/DateText.h"
#include "util/Error.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QVBoxLayout>

namespace docket {

namespace {

constexpr int kHtmlRole = Qt::UserRole + 1;
const QColor kMarkColour(255, 214, 0);

// Runs `work` on the window's thread, unless the dialog is gone by then. For answers that
// arrive on other threads (the render pool's, a child's waiting thread, the search's).
template <typename Work> void onWindowThread(const QPointer<SearchDialog> &dialog, Work &&work)
{
    QMetaObject::invokeMethod(
        qApp,
        [dialog, work = std::forward<Work>(work)]() mutable {
            if (dialog)
                work(*dialog);
        },
        Qt::QueuedConnection);
}

// Each result as rich text (escaped, with the matched words marked), wrapped to the list.
class HitDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem plain = option;
        initStyleOption(&plain, index);
        plain.text.clear();
        QStyle *style = plain.widget ? plain.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &plain, painter, plain.widget);
        QTextDocument document;
        layout(document, option, index);
        painter->save();
        painter->translate(option.rect.topLeft() + QPoint(kPadding, kPadding));
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = option.palette;
        if (option.state & QStyle::State_Selected)
            context.palette.setColor(QPalette::Text,
                                     option.palette.color(QPalette::HighlightedText));
        document.documentLayout()->draw(painter, context);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QTextDocument document;
        layout(document, option, index);
        return {option.rect.width(), static_cast<int>(document.size().height()) + 2 * kPadding};
    }

private:
    static constexpr int kPadding = 4;
    static void layout(QTextDocument &document, const QStyleOptionViewItem &option,
                       const QModelIndex &index)
    {
        document.setDefaultFont(option.font);
        document.setDocumentMargin(0);
        document.setHtml(index.data(kHtmlRole).toString());
        const int width = option.widget ? option.widget->width() - 4 * kPadding : 400;
        document.setTextWidth(std::max(200, width));
    }
};

QString stateKeyOf(const QComboBox *combo)
{
    return combo->currentData().toString();
}

} // namespace

SearchDialog::SearchDialog(Library &library, QWidget *parent)
    : QDialog(parent), m_library(library),
      m_catalogPath(library.folder() + QStringLiteral("/catalog.sqlite"))
{
    setObjectName(QStringLiteral("searchDialog"));
    setWindowTitle(tr("Search every meeting"));
    setAttribute(Qt::WA_DeleteOnClose, false);

    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("searchQuery"));
    m_query->setPlaceholderText(tr("Words, or \"a phrase\"; marks typed must match"));
    m_query->setClearButtonEnabled(true);
    m_year = new QComboBox(this);
    m_year->setObjectName(QStringLiteral("searchYear"));
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("searchState"));
    m_state->addItem(tr("Any state"), QString());
    for (const MeetingState state :
         {MeetingState::Draft, MeetingState::Open, MeetingState::Closed, MeetingState::Archived})
        m_state->addItem(meetingStateLabel(state), meetingStateKey(state));
    fillYears();

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_query, 1);
    filters->addWidget(new QLabel(tr("Year:"), this));
    filters->addWidget(m_year);
    filters->addWidget(new QLabel(tr("State:"), this));
    filters->addWidget(m_state);

    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setItemDelegate(new HitDelegate(m_results));
    m_results->setWordWrap(true);
    m_results->setUniformItemSizes(false);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setText(tr("Type a word to search every meeting's documents."));

    m_page = new QLabel(this);
    m_page->setObjectName(QStringLiteral("searchPage"));
    m_page->setAlignment(Qt::AlignCenter);
    m_page->setBackgroundRole(QPalette::Dark);
    auto *pageScroll = new QScrollArea(this);
    pageScroll->setWidget(m_page);
    pageScroll->setWidgetResizable(true);
    m_pageNote = new QLabel(this);
    m_pageNote->setWordWrap(true);
    m_pageNote->setText(tr("Open a result to see its page."));
    m_toMeeting = new QPushButton(tr("Show in the meeting"), this);
    m_toMeeting->setObjectName(QStringLiteral("searchToMeeting"));
    m_toMeeting->setEnabled(false);
    auto *pageSide = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(pageSide);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(pageScroll, 1);
    pageLayout->addWidget(m_pageNote);
    pageLayout->addWidget(m_toMeeting, 0, Qt::AlignRight);

    auto *listSide = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_results, 1);
    listLayout->addWidget(m_status);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(listSide);
    splitter->addWidget(pageSide);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(1000, 640);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMilliseconds);
    connect(&m_debounce, &QTimer::timeout, this, &SearchDialog::startSearch);
    connect(m_query, &QLineEdit::textChanged, this, &SearchDialog::scheduleSearch);
    connect(m_year, &QComboBox::currentIndexChanged, this, &SearchDialog::scheduleSearch);
    connect(m_state, &QComboBox::currentIndexChanged, this, &SearchDialog::scheduleSearch);
    connect(m_results, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openHit(m_results->row(item)); });
    connect(m_toMeeting, &QPushButton::clicked, this, [this] {
        if (m_openHit.meetingId != 0)
            Q_EMIT showMeeting(m_openHit.meetingId, m_openHit.itemId);
    });

    m_searchContext = new QObject;
    m_searchContext->moveToThread(&m_searchThread);
    connect(&m_searchThread, &QThread::finished, m_searchContext, &QObject::deleteLater);
    m_searchThread.setObjectName(QStringLiteral("search"));
    m_searchThread.start();
}

SearchDialog::~SearchDialog()
{
    m_latestSearch->store(-1); // a search still waiting is not run
    // The search's catalog connection goes on its own thread, after a search in progress.
    QMetaObject::invokeMethod(
        m_searchContext, [catalog = m_searchCatalog] { catalog->reset(); },
        Qt::BlockingQueuedConnection);
    m_searchThread.quit();
    m_searchThread.wait();
}

QString SearchDialog::status() const
{
    return m_status->text();
}

void SearchDialog::fillYears()
{
    QSet<int> years;
    for (const Meeting &meeting : m_library.catalog().meetings())
        if (meeting.date.isValid())
            years.insert(meeting.date.year());
    QList<int> sorted(years.begin(), years.end());
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    m_year->addItem(tr("Any year"), 0);
    for (const int year : sorted)
        m_year->addItem(QString::number(year), year);
}

void SearchDialog::scheduleSearch()
{
    m_debounce.start();
}

void SearchDialog::startSearch()
{
    const QString query = m_query->text();
    const int serial = m_latestSearch->load() + 1;
    m_latestSearch->store(serial);
    if (query.trimmed().isEmpty()) {
        takeResults(serial, {}, {});
        return;
    }
    SearchFilter filter;
    filter.year = m_year->currentData().toInt();
    filter.state = meetingStateFromKey(stateKeyOf(m_state));
    m_status->setText(tr("Searching…"));
    const QPointer<SearchDialog> self(this);
    QMetaObject::invokeMethod(
        m_searchContext,
        [self, serial, query, filter, latest = m_latestSearch, catalog = m_searchCatalog,
         path = m_catalogPath] {
            if (latest->load() != serial)
                return; // typed on meanwhile: only the latest query is worth running
            QList<SearchHit> hits;
            QString error;
            try {
                if (!*catalog)
                    *catalog = std::make_unique<Catalog>(path);
                hits = (*catalog)->search(query, kLimit, filter);
            } catch (const Error &e) {
                error = e.message();
            }
            onWindowThread(self, [serial, hits, error](SearchDialog &dialog) {
                dialog.takeResults(serial, hits, error);
            });
        },
        Qt::QueuedConnection);
    m_shownQuery = query;
}

void SearchDialog::takeResults(int serial, const QList<SearchHit> &hits, const QString &error)
{
    if (serial != m_latestSearch->load())
        return; // an older query's answer
    m_hits = hits;
    m_results->clear();
    for (const SearchHit &hit : hits) {
        auto *item = new QListWidgetItem(m_results);
        // Plain for accessibility and copying; the delegate draws the marked HTML.
        item->setText(QStringLiteral("%1 · %2 · %3, %4")
                          .arg(hit.meetingTitle, hit.itemTitle, hit.documentTitle)
                          .arg(tr("page %1").arg(hit.page)));
        item->setData(kHtmlRole, hitHtml(hit));
        item->setToolTip(hit.snippet);
    }
    if (!error.isEmpty())
        m_status->setText(error);
    else if (m_query->text().trimmed().isEmpty())
        m_status->setText(tr("Type a word to search every meeting's documents."));
    else if (hits.isEmpty())
        m_status->setText(tr("No page holds all of these words."));
    else if (hits.size() >= kLimit)
        m_status->setText(tr("The best %n pages; more words narrow the search.", nullptr,
                             static_cast<int>(hits.size())));
    else
        m_status->setText(tr("%n page(s) found.", nullptr, static_cast<int>(hits.size())));
    Q_EMIT searched();
}

QString SearchDialog::hitHtml(const SearchHit &hit)
{
    const QString date =
        hit.meetingDate.isValid() ? datetext::date(hit.meetingDate) : tr("no date");
    QString snippet;
    qsizetype at = 0;
    for (const auto &[from, to] : hit.snippetMarks) {
        // The brackets around a mark are the snippet's own; the window marks with colour.
        snippet += hit.snippet.mid(at, std::max<qsizetype>(0, from - 1 - at)).toHtmlEscaped();
        snippet += QStringLiteral("<span style=\"background-color:%1; color:black\"><b>")
                       .arg(kMarkColour.name()) +
                   hit.snippet.mid(from, to - from).toHtmlEscaped() + QStringLiteral("</b></span>");
        at = to + 1;
    }
    snippet += hit.snippet.mid(at).toHtmlEscaped();
    QString where = tr("Item %1: %2 · %3, page %4")
                        .arg(hit.itemNumber)
                        .arg(hit.itemTitle.toHtmlEscaped(), hit.documentTitle.toHtmlEscaped())
                        .arg(hit.page);
    if (!hit.currentVersion)
        where += QStringLiteral(" · <i>%1</i>").arg(tr("an earlier version"));
    if (hit.recognised)
        where += QStringLiteral(" · <i>%1</i>").arg(tr("recognised text (OCR)"));
    return QStringLiteral("<b>%1</b> · %2<br>%3<br>%4")
        .arg(hit.meetingTitle.toHtmlEscaped(), date.toHtmlEscaped(), where, snippet);
}

void SearchDialog::openHit(int row)
{
    if (row < 0 || row >= m_hits.size())
        return;
    const int serial = ++m_openSerial;
    m_openHit = m_hits[row];
    m_openQuery = m_shownQuery;
    m_pageImage = QImage();
    m_pageWords.reset();
    m_wordsError.clear();
    m_toMeeting->setEnabled(true);
    if (m_openHit.pdfSha256.isEmpty()) {
        m_page->clear();
        m_pageNote->setText(tr("This page has no PDF to show."));
        return;
    }
    m_pageNote->setText(tr("Drawing page %1…").arg(m_openHit.page));
    const QString pdfPath = m_library.store().pathFor(m_openHit.pdfSha256);
    const QPointer<SearchDialog> self(this);

    // The page image: drawn by the render workers (or found in the page cache).
    try {
        if (!m_images)
            m_images = m_library.pageImages();
        m_images->pool.request(
            PageKey{m_openHit.pdfSha256, m_openHit.page, PageRenderer::kPhoneWidth}, pdfPath,
            [self, serial](const PageOutcome &outcome) {
                QImage image;
                QString error = outcome.error;
                if (outcome.page) {
                    // Docket's own PNG or JPEG, drawn by the worker: decoded here.
                    if (!outcome.page->path.isEmpty())
                        image.load(outcome.page->path);
                    else
                        image.loadFromData(outcome.page->bytes);
                    if (image.isNull() && error.isEmpty())
                        error = SearchDialog::tr("The page image could not be read.");
                } else if (outcome.busy && error.isEmpty()) {
                    error = SearchDialog::tr("Docket is busy drawing pages; open it again.");
                }
                onWindowThread(self, [serial, image, error](SearchDialog &dialog) {
                    dialog.takePage(serial, image, error);
                });
            });
    } catch (const Error &error) {
        takePage(serial, {}, error.message());
    }

    // Where its words are: read by a child, waited for on a thread of its own (the child is
    // made and reaped there, as ChildProcess wants).
    const int page = m_openHit.page;
    QThread *reader = QThread::create([self, serial, pdfPath, page] {
        QList<PageWord> words;
        QString error;
        try {
            words = PageWords::isolated(pdfPath, page);
        } catch (const Error &e) {
            error = e.message();
        }
        onWindowThread(self, [serial, words, error](SearchDialog &dialog) {
            dialog.takeWords(serial, words, error);
        });
    });
    reader->setObjectName(QStringLiteral("pageWords"));
    connect(reader, &QThread::finished, reader, &QObject::deleteLater);
    reader->start();
}

void SearchDialog::takePage(int serial, const QImage &image, const QString &error)
{
    if (serial != m_openSerial)
        return;
    if (image.isNull()) {
        m_page->clear();
        m_pageNote->setText(error.isEmpty() ? tr("This page cannot be shown.") : error);
        Q_EMIT pageShown();
        return;
    }
    m_pageImage = image;
    composePage();
}

void SearchDialog::takeWords(int serial, const QList<PageWord> &words, const QString &error)
{
    if (serial != m_openSerial)
        return;
    m_pageWords = words;
    m_wordsError = error;
    composePage();
}

void SearchDialog::composePage()
{
    if (m_pageImage.isNull() || !m_pageWords)
        return; // both are needed: the page and where its words are
    QImage marked = m_pageImage.convertToFormat(QImage::Format_ARGB32);
    int count = 0;
    try {
        const SearchQuery query = SearchQuery::parse(m_openQuery);
        QStringList texts;
        for (const PageWord &word : *m_pageWords)
            texts << word.text;
        const QList<bool> matching = query.matchingWords(texts);
        QPainter painter(&marked);
        painter.setCompositionMode(QPainter::CompositionMode_Multiply);
        for (qsizetype i = 0; i < matching.size(); ++i) {
            if (!matching[i])
                continue;
            const QRectF &box = (*m_pageWords)[i].box;
            const QRectF onImage(box.x() * marked.width(), box.y() * marked.height(),
                                 box.width() * marked.width(), box.height() * marked.height());
            painter.fillRect(onImage.adjusted(-2, -2, 2, 2), kMarkColour);
            ++count;
        }
    } catch (const Error &) {
        // A query without words has no hits to open: nothing to mark.
    }
    m_shownPage = marked;
    m_markedWords = count;
    m_page->setPixmap(QPixmap::fromImage(marked));
    QString note = tr("%1 · %2, page %3")
                       .arg(m_openHit.meetingTitle, m_openHit.documentTitle)
                       .arg(m_openHit.page);
    if (!m_wordsError.isEmpty())
        note += u'\n' + tr("The matched words cannot be marked: %1").arg(m_wordsError);
    m_pageNote->setText(note);
    Q_EMIT pageShown();
}

} // namespace docket
