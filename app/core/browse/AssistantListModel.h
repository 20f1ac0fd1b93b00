#pragma once

#include "model/AssistantRecord.h"

#include <QAbstractListModel>
#include <QList>

// The assistants the key can see, for the browse list. DisplayRole is two lines: the name,
// then type, phone number, recording and language. Pages are appended as they arrive.
class AssistantListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        ModelIdRole = Qt::UserRole + 1,
        NameRole,
        TypeRole,
        PhoneNumberRole,
        RecordingRole, // QVariant(bool), invalid when the API did not say
        LanguageRole,
        SearchTextRole, // everything the filter matches, in one string
    };

    explicit AssistantListModel(QObject *parent = nullptr);

    void appendAssistants(const QList<AssistantRecord> &assistants);
    void clear();
    const AssistantRecord &assistant(int row) const { return m_assistants.at(row); }
    int rowOf(const QString &modelId) const; // -1 when not loaded

    static QString nameOrId(const AssistantRecord &assistant);
    static QString
    details(const AssistantRecord &assistant); // "Inbound · +1… · recording on · en-US"

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString display;
        QString search;
    };

    QList<AssistantRecord> m_assistants;
    QList<Row> m_rows;
};
