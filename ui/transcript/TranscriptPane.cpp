#include "transcript/TranscriptPane.h"

#include "review/ReviewFlagsProxyModel.h"
#include "transcript/FindBar.h"
#include "transcript/TranscriptDelegate.h"
#include "transcript/TranscriptFilterModel.h"
#include "transcript/TranscriptModel.h"
#include "transcript/TranscriptView.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

TranscriptPane::TranscriptPane(TranscriptModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_flags(new ReviewFlagsProxyModel(this))
    , m_filter(new TranscriptFilterModel(this))
    , m_view(new TranscriptView(this))
    , m_delegate(m_view->transcriptDelegate())
    , m_findBar(new FindBar(this))
    , m_searchDelay(new QTimer(this))
    , m_flagAction(new QAction(tr("F&lag Turn…"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_findBar);
    layout->addWidget(m_view, 1);
    m_findBar->hide();

    // TranscriptModel → flags (roles for the delegate's markers) → speaker filter → view.
    m_flags->setSourceModel(model);
    m_filter->setSourceModel(m_flags);
    m_view->setModel(m_filter);
    m_view->setTextLengthFunction(
        [this](int row) { return int(m_model->turns().at(m_filter->sourceRow(row)).text.size()); });
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAccessibleName(tr("Transcript"));
    m_delegate->setSearch(&m_search);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        if (!m_showingTurn)
            emit scrolledByHand();
    });
    connect(m_delegate, &TranscriptDelegate::timeClicked, this, &TranscriptPane::playTurnRequested);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(120); // let a burst of typing finish on huge transcripts

    connect(model, &QAbstractItemModel::modelReset, this, &TranscriptPane::onModelReset);
    connect(m_findBar, &FindBar::queryChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &TranscriptPane::runSearchNow);
    connect(m_findBar, &FindBar::nextRequested, this, &TranscriptPane::findNext);
    connect(m_findBar, &FindBar::previousRequested, this, &TranscriptPane::findPrevious);
    connect(m_findBar, &FindBar::speakerChoiceChanged, this,
            [this](FindBar::SpeakerChoice choice) { setSpeakerFilter(choice); });
    connect(m_findBar, &FindBar::closed, this, [this] {
        m_search.clear();
        m_view->viewport()->update();
        m_view->setFocus();
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, &TranscriptPane::showContextMenu);

    m_flagAction->setObjectName(QStringLiteral("flagTurn"));
    m_flagAction->setShortcut(QKeySequence(tr("Ctrl+Shift+F")));
    m_flagAction->setEnabled(false);
    connect(m_flagAction, &QAction::triggered, this, &TranscriptPane::flagCurrentTurn);
}

int TranscriptPane::currentTurn() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? TranscriptDelegate::turnIndex(current) : -1;
}

void TranscriptPane::flagCurrentTurn()
{
    const int turn = currentTurn();
    if (turn >= 0)
        emit flagTurnRequested(turn);
}

