#pragma once

#include <QObject>

class CallSession;
class MainMenus;
class QMainWindow;
class ReviewDock;
class TranscriptPane;

// Puts the ReviewDock on the window's right and connects it: the session's call, jumps to a
// turn, Flag Turn… from the transcript, flag markers on the bubbles. Calls opened from the queue
// come out of dock()'s openCall signal.
class ReviewWiring : public QObject
{
    Q_OBJECT

public:
    // store: a SQLite file or a postgresql:// URL; empty: ReviewStore::defaultPath().
    // reviewer: the name for a shared database (else the one in the settings).
    ReviewWiring(QMainWindow *window, MainMenus *menus, TranscriptPane *transcript,
                 CallSession *session, const QString &store = QString(),
                 const QString &reviewer = QString());

    ReviewDock *dock() const { return m_dock; }

private:
    ReviewDock *m_dock;
};
