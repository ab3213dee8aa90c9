// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectorController.h"

#include "catalog/Catalog.h"
#include "catalog/SettingKeys.h"
#include "ProjectorWindow.h"
#include "ScreenChoice.h"
#include "util/Error.h"

#include <QAction>
#include <QActionGroup>
#include <QGuiApplication>
#include <QMenu>
#include <QScreen>
#include <QStyle>
#include <QWidget>

namespace docket {

ProjectorController::ProjectorController(Catalog &catalog, QWidget *mainWindow)
    : QObject(mainWindow), m_catalog(catalog), m_mainWindow(mainWindow),
      m_window(std::make_unique<ProjectorWindow>(catalog)),
      m_show(new QAction(tr("&Show projector"), this)),
      m_welcome(new QAction(tr("&Welcome slide"), this)),
      m_projectItem(new QAction(tr("&Project selected item"), this)),
      m_quorum(new QAction(tr("&Quorum slide"), this)),
      m_blank(new QAction(tr("&Blank screen"), this)),
      m_publicCodes(new QAction(tr("Codes lead to the published c&opy"), this)),
      m_screenGroup(new QActionGroup(this))
{
    QStyle *style = mainWindow->style();
    m_show->setCheckable(true);
    m_show->setShortcut(QKeySequence(Qt::Key_F5));
    m_show->setIcon(style->standardIcon(QStyle::SP_DesktopIcon));
    m_show->setToolTip(tr("Show the slides full screen on the projector (Esc on it leaves)"));
    m_welcome->setIcon(style->standardIcon(QStyle::SP_DirHomeIcon));
    m_welcome->setToolTip(tr("Project the Wi-Fi and meeting codes while people arrive"));
    m_projectItem->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_projectItem->setIcon(style->standardIcon(QStyle::SP_MediaPlay));
    m_projectItem->setToolTip(tr("Put the selected agenda item's code on the projector"));
    m_quorum->setObjectName(QStringLiteral("projectQuorum"));
    m_quorum->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    m_quorum->setToolTip(tr("Project how many delegates are present against the quorum, live"));
    m_blank->setCheckable(true);
    m_blank->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_blank->setToolTip(tr("Black out the projector (B or \".\" on the projector)"));
    m_screenGroup->setExclusive(true);
    m_publicCodes->setCheckable(true);
    m_publicCodes->setToolTip(tr("Once the meeting is published (Meeting ▸ Publish to the web), "
                                 "its codes on the projector lead to the copy: phones on 4G "
                                 "reach it too"));
    connect(m_publicCodes, &QAction::toggled, this, &ProjectorController::applyBase);
    connect(&catalog, &Catalog::changed, this, &ProjectorController::applyBase);

    connect(m_show, &QAction::triggered, this, &ProjectorController::setProjecting);
    connect(m_welcome, &QAction::triggered, this, &ProjectorController::projectWelcome);
    connect(m_projectItem, &QAction::triggered, this, &ProjectorController::projectSelectedItem);
    connect(m_quorum, &QAction::triggered, this, &ProjectorController::projectQuorum);
    connect(m_blank, &QAction::triggered, this, [this](bool blank) { m_window->setBlank(blank); });

    connect(m_window.get(), &ProjectorWindow::slideChanged, this, [this] {
        applyBase(); // another meeting projected may be published, or not
        syncActions();
        Q_EMIT stateChanged();
    });
    connect(this, &ProjectorController::stateChanged, this,
            &ProjectorController::announceCurrentItem);
    connect(m_window.get(), &ProjectorWindow::dismissed, this, [this] {
        m_wanted = false;
        m_window->hide();
        syncActions();
        Q_EMIT stateChanged();
    });
    connect(qGuiApp, &QGuiApplication::screenAdded, this, &ProjectorController::handleScreenAdded);
    connect(qGuiApp, &QGuiApplication::screenRemoved, this,
            &ProjectorController::handleScreenRemoved);

    try {
        m_remembered = catalog.setting(settingkeys::projectorScreen());
    } catch (const Error &) {
        // Unreadable now: the default screen will do until the organiser picks one.
    }
    syncActions();
}

ProjectorController::~ProjectorController() = default;

void ProjectorController::fillMenu(QMenu *menu)
{
    menu->addAction(m_show);
    menu->addSeparator();
    menu->addAction(m_welcome);
    menu->addAction(m_projectItem);
    menu->addAction(m_quorum);
    menu->addAction(m_blank);
    menu->addSeparator();
    menu->addAction(m_publicCodes);
    m_screenMenu = menu->addMenu(tr("S&creen"));
    // Screens come and go, and the main window may move: listed afresh each time.
    connect(m_screenMenu, &QMenu::aboutToShow, this, &ProjectorController::rebuildScreenMenu);
    rebuildScreenMenu();
}

void ProjectorController::setSelection(std::optional<Id> meetingId, std::optional<Id> itemId)
{
    m_selectedMeeting = meetingId;
    m_selectedItem = itemId;
    syncActions();
}

void ProjectorController::setBaseUrl(const QString &baseUrl)
{
    m_hallBase = baseUrl;
    applyBase();
}

void ProjectorController::applyBase()
{
    QString base = m_hallBase;
    if (m_publicCodes->isChecked())
        if (const std::optional<Id> meeting = m_window->meetingId()) {
            try {
                if (const QString published = m_catalog.publicUrl(*meeting); !published.isEmpty())
                    base = published;
            } catch (const Error &) {
                // Unreadable now: the hall's address until the next change.
            }
        }
    if (base == m_appliedBase)
        return;
    m_appliedBase = base;
    m_window->setBaseUrl(base);
}

void ProjectorController::followSelectedMeeting()
{
    // The projector keeps its meeting (and slide) until the organiser projects from another.
    if (m_selectedMeeting && m_window->meetingId() != m_selectedMeeting) {
        m_window->setMeeting(m_selectedMeeting);
        applyBase();
    }
}

void ProjectorController::setProjecting(bool on)
{
    m_wanted = on;
    if (on) {
        followSelectedMeeting();
        if (QScreen *screen = targetScreen())
            placeOn(screen);
    } else {
        m_window->hide();
    }
    syncActions();
    Q_EMIT stateChanged();
}

void ProjectorController::projectWelcome()
{
    if (!m_selectedMeeting)
        return;
    followSelectedMeeting();
    m_window->showWelcome();
    if (!m_wanted)
        setProjecting(true);
}

void ProjectorController::projectQuorum()
{
    if (!m_selectedMeeting)
        return;
    followSelectedMeeting();
    m_window->showQuorum();
    if (!m_wanted)
        setProjecting(true);
}

void ProjectorController::projectSelectedItem()
{
    if (!m_selectedMeeting || !m_selectedItem)
        return;
    followSelectedMeeting();
    if (!m_window->showItem(*m_selectedItem)) {
        // Added a moment ago by another process: read the agenda again.
        m_window->reload();
        if (!m_window->showItem(*m_selectedItem))
            return;
    }
    if (!m_wanted)
        setProjecting(true);
}

void ProjectorController::projectSurvey(Id surveyId)
{
    if (!m_window->showSurvey(surveyId))
        return;
    if (!m_wanted)
        setProjecting(true);
}

void ProjectorController::projectSurveyResults(Id surveyId)
{
    if (!m_window->showSurveyResults(surveyId))
        return;
    if (!m_wanted)
        setProjecting(true);
}

QString ProjectorController::statusText() const
{
    if (!m_window->isVisible())
        return m_wanted ? tr("Projector: off until its screen is back") : tr("Projector: off");
    switch (m_window->slideKind()) {
    case ProjectorWindow::SlideKind::Blank:
        return tr("Projector: blank");
    case ProjectorWindow::SlideKind::Welcome:
        return tr("Projector: welcome slide");
    case ProjectorWindow::SlideKind::Quorum:
        return tr("Projector: quorum");
    case ProjectorWindow::SlideKind::Survey:
        return tr("Projector: survey code");
    case ProjectorWindow::SlideKind::SurveyResults:
        return tr("Projector: survey results, question %1 of %2")
            .arg(m_window->resultsPage() + 1)
            .arg(m_window->resultsPageCount());
    case ProjectorWindow::SlideKind::Item:
        break;
    }
    return tr("Projector: %1. %2").arg(m_window->itemNumber()).arg(m_window->itemTitle());
}

std::optional<Id> ProjectorController::projectedItemId() const
{
    if (!m_window->isVisible() || m_window->slideKind() != ProjectorWindow::SlideKind::Item)
        return std::nullopt;
    return m_window->itemId();
}

void ProjectorController::announceCurrentItem()
{
    // The hall's item is the meeting's: phones that follow move to it. A blank or welcome slide
    // leaves the discussion where it was.
    const std::optional<Id> meetingId = projectedMeetingId();
    if (!meetingId || !projectedItemId())
        return;
    try {
        const std::optional<Meeting> meeting = m_catalog.meeting(*meetingId);
        if (!meeting || meeting->isArchived())
            return; // shown for the record: nobody follows an archived meeting
        m_catalog.setCurrentItem(*meetingId, m_window->itemNumber());
    } catch (const Error &error) {
        // A catalog that cannot be written: the projector goes on; phones simply do not move.
        Q_EMIT message(error.message());
    }
}

std::optional<Id> ProjectorController::projectedMeetingId() const
{
    return m_window->meetingId();
}

QStringList ProjectorController::screenNames() const
{
    QStringList names;
    for (const QScreen *screen : QGuiApplication::screens())
        names << screen->name();
    return names;
}

QString ProjectorController::chosenScreenName() const
{
    const QScreen *screen = targetScreen();
    return screen ? screen->name() : QString();
}

QScreen *ProjectorController::targetScreen() const
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    const QScreen *own = m_mainWindow->screen();
    const int index =
        chooseProjectorScreen(screenNames(), m_remembered, own ? own->name() : QString());
    return index < 0 ? nullptr : screens.at(index);
}

