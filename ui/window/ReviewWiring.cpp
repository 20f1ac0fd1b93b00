#include "window/ReviewWiring.h"

#include "review/ReviewDock.h"
#include "review/ReviewFlagsProxyModel.h"
#include "session/CallSession.h"
#include "transcript/TranscriptPane.h"
#include "window/MainMenus.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>

ReviewWiring::ReviewWiring(QMainWindow *window, MainMenus *menus, TranscriptPane *transcript,
                           CallSession *session, const QString &store, const QString &reviewer)
    : QObject(window)
    , m_dock(new ReviewDock(window, store, reviewer))
{
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    QAction *toggle = m_dock->toggleViewAction();
    toggle->setText(tr("&Review Panel"));
    toggle->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    menus->viewMenu()->addAction(toggle);

    transcript->flagsModel()->setSession(m_dock->session());
    menus->editMenu()->addSeparator();
    menus->editMenu()->addAction(transcript->flagAction());

    menus->reviewMenu()->addAction(tr("Scorecard &Forms…"), m_dock,
                                   &ReviewDock::manageScorecardForms);

    connect(session, &CallSession::currentChanged, m_dock, &ReviewDock::setCall);
    connect(m_dock, &ReviewDock::jumpToTurn, transcript, &TranscriptPane::selectTurn);
    connect(transcript, &TranscriptPane::flagTurnRequested, this, [this](int turn) {
        m_dock->show(); // the flag appears in the review's list
        m_dock->raise();
        m_dock->flagTurn(turn);
    });
}
