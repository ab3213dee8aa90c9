// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectorWindow.h"

#include "catalog/Catalog.h"
#include "print/Slides.h"
#include "qr/DelegateUrl.h"
#include "util/Error.h"

#include <QCloseEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace docket {

namespace {

// Date and venue under the meeting's title, in the meeting's language like the rest of the
// slide (the hall reads it, not the organiser).
QString slideSubtitle(const Meeting &meeting)
{
    QStringList parts;
    if (meeting.date.isValid())
        parts << QLocale(meeting.language).toString(meeting.date, QLocale::LongFormat);
    if (!meeting.venue.isEmpty())
        parts << meeting.venue;
    return parts.join(QStringLiteral(" · "));
}

} // namespace

ProjectorWindow::ProjectorWindow(Catalog &catalog, QWidget *parent)
    : QWidget(parent, Qt::Window), m_catalog(catalog)
{
    setWindowTitle(tr("Docket projector"));
    // The projector never keeps the application running once the main window has closed.
    setAttribute(Qt::WA_QuitOnClose, false);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    // A pointer left over a slide would hide part of a code from the hall.
    setCursor(Qt::BlankCursor);
    setMinimumSize(320, 240);
    resize(1024, 768);
    connect(&catalog, &Catalog::changed, this, &ProjectorWindow::reload);
    connect(&catalog, &Catalog::attendanceChanged, this, [this](Id meetingId) {
        if (m_quorum && m_meeting && m_meeting->id == meetingId)
            reloadAttendance();
    });
    connect(&catalog, &Catalog::surveyAnswered, this, [this](Id surveyId) {
        if (m_survey && m_survey->id == surveyId)
            reloadSurvey();
    });
    m_attendanceWatch.setInterval(500);
    connect(&m_attendanceWatch, &QTimer::timeout, this, [this] {
        if (m_quorum && m_catalog.externalChangeStamp() != m_attendanceStamp)
            reloadAttendance();
        if (m_survey && m_catalog.externalChangeStamp() != m_attendanceStamp)
            reloadSurvey(); // answers the server of another program recorded
    });
}

void ProjectorWindow::showQuorum()
{
    if (!m_meeting)
        return;
    m_blank = false;
    m_quorum = true;
    m_attendanceWatch.start();
    reloadAttendance();
}

bool ProjectorWindow::showSurvey(Id surveyId)
{
    std::optional<Survey> survey;
    try {
        survey = m_catalog.survey(surveyId);
    } catch (const Error &) {
        return false;
    }
    if (!survey)
        return false;
    m_blank = false;
    m_quorum = false;
    m_survey = std::move(survey);
    m_resultsPage = -1;
    m_charts.clear();
    m_attendanceWatch.start();
    reloadSurvey();
    return true;
}

bool ProjectorWindow::showSurveyResults(Id surveyId)
{
    // Nothing to chart: the screen stays as it is.
    try {
        const std::optional<Survey> survey = m_catalog.survey(surveyId);
        if (!survey || surveyResultsSlides(*survey, {}).isEmpty())
            return false;
    } catch (const Error &) {
        return false;
    }
    if (!showSurvey(surveyId))
        return false;
    m_resultsPage = 0;
    reloadSurvey();
    if (m_charts.isEmpty()) {
        m_resultsPage = -1;
        refresh();
        return false;
    }
    return true;
}

int ProjectorWindow::resultsPageCount() const
{
    return static_cast<int>(m_charts.size());
}

std::optional<Id> ProjectorWindow::surveyId() const
{
    return m_survey ? std::optional<Id>(m_survey->id) : std::nullopt;
}

void ProjectorWindow::reloadSurvey()
{
    if (!m_survey)
        return;
    try {
        m_attendanceStamp = m_catalog.externalChangeStamp();
        if (auto fresh = m_catalog.survey(m_survey->id))
            m_survey = std::move(fresh);
        m_surveyResponses = m_catalog.surveyResponseCount(m_survey->id);
        if (m_resultsPage >= 0)
            m_charts = surveyResultsSlides(*m_survey, m_catalog.surveyResponses(m_survey->id));
    } catch (const Error &) {
        return; // busy: the next answer or tick reads it again
    }
    if (m_resultsPage >= 0 && !m_charts.isEmpty())
        m_resultsPage = std::min(m_resultsPage, static_cast<int>(m_charts.size()) - 1);
    refresh();
}

