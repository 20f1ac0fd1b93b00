#pragma once

#include "alignment/Timeline.h"
#include "model/Turn.h"

#include <QAbstractListModel>
#include <QList>

// The turns of one call, for views. DisplayRole is the turn's text; the speaker and the
// turn number have roles of their own; once aligned, so do its time and the spoken turn.
class TranscriptModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        SpeakerRole = Qt::UserRole + 1, // int(Speaker)
        SpeakerNameRole, // "Assistant", "Caller"
        TurnNumberRole, // 1-based
        StartMsRole, // qint64: when the turn starts in the recording; invalid until aligned
        TimingConfidenceRole, // double 0..1; invalid until aligned
        CurrentTurnRole, // bool: the turn being spoken while the recording plays
    };

    explicit TranscriptModel(QObject *parent = nullptr);

    void setTurns(QList<Turn> turns);
    const QList<Turn> &turns() const { return m_turns; }
    // The turns' places in the recording (from the aligner); setTurns() drops it.
    void setTimeline(const Timeline &timeline);
    const Timeline &timeline() const { return m_timeline; }
    // The row highlighted as being spoken (-1: none); only the old and new rows change.
    void setCurrentTurn(int row);
    int currentTurn() const { return m_currentTurn; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<Turn> m_turns;
    Timeline m_timeline;
    int m_currentTurn = -1;
};
