#pragma once

#include "transcript/TranscriptSearch.h"

#include <QWidget>

class FindBar;
class QAction;
class QTimer;
class ReviewFlagsProxyModel;
class TranscriptDelegate;
class TranscriptFilterModel;
class TranscriptModel;
class TranscriptView;

// The transcript as a chat with its find bar: search, highlights, speaker filter, copy.
class TranscriptPane : public QWidget
{
    Q_OBJECT

public:
    explicit TranscriptPane(TranscriptModel *model, QWidget *parent = nullptr);

    TranscriptView *view() const { return m_view; }
    FindBar *findBar() const { return m_findBar; }
    const TranscriptSearch &search() const { return m_search; }
    TranscriptFilterModel *filterModel() const { return m_filter; }
    ReviewFlagsProxyModel *flagsModel() const { return m_flags; }
    // Flag Turn… for the current turn (shortcut shown in the menus and the context menu).
    QAction *flagAction() const { return m_flagAction; }

    void showFind();
    void findNext();
    void findPrevious();
    void runSearchNow(); // without waiting for typing to pause
    void copySelection();
    void copyAll();
    void setSpeakerFilter(int choice); // FindBar::SpeakerChoice
    void scrollToFirst();
    void scrollToLast();
    // Scrolls to a turn (its index in the whole transcript) and selects it; shows every
    // speaker first when the filter hides it.
    void selectTurn(int turnIndex);
    int currentTurn() const; // index in the whole transcript; -1 when none
    // Brings a turn into view without selecting it (following playback). A turn the speaker
    // filter hides stays hidden.
    void showTurn(int turnIndex);
    bool isTurnVisible(int turnIndex) const; // on screen, at least in part
    void flagCurrentTurn();

signals:
    void statusMessage(const QString &message);
    void flagTurnRequested(int turnIndex);
    void playTurnRequested(int turnIndex); // a click on a bubble's time
    void scrolledByHand(); // the chat moved, and not because of showTurn()

private:
    void onModelReset();
    void goToCurrentMatch();
    void showContextMenu(const QPoint &pos);
    static QString turnsAsText(const QList<QModelIndex> &indexes);

    TranscriptModel *m_model;
    ReviewFlagsProxyModel *m_flags;
    TranscriptFilterModel *m_filter;
    TranscriptView *m_view;
    TranscriptDelegate *m_delegate;
    FindBar *m_findBar;
    TranscriptSearch m_search;
    QTimer *m_searchDelay;
    QAction *m_flagAction;
    bool m_showingTurn = false;
};
