#include "window/MainMenus.h"

#include "api/CallLoader.h"
#include "player/PlayerPanel.h"
#include "session/CallSession.h"
#include "transcript/FindBar.h"
#include "transcript/TranscriptPane.h"
#include "transcript/TranscriptView.h"
#include "window/AboutDialog.h"
#include "window/CallBar.h"
#include "window/ShortcutsDialog.h"

#include <QActionGroup>
#include <QMainWindow>
#include <QMenuBar>

MainMenus::MainMenus(QMainWindow *window, const Parts &parts)
    : QObject(window)
    , m_parts(parts)
{
    QMenuBar *bar = window->menuBar();
    createFileMenu(window);
    createEditMenu(bar);
    createGoMenu(bar);
    createViewMenu(bar);
    createPlaybackMenu(bar);
    m_reviewMenu = bar->addMenu(tr("&Review"));
    createHelpMenu(window);
    setHistoryState(parts.session->canGoBack(), parts.session->canGoForward());
    connect(parts.session, &CallSession::historyChanged, this, &MainMenus::setHistoryState);
}

void MainMenus::createFileMenu(QMainWindow *window)
{
    m_fileMenu = window->menuBar()->addMenu(tr("&File"));
    m_fileMenu->addAction(tr("&Open Saved Call…"), QKeySequence::Open, this,
                          &MainMenus::openFileRequested);
    m_fileMenu->addAction(tr("Open &Demo Call"), this, &MainMenus::openDemoRequested);
    m_fileMenu->addSeparator();
    QAction *exportText =
        m_fileMenu->addAction(tr("&Export Transcript as Text…"), QKeySequence::Save, this,
                              &MainMenus::exportTextRequested);
    exportText->setObjectName(QStringLiteral("exportText"));
    exportText->setEnabled(m_parts.session->hasCall()); // like the other exports
    connect(m_parts.session, &CallSession::currentChanged, exportText,
            [exportText] { exportText->setEnabled(true); });
    m_exportEnd = m_fileMenu->addSeparator(); // more export actions go above this line
    m_fileMenu->addAction(tr("&Settings…"), QKeySequence(tr("Ctrl+,")), this,
                          &MainMenus::settingsRequested);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, window, &QWidget::close);
}

void MainMenus::createEditMenu(QMenuBar *bar)
{
    TranscriptPane *pane = m_parts.transcript;
    m_editMenu = bar->addMenu(tr("&Edit"));
    m_editMenu->addAction(tr("&Copy Turn"), QKeySequence::Copy, pane,
                          &TranscriptPane::copySelection);
    m_editMenu->addAction(tr("Copy &All Turns"), QKeySequence(tr("Ctrl+Shift+C")), pane,
                          &TranscriptPane::copyAll);
    m_editMenu->addSeparator();
    m_editMenu->addAction(tr("&Find…"), QKeySequence::Find, pane, &TranscriptPane::showFind);
    m_editMenu->addAction(tr("Find &Next"), QKeySequence::FindNext, pane,
                          &TranscriptPane::findNext);
    m_editMenu->addAction(tr("Find &Previous"), QKeySequence::FindPrevious, pane,
                          &TranscriptPane::findPrevious);
}

void MainMenus::createGoMenu(QMenuBar *bar)
{
    TranscriptPane *pane = m_parts.transcript;
    CallLoader *loader = m_parts.loader;
    QMenu *go = m_goMenu = bar->addMenu(tr("&Go"));
    go->addAction(tr("Call &ID Field"), QKeySequence(tr("Ctrl+L")), m_parts.callBar,
                  &CallBar::focusIdField);
    go->addAction(tr("&Reload Call"), QKeySequence::Refresh, loader, &CallLoader::retry);
    // Enabled only while fetching, so Esc stays free for the find bar the rest of the time.
    QAction *stop = go->addAction(tr("&Stop Fetching"), QKeySequence(Qt::Key_Escape), loader,
                                  &CallLoader::cancel);
    stop->setEnabled(false);
    connect(loader, &CallLoader::busyChanged, stop, &QAction::setEnabled);
    m_back = go->addAction(tr("&Back"), QKeySequence(tr("Alt+Left")), m_parts.session,
                           &CallSession::goBack);
    m_forward = go->addAction(tr("&Forward"), QKeySequence(tr("Alt+Right")), m_parts.session,
                              &CallSession::goForward);
    go->addSeparator();
    go->addAction(tr("F&irst Turn"), QKeySequence(tr("Ctrl+Home")), pane,
                  &TranscriptPane::scrollToFirst);
    go->addAction(tr("&Last Turn"), QKeySequence(tr("Ctrl+End")), pane,
                  &TranscriptPane::scrollToLast);
    go->addAction(tr("&Transcript"), QKeySequence(tr("Ctrl+T")), this,
                  [pane] { pane->view()->setFocus(Qt::ShortcutFocusReason); });
}

void MainMenus::createViewMenu(QMenuBar *bar)
{
    TranscriptPane *pane = m_parts.transcript;
    m_viewMenu = bar->addMenu(tr("&View"));
    auto *speakers = new QActionGroup(this);
    const struct
    {
        QString text;
        QKeySequence keys;
        FindBar::SpeakerChoice choice;
    } choices[] = {{tr("&All Speakers"), QKeySequence(tr("Ctrl+0")), FindBar::AllSpeakers},
                   {tr("A&ssistant Only"), QKeySequence(tr("Ctrl+1")), FindBar::AssistantOnly},
                   {tr("&Caller Only"), QKeySequence(tr("Ctrl+2")), FindBar::CallerOnly}};
    for (const auto &choice : choices) {
        QAction *action =
            m_viewMenu->addAction(choice.text, choice.keys, this,
                                  [pane, c = choice.choice] { pane->setSpeakerFilter(c); });
        action->setCheckable(true);
        action->setChecked(choice.choice == FindBar::AllSpeakers);
        speakers->addAction(action);
        connect(pane->findBar(), &FindBar::speakerChoiceChanged, action,
                [action, c = choice.choice](FindBar::SpeakerChoice now) {
                    action->setChecked(now == c);
                });
    }
    m_viewMenu->addSeparator(); // panels (review, assistants) add their toggles below
}

void MainMenus::createPlaybackMenu(QMenuBar *bar)
{
    // Space, arrows, [ ] and M are window-wide, yet a focused line or text edit keeps them: it
    // claims printable keys and arrows (ShortcutOverride) before any shortcut is looked up.
    m_playbackMenu = bar->addMenu(tr("Pla&yback"));
    m_playbackMenu->addActions(m_parts.player->menuActions());
}

void MainMenus::createHelpMenu(QMainWindow *window)
{
    QMenu *help = window->menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard Shortcuts"), window,
                    [window] { ShortcutsDialog(window->menuBar(), window).exec(); });
    help->addAction(tr("&About Call Review"), window, [window] { AboutDialog(window).exec(); });
}

void MainMenus::addExportAction(QAction *action)
{
    m_fileMenu->insertAction(m_exportEnd, action);
}

void MainMenus::setHistoryState(bool canGoBack, bool canGoForward)
{
    m_back->setEnabled(canGoBack);
    m_forward->setEnabled(canGoForward);
}
