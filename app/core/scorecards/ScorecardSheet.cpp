#include "scorecards/ScorecardSheet.h"

#include "scorecards/ScorecardStore.h"

ScorecardSheet::ScorecardSheet(const ScorecardStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{ }

void ScorecardSheet::setCall(const QString &callId, const QString &reviewer,
                             const QString &formName)
{
    m_callId = callId;
    m_reviewer = reviewer;
    m_draft = false;
    m_formBeforeDraft.clear();
    m_form.reset();
    m_answers = {};
    m_findings.clear();
    m_suggestions.clear();
    m_saveError.clear();
    std::optional<ScorecardAnswers> saved;
    if (m_store && !callId.isEmpty()) {
        saved = m_store->answers(callId, reviewer);
        if (!saved) {
            // Scored under another name (the reviewer field changed since): still this call's.
            const QStringList others = m_store->reviewers(callId);
            if (!others.isEmpty())
                saved = m_store->answers(callId, others.constFirst());
        }
    }
    if (saved)
        m_form = m_store->form(saved->formName, saved->formVersion);
    if (m_form) {
        m_answers = *saved;
    } else if (m_store && !callId.isEmpty() && !formName.isEmpty()) {
        m_form = m_store->latest(formName);
    }
    if (m_form) {
        m_answers.formName = m_form->name;
        m_answers.formVersion = m_form->version;
    }
    emit formChanged();
    emit suggestionsChanged();
}

void ScorecardSheet::setReviewer(const QString &reviewer)
{
    if (reviewer == m_reviewer)
        return;
    if (m_draft) {
        m_reviewer = reviewer; // the store holds nothing of a draft
        return;
    }
    if (m_store && !m_callId.isEmpty() && m_store->answers(m_callId, m_reviewer))
        m_store->removeAnswers(m_callId, m_reviewer);
    m_reviewer = reviewer;
    if (m_form && (!m_answers.answers.isEmpty() || !m_answers.comments.isEmpty()))
        save();
}

void ScorecardSheet::setFormName(const QString &name)
{
    if (m_callId.isEmpty() || m_draft || (m_form && m_form->name == name))
        return;
    if (m_store && m_store->answers(m_callId, m_reviewer))
        m_store->removeAnswers(m_callId, m_reviewer);
    m_form = m_store && !name.isEmpty() ? m_store->latest(name) : std::nullopt;
    m_answers = {};
    if (m_form) {
        m_answers.formName = m_form->name;
        m_answers.formVersion = m_form->version;
    }
    updateSuggestions();
    emit formChanged();
    emit suggestionsChanged();
}

bool ScorecardSheet::startDraft(const ScorecardForm &form, const ScorecardAnswers &answers)
{
    if (m_callId.isEmpty())
        return false;
    if (!m_draft)
        m_formBeforeDraft = m_form ? m_form->name : QString();
    m_draft = true;
    m_saveError.clear();
    m_form = form;
    m_answers = answers;
    m_answers.formName = form.name;
    m_answers.formVersion = form.version;
    updateSuggestions();
    emit formChanged();
    emit suggestionsChanged();
    return true;
}

void ScorecardSheet::endDraft()
{
    if (!m_draft)
        return;
    // setCall() forgets the findings: they belong to the call, not to the draft.
    // Copies: setCall() clears the members.
    const QList<ScorecardSuggestions::Evidence> findings = m_findings;
    const QString callId = m_callId;
    const QString reviewer = m_reviewer;
    const QString formName = m_formBeforeDraft;
    setCall(callId, reviewer, formName);
    if (!findings.isEmpty())
        setFindings(findings);
}

bool ScorecardSheet::setAnswer(const QString &questionId, const ScorecardAnswer &answer)
{
    if (!m_form || !m_form->question(questionId))
        return false;
    m_answers.answers.insert(questionId, answer);
    return save();
}

bool ScorecardSheet::clearAnswer(const QString &questionId)
{
    if (!m_answers.answers.remove(questionId))
        return true;
    return save();
}

bool ScorecardSheet::setComment(const QString &questionId, const QString &comment)
{
    if (!m_form || !m_form->question(questionId))
        return false;
    if (comment.trimmed().isEmpty())
        m_answers.comments.remove(questionId);
    else
        m_answers.comments.insert(questionId, comment);
    return save();
}

bool ScorecardSheet::save()
{
    bool saved = true;
    m_saveError.clear();
    if (m_store && !m_callId.isEmpty() && !m_draft)
        saved = m_store->saveAnswers(m_callId, m_reviewer, m_answers, &m_saveError);
    emit answersChanged();
    return saved;
}

ScorecardResult ScorecardSheet::result() const
{
    return m_form ? ScorecardScorer::score(*m_form, m_answers) : ScorecardResult();
}

QList<ScorecardScorer::Issue> ScorecardSheet::issues() const
{
    return m_form ? ScorecardScorer::validate(*m_form, m_answers) : QList<ScorecardScorer::Issue>();
}

void ScorecardSheet::setFindings(const QList<ScorecardSuggestions::Evidence> &findings)
{
    m_findings = findings;
    updateSuggestions();
    emit suggestionsChanged();
}

void ScorecardSheet::updateSuggestions()
{
    m_suggestions = m_form ? ScorecardSuggestions::match(*m_form, m_findings)
                           : QList<ScorecardSuggestions::Suggestion>();
}

const ScorecardSuggestions::Suggestion *ScorecardSheet::suggestion(const QString &questionId) const
{
    for (const ScorecardSuggestions::Suggestion &candidate : m_suggestions) {
        if (candidate.questionId == questionId)
            return &candidate;
    }
    return nullptr;
}

bool ScorecardSheet::acceptSuggestion(const QString &questionId)
{
    const ScorecardSuggestions::Suggestion *offered = suggestion(questionId);
    return offered && setAnswer(questionId, offered->answer);
}

std::optional<ScorecardAnswer> ScorecardSheet::answerForKey(const ScorecardQuestion &question,
                                                            int key)
{
    if (key == Qt::Key_A)
        return question.naAllowed ? std::optional(ScorecardAnswer::notApplicable()) : std::nullopt;
    const bool digit = key >= Qt::Key_0 && key <= Qt::Key_9;
    const int value = key - Qt::Key_0;
    switch (question.type) {
    case ScorecardQuestion::Type::YesNo:
        if (key == Qt::Key_Y)
            return ScorecardAnswer::yes();
        if (key == Qt::Key_N)
            return ScorecardAnswer::no();
        break;
    case ScorecardQuestion::Type::Scale:
        if (digit && value >= question.min && value <= question.max)
            return ScorecardAnswer::fromNumber(value);
        break;
    case ScorecardQuestion::Type::Choice:
        if (digit && value >= 1 && value <= question.options.size())
            return ScorecardAnswer::fromText(question.options.at(value - 1).label);
        break;
    }
    return std::nullopt;
}
