#pragma once

#include "calibration/CalibrationDrafts.h"
#include "calibration/CalibrationSession.h"
#include "scorecards/ScorecardAnswers.h"
#include "scorecards/ScorecardForm.h"

#include <QFrame>
#include <QHash>

#include <optional>

class CalibrationStore;
class QAction;
class QLabel;
class QPushButton;
class ReviewDock;

// Calibration mode of the Review dock's Scorecard tab (issue 16), shown above its questions.
// "Score This Call" in Review > Calibration… opens a session's call in the window and scores it
// here on the session's form version, whatever the assistant's usual form, with the keys of a
// review: the ScorecardPanel over a draft of the dock's ScorecardSheet, so nothing is saved as
// the reviewer's evaluation of the call and calibration stays out of the normal averages.
// Submit to Calibration checks the answers as a verdict does (every question, the required
// comments) and stores them through CalibrationStore, once; the store keeps them hidden from
// the peers until they submitted theirs. The banner names the session, says the answers stay
// hidden until submitted and gives the reviewer's progress ("3 of 5 calls submitted").
// Answers not submitted yet are kept when the reviewer moves to another call and back, and on
// disk (CalibrationDrafts) across a restart.
class CalibrationBanner : public QFrame
{
    Q_OBJECT

public:
    explicit CalibrationBanner(ReviewDock *dock, QWidget *parent = nullptr);

    // Scores callId of the session as reviewer: at once when the call is on screen, else once
    // the window opened it (the dock's openCall). False with *error when the session, its
    // form, the reviewer (a participant who has not submitted the call yet) or the call do not
    // allow it.
    bool begin(qint64 sessionId, const QString &callId, const QString &reviewer,
               QString *error = nullptr);
    // Stores the answers; false (the reason shown) when incomplete or refused by the store.
    bool submit();
    // Back to the reviewer's own evaluation of the call; unsubmitted answers are kept.
    void leave();
    // The first call of the session the reviewer has not submitted yet (empty: none).
    QString nextCall() const;

    bool isActive() const { return m_active; } // the Scorecard tab shows a calibration draft
    bool isWaiting() const { return m_session && !m_callId.isEmpty() && !m_active; }
    qint64 sessionId() const { return m_session ? m_session->id : 0; }
    QString callId() const { return m_callId; }
    QAction *submitAction() const { return m_submitAction; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *progressLabel() const { return m_progress; }
    QLabel *messageLabel() const { return m_message; }

    // "3 of 5 calls submitted": the calls of the session reviewer submitted.
    static QString progress(const CalibrationStore &store, const CalibrationSession &session,
                            const QString &reviewer);

signals:
    void submitted(qint64 sessionId, const QString &callId);
    void comparisonRequested(qint64 sessionId); // Show Comparison…: the Calibration dialog

private:
    void follow(); // the sheet changed call or form
    void enter();
    void keepDraft();
    void showState();
    QString draftKey() const;
    QString connectionName() const;

    ReviewDock *m_dock;
    std::optional<CalibrationSession> m_session;
    std::optional<ScorecardForm> m_form;
    QString m_callId; // the call being scored (empty once submitted or left)
    QString m_doneCallId; // the call just submitted, while the banner says so
    QString m_reviewer;
    bool m_active = false;
    CalibrationDrafts m_drafts;

    QLabel *m_title;
    QLabel *m_progress;
    QLabel *m_message;
    QPushButton *m_submit;
    QPushButton *m_leave;
    QPushButton *m_next;
    QPushButton *m_compare;
    QPushButton *m_close;
    QAction *m_submitAction;
};