void ProjectorWindow::reloadAttendance()
{
    if (!m_meeting)
        return;
    try {
        m_attendanceStamp = m_catalog.externalChangeStamp();
        m_attendance = attendance::Attendance::summarize(m_catalog.roster(m_meeting->id),
                                                         m_catalog.quorumRule(m_meeting->id));
    } catch (const Error &) {
        return; // busy: the next check-in or tick reads it again
    }
    refresh();
}

void ProjectorWindow::setMeeting(std::optional<Id> meetingId)
{
    m_meetingId = meetingId;
    m_meeting.reset();
    m_items.clear();
    m_wifi = {};
    m_itemId.reset();
    m_lastNumber = 0;
    m_blank = false;
    reload();
}

std::optional<Id> ProjectorWindow::meetingId() const
{
    return m_meeting ? std::optional<Id>(m_meeting->id) : std::nullopt;
}

void ProjectorWindow::setBaseUrl(const QString &baseUrl)
{
    if (baseUrl == m_baseUrl)
        return;
    m_baseUrl = baseUrl;
    refresh();
}

void ProjectorWindow::reload()
{
    if (!m_meetingId) {
        refresh();
        return;
    }
    std::optional<Meeting> meeting;
    QList<AgendaItem> items;
    WifiNetwork wifi;
    try {
        m_catalog.consistently([&] {
            meeting = m_catalog.meeting(*m_meetingId);
            if (meeting) {
                items = m_catalog.items(meeting->id);
                wifi = m_catalog.effectiveWifi(meeting->id);
            }
        });
    } catch (const Error &) {
        // A busy catalog: keep projecting what we have; the next change reloads.
        return;
    }
    if (!meeting) {
        // The meeting was deleted: black, and never a later meeting that reuses its id.
        m_meetingId.reset();
        m_meeting.reset();
        m_items.clear();
        m_itemId.reset();
        refresh();
        return;
    }
    m_meeting = meeting;
    m_items = items;
    m_wifi = wifi;
    if (m_quorum) // a roster edit
        reloadAttendance();
    if (m_survey) // its title, or removed
        reloadSurvey();
    if (m_itemId) {
        const auto found =
            std::find_if(m_items.cbegin(), m_items.cend(),
                         [this](const AgendaItem &item) { return item.id == m_itemId; });
        if (found != m_items.cend()) {
            m_lastNumber = found->number;
        } else if (!m_items.isEmpty()) {
            // Removed: the item that took its number, or the new last one.
            const qsizetype index = std::clamp<qsizetype>(m_lastNumber, 1, m_items.size()) - 1;
            m_itemId = m_items[index].id;
            m_lastNumber = m_items[index].number;
        } else {
            m_itemId.reset();
        }
    }
    refresh();
}

void ProjectorWindow::showWelcome()
{
    goToIndex(-1);
}

bool ProjectorWindow::showItem(Id itemId)
{
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_items[i].id == itemId) {
            goToIndex(i);
            return true;
        }
    }
    return false;
}

// Moving on from a black screen shows the screen again, at the slide moved to: a clicker's
// "next" during a pause brings the hall to the next item.
void ProjectorWindow::next()
{
    if (m_survey && !m_blank && m_resultsPage >= 0 && m_resultsPage + 1 < m_charts.size()) {
        ++m_resultsPage;
        refresh();
        return;
    }
    if (!m_meeting)
        return;
    goToIndex(std::min(currentIndex() + 1, m_items.size() - 1));
}

void ProjectorWindow::previous()
{
    if (m_survey && !m_blank && m_resultsPage > 0) {
        --m_resultsPage;
        refresh();
        return;
    }
    if (!m_meeting)
        return;
    // Clamped at the first item: the welcome slide is Home, not one step back, so that a
    // clicker pressed once too often never drops the hall back to the Wi-Fi slide.
    const qsizetype index = currentIndex();
    goToIndex(index <= 0 ? index : index - 1);
}

void ProjectorWindow::showLast()
{
    if (m_meeting && !m_items.isEmpty())
        goToIndex(m_items.size() - 1);
}

void ProjectorWindow::setBlank(bool blank)
{
    m_blank = blank;
    refresh();
}

