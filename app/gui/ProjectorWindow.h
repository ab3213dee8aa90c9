// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attendance/Attendance.h"
#include "model/Model.h"
#include "model/Survey.h"
#include "print/Slides.h"

#include <QImage>
#include <QList>
#include <QTimer>
#include <QWidget>

#include <optional>

class QPainter;

namespace docket {

class Catalog;

// What the hall sees, full screen on the projector: the welcome slide (Wi-Fi and meeting
// codes) while people arrive, then one agenda item's slide at a time, or black. Driven from
// the keyboard as a presentation clicker drives it (it sends PageDown / PageUp, "." or B for
// black, Esc). It follows the catalog live and keeps showing the same agenda item (not the
// same number) when the agenda is edited; when that item is removed it falls back to its
// neighbour, or to the welcome slide.
class ProjectorWindow : public QWidget
{
    Q_OBJECT
public:
    enum class SlideKind
    {
        Welcome,
        Item,
        Quorum,        // the count in the hall against the quorum, live
        Survey,        // a survey's code, with its responses so far
        SurveyResults, // one question's results at a time, live
        Blank          // blanked, or no meeting to show
    };

    explicit ProjectorWindow(Catalog &catalog, QWidget *parent = nullptr);

    // Shows `meetingId`'s welcome slide (nullopt: black).
    void setMeeting(std::optional<Id> meetingId);
    std::optional<Id> meetingId() const;
    // "HTTP://ADDRESS:PORT" while hosting; empty otherwise, and the slides say that the code
    // appears once Docket hosts, rather than show a code that leads nowhere.
    void setBaseUrl(const QString &baseUrl);
    QString baseUrl() const { return m_baseUrl; }

    void showWelcome();
    // The count against the quorum, following every check-in; the next slide moves on.
    void showQuorum();
    bool showItem(Id itemId); // false (nothing changes) when it is not an item of the meeting
    // A survey's code for the hall to answer (a standing one too, without a meeting); the
    // count follows the answers; the next slide moves on. False when there is no such survey.
    bool showSurvey(Id surveyId);
    std::optional<Id> surveyId() const;
    // A survey's results, a slide per choice or rating question (written answers stay off the
    // screen), following the answers; next and previous step through the questions, then move
    // on. False when there is no such survey or it has no question to chart.
    bool showSurveyResults(Id surveyId);
    // The question shown, from 0 among the charted ones; -1 when no results are shown.
    int resultsPage() const { return m_survey ? m_resultsPage : -1; }
    int resultsPageCount() const;
    void next();
    void previous();
    void showLast();
    void setBlank(bool blank);
    void toggleBlank() { setBlank(!m_blank); }

    SlideKind slideKind() const;
    bool isBlank() const { return m_blank; }
    // The projected item (kept while blanked: it comes back when the screen does).
    std::optional<Id> itemId() const { return m_itemId; }
    int itemNumber() const; // 0 on the welcome slide
    QString itemTitle() const;

    // The slide as the projector paints it, at any size (the same code as paintEvent).
    QImage renderSlide(const QSize &size) const;

    // Reads the meeting, its agenda and its Wi-Fi network again (Catalog::changed calls it).
    void reload();

Q_SIGNALS:
    // What is projected changed: kind, item, or the item's number or title.
    void slideChanged();
    // The organiser left the projector (Esc on it, or closed it).
    void dismissed();

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    struct Shown
    {
        SlideKind kind = SlideKind::Blank;
        std::optional<Id> itemId;
        int number = 0;
        QString title;
        int resultsPage = -1;
        bool operator==(const Shown &) const = default;
    };

    void paintSlide(QPainter &painter, const QRectF &area) const;
    const AgendaItem *currentItem() const;
    qsizetype currentIndex() const;  // -1 on the welcome slide
    void goToIndex(qsizetype index); // -1: the welcome slide
    void refresh();                  // repaints, and tells when what is shown changed
    Shown shown() const;

    void reloadAttendance();
    void reloadSurvey();

    Catalog &m_catalog;
    bool m_quorum = false;
    std::optional<Survey> m_survey; // projected; its responses so far below
    int m_surveyResponses = 0;
    int m_resultsPage = -1;             // -1: the survey's code
    QList<SurveyResultsSlide> m_charts; // the results slides, while results are shown
    attendance::Summary m_attendance;
    std::int64_t m_attendanceStamp = -1;
    QTimer m_attendanceWatch; // another program's check-ins (see HallDialog)
    std::optional<Id> m_meetingId;
    std::optional<Meeting> m_meeting;
    QList<AgendaItem> m_items;
    WifiNetwork m_wifi;
    QString m_baseUrl;
    std::optional<Id> m_itemId; // nullopt: the welcome slide
    int m_lastNumber = 0;       // where the item stood, to find its neighbour once it is gone
    bool m_blank = false;
    Shown m_lastShown;
};

} // namespace docket
