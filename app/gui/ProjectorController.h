// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Model.h"

#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

class QAction;
class QActionGroup;
class QMenu;
class QScreen;
class QWidget;

namespace docket {

class Catalog;
class ProjectorWindow;

// The projector as the organiser drives it from the main window: the Projector menu's
// actions, which screen it goes on (remembered by name in the catalog), and what happens when
// that screen is unplugged (the projector goes off rather than cover the organiser's own
// screen) and plugged back (it comes back). The main window only tells it what is selected.
class ProjectorController : public QObject
{
    Q_OBJECT
public:
    ProjectorController(Catalog &catalog, QWidget *mainWindow);
    ~ProjectorController() override;

    ProjectorWindow *window() const { return m_window.get(); }

    QAction *showAction() const { return m_show; }
    QAction *welcomeAction() const { return m_welcome; }
    QAction *projectItemAction() const { return m_projectItem; }
    QAction *blankAction() const { return m_blank; }
    // Checked: once the projected meeting is published (Catalog::publicUrl), its codes lead to
    // the copy, which phones on 4G reach too; else (and unchecked) to the hall's server.
    QAction *publicCodesAction() const { return m_publicCodes; }
    QAction *quorumAction() const { return m_quorum; }
    // Fills the Projector menu: the actions and the Screen submenu.
    void fillMenu(QMenu *menu);

    // What "Welcome slide" and "Project selected item" put on the projector. Selecting alone
    // never changes the projector: the organiser browses while the hall keeps its item.
    void setSelection(std::optional<Id> meetingId, std::optional<Id> itemId);
    // The address the codes carry; empty while nothing is hosted.
    void setBaseUrl(const QString &baseUrl);

    void setProjecting(bool on);
    bool isProjecting() const { return m_wanted; } // on, even while its screen is unplugged
    void projectWelcome();
    void projectSelectedItem();
    // A survey's code, with its answers so far (SurveyDialog's "Project code").
    void projectSurvey(Id surveyId);
    // Its results, a question per slide (SurveyDialog's "Project results").
    void projectSurveyResults(Id surveyId);
    void projectQuorum();

    // "Projector: 3. Budget report", "Projector: off"... for the status bar.
    QString statusText() const;
    // The agenda item the hall sees now, if any (not while blank or off).
    std::optional<Id> projectedItemId() const;
    std::optional<Id> projectedMeetingId() const;

    // Screens by name, in QGuiApplication::screens() order, and the one the projector uses.
    QStringList screenNames() const;
    QString chosenScreenName() const;
    void chooseScreen(const QString &name); // remembered in the catalog
    // Connected to QGuiApplication::screenAdded / screenRemoved; public so that a test can
    // replay them (the offscreen platform cannot plug a screen in).
    void handleScreenAdded(QScreen *screen);
    void handleScreenRemoved(QScreen *screen);

Q_SIGNALS:
    // statusText() or projectedItemId() may have changed.
    void stateChanged();
    // A one-off notice for the status bar (a screen unplugged, a setting not saved).
    void message(const QString &text);

private:
    // The projected item becomes the meeting's current item (Catalog::setCurrentItem).
    void announceCurrentItem();
    QScreen *targetScreen() const;
    void placeOn(QScreen *screen);
    void rebuildScreenMenu();
    void syncActions();
    void followSelectedMeeting();
    static QString screenLabel(const QScreen *screen, int index);

    Catalog &m_catalog;
    QWidget *m_mainWindow;
    std::unique_ptr<ProjectorWindow> m_window;
    QAction *m_show;
    QAction *m_welcome;
    QAction *m_projectItem;
    QAction *m_quorum;
    QAction *m_blank;
    QAction *m_publicCodes;
    QString m_hallBase;    // the hall's server, as setBaseUrl() gave it
    QString m_appliedBase; // what the projector window was last given
    void applyBase();
    QMenu *m_screenMenu = nullptr;
    QActionGroup *m_screenGroup;
    QString m_remembered; // the screen name the organiser chose; empty: none yet
    bool m_wanted = false;
    std::optional<Id> m_selectedMeeting;
    std::optional<Id> m_selectedItem;
};

} // namespace docket
