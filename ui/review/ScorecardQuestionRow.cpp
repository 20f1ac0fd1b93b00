#include "review/ScorecardQuestionRow.h"

#include "scorecards/ScorecardSheet.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ScorecardQuestionRow::ScorecardQuestionRow(const ScorecardQuestion &question, QWidget *parent)
    : QFrame(parent)
    , m_question(question)
    , m_suggestion(new QLabel(this))
    , m_accept(new QPushButton(tr("Accept"), this))
{
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setObjectName(QStringLiteral("scorecardQuestion_") + question.id);

    QString text = question.text;
    if (question.fatal)
        text += u' ' + tr("(fatal)");
    else if (question.critical)
        text += u' ' + tr("(critical)");
    auto *label = new QLabel(text, this);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setToolTip(question.help);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(label);
    layout->addLayout(buttons);

    switch (question.type) {
    case ScorecardQuestion::Type::YesNo:
        addButton(tr("Yes"), ScorecardAnswer::yes(), QStringLiteral("Y"));
        addButton(tr("No"), ScorecardAnswer::no(), QStringLiteral("N"));
        break;
    case ScorecardQuestion::Type::Scale:
        for (int value = question.min; value <= question.max; ++value) {
            addButton(QString::number(value), ScorecardAnswer::fromNumber(value),
                      value >= 0 && value <= 9 ? QString::number(value) : QString());
        }
        break;
    case ScorecardQuestion::Type::Choice:
        for (int i = 0; i < question.options.size(); ++i) {
            addButton(question.options.at(i).label,
                      ScorecardAnswer::fromText(question.options.at(i).label),
                      i < 9 ? QString::number(i + 1) : QString());
        }
        break;
    }
    if (question.naAllowed)
        addButton(tr("N/A"), ScorecardAnswer::notApplicable(), QStringLiteral("A"));
    for (const auto &[button, answer] : std::as_const(m_buttons))
        buttons->addWidget(button);
    buttons->addStretch(1);

    auto *suggestion = new QHBoxLayout;
    m_suggestion->setTextFormat(Qt::PlainText);
    m_suggestion->setWordWrap(true);
    m_accept->setFocusPolicy(Qt::NoFocus);
    m_accept->setToolTip(tr("Answer with the suggestion (Ctrl+Enter)"));
    suggestion->addWidget(m_suggestion, 1);
    suggestion->addWidget(m_accept);
    layout->addLayout(suggestion);
    connect(m_accept, &QPushButton::clicked, this, &ScorecardQuestionRow::suggestionAccepted);
    showSuggestion(QString());

    if (question.commentRequired != ScorecardQuestion::CommentRule::Never) {
        m_comment = new QLineEdit(this);
        m_comment->setObjectName(QStringLiteral("scorecardComment_") + question.id);
        m_comment->setPlaceholderText(question.commentRequired
                                              == ScorecardQuestion::CommentRule::Always
                                          ? tr("Comment (required)")
                                          : tr("Comment (required when not full marks)"));
        layout->addWidget(m_comment);
        connect(m_comment, &QLineEdit::textEdited, this, &ScorecardQuestionRow::commentEdited);
    }
}

void ScorecardQuestionRow::addButton(const QString &text, const ScorecardAnswer &answer,
                                     const QString &keyHint)
{
    auto *button = new QPushButton(text, this);
    button->setCheckable(true);
    button->setFocusPolicy(Qt::NoFocus); // the row has the focus and the keys
    if (!keyHint.isEmpty())
        button->setToolTip(tr("Key: %1").arg(keyHint));
    connect(button, &QPushButton::clicked, this, [this, answer] {
        setFocus(Qt::MouseFocusReason);
        emit answered(answer);
    });
    m_buttons.append({button, answer});
}

void ScorecardQuestionRow::showAnswer(const std::optional<ScorecardAnswer> &answer)
{
    for (const auto &[button, value] : std::as_const(m_buttons))
        button->setChecked(answer && *answer == value);
}

void ScorecardQuestionRow::showComment(const QString &comment)
{
    if (m_comment && !m_comment->hasFocus() && m_comment->text() != comment)
        m_comment->setText(comment);
}

void ScorecardQuestionRow::showSuggestion(const QString &text)
{
    m_suggestion->setText(text);
    m_suggestion->setVisible(!text.isEmpty());
    m_accept->setVisible(!text.isEmpty());
}

void ScorecardQuestionRow::keyPressEvent(QKeyEvent *event)
{
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    switch (event->key()) {
    case Qt::Key_Up:
        emit moveRequested(-1);
        return;
    case Qt::Key_Down:
        emit moveRequested(+1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (ctrl && m_accept->isVisible()) {
            emit suggestionAccepted();
            return;
        }
        break;
    default:
        if (!ctrl && !(event->modifiers() & Qt::AltModifier)) {
            if (const std::optional<ScorecardAnswer> answer =
                    ScorecardSheet::answerForKey(m_question, event->key())) {
                emit answered(*answer);
                return;
            }
        }
        break;
    }
    QFrame::keyPressEvent(event);
}

void ScorecardQuestionRow::focusInEvent(QFocusEvent *event)
{
    setBackgroundRole(QPalette::AlternateBase);
    setFrameShadow(QFrame::Sunken);
    QFrame::focusInEvent(event);
}

void ScorecardQuestionRow::focusOutEvent(QFocusEvent *event)
{
    setBackgroundRole(QPalette::Window);
    setFrameShadow(QFrame::Plain);
    QFrame::focusOutEvent(event);
}
