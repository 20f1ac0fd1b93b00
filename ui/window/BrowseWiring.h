#pragma once

#include <QObject>

class BrowsePanel;
class MainWindow;
class QDockWidget;
class ReviewDock;

// Browse Assistants as a dock (hidden until asked for, so no request is made before): opens
// calls in the window straight from the list, next/previous call keys, names for model IDs in
// the metadata, selected calls to Export Many… or the review queue.
class BrowseWiring : public QObject
{
    Q_OBJECT

public:
    BrowseWiring(MainWindow *window, ReviewDock *review);

    BrowsePanel *panel() const { return m_panel; }
    QDockWidget *dock() const { return m_dock; }
    void showBrowse(); // shows the dock (it loads on first show) and focuses it

private:
    void applyApiAccess();

    MainWindow *m_window;
    QDockWidget *m_dock;
    BrowsePanel *m_panel;
};
