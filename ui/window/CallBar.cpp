#include "window/CallBar.h"
#include <algorithm>

#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

CallBar::CallBar(QWidget *parent)
    : QWidget(parent)
    , m_back(new QToolButton(this))
    , m_forward(new QToolButton(this))
    , m_idEdit(new QLineEdit(this))
    , m_fetch(new QPushButton(tr("Fetch"), this))
    , m_recent(new QToolButton(this))
    , m_recentMenu(new QMenu(this))
    , m_progress(new QProgressBar(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 6);
    m_back->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_back->setToolTip(tr("Previous call (Alt+Left)"));
    m_back->setAutoRaise(true);
    m_forward->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_forward->setToolTip(tr("Next call (Alt+Right)"));
    m_forward->setAutoRaise(true);
    m_idEdit->setPlaceholderText(tr("Call ID — paste it, or a whole line that contains it"));
    m_idEdit->setClearButtonEnabled(true);
    m_idEdit->setAccessibleName(tr("Call ID"));
    m_idEdit->setToolTip(tr("Call ID (Ctrl+L). Press Enter to fetch."));
    m_fetch->setToolTip(tr("Fetch the call (Enter)"));
    // Same width for "Fetch" and "Cancel", so the bar does not shift while loading.
    m_fetch->setMinimumWidth(qMax(m_fetch->sizeHint().width(),
                                  m_fetch->fontMetrics().horizontalAdvance(tr("Cancel")) + 32));
    m_recent->setText(tr("Recent"));
    m_recent->setToolTip(tr("Recently opened calls"));
    m_recent->setMenu(m_recentMenu);
    m_recent->setPopupMode(QToolButton::InstantPopup);
    m_recent->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_progress->setMaximumWidth(140);
    m_progress->setTextVisible(false);
    m_progress->hide();

    layout->addWidget(m_back);
    layout->addWidget(m_forward);
    layout->addWidget(m_idEdit, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_fetch);
    layout->addWidget(m_recent);

    connect(m_idEdit, &QLineEdit::returnPressed, this, &CallBar::onFetchClicked);
    connect(m_fetch, &QPushButton::clicked, this, &CallBar::onFetchClicked);
    connect(m_back, &QToolButton::clicked, this, &CallBar::backRequested);
    connect(m_forward, &QToolButton::clicked, this, &CallBar::forwardRequested);
    setHistoryState(false, false);
    setRecentCalls({});
}

void CallBar::onFetchClicked()
{
    if (m_busy)
        emit cancelRequested();
    else
        emit fetchRequested(m_idEdit->text());
}

void CallBar::setBusy(bool busy)
{
    m_busy = busy;
    m_fetch->setText(busy ? tr("Cancel") : tr("Fetch"));
    m_fetch->setToolTip(busy ? tr("Stop fetching (Esc)") : tr("Fetch the call (Enter)"));
    m_progress->setRange(0, 0); // busy indicator until the size is known
    m_progress->setVisible(busy);
}

void CallBar::setProgress(qint64 received, qint64 total)
{
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(std::clamp<qint64>(received * 1000 / total, 0, 1000)));
    }
}

void CallBar::setRecentCalls(const QStringList &callIds)
{
    m_recentMenu->clear();
    for (const QString &id : callIds) {
        m_recentMenu->addAction(id, this, [this, id] {
            m_idEdit->setText(id);
            emit fetchRequested(id);
        });
    }
    if (!callIds.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear Recent Calls"), this, &CallBar::clearRecentRequested);
    }
    m_recent->setEnabled(!callIds.isEmpty());
}

void CallBar::setHistoryState(bool canGoBack, bool canGoForward)
{
    m_back->setEnabled(canGoBack);
    m_forward->setEnabled(canGoForward);
}

void CallBar::setCallId(const QString &callId)
{
    m_idEdit->setText(callId);
}

void CallBar::focusIdField()
{
    m_idEdit->setFocus(Qt::ShortcutFocusReason);
    m_idEdit->selectAll();
}
