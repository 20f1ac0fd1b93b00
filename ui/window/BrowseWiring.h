#pragma once

#include <QObject>

class BrowsePanel;
class CallLoader;
class CallSession;
class MainMenus;
class MetadataPanel;
class QDockWidget;
class QMainWindow;
class ReviewDock;
class StartPage;

// Browse Assistants as a dock (hidden until asked for, so no request is made before): opens
// calls in the session straight from the list, next/previous call keys, names for model IDs in
// the metadata, selected calls to Export Many… or the review queue. Reaches the API as the
// loader does, following its connection and key.
class BrowseWiring : public QObject
{
    Q_OBJECT

public:
    // What the browse dock works with; none owned.
    struct Parts
    {
        MainMenus *menus = nullptr; // View toggle, Go next/previous
        CallSession *session = nullptr; // where opened calls go
        CallLoader *loader = nullptr; // network, connection, key
        StartPage *startPage = nullptr; // its Browse button
        MetadataPanel *metadata = nullptr; // assistant names
        ReviewDock *review = nullptr; // Send to review queue
    };

    BrowseWiring(QMainWindow *window, const Parts &parts);

    BrowsePanel *panel() const { return m_panel; }
    QDockWidget *dock() const { return m_dock; }
    void showBrowse(); // shows the dock (it loads on first show) and focuses it

private:
    void addActions(MainMenus *menus);
    void connectParts(const Parts &parts);
    void applyApiAccess();

    QMainWindow *m_window;
    const CallLoader *m_loader;
    QDockWidget *m_dock;
    BrowsePanel *m_panel;
};
