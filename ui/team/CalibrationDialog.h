#pragma once

#include <QDialog>
#include <QStringList>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;
class ReviewStore;

// Review > Calibration…: create a session from the review queue's calls (participants, a
// benchmark reviewer, a scorecard form), submit your answers for a call (an answers file, as
// `callreview --score` reads), and compare: per call and question each reviewer's answer
// beside the benchmark's with its alignment, and each reviewer's alignment overall. A call's
// answers stay hidden until you submitted yours for it (CalibrationStore enforces it).
class CalibrationDialog : public QDialog
{
    Q_OBJECT

public:
    CalibrationDialog(ReviewStore *store, const QStringList &queueIds, const QString &reviewer,
                      QWidget *parent = nullptr);

private:
    QWidget *createSessionBox();
    void reloadSessions(qint64 select = 0);
    void createSession();
    void submitAnswers();
    void showSession();

    ReviewStore *m_store;
    QStringList m_queueIds;
    QString m_reviewer;
    QComboBox *m_sessions;
    QLineEdit *m_name;
    QComboBox *m_forms;
    QLineEdit *m_participants;
    QLineEdit *m_benchmark;
    QComboBox *m_calls;
    QLabel *m_status;
    QTableWidget *m_table;
    QLabel *m_alignment;
};
