#include "transcript/TranscriptModel.h"

#include "format/CallFormatting.h"

TranscriptModel::TranscriptModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void TranscriptModel::setTurns(QList<Turn> turns)
{
    beginResetModel();
    m_turns = std::move(turns);
    m_timeline = {};
    m_currentTurn = -1;
    endResetModel();
}

void TranscriptModel::setTimeline(const Timeline &timeline)
{
    m_timeline = timeline;
    if (!m_turns.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1),
                         {StartMsRole, TimingConfidenceRole, Qt::ToolTipRole});
}

void TranscriptModel::setCurrentTurn(int row)
{
    if (row < 0 || row >= rowCount())
        row = -1;
    if (row == m_currentTurn)
        return;
    const int old = m_currentTurn;
    m_currentTurn = row;
    if (old >= 0)
        emit dataChanged(index(old), index(old), {CurrentTurnRole});
    if (row >= 0)
        emit dataChanged(index(row), index(row), {CurrentTurnRole});
}

int TranscriptModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_turns.size());
}

QVariant TranscriptModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Turn &turn = m_turns.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return turn.text;
    case Qt::ToolTipRole:
        return tr("Turn %1 · %2")
            .arg(index.row() + 1)
            .arg(CallFormatting::speakerName(turn.speaker));
    case SpeakerRole:
        return int(turn.speaker);
    case SpeakerNameRole:
        return CallFormatting::speakerName(turn.speaker);
    case TurnNumberRole:
        return index.row() + 1;
    case StartMsRole:
        if (const TurnTiming *timing = m_timeline.timingOf(index.row()))
            return timing->startMs;
        return {};
    case TimingConfidenceRole:
        if (const TurnTiming *timing = m_timeline.timingOf(index.row()))
            return timing->confidence;
        return {};
    case CurrentTurnRole:
        return index.row() == m_currentTurn;
    default:
        return {};
    }
}

QHash<int, QByteArray> TranscriptModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(SpeakerRole, "speaker");
    names.insert(SpeakerNameRole, "speakerName");
    names.insert(TurnNumberRole, "turnNumber");
    names.insert(StartMsRole, "startMs");
    names.insert(TimingConfidenceRole, "timingConfidence");
    names.insert(CurrentTurnRole, "currentTurn");
    return names;
}
