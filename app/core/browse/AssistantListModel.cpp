#include "browse/AssistantListModel.h"

#include "format/CallFormatting.h"

AssistantListModel::AssistantListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

QString AssistantListModel::nameOrId(const AssistantRecord &assistant)
{
    const QString name = assistant.name.simplified();
    return name.isEmpty() ? tr("Unnamed assistant %1").arg(assistant.modelId) : name;
}

QString AssistantListModel::details(const AssistantRecord &assistant)
{
    QStringList parts;
    parts.append(CallFormatting::direction(assistant.type));
    parts.append(assistant.phoneNumber.isEmpty() ? tr("no phone number") : assistant.phoneNumber);
    if (assistant.isRecording.has_value())
        parts.append(*assistant.isRecording ? tr("recording on") : tr("recording off"));
    else
        parts.append(tr("recording unknown"));
    parts.append(assistant.language.isEmpty() ? tr("language unknown") : assistant.language);
    return parts.join(QStringLiteral(" · "));
}

void AssistantListModel::appendAssistants(const QList<AssistantRecord> &assistants)
{
    if (assistants.isEmpty())
        return;
    const int first = int(m_assistants.size());
    beginInsertRows(QModelIndex(), first, first + int(assistants.size()) - 1);
    for (const AssistantRecord &assistant : assistants) {
        const QString name = nameOrId(assistant);
        const QString more = details(assistant);
        m_assistants.append(assistant);
        m_rows.append({name + u'\n' + more,
                       name + u' ' + more + u' ' + assistant.modelId + u' '
                           + assistant.description.left(500)});
    }
    endInsertRows();
}

void AssistantListModel::clear()
{
    beginResetModel();
    m_assistants.clear();
    m_rows.clear();
    endResetModel();
}

int AssistantListModel::rowOf(const QString &modelId) const
{
    for (int row = 0; row < m_assistants.size(); ++row) {
        if (m_assistants.at(row).modelId == modelId)
            return row;
    }
    return -1;
}

int AssistantListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_assistants.size());
}

QVariant AssistantListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AssistantRecord &assistant = m_assistants.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return m_rows.at(index.row()).display;
    case Qt::ToolTipRole:
        return assistant.description.isEmpty()
            ? assistant.modelId
            : assistant.modelId + u'\n' + assistant.description.left(500);
    case ModelIdRole:
        return assistant.modelId;
    case NameRole:
        return nameOrId(assistant);
    case TypeRole:
        return assistant.type;
    case PhoneNumberRole:
        return assistant.phoneNumber;
    case RecordingRole:
        return assistant.isRecording.has_value() ? QVariant(*assistant.isRecording) : QVariant();
    case LanguageRole:
        return assistant.language;
    case SearchTextRole:
        return m_rows.at(index.row()).search;
    default:
        break;
    }
    return {};
}
