#pragma once

#include "model/Turn.h"

#include <QAbstractListModel>
#include <QList>

// The turns of one call, for views. DisplayRole is the turn's text; the speaker and the
// turn number have roles of their own.
class TranscriptModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        SpeakerRole = Qt::UserRole + 1, // int(Speaker)
        SpeakerNameRole, // "Assistant", "Caller"
        TurnNumberRole, // 1-based
    };

    explicit TranscriptModel(QObject *parent = nullptr);

    void setTurns(QList<Turn> turns);
    const QList<Turn> &turns() const { return m_turns; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<Turn> m_turns;
};
