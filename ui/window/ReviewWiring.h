#pragma once

#include <QObject>

class MainWindow;
class ReviewDock;

// Puts the ReviewDock on the window's right and connects it: the call shown, jumps to a turn,
// calls opened from the queue, Flag Turn… from the transcript, flag markers on the bubbles.
class ReviewWiring : public QObject
{
    Q_OBJECT

public:
    // storePath empty: ReviewStore::defaultPath().
    explicit ReviewWiring(MainWindow *window, const QString &storePath = QString());

    ReviewDock *dock() const { return m_dock; }

private:
    ReviewDock *m_dock;
};
