#include "browse/CallFilterBar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>

#include <algorithm>

namespace {

QSpinBox *secondsBox(QWidget *parent, const QString &tooltip)
{
    auto *box = new QSpinBox(parent);
    box->setRange(-1, 24 * 3600);
    box->setValue(-1);
    box->setSpecialValueText(CallFilterBar::tr("any"));
    box->setSuffix(CallFilterBar::tr(" s"));
    box->setToolTip(tooltip);
    box->setAccelerated(true);
    return box;
}

} // namespace

CallFilterBar::CallFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLineEdit(this))
    , m_endReason(new QComboBox(this))
    , m_minSeconds(secondsBox(this, tr("Shortest duration shown, in seconds")))
    , m_maxSeconds(secondsBox(this, tr("Longest duration shown, in seconds")))
    , m_recording(new QComboBox(this))
{
    m_text->setPlaceholderText(tr("Filter calls: number, name, words…"));
    m_text->setClearButtonEnabled(true);
    m_endReason->addItem(tr("Any end reason"), QString());
    m_endReason->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_recording->addItem(tr("With or without recording"), int(CallFilter::Recording::Any));
    m_recording->addItem(tr("With recording"), int(CallFilter::Recording::With));
    m_recording->addItem(tr("Without recording"), int(CallFilter::Recording::Without));
    auto *clear = new QToolButton(this);
    clear->setText(tr("Clear Filters"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 2);
    layout->addWidget(m_endReason, 1);
    layout->addWidget(new QLabel(tr("Duration"), this));
    layout->addWidget(m_minSeconds);
    layout->addWidget(new QLabel(tr("to"), this));
    layout->addWidget(m_maxSeconds);
    layout->addWidget(m_recording);
    layout->addWidget(clear);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, &CallFilterBar::emitChanged);
    connect(m_text, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    connect(m_endReason, &QComboBox::currentIndexChanged, this, &CallFilterBar::emitChanged);
    connect(m_minSeconds, &QSpinBox::valueChanged, this, &CallFilterBar::emitChanged);
    connect(m_maxSeconds, &QSpinBox::valueChanged, this, &CallFilterBar::emitChanged);
    connect(m_recording, &QComboBox::currentIndexChanged, this, &CallFilterBar::emitChanged);
    connect(clear, &QToolButton::clicked, this, [this] {
        setFilter(CallFilter());
        emitChanged();
    });
}

CallFilter CallFilterBar::filter() const
{
    CallFilter filter;
    filter.text = m_text->text();
    filter.endReason = m_endReason->currentData().toString();
    filter.minSeconds = m_minSeconds->value();
    filter.maxSeconds = m_maxSeconds->value();
    filter.recording = CallFilter::Recording(m_recording->currentData().toInt());
    return filter;
}

void CallFilterBar::setFilter(const CallFilter &filter)
{
    m_updating = true;
    m_text->setText(filter.text);
    m_debounce.stop();
    int reason = m_endReason->findData(filter.endReason);
    if (reason < 0) {
        m_endReason->addItem(filter.endReason, filter.endReason);
        reason = m_endReason->count() - 1;
    }
    m_endReason->setCurrentIndex(reason);
    m_minSeconds->setValue(filter.minSeconds);
    m_maxSeconds->setValue(filter.maxSeconds);
    m_recording->setCurrentIndex(qMax(0, m_recording->findData(int(filter.recording))));
    m_updating = false;
}

void CallFilterBar::setEndReasons(const QHash<QString, QString> &reasons)
{
    const QString current = m_endReason->currentData().toString();
    QList<std::pair<QString, QString>> sorted; // words, code
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it) {
        if (!it.key().isEmpty()) // "" is the "any" choice
            sorted.append({it.value(), it.key()});
    }
    std::sort(sorted.begin(), sorted.end());
    const QSignalBlocker blocker(m_endReason);
    m_endReason->clear();
    m_endReason->addItem(tr("Any end reason"), QString());
    for (const auto &[words, code] : sorted)
        m_endReason->addItem(words, code);
    int index = m_endReason->findData(current);
    if (index < 0) {
        m_endReason->addItem(current, current);
        index = m_endReason->count() - 1;
    }
    m_endReason->setCurrentIndex(index);
}

void CallFilterBar::emitChanged()
{
    if (!m_updating)
        emit filterChanged(filter());
}