void TranscriptPane::selectTurn(int turnIndex)
{
    if (turnIndex < 0 || turnIndex >= m_flags->rowCount())
        return;
    QModelIndex index = m_filter->mapFromSource(m_flags->index(turnIndex, 0));
    if (!index.isValid()) { // hidden by the speaker filter
        setSpeakerFilter(FindBar::AllSpeakers);
        index = m_filter->mapFromSource(m_flags->index(turnIndex, 0));
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_view->setFocus(Qt::OtherFocusReason);
}

void TranscriptPane::showTurn(int turnIndex)
{
    if (turnIndex < 0 || turnIndex >= m_flags->rowCount())
        return;
    const QModelIndex index = m_filter->mapFromSource(m_flags->index(turnIndex, 0));
    if (!index.isValid())
        return;
    const QScopedValueRollback<bool> ours(m_showingTurn, true);
    m_view->scrollTo(index, QAbstractItemView::EnsureVisible);
}

bool TranscriptPane::isTurnVisible(int turnIndex) const
{
    if (turnIndex < 0 || turnIndex >= m_flags->rowCount())
        return false;
    const QModelIndex index = m_filter->mapFromSource(m_flags->index(turnIndex, 0));
    return index.isValid() && m_view->visualRect(index).intersects(m_view->viewport()->rect());
}

void TranscriptPane::onModelReset()
{
    m_flagAction->setEnabled(m_model->rowCount() > 0);
    m_search.setTurns(m_model->turns());
    // Fold the text for case-insensitive search once the first screen is painted, so the first
    // search on a long call is as quick as the later ones.
    QTimer::singleShot(0, this, [this] { m_search.prepare(); });
    if (!m_findBar->query().isEmpty())
        runSearchNow();
    else
        m_findBar->setResult(-1, 0);
}

void TranscriptPane::showFind()
{
    m_findBar->activate();
}

static std::optional<Speaker> speakerFor(FindBar::SpeakerChoice choice)
{
    switch (choice) {
    case FindBar::AssistantOnly:
        return Speaker::Bot;
    case FindBar::CallerOnly:
        return Speaker::Human;
    case FindBar::AllSpeakers:
        break;
    }
    return std::nullopt;
}

void TranscriptPane::runSearchNow()
{
    m_searchDelay->stop();
    m_search.search(m_findBar->query(), m_findBar->caseSensitivity(),
                    speakerFor(m_findBar->speakerChoice()));
    // Start from where the reader is, not from the top.
    const QModelIndex top = m_view->indexAt(QPoint(0, 0));
    if (top.isValid())
        m_search.setCurrentFromRow(TranscriptDelegate::turnIndex(top));
    m_findBar->setResult(m_search.current(), m_search.count());
    goToCurrentMatch();
    m_view->viewport()->update();
}

void TranscriptPane::findNext()
{
    m_findBar->show();
    // A pending or cleared search (typing not finished, bar closed) runs first.
    if (m_searchDelay->isActive() || (m_search.count() == 0 && !m_findBar->query().isEmpty()))
        return runSearchNow();
    m_search.next();
    m_findBar->setResult(m_search.current(), m_search.count());
    goToCurrentMatch();
}

void TranscriptPane::findPrevious()
{
    m_findBar->show();
    if (m_searchDelay->isActive() || (m_search.count() == 0 && !m_findBar->query().isEmpty()))
        return runSearchNow();
    m_search.previous();
    m_findBar->setResult(m_search.current(), m_search.count());
    goToCurrentMatch();
}

void TranscriptPane::goToCurrentMatch()
{
    if (const TranscriptSearch::Match *match = m_search.currentMatch()) {
        const QModelIndex index = m_filter->mapFromSource(m_flags->index(match->row, 0));
        if (index.isValid()) {
            m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
            m_view->scrollTo(index, QAbstractItemView::EnsureVisible);
        }
    }
    m_view->viewport()->update();
}

void TranscriptPane::setSpeakerFilter(int choice)
{
    const auto speakerChoice = FindBar::SpeakerChoice(choice);
    if (m_findBar->speakerChoice() != speakerChoice)
        m_findBar->setSpeakerChoice(speakerChoice); // comes back here through the signal
    m_filter->setSpeakerFilter(speakerFor(speakerChoice));
    if (!m_findBar->query().isEmpty())
        runSearchNow();
}

QString TranscriptPane::turnsAsText(const QList<QModelIndex> &indexes)
{
    QStringList lines;
    for (const QModelIndex &index : indexes) {
        lines.append(index.data(TranscriptModel::SpeakerNameRole).toString() + u": "
                     + index.data(Qt::DisplayRole).toString());
    }
    return lines.join(u'\n');
}

void TranscriptPane::copySelection()
{
    QModelIndexList selected = m_view->selectionModel()->selectedRows();
    if (selected.isEmpty() && m_view->currentIndex().isValid())
        selected.append(m_view->currentIndex());
    if (selected.isEmpty())
        return;
    std::sort(selected.begin(), selected.end());
    QApplication::clipboard()->setText(turnsAsText(selected));
    emit statusMessage(tr("Copied %n turn(s).", nullptr, int(selected.size())));
}

void TranscriptPane::copyAll()
{
    QList<QModelIndex> all;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        all.append(m_filter->index(row, 0));
    QApplication::clipboard()->setText(turnsAsText(all));
    emit statusMessage(tr("Copied all %n turn(s).", nullptr, int(all.size())));
}

void TranscriptPane::scrollToFirst()
{
    if (m_filter->rowCount() > 0) {
        m_view->setCurrentIndex(m_filter->index(0, 0));
        m_view->scrollTo(m_filter->index(0, 0), QAbstractItemView::PositionAtTop);
    }
}

void TranscriptPane::scrollToLast()
{
    const int last = m_filter->rowCount() - 1;
    if (last >= 0) {
        m_view->setCurrentIndex(m_filter->index(last, 0));
        m_view->scrollTo(m_filter->index(last, 0), QAbstractItemView::PositionAtBottom);
    }
}

void TranscriptPane::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (index.isValid() && !m_view->selectionModel()->isSelected(index))
        m_view->setCurrentIndex(index);
    QMenu menu(this);
    const int selected = int(m_view->selectionModel()->selectedRows().size());
    QAction *copy =
        menu.addAction(selected > 1 ? tr("&Copy %n Turns", nullptr, selected) : tr("&Copy Turn"),
                       this, &TranscriptPane::copySelection);
    copy->setShortcut(QKeySequence::Copy);
    copy->setEnabled(index.isValid() || selected > 0);
    menu.addAction(tr("Copy &All Turns"), this, &TranscriptPane::copyAll)
        ->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    menu.addSeparator();
    if (index.isValid()) {
        const int turn = TranscriptDelegate::turnIndex(index);
        QAction *flag = menu.addAction(tr("F&lag Turn %1…").arg(turn + 1), this,
                                       [this, turn] { emit flagTurnRequested(turn); });
        flag->setObjectName(QStringLiteral("flagTurnHere"));
        flag->setShortcut(m_flagAction->shortcut());
        menu.addSeparator();
    }
    menu.addAction(tr("&Find…"), this, &TranscriptPane::showFind)->setShortcut(QKeySequence::Find);
    menu.addAction(tr("Select A&ll"), m_view, &QAbstractItemView::selectAll)
        ->setShortcut(QKeySequence::SelectAll);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}
