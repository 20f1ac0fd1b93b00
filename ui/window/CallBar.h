#pragma once

#include <QWidget>

class QLineEdit;
class QMenu;
class QProgressBar;
class QPushButton;
class QToolButton;

// The top bar: back/forward, the call-ID field (Enter fetches), Fetch that turns into Cancel
// while loading, progress, and the recently opened calls.
class CallBar : public QWidget
{
    Q_OBJECT

public:
    explicit CallBar(QWidget *parent = nullptr);

    QLineEdit *idEdit() const { return m_idEdit; }
    QPushButton *fetchButton() const { return m_fetch; }
    QProgressBar *progressBar() const { return m_progress; }

    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    void setProgress(qint64 received, qint64 total);
    void setRecentCalls(const QStringList &callIds);
    void setHistoryState(bool canGoBack, bool canGoForward);
    void setCallId(const QString &callId);
    void focusIdField();

signals:
    void fetchRequested(const QString &text);
    void cancelRequested();
    void backRequested();
    void forwardRequested();
    void clearRecentRequested();

private:
    void onFetchClicked();

    QToolButton *m_back;
    QToolButton *m_forward;
    QLineEdit *m_idEdit;
    QPushButton *m_fetch;
    QToolButton *m_recent;
    QMenu *m_recentMenu;
    QProgressBar *m_progress;
    bool m_busy = false;
};
