#include "transcript/FindBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
    , m_query(new QLineEdit(this))
    , m_result(new QLabel(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_matchCase(new QCheckBox(tr("Match &case"), this))
    , m_speaker(new QComboBox(this))
    , m_close(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    m_query->setPlaceholderText(tr("Find in transcript"));
    m_query->setClearButtonEnabled(true);
    m_query->setAccessibleName(tr("Find in transcript"));
    m_query->installEventFilter(this);
    m_result->setMinimumWidth(m_result->fontMetrics().horizontalAdvance(tr("No matches")) + 8);
    m_previous->setArrowType(Qt::UpArrow);
    m_previous->setToolTip(tr("Previous match (Shift+F3, Shift+Enter)"));
    m_previous->setAutoRaise(true);
    m_next->setArrowType(Qt::DownArrow);
    m_next->setToolTip(tr("Next match (F3, Enter)"));
    m_next->setAutoRaise(true);
    m_speaker->addItem(tr("All speakers"), AllSpeakers);
    m_speaker->addItem(tr("Assistant only"), AssistantOnly);
    m_speaker->addItem(tr("Caller only"), CallerOnly);
    m_speaker->setToolTip(tr("Show the turns of one speaker only"));
    m_speaker->setAccessibleName(tr("Speaker filter"));
    // A glyph in the palette's button text colour: the style's close icon is dark on dark.
    m_close->setText(QStringLiteral("\u2715"));
    m_close->setToolTip(tr("Close the find bar (Esc)"));
    m_close->setAutoRaise(true);

    layout->addWidget(m_query, 1);
    layout->addWidget(m_result);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_matchCase);
    layout->addSpacing(12);
    layout->addWidget(m_speaker);
    layout->addWidget(m_close);

    connect(m_query, &QLineEdit::textChanged, this, &FindBar::queryChanged);
    connect(m_matchCase, &QCheckBox::toggled, this, &FindBar::queryChanged);
    connect(m_next, &QToolButton::clicked, this, &FindBar::nextRequested);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::previousRequested);
    connect(m_speaker, &QComboBox::currentIndexChanged, this,
            [this] { emit speakerChoiceChanged(speakerChoice()); });
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        emit closed();
    });
    setResult(-1, 0);
}

QString FindBar::query() const
{
    return m_query->text();
}

Qt::CaseSensitivity FindBar::caseSensitivity() const
{
    return m_matchCase->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
}

FindBar::SpeakerChoice FindBar::speakerChoice() const
{
    return SpeakerChoice(m_speaker->currentData().toInt());
}

void FindBar::setSpeakerChoice(SpeakerChoice choice)
{
    m_speaker->setCurrentIndex(m_speaker->findData(choice));
}

void FindBar::setResult(int current, int count)
{
    m_previous->setEnabled(count > 0);
    m_next->setEnabled(count > 0);
    if (m_query->text().isEmpty())
        m_result->clear();
    else if (count == 0)
        m_result->setText(tr("No matches"));
    else
        m_result->setText(tr("%1 of %2").arg(current + 1).arg(count));
}

QString FindBar::resultText() const
{
    return m_result->text();
}

void FindBar::activate()
{
    show();
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            key->modifiers().testFlag(Qt::ShiftModifier) ? emit previousRequested()
                                                         : emit
                                                         nextRequested();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            hide();
            emit closed();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