void ProjectorController::chooseScreen(const QString &name)
{
    m_remembered = name;
    try {
        m_catalog.rememberSetting(settingkeys::projectorScreen(), name);
    } catch (const Error &error) {
        Q_EMIT message(error.message());
    }
    if (m_wanted)
        if (QScreen *screen = targetScreen())
            placeOn(screen);
    rebuildScreenMenu();
    Q_EMIT stateChanged();
}

void ProjectorController::placeOn(QScreen *screen)
{
    if (m_window->isVisible() && m_window->screen() == screen && m_window->isFullScreen())
        return;
    // A full-screen window does not move: it leaves, moves, and fills the new screen.
    m_window->hide();
    m_window->setScreen(screen);
    m_window->setGeometry(screen->geometry());
    m_window->showFullScreen();
    m_window->raise();
    // The clicker's keys go to the active window.
    m_window->activateWindow();
}

void ProjectorController::handleScreenRemoved(QScreen *screen)
{
    // Called before Qt moves the orphaned window to the remaining (the organiser's) screen.
    if (m_window->isVisible() && m_window->screen() == screen) {
        m_window->hide();
        Q_EMIT message(tr("The projector's screen (%1) was disconnected: the projector is off "
                          "until it is back.")
                           .arg(screen->name()));
    }
    rebuildScreenMenu();
    syncActions();
    Q_EMIT stateChanged();
}