ProjectorWindow::SlideKind ProjectorWindow::slideKind() const
{
    if (!m_blank && m_survey) // a standing survey needs no meeting
        return m_resultsPage >= 0 && !m_charts.isEmpty() ? SlideKind::SurveyResults
                                                         : SlideKind::Survey;
    if (m_blank || !m_meeting)
        return SlideKind::Blank;
    if (m_quorum)
        return SlideKind::Quorum;
    return m_itemId ? SlideKind::Item : SlideKind::Welcome;
}

int ProjectorWindow::itemNumber() const
{
    const AgendaItem *item = currentItem();
    return item ? item->number : 0;
}

QString ProjectorWindow::itemTitle() const
{
    const AgendaItem *item = currentItem();
    return item ? item->title : QString();
}

const AgendaItem *ProjectorWindow::currentItem() const
{
    const qsizetype index = currentIndex();
    return index < 0 ? nullptr : &m_items[index];
}

qsizetype ProjectorWindow::currentIndex() const
{
    if (!m_itemId)
        return -1;
    for (qsizetype i = 0; i < m_items.size(); ++i)
        if (m_items[i].id == *m_itemId)
            return i;
    return -1;
}

void ProjectorWindow::goToIndex(qsizetype index)
{
    m_blank = false;
    m_quorum = false;
    m_survey.reset();
    m_attendanceWatch.stop();
    if (index < 0 || index >= m_items.size()) {
        m_itemId.reset();
    } else {
        m_itemId = m_items[index].id;
        m_lastNumber = m_items[index].number;
    }
    refresh();
}

ProjectorWindow::Shown ProjectorWindow::shown() const
{
    return {slideKind(), m_itemId, itemNumber(), itemTitle(), resultsPage()};
}

void ProjectorWindow::refresh()
{
    update();
    const Shown now = shown();
    if (now == m_lastShown)
        return;
    m_lastShown = now;
    Q_EMIT slideChanged();
}

void ProjectorWindow::paintSlide(QPainter &painter, const QRectF &area) const
{
    if (slideKind() == SlideKind::Blank) {
        painter.fillRect(area, Qt::black);
        return;
    }
    if (slideKind() == SlideKind::SurveyResults) {
        paintSurveyResultsSlide(painter, area, m_charts[m_resultsPage],
                                SlideOptions{m_survey->language, QrRendering::Pixels});
        return;
    }
    if (m_survey) {
        const QString url =
            m_baseUrl.isEmpty() ? QString() : delegateurl::meeting(m_baseUrl, m_survey->code);
        paintSurveySlide(painter, area, {m_survey->title, url, m_surveyResponses},
                         SlideOptions{m_survey->language, QrRendering::Pixels});
        return;
    }
    const SlideOptions options{m_meeting->language, QrRendering::Pixels};
    if (m_quorum) {
        paintQuorumSlide(painter, area, {m_meeting->title, m_attendance}, options);
        return;
    }
    if (const AgendaItem *item = currentItem()) {
        const QString url = m_baseUrl.isEmpty()
                                ? QString()
                                : delegateurl::item(m_baseUrl, m_meeting->code, item->number);
        paintItemSlide(painter, area,
                       {m_meeting->title, item->number, item->title, item->presenter, url},
                       options);
        return;
    }
    const QString url =
        m_baseUrl.isEmpty() ? QString() : delegateurl::meeting(m_baseUrl, m_meeting->code);
    paintWelcomeSlide(painter, area, {m_meeting->title, slideSubtitle(*m_meeting), url, m_wifi},
                      options);
}

QImage ProjectorWindow::renderSlide(const QSize &size) const
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::black);
    QPainter painter(&image);
    paintSlide(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

void ProjectorWindow::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintSlide(painter, QRectF(rect()));
}

void ProjectorWindow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_PageDown:
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_Space:
        next();
        break;
    case Qt::Key_PageUp:
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_Backspace:
        previous();
        break;
    case Qt::Key_Home:
        showWelcome();
        break;
    case Qt::Key_End:
        showLast();
        break;
    case Qt::Key_B:
    case Qt::Key_Period: // what presentation clickers send for "black screen"
        toggleBlank();
        break;
    case Qt::Key_Escape:
        hide();
        Q_EMIT dismissed();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void ProjectorWindow::closeEvent(QCloseEvent *event)
{
    event->accept();
    Q_EMIT dismissed();
}

} // namespace docket
