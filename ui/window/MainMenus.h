#pragma once

#include <QObject>

class MainWindow;
class QAction;
class QMenu;

// The window's menus: every action with its shortcut shown, so everything is reachable from the
// keyboard. File has an export section (addExportAction), View a place for panel toggles,
// Playback the player's actions (their shortcuts are window-wide; text fields keep their keys).
class MainMenus : public QObject
{
    Q_OBJECT

public:
    explicit MainMenus(MainWindow *window);

    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *editMenu() const { return m_editMenu; }
    QMenu *goMenu() const { return m_goMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }
    QMenu *playbackMenu() const { return m_playbackMenu; }
    void addExportAction(QAction *action); // above the File menu's Settings
    void setHistoryState(bool canGoBack, bool canGoForward);

private:
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_playbackMenu = nullptr;
    QAction *m_exportEnd = nullptr;
    QAction *m_back = nullptr;
    QAction *m_forward = nullptr;
};
