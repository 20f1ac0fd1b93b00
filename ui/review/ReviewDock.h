#pragma once

#include "model/CallRecord.h"

#include <QDockWidget>

class FindingsPanel;
class QTabWidget;
class ReviewPanel;
class ReviewQueue;
class ReviewQueuePanel;
class ReviewSession;
class ReviewStore;
class ScorecardPanel;
class ScorecardSheet;

// Everything for QA review in one dock: the review of the call on screen, its scorecard
// (a verdict waits until the scorecard is complete), its automatic findings (which suggest
// scorecard answers) and the review queue, over one ReviewStore. The window only forwards calls to
// setCall() and listens to jumpToTurn/openCall; the transcript view reads flags through
// session() (flagsForTurn + flagsChanged) and calls flagTurn() from its context menu.
class ReviewDock : public QDockWidget
{
    Q_OBJECT

public:
    // store: a SQLite file or a team's postgresql:// URL (ReviewDatabase); empty:
    // ReviewStore::defaultPath(). reviewer: the name for a shared database's audit log, else the
    // one in the settings; without either, the user is asked for it.
    explicit ReviewDock(QWidget *parent = nullptr, const QString &store = QString(),
                        const QString &reviewer = QString());
    ~ReviewDock() override;

    void setCall(const CallRecord &call);
    void flagTurn(int turnIndex);
    // Appends call IDs to the queue (keeping the ones there, without duplicates) and shows the
    // Queue tab. False (with a message in the status line of the queue) when the store refused.
    bool addToQueue(const QStringList &ids);
    void showQueue();
    void showScorecard(); // shows the dock on the Scorecard tab (calibration scoring)

    ReviewStore *store() const { return m_store; }
    ReviewSession *session() const { return m_session; }
    ReviewQueue *queue() const { return m_queue; }
    ReviewPanel *reviewPanel() const { return m_reviewPanel; }
    FindingsPanel *findingsPanel() const { return m_findingsPanel; }
    ReviewQueuePanel *queuePanel() const { return m_queuePanel; }
    ScorecardPanel *scorecardPanel() const { return m_scorecardPanel; }
    ScorecardSheet *scorecardSheet() const { return m_scorecardSheet; }
    // Review > Scorecard Forms…: list, import and export forms.
    void manageScorecardForms();

    // Each turn's start of the call on screen once aligned (empty: not aligned): for the flag
    // and finding lists and the report of this call.
    void setTurnStarts(const QList<qint64> &startsMs);

    // Asks for a file and writes the report (format from the chosen type).
    void exportReport(bool wholeQueue);

signals:
    void jumpToTurn(int turnIndex);
    void playTurnRequested(int turnIndex); // a flag or finding with a time clicked
    void openCall(const QString &callId);

private:
    // Opens the store; false with *error (host:port/db, never a password).
    bool openStore(const QString &store, const QString &reviewer, QString *error);
    // A save lost a race the user must settle: asks with ReviewMergeDialog and saves the merge.
    // leavingCall: another call is being opened, so Cancel drops the edits.
    void resolveMerge(bool leavingCall);

    ReviewStore *m_store;
    ReviewSession *m_session;
    ReviewQueue *m_queue;
    QTabWidget *m_tabs;
    ReviewPanel *m_reviewPanel;
    FindingsPanel *m_findingsPanel;
    ReviewQueuePanel *m_queuePanel;
    QList<qint64> m_turnStarts;
    ScorecardSheet *m_scorecardSheet;
    ScorecardPanel *m_scorecardPanel;
    bool m_merging = false; // a ReviewMergeDialog is open
};
