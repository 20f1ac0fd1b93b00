#pragma once

#include "scorecards/ScorecardAnswers.h"
#include "scorecards/ScorecardForm.h"
#include "scorecards/ScorecardResult.h"
#include "scorecards/ScorecardScorer.h"
#include "scorecards/ScorecardSuggestions.h"

#include <QObject>

#include <optional>

class ScorecardStore;

// The scorecard of the call on screen, as the reviewer fills it in: the form, the answers and
// comments so far (saved in the ScorecardStore on every change, so reopening the call restores
// them), the live score and what the findings suggest. The Review dock's scorecard section
// shows it; tests drive it without widgets.
class ScorecardSheet : public QObject
{
    Q_OBJECT

public:
    // store may be null (nothing saved, no forms).
    explicit ScorecardSheet(const ScorecardStore *store, QObject *parent = nullptr);

    // Loads what this reviewer answered for the call, with the form version it was answered
    // with; a call not yet scored starts empty on the latest version of formName (no form when
    // formName is empty or unknown). Findings and suggestions are cleared.
    void setCall(const QString &callId, const QString &reviewer, const QString &formName);
    QString callId() const { return m_callId; }
    QString reviewer() const { return m_reviewer; }
    // Answers keep their reviewer: a later name change saves under the new name.
    void setReviewer(const QString &reviewer);

    // Switches to the latest version of another form (an empty name: none); the answers given
    // so far are dropped, in the store too.
    void setFormName(const QString &name);
    const std::optional<ScorecardForm> &form() const { return m_form; }
    const ScorecardAnswers &answers() const { return m_answers; }

    // A draft: the call on screen scored on the form version given (whatever the assistant's
    // usual form), starting from answers, kept here only. Nothing is saved in the store and the
    // form cannot be switched: a calibration exercise, which is submitted elsewhere and must
    // not count as the reviewer's evaluation of the call. The findings stay. False (nothing
    // changes) without a call. endDraft() goes back to the reviewer's saved evaluation.
    bool startDraft(const ScorecardForm &form, const ScorecardAnswers &answers = {});
    void endDraft();
    bool isDraft() const { return m_draft; }

    // Each saves at once; false and saveError() when the store refused. An empty comment
    // removes it.
    bool setAnswer(const QString &questionId, const ScorecardAnswer &answer);
    bool clearAnswer(const QString &questionId);
    bool setComment(const QString &questionId, const QString &comment);
    QString saveError() const { return m_saveError; }

    // The live score of what is answered so far (ScorecardScorer::score).
    ScorecardResult result() const;
    // What keeps the evaluation from being done, in form order (ScorecardScorer::validate);
    // empty when complete or when there is no form.
    QList<ScorecardScorer::Issue> issues() const;

    void setFindings(const QList<ScorecardSuggestions::Evidence> &findings);
    const QList<ScorecardSuggestions::Suggestion> &suggestions() const { return m_suggestions; }
    const ScorecardSuggestions::Suggestion *suggestion(const QString &questionId) const;
    // Answers the question with its suggestion; false when it has none.
    bool acceptSuggestion(const QString &questionId);

    // The answer a key gives a question: Y yes / N no (yes_no), A N/A (when allowed), a digit
    // the scale value it names or the n-th option of a choice (1 the first). nullopt when the
    // key means nothing for the question.
    static std::optional<ScorecardAnswer> answerForKey(const ScorecardQuestion &question, int key);

signals:
    void formChanged(); // another form or call: rebuild the section
    void answersChanged(); // an answer or comment: rescore
    void suggestionsChanged();

private:
    bool save();
    void updateSuggestions();

    const ScorecardStore *m_store;
    QString m_callId;
    QString m_reviewer;
    std::optional<ScorecardForm> m_form;
    ScorecardAnswers m_answers;
    QList<ScorecardSuggestions::Evidence> m_findings;
    QList<ScorecardSuggestions::Suggestion> m_suggestions;
    QString m_saveError;
    bool m_draft = false;
    QString m_formBeforeDraft; // the form the call was on before the draft, for endDraft()
};
