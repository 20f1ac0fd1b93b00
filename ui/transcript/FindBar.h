#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

// Find in the transcript: the text, "3 of 17", previous/next, match case, and which speaker's
// turns to show. Emits intents only; TranscriptPane runs the search.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    enum SpeakerChoice { AllSpeakers, AssistantOnly, CallerOnly };

    explicit FindBar(QWidget *parent = nullptr);

    QString query() const;
    Qt::CaseSensitivity caseSensitivity() const;
    SpeakerChoice speakerChoice() const;
    void setSpeakerChoice(SpeakerChoice choice);
    void setResult(int current, int count); // current is 0-based, -1 for none
    QString resultText() const;
    QLineEdit *queryEdit() const { return m_query; }

    void activate(); // show, focus the field, select its text

signals:
    void queryChanged();
    void nextRequested();
    void previousRequested();
    void speakerChoiceChanged(FindBar::SpeakerChoice choice);
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *m_query;
    QLabel *m_result;
    QToolButton *m_previous;
    QToolButton *m_next;
    QCheckBox *m_matchCase;
    QComboBox *m_speaker;
    QToolButton *m_close;
};
