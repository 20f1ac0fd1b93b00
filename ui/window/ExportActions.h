#pragma once

#include <QObject>

class MainWindow;
class QAction;

// File menu export section: Save As…, Copy Transcript, Print…, Export Many…. Actions that need
// a call stay disabled until one is shown.
class ExportActions : public QObject
{
    Q_OBJECT

public:
    explicit ExportActions(MainWindow *window);

    QAction *saveAs() const { return m_saveAs; }
    QAction *copyTranscript() const { return m_copy; }
    QAction *print() const { return m_print; }
    QAction *exportMany() const { return m_exportMany; }

private:
    QAction *add(const QString &name, const QString &text, const QKeySequence &keys);

    MainWindow *m_window;
    QAction *m_saveAs;
    QAction *m_copy;
    QAction *m_print;
    QAction *m_exportMany;
};
