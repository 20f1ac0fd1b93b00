#include "window/ReviewWiring.h"

#include "review/ReviewDock.h"
#include "review/ReviewFlagsProxyModel.h"
#include "transcript/TranscriptPane.h"
#include "window/MainMenus.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QMenu>

ReviewWiring::ReviewWiring(MainWindow *window, const QString &storePath)
    : QObject(window)
    , m_dock(new ReviewDock(window, storePath))
{
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    QAction *toggle = m_dock->toggleViewAction();
    toggle->setText(tr("&Review Panel"));
    toggle->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    window->viewMenu()->addAction(toggle);

    TranscriptPane *pane = window->transcriptPane();
    pane->flagsModel()->setSession(m_dock->session());
    window->menus()->editMenu()->addSeparator();
    window->menus()->editMenu()->addAction(pane->flagAction());

    connect(window, &MainWindow::callShown, m_dock, &ReviewDock::setCall);
    connect(m_dock, &ReviewDock::jumpToTurn, pane, &TranscriptPane::selectTurn);
    connect(m_dock, &ReviewDock::openCall, window, &MainWindow::fetch);
    connect(pane, &TranscriptPane::flagTurnRequested, this, [this](int turn) {
        m_dock->show(); // the flag appears in the review's list
        m_dock->raise();
        m_dock->flagTurn(turn);
    });
}
