#include "transcript/TranscriptModel.h"

#include "format/CallFormatting.h"

TranscriptModel::TranscriptModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void TranscriptModel::setTurns(QList<Turn> turns)
{
    beginResetModel();
    m_turns = std::move(turns);
    endResetModel();
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
    return names;
}
