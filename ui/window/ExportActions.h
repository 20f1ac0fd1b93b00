#pragma once

#include <QObject>

class CallLoader;
class CallSession;
class MainMenus;
class QAction;
class QWidget;

// File menu export section: Save As…, Copy Transcript, Print…, Export Many…. Actions that need
// a call stay disabled until the session has one; Export Many reaches the API as the loader does.
class ExportActions : public QObject
{
    Q_OBJECT

public:
    // dialogParent: the window the dialogs belong to.
    ExportActions(MainMenus *menus, CallSession *session, const CallLoader *loader,
                  QWidget *dialogParent);

    QAction *saveAs() const { return m_saveAs; }
    QAction *copyTranscript() const { return m_copy; }
    QAction *print() const { return m_print; }
    QAction *exportMany() const { return m_exportMany; }

signals:
    void statusMessage(const QString &message);

private:
    QAction *add(const QString &name, const QString &text, const QKeySequence &keys);
    void connectActions();

    MainMenus *m_menus;
    CallSession *m_session;
    const CallLoader *m_loader;
    QWidget *m_parent;
    QAction *m_saveAs;
    QAction *m_copy;
    QAction *m_print;
    QAction *m_exportMany;
};
