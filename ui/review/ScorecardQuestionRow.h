#pragma once

#include "scorecards/ScorecardAnswer.h"
#include "scorecards/ScorecardQuestion.h"

#include <QFrame>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

// One question of the scorecard section: its text, a button per answer (Yes / No, the scale's
// values, the choice's options, N/A when allowed), a comment box when the form asks for one and
// the answer the findings suggest. The row takes focus; with it, Y / N / A and the number keys
// answer, Up / Down move to the neighbouring question, Ctrl+Enter accepts the suggestion.
class ScorecardQuestionRow : public QFrame
{
    Q_OBJECT

public:
    explicit ScorecardQuestionRow(const ScorecardQuestion &question, QWidget *parent = nullptr);

    const ScorecardQuestion &question() const { return m_question; }
    void showAnswer(const std::optional<ScorecardAnswer> &answer);
    void showComment(const QString &comment); // not while the reviewer types in it
    void showSuggestion(const QString &text); // empty: none
    // The comment box, or nullptr when the question takes no comment.
    QLineEdit *commentBox() const { return m_comment; }
    QLabel *suggestionLabel() const { return m_suggestion; }

signals:
    void answered(const ScorecardAnswer &answer);
    void commentEdited(const QString &comment);
    void suggestionAccepted();
    void moveRequested(int step); // -1 the question above, +1 the one below

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void addButton(const QString &text, const ScorecardAnswer &answer, const QString &keyHint);

    ScorecardQuestion m_question;
    QList<QPair<QPushButton *, ScorecardAnswer>> m_buttons;
    QLabel *m_suggestion;
    QPushButton *m_accept;
    QLineEdit *m_comment = nullptr;
};
