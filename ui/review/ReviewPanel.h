#pragma once

#include "model/CallRecord.h"
#include "review/ReviewSession.h"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class ReviewStore;

// The current reviewer's review of the call on screen: verdict, score, summary, reviewer, a
// saved indicator and the list of flags (activate one to jump to its turn). Everything is saved
// as it is typed through ReviewSession; there is no Save button. Below the reviewer, a read-only
// "Other reviewers" line lists the other reviewers' reviews of the call (reviewer, verdict,
// score) when there are any, as a team lead on a shared database expects.
class ReviewPanel : public QWidget
{
    Q_OBJECT

public:
    ReviewPanel(ReviewSession *session, ReviewStore *store, QWidget *parent = nullptr);

    void setCall(const CallRecord &call);
    // Asks for a category and comment and flags the turn (the transcript's context menu).
    void flagTurn(int turnIndex);
    void editFlag(int flagIndex);
    // Each turn's start in the recording once the call is aligned (empty: not aligned): the
    // flags show "[1:23]" and a click on one plays from there.
    void setTurnStarts(const QList<qint64> &startsMs);
    qint64 turnStart(int turnIndex) const; // -1 when unknown
    // Asked before a verdict marks the review done; false keeps the verdict unset (the guard
    // says why: the dock's checks the scorecard is complete).
    void setVerdictGuard(std::function<bool()> guard) { m_verdictGuard = std::move(guard); }

signals:
    void jumpToTurn(int turnIndex);
    void playTurnRequested(int turnIndex); // a flag with a time clicked
    void exportRequested();
    // The last save lost a race the user must settle: the Merge… button (ReviewMergeDialog).
    void mergeRequested();

private:
    void setUpFields();
    void createLayout();
    void connectFields();
    void connectFlags();
    void showReview();
    void showFlags();
    void showSaveState(ReviewSession::SaveState state);
    void showOtherReviewers();
    void onVerdictClicked(Review::Verdict verdict);
    void editCategories();
    int selectedFlag() const;

    ReviewSession *m_session;
    ReviewStore *m_store;
    bool m_showing = false; // true while widgets are filled from the session
    QList<qint64> m_turnStarts;
    std::function<bool()> m_verdictGuard;

    QLabel *m_callLabel;
    QPushButton *m_pass;
    QPushButton *m_needsWork;
    QPushButton *m_fail;
    QSpinBox *m_score;
    QLineEdit *m_reviewer;
    QPlainTextEdit *m_summary;
    QLabel *m_otherReviewers;
    QLabel *m_reviewedAt;
    QLabel *m_saveState;
    QPushButton *m_merge;
    QListWidget *m_flags;
    QPushButton *m_editFlag;
    QPushButton *m_removeFlag;
    QPushButton *m_categories;
    QPushButton *m_exportReport;
};
