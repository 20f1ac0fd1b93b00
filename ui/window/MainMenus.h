#pragma once

#include <QObject>

class CallBar;
class CallLoader;
class CallSession;
class PlayerPanel;
class QAction;
class QMainWindow;
class QMenu;
class QMenuBar;
class TranscriptPane;

// The window's menus: every action with its shortcut shown, so everything is reachable from the
// keyboard. File has an export section (addExportAction), View a place for panel toggles,
// Playback the player's actions (their shortcuts are window-wide; text fields keep their keys).
// Actions that belong to the window itself (open, demo, settings) are signals.
class MainMenus : public QObject
{
    Q_OBJECT

public:
    // What the menus act on; none owned.
    struct Parts
    {
        CallSession *session = nullptr; // Back, Forward; Export as Text once there is a call
        CallLoader *loader = nullptr; // Reload, Stop
        CallBar *callBar = nullptr;
        TranscriptPane *transcript = nullptr;
        PlayerPanel *player = nullptr;
    };

    MainMenus(QMainWindow *window, const Parts &parts);

    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *editMenu() const { return m_editMenu; }
    QMenu *goMenu() const { return m_goMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }
    QMenu *playbackMenu() const { return m_playbackMenu; }
    QMenu *reviewMenu() const { return m_reviewMenu; } // filled by ReviewWiring and TeamMenu
    void addExportAction(QAction *action); // above the File menu's Settings

signals:
    void openFileRequested();
    void openDemoRequested();
    void exportTextRequested();
    void settingsRequested();

private:
    void createFileMenu(QMainWindow *window);
    void createEditMenu(QMenuBar *bar);
    void createGoMenu(QMenuBar *bar);
    void createViewMenu(QMenuBar *bar);
    void createPlaybackMenu(QMenuBar *bar);
    void createHelpMenu(QMainWindow *window);
    void setHistoryState(bool canGoBack, bool canGoForward);

    Parts m_parts;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_playbackMenu = nullptr;
    QMenu *m_reviewMenu = nullptr;
    QAction *m_exportEnd = nullptr;
    QAction *m_back = nullptr;
    QAction *m_forward = nullptr;
};