void ProjectorController::handleScreenAdded(QScreen *screen)
{
    rebuildScreenMenu();
    if (m_wanted && !m_window->isVisible() && targetScreen() == screen) {
        placeOn(screen);
        Q_EMIT message(tr("Projecting again on %1.").arg(screenLabel(screen, 0)));
    }
    syncActions();
    Q_EMIT stateChanged();
}

QString ProjectorController::screenLabel(const QScreen *screen, int index)
{
    // Physical pixels: the resolution people know their projector by.
    const QSize size = screen->size() * screen->devicePixelRatio();
    const QString name = screen->name().isEmpty() ? tr("Screen %1").arg(index + 1) : screen->name();
    return tr("%1 — %2x%3").arg(name).arg(size.width()).arg(size.height());
}

void ProjectorController::rebuildScreenMenu()
{
    if (!m_screenMenu)
        return;
    for (QAction *action : m_screenGroup->actions())
        delete action;
    const QList<QScreen *> screens = QGuiApplication::screens();
    const QScreen *chosen = targetScreen();
    for (int i = 0; i < screens.size(); ++i) {
        QScreen *screen = screens[i];
        auto *action = new QAction(screenLabel(screen, i), m_screenGroup);
        action->setCheckable(true);
        action->setChecked(screen == chosen);
        action->setData(screen->name());
        connect(action, &QAction::triggered, this,
                [this, name = screen->name()] { chooseScreen(name); });
        m_screenMenu->addAction(action);
    }
}

void ProjectorController::syncActions()
{
    m_show->setChecked(m_wanted);
    m_welcome->setEnabled(m_selectedMeeting.has_value());
    m_quorum->setEnabled(m_selectedMeeting.has_value());
    m_projectItem->setEnabled(m_selectedMeeting.has_value() && m_selectedItem.has_value());
    m_blank->setEnabled(m_wanted && m_window->meetingId().has_value());
    m_blank->setChecked(m_window->isBlank());
}

} // namespace docket
