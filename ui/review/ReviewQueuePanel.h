#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class ReviewQueue;

// Works through a list of calls: paste or load IDs, see progress, filter by verdict, step
// with Next/Previous (Alt+N / Alt+P, or Ctrl+] / Ctrl+[). Emits openCall for the window to
// fetch. The Next/Previous actions are exposed so the window can put them in a menu too;
// add them to a widget that stays visible (ReviewDock does) for the shortcuts to work while
// another tab is shown.
class ReviewQueuePanel : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewQueuePanel(ReviewQueue *queue, QWidget *parent = nullptr);

    QAction *nextAction() const { return m_nextAction; }
    QAction *previousAction() const { return m_previousAction; }

    // Replaces the queue with the IDs found in text; returns how many were taken.
    int setIdsFromText(const QString &text);

signals:
    void openCall(const QString &callId);
    void exportRequested();

private:
    void createLayout();
    void connectParts();
    void showQueue();
    void pasteIds();
    void loadFile();
    void go(const QString &callId);

    ReviewQueue *m_queue;
    QAction *m_nextAction;
    QAction *m_previousAction;
    QLabel *m_message;
    QProgressBar *m_progress;
    QComboBox *m_filter;
    QTreeWidget *m_list; // call, verdict, scorecard score
    QPushButton *m_previous;
    QPushButton *m_next;
    QPushButton *m_paste;
    QPushButton *m_load;
    QPushButton *m_exportReport;
};
