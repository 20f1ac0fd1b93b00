#pragma once

#include "assignment/AssignmentPlanner.h"
#include "model/CallRecord.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;
class ReviewStore;

// Review > Assign Calls…: a sampling rule over the calls List Calls loaded for the browsed
// assistant (how many, dates, end reasons, duration, a finding kind, the seed), a preview of
// the sample split across the reviewers, and Assign, which stores the batch (AssignmentStore);
// each reviewer then loads theirs with Review > My Assignment.
class AssignmentDialog : public QDialog
{
    Q_OBJECT

public:
    AssignmentDialog(ReviewStore *store, const QList<CallRecord> &candidates,
                     const QString &assistantId, QWidget *parent = nullptr);

    AssignmentRule rule() const; // as the form reads now

private:
    QWidget *createRuleForm();
    void preview();
    void assign();

    ReviewStore *m_store;
    QList<CallRecord> m_candidates;
    QString m_assistantId;
    AssignmentPlanner::Plan m_plan;
    bool m_previewed = false;

    QComboBox *m_size;
    QSpinBox *m_count;
    QDoubleSpinBox *m_percent;
    QSpinBox *m_minimum;
    QCheckBox *m_useFrom;
    QDateEdit *m_from;
    QCheckBox *m_useTo;
    QDateEdit *m_to;
    QLineEdit *m_endReasons;
    QSpinBox *m_minSeconds;
    QSpinBox *m_maxSeconds;
    QComboBox *m_finding;
    QLineEdit *m_seed;
    QLineEdit *m_reviewers;
    QLabel *m_summary;
    QTableWidget *m_split;
};
