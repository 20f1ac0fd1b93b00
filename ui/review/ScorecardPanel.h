#pragma once

#include "scorecards/ScorecardSuggestions.h"

#include <QList>
#include <QPair>
#include <QWidget>

class QComboBox;
class QLabel;
class QScrollArea;
class QVBoxLayout;
class ScorecardQuestionRow;
class ScorecardSheet;
class ScorecardStore;

// The scorecard section of the Review dock: the form for this assistant's calls (remembered per
// assistant in AppSettings), its questions by group, answered with the keyboard (Up / Down or
// Tab between questions, Y / N / A, number keys, Ctrl+Enter for a suggestion) or the mouse,
// and the live score: total, critical, "Fatal: <question>" in red, each group's score.
// Everything goes through the ScorecardSheet, which saves as the reviewer answers.
class ScorecardPanel : public QWidget
{
    Q_OBJECT

public:
    ScorecardPanel(ScorecardSheet *sheet, const ScorecardStore *store, QWidget *parent = nullptr);

    // The call on screen: the reviewer's saved answers, or the form remembered for its assistant.
    void setCall(const QString &callId, const QString &assistantId, const QString &reviewer);
    // Fills the form list again (after forms were imported).
    void reloadForms();
    // A widget shown above the form list (the calibration banner); the panel takes it.
    void addHeader(QWidget *header);

    // Whether the review may be marked done (or a draft submitted): true without a form or when
    // every question is answered and every required comment written. Otherwise shows a message
    // naming the first question missing something, moves the focus to it and returns false.
    bool checkComplete();
    // The verdict's guard: checkComplete() on the reviewer's own scorecard; refused (said in the
    // tab) while the tab shows calibration answers, which are not this review's.
    bool checkReviewComplete();

    QComboBox *formBox() const { return m_formBox; }
    QLabel *scoreLabel() const { return m_score; }
    QLabel *fatalLabel() const { return m_fatal; }
    QLabel *messageLabel() const { return m_message; }
    QList<ScorecardQuestionRow *> rows() const { return m_rows; }
    ScorecardQuestionRow *row(const QString &questionId) const;

    // The keys of this section, for Help > Keyboard Shortcuts: (action, keys).
    static QList<QPair<QString, QString>> keyHelp();

signals:
    void formPicked(); // the reviewer chose another form
    void incomplete(); // checkComplete() failed: show the section before the focus moves

private:
    void rebuild();
    void showAnswers();
    void showSuggestions();
    void moveFocus(ScorecardQuestionRow *from, int step);

    ScorecardSheet *m_sheet;
    const ScorecardStore *m_store;
    QString m_assistantId;
    bool m_filling = false;

    QComboBox *m_formBox;
    QLabel *m_score;
    QLabel *m_fatal;
    QLabel *m_message;
    QScrollArea *m_scroll;
    QVBoxLayout *m_layout;
    QWidget *m_questions = nullptr;
    QList<ScorecardQuestionRow *> m_rows;
    QList<QLabel *> m_groupLabels;
};
