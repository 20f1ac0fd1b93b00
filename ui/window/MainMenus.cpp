#include "window/MainMenus.h"

#include "api/CallLoader.h"
#include "player/PlayerPanel.h"
#include "transcript/FindBar.h"
#include "transcript/TranscriptPane.h"
#include "transcript/TranscriptView.h"
#include "window/AboutDialog.h"
#include "window/CallBar.h"
#include "window/MainWindow.h"

#include <QActionGroup>
#include <QMenuBar>

MainMenus::MainMenus(MainWindow *window)
    : QObject(window)
{
    m_fileMenu = window->menuBar()->addMenu(tr("&File"));
    m_fileMenu->addAction(tr("&Open Saved Call…"), QKeySequence::Open, window,
                          &MainWindow::openFileDialog);
    m_fileMenu->addAction(tr("Open &Demo Call"), window, &MainWindow::openDemoCall);
    m_fileMenu->addSeparator();
    QAction *exportText =
        m_fileMenu->addAction(tr("&Export Transcript as Text…"), QKeySequence::Save, window,
                              &MainWindow::exportPlainText);
    exportText->setObjectName(QStringLiteral("exportText"));
    exportText->setEnabled(false); // like the other exports: once a call is shown
    connect(window, &MainWindow::callShown, exportText,
            [exportText] { exportText->setEnabled(true); });
    m_exportEnd = m_fileMenu->addSeparator(); // more export actions go above this line
    m_fileMenu->addAction(tr("&Settings…"), QKeySequence(tr("Ctrl+,")), window,
                          &MainWindow::openSettings);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, window, &QWidget::close);

    TranscriptPane *pane = window->transcriptPane();
    CallLoader *loader = window->callLoader();
    QMenu *edit = m_editMenu = window->menuBar()->addMenu(tr("&Edit"));
    edit->addAction(tr("&Copy Turn"), QKeySequence::Copy, pane, &TranscriptPane::copySelection);
    edit->addAction(tr("Copy &All Turns"), QKeySequence(tr("Ctrl+Shift+C")), pane,
                    &TranscriptPane::copyAll);
    edit->addSeparator();
    edit->addAction(tr("&Find…"), QKeySequence::Find, pane, &TranscriptPane::showFind);
    edit->addAction(tr("Find &Next"), QKeySequence::FindNext, pane, &TranscriptPane::findNext);
    edit->addAction(tr("Find &Previous"), QKeySequence::FindPrevious, pane,
                    &TranscriptPane::findPrevious);

    QMenu *go = m_goMenu = window->menuBar()->addMenu(tr("&Go"));
    go->addAction(tr("Call &ID Field"), QKeySequence(tr("Ctrl+L")), window->callBar(),
                  &CallBar::focusIdField);
    go->addAction(tr("&Reload Call"), QKeySequence::Refresh, loader, &CallLoader::retry);
    // Enabled only while fetching, so Esc stays free for the find bar the rest of the time.
    QAction *stop = go->addAction(tr("&Stop Fetching"), QKeySequence(Qt::Key_Escape), loader,
                                  &CallLoader::cancel);
    stop->setEnabled(false);
    connect(loader, &CallLoader::busyChanged, stop, &QAction::setEnabled);
    m_back = go->addAction(tr("&Back"), QKeySequence(tr("Alt+Left")), window, &MainWindow::goBack);
    m_forward = go->addAction(tr("&Forward"), QKeySequence(tr("Alt+Right")), window,
                              &MainWindow::goForward);
    go->addSeparator();
    go->addAction(tr("F&irst Turn"), QKeySequence(tr("Ctrl+Home")), pane,
                  &TranscriptPane::scrollToFirst);
    go->addAction(tr("&Last Turn"), QKeySequence(tr("Ctrl+End")), pane,
                  &TranscriptPane::scrollToLast);
    go->addAction(tr("&Transcript"), QKeySequence(tr("Ctrl+T")), this,
                  [pane] { pane->view()->setFocus(Qt::ShortcutFocusReason); });

    m_viewMenu = window->menuBar()->addMenu(tr("&View"));
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

    // Space, arrows, [ ] and M are window-wide, yet a focused line or text edit keeps them: it
    // claims printable keys and arrows (ShortcutOverride) before any shortcut is looked up.
    m_playbackMenu = window->menuBar()->addMenu(tr("Pla&yback"));
    m_playbackMenu->addActions(window->playerPanel()->menuActions());

    QMenu *help = window->menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Call Review"), window, [window] { AboutDialog(window).exec(); });
    setHistoryState(false, false);
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
