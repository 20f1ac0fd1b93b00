#pragma once

#include "findings/Finding.h"
#include "model/CallRecord.h"

#include <QFutureWatcher>
#include <QSet>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QListWidget;
class ReviewSession;
class ReviewStore;

// Automatic findings for the call on screen, as suggestions: "Flag" turns one into flags on
// its turns in one click, "Dismiss" hides it (remembered per call in the store). Activating a
// finding jumps to its first turn. Detection runs off the UI thread.
class FindingsPanel : public QWidget
{
    Q_OBJECT

public:
    FindingsPanel(ReviewSession *session, ReviewStore *store, QWidget *parent = nullptr);
    ~FindingsPanel() override;

    void setCall(const CallRecord &call);
    // The timing findings once the call's recording is aligned (callId: the call they are of);
    // they join the list whether the text findings are ready yet or not.
    void addTimingFindings(const QString &callId, const QList<Finding> &findings);
    static bool isTiming(Finding::Kind kind);
    const QList<Finding> &findings() const { return m_findings; }
    bool isBusy() const { return m_watcher.isRunning(); }

    // Each turn's start once the call is aligned (empty: not aligned): rows show "[1:23]" and
    // a click on a row with a time plays from its first turn.
    void setTurnStarts(const QList<qint64> &startsMs);
    qint64 turnStart(int turnIndex) const; // -1 when unknown

    void flagFinding(int index); // index into findings()
    void setDismissed(int index, bool dismissed);
    bool isDismissed(int index) const;

signals:
    void jumpToTurn(int turnIndex);
    void playTurnRequested(int turnIndex); // a row with a time clicked: play from its turn
    void findingsReady();

private:
    void onFinished();
    void showFindings();
    void showCount();
    int selectedIndex() const;
    bool isFlagged(const Finding &finding) const;
    void updateButtons();

    ReviewSession *m_session;
    ReviewStore *m_store;
    QFutureWatcher<QList<Finding>> m_watcher;
    QString m_callId;
    QString m_pendingCallId;
    QList<Finding> m_findings;
    QList<Finding> m_timing;
    QString m_timingCallId;
    QSet<QString> m_dismissed;
    QList<qint64> m_turnStarts;

    QLabel *m_status;
    QListWidget *m_list;
    QPushButton *m_flag;
    QPushButton *m_dismiss;
    QCheckBox *m_showDismissed;
};
