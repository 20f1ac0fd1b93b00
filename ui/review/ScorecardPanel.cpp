#include "review/ScorecardPanel.h"

#include "review/ScorecardQuestionRow.h"
#include "scorecards/ScorecardReport.h"
#include "scorecards/ScorecardSheet.h"
#include "scorecards/ScorecardStore.h"
#include "settings/AppSettings.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QVBoxLayout>

ScorecardPanel::ScorecardPanel(ScorecardSheet *sheet, const ScorecardStore *store, QWidget *parent)
    : QWidget(parent)
    , m_sheet(sheet)
    , m_store(store)
    , m_formBox(new QComboBox(this))
    , m_score(new QLabel(this))
    , m_fatal(new QLabel(this))
    , m_message(new QLabel(this))
    , m_scroll(new QScrollArea(this))
{
    for (QLabel *label : {m_score, m_fatal, m_message}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    m_fatal->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold"));
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    auto *form = new QFormLayout;
    form->addRow(tr("&Form:"), m_formBox);
    m_layout = new QVBoxLayout(this);
    QVBoxLayout *layout = m_layout;
    layout->addLayout(form);
    layout->addWidget(m_score);
    layout->addWidget(m_fatal);
    layout->addWidget(m_message);
    layout->addWidget(m_scroll, 1);

    connect(m_formBox, &QComboBox::activated, this, [this] {
        if (m_filling)
            return;
        const QString name = m_formBox->currentData().toString();
        if (!m_assistantId.isEmpty())
            AppSettings().setScorecardForm(m_assistantId, name);
        m_sheet->setFormName(name);
        emit formPicked();
    });
    connect(m_sheet, &ScorecardSheet::formChanged, this, &ScorecardPanel::rebuild);
    connect(m_sheet, &ScorecardSheet::answersChanged, this, &ScorecardPanel::showAnswers);
    connect(m_sheet, &ScorecardSheet::suggestionsChanged, this, &ScorecardPanel::showSuggestions);
    reloadForms();
    rebuild();
}

void ScorecardPanel::setCall(const QString &callId, const QString &assistantId,
                             const QString &reviewer)
{
    m_assistantId = assistantId;
    m_sheet->setCall(callId, reviewer,
                     assistantId.isEmpty() ? QString() : AppSettings().scorecardForm(assistantId));
}

void ScorecardPanel::addHeader(QWidget *header)
{
    header->setParent(this);
    m_layout->insertWidget(0, header);
}

void ScorecardPanel::reloadForms()
{
    m_filling = true;
    m_formBox->clear();
    m_formBox->addItem(tr("No scorecard"), QString());
    if (m_store) {
        for (const QString &name : m_store->formNames())
            m_formBox->addItem(name, name);
    }
    const int index = m_sheet->form() ? m_formBox->findData(m_sheet->form()->name) : 0;
    m_formBox->setCurrentIndex(qMax(0, index));
    m_filling = false;
}

void ScorecardPanel::rebuild()
{
    reloadForms();
    m_message->clear();
    m_rows.clear();
    m_groupLabels.clear();
    // In the window already, so the tab order below can be set (setWidget() reparents it).
    m_questions = new QWidget(m_scroll);
    auto *layout = new QVBoxLayout(m_questions);
    layout->setContentsMargins(0, 0, 0, 0);
    const std::optional<ScorecardForm> &form = m_sheet->form();
    // A draft (calibration) is scored on the form it was started with.
    m_formBox->setEnabled(!m_sheet->callId().isEmpty() && !m_sheet->isDraft());
    if (form) {
        m_formBox->setToolTip(tr("Version %1").arg(form->version));
        QWidget *previous = m_formBox;
        for (const ScorecardForm::Group &group : form->groups) {
            auto *heading = new QLabel(m_questions);
            heading->setTextFormat(Qt::PlainText);
            QFont font = heading->font();
            font.setBold(true);
            heading->setFont(font);
            layout->addWidget(heading);
            m_groupLabels.append(heading);
            for (const ScorecardQuestion &question : group.questions) {
                auto *row = new ScorecardQuestionRow(question, m_questions);
                layout->addWidget(row);
                m_rows.append(row);
                const QString id = question.id;
                connect(row, &ScorecardQuestionRow::answered, this,
                        [this, id](const ScorecardAnswer &answer) {
                            m_message->clear();
                            m_sheet->setAnswer(id, answer);
                        });
                connect(row, &ScorecardQuestionRow::commentEdited, this,
                        [this, id](const QString &comment) { m_sheet->setComment(id, comment); });
                connect(row, &ScorecardQuestionRow::suggestionAccepted, this,
                        [this, id] { m_sheet->acceptSuggestion(id); });
                connect(row, &ScorecardQuestionRow::moveRequested, this,
                        [this, row](int step) { moveFocus(row, step); });
                // Tab: question, its comment box, the next question.
                setTabOrder(previous, row);
                previous = row;
                if (row->commentBox()) {
                    setTabOrder(previous, row->commentBox());
                    previous = row->commentBox();
                }
            }
        }
    } else {
        m_formBox->setToolTip(QString());
        auto *hint = new QLabel(m_sheet->callId().isEmpty()
                                    ? tr("Open a call to score it.")
                                    : tr("Pick a form to score this call against; import forms "
                                         "with Review > Scorecard Forms…"),
                                m_questions);
        hint->setWordWrap(true);
        layout->addWidget(hint);
    }
    layout->addStretch(1);
    m_scroll->setWidget(m_questions); // deletes the previous questions
    showAnswers();
    showSuggestions();
}

void ScorecardPanel::showAnswers()
{
    const std::optional<ScorecardForm> &form = m_sheet->form();
    if (!form) {
        m_score->clear();
        m_fatal->clear();
        return;
    }
    const ScorecardResult result = m_sheet->result();
    m_score->setText(tr("Score %1 · Critical %2")
                         .arg(ScorecardReport::percent(result.score),
                              ScorecardReport::percent(result.criticalScore)));
    QStringList fatal;
    for (const QString &id : result.fatal) {
        const ScorecardQuestion *question = form->question(id);
        fatal.append(tr("Fatal: %1").arg(question ? question->text : id));
    }
    m_fatal->setText(fatal.join(u'\n'));
    m_fatal->setVisible(!fatal.isEmpty());
    for (int g = 0; g < m_groupLabels.size() && g < form->groups.size(); ++g) {
        const std::optional<double> score =
            g < result.groups.size() ? result.groups.at(g).score : std::nullopt;
        m_groupLabels.at(g)->setText(tr("%1 — %2 (weight %3)")
                                         .arg(form->groups.at(g).name,
                                              ScorecardReport::percent(score),
                                              QString::number(form->groups.at(g).weight)));
    }
    const ScorecardAnswers &answers = m_sheet->answers();
    for (ScorecardQuestionRow *row : std::as_const(m_rows)) {
        const auto answer = answers.answers.constFind(row->question().id);
        row->showAnswer(answer == answers.answers.cend() ? std::nullopt : std::optional(*answer));
        row->showComment(answers.comments.value(row->question().id));
    }
    if (!m_sheet->saveError().isEmpty())
        m_message->setText(m_sheet->saveError());
}

void ScorecardPanel::showSuggestions()
{
    for (ScorecardQuestionRow *row : std::as_const(m_rows)) {
        const ScorecardSuggestions::Suggestion *suggestion =
            m_sheet->suggestion(row->question().id);
        row->showSuggestion(
            suggestion ? ScorecardSuggestions::describe(row->question(), *suggestion) : QString());
    }
}

void ScorecardPanel::moveFocus(ScorecardQuestionRow *from, int step)
{
    const qsizetype index = m_rows.indexOf(from) + step;
    if (index >= 0 && index < m_rows.size()) {
        m_rows.at(index)->setFocus(Qt::OtherFocusReason);
        m_scroll->ensureWidgetVisible(m_rows.at(index));
    }
}

ScorecardQuestionRow *ScorecardPanel::row(const QString &questionId) const
{
    for (ScorecardQuestionRow *row : m_rows) {
        if (row->question().id == questionId)
            return row;
    }
    return nullptr;
}

bool ScorecardPanel::checkReviewComplete()
{
    if (!m_sheet->isDraft())
        return checkComplete();
    m_message->setText(tr("The Scorecard tab shows your calibration answers: submit them or leave "
                          "calibration before giving the call a verdict."));
    emit incomplete();
    return false;
}

bool ScorecardPanel::checkComplete()
{
    const QList<ScorecardScorer::Issue> issues = m_sheet->issues();
    if (issues.isEmpty()) {
        m_message->clear();
        return true;
    }
    const ScorecardScorer::Issue &issue = issues.constFirst();
    ScorecardQuestionRow *target = row(issue.questionId);
    const QString text = target ? target->question().text : issue.questionId;
    const bool comment = issue.kind == ScorecardScorer::Issue::Kind::CommentMissing;
    if (m_sheet->isDraft()) {
        m_message->setText(
            comment ? tr("The scorecard needs a comment on \"%1\" before you submit.").arg(text)
                    : tr("The scorecard needs an answer to \"%1\" before you submit.").arg(text));
    } else {
        m_message->setText(comment ? tr("The scorecard needs a comment on \"%1\" before the "
                                        "review is done.")
                                         .arg(text)
                                   : tr("The scorecard needs an answer to \"%1\" before the "
                                        "review is done.")
                                         .arg(text));
    }
    emit incomplete();
    if (target) {
        QWidget *focus =
            comment && target->commentBox() ? static_cast<QWidget *>(target->commentBox()) : target;
        focus->setFocus(Qt::OtherFocusReason);
        m_scroll->ensureWidgetVisible(target);
    }
    return false;
}

QList<QPair<QString, QString>> ScorecardPanel::keyHelp()
{
    return {{tr("Next / previous question"), tr("Down / Up, Tab / Shift+Tab")},
            {tr("Answer yes / no"), tr("Y / N")},
            {tr("Answer N/A"), tr("A")},
            {tr("Scale value, or the n-th option"), tr("0–9")},
            {tr("Accept the suggested answer"), tr("Ctrl+Enter")}};
}
