#pragma once

#include <QDialog>
#include <QList>
#include <QPair>
#include <QStringList>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class ReviewStore;

// Review > Calibration…: create a session from the review queue's calls (participants, a
// benchmark reviewer, a scorecard form); Score This Call asks the window to score a call of the
// session in the Scorecard tab (scoreRequested, CalibrationBanner), or submit an answers file
// (as `callreview --score` reads); each participant's progress; and compare: per call and
// question each reviewer's answer beside the benchmark's with its alignment, each reviewer's
// alignment on each call and overall. A call's answers stay hidden until you submitted yours
// for it (CalibrationStore enforces it).
class CalibrationDialog : public QDialog
{
    Q_OBJECT

public:
    CalibrationDialog(ReviewStore *store, const QStringList &queueIds, const QString &reviewer,
                      QWidget *parent = nullptr);

    // Shows this session (when it exists) and, when given, this call.
    void selectSession(qint64 id, const QString &callId = QString());

    // The keys of this dialog, for Help > Keyboard Shortcuts: (action, keys).
    static QList<QPair<QString, QString>> keyHelp();

signals:
    // Score This Call: the dialog closes and the window opens the call in calibration mode.
    void scoreRequested(qint64 sessionId, const QString &callId);

private:
    QWidget *createSessionBox();
    void reloadSessions(qint64 select = 0);
    void createSession();
    void submitAnswers();
    void showSession();
    void updateScoreButton();

    ReviewStore *m_store;
    QStringList m_queueIds;
    QString m_reviewer;
    QComboBox *m_sessions;
    QLineEdit *m_name;
    QComboBox *m_forms;
    QLineEdit *m_participants;
    QLineEdit *m_benchmark;
    QComboBox *m_calls;
    QPushButton *m_score;
    QLabel *m_progress;
    QLabel *m_status;
    QTableWidget *m_table;
    QLabel *m_alignment;
};
